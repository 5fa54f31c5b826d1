"""A bill is no charge whose subject speaks (thirty-fifth round, issue 11, try helper t35a).

Consumer news uses "charged" for money billed: "FlexPoint charged members who tried to leave
early a cancellation fee that was not in its terms, a consumer group said". The speaker rules
read each "charged" as the act of one who brings a charge (a prosecutor "charged" a man), so
the gym chain, the party the complaint is against, was proposed as the source of its
accuser's sentence, and then read as the accusing side for the whole article (its own "we
do not recognise the figures" proposed as "accused before and goes on": an accusation).
Here "charged" is no act of the party that speaks when, within the same clause after it
(no comma, colon, semicolon or quotation mark between, none of the ``stops`` words such as
"with", "over", "under" that open the charge a prosecutor brings), a ``fees`` word ("fee",
"levy", "surcharge", "rent") or a sum of money ("£200", "$40") follows: "charged tenants
£200 for cleaning", "charged foreign tourists a levy". "Police charged three men with
fraud" and "The CPS charged him over the crash" stay charges. The words are data
(data/cues/<language>.json, key ``speaker35_billed``); a language without the key reads no
bill."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

_CURRENCY = ("£", "$", "€")
_BREAKS = (",", ";", ":", ".", '"', "“", "”", "(", ")")


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    raw = cue_file(language).get("speaker35_billed", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("fees", ())),
            frozenset(raw.get("stops", ())), int(raw.get("reach", 0)))


def billed_charge(text: str, tokens, words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the word at ``at`` is "charged" for a bill, not a charge brought."""
    verbs, fees, stops, reach = _data(lex.language)
    if words[at] not in verbs:
        return False
    for k in range(at + 1, min(len(words), at + 1 + reach)):
        gap = text[tokens[k - 1].end():tokens[k].start()]
        if any(b in gap for b in _BREAKS) or words[k] in stops:
            return False
        if words[k] in fees or (tokens[k].group()[:1].isdigit()
                                and any(c in gap for c in _CURRENCY)):
            return True
    return False
