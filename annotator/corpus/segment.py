"""Sentences from sentencex, with the fixes Indonesian news text needs.

sentencex splits after titles (``Tn.``, ``PT.``, ``Dr.``), inside domain names
(``KONTAN.CO.ID``) and between a quotation and its attribution; the fixes below join
those pieces again. Spans are offsets into the paragraph, so the raw text is never changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sentencex import segment as _sentencex

from annotator.corpus.rules import Rules

MAX_MERGED_CHARS = 4000  # a quote left open never swallows more than this
MAX_QUOTE_AHEAD = 1000  # a quote is open only if it closes within this many characters
_QUOTES = re.compile("[“”\"]")
_CLOSING = re.compile("[”\"]")


# A sentence end sentencex sometimes misses: ., ? or ! (and closing quotes), a space, then
# a capital letter, possibly after an opening quote (``, “, ", ‘). Abbreviations before a
# name ("Dr. Budi") are joined again by _continues, like sentencex's own pieces.
_END = re.compile(r"[.!?][\"”’']*\s+(?=(?:``|[“\"‘(])?[A-Z])")


def _split_missed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        for m in _END.finditer(text, start):  # to the text's end: the lookahead sees past
            if m.end() >= end:
                break
            out.append((start, m.end()))
            start = m.end()
        out.append((start, end))
    return out


def _pieces(language: str, text: str) -> list[tuple[int, int]]:
    """sentencex's pieces as spans, with the ends it missed; they cover the text exactly."""
    return _split_missed(text, _sentencex_pieces(language, text))


# Unicode's spaces and line breaks beyond ASCII (Rust's whitespace). sentencex panics on
# one just before a sentence's end ("G\u00a0.\u201d": "byte index is not a char boundary"),
# and counts bytes wrongly beside one before other punctuation; it means them as spaces, so
# such a run is given to it as ASCII spaces: as many characters, so its pieces fall at the
# same offsets of the raw text, which is never changed. Other wide spaces are left as they
# were, so text that segmented before segments the same.
_WIDE_SPACES = ("\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_WIDE_BEFORE_PUNCTUATION = re.compile(f"[{_WIDE_SPACES}]+(?=[^\\w\\s])")
_HAS_WIDE_SPACE = re.compile(f"[{_WIDE_SPACES}]")  # a plain class: half the lookahead's cost
_AS_SPACES = str.maketrans(dict.fromkeys(_WIDE_SPACES, " "))


def _as_spaces(match: re.Match) -> str:
    return " " * len(match.group())


def _sentencex_read(language: str, text: str) -> tuple[str, list[str]] | None:
    """What sentencex was given and its pieces; None if it panicked on every reading."""
    read = text
    if not text.isascii() and _HAS_WIDE_SPACE.search(text):  # most paragraphs: no cost
        read = _WIDE_BEFORE_PUNCTUATION.sub(_as_spaces, text)
    for attempt in _readings(read, text):
        try:
            return attempt, list(_sentencex(language or "id", attempt))
        except BaseException as error:  # pyo3's PanicException derives from BaseException
            if type(error).__name__ != "PanicException":
                raise
    return None


def _readings(read: str, text: str) -> Iterator[str]:
    """What sentencex is given: ``read``, then, only if it panicked on that, every wide
    space as an ASCII space (made only then: translating every paragraph up front cost a
    twentieth of the workers' analysis)."""
    yield read
    yield text.translate(_AS_SPACES)


def _sentencex_pieces(language: str, text: str) -> list[tuple[int, int]]:
    """sentencex's pieces as spans; they cover the text exactly."""
    found = _sentencex_read(language, text)
    if found is None:  # one piece: _split_missed still splits it at plain sentence ends
        return [(0, len(text))]
    read, pieces = found
    spans = []
    cursor = 0
    for piece in pieces:
        if not piece:
            continue
        if read.startswith(piece, cursor):
            start = cursor
        else:  # defensive: sentencex altered the piece; find it again
            start = read.find(piece.strip(), cursor)
            if start < 0:
                return [(0, len(text))]
        end = start + len(piece)
        spans.append((start, end))
        cursor = end
    if spans and spans[-1][1] < len(text):
        spans[-1] = (spans[-1][0], len(text))
    return spans or [(0, len(text))]


def _quote_open(chunk: str, state: bool) -> bool:
    for m in _QUOTES.finditer(chunk):
        ch = m.group()
        if ch == "“":
            state = True
        elif ch == "”":
            state = False
        elif ch == '"':
            state = not state
    return state


def _continues(rules: Rules, text: str, start: int, end: int, following: int) -> bool:
    """Whether the piece starting at ``following`` belongs to the sentence text[start:end]."""
    last = text[end - 1]
    first = text[following] if following < len(text) else ""
    if not last.isspace() and first and not first.isspace():
        return True  # split inside a token: KONTAN.|CO.ID, 1.|468.000
    if first.isspace():
        first = text[following:following + 80].lstrip()[:1]
    tail = text[max(start, end - 40) : end].rstrip()
    if first.islower():
        # ", ujarnya." or an abbreviation mid-sentence; after a plain full stop, question
        # or exclamation mark a lower-case word starts a sentence unless the word before
        # is short (an abbreviation such as "dll." or "a.n.")
        if not tail.endswith((".", "?", "!")):
            return True
        last = tail.rsplit(None, 1)[-1].rstrip(".?!") if tail.split() else ""
        return tail.endswith(".") and ((len(last) <= 3 and last.isalpha() and last.islower())
                                       or "." in last or last in rules.inline_abbreviations)
    if not tail.endswith("."):
        return False
    words = tail.rsplit(None, 1)
    bare = words[-1].rstrip(".").lstrip("(\"'“") if words else ""
    after_name = bare in rules.after_names
    if bare in rules.titles_or_after_names:  # Sr.: after a name (Smith Sr.), else a title
        before = text[start:end].split()[:-1]  # a capital opening the sentence names no one
        after_name = (len(before) > 1 and before[-1][:1].isupper()
                      and before[-1].casefold() not in rules.openers)
        title = not after_name
    else:
        title = bare in rules.titles
    if after_name:  # Jr., S.H., Inc.: a capital after them starts a sentence
        after = _next_words(text, following)
        return bool(after) and _abbreviation(rules, after[0])  # unless a degree follows
    rank = bare in rules.ranks  # a whole word too: Kompol. Sri Wahyuni / menjadi Kompol. Kini
    if not (rank or title
            or (len(bare) == 1 and bare.isupper())  # an initial: Edy A. Putra
            or ("." in bare and all(len(part) <= 2 for part in bare.split(".")))):  # U.S.
        return False  # an ordinary word: a sentence end (no need to look further)
    after = _next_words(text, following)
    if after and _opener(rules, after[0]):
        return False  # "... di Jl. Sudirman. Ia ...", "... the U.S. The ..."
    return _name_follows(rules, after) if rank else True


_WORD_EDGE = "\"'“”‘’(),;:"


def _next_words(text: str, at: int) -> list[str]:
    """The next two words after ``at``, opening quotes and brackets stripped."""
    return [w.strip(_WORD_EDGE) for w in text[at:at + 80].split(None, 2)[:2]]


def _opener(rules: Rules, word: str) -> bool:
    """A word that starts sentences and is never a name (Ia, Namun, The, However)."""
    return not word.endswith(".") and word.casefold() in rules.openers


def _abbreviation(rules: Rules, word: str) -> bool:
    """A degree, title or initial written with its full stop (S.H. M.H., Ph.D. Prof.)."""
    if not word.endswith("."):
        return False
    bare = word.rstrip(".")
    return (bare in rules.after_names or bare in rules.titles
            or bare in rules.titles_or_after_names
            or (len(bare) == 1 and bare.isupper()))


def _name_follows(rules: Rules, after: list[str]) -> bool:
    """After a rank: a title (Pol., Inf.), an initial, or a name of two capitalised words."""
    if not after or not after[0][:1].isupper():
        return False
    first = after[0]
    if first.endswith(".") and (first.rstrip(".") in rules.titles or len(first) == 2):
        return True
    if first in rules.ranks or _opener(rules, first):
        return False
    return len(after) > 1 and after[1][:1].isupper()


# A plain sentence: every sentence end before its final run of ends and closing marks is
# inside a token (8.000, KONTAN.CO.ID: a letter or digit follows), and there is only
# printable ASCII (and curly quotes, dashes), so no other terminator sentencex knows.
# sentencex can then only cut where no whitespace is on either side: every such cut is
# inside a token and joined again (_continues), and _END needs whitespace after an end.
# Such text is one sentence whatever the slow path does; a fast path for the common
# one-sentence paragraph.
_NOT_PLAIN = re.compile(r"[^\t \x22-\x2d\x2f-\x3e\x40-\x7e“”‘’–—]")  # and . ! ?
_ENDS = ".!?\"')”’"  # a final run of sentence ends and closing marks


def _plain(text: str) -> bool:
    body = text.rstrip(_ENDS)
    for m in _NOT_PLAIN.finditer(body):
        at = m.start()
        if body[at] not in ".!?":
            return False
        after = body[at + 1]  # there is one: body does not end on an end
        if not (after.isascii() and after.isalnum()):
            return False
    return True


_PLAIN_LANGUAGES = frozenset({"id", "en"})  # checked against sentencex's terminators


def segment(text: str, rules: Rules, language: str = "id") -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``, stripped of surrounding whitespace."""
    if (language or "id") in _PLAIN_LANGUAGES and _plain(text):
        start, end = 0, len(text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return [(start, end)] if end > start else []
    pieces = _pieces(language, text)
    quotes = '"' in text or "“" in text or "”" in text
    units: list[tuple[int, int]] = []
    start, end = pieces[0]
    quote = quotes and _quote_open(text[start:end], False)
    for p_start, p_end in pieces[1:]:
        # an open quote holds the sentences together only if it closes soon after
        if quote and not _CLOSING.search(text, end, min(len(text), end + MAX_QUOTE_AHEAD)):
            quote = False
        if (quote and end - start < MAX_MERGED_CHARS) or _continues(
            rules, text, start, end, p_start
        ):
            if quotes:
                quote = _quote_open(text[p_start:p_end], quote)
            end = p_end
            continue
        units.append((start, end))
        start, end = p_start, p_end
        quote = quotes and _quote_open(text[p_start:p_end], False)
    units.append((start, end))
    out = []
    for s, e in units:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
