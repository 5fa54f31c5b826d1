"""A speaker's side as the whole article tells it (whole_article.py reads it), looked up by
the speaker's name as the running reading proposed it: ``Dispute.side`` asks here only where
the sentences before leave the speaker on no side. Kept apart from whole_article.py, which
reads the article with the dispute, so that dispute.py can ask without a circle."""

from __future__ import annotations

Sides = dict[str, tuple[str, str]]  # a speaker's key -> (side, why)


def side_in_article(sides: Sides, speaker: str | None) -> tuple[str, str] | None:
    """The side the whole article puts the speaker on: by the name as read there, a longer
    or shorter form of it ("Voss", "Clara Voss"), or a body's initials ("NPA"); None when
    the article puts them on none."""
    key = (speaker or "").casefold()
    if not key or not sides:
        return None
    found = sides.get(key)
    if found is not None:
        return found
    for k, side in sides.items():
        if same_name(key, k):
            return side
    return None


def article_key(sides) -> tuple:
    """The sides as a reading state's cache key: by the token of the whole article's reading
    (whole_article.ArticleSides: equal tokens, equal sides; the article is not read to make
    a key), else by their content."""
    token = getattr(sides, "token", None)
    return token if token is not None else tuple(sorted(sides.items()))


def same_name(one: str, other: str) -> bool:
    """Two forms of one name (casefolded): the words of one a run of the other's ("voss",
    "clara voss"; "medika utama", "klinik medika utama"), or its initials ("npa")."""
    return (len(one) > 3 and len(other) > 3 and (
        f" {one} " in f" {other} " or f" {other} " in f" {one} ")) \
        or _initials(one, other) or _initials(other, one)


def _initials(short: str, full: str) -> bool:
    words = full.split()
    return " " not in short and len(words) >= 2 and 2 <= len(short) == len(words) and \
        short == "".join(w[0] for w in words)
