"""The data layer: connections with the storage promises, migrations, full-text search.

The UI and the CLI never speak SQL: they call the domain (and sync, exchange, analysis),
which reads and writes through sqlite-utils' surface in SQLite's dialect. A
``postgresql://`` URL gets the same surface from ``postgres.py`` (PostgreSQL through
psycopg), which translates each distinct statement once (``translate.py``, sqlglot plus the
rewrites listed there), so new SQL and new migrations are written once, for SQLite.

Where the engines differ, and who handles it (keep this list true when adding any):

- ``connection.py``: the pragmas (WAL, ``synchronous=FULL``, ``busy_timeout``,
  ``foreign_keys``) and ``BEGIN IMMEDIATE`` in ``write()``. PostgreSQL: its durable
  default, an advisory lock every writer takes (``postgres.WRITER_LOCK``, waited for up to
  ``lock_timeout``), REPEATABLE READ for ``snapshot()`` and a plain ``BEGIN``.
- ``migrations.py``: one list for both engines, recorded by name in ``_sqlite_migrations``
  on both. sqlite-utils' table builders run as ``postgres.Table`` (every table gains a
  ``rowid`` identity column and bytewise text); raw SQL is translated; SQLite triggers
  become PL/pgSQL functions (``postgres._create_trigger``); ``enable_fts`` becomes a
  generated tsvector column with a GIN index.
- ``fts.py``: every FTS5 query (quoting, MATCH, bm25 order) and the literal title match;
  on PostgreSQL the same query strings become tsqueries of bound terms, ranked by
  ``ts_rank``. ``corpus/ingest.py`` fills ``sentences_fts`` in bulk on SQLite only (its
  trigger read from ``sqlite_master``, which PostgreSQL answers from its catalog).
- ``sync/merge.py``: ``ATTACH`` of the other file; on PostgreSQL the file's tables are
  copied into the session's temporary schema (``postgres.attach``) and the same
  ``INSERT ... SELECT`` runs. A server database to merge is first copied into a file.
- ``rowid``: orders history rows written in the same instant, keys the FTS index and the
  near-duplicate keys; PostgreSQL's identity column of that name keeps every query as is
  (it is left out of ``SELECT *``, as SQLite leaves its rowid out).
- ``analysis/agreement.py``: one CASE returns codes or text on SQLite; on PostgreSQL text.
- Errors: PostgreSQL's are raised as ``sqlite3``'s classes (``postgres.IntegrityError``
  etc., the original as ``__cause__``), so every handler of database errors serves both.
"""
