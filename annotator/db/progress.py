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

from sqlite_utils import Database

from annotator.db.migrations import recount_0007


@contextlib.contextmanager
def deferred(db: Database) -> Iterator[None]:
    """Inside a write transaction: defer the progress triggers, then catch up."""
    assert db.conn.in_transaction, "progress.deferred() belongs inside a write transaction"
    db.execute("UPDATE progress_state SET deferred = 1")
    try:
        yield
    finally:
        db.execute("UPDATE progress_state SET deferred = 0")
    refresh(db)


def refresh(db: Database) -> None:
    """Work out the status of every sentence waiting in the queue, and the counts per
    label and reviewer if a bulk write left them stale."""
    if db.execute("SELECT 1 FROM progress_queue LIMIT 1").fetchone():
        db.execute("CREATE TEMP TABLE IF NOT EXISTS _progress_waiting (sentence_id TEXT)")
        db.execute("DELETE FROM temp._progress_waiting")
        db.execute("INSERT INTO temp._progress_waiting SELECT sentence_id FROM progress_queue")
        db.execute("DELETE FROM progress_queue")
        # the queue's trigger works each one out as it goes back in
        db.execute("INSERT INTO progress_queue (sentence_id) "
                   "SELECT sentence_id FROM temp._progress_waiting")
        db.execute("DELETE FROM temp._progress_waiting")
    if db.execute("SELECT counts_stale FROM progress_state").fetchone()[0]:
        recount_0007(db)
