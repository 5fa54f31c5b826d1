"""The append-only history tables and undo, described once.

Three tables keep every change with the values it replaced: ``annotation_history``
(reviewers' annotations), ``gold_history`` (adjudicators' decisions) and
``dispute_history`` (disputes and their links). Each row has a globally unique
``change_id`` (merges recognise rows they already hold), the time ``at``, the ``action``,
the person who acted, and for an undo the ``change_id`` it ``undoes``. Undo never deletes
history: it writes one more row.

A :class:`HistoryTable` says how one table is laid out (its key columns, its actor column,
the values it records with their previous values, which actions undo may revert) and
provides the two things every table needs: writing a row, and finding "the newest change
by this actor not yet undone". That question is asked on a keystroke, so it is one query
shape for every table, answered with the partial indexes on ``undoes`` (migration 0005).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.base.clock import new_change_id, now
from annotator.db.connection import write

if TYPE_CHECKING:
    from sqlite_utils import Database

UNDO = "undo"
_INSERTS: dict[tuple[str, tuple[str, ...]], str] = {}  # HistoryTable.record's statements


@dataclass(frozen=True)
class HistoryTable:
    """How one history table is laid out and what undo may revert in it."""

    name: str
    actor: str  # the column naming who made the change: reviewer or adjudicator
    keys: tuple[str, ...]  # what the change is about (besides the actor)
    values: tuple[str, ...]  # recorded as new value and prev_ value
    undoable: tuple[str, ...]  # actions undo reverts (never "undo" itself)
    # prev_ columns taken from other fields of the row replaced (e.g. its updated_at)
    prev_only: Mapping[str, str] = field(default_factory=dict)
    # an extra SQL condition on ``h`` for a change to be undoable (e.g. its dispute exists)
    live: str | None = None

    @functools.cached_property
    def columns(self) -> frozenset[str]:
        return frozenset(
            ("change_id", self.actor, "action", "undoes", "at", *self.keys, *self.values,
             *(f"prev_{v}" for v in self.values), *self.prev_only))

    def changes(self, new: Mapping[str, Any] | None,
                prev: Mapping[str, Any] | None) -> dict[str, Any]:
        """The value columns of a row: ``new``'s values and, as prev_, ``prev``'s."""
        row = {}
        for name in self.values:
            row[name] = new.get(name) if new else None
            row[f"prev_{name}"] = prev.get(name) if prev else None
        for column, source in self.prev_only.items():
            row[column] = prev.get(source) if prev else None
        return row

    def record(self, db: Database, *, action: str, actor: str, at: str | None = None,
               undoes: str | None = None, **columns: Any) -> str:
        """Append one history row (in the caller's transaction); returns its change_id.

        ``columns`` are the key and value columns; any not given are NULL.
        """
        if not self.columns.issuperset(columns):
            unknown = set(columns) - self.columns
            raise ValueError(f"{self.name} has no column {', '.join(sorted(unknown))}")
        change_id = new_change_id()
        row = {"change_id": change_id, self.actor: actor, "action": action,
               "undoes": undoes, "at": at or now(), **columns}
        # one plain INSERT (the names are this table's own, checked above): sqlite-utils'
        # insert reads the schema first, five statements on a labeling keystroke; made once
        # for each set of columns (a labeling keystroke gives the same ones every time)
        names = tuple(row)
        sql = _INSERTS.get((self.name, names))
        if sql is None:
            sql = _INSERTS[(self.name, names)] = (
                f"INSERT INTO {self.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})")
        db.execute(sql, list(row.values()))
        return change_id

    def not_undone(self, alias: str = "h") -> str:
        """SQL: the change ``alias`` has no undo row (an index lookup on ``undoes``)."""
        return (f"NOT EXISTS (SELECT 1 FROM {self.name} u WHERE u.undoes = {alias}.change_id "
                f"AND u.action = '{UNDO}')")

    @property
    def newest_undoable_sql(self) -> str:
        """The one query shape for "newest undoable change by actor ?", every table."""
        actions = ", ".join(f"'{action}'" for action in self.undoable)
        live = f"AND {self.live}" if self.live else ""
        return f"""
            SELECT * FROM {self.name} h
            WHERE h.{self.actor} = ? AND h.action IN ({actions}) {live}
              AND {self.not_undone("h")}
            ORDER BY h.at DESC, h.rowid DESC LIMIT 1
            """

    def newest_undoable(self, db: Database, actor: str) -> dict[str, Any] | None:
        """The newest change by ``actor`` that undo may revert and that is not undone yet."""
        cursor = db.execute(self.newest_undoable_sql, [actor])
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def undo(self, db: Database, actor: str,
             revert: Callable[[dict[str, Any], str], dict[str, Any]]
             ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """Revert ``actor``'s newest undoable change, in one write transaction.

        ``revert(change, at)`` puts the state before ``change`` back and returns the key and
        value columns of the undo row; raising leaves everything as it was. Returns
        (the change undone, the undo row's columns), or None when nothing is left to undo.
        """
        with write(db):
            change = self.newest_undoable(db, actor)
            if change is None:
                return None
            at = now()
            columns = revert(change, at)
            self.record(db, action=UNDO, actor=actor, at=at, undoes=change["change_id"],
                        **columns)
        return change, columns


ANNOTATION_HISTORY = HistoryTable(
    name="annotation_history",
    actor="reviewer",
    keys=("sentence_id",),
    # sources: every speaker of a joint statement, a JSON list (NULL: just ``source``)
    values=("label", "source", "confidence", "note", "sources"),
    undoable=("set", "clear"),  # not "import": an import is undone by importing again
    # prev_accepted_proposal: the replaced annotation's proposer, if it was accepted as
    # proposed (migration 0011), so undo restores the flag with the label
    prev_only={"prev_updated_at": "updated_at", "prev_accepted_proposal": "accepted_proposal"},
)

GOLD_HISTORY = HistoryTable(
    name="gold_history",
    actor="adjudicator",
    keys=("sentence_id",),
    # disputes: the decided dispute links, a JSON list of {"id", "role"} (NULL: not decided);
    # reason: why the reviewers disagreed (guideline, ambiguous, error);
    # sources: every decided speaker, a JSON list (NULL: just ``source``)
    values=("label", "source", "confidence", "rationale", "disputes", "reason", "sources"),
    undoable=("decide",),
    prev_only={"prev_adjudicator": "adjudicator", "prev_decided_at": "decided_at"},
)

DISPUTE_HISTORY = HistoryTable(
    name="dispute_history",
    actor="reviewer",
    keys=("dispute_id", "sentence_id"),
    values=("role", "title"),
    # a fold ("merge") is undone whole; its parts (merged, merge-in, merge-out) never alone
    undoable=("create", "retitle", "link", "role", "unlink", "merge"),
    # changes in a dispute that no longer exists (folded away, creation undone) are passed over
    live="EXISTS (SELECT 1 FROM disputes d WHERE d.id = h.dispute_id)",
)

TABLES = (ANNOTATION_HISTORY, GOLD_HISTORY, DISPUTE_HISTORY)
