"""Full-text search over sentences: the one module that speaks SQLite's FTS5.

Text from the analyst or the corpus never reaches FTS5 as syntax: every term is quoted
here (``AND``, ``NEAR``, ``*`` or a stray quote mean nothing), and callers build queries
only with ``quote``, ``any_of`` and ``all_of``. The index is the ``sentences_fts`` table
(migration 0001), kept current by sqlite-utils' triggers. A second engine replaces this
module (PostgreSQL: a tsvector column, ``@@`` and ``ts_rank``) and the title match in
``contains``; its callers (navigation, suggestions) stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

FTS_TABLE = "sentences_fts"

_WORD = re.compile(r"\w+")


def quote(term: str) -> str:
    """One term as an FTS5 string: double quotes doubled, never operators. A trailing ``*``
    (added by our own code, e.g. for affixed forms, never taken from the text) makes it a
    prefix query."""
    star = term.endswith("*")
    term = term.rstrip("*")
    return '"' + term.replace('"', '""') + '"' + ("*" if star else "")


def phrase(text: str) -> str:
    """The text as one exact phrase (its words in this order)."""
    return '"' + text.replace('"', '""') + '"'


def words_query(text: str) -> str | None:
    """What the analyst typed into search: every word quoted, all of them required, in any
    order; punctuation alone is no query (None)."""
    found = _WORD.findall(text)
    return " ".join(quote(word) for word in found) if found else None


def any_of(terms: Iterable[str]) -> str:
    """A query matching any of the terms (each quoted)."""
    return "(" + " OR ".join(quote(term) for term in terms) + ")"


def all_of(*queries: str) -> str:
    """A query matching all of the given queries (built by this module)."""
    return " AND ".join(queries)


def ranked(
    db: Database,
    query: str,
    *,
    columns: str,
    joins: str = "",
    where: str = "",
    params: Sequence[Any] = (),
    limit: int,
) -> list[tuple]:
    """Rows about the sentences ``s`` matching ``query``, best match first (bm25).

    ``columns``, ``joins`` and ``where`` are plain SQL over ``s`` (and what ``joins`` adds);
    ``params`` are bound after the query, before the limit.
    """
    condition = f" AND ({where})" if where else ""
    return db.execute(
        f"SELECT {columns} FROM {FTS_TABLE} f JOIN sentences s ON s.rowid = f.rowid {joins} "
        f"WHERE {FTS_TABLE} MATCH ?{condition} ORDER BY f.rank LIMIT ?",
        [query, *params, limit],
    ).fetchall()


def matching_rowids(db: Database, query: str, limit: int, *, in_order: bool = False) -> list[int]:
    """Rowids of sentences matching ``query``, at most ``limit``, unranked (cheaper than
    bm25); ``in_order`` reads them in rowid order, which lets a caller estimate how common
    a query is from where its n-th match falls."""
    order = " ORDER BY rowid" if in_order else ""
    return [
        rowid
        for (rowid,) in db.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?{order} LIMIT ?",
            [query, limit],
        )
    ]


def contains(column: str, text: str) -> tuple[str, str]:
    """A condition that ``column`` contains ``text`` literally (``%`` and ``_`` are not
    wildcards), and its parameter. SQLite's LIKE ignores ASCII case; PostgreSQL would say
    ILIKE."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return f"{column} LIKE ? ESCAPE '\\'", pattern
