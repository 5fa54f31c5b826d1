"""Progress kept current by triggers (migration 0007): what bulk writers need to know.

Every change to annotations, gold labels or dispute links moves the progress tables at
once, row by row, which costs a keystroke a few index lookups. A writer that changes many
rows in one transaction (a merge) wraps its work in :func:`deferred`: the sentences it
touches wait in ``progress_queue`` and are worked out again in one pass at the end, still
inside its transaction, so no other connection ever sees stale figures.

The counts per label and reviewer, the label times and the accepted proposals are then
worked out again from the annotation rows the writer changed, when it wrote them down
(:func:`journaled`), and counted afresh otherwise.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from annotator.db.connection import is_postgres
from annotator.db.migrations import (
    _MILLIS_0016,
    _TENTH_0016,
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
    db.execute("DROP TABLE IF EXISTS temp._progress_changes")
    db.execute("CREATE TEMP TABLE _progress_changes (sign INTEGER NOT NULL, "
               "removed INTEGER NOT NULL, sentence_id TEXT, reviewer TEXT, label TEXT, "
               "seconds REAL, accepted_proposal TEXT, updated_at TEXT)")
    yield
    refresh(db, journal=True)
    db.execute("UPDATE progress_state SET deferred = 0")


def refresh(db: Database, *, journal: bool = False) -> None:
    """Work out the status of every sentence waiting in the queue, grouped, and the counts
    of their documents, and the counts per label and reviewer, the label times and the
    accepted proposals (0016) if a bulk write left them stale. Runs with the triggers
    deferred (inside :func:`deferred`, which keeps a ``journal`` of changed annotations)."""
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
    changes = _changes(db) if journal else None
    if db.execute("SELECT counts_stale FROM progress_state").fetchone()[0]:
        recount_0007(db)
        recount_stats_0016(db)
    elif changes:
        for statement in CHANGED_COUNTS:
            db.execute(statement)
    if changes is not None:
        db.execute("DROP TABLE temp._progress_changes")


# A bulk write that changed more than one annotation in this many is counted afresh: one
# pass over every annotation then costs less than working out each change's share.
FULL_RECOUNT_SHARE = 3


def _changes(db: Database) -> int:
    """How many annotation rows the bulk writer wrote down."""
    return db.execute("SELECT count(*) FROM temp._progress_changes").fetchone()[0]


def _annotations(db: Database) -> int:
    return db.execute("SELECT coalesce(sum(labeled), 0) FROM progress_reviewers").fetchone()[0]


class Journal:
    """The annotation rows a bulk writer changed, written down as they were (-1) and as
    they are (+1), while its triggers are deferred (:func:`journaled`). Once the rows
    outgrow a share of the annotations held, it is dropped and everything counted afresh,
    which then costs less."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.rows = db.execute("SELECT count(*) FROM temp._progress_changes").fetchone()[0]
        self.room = max(_annotations(db) // FULL_RECOUNT_SHARE - self.rows, 0)
        self.complete = True

    def note(self, sign: int, where: str, parameters=None, *, rows: int,
             removed: bool = False) -> None:
        """Write down the ``rows`` annotations ``t`` that ``where`` selects: as they are
        before an update or a removal (``sign`` -1; ``removed`` for a removal) or after an
        insert or an update (+1)."""
        if not self.complete or not rows:
            return
        if rows > self.room:  # counted afresh: nothing more to write down
            self.complete = False
            self.db.execute("DELETE FROM temp._progress_changes")
            return
        self.room -= rows
        self.db.execute(
            "INSERT INTO temp._progress_changes (sign, removed, sentence_id, reviewer, "
            "label, seconds, accepted_proposal, updated_at) "
            f"SELECT {int(sign)}, {int(removed)}, t.sentence_id, t.reviewer, t.label, "
            f"t.seconds, t.accepted_proposal, t.updated_at FROM main.annotations AS t "
            f"WHERE {where}", parameters or [])


@contextlib.contextmanager
def journaled(db: Database) -> Iterator[Journal]:
    """Inside :func:`deferred`: every annotation the block changes is written down by the
    caller (:meth:`Journal.note`: the old row before it is updated or removed, the new one
    after it is added or updated), so the counts are worked out from those rows alone. A
    change the caller did not write down still marks the counts stale (the deferred
    triggers), and everything is counted afresh."""
    stale = db.execute("SELECT counts_stale FROM progress_state").fetchone()[0]
    journal = Journal(db)
    journal.complete = not stale  # counted afresh anyway: nothing to write down
    yield journal
    db.execute("UPDATE progress_state SET counts_stale = ?",
               [int(bool(stale) or not journal.complete)])


# What the triggers run for each annotation added, and what a bulk insert does for them in
# one statement while they wait (db/migrations.py: 0007, 0016 and 0017). Any other trigger
# and the bulk insert leaves them all in place.
_INSERT_TRIGGERS = {
    "progress_annotations_insert": "queue",  # the sentence's status is worked out again
    "progress_status_annotations_insert": "live",  # ... at once: not while deferred (0017)
    "progress_counts_ai": "live",  # counts moved row by row: not while deferred
    "progress_counts_insert_deferred": "journal",  # counts stale: the journal says what moved
    "label_times_ai": "live",
    "accepted_proposals_ai": "live",
}


class BulkInsert:
    """What :func:`bulk_insert` did and is to do: ``triggers_off`` when the rows ran none of
    their per-row triggers; ``queue`` the SQL condition on the inserted rows whose sentences
    it queues afterwards ("" every one, None none: the caller has their status already)."""

    def __init__(self, triggers_off: bool) -> None:
        self.triggers_off = triggers_off
        self.queue: str | None = ""


@contextlib.contextmanager
def bulk_insert(db: Database, last: int) -> Iterator[BulkInsert]:
    """Inside :func:`journaled` on SQLite: annotations inserted in the block (numbered after
    ``last``) run none of their per-row triggers, whose work while deferred is done here in
    one statement (their sentences queued) and by the journal (the caller writes the rows
    down). The triggers are dropped and made again from their own text inside the write
    transaction, so a failure rolls them back with everything else. A row-by-row trigger
    costs a bulk insert about as much as the insert itself."""
    triggers = [] if is_postgres(db) else db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
        "'annotations' AND sql LIKE '%AFTER INSERT ON%' ORDER BY rowid").fetchall()
    if not triggers or {name for name, _ in triggers} != set(_INSERT_TRIGGERS) or not \
            db.execute("SELECT deferred FROM progress_state").fetchone()[0]:
        yield BulkInsert(triggers_off=False)
        return
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER [{name}]")
    state = BulkInsert(triggers_off=True)
    try:
        yield state
    finally:
        if db.conn.in_transaction:  # else SQLite rolled back the drop itself (disk full)
            for _, sql in triggers:
                db.execute(sql)
    if state.queue is not None:
        db.execute("INSERT OR IGNORE INTO progress_queue (sentence_id) "
                   f"SELECT sentence_id FROM annotations WHERE rowid > ? {state.queue}", [last])


def _tenth(column: str) -> str:
    return _TENTH_0016.format(v=column)


_MILLIS = _MILLIS_0016.format(v="x.seconds")
# The tenths the rows of temp._progress_tenths name, summed again from their exact times
# (as the full recount sums them): what CHANGED_COUNTS ends with.
_TENTHS_AGAIN = (
    "DELETE FROM label_times WHERE (reviewer, label, tenth) IN "
    "(SELECT reviewer, label, tenth FROM temp._progress_tenths)",
    "INSERT INTO label_times (reviewer, label, tenth, labels, millis, rest) "
    f"SELECT x.reviewer, x.label, x.tenth, sum(x.labels), sum({_MILLIS} * x.labels), "
    f"sum((x.seconds - {_MILLIS} / 1000.0) * x.labels) FROM label_times_exact x "
    "WHERE (x.reviewer, x.label, x.tenth) IN "
    "(SELECT reviewer, label, tenth FROM temp._progress_tenths) "
    "GROUP BY x.reviewer, x.label, x.tenth",
    "DROP TABLE temp._progress_tenths",
)
# What the changes written down move, worked out from them alone (set by set, both
# engines); tests/test_merge_counts.py holds the result equal to a count from every
# annotation. Per label, a sentence counts once whatever its reviewers: a (sentence, label)
# pair the changes moved holds now ``n`` annotations and held ``n - net`` before.
CHANGED_COUNTS = (
    "DROP TABLE IF EXISTS temp._progress_pairs",
    "CREATE TEMP TABLE _progress_pairs AS SELECT sentence_id, coalesce(label, '') AS label, "
    "sum(sign) AS net FROM temp._progress_changes GROUP BY sentence_id, coalesce(label, '')",
    "INSERT INTO progress_labels (label, annotations, sentences) "
    "SELECT label, sum(annotations), sum(sentences) FROM ("
    "SELECT coalesce(label, '') AS label, sum(sign) AS annotations, 0 AS sentences "
    "FROM temp._progress_changes GROUP BY coalesce(label, '') UNION ALL "
    "SELECT label, 0, CASE WHEN n > 0 THEN 1 ELSE 0 END - CASE WHEN n - net > 0 THEN 1 ELSE 0 "
    "END FROM (SELECT p.label, p.net, (SELECT count(*) FROM annotations a "
    "WHERE a.sentence_id = p.sentence_id AND coalesce(a.label, '') = p.label) AS n "
    "FROM temp._progress_pairs p WHERE p.net != 0) AS q) AS d GROUP BY label "
    "ON CONFLICT (label) DO UPDATE SET "
    "annotations = progress_labels.annotations + excluded.annotations, "
    "sentences = progress_labels.sentences + excluded.sentences",
    "DELETE FROM progress_labels WHERE annotations = 0",
    "DROP TABLE temp._progress_pairs",
    "INSERT INTO progress_reviewers (reviewer, labeled, last_labeled) "
    "SELECT reviewer, sum(sign), max(CASE WHEN sign > 0 THEN updated_at END) "
    "FROM temp._progress_changes WHERE true GROUP BY reviewer "
    "ON CONFLICT (reviewer) DO UPDATE SET labeled = progress_reviewers.labeled + "
    "excluded.labeled, last_labeled = CASE WHEN excluded.last_labeled IS NULL "
    "THEN progress_reviewers.last_labeled WHEN progress_reviewers.last_labeled IS NULL "
    "THEN excluded.last_labeled ELSE max(progress_reviewers.last_labeled, "
    "excluded.last_labeled) END",
    # a removed annotation may have been a reviewer's newest: theirs is looked up again
    "UPDATE progress_reviewers SET last_labeled = (SELECT max(a.updated_at) "
    "FROM annotations a WHERE a.reviewer = progress_reviewers.reviewer) "
    "WHERE reviewer IN (SELECT reviewer FROM temp._progress_changes WHERE removed = 1)",
    "DELETE FROM progress_reviewers WHERE labeled = 0",
    "INSERT INTO accepted_proposals (reviewer, label, annotations) "
    "SELECT coalesce(reviewer, ''), coalesce(label, ''), sum(sign) "
    "FROM temp._progress_changes WHERE accepted_proposal IS NOT NULL "
    "GROUP BY coalesce(reviewer, ''), coalesce(label, '') "
    "ON CONFLICT (reviewer, label) DO UPDATE SET "
    "annotations = accepted_proposals.annotations + excluded.annotations",
    "DELETE FROM accepted_proposals WHERE annotations = 0",
    "INSERT INTO label_times_exact (reviewer, label, tenth, seconds, labels) "
    f"SELECT coalesce(reviewer, ''), coalesce(label, ''), {_tenth('seconds')}, seconds, "
    "sum(sign) FROM temp._progress_changes WHERE seconds IS NOT NULL "
    "GROUP BY coalesce(reviewer, ''), coalesce(label, ''), seconds "
    "ON CONFLICT (reviewer, label, tenth, seconds) DO UPDATE SET "
    "labels = label_times_exact.labels + excluded.labels",
    "DELETE FROM label_times_exact WHERE labels = 0",
    # each tenth the changes touched, summed again from its exact times (as the recount)
    "DROP TABLE IF EXISTS temp._progress_tenths",
    "CREATE TEMP TABLE _progress_tenths (reviewer TEXT NOT NULL, label TEXT NOT NULL, "
    "tenth INTEGER NOT NULL, PRIMARY KEY (reviewer, label, tenth))",
    "INSERT INTO temp._progress_tenths (reviewer, label, tenth) SELECT DISTINCT "
    f"coalesce(reviewer, ''), coalesce(label, ''), {_tenth('seconds')} "
    "FROM temp._progress_changes WHERE seconds IS NOT NULL",
    *_TENTHS_AGAIN,
)


# Another database's counts added to ours ({alias}: it is ATTACHed), for annotations it
# brought all of, each on a sentence that held none here (so a sentence counted per label
# there is not one counted here). Rows the live triggers left at zero add nothing.
_ADDED_COUNTS = (
    "INSERT INTO progress_labels (label, annotations, sentences) "
    "SELECT label, annotations, sentences FROM {alias}.progress_labels WHERE annotations > 0 "
    "ON CONFLICT (label) DO UPDATE SET "
    "annotations = progress_labels.annotations + excluded.annotations, "
    "sentences = progress_labels.sentences + excluded.sentences",
    # the newest of the rows inserted (temp._progress_newest), not theirs: the live triggers
    # keep a reviewer's newest label time even after that label was cleared
    "INSERT INTO progress_reviewers (reviewer, labeled, last_labeled) "
    "SELECT r.reviewer, r.labeled, n.newest FROM {alias}.progress_reviewers r "
    "LEFT JOIN temp._progress_newest n ON n.reviewer = r.reviewer WHERE r.labeled > 0 "
    "ON CONFLICT (reviewer) DO UPDATE SET labeled = progress_reviewers.labeled + "
    "excluded.labeled, last_labeled = CASE WHEN excluded.last_labeled IS NULL "
    "THEN progress_reviewers.last_labeled WHEN progress_reviewers.last_labeled IS NULL "
    "THEN excluded.last_labeled ELSE max(progress_reviewers.last_labeled, "
    "excluded.last_labeled) END",
    "INSERT INTO accepted_proposals (reviewer, label, annotations) "
    "SELECT reviewer, label, annotations FROM {alias}.accepted_proposals "
    "WHERE annotations > 0 ON CONFLICT (reviewer, label) DO UPDATE SET "
    "annotations = accepted_proposals.annotations + excluded.annotations",
    "INSERT INTO label_times_exact (reviewer, label, tenth, seconds, labels) "
    "SELECT reviewer, label, tenth, seconds, labels FROM {alias}.label_times_exact "
    "WHERE labels > 0 ON CONFLICT (reviewer, label, tenth, seconds) DO UPDATE SET "
    "labels = label_times_exact.labels + excluded.labels",
    # their tenths' sums added to ours: summing a tenth again from its exact times reads
    # every exact time, one row per distinct time (most of them)
    "INSERT INTO label_times (reviewer, label, tenth, labels, millis, rest) "
    "SELECT reviewer, label, tenth, labels, millis, rest FROM {alias}.label_times "
    "WHERE labels > 0 ON CONFLICT (reviewer, label, tenth) DO UPDATE SET "
    "labels = label_times.labels + excluded.labels, "
    "millis = label_times.millis + excluded.millis, rest = label_times.rest + excluded.rest",
)


def add_counts(db: Database, alias: str, newest: list[tuple[str, str | None]]) -> None:
    """Inside :func:`journaled`: add the ATTACHed database ``alias``'s current counts to ours,
    when every annotation it holds was just inserted here onto a sentence that held none
    (merge), ``newest`` the latest ``updated_at`` of those rows per reviewer: a few hundred
    rows instead of a walk over every annotation inserted. The caller writes none of those
    rows down in the journal."""
    db.execute("DROP TABLE IF EXISTS temp._progress_newest")
    db.execute("CREATE TEMP TABLE _progress_newest (reviewer TEXT PRIMARY KEY, newest TEXT)")
    db.conn.executemany("INSERT INTO temp._progress_newest (reviewer, newest) VALUES (?, ?)",
                        newest)
    for statement in _ADDED_COUNTS:
        db.execute(statement.replace("{alias}", alias))
    db.execute("DROP TABLE temp._progress_newest")


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
    documents_stored(db, [(doc_id, sentences)])


def documents_stored(db: Database, stored: list[tuple[str, int]]) -> None:
    """document_stored for many documents at once: (doc id, presented sentences)."""
    db.conn.executemany(
        "INSERT INTO progress_documents (doc_id, sentences) VALUES (?, ?) "
        "ON CONFLICT (doc_id) DO UPDATE SET sentences = excluded.sentences",
        stored,
    )


def documents_stored_in_order(db: Database, stored: list[tuple[str, int, int]]) -> None:
    """documents_stored with each document's ordinal given: (doc id, presented sentences,
    ordinal), for a writer that has dropped the triggers filling the ordinal in
    (corpus.ingest._ProgressOrdinals); the row is what they would make of it."""
    db.conn.executemany(
        "INSERT INTO progress_documents (doc_id, sentences, ordinal) VALUES (?, ?, ?) "
        "ON CONFLICT (doc_id) DO UPDATE SET sentences = excluded.sentences, "
        "ordinal = excluded.ordinal",
        stored,
    )
