"""Fortieth round (issue 11; branch w15deny4): the speaker's side acted on what another
supplied.

"said he had relied on Forsyth's advice", "said its crews had relied on boundary
coordinates supplied by a surveying subcontractor", "said her clients had followed
instructions from the exporter", "said it had acted on the basis of the information
available at the time": the act alleged is owned and put down to another's advice, data or
instructions, taken in good faith. The guidelines read the accused side's explanation as
its reply: a denial. The readable sets' English misses had four such lines proposed claims,
after an allegation, their speakers on no side (the party not held) or misplaced; no gold
claim of the shape (a regulator's "insurers had relied on wear-and-tear exclusions" is
narration, and a campaigner's "Shoppers rely on star ratings" is no past act).

Not the criticism ("relied on an outdated survey": a fault word between), nor the
complainants' own account in the first person ("we relied on the firm's advice"), nor a
sentence with no speaker (unnamed complainants). Words: data/cues/en.json,
``deny40_relied_on``; a language without it has none.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find
from annotator.domain.proposals.wrongs import words_of


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[dict, frozenset[str], frozenset[str], frozenset[str],
                                   int]:
    raw = cue_file(language).get("deny40_relied_on", {})
    return (_phrases(raw.get("verbs", [])), frozenset(raw.get("things", ())),
            frozenset(raw.get("faults", ())), frozenset(raw.get("first_person", ())),
            int(raw.get("reach", 0)))


def relied_on(text: str, language: str) -> str | None:
    """The reliance on what another supplied ("had relied on ... advice", "followed
    instructions from"), else None: not with a fault word before the thing relied on, not
    after a first person."""
    verbs, things, faults, first_person, reach = _words(language)
    if not verbs or not reach:
        return None
    words = words_of(text)
    for s, e in find(verbs, words):
        if first_person.intersection(words[max(0, s - 3):s]):
            continue  # "we relied on the firm's advice": the complainants' account
        if things.intersection(words[s:e]):
            return " ".join(words[s:e])  # "followed instructions from", "on the advice of"
        after = words[e:e + reach]
        at = next((k for k, w in enumerate(after) if w in things), None)
        if at is None or faults.intersection(after[:at]):
            continue  # "relied on an outdated survey": the criticism
        return " ".join(words[s:e + at + 1])
    return None
