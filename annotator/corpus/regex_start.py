"""The characters a regular expression's match can start with, so the chrome rules are tried
only on lines starting with one of them: with some forty rules anchored at the line start,
trying each on every body line cost more than the rest of the line's analysis.

Read from the pattern's parse tree (``re._parser``); anything not understood gives None
("any character"), so the answer is always a superset and never drops a match."""

from __future__ import annotations

import re

try:  # the parser is internal to re: without it, every rule is tried on every line
    from _sre import unicode_tolower as _tolower
    from re import _constants as _c
    from re import _parser
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - a Python without them
    _parser = None

_MAX_RANGE = 512


def first_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can begin with, or None when any can."""
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        chars, nullable = _seq(list(tree), bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an internal structure we do not control
        return None
    return None if chars is None or nullable else frozenset(chars)


def _seq(items: list, fold: bool) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av, fold)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av, fold: bool) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return _cased(chr(av), fold), False
    if op is _c.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                out |= _cased(chr(value), fold)
            elif kind is _c.RANGE and value[1] - value[0] <= _MAX_RANGE:
                for code in range(value[0], value[1] + 1):
                    out |= _cased(chr(code), fold)
            else:  # a negated set, a category (\w, \d): any
                return None, False
        return out, False
    if op is _c.BRANCH:
        out, nullable = set(), False
        for seq in av[1]:
            chars, empty = _seq(list(seq), fold)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op is _c.SUBPATTERN:
        _, add, remove, seq = av
        inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _seq(list(seq), inner)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, seq = av
        chars, nullable = _seq(list(seq), fold)
        return chars, nullable or low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the next item decides (a superset)
    return None, False


# the characters whose lowercase (as the regular expression engine folds case: the simple
# mapping, _sre.unicode_tolower) is not reached by str.upper, swapcase or title of that
# lowercase: the Kelvin sign folds to "k", U+0130 to "i" (found by folding every code point;
# tests/test_chrome_prefilter.py checks the table the same way)
ODD_FOLDS = {"i": "\u0130", "\u03b8": "\u03f4", "\u00df": "\u1e9e", "\u03c9": "\u2126",
             "k": "\u212a", "\u00e5": "\u212b"}


def _cased(ch: str, fold: bool) -> set[str]:
    """``ch`` and every character IGNORECASE lets match it: its cases, the characters whose
    simple lowercase is the same (ODD_FOLDS), and the engine's extra equivalences (the
    dotless i for "i", the long s for "s": re._casefix)."""
    if not fold:
        return {ch}
    lower = chr(_tolower(ord(ch)))
    out = {ch, ch.lower(), ch.upper(), ch.swapcase(), lower, lower.upper(), lower.title()}
    if lower in ODD_FOLDS:
        out.add(ODD_FOLDS[lower])
    for extra in _EXTRA_CASES.get(ord(lower), ()):
        out |= {chr(extra), chr(extra).upper()}
    return out


# --- the first two characters, and the last (a sharper index than the first one) ---

PREFIX = 2  # first characters a line's rules are chosen by (corpus/rules._ByFirst)
_MAX_SEQUENCES = 2000  # more different beginnings than this: not worth a pattern
_FLAGS_KNOWN = re.IGNORECASE | re.DOTALL | re.VERBOSE | re.UNICODE
_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
          "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
_MARK = ""  # walking back: the match ends at the line's end ($ seen); adds no pattern text


class _Unknown(Exception):
    """A construct the walk does not read: the pattern may start (or end) with anything."""


def first_two(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern that matches the first PREFIX characters of a line (as a prefix) whenever
    ``pattern``, anchored at the line start, can match that line; None when it cannot tell.

    Built from the pattern's own character tests (a literal, a set, a category, any
    character), each with the flags it has there, so the regular expression engine itself
    decides, exactly as in the full pattern, whether a character passes (case folding
    included). Zero-width tests (look-arounds, word boundaries) are skipped, so the answer
    is never narrower than the pattern: a line it rejects is one the pattern cannot match.
    """
    return _sequences(pattern, back=False)


def last_one(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern that matches a line's last character whenever ``pattern`` can match the
    line and every match must end at the line's end ($); None otherwise. As first_two,
    walking the pattern from its end. (A line ending in a line feed, where $ also matches
    before it, is not for this test.)"""
    return _sequences(pattern, back=True)


def _sequences(pattern: re.Pattern, back: bool) -> re.Pattern | None:
    if _parser is None or pattern.flags & ~_FLAGS_KNOWN:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        flags = (bool(pattern.flags & re.IGNORECASE), bool(pattern.flags & re.DOTALL))
        live, done, ended = _walk(list(tree), {()}, flags, back)
    except Exception:  # noqa: BLE001 - _Unknown, or an internal structure we do not control
        return None
    ended |= live  # the pattern can end there
    if any(len(seq) == back for seq in ended):  # no character tested: any line
        return None
    alternatives = sorted({"".join(seq) for seq in done | ended})
    try:
        return re.compile("|".join(alternatives))
    except re.error:  # pragma: no cover - rebuilt from a pattern that compiled
        return None


def _walk(items: list, live: set, flags: tuple, back: bool) -> tuple[set, set, set]:
    """Every way ``items`` (from their end when ``back``) can go on the sequences of
    character tests in ``live``: (still short, long enough, ended short)."""
    done: set = set()
    ended: set = set()
    for op, av in reversed(items) if back else items:
        if not live:
            break
        live, d, e = _step(op, av, live, flags, back)
        done |= d
        ended |= e
        if len(live) + len(done) > _MAX_SEQUENCES:
            raise _Unknown
    return live, done, ended


def _step(op, av, live: set, flags: tuple, back: bool) -> tuple[set, set, set]:
    test = _test(op, av, flags)
    if test is not None:
        if back and () in live:
            raise _Unknown  # a character after the last $: the match may end anywhere
        grown = {seq + (test,) for seq in live}
        needed = 1 + back if back else PREFIX
        return ({s for s in grown if len(s) < needed}, {s for s in grown if len(s) >= needed},
                set())
    if op is _c.AT:
        if av in (_c.AT_BEGINNING_LINE, _c.AT_END_LINE):
            raise _Unknown  # MULTILINE: never set here, but not read either
        if av in (_c.AT_END, _c.AT_END_STRING):
            if back:  # the match ends at the line's end
                return {(_MARK,) if seq == () else seq for seq in live}, set(), set()
            end = r"(?:\n|\Z)" if av is _c.AT_END else r"\Z"  # the line ends (or a final \n)
            return set(), set(), {seq + (end,) for seq in live}
        if back and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
            return set(), set(), set(live)  # the match starts at the line's start
        return live, set(), set()  # ^, \A, \b, \B: zero width
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return live, set(), set()  # zero width: a superset without it
    if op is _c.BRANCH:
        out: tuple[set, set, set] = (set(), set(), set())
        for seq in av[1]:
            found = _walk(list(seq), live, flags, back)
            out = (out[0] | found[0], out[1] | found[1], out[2] | found[2])
        return out
    if op is _c.SUBPATTERN:
        _, add, remove, seq = av
        if (add | remove) & ~(re.IGNORECASE | re.DOTALL | re.VERBOSE):
            raise _Unknown
        fold = (flags[0] or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        dotall = (flags[1] or bool(add & re.DOTALL)) and not remove & re.DOTALL
        return _walk(list(seq), live, (fold, dotall), back)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _walk(list(av), live, flags, back)  # what it can match, backtracking aside
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return _repeat(av, live, flags, back)
    raise _Unknown


def _repeat(av, live: set, flags: tuple, back: bool) -> tuple[set, set, set]:
    low, high, seq = av
    items = list(seq)
    start = (_MARK,) if back else ()
    if start in _walk(items, {start}, flags, back)[0]:
        raise _Unknown  # a repeat of something that can be empty
    kept: set = set()
    done: set = set()
    ended: set = set()
    current = live
    count = 0
    while current:  # each round tests a character more: a few rounds reach done
        if count >= low:
            kept |= current
        if count == high:
            break
        current, d, e = _walk(items, current, flags, back)
        done |= d
        ended |= e
        count += 1
    return kept, done, ended


def _test(op, av, flags: tuple) -> str | None:
    """One character's test as pattern text, with its flags; None if op tests no character."""
    if op is _c.LITERAL:
        source = re.escape(chr(av))
    elif op is _c.NOT_LITERAL:
        source = f"[^{re.escape(chr(av))}]"
    elif op is _c.ANY:
        source = "."
    elif op is _c.IN:
        parts = []
        for kind, value in av:
            if kind is _c.NEGATE:
                parts.append("^")
            elif kind is _c.LITERAL:
                parts.append(re.escape(chr(value)))
            elif kind is _c.RANGE:
                parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _c.CATEGORY and getattr(value, "name", None) in _CLASS:
                parts.append(_CLASS[value.name])
            else:
                raise _Unknown
        source = f"[{''.join(parts)}]"
    else:
        return None
    fold, dotall = flags
    on = ("i" if fold else "") + ("s" if dotall else "")
    off = ("" if fold else "i") + ("" if dotall else "s")
    return f"(?{on}-{off}:{source})" if on else f"(?-{off}:{source})"
