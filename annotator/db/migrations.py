"""Versioned schema: every change to the database layout is a named migration here.

A database that has a migration this version does not know was made by a newer
version of the tool; ``db.connection.open_db`` refuses it rather than altering it.
Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from annotator.base.resources import data_file

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "annotator"
MIGRATION_NAMES: list[str] = []  # every migration this version knows, in order
_DECLARED: list[tuple[str, Callable[[Database], None]]] = []


class _Migrations:
    """sqlite-utils' Migrations for MIGRATION_SET, made on first use: telling that a
    database is up to date needs only MIGRATION_NAMES (db/connection.py), so a start does
    not import sqlite-utils for it."""

    def __init__(self) -> None:
        self._made = None

    def made(self):
        if self._made is None:
            from sqlite_utils import Migrations

            made = Migrations(MIGRATION_SET)
            for name, fn in _DECLARED:
                made(name=name)(fn)
            self._made = made
        return self._made

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_made":
            raise AttributeError(name)
        return getattr(self.made(), name)


migrations = _Migrations()


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Declare a migration: sqlite-utils applies it, and its name joins MIGRATION_NAMES, so
    telling a newer database apart needs no look inside sqlite-utils."""

    def declare(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        if name in MIGRATION_NAMES:
            raise ValueError(f"migration {name!r} is declared twice")
        MIGRATION_NAMES.append(name)
        _DECLARED.append((name, fn))
        if migrations._made is not None:
            migrations._made(name=name)(fn)
        return fn

    return declare


@migration("0001_core")
def core(db: Database) -> None:
    """Documents, sentences, sources, annotations and their history, FTS5 over sentences."""
    db["documents"].create(
        {
            "id": str,  # content hash of the raw text: stable across runs and machines
            "ordinal": int,  # order of ingestion, for "document j of m"
            "path": str,  # where it was read from (file, or file#line for jsonl/csv rows)
            "title": str,
            "outlet": str,
            "dateline": str,  # dateline city, e.g. MOSKOW
            "published": str,  # ISO 8601 date or datetime
            "wire": str,  # wire source, e.g. Reuters
            "url": str,
            "language": str,
            "raw": str,  # the document exactly as given
            "ingested_at": str,
        },
        pk="id",
    )
    db["documents"].create_index(["ordinal"])
    db["sentences"].create(
        {
            "id": str,  # hash of (doc id, text, occurrence): stable across runs and machines
            "doc_id": str,
            "position": int,  # index of this unit among all units of its document
            "seq": int,  # index among the presented sentences of its document; NULL if excluded
            "text": str,
            "char_start": int,  # offsets into documents.raw
            "char_end": int,
            "excluded": str,  # why it is kept out of the labeling queue; NULL for a real sentence
            "duplicate_of": str,  # the sentence this one repeats, within the document
            "group_id": str,  # near-duplicate group across documents (id of its first member)
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id")],
    )
    db["sentences"].create_index(["doc_id", "position"], unique=True)
    db["sentences"].create_index(["group_id"])
    db.execute(
        "CREATE INDEX idx_sentences_presented ON sentences(doc_id, seq) WHERE excluded IS NULL"
    )
    db["sentences"].enable_fts(
        ["text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61"
    )

    db["sources"].create(
        {"id": int, "name": str, "kind": str, "note": str, "created_at": str},
        pk="id",
        not_null={"name"},
    )
    db["sources"].create_index(["name"], unique=True)
    db["source_aliases"].create(
        {"key": str, "alias": str, "source_id": int},
        pk="key",  # casefolded alias: one alias names one source
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["source_aliases"].create_index(["source_id"])

    db["annotations"].create(
        {
            "sentence_id": str,
            "reviewer": str,
            "label": str,
            "source": str,  # the source's canonical name (names travel across databases, ids don't)
            "confidence": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk=("sentence_id", "reviewer"),
        foreign_keys=[("sentence_id", "sentences", "id")],
    )
    db["annotations"].create_index(["reviewer"])
    db["annotation_history"].create(
        {
            "change_id": str,  # globally unique, so merges can tell a change they already have
            "sentence_id": str,
            "reviewer": str,
            "action": str,  # set | clear | undo
            "label": str,
            "source": str,
            "confidence": str,
            "note": str,
            "prev_label": str,
            "prev_source": str,
            "prev_confidence": str,
            "prev_note": str,
            "prev_updated_at": str,
            "undoes": str,  # change_id this row reverts, for action = undo
            "at": str,
        },
        pk="change_id",
    )
    db["annotation_history"].create_index(["reviewer", "at"])
    db["annotation_history"].create_index(["sentence_id"])

    _seed_registry(db)


def _seed_registry(db: Database) -> None:
    """The shipped registry of people, offices and governments (data/sources.json).

    Written here with its own SQL, not through the live sources code: a migration must do
    the same thing whatever later versions of the code do.
    """
    entries = json.loads(data_file("sources.json").read_text(encoding="utf-8"))["sources"]
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for entry in entries:
        name = " ".join(entry["name"].split())
        key = name.casefold()
        if db.execute("SELECT 1 FROM sources WHERE lower(name) = ? UNION "
                      "SELECT 1 FROM source_aliases WHERE key = ?", [key, key]).fetchone():
            continue
        source_id = db["sources"].insert(
            {"name": name, "kind": entry.get("kind", "other"), "created_at": at}).last_pk
        for alias in entry.get("aliases", []):
            alias = " ".join(alias.split())
            alias_key = alias.casefold()
            if alias_key and alias_key != key and not db.execute(
                    "SELECT 1 FROM sources WHERE lower(name) = ? UNION "
                    "SELECT 1 FROM source_aliases WHERE key = ?", [alias_key, alias_key]
            ).fetchone():
                db["source_aliases"].insert(
                    {"key": alias_key, "alias": alias, "source_id": source_id})


@migration("0002_disputes")
def disputes(db: Database) -> None:
    """Disputes: contested propositions whose members are sentences from any documents."""
    db["disputes"].create(
        {
            "id": str,
            "title": str,
            "created_by": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["dispute_members"].create(
        {
            "dispute_id": str,
            "sentence_id": str,
            "reviewer": str,
            "role": str,  # alleges | denies | supports | context
            "created_at": str,
            "updated_at": str,
        },
        pk=("dispute_id", "sentence_id", "reviewer"),
        foreign_keys=[("dispute_id", "disputes", "id"), ("sentence_id", "sentences", "id")],
    )
    db["dispute_members"].create_index(["sentence_id"])
    db["dispute_history"].create(
        {
            "change_id": str,
            "dispute_id": str,
            "sentence_id": str,
            "reviewer": str,
            "action": str,  # create | retitle | link | role | unlink | undo
            "role": str,
            "prev_role": str,
            "title": str,
            "prev_title": str,
            "undoes": str,
            "at": str,
        },
        pk="change_id",
    )
    db["dispute_history"].create_index(["dispute_id"])
    db["dispute_history"].create_index(["reviewer", "at"])


@migration("0003_adjudication")
def adjudication(db: Database) -> None:
    """Gold labels decided by an adjudicator where reviewers disagree."""
    db["gold"].create(
        {
            "sentence_id": str,
            "label": str,
            "source": str,
            "confidence": str,
            "adjudicator": str,
            "rationale": str,
            "decided_at": str,
        },
        pk="sentence_id",
        foreign_keys=[("sentence_id", "sentences", "id")],
    )
    db["gold_history"].create(
        {
            "change_id": str,
            "sentence_id": str,
            "adjudicator": str,
            "action": str,  # decide | clear | undo
            "label": str,
            "source": str,
            "confidence": str,
            "rationale": str,
            "prev_label": str,
            "prev_source": str,
            "prev_confidence": str,
            "prev_rationale": str,
            "prev_adjudicator": str,
            "prev_decided_at": str,
            "undoes": str,
            "at": str,
        },
        pk="change_id",
    )
    db["gold_history"].create_index(["sentence_id"])


@migration("0004_external_id")
def external_id(db: Database) -> None:
    """The id a .jsonl/.csv row gave its document (ours is the content hash): kept so nothing
    the user gave is thrown away, and so results can be joined back to their system."""
    db["documents"].add_column("external_id", str)
    db["documents"].create_index(["external_id"])


@migration("0005_undo_indexes")
def undo_indexes(db: Database) -> None:
    """Undo asks "has this change been undone?" of every candidate; without an index on
    ``undoes`` each question scans the whole history, on a keystroke."""
    for table in ("annotation_history", "dispute_history", "gold_history"):
        db.execute(
            f"CREATE INDEX IF NOT EXISTS idx_{table}_undoes ON {table}(undoes) "
            "WHERE undoes IS NOT NULL"
        )


# The status rule as it stood when 0007 shipped (domain/status.py holds the live one; a
# migration must not change with later code). ``{id}`` is the sentence's id expression.
_STATUS_0007 = """CASE
  WHEN EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = {id}) THEN 'gold'
  WHEN (SELECT count(*) FROM annotations a WHERE a.sentence_id = {id}) = 0 THEN 'unlabeled'
  WHEN (SELECT count(*) FROM annotations a WHERE a.sentence_id = {id}) = 1 THEN 'single'
  WHEN (SELECT count(DISTINCT quote(a.label) || quote(a.source) || quote(a.confidence)
          || quote(CASE WHEN a.sentence_id IN (SELECT sentence_id FROM dispute_members)
            THEN (SELECT group_concat(link, '') FROM (
              SELECT quote(m.dispute_id) || quote(m.role) AS link FROM dispute_members m
              WHERE m.sentence_id = a.sentence_id AND m.reviewer = a.reviewer ORDER BY link))
            END)) FROM annotations a WHERE a.sentence_id = {id}) = 1 THEN 'agreed'
  ELSE 'conflict' END"""



def per_sentence_0007(where: str) -> str:
    """The same rule over many sentences ``s`` matching ``where`` in one grouped pass:
    rows (sentence_id, doc_id, status), unlabeled ones left out."""
    return f"""
        SELECT sentence_id, doc_id, CASE WHEN gold THEN 'gold' WHEN annotations = 1
            THEN 'single' WHEN NOT differ THEN 'agreed' ELSE 'conflict' END AS status
        FROM (
            SELECT s.id AS sentence_id, s.doc_id, count(a.reviewer) AS annotations,
                   count(DISTINCT key) > 1 AS differ,
                   EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id) AS gold
            FROM sentences s LEFT JOIN (
                SELECT sentence_id, reviewer, quote(label) || quote(source)
                    || quote(confidence) || quote(CASE WHEN sentence_id IN (
                        SELECT sentence_id FROM dispute_members)
                    THEN (SELECT group_concat(link, '') FROM (
                        SELECT quote(m.dispute_id) || quote(m.role) AS link
                        FROM dispute_members m WHERE m.sentence_id = x.sentence_id
                        AND m.reviewer = x.reviewer ORDER BY link)) END) AS key
                FROM annotations x) a ON a.sentence_id = s.id
            WHERE ({where}) AND s.excluded IS NULL
            GROUP BY s.id)
        WHERE gold OR annotations > 0"""


_LIVE = "(SELECT deferred FROM progress_state) = 0"
_LABEL_ADD = """
    INSERT INTO progress_labels (label, annotations, sentences)
    VALUES (coalesce(NEW.label, ''), 1, NOT EXISTS (SELECT 1 FROM annotations o
        WHERE o.sentence_id = NEW.sentence_id AND o.label IS NEW.label
        AND o.reviewer != NEW.reviewer))
    ON CONFLICT (label) DO UPDATE SET annotations = annotations + 1,
        sentences = sentences + excluded.sentences;"""
_LABEL_REMOVE = """
    UPDATE progress_labels SET annotations = annotations - 1,
        sentences = sentences - NOT EXISTS (SELECT 1 FROM annotations o
            WHERE o.sentence_id = OLD.sentence_id AND o.label IS OLD.label)
    WHERE label = coalesce(OLD.label, '');"""
_STALE = "UPDATE progress_state SET counts_stale = 1;"

_PROGRESS_0007 = [
    """CREATE TABLE progress_state (id INTEGER PRIMARY KEY CHECK (id = 1),
        deferred INTEGER NOT NULL DEFAULT 0, counts_stale INTEGER NOT NULL DEFAULT 0)""",
    "INSERT INTO progress_state (id) VALUES (1)",
    "CREATE TABLE progress_queue (sentence_id TEXT PRIMARY KEY)",
    """CREATE TABLE progress_sentences (sentence_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL,
        status TEXT NOT NULL)""",
    "CREATE INDEX progress_sentences_doc ON progress_sentences (doc_id, status)",
    """CREATE TABLE progress_documents (doc_id TEXT PRIMARY KEY,
        sentences INTEGER NOT NULL DEFAULT 0, labeled INTEGER NOT NULL DEFAULT 0,
        settled INTEGER NOT NULL DEFAULT 0, conflicts INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE progress_labels (label TEXT PRIMARY KEY,
        annotations INTEGER NOT NULL DEFAULT 0, sentences INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE progress_reviewers (reviewer TEXT PRIMARY KEY,
        labeled INTEGER NOT NULL DEFAULT 0, last_labeled TEXT)""",
    # a status row moves its document's counts
    """CREATE TRIGGER progress_status_ai AFTER INSERT ON progress_sentences WHEN """ + _LIVE
    + """ BEGIN
        INSERT INTO progress_documents (doc_id) VALUES (NEW.doc_id)
        ON CONFLICT (doc_id) DO NOTHING;
        UPDATE progress_documents SET labeled = labeled + 1,
            settled = settled + (NEW.status IN ('gold', 'agreed')),
            conflicts = conflicts + (NEW.status = 'conflict')
        WHERE doc_id = NEW.doc_id;
    END""",
    """CREATE TRIGGER progress_status_ad AFTER DELETE ON progress_sentences WHEN """ + _LIVE
    + """ BEGIN
        UPDATE progress_documents SET labeled = labeled - 1,
            settled = settled - (OLD.status IN ('gold', 'agreed')),
            conflicts = conflicts - (OLD.status = 'conflict')
        WHERE doc_id = OLD.doc_id;
    END""",
    # a sentence filed in the queue gets its status worked out again at once (unless a
    # bulk writer defers it)
    f"""CREATE TRIGGER progress_queue_ai AFTER INSERT ON progress_queue WHEN {_LIVE} BEGIN
        DELETE FROM progress_sentences WHERE sentence_id = NEW.sentence_id;
        INSERT INTO progress_sentences (sentence_id, doc_id, status)
        SELECT id, doc_id, status FROM (
            SELECT s.id, s.doc_id, {_STATUS_0007.format(id="s.id")} AS status
            FROM sentences s WHERE s.id = NEW.sentence_id AND s.excluded IS NULL)
        WHERE status != 'unlabeled';
        DELETE FROM progress_queue WHERE sentence_id = NEW.sentence_id;
    END""",
    # every change that can move a sentence's status files the sentence in the queue
    *[
        f"CREATE TRIGGER progress_{table}_{event.lower()} AFTER {event} ON [{table}] BEGIN "
        + "".join(f"INSERT OR IGNORE INTO progress_queue (sentence_id) "
                  f"VALUES ({row}.sentence_id); " for row in rows)
        + "END"
        for table, events in (("annotations", ("INSERT", "UPDATE", "DELETE")),
                              ("gold", ("INSERT", "UPDATE", "DELETE")),
                              ("dispute_members", ("INSERT", "UPDATE", "DELETE")))
        for event in events
        for rows in [{"INSERT": ("NEW",), "DELETE": ("OLD",), "UPDATE": ("OLD", "NEW")}[event]]
    ],
    # per label and per reviewer, moved row by row, or marked stale by a bulk writer
    f"""CREATE TRIGGER progress_counts_ai AFTER INSERT ON annotations WHEN {_LIVE} BEGIN
        {_LABEL_ADD}
        INSERT INTO progress_reviewers (reviewer, labeled, last_labeled)
        VALUES (NEW.reviewer, 1, NEW.updated_at)
        ON CONFLICT (reviewer) DO UPDATE SET labeled = labeled + 1,
            last_labeled = max(coalesce(last_labeled, ''),
                               coalesce(excluded.last_labeled, ''));
    END""",
    f"""CREATE TRIGGER progress_counts_ad AFTER DELETE ON annotations WHEN {_LIVE} BEGIN
        {_LABEL_REMOVE}
        UPDATE progress_reviewers SET labeled = labeled - 1 WHERE reviewer = OLD.reviewer;
    END""",
    f"""CREATE TRIGGER progress_counts_au_label AFTER UPDATE ON annotations
    WHEN {_LIVE} AND OLD.label IS NOT NEW.label BEGIN
        {_LABEL_REMOVE}
        {_LABEL_ADD}
    END""",
    f"""CREATE TRIGGER progress_counts_au AFTER UPDATE ON annotations WHEN {_LIVE} BEGIN
        UPDATE progress_reviewers SET last_labeled = max(coalesce(last_labeled, ''),
            coalesce(NEW.updated_at, '')) WHERE reviewer = NEW.reviewer;
    END""",
    *[f"""CREATE TRIGGER progress_counts_{event.lower()}_deferred AFTER {event} ON annotations
    WHEN NOT {_LIVE} AND (SELECT counts_stale FROM progress_state) = 0 BEGIN {_STALE} END"""
      for event in ("INSERT", "UPDATE", "DELETE")],
]


@migration("0007_progress")
def scale(db: Database) -> None:
    """What keeps daily commands fast on a million sentences.

    Near-duplicate keys on disk (``near_duplicate_keys``: each presented sentence filed under
    its word-window and exact-text keys, by sentence rowid; ``near_duplicate_filed``: the
    sentence rowid up to which they are filed, so ingestion files older or merged sentences
    once, on its next run), so a day's articles are grouped without loading every stored
    sentence. Merge marks (``merge_marks``: the fingerprint of every database merged in
    full, so merging an unchanged file again is recognised at once).

    Progress kept current by triggers, so ``stats`` reads a few small tables instead of
    working out the status of every sentence in the corpus.

    - ``progress_sentences``: the status of every presented sentence that is not unlabeled;
    - ``progress_documents``: per document, its presented sentences (written by whatever
      stores sentences: ingestion, merge; ``db.progress.count_sentences``; a trigger per
      sentence would cost ingestion a third more) and how many are labeled, settled (gold
      or agreed) and in conflict;
    - ``progress_labels`` (annotations and sentences per label; no label is '') and
      ``progress_reviewers`` (annotations and the newest one set, per reviewer).

    A change to a sentence's annotations, gold label or dispute links files the sentence in
    ``progress_queue``, whose trigger works out its status again at once. Bulk writers
    (merge) set ``progress_state.deferred``: sentences then wait in the queue, the label and
    reviewer counts are marked stale, and ``db.progress.refresh`` brings everything up to
    date in one pass before their transaction commits.
    """
    db.execute("CREATE TABLE near_duplicate_keys (key INTEGER NOT NULL, "
               "sentence_rowid INTEGER NOT NULL, PRIMARY KEY (key, sentence_rowid)) "
               "WITHOUT ROWID")
    db.execute("CREATE TABLE near_duplicate_filed (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "through INTEGER NOT NULL)")
    db.execute("INSERT INTO near_duplicate_filed (id, through) VALUES (1, 0)")
    db.execute("CREATE TABLE merge_marks (fingerprint TEXT PRIMARY KEY, path TEXT, "
               "merged_at TEXT)")
    tables, triggers = _PROGRESS_0007[:8], _PROGRESS_0007[8:]
    for statement in tables:
        db.execute(statement)
    # what the database already holds, worked out before the triggers exist
    db.execute(
        "INSERT INTO progress_sentences (sentence_id, doc_id, status) "
        + per_sentence_0007("s.id IN (SELECT sentence_id FROM annotations) "
                            "OR s.id IN (SELECT sentence_id FROM gold)")
    )
    db.execute(
        "INSERT INTO progress_documents (doc_id, sentences) SELECT doc_id, count(*) "
        "FROM sentences WHERE excluded IS NULL GROUP BY doc_id"
    )
    recount_documents_0007(db, "SELECT doc_id FROM progress_documents")
    recount_0007(db)
    for statement in triggers:
        db.execute(statement)


def recount_documents_0007(db: Database, documents: str) -> None:
    """Count labeled, settled and conflicting sentences afresh for the documents the SQL
    ``documents`` selects (their status rows are up to date)."""
    db.execute(
        "UPDATE progress_documents AS p SET labeled = x.labeled, settled = x.settled, "
        "conflicts = x.conflicts FROM (SELECT d.doc_id, count(ps.status) AS labeled, "
        "coalesce(sum(ps.status IN ('gold', 'agreed')), 0) AS settled, "
        "coalesce(sum(ps.status = 'conflict'), 0) AS conflicts "
        f"FROM ({documents}) d LEFT JOIN progress_sentences ps ON ps.doc_id = d.doc_id "
        "GROUP BY d.doc_id) x WHERE p.doc_id = x.doc_id"
    )


def recount_0007(db: Database) -> None:
    """Count annotations per label and per reviewer afresh (after a bulk write)."""
    for statement in (
        "DELETE FROM progress_labels",
        "INSERT INTO progress_labels (label, annotations, sentences) "
        "SELECT coalesce(label, ''), count(*), count(DISTINCT sentence_id) FROM annotations "
        "GROUP BY coalesce(label, '')",
        "DELETE FROM progress_reviewers",
        "INSERT INTO progress_reviewers (reviewer, labeled, last_labeled) "
        "SELECT reviewer, count(*), max(updated_at) FROM annotations GROUP BY reviewer",
        "UPDATE progress_state SET counts_stale = 0",
    ):
        db.execute(statement)
@migration("0008_accepted_proposal")
def accepted_proposal(db: Database) -> None:
    """Whether an annotation was saved exactly as the tool proposed it, and by which proposer
    (``cues`` or ``classifier``; NULL when the reviewer chose otherwise): agreement and
    acceptance can then be reported with and without pre-annotated labels."""
    db["annotations"].add_column("accepted_proposal", str)
    # stats counts accepted proposals per label and per reviewer without a full scan
    db.execute("CREATE INDEX annotations_accepted_label ON annotations (label) "
               "WHERE accepted_proposal IS NOT NULL")
    db.execute("CREATE INDEX annotations_accepted_reviewer ON annotations (reviewer) "
               "WHERE accepted_proposal IS NOT NULL")


@migration("0009_team_workflow")
def team_workflow(db: Database) -> None:
    """A team's workflow: who labels what (assignments and their history), gold decisions
    on dispute links and why reviewers disagreed, several speakers per annotation, the
    guideline version an annotation was made under, the seconds it took and the sentence
    its label was applied from (a near-duplicate group)."""
    db["assignments"].create(
        {
            "sentence_id": str,
            "reviewer": str,
            "doc_id": str,  # the sentence's document, so a queue walks documents it has
            "assigned_by": str,
            "assigned_at": str,
        },
        pk=("sentence_id", "reviewer"),
        foreign_keys=[("sentence_id", "sentences", "id")],
    )
    db["assignments"].create_index(["reviewer", "doc_id"])
    db["assignment_history"].create(
        {
            "change_id": str,
            "sentence_id": str,
            "reviewer": str,
            "action": str,  # assign | unassign
            "assigned_by": str,
            "at": str,
        },
        pk="change_id",
    )
    db["assignment_history"].create_index(["sentence_id", "reviewer"])
    for column, kind in (("sources", str), ("guideline_version", str), ("seconds", float),
                         ("applied_from", str)):
        db["annotations"].add_column(column, kind)
    for column in ("sources", "prev_sources"):
        db["annotation_history"].add_column(column, str)
    # gold.disputes: the decided links, a JSON list of {"id", "role"} (NULL: not decided);
    # gold.reason: why reviewers disagreed (guideline | ambiguous | error)
    for column in ("disputes", "reason"):
        db["gold"].add_column(column, str)
        db["gold_history"].add_column(column, str)
        db["gold_history"].add_column(f"prev_{column}", str)
    # The export's "position" is a sentence's index among its document's presented
    # sentences (sentences.seq); sentences.position counts every unit, excluded ones too.
    # This view gives the export's meaning the export's name, so an export joins by it.
    db.execute(
        "CREATE VIEW presented_sentences AS SELECT id, doc_id, seq AS position, text, "
        "group_id FROM sentences WHERE excluded IS NULL"
    )


def fold_0010(text: str) -> str:
    """A source name's key as 0010 built it: NFKC, Unicode case folding (not SQLite's
    ASCII-only lower(): "Straße" and "STRASSE", "ÖZIL" and "Özil" are one key), NFKC
    again, whitespace collapsed. domain/sources.py holds the live one."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.split())


# The status rule as 0010 leaves it: 0007's, with a joint statement's speakers (0009's
# ``annotations.sources``, a sorted set) standing for its source, as domain/status.py
# compares them. Frozen here like _STATUS_0007.
_SPEAKERS_0010 = ("(CASE WHEN {a}sources IS NULL THEN quote({a}source) ELSE 'sources:' || "
                  "(SELECT group_concat(quote(value), ',') FROM "
                  "(SELECT value FROM json_each({a}sources) ORDER BY value)) END)")
_STATUS_0010 = _STATUS_0007.replace("quote(a.source)", _SPEAKERS_0010.format(a="a."))
assert _STATUS_0010 != _STATUS_0007


def per_sentence_0010(where: str) -> str:
    """:func:`per_sentence_0007` with 0010's rule (speakers compared as a set): what
    ``db.progress.refresh`` runs after a bulk write."""
    sql = per_sentence_0007(where)
    out = sql.replace("quote(source)", _SPEAKERS_0010.format(a="x."))
    assert out != sql
    return out


@migration("0010_one_name")
def one_name(db: Database) -> None:
    """One meaning, one name.

    - ``sentences.position`` is now what an export's ``position`` is: the index among the
      document's presented sentences (NULL when excluded; it was ``seq``); the index
      among every unit of the page, excluded ones too, is ``unit_index`` (it was
      ``position``). SQLite's RENAME COLUMN carries indexes, triggers and the
      ``presented_sentences`` view along.
    - ``gold.sources``: the speakers an adjudicator decided (a JSON list; NULL: the one
      ``source``), with their history columns.
    - ``sources.name_key``: the name folded as people read it (``fold_0010``), unique, so
      a name is found and never added twice whatever its case or script. Two sources
      whose names fold alike (stored apart while folding was ASCII-only) become one: the
      older keeps its name and gains the other's name and aliases as aliases; labels
      naming either still find it. Alias keys are folded the same way.
    """
    db.execute("ALTER TABLE sentences RENAME COLUMN position TO unit_index")
    db.execute("ALTER TABLE sentences RENAME COLUMN seq TO position")
    db.execute("DROP INDEX IF EXISTS idx_sentences_doc_id_position")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_sentences_doc_id_unit_index "
               "ON sentences (doc_id, unit_index)")

    db["gold"].add_column("sources", str)
    db["gold_history"].add_column("sources", str)
    db["gold_history"].add_column("prev_sources", str)

    db["sources"].add_column("name_key", str)
    kept: dict[str, int] = {}
    for source_id, name in db.execute("SELECT id, name FROM sources ORDER BY id").fetchall():
        key = fold_0010(name)
        if key not in kept:
            kept[key] = source_id
            db.execute("UPDATE sources SET name_key = ? WHERE id = ?", [key, source_id])
            continue
        db.execute("UPDATE source_aliases SET source_id = ? WHERE source_id = ?",
                   [kept[key], source_id])
        db.execute("DELETE FROM sources WHERE id = ?", [source_id])
        db.execute("INSERT OR IGNORE INTO source_aliases (key, alias, source_id) "
                   "VALUES (?, ?, ?)", [key, name, kept[key]])
    for old_key, alias in db.execute(
            "SELECT key, alias FROM source_aliases ORDER BY rowid").fetchall():
        key = fold_0010(alias)
        if key == old_key:
            continue
        taken = db.execute("SELECT 1 FROM source_aliases WHERE key = ?", [key]).fetchone()
        if taken:  # an older alias already folds to this key: it keeps it
            db.execute("DELETE FROM source_aliases WHERE key = ?", [old_key])
        else:
            db.execute("UPDATE source_aliases SET key = ? WHERE key = ?", [key, old_key])
    db.execute("CREATE UNIQUE INDEX idx_sources_name_key ON sources (name_key)")

    # The progress trigger compares a joint statement's speakers as a set (0007's compared
    # the first speaker only, so such a disagreement counted as agreed and left the
    # adjudication queue); sentences with joint statements are worked out again.
    db.execute("DROP TRIGGER progress_queue_ai")
    db.execute(f"""CREATE TRIGGER progress_queue_ai AFTER INSERT ON progress_queue
    WHEN {_LIVE} BEGIN
        DELETE FROM progress_sentences WHERE sentence_id = NEW.sentence_id;
        INSERT INTO progress_sentences (sentence_id, doc_id, status)
        SELECT id, doc_id, status FROM (
            SELECT s.id, s.doc_id, {_STATUS_0010.format(id="s.id")} AS status
            FROM sentences s WHERE s.id = NEW.sentence_id AND s.excluded IS NULL)
        WHERE status != 'unlabeled';
        DELETE FROM progress_queue WHERE sentence_id = NEW.sentence_id;
    END""")
    db.execute("INSERT OR IGNORE INTO progress_queue (sentence_id) SELECT DISTINCT "
               "sentence_id FROM annotations WHERE sources IS NOT NULL")


@migration("0011_history_accepted_proposal")
def history_accepted_proposal(db: Database) -> None:
    """The history keeps whether the annotation a change replaced was an accepted proposal,
    so that undo puts the flag back with the label (stats and ``agreement
    --without-proposals`` count it again). Rows written before this migration have NULL:
    undoing them restores the annotation as the reviewer's own, as before."""
    db["annotation_history"].add_column("prev_accepted_proposal", str)


@migration("0014_adjudication_seek")
def adjudication_seek(db: Database) -> None:
    """The next document with open conflicts, in corpus order, by one index seek: each
    document's ordinal is kept beside its counts, with an index over the documents that
    have conflicts. Without it the adjudication queue walked every settled document before
    the first open one (thousands after a day of adjudication)."""
    db.execute("ALTER TABLE progress_documents ADD COLUMN ordinal INTEGER")
    db.execute("UPDATE progress_documents SET ordinal = "
               "(SELECT d.ordinal FROM documents d WHERE d.id = progress_documents.doc_id)")
    db.execute("CREATE INDEX progress_documents_open ON progress_documents (ordinal) "
               "WHERE conflicts > 0")
    # whichever comes first, the document or its counts, the other fills the ordinal in
    db.execute("""CREATE TRIGGER progress_documents_ordinal AFTER INSERT ON progress_documents
        WHEN NEW.ordinal IS NULL BEGIN
            UPDATE progress_documents SET ordinal =
                (SELECT d.ordinal FROM documents d WHERE d.id = NEW.doc_id)
            WHERE doc_id = NEW.doc_id;
        END""")
    db.execute("""CREATE TRIGGER documents_ordinal_progress AFTER INSERT ON documents BEGIN
            UPDATE progress_documents SET ordinal = NEW.ordinal WHERE doc_id = NEW.id;
        END""")
    db.execute("""CREATE TRIGGER documents_ordinal_moved AFTER UPDATE OF ordinal ON documents
        BEGIN
            UPDATE progress_documents SET ordinal = NEW.ordinal WHERE doc_id = NEW.id;
        END""")


def _gaps_0015(raw: str, units: list[tuple]) -> str | None:
    """The text of ``raw`` between and around its units (char_start, char_end, text) as
    0015 stores it, or None unless every unit is exactly its span of ``raw``, in order and
    not overlapping (then the raw text is kept whole). Frozen here: db/document_text.py
    holds the live one."""
    parts = []
    at = 0
    for start, end, text in units:
        if start is None or end is None or not at <= start <= end <= len(raw) \
                or raw[start:end] != text:
            return None
        parts.append(raw[at:start])
        at = end
    parts.append(raw[at:])
    return "".join(parts)


@migration("0015_raw_text_once")
def raw_text_once(db: Database) -> None:
    """A document's raw text is kept once. Its units (``sentences.text``, each exactly
    ``raw[char_start:char_end]``) already hold nearly all of it, so ``documents.gaps``
    keeps only what lies between and around them and ``documents.raw`` becomes NULL; the
    raw text is rebuilt from the two, byte for byte (db/document_text.py). A document
    whose units do not give its text back exactly keeps ``raw`` whole, ``gaps`` NULL.
    Converted in batches of documents, so memory stays flat on a million sentences."""
    db["documents"].add_column("gaps", str)
    after = ""
    while True:
        batch = db.execute("SELECT id, raw FROM documents WHERE raw IS NOT NULL AND id > ? "
                           "ORDER BY id LIMIT 500", [after]).fetchall()
        if not batch:
            break
        after = batch[-1][0]
        updates = []
        for doc_id, raw in batch:
            units = db.execute("SELECT char_start, char_end, text FROM sentences "
                               "WHERE doc_id = ? ORDER BY unit_index", [doc_id]).fetchall()
            gaps = _gaps_0015(raw, units)
            if gaps is not None:
                updates.append((gaps, doc_id))
        if updates:
            db.conn.executemany("UPDATE documents SET raw = NULL, gaps = ? WHERE id = ?",
                                updates)
    if getattr(db, "engine", "sqlite") == "sqlite":
        _repack_documents_0015(db)


def _repack_documents_0015(db: Database) -> None:
    """Write the documents' rows again, densely. A row that held its raw text filled a page
    of its own; emptied, it leaves the page nearly empty, and SQLite does not merge such
    pages, so the file would stay as large as before until a VACUUM. Rewritten in rowid
    order inside the migration's transaction (the foreign keys from sentences are checked
    at its commit), the freed pages are reused by the next ingestion."""
    columns = ", ".join(f"[{row[1]}]" for row in db.execute("PRAGMA table_info(documents)"))
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute("DROP TABLE IF EXISTS temp._documents_0015")
    db.execute(f"CREATE TEMP TABLE _documents_0015 AS SELECT rowid AS _rowid, {columns} "
               "FROM documents")
    db.execute("DELETE FROM documents")
    db.execute(f"INSERT INTO documents (rowid, {columns}) SELECT _rowid, {columns} "
               "FROM temp._documents_0015 ORDER BY _rowid")
    db.execute("DROP TABLE temp._documents_0015")


# A recorded time in whole milliseconds (the keystroke stores seconds rounded to 3 places)
# and its tenth of a second, the same on both engines: both round a double to the nearest
# whole number the same way except at an exact half, and no half lies on a tenth's edge
# (x99.5 rounds up on both). An absurd time (a million seconds or more, only by import)
# counts wholly in ``rest`` and goes into one last tenth.
_MILLIS_0016 = ("(CASE WHEN {v} < 1000000 THEN CAST(round({v} * 1000) AS INTEGER) "
                "ELSE 0 END)")
_TENTH_0016 = ("(CASE WHEN {v} < 1000000 THEN CAST(round({v} * 1000) AS INTEGER) / 100 "
               "ELSE 10000000 END)")


def _times_0016(row: str) -> dict[str, str]:
    """The values a trigger files for annotation ``row`` (NEW or OLD)."""
    seconds = f"{row}.seconds"
    millis = _MILLIS_0016.format(v=seconds)
    return {"reviewer": f"coalesce({row}.reviewer, '')", "label": f"coalesce({row}.label, '')",
            "tenth": _TENTH_0016.format(v=seconds), "seconds": seconds, "millis": millis,
            "rest": f"{seconds} - {millis} / 1000.0"}


def _time_add_0016(row: str) -> str:
    t = _times_0016(row)
    return f"""
        INSERT INTO label_times (reviewer, label, tenth, labels, millis, rest)
        VALUES ({t['reviewer']}, {t['label']}, {t['tenth']}, 1, {t['millis']}, {t['rest']})
        ON CONFLICT (reviewer, label, tenth) DO UPDATE SET labels = labels + 1,
            millis = millis + excluded.millis, rest = rest + excluded.rest;
        INSERT INTO label_times_exact (reviewer, label, tenth, seconds, labels)
        VALUES ({t['reviewer']}, {t['label']}, {t['tenth']}, {t['seconds']}, 1)
        ON CONFLICT (reviewer, label, tenth, seconds) DO UPDATE SET labels = labels + 1;"""


def _time_remove_0016(row: str) -> str:
    t = _times_0016(row)
    key = (f"reviewer = {t['reviewer']} AND label = {t['label']} AND tenth = {t['tenth']}")
    return f"""
        UPDATE label_times SET labels = labels - 1, millis = millis - {t['millis']},
            rest = rest - ({t['rest']}) WHERE {key};
        DELETE FROM label_times WHERE {key} AND labels = 0;
        UPDATE label_times_exact SET labels = labels - 1
        WHERE {key} AND seconds = {t['seconds']};
        DELETE FROM label_times_exact WHERE {key} AND seconds = {t['seconds']}
            AND labels = 0;"""


_ACCEPTED_0016 = {
    "add": """INSERT INTO accepted_proposals (reviewer, label, annotations)
        VALUES (coalesce(NEW.reviewer, ''), coalesce(NEW.label, ''), 1)
        ON CONFLICT (reviewer, label) DO UPDATE SET annotations = annotations + 1;""",
    "remove": """UPDATE accepted_proposals SET annotations = annotations - 1
        WHERE reviewer = coalesce(OLD.reviewer, '') AND label = coalesce(OLD.label, '');
        DELETE FROM accepted_proposals WHERE reviewer = coalesce(OLD.reviewer, '')
        AND label = coalesce(OLD.label, '') AND annotations = 0;""",
}
_MOVED_0016 = ("(OLD.seconds IS NOT NEW.seconds OR OLD.label IS NOT NEW.label "
               "OR OLD.reviewer IS NOT NEW.reviewer)")
_STATS_0016 = [
    """CREATE TABLE label_times (reviewer TEXT NOT NULL, label TEXT NOT NULL,
        tenth INTEGER NOT NULL, labels INTEGER NOT NULL, millis INTEGER NOT NULL,
        rest REAL NOT NULL, PRIMARY KEY (reviewer, label, tenth)) WITHOUT ROWID""",
    """CREATE TABLE label_times_exact (reviewer TEXT NOT NULL, label TEXT NOT NULL,
        tenth INTEGER NOT NULL, seconds REAL NOT NULL, labels INTEGER NOT NULL,
        PRIMARY KEY (reviewer, label, tenth, seconds)) WITHOUT ROWID""",
    """CREATE TABLE accepted_proposals (reviewer TEXT NOT NULL, label TEXT NOT NULL,
        annotations INTEGER NOT NULL, PRIMARY KEY (reviewer, label)) WITHOUT ROWID""",
    f"""CREATE TRIGGER label_times_ai AFTER INSERT ON annotations
    WHEN {_LIVE} AND NEW.seconds IS NOT NULL BEGIN {_time_add_0016("NEW")} END""",
    f"""CREATE TRIGGER label_times_ad AFTER DELETE ON annotations
    WHEN {_LIVE} AND OLD.seconds IS NOT NULL BEGIN {_time_remove_0016("OLD")} END""",
    f"""CREATE TRIGGER label_times_au_old AFTER UPDATE ON annotations
    WHEN {_LIVE} AND OLD.seconds IS NOT NULL AND {_MOVED_0016}
    BEGIN {_time_remove_0016("OLD")} END""",
    f"""CREATE TRIGGER label_times_au_new AFTER UPDATE ON annotations
    WHEN {_LIVE} AND NEW.seconds IS NOT NULL AND {_MOVED_0016}
    BEGIN {_time_add_0016("NEW")} END""",
    f"""CREATE TRIGGER accepted_proposals_ai AFTER INSERT ON annotations
    WHEN {_LIVE} AND NEW.accepted_proposal IS NOT NULL BEGIN {_ACCEPTED_0016["add"]} END""",
    f"""CREATE TRIGGER accepted_proposals_ad AFTER DELETE ON annotations
    WHEN {_LIVE} AND OLD.accepted_proposal IS NOT NULL BEGIN {_ACCEPTED_0016["remove"]} END""",
    f"""CREATE TRIGGER accepted_proposals_au_old AFTER UPDATE ON annotations
    WHEN {_LIVE} AND OLD.accepted_proposal IS NOT NULL AND (NEW.accepted_proposal IS NULL
        OR OLD.label IS NOT NEW.label OR OLD.reviewer IS NOT NEW.reviewer)
    BEGIN {_ACCEPTED_0016["remove"]} END""",
    f"""CREATE TRIGGER accepted_proposals_au_new AFTER UPDATE ON annotations
    WHEN {_LIVE} AND NEW.accepted_proposal IS NOT NULL AND (OLD.accepted_proposal IS NULL
        OR OLD.label IS NOT NEW.label OR OLD.reviewer IS NOT NEW.reviewer)
    BEGIN {_ACCEPTED_0016["add"]} END""",
]


def recount_stats_0016(db: Database) -> None:
    """Count the recorded times and the accepted proposals afresh from the annotations
    (after a bulk write, with the triggers deferred: ``db.progress.refresh``)."""
    t = _times_0016("a")
    for statement in (
        "DELETE FROM accepted_proposals",
        "INSERT INTO accepted_proposals (reviewer, label, annotations) "
        "SELECT coalesce(reviewer, ''), coalesce(label, ''), count(*) FROM annotations "
        "WHERE accepted_proposal IS NOT NULL "
        "GROUP BY coalesce(reviewer, ''), coalesce(label, '')",
        "DELETE FROM label_times",
        "DELETE FROM label_times_exact",
        "INSERT INTO label_times_exact (reviewer, label, tenth, seconds, labels) "
        f"SELECT {t['reviewer']}, {t['label']}, {t['tenth']}, a.seconds, count(*) "
        "FROM annotations a WHERE a.seconds IS NOT NULL "
        f"GROUP BY {t['reviewer']}, {t['label']}, a.seconds",
        "INSERT INTO label_times (reviewer, label, tenth, labels, millis, rest) "
        f"SELECT x.reviewer, x.label, x.tenth, sum(x.labels), "
        f"sum({_MILLIS_0016.format(v='x.seconds')} * x.labels), "
        f"sum((x.seconds - {_MILLIS_0016.format(v='x.seconds')} / 1000.0) * x.labels) "
        "FROM label_times_exact x GROUP BY x.reviewer, x.label, x.tenth",
    ):
        db.execute(statement)


@migration("0016_stats_counts")
def stats_counts(db: Database) -> None:
    """What ``stats`` read from every annotation, kept summed by triggers instead, so it
    costs the same on a million sentences with their times recorded as on none.

    - ``label_times``: recorded label times (0009's ``annotations.seconds``) per reviewer,
      label (both '' for none) and tenth of a second: how many labels took that long and
      their seconds, summed as whole milliseconds (``millis``, exact) and what a time held
      beyond its milliseconds (``rest``, 0 for the tool's own);
    - ``label_times_exact``: per reviewer, label and exact time, how many: the median is
      read from the tenth it falls in, so it is the exact median, not a tenth's estimate;
    - ``accepted_proposals``: per reviewer and label, the annotations saved as proposed.

    Kept row by row, like the progress counts (0007), and recounted by
    ``db.progress.refresh`` after a bulk writer (merge) deferred them. The two indexes
    0008 made for stats to count accepted proposals are dropped: nothing reads them now,
    and every accepted label kept them up to date."""
    db.execute("DROP INDEX IF EXISTS annotations_accepted_label")
    db.execute("DROP INDEX IF EXISTS annotations_accepted_reviewer")
    tables, triggers = _STATS_0016[:3], _STATS_0016[3:]
    for statement in tables:
        db.execute(statement)
    recount_stats_0016(db)
    for statement in triggers:
        db.execute(statement)


# 0017: a sentence's status worked out where the change happens. Its status row is written
# only when the status moved (an upsert whose update is skipped when it is the same), and a
# status row that moved moves its document's counts by the difference. ``{id}`` is the
# sentence's id (NEW.sentence_id or OLD.sentence_id). Frozen here like _STATUS_0010.
_STATUS_NOW_0017 = """
    INSERT INTO progress_sentences (sentence_id, doc_id, status)
    SELECT id, doc_id, status FROM (
        SELECT s.id, s.doc_id, {status} AS status
        FROM sentences s WHERE s.id = {{id}} AND s.excluded IS NULL) AS now
    WHERE status != 'unlabeled'
    ON CONFLICT (sentence_id) DO UPDATE SET status = excluded.status
    WHERE progress_sentences.status != excluded.status;""".format(
    status=_STATUS_0010.format(id="s.id"))
# what a removal can leave: no annotation and no gold label, so no status row
_UNLABELED_0017 = """
    DELETE FROM progress_sentences WHERE sentence_id = {id}
    AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = {id})
    AND NOT EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = {id});"""
# what an annotation's status is read from: the rest of a row (its note, times, proposer)
# cannot move it
_COMPARED_0017 = ("(OLD.label IS NOT NEW.label OR OLD.source IS NOT NEW.source "
                  "OR OLD.confidence IS NOT NEW.confidence OR OLD.sources IS NOT NEW.sources "
                  "OR OLD.sentence_id IS NOT NEW.sentence_id OR OLD.reviewer IS NOT NEW.reviewer)")
_MOVED_0017 = "(OLD.sentence_id IS NOT NEW.sentence_id)"


def _status_now_0017(row: str) -> str:
    return _STATUS_NOW_0017.format(id=f"{row}.sentence_id")


def _unlabeled_0017(row: str) -> str:
    return _UNLABELED_0017.format(id=f"{row}.sentence_id")


def _settled_0017(row: str) -> str:
    return f"(CASE WHEN {row}.status IN ('gold', 'agreed') THEN 1 ELSE 0 END)"


def _conflict_0017(row: str) -> str:
    return f"(CASE WHEN {row}.status = 'conflict' THEN 1 ELSE 0 END)"


_DIRECT_0017 = [
    # while deferred (a bulk writer), a change files its sentence in the queue, as before
    *[
        f"CREATE TRIGGER progress_{table}_{event.lower()} AFTER {event} ON [{table}] "
        f"WHEN NOT {_LIVE} BEGIN "
        + "".join(f"INSERT OR IGNORE INTO progress_queue (sentence_id) "
                  f"VALUES ({row}.sentence_id); " for row in rows)
        + "END"
        for table in ("annotations", "gold", "dispute_members")
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",)))
    ],
    # live: the status worked out at once, in the trigger of the change itself
    f"""CREATE TRIGGER progress_status_annotations_insert AFTER INSERT ON annotations
    WHEN {_LIVE} BEGIN {_status_now_0017("NEW")} END""",
    f"""CREATE TRIGGER progress_status_annotations_update AFTER UPDATE ON annotations
    WHEN {_LIVE} AND {_COMPARED_0017} BEGIN {_status_now_0017("NEW")} END""",
    f"""CREATE TRIGGER progress_status_annotations_moved AFTER UPDATE ON annotations
    WHEN {_LIVE} AND {_MOVED_0017} BEGIN {_status_now_0017("OLD")} {_unlabeled_0017("OLD")}
    END""",
    f"""CREATE TRIGGER progress_status_annotations_delete AFTER DELETE ON annotations
    WHEN {_LIVE} BEGIN {_status_now_0017("OLD")} {_unlabeled_0017("OLD")} END""",
    f"""CREATE TRIGGER progress_status_gold_insert AFTER INSERT ON gold
    WHEN {_LIVE} BEGIN {_status_now_0017("NEW")} END""",
    f"""CREATE TRIGGER progress_status_gold_moved AFTER UPDATE ON gold
    WHEN {_LIVE} AND {_MOVED_0017} BEGIN {_status_now_0017("NEW")} {_status_now_0017("OLD")}
        {_unlabeled_0017("OLD")} END""",
    f"""CREATE TRIGGER progress_status_gold_delete AFTER DELETE ON gold
    WHEN {_LIVE} BEGIN {_status_now_0017("OLD")} {_unlabeled_0017("OLD")} END""",
    f"""CREATE TRIGGER progress_status_dispute_members_insert AFTER INSERT ON dispute_members
    WHEN {_LIVE} BEGIN {_status_now_0017("NEW")} END""",
    f"""CREATE TRIGGER progress_status_dispute_members_update AFTER UPDATE ON dispute_members
    WHEN {_LIVE} BEGIN {_status_now_0017("NEW")} END""",
    f"""CREATE TRIGGER progress_status_dispute_members_moved AFTER UPDATE ON dispute_members
    WHEN {_LIVE} AND {_MOVED_0017} BEGIN {_status_now_0017("OLD")} END""",
    f"""CREATE TRIGGER progress_status_dispute_members_delete AFTER DELETE ON dispute_members
    WHEN {_LIVE} BEGIN {_status_now_0017("OLD")} END""",
    # a status row added, moved or removed moves its document's counts, in one statement
    f"""CREATE TRIGGER progress_status_ai AFTER INSERT ON progress_sentences WHEN {_LIVE}
    BEGIN
        INSERT INTO progress_documents (doc_id, labeled, settled, conflicts)
        VALUES (NEW.doc_id, 1, {_settled_0017("NEW")}, {_conflict_0017("NEW")})
        ON CONFLICT (doc_id) DO UPDATE SET labeled = progress_documents.labeled + 1,
            settled = progress_documents.settled + excluded.settled,
            conflicts = progress_documents.conflicts + excluded.conflicts;
    END""",
    f"""CREATE TRIGGER progress_status_au AFTER UPDATE ON progress_sentences
    WHEN {_LIVE} AND OLD.status IS NOT NEW.status AND OLD.doc_id IS NEW.doc_id BEGIN
        UPDATE progress_documents SET
            settled = settled - {_settled_0017("OLD")} + {_settled_0017("NEW")},
            conflicts = conflicts - {_conflict_0017("OLD")} + {_conflict_0017("NEW")}
        WHERE doc_id = NEW.doc_id;
    END""",
    f"""CREATE TRIGGER progress_status_au_document AFTER UPDATE ON progress_sentences
    WHEN {_LIVE} AND OLD.doc_id IS NOT NEW.doc_id BEGIN
        UPDATE progress_documents SET labeled = labeled - 1,
            settled = settled - {_settled_0017("OLD")},
            conflicts = conflicts - {_conflict_0017("OLD")}
        WHERE doc_id = OLD.doc_id;
        INSERT INTO progress_documents (doc_id, labeled, settled, conflicts)
        VALUES (NEW.doc_id, 1, {_settled_0017("NEW")}, {_conflict_0017("NEW")})
        ON CONFLICT (doc_id) DO UPDATE SET labeled = progress_documents.labeled + 1,
            settled = progress_documents.settled + excluded.settled,
            conflicts = progress_documents.conflicts + excluded.conflicts;
    END""",
]


@migration("0017_status_at_once")
def status_at_once(db: Database) -> None:
    """A save works its sentence's status out in its own trigger, instead of filing the
    sentence in ``progress_queue`` whose trigger removed the status row and wrote it again
    (each moving the document's counts): a label key wrote the queue twice, the status row
    and its index twice and the document's row twice, where it now writes the status row
    once, and only when the status moved (a relabel that leaves a sentence ``single``
    writes no progress row at all). The rule is 0010's, unchanged.

    Bulk writers are as before: with ``progress_state.deferred`` set, a change files its
    sentence in the queue and ``db.progress.refresh`` works the queue out in one pass. No
    count changes: only triggers are replaced, so a database of any size migrates at once.
    """
    for table in ("annotations", "gold", "dispute_members"):
        for event in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER progress_{table}_{event}")
    db.execute("DROP TRIGGER progress_status_ai")
    for statement in _DIRECT_0017:
        db.execute(statement)


@migration("0018_merge_high_water")
def merge_high_water(db: Database) -> None:
    """How far each reviewer's file has been merged here: per history table, the row
    number up to which every history row of that file is here (``through``) and the
    change id it holds there (``change_id``), with the change id of the file's first
    history row (``first_change``), which names the file's line of copies. A later merge
    of the same file reads only the history after the mark and the current rows those
    changes touched, when the file still holds that change at that row and that first
    row (anything else, a file restored from an older copy and labeled on, a VACUUM that
    renumbered rows, another file: a full merge, as before)."""
    db.execute("CREATE TABLE merge_high_water (history TEXT NOT NULL, "
               "first_change TEXT NOT NULL, through INTEGER NOT NULL, "
               "change_id TEXT NOT NULL, merged_at TEXT, "
               "PRIMARY KEY (history, first_change, through))")


# Migrations that rebuild a table SQLite's way (a new table, the rows copied, the old one
# dropped, the new one renamed): ``open_db`` runs them with foreign keys off, outside the
# transaction (PRAGMA foreign_keys is a no-op inside one), and checks every foreign key
# with ``PRAGMA foreign_key_check`` before committing; a failure rolls everything back.
WITHOUT_FOREIGN_KEYS = frozenset({"0019_sentence_id_unique"})


@migration("0019_sentence_id_unique")
def sentence_id_unique(db: Database) -> None:
    """``sentences.id`` a plain column with a unique index (``idx_sentences_id``) instead
    of the table's primary key. The rows, their rowids (the full-text index and the
    near-duplicate keys point at them), the other indexes and the triggers stay as they
    were, and ids stay unique and the key the other tables' foreign keys name. The index
    is an index like the others, so ingestion into an empty database drops it and builds
    it once at the end by a sort, rather than filing each new id at a random place of a
    B-tree larger than the page cache (round 14: 4.0 s of CPU against 6.7 s for the
    inserts of 1,000,000 sentences).

    SQLite's twelve steps for changing a table: run with foreign keys off (``open_db``,
    WITHOUT_FOREIGN_KEYS); with them on, dropping the old table would check every row
    against the four tables that refer to it. PostgreSQL keeps its primary key: it has no
    rowid table to file ids in."""
    if getattr(db, "engine", "sqlite") != "sqlite":
        return
    conn = db.conn
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError("migration 0019 rebuilds the sentences table: run it with "
                           "foreign keys off (db.connection.open_db does)")
    table = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                         "AND name = 'sentences'").fetchone()[0]
    key = '"id" TEXT PRIMARY KEY'
    if table.count(key) != 1 or not table.startswith('CREATE TABLE "sentences" ('):
        raise RuntimeError(f"migration 0019: unexpected sentences table: {table}")
    rebuilt = table.replace(key, '"id" TEXT').replace(
        'CREATE TABLE "sentences" (', 'CREATE TABLE "sentences_0019" (', 1)
    # its indexes and triggers (dropped with it), made again from their own SQL
    kept = [sql for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'sentences' AND sql IS NOT NULL "
        "AND type IN ('index', 'trigger') ORDER BY type, name")]
    columns = ", ".join(f'"{row[1]}"' for row in conn.execute("PRAGMA table_info(sentences)"))
    conn.execute(rebuilt)
    conn.execute(f"INSERT INTO sentences_0019 (rowid, {columns}) "
                 f"SELECT rowid, {columns} FROM sentences ORDER BY rowid")
    conn.execute("DROP TABLE sentences")
    # legacy: the views and the other tables' triggers name "sentences" and keep naming it;
    # a rename that checks them would fail between the drop and the rename
    legacy = conn.execute("PRAGMA legacy_alter_table").fetchone()[0]
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute("ALTER TABLE sentences_0019 RENAME TO sentences")
    finally:
        conn.execute(f"PRAGMA legacy_alter_table = {int(legacy)}")
    conn.execute('CREATE UNIQUE INDEX "idx_sentences_id" ON "sentences" ("id")')
    for sql in kept:
        conn.execute(sql)
