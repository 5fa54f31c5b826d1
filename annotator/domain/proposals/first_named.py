"""The party first named as the actor of what a speaker reports, after an allegation that
held nobody (issue 11, forty-first round, branch w16deny2).

Many articles open with an allegation whose party is only described ("The UK pharmacy
regulator has found that an online pharmacy sold weight-loss injections ...", "Drivers say
a rail operator has been hiding late trains"), so no party is held; the next sentence of the
accusing side names it and says what it did: "The General Pharmaceutical Council said
SlimPath Direct approved 1,412 orders in three months on the strength of photographs that
were never checked", "The drivers' union Aslef said Pennine Northern skipped the last one or
two stations of at least 1,200 late trains". With no word of a wrong and no party held for
enforcer_finding.py to match, the rules read it as a plain reported claim. The name that
opens the reported clause, acting in the active past, is the party the article first says
did the thing alleged: the sentence is the accusation (the guidelines: an accusation
attributes a wrongful act to an identifiable party).

Read in dispute.py only while nobody is held (no party, nobody who denied), from a speaker
not on the accused side and no bystander, and only where the name is new to the article
(``named_before``): a party named before and now said to act is told of by any side
("Mitigating, Andrew Cole said Ridgeway had since retrained every supervisor", after
"Ridgeway Access Ltd admitted breaching health and safety law"). Not a name inside the
clause ("samples taken at the Bright Start plant tested positive"), a passive ("Abad had
been dismissed"), another verb of saying ("told the BBC they had been given the books"), a
quotation, a negated reading. The clause and its actor are read as enforcer_finding.py
reads a body's finding (``_parts``, ``party_acts``, its lists); the verbs:
``accuse41_first_named`` in data/cues/<language>.json (English only).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.enforcer_finding import _lists, _parts, _word, party_acts
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.reading import CLAIM, LabelReading
from annotator.domain.proposals.wrongs import words_of

KEY = "accuse41_first_named"
_QUOTE_MARKS = ('"', "“", "”")


@lru_cache(maxsize=8)
def _verbs(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get(KEY, {}).get("verbs", ()))


def first_named_act(reading: LabelReading, speaker: str | None, text: str, lex: Lexicon
                    ) -> str | None:
    """The name that opens the reported clause and its act in the active past ("slimpath
    direct approved"), where the reading is a plain reported claim made with one of the
    verbs; None otherwise."""
    verbs = _verbs(lex.language)
    if not verbs or reading.role != CLAIM or reading.negated or not speaker \
            or not reading.reason.startswith("reported speech") \
            or (reading.cue or "").casefold() not in verbs \
            or text.lstrip().startswith(_QUOTE_MARKS):
        return None
    parts = _parts(text, lex)
    if not parts or not parts[1]:
        return None
    clause = parts[1]
    opening = 1 if _word(clause[0]) == "the" and len(clause) > 1 else 0
    first = clause[opening].strip(".,;:()\"'“”‘’")
    lists = _lists(lex.language)
    if not first[:1].isupper() or _word(first) in lists.not_actors:
        return None
    act = party_acts(clause, speaker, lex)
    if not act or act.split()[0] != _word(first):
        return None  # the name stands inside the clause, not as its actor
    after = len(act.split()) + opening
    if after < len(clause) and _word(clause[after]) in lists.passive:
        return None  # "Abad had been dismissed": acted on, not acting
    return act


def named_before(act: str, seen: list[str]) -> bool:
    """The act's actor (its first word, a word of the name) is written in a sentence
    before: not the party first named here."""
    first = act.split()[0]
    return any(first in words_of(sentence) for sentence in seen)
