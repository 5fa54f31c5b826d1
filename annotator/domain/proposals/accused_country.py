"""The country an allegation holds responsible, where it names the country in one word
(issue 11, forty-third round, branch w19epla1).

An accusation's party is read from the names of the sentence (``dispute.held_responsible``,
``doer``), and those are names of two words or more (``reading.names_in``): "China accused
the Philippines of ramming a coast guard vessel", "The Commission imposed duties on steel
tubes from China, saying Chinese producers were selling them at artificially low prices",
"A rescue charity says the Greek coastguard towed a dinghy back towards Turkish waters" hold
nobody, so the country's ministry, embassy or spokesman that replies ("China's commerce
ministry said the EU had ignored evidence", "Greece's shipping ministry said the coastguard
had found the boat in Greek waters") is on no side, and its reply is read as a claim, or,
where it blames the other side, as an accusation. Counted on the readable sets' English
articles before building (benchmarks/proposals/W19EPLA.md).

The country is held where it is the only one the allegation names as a party: a country of
the cue file's list (``placement43_countries``) or its demonym, neither a place ("from
China", "towards Turkish waters": after one of ``places_before``), nor the accuser's own
(among the capitalised words that open the sentence, "Indonesian police named ...",
"Moldova ordered ...", or in the speaker's name). Two countries left, or none: nobody is held here.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "placement43_countries"
_STRIP = ".,;:()\"'“”‘’"


@lru_cache(maxsize=8)
def _table(language: str) -> tuple[dict[str, frozenset[str]], frozenset[str], int]:
    """The countries with their demonyms, the words that make one a place, and the reach
    of a sentence's subject (nothing for a language without the key)."""
    entry = cue_file(language).get(KEY) or {}
    countries = {name: frozenset(forms) for name, forms in entry.get("countries", {}).items()}
    return countries, frozenset(entry.get("places_before", ())), int(entry.get("subject_reach", 0))


def _country_of(word: str, countries: dict[str, frozenset[str]]) -> str | None:
    """The country a capitalised word names or qualifies ("China", "China's", "Chinese")."""
    if not word[:1].isupper():
        return None
    low = word.casefold().removesuffix("'s").removesuffix("’s")
    for name, forms in countries.items():
        if low == name.casefold() or low in forms:
            return name
    return None


def accused_country(text: str, speaker: str | None, lex: Lexicon) -> str | None:
    """The one country an allegation with no party names as a party, if there is one."""
    countries, places, reach = _table(lex.language)
    if not countries:
        return None
    tokens = [t.strip(_STRIP) for t in text.split()]
    own = {c for c in (_country_of(w, countries) for w in (speaker or "").split()) if c}
    found = set()
    for at, word in enumerate(tokens):
        country = _country_of(word, countries)
        if not country:
            continue
        if at < reach and all(t[:1].isupper() for t in tokens[:at]):
            # the accuser's own country, opening the sentence's subject ("Indonesian
            # police named", "Moldova ordered"); not the object ("Armenia accused Azerbaijan")
            own.add(country)
            continue
        before = [t.casefold() for t in tokens[max(0, at - 2):at]]
        if before and (before[-1] in places or before[-1] == "the" and len(before) > 1
                       and before[0] in places):
            continue  # a place ("from China", "into the Philippines")
        found.add(country)
    found -= own
    return found.pop() if len(found) == 1 else None


def is_country(name: str | None, lex: Lexicon) -> bool:
    """The party is one of the countries this module holds ("China", "Greece"): a body's
    common noun ("the charity's coordinator") never speaks for it, and its own reply that
    blames the other side answers the allegation."""
    return bool(name) and name.casefold() in {c.casefold() for c in _table(lex.language)[0]}
