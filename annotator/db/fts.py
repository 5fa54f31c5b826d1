"""Full-text search over sentences: the one module that speaks SQLite's FTS5.

Text from the analyst or the corpus never reaches FTS5 as syntax: every term is quoted
here (``AND``, ``NEAR``, ``*`` or a stray quote mean nothing), and callers build queries
only with ``quote``, ``any_of`` and ``all_of``. The index is the ``sentences_fts`` table
(migration 0001), kept current by sqlite-utils' triggers. A second engine replaces this
module (PostgreSQL: a tsvector column, ``@@`` and ``ts_rank``) and the title match in
``contains``; its callers (navigation, suggestions) stay as they are.

On PostgreSQL the same query strings are read back into a tsquery built from the terms
(``phraseto_tsquery``/``to_tsquery`` on the ``simple`` configuration, each term a bound
parameter), matched against the generated ``text_search`` column (GIN index, see
db/postgres.py) and ranked by ``ts_rank``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from annotator.db.connection import is_postgres, write

if TYPE_CHECKING:
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
    order: str | None = None,
) -> list[tuple]:
    """Rows about the sentences ``s`` matching ``query``, best match first (bm25), or in
    the ``order`` given (plain SQL over ``s``).

    ``columns``, ``joins`` and ``where`` are plain SQL over ``s`` (and what ``joins`` adds);
    ``params`` are bound after the query, before the limit.
    """
    condition = f" AND ({where})" if where else ""
    if is_postgres(db):
        tsquery, bound = to_tsquery(query)
        by, ranking = (order, []) if order else (
            f"ts_rank(s.text_search, {tsquery}, 1) DESC, s.rowid", bound)
        return db.execute(
            f"SELECT {columns} FROM sentences s {joins} WHERE "
            f"annotator_match(s.text_search, {tsquery}){condition} ORDER BY {by} LIMIT ?",
            [*bound, *params, *ranking, limit],
        ).fetchall()
    by = order or "f.rank"
    return db.execute(
        f"SELECT {columns} FROM {FTS_TABLE} f JOIN sentences s ON s.rowid = f.rowid {joins} "
        f"WHERE {FTS_TABLE} MATCH ?{condition} ORDER BY {by} LIMIT ?",
        [query, *params, limit],
    ).fetchall()


def matching_rowids(db: Database, query: str, limit: int, *, in_order: bool = False) -> list[int]:
    """Rowids of sentences matching ``query``, at most ``limit``, unranked (cheaper than
    bm25); ``in_order`` reads them in rowid order, which lets a caller estimate how common
    a query is from where its n-th match falls."""
    order = " ORDER BY rowid" if in_order else ""
    if is_postgres(db):
        tsquery, bound = to_tsquery(query)  # FTS5 gives rowid order unasked: the same here
        sql = (f"SELECT rowid FROM sentences WHERE annotator_match(text_search, {tsquery})"
               " ORDER BY rowid LIMIT ?")
        return [rowid for (rowid,) in db.execute(sql, [*bound, limit])]
    return [
        rowid
        for (rowid,) in db.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?{order} LIMIT ?",
            [query, limit],
        )
    ]


_PLAIN = re.compile(r"[a-z0-9]+")


def indexed_words(db: Database, candidates: Iterable[str]) -> set[str]:
    """Which of these words some sentence uses, so that a query need not ask for forms no
    sentence uses (each costs FTS5 a lookup in every segment of the index): a search for
    each, stopped at its first match (the fts5vocab table, asked before, counted every
    sentence holding a word, twice the cost, and needed a temporary table a read-only
    connection may not make). Only lower-case ASCII words are looked up (the tokenizer folds
    others in ways not repeated here); any other word is reported as used, as is every word
    on PostgreSQL."""
    asked = set(candidates)
    plain = sorted(w for w in asked if _PLAIN.fullmatch(w))
    if not plain or is_postgres(db):
        return asked
    held = asked.difference(plain)
    sql = f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT 1"
    held.update(w for w in plain if db.execute(sql, [quote(w)]).fetchone())
    return held


_TOKEN = re.compile(r'\s*(?:(")((?:[^"]|"")*)"(\*?)|(\()|(\))|(OR)\b|(AND)\b)')


def to_tsquery(query: str) -> tuple[str, list[str]]:
    """A query built by this module as a PostgreSQL tsquery expression (SQL) and its
    parameters: each quoted term a phrase (or a prefix, for ``*``), OR and AND (also two
    terms side by side) as tsquery's own. The terms are bound, never spliced."""
    params: list[str] = []
    position = 0

    def term(words: str, prefix: bool) -> str:
        if prefix:
            lexemes = _WORD.findall(words)
            params.append(" & ".join("'" + w.replace("'", "''") + "':*" for w in lexemes)
                          or "''")
            return "to_tsquery('simple', ?)"
        params.append(words)
        return "phraseto_tsquery('simple', ?)"

    def expression() -> str:
        nonlocal position
        parts: list[str] = []
        joiner: list[str] = []
        while position < len(query):
            match = _TOKEN.match(query, position)
            if match is None:
                if not query[position:].strip():
                    position = len(query)
                    break
                raise ValueError(f"not a query built by db/fts.py: {query!r}")
            if match.group(5):  # ')'
                position = match.end()
                break
            position = match.end()
            if match.group(6) or match.group(7):
                joiner.append("tsquery_or" if match.group(6) else "tsquery_and")
                continue
            if match.group(4):
                part = expression()
            else:
                part = term(match.group(2).replace('""', '"'), bool(match.group(3)))
            if parts:
                how = joiner.pop() if joiner else "tsquery_and"
                parts = [f"{how}({parts[0]}, {part})"]
            else:
                parts = [part]
        return parts[0] if parts else "to_tsquery('simple', '')"

    return expression(), params


def contains(column: str, text: str) -> tuple[str, str]:
    """A condition that ``column`` contains ``text`` literally (``%`` and ``_`` are not
    wildcards), and its parameter. SQLite's LIKE ignores ASCII case; on PostgreSQL the
    translation makes it ILIKE (db/translate.py)."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return f"{column} LIKE ? ESCAPE '\\'", pattern


def optimize(db: Database) -> None:
    """Merge the full-text index into one b-tree (FTS5 'optimize'), in its own write
    transaction: searches and link suggestions read one segment instead of one per
    ingested batch. Not part of every ingest: it costs about as much as storing 30-50%
    more rows, so it is a step of its own (``annotator ingest --optimize``), best run
    once after a large ingest. PostgreSQL's GIN index needs nothing."""
    if is_postgres(db):
        return
    with write(db):
        db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
