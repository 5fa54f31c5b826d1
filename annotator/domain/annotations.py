"""The label scheme and the annotations reviewers make with it.

Every change to an annotation is written together with a history row in one
transaction: the history is append-only, keeps the previous values, and is what
undo and audits read.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from annotator.base.clock import now
from annotator.base.errors import AnnotatorError
from annotator.db.connection import write
from annotator.db.history import ANNOTATION_HISTORY
from annotator.domain.scheme import Scheme, load_scheme

if TYPE_CHECKING:
    from sqlite_utils import Database

FIELDS = ANNOTATION_HISTORY.values  # label, source, confidence, note, sources
# Seconds from a sentence shown to its label saved count at most this much: an analyst who
# left the screen open over lunch did not spend an hour on one sentence.
MAX_SECONDS = 120.0


def speakers(annotation: dict[str, Any] | None) -> list[str]:
    """Every source an annotation names: its ``sources`` (a joint statement), else its
    ``source``, else none."""
    if not annotation:
        return []
    if annotation.get("sources"):
        return list(json.loads(annotation["sources"]))
    return [annotation["source"]] if annotation.get("source") else []


def _sources_json(source: str | None, sources: Any) -> tuple[str | None, str | None]:
    """(source, sources column) from what a caller gave: a list of several speakers makes
    the first one ``source`` and keeps them all; one or none keeps ``source`` alone."""
    if isinstance(sources, str):
        sources = json.loads(sources)
    names = list(dict.fromkeys(n.strip() for n in (sources or []) if n and n.strip()))
    if len(names) > 1:
        return names[0], json.dumps(names, ensure_ascii=False)
    if names:
        return names[0], None
    return source, None
# who proposed an annotation accepted as it was: the rules' cues, the team's classifier, or
# the label model shipped with the package (learned from reviewed articles)
PROPOSERS = ("cues", "classifier", "learned")


def get_annotation(db: Database, sentence_id: str, reviewer: str) -> dict[str, Any] | None:
    cursor = db.execute(
        "SELECT * FROM annotations WHERE sentence_id = ? AND reviewer = ?",
        [sentence_id, reviewer],
    )
    row = cursor.fetchone()
    if row is None:
        return None
    cols = [d[0] for d in cursor.description]
    return dict(zip(cols, row, strict=True))


# The sentence (one row when it exists) and the reviewer's annotation of it, if any: what a
# save reads before it writes, in one statement (an annotation's sentence exists: the
# foreign key), where it took two.
_SENTENCE_AND_ANNOTATION = (
    "SELECT a.* FROM sentences s LEFT JOIN annotations a "
    "ON a.sentence_id = s.id AND a.reviewer = ? WHERE s.id = ?")


def _sentence_and_annotation(db: Database, sentence_id: str, reviewer: str
                             ) -> tuple[bool, dict[str, Any] | None]:
    """(whether the sentence exists, the reviewer's annotation of it or None)."""
    cursor = db.execute(_SENTENCE_AND_ANNOTATION, [reviewer, sentence_id])
    row = cursor.fetchone()
    if row is None:
        return False, None
    cols = [d[0] for d in cursor.description]
    found = dict(zip(cols, row, strict=True))
    return True, found if found["sentence_id"] is not None else None


def set_annotation(
    db: Database,
    sentence_id: str,
    reviewer: str,
    *,
    label: str,
    source: str | None = None,
    confidence: str | None = None,
    note: str | None = None,
    sources: list[str] | str | None = None,
    scheme: Scheme | None = None,
    proposal: str | None = None,
    seconds: float | None = None,
    guideline_version: str | None = None,
    applied_from: str | None = None,
) -> dict[str, Any]:
    """Save one reviewer's annotation of one sentence, durably, with its history row.

    ``sources``: every speaker of a joint statement (the first becomes ``source``).
    ``proposal`` names the proposer (``cues`` or ``classifier``) when the annotation is the
    proposal shown, accepted as it was; None when the reviewer chose otherwise.
    ``seconds`` (from the sentence shown to this save, capped at :data:`MAX_SECONDS`),
    ``guideline_version`` (the guidelines' content hash) and ``applied_from`` (the sentence
    whose label this one copies, for a near-duplicate group) are recorded when given; a
    later change that does not give them keeps the ones recorded."""
    source, sources_column = _sources_json(source, sources)
    scheme = scheme or load_scheme()
    if proposal is not None and proposal not in PROPOSERS:
        raise AnnotatorError(f"unknown proposer {proposal!r} (known: {', '.join(PROPOSERS)})")
    scheme.check_label(label)
    confidence = scheme.check_confidence(confidence or scheme.default_confidence)
    with write(db):
        known, prev = _sentence_and_annotation(db, sentence_id, reviewer)
        if not known:
            raise AnnotatorError(f"unknown sentence {sentence_id}")
        at = now()
        new = {
            "sentence_id": sentence_id,
            "reviewer": reviewer,
            "label": label,
            "source": source or None,
            "confidence": confidence,
            "note": note or None,
            "sources": sources_column,
            "accepted_proposal": proposal,
            "created_at": prev["created_at"] if prev else at,
            "updated_at": at,
        }
        if seconds is not None:
            new["seconds"] = round(min(max(float(seconds), 0.0), MAX_SECONDS), 3)
        if guideline_version is not None:
            new["guideline_version"] = guideline_version
        if applied_from is not None:
            new["applied_from"] = applied_from
        _upsert(db, new)
        _record(db, "set", reviewer, sentence_id, new, prev, at)
    return new


def update_annotation(db: Database, sentence_id: str, reviewer: str, **changes: Any) -> dict:
    """Change some fields of an existing annotation (source, confidence, note)."""
    prev = get_annotation(db, sentence_id, reviewer)
    if prev is None:
        raise AnnotatorError(f"sentence {sentence_id} has no annotation by {reviewer} yet")
    values = {field: prev[field] for field in FIELDS}
    if "source" in changes and "sources" not in changes:
        values["sources"] = None  # one source picked: no longer a joint statement
    values.update(changes)
    # a note leaves the annotation as proposed; any other change makes it the reviewer's own
    kept = prev.get("accepted_proposal") if set(changes) <= {"note"} else None
    return set_annotation(db, sentence_id, reviewer, **values, proposal=kept)


def clear_annotation(db: Database, sentence_id: str, reviewer: str) -> None:
    """Remove a reviewer's annotation; the history keeps what it was."""
    with write(db):
        prev = get_annotation(db, sentence_id, reviewer)
        if prev is None:
            return
        db.execute(
            "DELETE FROM annotations WHERE sentence_id = ? AND reviewer = ?",
            [sentence_id, reviewer],
        )
        _record(db, "clear", reviewer, sentence_id, None, prev, now())


def _upsert(db: Database, row: dict[str, Any]) -> None:
    """Insert or update one annotation, leaving columns not in ``row`` as they are: one
    statement (sqlite-utils' upsert reads the schema first, on every keystroke)."""
    names = tuple(row)
    sql = _UPSERTS.get(names)
    if sql is None:
        changed = ", ".join(f"{n} = excluded.{n}" for n in names
                            if n not in ("sentence_id", "reviewer"))
        sql = _UPSERTS[names] = (f"INSERT INTO annotations ({', '.join(names)}) "
                                 f"VALUES ({', '.join('?' * len(names))}) "
                                 f"ON CONFLICT (sentence_id, reviewer) DO UPDATE SET {changed}")
    db.execute(sql, list(row.values()))


_UPSERTS: dict[tuple[str, ...], str] = {}  # the statement for each set of columns, made once


def _record(db: Database, action: str, reviewer: str, sentence_id: str, new: dict | None,
            prev: dict | None, at: str) -> str:
    return ANNOTATION_HISTORY.record(db, action=action, actor=reviewer, at=at,
                                     sentence_id=sentence_id,
                                     **ANNOTATION_HISTORY.changes(new, prev))


def undo_last(db: Database, reviewer: str) -> dict[str, Any] | None:
    """Revert this reviewer's most recent change not yet undone.

    Returns ``{"sentence_id", "restored", "replaced"}`` (restored is the annotation now in
    force, or None; replaced the one in force before the undo, or None), or None when there
    is nothing left to undo. Undo is itself a history row.
    """
    outcome: dict[str, Any] = {}

    def revert(change: dict[str, Any], at: str) -> dict[str, Any]:
        sentence_id = change["sentence_id"]
        current = get_annotation(db, sentence_id, reviewer)
        if change["prev_label"] is None:
            db.execute(
                "DELETE FROM annotations WHERE sentence_id = ? AND reviewer = ?",
                [sentence_id, reviewer],
            )
            restored = None
        else:
            restored = {
                "sentence_id": sentence_id,
                "reviewer": reviewer,
                **{field: change[f"prev_{field}"] for field in FIELDS},
                # as it was: accepted as proposed, or the reviewer's own (older history
                # rows, from before migration 0011, do not say: the reviewer's own)
                "accepted_proposal": change.get("prev_accepted_proposal"),
                "created_at": current["created_at"] if current else at,
                "updated_at": at,
            }
            _upsert(db, restored)
        outcome.update(sentence_id=sentence_id, restored=restored, replaced=current)
        return {"sentence_id": sentence_id, **ANNOTATION_HISTORY.changes(restored, current)}

    if ANNOTATION_HISTORY.undo(db, reviewer, revert) is None:
        return None
    return outcome


def apply_to_group(db: Database, sentence_id: str, reviewer: str, *,
                   scheme: Scheme | None = None) -> dict[str, int]:
    """Give this reviewer's annotation of a sentence to every other member of its
    near-duplicate group (the same wire story printed in several documents): each gets an
    annotation of its own, recorded as applied from this sentence. Members the reviewer
    has labeled already keep theirs. One transaction; returns {"applied", "kept"}."""
    scheme = scheme or load_scheme()
    with write(db):
        own = get_annotation(db, sentence_id, reviewer)
        if own is None:
            raise AnnotatorError(f"label sentence {sentence_id} first, then apply it")
        row = db.execute("SELECT group_id FROM sentences WHERE id = ?", [sentence_id]).fetchone()
        members = [sid for (sid,) in db.execute(
            "SELECT id FROM sentences WHERE group_id = ? AND id != ? AND excluded IS NULL "
            "ORDER BY doc_id, position", [row[0], sentence_id])] if row and row[0] else []
        counts = {"applied": 0, "kept": 0}
        for member in members:
            if get_annotation(db, member, reviewer) is not None:
                counts["kept"] += 1
                continue
            set_annotation(db, member, reviewer, label=own["label"], source=own["source"],
                           confidence=own["confidence"], note=own["note"],
                           sources=own["sources"], scheme=scheme,
                           guideline_version=own.get("guideline_version"),
                           applied_from=sentence_id)
            counts["applied"] += 1
    return counts
