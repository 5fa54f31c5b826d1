"""Disputes as JSONL: one object per dispute with its members, their texts, labels, sources
and documents (``annotator export --disputes``), and the reader that takes them back.

The object (one line each)::

    {"id": "3f1c...", "title": "Korea Utara memasok senjata ke Rusia",
     "created_by": "ana", "created_at": "...", "updated_at": "...",
     "members": [{"sentence_id": "5e25a401...", "role": "alleges", "reviewers": ["ana"],
                  "text": "Pejabat AS menuduh ...", "label": "accusation",
                  "source": "Pejabat AS",
                  "document": {"id": "...", "title": "...", "outlet": "...",
                               "published": "...", "dateline": "..."}}]}

Lines are streamed one dispute at a time, so memory stays flat however many there are.
Importing is additive and idempotent: links already present are left alone, links missing
are made (with history rows), nothing local is removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from annotator.base.clock import BadTime, parse_stamp
from annotator.base.errors import AnnotatorError, InputError
from annotator.db.connection import snapshot, write
from annotator.domain import disputes as model

MAX_ID = 64


def iter_disputes(db: Database, *, reviewer: str | None = None) -> Iterator[dict[str, Any]]:
    """Each dispute as its export object; with ``reviewer``, only that reviewer's links (and
    only disputes where they have some)."""
    cursor = db.conn.execute(
        "SELECT id, title, created_by, created_at, updated_at FROM disputes "
        "ORDER BY created_at, id")
    for did, title, created_by, created_at, updated_at in cursor:
        sql = ("SELECT m.sentence_id, m.role, m.reviewer, s.text, d.id, d.title, d.outlet, "
               "d.published, d.dateline FROM dispute_members m "
               "JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = s.doc_id "
               "WHERE m.dispute_id = ?")
        params: list = [did]
        if reviewer:
            sql += " AND m.reviewer = ?"
            params.append(reviewer)
        sql += (" ORDER BY d.published IS NULL, d.published, d.ordinal, s.position, m.role, "
                "m.reviewer")
        members: dict[tuple[str, str], dict[str, Any]] = {}
        for sid, role, who, text, doc_id, doc_title, outlet, published, dateline in \
                db.conn.execute(sql, params):  # a fresh cursor; the outer one streams
            key = (sid, role)
            if key in members:
                members[key]["reviewers"].append(who)
                continue
            label = model.sentence_label(db, sid, who)
            members[key] = {
                "sentence_id": sid, "role": role, "reviewers": [who], "text": text,
                "label": label["label"], "source": label["source"],
                "document": {"id": doc_id, "title": doc_title, "outlet": outlet,
                             "published": published, "dateline": dateline},
            }
        if reviewer and not members:
            continue
        yield {"id": did, "title": title, "created_by": created_by, "created_at": created_at,
               "updated_at": updated_at, "members": list(members.values())}


def export_disputes(db: Database, output: str | Path | IO[str], *,
                    reviewer: str | None = None, on_row: Callable | None = None,
                    exclusive: bool = False) -> int:
    """Write the dispute objects to a path (atomically, like the sentence export) or an open
    text stream; returns how many were written."""
    from annotator.exchange.jsonl import atomic_output, dumps

    def lines() -> Iterator[str]:
        for obj in iter_disputes(db, reviewer=reviewer):
            if on_row:
                on_row()
            yield dumps(obj)

    with snapshot(db):
        if hasattr(output, "write"):
            return _write(lines(), output)  # type: ignore[arg-type]
        with atomic_output(output, exclusive=exclusive) as handle:
            return _write(lines(), handle)


def _write(lines: Iterator[str], out: IO[str]) -> int:
    count = 0
    for line in lines:
        out.write(line + "\n")
        count += 1
    return count


def count_disputes(db: Database) -> int:
    return db.execute("SELECT count(*) FROM disputes").fetchone()[0]


def is_dispute_object(obj: dict[str, Any]) -> bool:
    """A line of the dispute export (it has "members"), as opposed to a sentence record."""
    return isinstance(obj, dict) and "members" in obj


def _text(obj: dict, key: str, err: Callable[[str], InputError], *,
          required: bool = True) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise err(f'missing "{key}"')
        return None
    if not isinstance(value, str):
        raise err(f'"{key}" must be a string, not {type(value).__name__}')
    if required and not value.strip():
        raise err(f'"{key}" is empty')
    return value


def import_dispute(db: Database, obj: dict[str, Any], path: str | Path = "<input>",
                   line: int | None = None) -> int:
    """Apply one dispute object (a line of ``annotator export --disputes``).

    For ``annotator import``: call it for every line that ``is_dispute_object``, inside the
    import's transaction, so a bad line anywhere rolls the whole file back. Creates the
    dispute (keeping its id, creator and creation time) if this database lacks it, takes the
    imported title if it is newer than the local one, and makes every member link that is
    missing or has another role here (each with a history row). Raises InputError naming
    ``path`` and ``line``; returns how many links it wrote.
    """

    def err(message: str) -> InputError:
        return InputError(path, message, line)

    if not isinstance(obj, dict):
        raise err("a dispute must be a JSON object")
    did = _text(obj, "id", err).strip()
    if len(did) > MAX_ID or not did.isprintable():
        raise err(f"dispute id {did[:20]!r}... is not a valid id")
    title = _text(obj, "title", err)
    created_by = _text(obj, "created_by", err, required=False) or "import"
    try:  # time from outside: ISO 8601 with a zone, not in the future
        created_at, updated_at = (
            parse_stamp(obj[key], field=key) if obj.get(key) is not None else None
            for key in ("created_at", "updated_at"))
    except BadTime as exc:
        raise err(str(exc)) from exc
    members = obj.get("members")
    if not isinstance(members, list):
        raise err('"members" must be a list')
    checked = []
    for n, member in enumerate(members, start=1):
        def merr(message: str, n: int = n) -> InputError:
            return err(f"member {n}: {message}")

        if not isinstance(member, dict):
            raise merr("must be an object")
        sid = _text(member, "sentence_id", merr)
        role = _text(member, "role", merr)
        if role not in model.ROLES:
            raise merr(f"unknown role {role!r} (roles: {', '.join(model.ROLES)})")
        reviewers = member.get("reviewers")
        if not isinstance(reviewers, list) or not reviewers or not all(
                isinstance(r, str) and r.strip() for r in reviewers):
            raise merr('"reviewers" must be a non-empty list of names')
        row = db.execute("SELECT text FROM sentences WHERE id = ?", [sid]).fetchone()
        if row is None:
            raise merr(f"unknown sentence {sid!r} (ingest its document first)")
        text = member.get("text")
        if isinstance(text, str) and text != row[0]:
            raise merr(f"text differs from sentence {sid} in this database")
        checked.append((sid, role, [r.strip() for r in reviewers]))

    written = 0
    try:
        with write(db):
            local = model.get_dispute(db, did)
            if local is None:
                model.create_dispute(db, title, created_by, dispute_id=did,
                                     created_at=created_at)
            elif local["title"] != model.check_title(title) and (
                    updated_at or "") > (local["updated_at"] or ""):
                model.retitle(db, did, title, created_by)
            for sid, role, reviewers in checked:
                for reviewer in reviewers:
                    current = db.execute(
                        "SELECT role FROM dispute_members WHERE dispute_id = ? AND "
                        "sentence_id = ? AND reviewer = ?", [did, sid, reviewer]).fetchone()
                    if current and current[0] == role:
                        continue
                    model.link(db, did, sid, reviewer, role)
                    written += 1
    except InputError:
        raise
    except AnnotatorError as exc:
        raise err(str(exc)) from exc
    return written


def import_disputes(db: Database, path: str | Path) -> dict[str, int]:
    """Read a file of dispute objects (only) back in; all or nothing. Returns counts."""
    from annotator.exchange.jsonl import read_jsonl

    counts = {"disputes": 0, "links": 0}
    with write(db):
        for number, obj in read_jsonl(path):
            if not is_dispute_object(obj):
                raise InputError(path, 'not a dispute object (no "members")', number)
            counts["links"] += import_dispute(db, obj, path, number)
            counts["disputes"] += 1
    return counts
