"""What reviewers have already said about candidate sentences: their labels and sources,
the disputes they are linked into, and the documents they come from. Suggestions sharpen
as this accumulates."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from annotator.domain.assignments import has_assignment


def labels(db: Database, ids: list[str], reviewer: str | None) -> dict[str, dict]:
    """Label and source per sentence: gold, else this reviewer's, else the latest anyone's
    (never anyone else's for a reviewer with an assignment: team members label blind)."""
    out: dict[str, dict] = {}
    blind = reviewer is not None and has_assignment(db, reviewer)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for sid, label, source, who, _at in db.execute(
            f"SELECT sentence_id, label, source, reviewer, updated_at FROM annotations "
            f"WHERE sentence_id IN ({marks}) ORDER BY updated_at", chunk
        ):
            if (sid in out and out[sid]["by"] == reviewer) or (blind and who != reviewer):
                continue
            out[sid] = {"label": label, "source": source, "by": who}
        if "gold" in db.table_names():
            for sid, label, source in db.execute(
                f"SELECT sentence_id, label, source FROM gold WHERE sentence_id IN ({marks})",
                chunk,
            ):
                out[sid] = {"label": label, "source": source, "by": "gold"}
    return out


def memberships(db: Database, ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """The disputes each sentence is in, with its role there (anyone's links)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for did, sid, role in db.execute(
            "SELECT DISTINCT dispute_id, sentence_id, role FROM dispute_members "
            f"WHERE sentence_id IN ({','.join('?' * len(chunk))})", chunk
        ):
            out[sid].append((did, role))
    return out


def dispute_member_ids(db: Database, dispute_id: str, limit: int = 200) -> list[str]:
    """Sentences linked into a dispute (by anyone), at most ``limit``."""
    return [sid for (sid,) in db.execute(
        "SELECT DISTINCT sentence_id FROM dispute_members WHERE dispute_id = ? LIMIT ?",
        [dispute_id, limit])]


def dispute_title(db: Database, dispute_id: str) -> str | None:
    row = db.execute("SELECT title FROM disputes WHERE id = ?", [dispute_id]).fetchone()
    return row[0] if row else None


def joined_disputes(db: Database, sentence_id: str, reviewer: str | None) -> set[str]:
    """The disputes a sentence is already in: this reviewer's links, or anyone's when no
    reviewer is given (they are not suggested again)."""
    found = {d for d, _ in memberships(db, [sentence_id]).get(sentence_id, [])}
    if not reviewer:
        return found
    return {d for d in found if db.execute(
        "SELECT 1 FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
        "AND reviewer = ?", [d, sentence_id, reviewer]).fetchone()}


def document_details(db: Database, doc_ids: set[str]) -> dict[str, tuple]:
    """(title, outlet, published) of each document."""
    if not doc_ids:
        return {}
    marks = ",".join("?" * len(doc_ids))
    return {r[0]: r[1:] for r in db.execute(
        f"SELECT id, title, outlet, published FROM documents WHERE id IN ({marks})",
        list(doc_ids))}
