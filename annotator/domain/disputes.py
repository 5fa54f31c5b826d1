"""Disputes: a contested proposition and the sentences, from any documents, that take part.

A dispute has a short title ("North Korea supplies arms to Russia") and members: sentences,
each with a role (alleges, denies, supports, context). Links are made per reviewer, like
annotations, so two reviewers may link the same sentence with different roles and an
adjudicator can see both. Every change is appended to ``dispute_history`` with the previous
values, in the same transaction as the change; undo reads that history.

Dispute ids are random uuid4 hex strings: unique without coordination between machines, and
stable for the dispute's life (exports, imports and merges carry them unchanged).
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from sqlite_utils import Database

from annotator.base.clock import new_change_id, now
from annotator.base.errors import AnnotatorError
from annotator.db.connection import write

ROLES = ("alleges", "denies", "supports", "context")
MAX_TITLE = 200


class DisputeError(AnnotatorError):
    pass


def new_dispute_id() -> str:
    return uuid.uuid4().hex


def check_role(role: str) -> str:
    if role not in ROLES:
        raise DisputeError(f"unknown role {role!r} (roles: {', '.join(ROLES)})")
    return role


def check_title(title: str) -> str:
    title = " ".join(str(title or "").split())
    if not title:
        raise DisputeError("a dispute needs a title")
    if len(title) > MAX_TITLE:
        raise DisputeError(f"a dispute title is at most {MAX_TITLE} characters")
    if any(not ch.isprintable() for ch in title):
        raise DisputeError("a dispute title cannot contain control characters")
    return title


def _rows(db: Database, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def get_dispute(db: Database, dispute_id: str) -> dict[str, Any] | None:
    rows = _rows(db, "SELECT * FROM disputes WHERE id = ?", [dispute_id])
    return rows[0] if rows else None


def resolve_dispute_id(db: Database, prefix: str) -> str:
    """The full id of the dispute whose id starts with ``prefix`` (users type the first few)."""
    prefix = (prefix or "").strip().lower()
    if not prefix:
        raise DisputeError("no dispute id given")
    rows = db.execute(
        "SELECT id FROM disputes WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
        [prefix, prefix + "\uffff"],
    ).fetchall()
    if not rows:
        raise DisputeError(f"no dispute with id {prefix}")
    if len(rows) > 1 and rows[0][0] != prefix:
        raise DisputeError(f"dispute id {prefix} is ambiguous; type more of it")
    return rows[0][0]


def resolve_sentence_id(db: Database, given: str) -> str:
    """The sentence meant by ``given``: its id, a unique id prefix, or words it contains (a
    phrase search, so an analyst can start from "Pejabat AS menuduh")."""
    given = (given or "").strip()
    if not given:
        raise DisputeError("no sentence id given")
    rows = db.execute(
        "SELECT id FROM sentences WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
        [given, given + "\uffff"],
    ).fetchall()
    if len(rows) > 1 and rows[0][0] != given:
        raise DisputeError(f"sentence id {given} is ambiguous; type more of it")
    if rows:
        return rows[0][0]
    phrase = '"' + given.replace('"', '""') + '"'
    try:
        found = db.execute(
            "SELECT s.id, s.text FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid "
            "WHERE sentences_fts MATCH ? AND s.excluded IS NULL ORDER BY s.doc_id, s.seq "
            "LIMIT 6", [phrase]).fetchall()
    except sqlite3.OperationalError:
        found = []
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise DisputeError(f"no sentence with id {given} or containing those words")
    shown = "; ".join(f"{sid} {' '.join(text.split()[:8])}…" for sid, text in found[:5])
    raise DisputeError(f"{'more than 5' if len(found) > 5 else len(found)} sentences contain "
                       f"{given!r}: {shown}; give more words or an id")


def _require_dispute(db: Database, dispute_id: str) -> dict[str, Any]:
    dispute = get_dispute(db, dispute_id)
    if dispute is None:
        raise DisputeError(f"no dispute with id {dispute_id}")
    return dispute


def _require_sentence(db: Database, sentence_id: str) -> None:
    if not db.execute("SELECT 1 FROM sentences WHERE id = ?", [sentence_id]).fetchone():
        raise DisputeError(f"no sentence with id {sentence_id}")


def _history(db: Database, *, dispute_id: str, reviewer: str, action: str, at: str,
             sentence_id: str | None = None, role: str | None = None,
             prev_role: str | None = None, title: str | None = None,
             prev_title: str | None = None, undoes: str | None = None) -> str:
    change_id = new_change_id()
    db["dispute_history"].insert(
        {
            "change_id": change_id,
            "dispute_id": dispute_id,
            "sentence_id": sentence_id,
            "reviewer": reviewer,
            "action": action,
            "role": role,
            "prev_role": prev_role,
            "title": title,
            "prev_title": prev_title,
            "undoes": undoes,
            "at": at,
        }
    )
    return change_id


def _member(db: Database, dispute_id: str, sentence_id: str, reviewer: str) -> dict | None:
    rows = _rows(
        db,
        "SELECT * FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? AND reviewer = ?",
        [dispute_id, sentence_id, reviewer],
    )
    return rows[0] if rows else None


def create_dispute(db: Database, title: str, reviewer: str, *, dispute_id: str | None = None,
                   created_at: str | None = None) -> dict[str, Any]:
    """Start a dispute with a title; returns its row (with the new id). ``dispute_id`` and
    ``created_at`` are given only when importing a dispute made elsewhere."""
    title = check_title(title)
    dispute_id = dispute_id or new_dispute_id()
    with write(db):
        if get_dispute(db, dispute_id) is not None:
            raise DisputeError(f"a dispute with id {dispute_id} already exists")
        at = now()
        row = {"id": dispute_id, "title": title, "created_by": reviewer,
               "created_at": created_at or at, "updated_at": at}
        db["disputes"].insert(row)
        _history(db, dispute_id=dispute_id, reviewer=reviewer, action="create", at=at,
                 title=title)
    return row


def retitle(db: Database, dispute_id: str, title: str, reviewer: str) -> dict[str, Any]:
    title = check_title(title)
    with write(db):
        dispute = _require_dispute(db, dispute_id)
        if dispute["title"] == title:
            return dispute
        at = now()
        db.execute("UPDATE disputes SET title = ?, updated_at = ? WHERE id = ?",
                   [title, at, dispute_id])
        _history(db, dispute_id=dispute_id, reviewer=reviewer, action="retitle", at=at,
                 title=title, prev_title=dispute["title"])
    return {**dispute, "title": title, "updated_at": at}


def link(db: Database, dispute_id: str, sentence_id: str, reviewer: str,
         role: str) -> dict[str, Any]:
    """Add a sentence to a dispute with a role, or change its role (this reviewer's link)."""
    check_role(role)
    with write(db):
        _require_dispute(db, dispute_id)
        _require_sentence(db, sentence_id)
        prev = _member(db, dispute_id, sentence_id, reviewer)
        if prev is not None and prev["role"] == role:
            return prev
        at = now()
        row = {"dispute_id": dispute_id, "sentence_id": sentence_id, "reviewer": reviewer,
               "role": role, "created_at": prev["created_at"] if prev else at,
               "updated_at": at}
        db["dispute_members"].upsert(row, pk=("dispute_id", "sentence_id", "reviewer"))
        db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, dispute_id])
        _history(db, dispute_id=dispute_id, sentence_id=sentence_id, reviewer=reviewer,
                 action="role" if prev else "link", at=at, role=role,
                 prev_role=prev["role"] if prev else None)
    return row


def set_role(db: Database, dispute_id: str, sentence_id: str, reviewer: str,
             role: str) -> dict[str, Any]:
    """Change the role of a sentence this reviewer already linked."""
    if _member(db, dispute_id, sentence_id, reviewer) is None:
        raise DisputeError(f"sentence {sentence_id} is not in dispute {dispute_id} "
                           f"for {reviewer}")
    return link(db, dispute_id, sentence_id, reviewer, role)


def unlink(db: Database, dispute_id: str, sentence_id: str, reviewer: str) -> bool:
    """Take this reviewer's link of a sentence out of a dispute; False if there was none."""
    with write(db):
        _require_dispute(db, dispute_id)
        prev = _member(db, dispute_id, sentence_id, reviewer)
        if prev is None:
            return False
        at = now()
        db.execute(
            "DELETE FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
            "AND reviewer = ?", [dispute_id, sentence_id, reviewer])
        db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, dispute_id])
        _history(db, dispute_id=dispute_id, sentence_id=sentence_id, reviewer=reviewer,
                 action="unlink", at=at, prev_role=prev["role"])
    return True


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
        keep = _require_dispute(db, resolve_dispute_id(db, keep_id))
        drop = _require_dispute(db, resolve_dispute_id(db, drop_id))
        if keep["id"] == drop["id"]:
            raise DisputeError(f"cannot merge dispute {keep['id']} with itself")
        at = now()
        counts = {"keep": keep["id"], "drop": drop["id"], "title": keep["title"],
                  "dropped_title": drop["title"], "moved": 0, "replaced": 0, "kept": 0,
                  "same": 0, "history": 0}

        def note(**row: Any) -> None:
            _history(db, at=at, **row)
            counts["history"] += 1

        note(dispute_id=keep["id"], reviewer=reviewer, action="merge", title=keep["title"],
             prev_title=drop["title"])
        note(dispute_id=drop["id"], reviewer=reviewer, action="merged", title=keep["title"],
             prev_title=drop["title"])
        gone = _rows(db, "SELECT * FROM dispute_members WHERE dispute_id = ? "
                         "ORDER BY sentence_id, reviewer", [drop["id"]])
        for link_row in gone:
            sid, owner, role = link_row["sentence_id"], link_row["reviewer"], link_row["role"]
            there = _member(db, keep["id"], sid, owner)
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
        "SELECT k.dispute_id, h.reviewer, EXISTS (SELECT 1 FROM dispute_history u "
        "WHERE u.action = 'undo' AND u.undoes = h.change_id) FROM dispute_history h "
        "JOIN dispute_history k ON k.reviewer = h.reviewer AND k.at = h.at "
        "AND k.action = 'merge' WHERE h.dispute_id = ? AND h.action = 'merged' "
        "ORDER BY h.at DESC, h.rowid DESC LIMIT 1", [dispute_id]).fetchone()
    return (row[0], row[1]) if row and not row[2] else None


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


def _undo_merge(db: Database, change: dict[str, Any], at: str) -> list[dict[str, Any]]:
    """Put a fold back as it was: DROP again with its links, KEEP's links as before.

    Refused when KEEP's links or DROP's id changed since (a later change would be lost).
    Returns the rows of the fold, each of which gets its own undo row.
    """
    keep_id = change["dispute_id"]
    parts = _rows(db, "SELECT * FROM dispute_history WHERE at = ? AND action IN "
                      "('merged', 'merge-in', 'merge-out') ORDER BY rowid", [change["at"]])
    header = _rows(db, "SELECT * FROM dispute_history WHERE reviewer = ? AND at = ? "
                       "AND action = 'merged'", [change["reviewer"], change["at"]])
    if not header:
        raise DisputeError(f"cannot undo merging into {keep_id}: its history is incomplete")
    drop_id = header[0]["dispute_id"]
    parts = _rows(db, "SELECT * FROM dispute_history WHERE dispute_id IN (?, ?) AND at = ? "
                      "AND action IN ('merged', 'merge-in', 'merge-out') ORDER BY rowid",
                  [keep_id, drop_id, change["at"]])
    what = f"cannot undo merging {drop_id[:8]} into {keep_id[:8]}"
    if get_dispute(db, keep_id) is None:
        raise DisputeError(f"{what}: dispute {keep_id} no longer exists")
    drop_back = get_dispute(db, drop_id) is not None  # brought back by a merge, or undone
    for part in parts:
        if part["action"] == "merge-out" and drop_back and _member(
                db, drop_id, part["sentence_id"], part["reviewer"]) is not None:
            raise DisputeError(f"{what}: dispute {drop_id} exists again and holds the link "
                               f"of {part['sentence_id']} by {part['reviewer']}")
        if part["action"] == "merge-in":
            now_there = _member(db, keep_id, part["sentence_id"], part["reviewer"])
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
    for row in _rows(db, "SELECT id, title, created_by, created_at FROM disputes "
                         "ORDER BY created_at, id"):
        groups.setdefault(title_key(row["title"]), []).append(row)
    return [group for group in groups.values() if len(group) > 1]


def list_disputes(db: Database) -> list[dict[str, Any]]:
    """Every dispute with its member counts by role and how many documents it spans."""
    disputes = _rows(db, "SELECT * FROM disputes ORDER BY created_at, id")
    counts: dict[str, dict[str, int]] = {}
    for dispute_id, role, n in db.execute(
        "SELECT dispute_id, role, count(DISTINCT sentence_id) FROM dispute_members "
        "GROUP BY dispute_id, role"
    ):
        counts.setdefault(dispute_id, {})[role] = n
    spans = dict(db.execute(
        "SELECT m.dispute_id, count(DISTINCT s.doc_id) FROM dispute_members m "
        "JOIN sentences s ON s.id = m.sentence_id GROUP BY m.dispute_id"
    ).fetchall())
    sizes = dict(db.execute(
        "SELECT dispute_id, count(DISTINCT sentence_id) FROM dispute_members GROUP BY dispute_id"
    ).fetchall())
    for dispute in disputes:
        by_role = counts.get(dispute["id"], {})
        dispute["roles"] = {role: by_role.get(role, 0) for role in ROLES}
        dispute["sentences"] = sizes.get(dispute["id"], 0)
        dispute["documents"] = spans.get(dispute["id"], 0)
    return disputes


def sentence_label(db: Database, sentence_id: str, reviewer: str | None = None) -> dict:
    """The label and source to show for a sentence: gold, else this reviewer's, else the
    latest annotation by anyone. Keys: label, source, by (who decided it)."""
    if "gold" in db.table_names():
        row = db.execute("SELECT label, source, adjudicator FROM gold WHERE sentence_id = ?",
                         [sentence_id]).fetchone()
        if row:
            return {"label": row[0], "source": row[1], "by": f"gold ({row[2]})"}
    row = None
    if reviewer:
        row = db.execute(
            "SELECT label, source, reviewer FROM annotations WHERE sentence_id = ? "
            "AND reviewer = ?", [sentence_id, reviewer]).fetchone()
    if row is None:
        row = db.execute(
            "SELECT label, source, reviewer FROM annotations WHERE sentence_id = ? "
            "ORDER BY updated_at DESC LIMIT 1", [sentence_id]).fetchone()
    if row:
        return {"label": row[0], "source": row[1], "by": row[2]}
    return {"label": None, "source": None, "by": None}


MEMBER_SQL = """
SELECT m.sentence_id, m.reviewer, m.role, m.created_at, m.updated_at,
       s.text, s.doc_id, s.position, s.seq,
       d.title AS doc_title, d.outlet, d.published, d.dateline
FROM dispute_members m
JOIN sentences s ON s.id = m.sentence_id
JOIN documents d ON d.id = s.doc_id
WHERE m.dispute_id = ?
ORDER BY d.published IS NULL, d.published, d.ordinal, s.position, m.reviewer
"""


def members(db: Database, dispute_id: str) -> list[dict[str, Any]]:
    """One row per (sentence, role), with the reviewers who linked it so, its text,
    document, and label/source, in document date order."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _rows(db, MEMBER_SQL, [dispute_id]):
        key = (row["sentence_id"], row["role"])
        if key in merged:
            merged[key]["reviewers"].append(row["reviewer"])
            continue
        reviewer = row.pop("reviewer")
        row["reviewers"] = [reviewer]
        row.update({k: v for k, v in sentence_label(db, row["sentence_id"], reviewer).items()
                    if k in ("label", "source")})
        merged[key] = row
    return list(merged.values())


def show(db: Database, dispute_id: str) -> dict[str, Any]:
    """A dispute with its members grouped by role (alleges, denies, supports, context)."""
    dispute = _require_dispute(db, dispute_id)
    rows = members(db, dispute_id)
    dispute["members"] = {role: [m for m in rows if m["role"] == role] for role in ROLES}
    dispute["documents"] = len({m["doc_id"] for m in rows})
    dispute["sentences"] = len({m["sentence_id"] for m in rows})
    return dispute


def disputes_of(db: Database, sentence_id: str,
                reviewer: str | None = None) -> list[dict[str, Any]]:
    """The disputes a sentence is in: id, title, role, reviewers (all, or one reviewer's)."""
    sql = ("SELECT d.id, d.title, m.role, group_concat(m.reviewer, ',') AS reviewers "
           "FROM dispute_members m JOIN disputes d ON d.id = m.dispute_id "
           "WHERE m.sentence_id = ?")
    params: list = [sentence_id]
    if reviewer:
        sql += " AND m.reviewer = ?"
        params.append(reviewer)
    sql += " GROUP BY d.id, m.role ORDER BY d.created_at, d.id, m.role"
    out = _rows(db, sql, params)
    for row in out:
        row["reviewers"] = sorted(row["reviewers"].split(","))
    return out


def last_change_at(db: Database, reviewer: str) -> str | None:
    """When this reviewer's newest undoable dispute change was made (the UI compares it with
    the newest annotation change to decide which one `u` undoes)."""
    row = db.execute(
        "SELECT max(h.at) FROM dispute_history h WHERE h.reviewer = ? "
        "AND h.action NOT IN ('undo', 'merged', 'merge-in', 'merge-out') "
        "AND EXISTS (SELECT 1 FROM disputes d WHERE d.id = h.dispute_id) "
        "AND NOT EXISTS (SELECT 1 FROM dispute_history u WHERE u.action = 'undo' "
        "AND u.undoes = h.change_id)", [reviewer]).fetchone()
    return row[0] if row else None


def undo_last(db: Database, reviewer: str) -> dict[str, Any] | None:
    """Revert this reviewer's most recent dispute change not yet undone (changes in disputes
    that no longer exist, folded into another or their creation undone, are passed over).

    Returns ``{"action", "dispute_id", "sentence_id", "role", "title"}`` describing what was
    undone and what is now in force, or None when there is nothing to undo. The undo is
    itself a history row, so nothing is lost. A fold (merge_disputes) is undone whole, by the
    reviewer who made it: the dropped dispute comes back with its links; its parts are never
    undone one by one, not even by the reviewers whose links it moved.
    """
    with write(db):
        rows = _rows(
            db,
            """
            SELECT * FROM dispute_history h
            WHERE h.reviewer = ? AND h.action NOT IN ('undo', 'merged', 'merge-in', 'merge-out')
              AND EXISTS (SELECT 1 FROM disputes d WHERE d.id = h.dispute_id)
              AND NOT EXISTS (SELECT 1 FROM dispute_history u
                              WHERE u.action = 'undo' AND u.undoes = h.change_id)
            ORDER BY h.at DESC, h.rowid DESC LIMIT 1
            """,
            [reviewer],
        )
        if not rows:
            return None
        change = rows[0]
        dispute_id, sentence_id = change["dispute_id"], change["sentence_id"]
        action = change["action"]
        at = now()
        restored_role = None
        restored_title = None
        current_role = None
        current_title = None
        if action == "merge":
            for part in _undo_merge(db, change, at):
                _history(db, dispute_id=part["dispute_id"], sentence_id=part["sentence_id"],
                         reviewer=part["reviewer"], action="undo", at=at, role=part["prev_role"],
                         prev_role=part["role"], undoes=part["change_id"])
            restored_title = change["prev_title"]
            current_title = change["title"]
        elif action == "create":
            others = db.execute(
                "SELECT count(*) FROM dispute_members WHERE dispute_id = ?", [dispute_id]
            ).fetchone()[0]
            if others:
                raise DisputeError(
                    "cannot undo creating this dispute: other reviewers have linked sentences "
                    "to it since")
            current_title = change["title"]
            db.execute("DELETE FROM disputes WHERE id = ?", [dispute_id])
        elif action == "retitle":
            current_title = change["title"]
            restored_title = change["prev_title"]
            db.execute("UPDATE disputes SET title = ?, updated_at = ? WHERE id = ?",
                       [restored_title, at, dispute_id])
        else:
            folded = db.execute(
                "SELECT 1 FROM dispute_history h WHERE h.dispute_id = ? AND h.sentence_id = ? "
                "AND h.reviewer = ? AND h.action = 'merge-in' AND h.at > ? AND NOT EXISTS "
                "(SELECT 1 FROM dispute_history u WHERE u.action = 'undo' "
                "AND u.undoes = h.change_id)",
                [dispute_id, sentence_id, reviewer, change["at"]]).fetchone()
            if folded:
                raise DisputeError(
                    "cannot undo this link: merging a duplicate dispute into it changed it "
                    "since (`annotator disputes undo` by whoever merged them comes first)")
            prev = _member(db, dispute_id, sentence_id, reviewer)
            current_role = prev["role"] if prev else None
            restored_role = change["prev_role"]
            if restored_role is None:  # undoing a new link
                db.execute(
                    "DELETE FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
                    "AND reviewer = ?", [dispute_id, sentence_id, reviewer])
            else:  # undoing a role change or an unlink
                db["dispute_members"].upsert(
                    {"dispute_id": dispute_id, "sentence_id": sentence_id,
                     "reviewer": reviewer, "role": restored_role,
                     "created_at": prev["created_at"] if prev else at, "updated_at": at},
                    pk=("dispute_id", "sentence_id", "reviewer"))
            db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, dispute_id])
        _history(db, dispute_id=dispute_id, sentence_id=sentence_id, reviewer=reviewer,
                 action="undo", at=at, role=restored_role, prev_role=current_role,
                 title=restored_title, prev_title=current_title, undoes=change["change_id"])
    return {"action": action, "dispute_id": dispute_id, "sentence_id": sentence_id,
            "role": restored_role, "title": restored_title}


def history(db: Database, dispute_id: str) -> list[dict[str, Any]]:
    return _rows(db, "SELECT * FROM dispute_history WHERE dispute_id = ? ORDER BY at, rowid",
                 [dispute_id])
