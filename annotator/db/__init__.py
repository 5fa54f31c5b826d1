"""The data layer: connections with the storage promises, migrations, full-text search.

The UI and the CLI never speak SQL: they call the domain (and sync, exchange, analysis),
which reads and writes through sqlite-utils. What is SQLite-only, and so what a second
engine (PostgreSQL) has to replace, is listed here; keep the list true when adding any:

- ``connection.py``: the pragmas (WAL, ``synchronous=FULL``, ``busy_timeout``,
  ``foreign_keys``) and ``BEGIN IMMEDIATE`` in ``write()`` (PostgreSQL: its default
  durability, and a transaction with row locks or ``SERIALIZABLE``).
- ``migrations.py``: sqlite-utils Migrations and table builders; FTS5 with its triggers
  (``enable_fts`` in 0001); partial indexes (``idx_sentences_presented ... WHERE excluded
  IS NULL`` in 0001, ``idx_*_undoes ... WHERE undoes IS NOT NULL`` in 0005; PostgreSQL has
  them too, with the same SQL). ``MIGRATION_NAMES`` is our own list of what we know.
- ``fts.py``: every FTS5 query (quoting, MATCH, bm25 order) and the literal title match
  (``LIKE ... ESCAPE``, case-insensitive for ASCII only; PostgreSQL: ILIKE).
  Outside it still: ``domain/disputes.py`` (a sentence found by its words, a MATCH of its
  own) and ``corpus/ingest.py`` (filling ``sentences_fts`` in bulk, dropping and restoring
  its insert trigger read from ``sqlite_master``).
- ``sync/merge.py``: ``INSERT OR IGNORE`` (PostgreSQL: ``ON CONFLICT DO NOTHING``),
  ``UPDATE ... FROM`` and ``DELETE ... AS``, temporary tables, ``PRAGMA table_info`` and
  ``PRAGMA database_list``, ``conn.total_changes`` for counting rows.
- ``rowid``: the implicit row number orders history rows written in the same instant
  (annotations, disputes, adjudication undo), keys the FTS index (fts.py, ingest,
  suggestions), and marks the history for the progress count (navigation); PostgreSQL
  needs an identity column instead.
- ``group_concat`` (PostgreSQL: ``string_agg``) in adjudication, disputes, stats and
  claimreview; sqlite-utils' ``upsert`` wherever a current row is replaced.
"""
