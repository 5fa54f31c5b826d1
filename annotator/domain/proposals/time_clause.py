"""An appeal verb inside a clause of time is no appeal (thirty-third round, issue 11, bug fix
on branch i11try33c; data ``context33_time_clause``).

The lead's article: a visitor who says she was asked for Rp 5.000 and given no ticket goes
on: '"Waktu saya minta karcis, tukang parkirnya malah marah," ujarnya.' The "minta" was read
as the speaker's appeal (context), yet the clause only sets the scene of what the other
party did: when she asked for a ticket, the attendant got angry. What follows the clause
decides the label. So an appeal verb ("minta", "meminta", "asked") is left out when it
stands in a clause that a word of time opens ("waktu", "saat", "ketika", "sewaktu", "when")
at the head of the sentence or of the quotation, no comma between, and the clause closes
with a comma before the sentence goes on: a main clause follows. "Saat ini kami meminta
..." ("saat ini": now) and an appeal in the main clause ('"Kami minta polisi menindak juru
parkir liar," ujarnya') stay appeals.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

TIME_REACH = 5  # words from the word of time to the appeal verb ("When my husband and I asked")
_OPENS = (",", ";", '"', "“", "(")
_ENDS = (".", "!", "?", '"', "”")


@lru_cache(maxsize=8)
def _family(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("context33_time_clause", {})
    return frozenset(raw.get("openers", ())), frozenset(raw.get("not_after", ()))


def in_time_clause(language: str | None, tokens, words: list[str], at: int) -> bool:
    """The appeal verb at ``at`` stands in a clause of time that opens the sentence or the
    quotation and closes with a comma before the sentence goes on."""
    openers, not_after = _family(language or "")
    if not openers or at >= len(tokens):
        return False
    text = tokens[0].string
    for j in range(at - 1, max(-1, at - 1 - TIME_REACH), -1):
        if "," in text[tokens[j].end():tokens[j + 1].start()] or ";" in text[
                tokens[j].end():tokens[j + 1].start()]:
            return False  # a clause ends between: "Ketika ditanya, ia meminta ..."
        if words[j] not in openers:
            continue
        if words[j + 1] in not_after:
            return False  # "saat ini", "waktu itu": now, then; not a clause of time
        before = text[tokens[j - 1].end() if j else 0:tokens[j].start()]
        if j and not any(ch in before for ch in _OPENS):
            return False  # the word of time inside a clause: "... marah saat saya minta"
        rest = text[tokens[at].end():]
        comma = rest.find(",")
        ends = [i for i in (rest.find(ch) for ch in _ENDS) if i >= 0]
        return comma >= 0 and (not ends or comma < min(ends)) and bool(
            rest[comma + 1:].strip(" \"”'"))
    return False
