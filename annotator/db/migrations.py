"""Versioned schema: every change to the database layout is a named migration here.

A database that has a migration this version does not know was made by a newer
version of the tool; ``db.connection.open_db`` refuses it rather than altering it.
Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database, Migrations

from annotator.base.resources import data_file

MIGRATION_SET = "annotator"
migrations = Migrations(MIGRATION_SET)
MIGRATION_NAMES: list[str] = []  # every migration this version knows, in order


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Declare a migration: sqlite-utils applies it, and its name joins MIGRATION_NAMES, so
    telling a newer database apart needs no look inside sqlite-utils."""

    def declare(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        MIGRATION_NAMES.append(name)
        return migrations(name=name)(fn)

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
