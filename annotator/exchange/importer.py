"""Reading JSONL in the export shape back in: annotations, gold labels and dispute links.

All or nothing: the whole file is applied inside one transaction, and the first bad line
(malformed JSON, an unknown label, a sentence this database does not have) stops it with
the file and line named, leaving the database exactly as it was. Applying the same file
twice changes nothing; an annotation already here that is newer than the imported one is
kept (the import never overwrites newer work).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.base.clock import BadTime, now, parse_stamp
from annotator.base.errors import AnnotatorError, InputError
from annotator.db.connection import write
from annotator.db.history import ANNOTATION_HISTORY, GOLD_HISTORY
from annotator.domain.annotations import FIELDS, PROPOSERS, get_annotation
from annotator.domain.scheme import Scheme, load_scheme
from annotator.exchange.jsonl import read_jsonl


@dataclass
class ImportReport:
    lines: int = 0
    annotations_added: int = 0
    annotations_updated: int = 0
    annotations_unchanged: int = 0
    gold_written: int = 0
    links_written: int = 0
    disputes: int = 0
    assignments_added: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class _Line:
    """Validation helpers that name the file and line."""

    def __init__(self, path: str, number: int):
        self.path, self.number = path, number

    def error(self, message: str) -> InputError:
        return InputError(self.path, message, self.number)

    def text(self, obj: dict, key: str, *, required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None:
            if required:
                raise self.error(f'missing "{key}"')
            return None
        if not isinstance(value, str):
            raise self.error(f'"{key}" must be a string, not {type(value).__name__}')
        return value

    def stamp(self, obj: dict, key: str) -> str | None:
        """A timestamp from the file, validated (ISO 8601 with a zone, not in the future)
        and put in the tool's form; None when absent."""
        if obj.get(key) is None:
            return None
        try:
            return parse_stamp(obj[key], field=key)
        except BadTime as exc:
            raise self.error(str(exc)) from exc


def _values(row: dict) -> tuple:
    """A total order on an annotation's values, to settle two versions stamped alike the
    same way whatever order they come in (so an import is idempotent)."""
    return tuple((v is not None, v or "") for v in (row.get(f) for f in FIELDS))


def _registered(db: Database, name: str | None) -> str | None:
    """A source name, added to the registry when it knows it by no name or alias (as a
    merge does), so the source picker offers every name the data uses. The annotation
    keeps the name exactly as the file gives it: an import changes no value."""
    from annotator.domain import sources as registry

    spelled = " ".join((name or "").split())
    if spelled and registry.find(db, name) is None and not db.execute(
            "SELECT 1 FROM sources WHERE name = ?", [spelled]).fetchone():
        registry.add_source(db, spelled, "other", typed=False)
    return name


def _speakers(db: Database, obj: dict, source: str | None, line: _Line, where: str
              ) -> tuple[str | None, str | None]:
    """(source, sources column) of an annotation or gold object: ``sources`` must be a list
    of names whose first is ``source``; every name is registered (see _registered)."""
    names = obj.get("sources")
    if names is not None and (not isinstance(names, list) or not all(
            isinstance(n, str) and n.strip() for n in names)):
        raise line.error(f'{where}"sources" must be a list of source names')
    if names and source is not None and names[0] != source:
        raise line.error(f'{where}"source" {source!r} must be the first of "sources"')
    source = _registered(db, source)
    names = [_registered(db, n) for n in names] if names else names
    sources = json.dumps(names, ensure_ascii=False) if names and len(names) > 1 else None
    return source, sources


def _import_annotation(db: Database, sentence_id: str, ann: dict, line: _Line,
                       scheme: Scheme, report: ImportReport) -> None:
    if not isinstance(ann, dict):
        raise line.error("each annotation must be an object")
    reviewer = line.text(ann, "reviewer", required=True).strip()
    if not reviewer:
        raise line.error("an annotation's reviewer cannot be empty")
    label = line.text(ann, "label", required=True)
    if label not in scheme.names:
        raise line.error(f"unknown label {label!r} (known: {', '.join(scheme.names)})")
    confidence = line.text(ann, "confidence")
    if confidence is not None and confidence not in scheme.confidence_scale:
        raise line.error(
            f"unknown confidence {confidence!r} (scale: {', '.join(scheme.confidence_scale)})"
        )
    source = line.text(ann, "source")
    note = line.text(ann, "note")
    updated_at = line.stamp(ann, "updated_at")
    source, sources = _speakers(db, ann, source, line, "")
    accepted = line.text(ann, "accepted_proposal")
    if accepted is not None and accepted not in PROPOSERS:
        raise line.error(f"unknown accepted_proposal {accepted!r} "
                         f"(known: {', '.join(PROPOSERS)} or null)")
    new = {"label": label, "source": source, "confidence": confidence, "note": note,
           "sources": sources}
    seconds = ann.get("seconds")
    if seconds is not None and (isinstance(seconds, bool) or not isinstance(
            seconds, (int, float)) or seconds < 0):
        raise line.error('"seconds" must be a number of seconds, 0 or more')
    extra = {"seconds": seconds, "guideline_version": line.text(ann, "guideline_version"),
             "applied_from": line.text(ann, "applied_from")}
    current = get_annotation(db, sentence_id, reviewer)
    if current is not None:
        if updated_at is None:
            # an undated annotation is older than any here: never stamped anew on a
            # second import, never overwriting work
            report.annotations_unchanged += 1
            return
        if all(current[f] == new[f] for f in FIELDS) and current["updated_at"] == updated_at \
                and current.get("accepted_proposal") == accepted:
            report.annotations_unchanged += 1
            return
        if current["updated_at"] > updated_at or (
                current["updated_at"] == updated_at and _values(current) >= _values(new)):
            report.annotations_unchanged += 1  # newer work here is kept
            return
    updated_at = updated_at or now()
    row = {
        "sentence_id": sentence_id,
        "reviewer": reviewer,
        **new,
        "accepted_proposal": accepted,
        "created_at": current["created_at"] if current else updated_at,
        "updated_at": updated_at,
        **extra,
    }
    db["annotations"].upsert(row, pk=("sentence_id", "reviewer"))
    ANNOTATION_HISTORY.record(db, action="import", actor=reviewer, sentence_id=sentence_id,
                              **ANNOTATION_HISTORY.changes(new, current))
    if current is None:
        report.annotations_added += 1
    else:
        report.annotations_updated += 1


def _import_gold(db: Database, sentence_id: str, gold: dict, line: _Line,
                 scheme: Scheme, report: ImportReport) -> None:
    if not isinstance(gold, dict):
        raise line.error('"gold" must be an object or null')
    label = line.text(gold, "label", required=True)
    if label not in scheme.names:
        raise line.error(f"unknown gold label {label!r}")
    confidence = line.text(gold, "confidence")
    if confidence is not None and confidence not in scheme.confidence_scale:
        raise line.error(f"unknown gold confidence {confidence!r}")
    from annotator.domain.adjudication import check_links, check_reason

    decided = gold.get("disputes")
    if decided is not None and not isinstance(decided, list):
        raise line.error('"gold"."disputes" must be a list of {"id", "role"} or null')
    try:
        links = None if decided is None else check_links(db, decided)
        reason = check_reason(line.text(gold, "reason"))
    except AnnotatorError as exc:
        raise line.error(f"gold: {exc}") from exc
    source, sources = _speakers(db, gold, line.text(gold, "source"), line, "gold: ")
    row = {
        "sentence_id": sentence_id,
        "label": label,
        "source": source,
        "sources": sources,
        "confidence": confidence,
        "adjudicator": line.text(gold, "adjudicator") or "import",
        "rationale": line.text(gold, "rationale"),
        "decided_at": line.stamp(gold, "decided_at"),
        "disputes": links,
        "reason": reason,
    }
    row_current = db.execute(
        "SELECT label, source, confidence, adjudicator, rationale, decided_at, disputes, "
        "reason, sources FROM gold WHERE sentence_id = ?", [sentence_id]
    ).fetchone()
    keys = ("label", "source", "confidence", "adjudicator", "rationale", "decided_at",
            "disputes", "reason", "sources")
    current = dict(zip(keys, row_current, strict=True)) if row_current else None
    if current is not None:
        if row["decided_at"] is None:
            return  # undated: older than the decision here
        if current == {k: row[k] for k in keys} or current["decided_at"] > row["decided_at"]:
            return
        if current["decided_at"] == row["decided_at"] and (
                [(current[k] is not None, current[k] or "") for k in keys]
                >= [(row[k] is not None, row[k] or "") for k in keys]):
            return  # stamped alike: the same one wins whatever the order
    row["decided_at"] = row["decided_at"] or now()
    db["gold"].upsert(row, pk="sentence_id")
    GOLD_HISTORY.record(db, action="import", actor=row["adjudicator"], sentence_id=sentence_id,
                        **GOLD_HISTORY.changes(row, current))
    report.gold_written += 1


DisputeHandler = Callable[[Database, dict[str, Any], _Line, ImportReport], None]


def import_file(db: Database, path: str | Path, *, scheme: Scheme | None = None) -> ImportReport:
    """Apply a JSONL file of export records; all or nothing."""
    scheme = scheme or load_scheme()
    report = ImportReport()
    path_str = str(path)
    with write(db):
        for number, obj in read_jsonl(path):
            line = _Line(path_str, number)
            report.lines += 1
            if "members" in obj:
                _import_dispute_object(db, obj, line, report)
                continue
            sentence_id = line.text(obj, "id", required=True)
            if not db.execute("SELECT 1 FROM sentences WHERE id = ?", [sentence_id]).fetchone():
                raise line.error(f"unknown sentence {sentence_id!r} (ingest its document first)")
            annotations = obj.get("annotations") or []
            if not isinstance(annotations, list):
                raise line.error('"annotations" must be a list')
            for ann in annotations:
                _import_annotation(db, sentence_id, ann, line, scheme, report)
            links = obj.get("disputes") or []
            if not isinstance(links, list):
                raise line.error('"disputes" must be a list')
            for link in links:
                _import_link(db, sentence_id, link, line, report)
            if obj.get("gold") is not None:  # after the links: it may name their disputes
                _import_gold(db, sentence_id, obj["gold"], line, scheme, report)
            _import_assigned(db, sentence_id, obj, line, report)
    return report


def _import_assigned(db: Database, sentence_id: str, obj: dict, line: _Line,
                     report: ImportReport) -> None:
    """A record's ``assigned`` reviewers become assignments here (ones held are kept)."""
    from annotator.domain.assignments import import_assigned

    names = obj.get("assigned") or []
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise line.error('"assigned" must be a list of reviewer names')
    if names:
        doc_id = db.execute("SELECT doc_id FROM sentences WHERE id = ?",
                            [sentence_id]).fetchone()[0]
        report.assignments_added += import_assigned(db, sentence_id, doc_id,
                                                    [n.strip() for n in names])


def _import_link(db: Database, sentence_id: str, link: Any, line: _Line,
                 report: ImportReport) -> None:
    """A sentence record's dispute entry: {"id", "title", "role", "reviewers": [...]}."""
    from annotator.domain import disputes

    if not isinstance(link, dict):
        raise line.error("each dispute entry must be an object")
    dispute_id = line.text(link, "id", required=True)
    title = line.text(link, "title") or ""
    role = line.text(link, "role", required=True)
    if role not in disputes.ROLES:
        raise line.error(f"unknown dispute role {role!r} (known: {', '.join(disputes.ROLES)})")
    reviewers = link.get("reviewers") or []
    if not isinstance(reviewers, list) or not all(isinstance(r, str) for r in reviewers):
        raise line.error('"reviewers" of a dispute entry must be a list of names')
    for reviewer in reviewers:
        if not reviewer.strip():
            raise line.error("a dispute entry names an empty reviewer")
        current = db.execute(
            "SELECT role FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
            "AND reviewer = ?", [dispute_id, sentence_id, reviewer]).fetchone()
        if current is not None and current[0] == role:
            continue
        try:
            if disputes.get_dispute(db, dispute_id) is None:
                disputes.create_dispute(db, title or dispute_id, reviewer, dispute_id=dispute_id)
            disputes.link(db, dispute_id, sentence_id, reviewer, role)
        except AnnotatorError as exc:
            raise line.error(str(exc)) from exc
        report.links_written += 1


def _import_dispute_object(db: Database, obj: dict, line: _Line, report: ImportReport) -> None:
    """A line of ``annotator export --disputes``: handled by the disputes module."""
    from annotator.exchange import disputes as export_disputes

    export_disputes.import_dispute(db, obj, line.path, line.number)
    report.disputes += 1
