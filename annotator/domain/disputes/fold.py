"""Folding duplicate disputes into one, and putting a fold back.

Reviewers who label apart each start "the same" dispute under their own random id; after
`annotator merge` a lead folds them into one (``merge_disputes``), ``fold_again`` repeats
folds a later merge undid, and undo puts a fold back whole (``undo_merge``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.base.clock import now
from annotator.db.connection import write
from annotator.db.history import DISPUTE_HISTORY
from annotator.domain.disputes.links import member
from annotator.domain.disputes.lookup import resolve_dispute_id
from annotator.domain.disputes.records import (
    DisputeError,
    get_dispute,
    query_rows,
    record,
    require_dispute,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

# Folding duplicates. Reviewers who label apart each start "the same" dispute under their own
# random id; after `annotator merge` a lead folds them into one. One fold writes these rows,
# all with the same ``at``: "merge" on KEEP and "merged" on DROP (the lead's; title = KEEP's
# title, prev_title = DROP's), then one row per link of DROP: "merge-in" on KEEP when the
# link's role there changed (role, prev_role = KEEP's before, None if new) and "merge-out" on
# DROP for every link taken out (prev_role = its role). Link rows carry the link's reviewer,
# as unlink does, so a later `annotator merge` of that reviewer's database does not bring a
# folded link back; they are parts of the lead's change, never undone on their own.
MERGE_PARTS = ("merged", "merge-in", "merge-out")


def merge_disputes(db: Database, keep_id: str, drop_id: str, reviewer: str) -> dict[str, Any]:
    """Fold dispute DROP into KEEP (ids or unique prefixes) in one transaction.

    Every link of DROP moves to KEEP. Where the same reviewer linked a sentence in both, the
    link changed last decides the role and the other role stays in the history. DROP's row
    is then deleted; its history stays. Returns the two ids and counts: ``moved`` (new in
    KEEP), ``replaced`` (DROP's newer role won), ``kept`` (KEEP's newer role won),
    ``same`` (same role in both), ``history`` (rows written).
    """
    with write(db):
        keep = require_dispute(db, resolve_dispute_id(db, keep_id))
        drop = require_dispute(db, resolve_dispute_id(db, drop_id))
        if keep["id"] == drop["id"]:
            raise DisputeError(f"cannot merge dispute {keep['id']} with itself")
        at = now()
        counts = {"keep": keep["id"], "drop": drop["id"], "title": keep["title"],
                  "dropped_title": drop["title"], "moved": 0, "replaced": 0, "kept": 0,
                  "same": 0, "history": 0}

        def note(**row: Any) -> None:
            record(db, at=at, **row)
            counts["history"] += 1

        note(dispute_id=keep["id"], reviewer=reviewer, action="merge", title=keep["title"],
             prev_title=drop["title"])
        note(dispute_id=drop["id"], reviewer=reviewer, action="merged", title=keep["title"],
             prev_title=drop["title"])
        gone = query_rows(db, "SELECT * FROM dispute_members WHERE dispute_id = ? "
                              "ORDER BY sentence_id, reviewer", [drop["id"]])
        for link_row in gone:
            sid, owner, role = link_row["sentence_id"], link_row["reviewer"], link_row["role"]
            there = member(db, keep["id"], sid, owner)
            if there is not None and there["role"] == role:
                counts["same"] += 1
            elif there is not None and there["updated_at"] >= link_row["updated_at"]:
                counts["kept"] += 1
            else:
                counts["replaced" if there else "moved"] += 1
                db["dispute_members"].upsert(
                    {"dispute_id": keep["id"], "sentence_id": sid, "reviewer": owner,
                     "role": role, "created_at": there["created_at"] if there
                     else link_row["created_at"], "updated_at": at},
                    pk=("dispute_id", "sentence_id", "reviewer"))
                note(dispute_id=keep["id"], sentence_id=sid, reviewer=owner,
                     action="merge-in", role=role, prev_role=there["role"] if there else None)
            note(dispute_id=drop["id"], sentence_id=sid, reviewer=owner, action="merge-out",
                 prev_role=role)
        db.execute("DELETE FROM dispute_members WHERE dispute_id = ?", [drop["id"]])
        db.execute("DELETE FROM disputes WHERE id = ?", [drop["id"]])
        db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, keep["id"]])
    return counts


def _folded_into(db: Database, dispute_id: str) -> tuple[str, str] | None:
    """(KEEP id, who folded) if ``dispute_id``'s latest fold into another stands (not undone)."""
    row = db.execute(
        f"SELECT k.dispute_id, h.reviewer, {DISPUTE_HISTORY.not_undone('h')} "
        "FROM dispute_history h "
        "JOIN dispute_history k ON k.reviewer = h.reviewer AND k.at = h.at "
        "AND k.action = 'merge' WHERE h.dispute_id = ? AND h.action = 'merged' "
        "ORDER BY h.at DESC, h.rowid DESC LIMIT 1", [dispute_id]).fetchone()
    return (row[0], row[1]) if row and row[2] else None


def fold_again(db: Database) -> list[dict[str, Any]]:
    """Fold once more the disputes a later `annotator merge` brought back.

    Another reviewer's database still holds a dispute folded away here, so merging it again
    re-creates the row (merges never delete disputes). Its old links stay out (the fold's
    history is newer), so an empty one is simply removed again, no new history needed; one
    holding links made on that machine after the fold is folded again by whoever folded it
    first, into where that fold went. Returns what was folded (merge_disputes results).
    """
    done = []
    with write(db):
        back = [r[0] for r in db.execute(
            "SELECT d.id FROM disputes d WHERE EXISTS (SELECT 1 FROM dispute_history h "
            "WHERE h.dispute_id = d.id AND h.action = 'merged') ORDER BY d.created_at, d.id")]
        for dispute_id in back:
            target, seen = _folded_into(db, dispute_id), {dispute_id}
            if target is None:
                continue
            who = target[1]
            while target is not None and get_dispute(db, target[0]) is None \
                    and target[0] not in seen:  # KEEP itself folded on: follow it
                seen.add(target[0])
                target = _folded_into(db, target[0])
            if target is None or get_dispute(db, target[0]) is None:
                continue
            if db.execute("SELECT 1 FROM dispute_members WHERE dispute_id = ?",
                          [dispute_id]).fetchone():
                done.append(merge_disputes(db, target[0], dispute_id, who))
            else:
                db.execute("DELETE FROM disputes WHERE id = ?", [dispute_id])
    return done


def _stamps(db: Database, dispute_id: str, sentence_id: str, reviewer: str,
            before: str) -> tuple[str | None, str | None]:
    """When a link was first made and last changed before ``before``, read from its history
    (every change writes a row at the link's new updated_at), so an undone fold restores the
    links' times too and folding again decides "newer" as the first time."""
    return db.execute(
        "SELECT min(at), max(at) FROM dispute_history WHERE dispute_id = ? AND sentence_id = ? "
        "AND reviewer = ? AND at < ?", [dispute_id, sentence_id, reviewer, before]).fetchone()


def undo_merge(db: Database, change: dict[str, Any], at: str) -> list[dict[str, Any]]:
    """Put a fold back as it was: DROP again with its links, KEEP's links as before.

    Refused when KEEP's links or DROP's id changed since (a later change would be lost).
    Returns the rows of the fold, each of which gets its own undo row.
    """
    keep_id = change["dispute_id"]
    header = query_rows(db, "SELECT * FROM dispute_history WHERE reviewer = ? AND at = ? "
                            "AND action = 'merged'", [change["reviewer"], change["at"]])
    if not header:
        raise DisputeError(f"cannot undo merging into {keep_id}: its history is incomplete")
    drop_id = header[0]["dispute_id"]
    parts = query_rows(db, "SELECT * FROM dispute_history WHERE dispute_id IN (?, ?) "
                           "AND at = ? AND action IN ('merged', 'merge-in', 'merge-out') "
                           "ORDER BY rowid", [keep_id, drop_id, change["at"]])
    what = f"cannot undo merging {drop_id[:8]} into {keep_id[:8]}"
    if get_dispute(db, keep_id) is None:
        raise DisputeError(f"{what}: dispute {keep_id} no longer exists")
    drop_back = get_dispute(db, drop_id) is not None  # brought back by a merge, or undone
    for part in parts:
        if part["action"] == "merge-out" and drop_back and member(
                db, drop_id, part["sentence_id"], part["reviewer"]) is not None:
            raise DisputeError(f"{what}: dispute {drop_id} exists again and holds the link "
                               f"of {part['sentence_id']} by {part['reviewer']}")
        if part["action"] == "merge-in":
            now_there = member(db, keep_id, part["sentence_id"], part["reviewer"])
            if now_there is None or now_there["role"] != part["role"] \
                    or now_there["updated_at"] != change["at"]:
                raise DisputeError(f"{what}: the link of {part['sentence_id']} by "
                                   f"{part['reviewer']} changed since")
    created = db.execute("SELECT reviewer, at FROM dispute_history WHERE dispute_id = ? "
                         "AND action = 'create' ORDER BY at LIMIT 1", [drop_id]).fetchone()
    if not drop_back:
        db["disputes"].insert({"id": drop_id, "title": change["prev_title"],
                               "created_by": created[0] if created else change["reviewer"],
                               "created_at": created[1] if created else change["at"],
                               "updated_at": at})
    for part in parts:
        sid, owner = part["sentence_id"], part["reviewer"]
        if part["action"] == "merge-in" and part["prev_role"] is None:
            db.execute("DELETE FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
                       "AND reviewer = ?", [keep_id, sid, owner])
        elif part["action"] == "merge-in":
            db.execute("UPDATE dispute_members SET role = ?, updated_at = ? WHERE "
                       "dispute_id = ? AND sentence_id = ? AND reviewer = ?",
                       [part["prev_role"], _stamps(db, keep_id, sid, owner, part["at"])[1],
                        keep_id, sid, owner])
        elif part["action"] == "merge-out":
            created_at, updated_at = _stamps(db, drop_id, sid, owner, part["at"])
            db["dispute_members"].insert(
                {"dispute_id": drop_id, "sentence_id": sid, "reviewer": owner,
                 "role": part["prev_role"], "created_at": created_at or at,
                 "updated_at": updated_at or at})
    db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, keep_id])
    return parts


def title_key(title: str | None) -> str:
    """A title as compared for duplicates: case and spacing do not matter."""
    return " ".join(str(title or "").split()).casefold()


def duplicate_groups(db: Database) -> list[list[dict[str, Any]]]:
    """Disputes sharing a title (case- and space-insensitive), oldest first in each group:
    after `annotator merge` these are usually one proposition started on two machines."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in query_rows(db, "SELECT id, title, created_by, created_at FROM disputes "
                              "ORDER BY created_at, id"):
        groups.setdefault(title_key(row["title"]), []).append(row)
    return [group for group in groups.values() if len(group) > 1]


def overlapping_disputes(db: Database, min_share: float = 0.5,
                         min_shared: int = 2) -> list[dict[str, Any]]:
    """Pairs of disputes with different titles whose members overlap: at least two
    sentences, and at least half of the smaller one's, are in both (one proposition titled
    two ways on two machines; one sentence in two disputes is common and says nothing).
    Each pair is {"keep", "drop" (rows: id, title, created_at), "shared"}, oldest kept."""
    pairs = query_rows(db, """
        WITH m AS (SELECT DISTINCT dispute_id, sentence_id FROM dispute_members),
             n AS (SELECT dispute_id, count(*) AS size FROM m GROUP BY dispute_id)
        SELECT a.dispute_id AS one, b.dispute_id AS two, count(*) AS shared,
               min(na.size, nb.size) AS smaller
        FROM m a JOIN m b ON a.sentence_id = b.sentence_id AND a.dispute_id < b.dispute_id
        JOIN n na ON na.dispute_id = a.dispute_id JOIN n nb ON nb.dispute_id = b.dispute_id
        GROUP BY a.dispute_id, b.dispute_id""")
    out = []
    for pair in pairs:
        if pair["shared"] < max(min_shared, min_share * pair["smaller"]):
            continue
        rows = sorted(query_rows(
            db, "SELECT id, title, created_at FROM disputes WHERE id IN (?, ?)",
            [pair["one"], pair["two"]]), key=lambda r: (r["created_at"] or "", r["id"]))
        if len(rows) == 2 and title_key(rows[0]["title"]) != title_key(rows[1]["title"]):
            out.append({"keep": rows[0], "drop": rows[1], "shared": pair["shared"]})
    return out
