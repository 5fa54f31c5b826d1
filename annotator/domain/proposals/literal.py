"""The cheap test before a pattern made from a name: does the text hold the name at all?

A reading that writes a name into a pattern (``re.escape(name)``) compiles a new pattern
for every name it asks about, and most names it asks about are not in the sentence: the
pattern cannot match there, and compiling it costs more than the rest of the reading. So
such a reading asks ``absent`` first and compiles only where the name is written. The
test never says "absent" where the pattern could match (the proposals do not change).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# the only characters outside ASCII that re.IGNORECASE matches to an ASCII letter, or whose
# lower case holds one: "İ", "ı", "ſ" and the Kelvin sign (every code point checked against
# re's own matching and str.lower)
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")


def absent(literal: str, text: str, ignore_case: bool = False) -> bool:
    """True only where ``text`` cannot hold ``literal`` as a pattern holding
    ``re.escape(literal)`` matches it (with ``re.IGNORECASE`` when ``ignore_case``), so the
    pattern cannot match. Without ``ignore_case``, the literal is simply not in the text;
    with it, the test is made only for an ASCII literal in a text without the few
    characters that re folds into ASCII letters (else False: compile and see)."""
    if not ignore_case:
        return literal not in text
    if not literal.isascii() or any(c in text for c in _ODD_CASES):
        return False
    return literal.lower() not in text.lower()


def search_after(literal: str, tail: re.Pattern, text: str) -> re.Match | None:
    """``re.search(re.escape(literal) + tail.pattern, text)`` (the tail's own flags), the
    match being the tail's (its groups are the whole pattern's: the literal holds none),
    without compiling a pattern for each literal: the first place the text writes
    ``literal`` whose tail matches right after it."""
    at = text.find(literal)
    while at >= 0:
        found = tail.match(text, at + len(literal))
        if found:
            return found
        at = text.find(literal, at + 1)
    return None


def written_at(literal: str, text: str, before: re.Pattern | None = None,
               after: re.Pattern | None = None) -> Iterator[tuple[int, re.Match | None]]:
    """Where ``re.finditer(before.pattern + re.escape(literal) + after.pattern, text)``
    finds its matches (no flags; ``before`` zero-width, a lookbehind or ``\\b``), without
    compiling a pattern for each literal: each match's start and the match of ``after``
    (None without it; its groups are the whole pattern's), one after the other as finditer
    gives them, none overlapping the last."""
    if not literal:  # every place: the pattern itself (rare)
        pattern = (before.pattern if before is not None else "") + (
            after.pattern if after is not None else "")
        for found in re.finditer(pattern, text):
            yield found.start(), found if after is not None else None
        return
    at = text.find(literal)
    while at >= 0:
        end = at + len(literal)
        if before is None or before.match(text, at):
            tail = after.match(text, end) if after is not None else None
            if after is None or tail:
                yield at, tail
                at = text.find(literal, tail.end() if tail else end)
                continue
        at = text.find(literal, at + 1)


def opened_written_at(literal: str, text: str, marks: str, after: re.Pattern,
                      quotes: str = "") -> Iterator[re.Match]:
    """The matches of ``re.finditer("(?:^[quotes]?|[marks]\\s+)" + re.escape(literal) +
    after.pattern, text)`` (no flags; ``(?:^|[marks]\\s+)`` without ``quotes``): a literal
    opening the text or written after a mark and spaces, as ``after``'s matches (their
    groups are the whole pattern's), without compiling a pattern for each literal."""
    if not literal or literal[0].isspace() or literal[0] in marks or literal[0] in quotes:
        opening = f"^[{re.escape(quotes)}]?" if quotes else "^"
        yield from re.finditer(rf"(?:{opening}|[{re.escape(marks)}]\s+){re.escape(literal)}"
                               rf"{after.pattern}", text)
        return  # (where a match's start could fall inside the last one's words: rare)
    done = 0  # finditer's next search starts where the last match ended
    at = text.find(literal)
    while at >= 0:
        start = _opening(text, at, marks, quotes)
        if start >= done:
            found = after.match(text, at + len(literal))
            if found:
                yield found
                done = found.end()
        at = text.find(literal, at + 1)


def _opening(text: str, at: int, marks: str, quotes: str) -> int:
    """Where ``(?:^[quotes]?|[marks]\\s+)`` ending at ``at`` starts, else -1."""
    if at == 0 or at == 1 and text[0] in quotes:
        return 0
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k - 1 if 0 < k < at and text[k - 1] in marks else -1


def written_after(literal: str, text: str, head: re.Pattern,
                  after: re.Pattern | None = None) -> Iterator[tuple[re.Match, re.Match | None]]:
    r"""The matches of ``re.finditer(H + re.escape(literal) + after.pattern, text)`` (no
    flags), ``head`` being ``H + r"\s+\Z"`` compiled, H matching one run of no whitespace
    ("said", a word): each as the match of ``head`` ending where the literal starts (its
    groups are the whole pattern's first ones) and ``after``'s (None without it), without
    compiling a pattern for each literal. Where the literal opens with a space (or is
    empty), the whole pattern is compiled and each match given as both."""
    if not head.pattern.endswith(r"\s+\Z"):
        raise ValueError("head must end with \\s+\\Z")
    if not literal or literal[0].isspace():
        whole = head.pattern[:-2] + re.escape(literal) + (
            after.pattern if after is not None else "")
        for found in re.finditer(whole, text):
            yield found, found
        return
    done = 0  # finditer's next search starts where the last match ended
    at = text.find(literal)
    while at >= 0:
        end = at + len(literal)
        tail = after.match(text, end) if after is not None else None
        if (after is None or tail) and at > done:
            found = head.search(text, done, at)  # the leftmost start, as finditer's
            if found:
                yield found, tail
                done = tail.end() if tail else end
                at = text.find(literal, done)
                continue
        at = text.find(literal, at + 1)


_NOT_WORD = re.compile(r"\W+")
_EDGE = re.compile(r"\b")


def words_written(words: list[str], text: str) -> tuple[int, int] | None:
    r"""Where ``re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text,
    re.IGNORECASE)`` matches (its start and end), else None: the words written one after
    the other in any case, anything but a word's letters between them, without compiling
    a pattern for each name. Found in the lower-cased text where that is the same search
    (ASCII words, each opening with a word's letter, and none of the few characters re
    folds into ASCII letters in the text); elsewhere the pattern is compiled."""
    if not words or any(not w.isascii() or not _EDGE.match(w) for w in words) or any(
            c in text for c in _ODD_CASES):
        found = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", text,
                          re.IGNORECASE)
        return (found.start(), found.end()) if found else None
    lowered = text.lower()
    first = words[0].lower()
    at = lowered.find(first)
    while at >= 0:
        end = at + len(first) if _EDGE.match(lowered, at) else -1
        for word in words[1:]:
            if end < 0:
                break
            gap = _NOT_WORD.match(lowered, end)
            word = word.lower()
            end = gap.end() + len(word) if gap and lowered.startswith(word, gap.end()) else -1
        if end >= 0 and _EDGE.match(lowered, end):
            return at, end
        at = lowered.find(first, at + 1)
    return None


def starts_ignoring_case(word: str, text: str, whole: bool = False) -> list[int]:
    r"""Every place where ``re.compile(r"\b" + re.escape(word) + (r"\b" if whole else ""),
    re.IGNORECASE).match(text, place)`` matches, overlapping or not, without compiling a
    pattern for each word: found in the lower-cased text where that is the same search (an
    ASCII word opening with a word's letter, none of the few characters re folds into
    ASCII letters in the text); elsewhere the pattern is compiled."""
    if not word:
        return []
    if not word.isascii() or not _EDGE.match(word) or any(c in text for c in _ODD_CASES):
        pattern = re.compile(r"\b" + re.escape(word) + (r"\b" if whole else ""), re.IGNORECASE)
        return [at for at in range(len(text)) if pattern.match(text, at)]
    lowered, word = text.lower(), word.lower()
    places, at = [], lowered.find(word)
    while at >= 0:
        if _EDGE.match(lowered, at) and (not whole or _EDGE.match(lowered, at + len(word))):
            places.append(at)
        at = lowered.find(word, at + 1)
    return places


def every_place(literal: str, text: str) -> list[int]:
    """Every place ``literal`` is written in ``text``, overlapping or not (where a pattern
    that opens with it could start)."""
    places, at = [], text.find(literal)
    while at >= 0:
        places.append(at)
        at = text.find(literal, at + 1)
    return places


def written_whole(literal: str, text: str) -> bool:
    r"""Whether ``re.search(r"\b" + re.escape(literal) + r"\b", text)`` matches (no flags),
    without compiling a pattern for each literal: a place the text writes ``literal`` with
    a word's edge on either side of it."""
    if not literal:
        return _EDGE.search(text) is not None
    return any(_EDGE.match(text, at) and _EDGE.match(text, at + len(literal))
               for at in every_place(literal, text))
