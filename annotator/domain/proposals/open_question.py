"""A wrong named only inside an open question is no accusation (issue 11, thirty-third
round, bug fix).

The guidelines: wrongdoing that is only being investigated or asked about is not yet an
accusation. A sentence that names the wrong only inside a question a verb of finding out
or deciding governs asserts no wrong of anyone: "The lab results will decide who polluted
the river, she said", "Investigators want to find out whether the firm cheated its
customers", '"Hasil uji laboratorium nanti yang menentukan siapa yang mencemari," ucapnya',
"Polisi akan memastikan apakah perusahaan itu melanggar izin". The question's word ("who",
"whether", "siapa yang", "apakah") stands right after the verb, and the wrong follows it
within reach, in the same clause.

Not a question a verb governs: "She said it was the company who polluted the river" (a
relative clause after a noun), '"Siapa lagi yang mencemari kalau bukan pabrik itu,"
ujarnya' (a question that answers itself: no verb of finding out before it). Not a
question already settled either: "sudah mengetahui siapa yang mencemari", "already know
who": known, not asked; past forms ("decided who", "established that") are not in the
list. Words: data/cues/<language>.json, key ``accuse33_open_question``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find

REACH = 6  # words after the question's word where the wrong stands ("who polluted")
VERB_REACH = 3  # the longest verb phrase before the question's word ("is finding out")
SETTLED_REACH = 2  # words before the verb where "sudah", "already" stand
_ENDS = frozenset(",;:.!?")  # a mark between the question's word and the wrong ends it


@dataclass(frozen=True)
class Words:
    """data/cues/<language>.json, key ``accuse33_open_question``."""

    verbs: dict[tuple[str, ...], float]  # "decide", "find out", "menentukan", "mencari tahu"
    openers: dict[tuple[str, ...], float]  # "who", "whether", "siapa yang", "apakah"
    settled: frozenset[str]  # "already", "sudah", "telah": the answer is known


@lru_cache(maxsize=8)
def words_for(language: str) -> Words:
    raw = cue_file(language).get("accuse33_open_question", {})
    return Words(_phrases(raw.get("verbs", [])), _phrases(raw.get("openers", [])),
                 frozenset(raw.get("settled", ())))


def asked_only(language: str, tokens, words: list[str], at: int) -> bool:
    """The wrong at word ``at`` stands inside a question ("who", "whether", "siapa yang",
    "apakah") that a verb of finding out or deciding right before it governs ("will
    decide who polluted", "menentukan siapa yang mencemari"), within reach and with no
    mark between the question's word and the wrong; not after "already", "sudah"."""
    listed = words_for(language)
    if not listed.verbs or not listed.openers:
        return False
    for s, e in find(listed.openers, words[:at]):
        if at - e > REACH or _broken(tokens, e, at):
            continue
        lo = max(0, s - VERB_REACH)
        verb = [v for v in find(listed.verbs, words[lo:s]) if lo + v[1] == s]
        if not verb:
            continue
        v = lo + verb[-1][0]
        if any(w in listed.settled for w in words[max(0, v - SETTLED_REACH):v]):
            continue
        return True
    return False


def _broken(tokens, start: int, at: int) -> bool:
    """A comma, a full stop or a colon between word ``start`` and word ``at``."""
    if not tokens:
        return False
    text = tokens[0].string
    return any(not _ENDS.isdisjoint(text[tokens[k - 1].end():tokens[k].start()])
               for k in range(max(1, start + 1), min(at + 1, len(tokens))))
