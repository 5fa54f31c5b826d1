"""Progress kept current by triggers (migration 0007): what bulk writers need to know.

Every change to annotations, gold labels or dispute links moves the progress tables at
once, row by row, which costs a keystroke a few index lookups. A writer that changes many
rows in one transaction (a merge) wraps its work in :func:`deferred`: the sentences it
touches wait in ``progress_queue`` and are worked out again in one pass at the end, still
inside its transaction, so no other connection ever sees stale figures.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from annotator.db.migrations import (
    per_sentence_0010,
    recount_0007,
    recount_documents_0007,
    recount_stats_0016,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


@contextlib.contextmanager
def deferred(db: Database) -> Iterator[None]:
    """Inside a write transaction: defer the progress triggers, then catch up in one pass."""
    assert db.conn.in_transaction, "progress.deferred() belongs inside a write transaction"
    db.execute("UPDATE progress_state SET deferred = 1")
    yield
    refresh(db)
    db.execute("UPDATE progress_state SET deferred = 0")


def refresh(db: Database) -> None:
    """Work out the status of every sentence waiting in the queue, grouped, and the counts
    of their documents, and the counts per label and reviewer, the label times and the
    accepted proposals (0016) if a bulk write left them stale. Runs with the triggers
    deferred (inside :func:`deferred`)."""
    if db.execute("SELECT 1 FROM progress_queue LIMIT 1").fetchone():
        for statement in (
            "DROP TABLE IF EXISTS temp._progress_waiting",
            "CREATE TEMP TABLE _progress_waiting (sentence_id TEXT PRIMARY KEY)",
            "INSERT INTO temp._progress_waiting SELECT sentence_id FROM progress_queue",
            "DELETE FROM progress_queue",
            "DROP TABLE IF EXISTS temp._progress_status",
            "CREATE TEMP TABLE _progress_status AS " + STATUS_BY_COLUMNS,
            "DROP TABLE IF EXISTS temp._progress_documents",
            "CREATE TEMP TABLE _progress_documents AS SELECT DISTINCT doc_id "
            "FROM temp._progress_status",
            "DELETE FROM progress_sentences WHERE sentence_id IN "
            "(SELECT sentence_id FROM temp._progress_waiting)",
            "INSERT INTO progress_sentences (sentence_id, doc_id, status) "
            "SELECT sentence_id, doc_id, status FROM temp._progress_status "
            "WHERE status IS NOT NULL AND odd = 0",
            "INSERT INTO progress_sentences (sentence_id, doc_id, status) "
            + per_sentence_0010("s.id IN (SELECT sentence_id FROM temp._progress_status "
                                "WHERE odd = 1)"),
            "INSERT OR IGNORE INTO progress_documents (doc_id) "
            "SELECT doc_id FROM temp._progress_documents",
        ):
            db.execute(statement)
        recount_documents_0007(db, "SELECT doc_id FROM temp._progress_documents")
        for table in ("_progress_waiting", "_progress_status", "_progress_documents"):
            db.execute(f"DROP TABLE temp.{table}")
    if db.execute("SELECT counts_stale FROM progress_state").fetchone()[0]:
        recount_0007(db)
        recount_stats_0016(db)


def _differ(column: str) -> str:
    """SQL aggregate over one sentence's annotations ``a`` (two or more): do they hold
    more than one value of ``column``, NULL counting as a value?"""
    return (f"(count(a.{column}) NOT IN (0, count(a.reviewer)) "
            f"OR min(a.{column}) IS NOT max(a.{column}))")


# The status of each waiting sentence by 0010's rule (per_sentence_0010), the values
# compared column by column instead of through a quote()-joined text key per annotation
# (building and counting those keys was most of a large merge's recount). Column by column
# is the same comparison wherever the joined key cannot run two values into one and the
# rule compares plain columns: no apostrophe in a compared value (quote() doubles it, so
# 'a' 'b''c' and 'a''b' 'c' join alike), no joint statement (speakers compare as a sorted
# set) and no dispute link (compared as a joined signature). A sentence with any of these
# (``odd``) is worked out by per_sentence_0010 itself; tests/test_merge_status.py holds the
# two equal on random data. ``status`` is NULL for an excluded or unlabeled sentence.
STATUS_BY_COLUMNS = f"""
    SELECT s.id AS sentence_id, s.doc_id,
        CASE WHEN s.excluded IS NOT NULL THEN NULL
             WHEN EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id) THEN 'gold'
             WHEN count(a.reviewer) = 0 THEN NULL
             WHEN count(a.reviewer) = 1 THEN 'single'
             WHEN {_differ("label")} OR {_differ("source")} OR {_differ("confidence")}
             THEN 'conflict' ELSE 'agreed' END AS status,
        CASE WHEN s.excluded IS NULL AND count(a.reviewer) > 1
             AND NOT EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id)
             AND (max(a.sources IS NOT NULL OR instr(a.label, '''') > 0
                      OR instr(a.source, '''') > 0 OR instr(a.confidence, '''') > 0) = 1
                  OR s.id IN (SELECT sentence_id FROM dispute_members))
             THEN 1 ELSE 0 END AS odd
    FROM temp._progress_waiting w JOIN sentences s ON s.id = w.sentence_id
    LEFT JOIN annotations a ON a.sentence_id = s.id
    GROUP BY s.id"""


def count_sentences(db: Database, documents: str | None = None) -> None:
    """Count the presented sentences of the documents the SQL ``documents`` selects (every
    document when None) into ``progress_documents``: for writers that store sentences
    other than one document at a time (merge, fixtures)."""
    where = f"AND doc_id IN ({documents})" if documents else ""
    db.execute(
        "INSERT INTO progress_documents (doc_id, sentences) SELECT doc_id, count(*) "
        f"FROM sentences WHERE excluded IS NULL {where} GROUP BY doc_id "
        "ON CONFLICT (doc_id) DO UPDATE SET sentences = excluded.sentences"
    )


def document_stored(db: Database, doc_id: str, sentences: int) -> None:
    """A document was stored with this many presented sentences (ingestion)."""
    db.execute(
        "INSERT INTO progress_documents (doc_id, sentences) VALUES (?, ?) "
        "ON CONFLICT (doc_id) DO UPDATE SET sentences = excluded.sentences",
        [doc_id, sentences],
    )
