"""The characters a regular expression's match can start with, so the chrome rules are tried
only on lines starting with one of them: with some forty rules anchored at the line start,
trying each on every body line cost more than the rest of the line's analysis.

Read from the pattern's parse tree (``re._parser``); anything not understood gives None
("any character"), so the answer is always a superset and never drops a match."""

from __future__ import annotations

import re

try:  # the parser is internal to re: without it, every rule is tried on every line
    from re import _constants as _c
    from re import _parser
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


def _cased(ch: str, fold: bool) -> set[str]:
    return {ch, ch.lower(), ch.upper(), ch.swapcase()} if fold else {ch}
