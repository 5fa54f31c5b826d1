"""A paragraph of one speaker's words: "Plant manager Colin Marsh said the jars had been
tested twice. We have nothing to hide." A news story's own narration never speaks in the
first person, so a sentence that does, with no speaker of its own, goes on with the speaker
of the sentence before (the guidelines: a quotation running over several sentences keeps
its speaker; here the quotation marks are left out, as papers often do).

The first-person words are data (data/cues/<language>.json, "speaker12_first_person"):
"we", "our", "I" (capital only), "kami", "saya"; "US" in capitals is the country.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker12_first_person", {})
    return frozenset(raw.get("words", ())), frozenset(raw.get("capital_only", ()))


def first_person(tokens, words: list[str], lex: Lexicon,
                 quoted: list[tuple[int, int]] = ()) -> str | None:
    """The first first-person word the sentence says outside any quotation of its own,
    as written, else None."""
    plain, capital = _words(lex.language)
    for k, word in enumerate(words):
        if word not in plain and word not in capital:
            continue
        written = tokens[k].group()
        if word in capital and written != written.upper():
            continue  # "I", not a stray "i"
        if written.isupper() and len(written) > 1 and word not in capital:
            continue  # "US": the country
        if any(s <= tokens[k].start() < e for s, e in quoted):
            continue
        return written
    return None
