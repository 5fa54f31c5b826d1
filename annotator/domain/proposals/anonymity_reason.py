"""Why a source is not named ("who spoke on condition of anonymity because the information
came from intelligence sources", "speaking on condition of anonymity to discuss internal
deliberations", "who asked not to be named because she was not authorised to speak to the
media") is the wire's note on its source, never the sentence's act (thirty-ninth round,
issue 11, bug fix on branch t39d3).

On wire copy the reason's words were read as the sentence's act: "because" as the accused
side arguing, "came from" as the accusing side naming a cause, "under investigation" as
procedure, "retaliation" as a wrong. ``reason_spans`` gives where such a reason stands:
after a phrase of anonymity (``phrases``) one of ``openers``, up to the next break (a comma,
a stop, a bracket, a quotation mark, a dash) when that break closes an aside (``_closed``);
reading.normalise blanks it, keeping the sentence's length.

Data: data/cues/<language>.json ``scene39_anonymity_reason``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

KEY = "scene39_anonymity_reason"
_LANGUAGES = ("en", "id")
_BREAKS = ",;:.()\"“”—–"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    """One pattern for every language's phrases and openers (normalise reads a sentence
    before its language is known; a phrase of one language never stands in another's)."""
    alternatives = []
    for language in _LANGUAGES:
        raw = cue_file(language).get(KEY, {})
        phrases = [re.escape(p).replace(r"\ ", r"\s+") for p in raw.get("phrases", ())]
        openers = [re.escape(o) for o in raw.get("openers", ())]
        if phrases and openers:
            alternatives.append(rf"\b(?:{'|'.join(phrases)})\s+((?:{'|'.join(openers)})\b"
                                rf"[^{re.escape(_BREAKS)}]*)")
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def reason_spans(text: str) -> list[tuple[int, int]]:
    """Where the reasons for a source's anonymity stand in ``text`` (module doc)."""
    pattern = _pattern()
    if pattern is None:
        return []
    spans = []
    for m in pattern.finditer(text):
        group = next(g for g in range(1, (pattern.groups or 0) + 1) if m.group(g) is not None)
        start, end = m.start(group), m.end(group)
        if not _closed(text, m.start(), end):
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


_CLOSING = ",;—–"


def _closed(text: str, phrase_at: int, end: int) -> bool:
    """The reason ends an aside: a comma, a semicolon or a dash closes it, or the sentence
    ends there after an aside opened by a comma ("..., said one official, who spoke on
    condition of anonymity because ..."). A reason run on to the sentence's end with no
    comma before it ("A diplomat who asked not to be named because the report has not
    been published said ...") may have swallowed the main verb: left as written."""
    if end < len(text) and text[end] in _CLOSING:
        return True
    rest = text[end:].strip().strip("\"”’'")
    return rest in ("", ".") and "," in text[:phrase_at]
