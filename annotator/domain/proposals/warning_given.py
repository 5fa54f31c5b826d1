"""A formal warning a body gave a party, told as past enforcement ("The European Commission
warned Ireland in 2023 over weak controls at landing sites", "It had formally warned the
station twice in 2025, Ofcom said"): enforcement as background, context by the guidelines
(procedure and what a body did with the matter, stated by it), not what the body asserts
(forty-second round, issue 11, branch w18ctx7).

Read as structure: a verb of warning (``verbs``) whose object is a party (one to
``object_reach`` words, none of ``not_object``: "warned that", "warned of", "warned
parents not to" say what is feared or asked), then a mark of the warning as an act done:
a year, a count of times (``times``) or the matter it was given over (``over``) within
``reach`` words. Not a passive ("had been warned": the warned party's wrong, an
accusation elsewhere) nor negated. The words are data, ``w18ctx_warning_given`` in
``data/cues/<language>.json``; a language without the key has none."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                   frozenset[str], frozenset[str], int, int]:
    raw = cue_file(language).get("w18ctx_warning_given", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("not_object", ())),
            frozenset(raw.get("times", ())), frozenset(raw.get("over", ())),
            frozenset(raw.get("not_before", ())), int(raw.get("object_reach", 0)),
            int(raw.get("reach", 0)))


def warning_given(language: str, words: list[str]) -> str | None:
    """The verb and the mark of a formal warning given to a party ("warned ... 2023",
    "warned ... twice"), else None."""
    verbs, not_object, times, over, not_before, object_reach, reach = _words(language)
    if not verbs:
        return None
    for k, word in enumerate(words):
        if word not in verbs or not_before.intersection(words[max(0, k - 2):k]):
            continue  # "had been warned", "did not warn"
        obj = words[k + 1:k + 1 + object_reach]
        if not obj or obj[0] in not_object:
            continue  # "warned that", "warned of", "warned about"
        for j in range(k + 2, min(len(words), k + 1 + reach)):
            if words[j] in not_object:
                break  # "warned parents not to", "warned residents that"
            if _YEAR.fullmatch(words[j]) or words[j] in times or words[j] in over:
                return f"{word} ... {words[j]}"
    return None
