"""The labeled set as JSONL: one record per sentence, streamed in constant memory.

The record's shape is fixed by DESIGN.md and described by data/export_record.schema.json;
other tools depend on it. Files are written atomically: to a temporary file beside the
target, fsynced, then renamed, so a crash never leaves half an export behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from annotator.base.errors import AnnotatorError
from annotator.base.locations import exports_location
from annotator.base.resources import data_file
from annotator.db.connection import is_postgres, snapshot
from annotator.domain.status import COMPARED, SETTLED, resolve
from annotator.exchange.jsonl import atomic_output, escape_unsafe, json_str, write_lines

SCHEMA_PATH = data_file("export_record.schema.json")

_ANNOTATION = """json_object(
        'reviewer', a.reviewer, 'label', a.label, 'source', a.source,
        'confidence', a.confidence, 'note', a.note, 'updated_at', a.updated_at,
        'accepted_proposal', a.accepted_proposal,
        'sources', json(a.sources), 'guideline_version', a.guideline_version,
        'seconds', a.seconds, 'applied_from', a.applied_from)"""
# A sentence's annotations in reviewer order. On SQLite the lookup by sentence walks the
# primary key (sentence_id, reviewer), the only index that starts with sentence_id, so its
# rows come in reviewer order without the sorted subquery PostgreSQL needs (a third of the
# export's SQL time); tests/test_export_import.py checks the order with reviewers saved
# out of it. The JSON comes after one letter that spares Python parsing and resolving the
# common cases (status.py's rule for label, source and confidence, compared exactly, NULL
# apart): s one annotation, a several that agree in all three, c several that differ in
# one, p anything else (joint speakers), which Python resolves in full. '[]': none.
_SAME = " AND ".join(f"(min(a.{c}) IS max(a.{c}) AND count(a.{c}) IN (0, count(*)))"
                     for c in COMPARED)
_ANNOTATIONS_SQLITE = f"""
    (SELECT CASE WHEN count(*) = 0 THEN '[]' ELSE
         CASE WHEN count(a.sources) > 0 THEN 'p' WHEN count(*) = 1 THEN 's'
              WHEN {_SAME} THEN 'a' ELSE 'c' END
         || json_group_array({_ANNOTATION}) END
     FROM annotations a WHERE a.sentence_id = s.id {{reviewer_filter}})
"""
_ANNOTATIONS = f"""
    (SELECT json_group_array({_ANNOTATION})
     FROM (SELECT * FROM annotations a WHERE a.sentence_id = s.id {{reviewer_filter}}
           ORDER BY a.reviewer) a)
"""
_GOLD = """
    (SELECT json_object('label', g.label, 'source', g.source, 'confidence', g.confidence,
                        'adjudicator', g.adjudicator, 'rationale', g.rationale,
                        'decided_at', g.decided_at, 'disputes', json(g.disputes),
                        'reason', g.reason, 'sources', json(g.sources))
     FROM gold g WHERE g.sentence_id = s.id)
"""
# Most sentences are in no dispute and assigned to nobody: one index lookup answers '[]'
# for them instead of a grouped subquery each.
_DISPUTES = """
    CASE WHEN EXISTS (SELECT 1 FROM dispute_members m WHERE m.sentence_id = s.id
                      {reviewer_filter}) THEN
    (SELECT json_group_array(json(entry)) FROM (
        SELECT json_object('id', m.dispute_id, 'title', d2.title, 'role', m.role,
                           'reviewers', json_group_array(m.reviewer)) AS entry
        FROM (SELECT * FROM dispute_members m WHERE m.sentence_id = s.id {reviewer_filter}
              ORDER BY m.dispute_id, m.role, m.reviewer) m
        JOIN disputes d2 ON d2.id = m.dispute_id
        GROUP BY m.dispute_id, m.role
        ORDER BY m.dispute_id, m.role))
    ELSE '[]' END
"""
_ASSIGNED = """
    CASE WHEN EXISTS (SELECT 1 FROM assignments x WHERE x.sentence_id = s.id
                      {reviewer_filter}) THEN
    (SELECT json_group_array(x.reviewer) FROM (
        SELECT reviewer FROM assignments x WHERE x.sentence_id = s.id {reviewer_filter}
        ORDER BY reviewer) x)
    ELSE '[]' END
"""


@dataclass(frozen=True)
class ExportOptions:
    include_unlabeled: bool = False  # --all
    settled_only: bool = False  # --gold-only: gold or agreed
    reviewer: str | None = None  # --reviewer: only this reviewer's annotations and links


ALL = ExportOptions(include_unlabeled=True)


def reviewer_known(db: Database, reviewer: str) -> bool:
    """Has this reviewer annotated, linked or been assigned anything here (``--reviewer``
    makes sense)?"""
    return db.execute(
        "SELECT EXISTS (SELECT 1 FROM annotations WHERE reviewer = ?) "
        "OR EXISTS (SELECT 1 FROM dispute_members WHERE reviewer = ?) "
        "OR EXISTS (SELECT 1 FROM assignments WHERE reviewer = ?)",
        [reviewer, reviewer, reviewer]).fetchone()[0] == 1


def count_sentences(db: Database) -> int:
    """How many sentences an export considers (for a progress bar)."""
    return db.execute("SELECT count(*) FROM sentences WHERE excluded IS NULL").fetchone()[0]


def _documents(db: Database, options: ExportOptions) -> Iterator[tuple[str, str | None, Any]]:
    """(doc_id, title, rows) per document in corpus order; rows are (sentence id, position,
    text, annotations, gold, disputes, assigned) per sentence, the last four JSON text from
    SQLite (annotations after a letter on SQLite, see ``_ANNOTATIONS_SQLITE``)."""
    reviewer_filter = "AND reviewer = :reviewer" if options.reviewer else ""
    where = ["s.excluded IS NULL"]
    if not options.include_unlabeled:
        mine = "AND a.reviewer = :reviewer" if options.reviewer else ""
        # a sentence assigned but not labeled yet is exported too (status unlabeled), so a
        # lead's plan travels through export and import whatever is exported; the gold set
        # (--gold-only) keeps settled sentences only
        planned = "" if options.settled_only else (
            "OR EXISTS (SELECT 1 FROM assignments x WHERE x.sentence_id = s.id "
            f"{mine.replace('a.', 'x.')})")
        where.append(
            f"(EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = s.id {mine}) "
            f"OR EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id) {planned})"
        )
    annotations = _ANNOTATIONS if is_postgres(db) else _ANNOTATIONS_SQLITE
    # a table with no row at all (nothing adjudicated, no dispute, no plan yet) is not looked
    # up once per sentence; read inside the export's snapshot, so it holds for all of it
    held = {table: db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for table in ("gold", "dispute_members", "assignments")}
    sql = f"""
        SELECT s.id, s.position, s.text,
               {annotations.format(reviewer_filter=reviewer_filter)} AS annotations,
               {_GOLD if held["gold"] else "NULL"} AS gold,
               {_DISPUTES.format(reviewer_filter=reviewer_filter)
                if held["dispute_members"] else "'[]'"} AS disputes,
               {_ASSIGNED.format(reviewer_filter=reviewer_filter)
                if held["assignments"] else "'[]'"} AS assigned
        FROM sentences s
        WHERE s.doc_id = :doc_id AND {" AND ".join(where)}
        ORDER BY s.position
    """
    params: dict[str, Any] = {"reviewer": options.reviewer} if options.reviewer else {}
    # One query per document, in corpus order: each walks the (doc_id, position) index, so rows
    # stream without SQLite sorting the whole corpus first.
    documents = db.conn.execute("SELECT id, title FROM documents ORDER BY ordinal").fetchall()
    for doc_id, title in documents:
        params["doc_id"] = doc_id
        yield doc_id, title, db.conn.execute(sql, params)


_UNLABELED = dict.fromkeys(COMPARED)
_first = json.JSONDecoder().raw_decode


def _resolved(db: Database, options: ExportOptions, anns: str, gold: str | None,
              links: str) -> tuple[str, dict[str, Any], str] | None:
    """(status, resolved values, disputes JSON) of one labeled or adjudicated sentence, or
    None when ``options`` leave it out."""
    parsed = json.loads(anns) if anns != "[]" else []
    per_reviewer = None
    if len(parsed) > 1 and links != "[]":  # links matter only where several agree
        per_reviewer = [{"reviewer": r, "id": e["id"], "role": e["role"]}
                        for e in json.loads(links) for r in e["reviewers"]]
    status, resolved = resolve(parsed, json.loads(gold) if gold else None, per_reviewer)
    if options.settled_only and status not in SETTLED:
        return None
    if options.settled_only and gold and '"disputes":[' in gold:
        # the gold set: the links the adjudicator settled, not every reviewer's
        links = _decided_links(db, json.loads(gold)["disputes"], links)
    return status, resolved, links


def _rows(db: Database, options: ExportOptions, on_row: Callable | None):
    """(doc_id, title, sentence id, position, text, annotations, gold, disputes, status,
    resolved, assigned) per sentence in corpus order; the nested values are JSON text, each
    sentence resolved in Python (the reference :func:`iter_lines` is tested against)."""
    coded = not is_postgres(db)
    for doc_id, title, rows in _documents(db, options):
        for sid, position, text, anns, gold, links, assigned in rows:
            if on_row:
                on_row()
            if anns == "[]" and gold is None:
                if options.settled_only:
                    continue
                status, resolved = "unlabeled", _UNLABELED
            else:
                if coded and anns != "[]":
                    anns = anns[1:]
                found = _resolved(db, options, anns, gold, links)
                if found is None:
                    continue
                status, resolved, links = found
            yield doc_id, title, sid, position, text, anns, gold, links, status, resolved, assigned


def _speakers(status: str, resolved: dict, anns: str, gold: str | None) -> list[str]:
    """Every speaker of the resolved answer: a joint statement's ``sources`` (gold, or
    agreed or single), else the one ``source``; ``source`` is always the first of them."""
    if status == "gold" and gold and '"sources":[' in gold:  # parse only joint ones
        return json.loads(gold)["sources"]
    if status in ("single", "agreed") and '"sources":[' in anns:
        first = json.loads(anns)[0]
        if first.get("sources"):
            return first["sources"]
    return [resolved["source"]] if resolved["source"] else []


def _decided_links(db: Database, decided: list[dict], links: str) -> str:
    """The record's disputes when gold settled them: the decided links, each with its title
    and the reviewers who had linked it so (JSON text, as SQLite gives the others)."""
    reviewers = {(e["id"], e["role"]): e["reviewers"] for e in json.loads(links)}
    titles = {e["id"]: e["title"] for e in json.loads(links)}
    out = []
    for link in decided:
        title = titles.get(link["id"])
        if title is None:
            row = db.conn.execute("SELECT title FROM disputes WHERE id = ?",
                                  [link["id"]]).fetchone()
            title = row[0] if row else ""
        out.append({"id": link["id"], "title": title, "role": link["role"],
                    "reviewers": reviewers.get((link["id"], link["role"]), [])})
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def iter_records(
    db: Database, options: ExportOptions = ExportOptions(), *, on_row: Callable | None = None
) -> Iterator[dict[str, Any]]:
    """Yield export records (dicts) in corpus order, one sentence at a time."""
    for doc_id, title, sid, position, text, anns, gold, links, status, resolved, assigned in _rows(
        db, options, on_row
    ):
        yield {
            "id": sid,
            "doc_id": doc_id,
            "doc_title": title,
            "position": position,
            "text": text,
            "label": resolved["label"],
            "source": resolved["source"],
            "confidence": resolved["confidence"],
            "sources": _speakers(status, resolved, anns, gold),
            "status": status,
            "annotations": json.loads(anns),
            "disputes": json.loads(links),
            "gold": json.loads(gold) if gold else None,
            "assigned": json.loads(assigned),
        }


def _json_list(names: list[str]) -> str:
    """``json.dumps(names, ensure_ascii=False)``, without its cost for none or one name."""
    if not names:
        return "[]"
    if len(names) == 1:
        return f"[{json_str(names[0])}]"
    return json.dumps(names, ensure_ascii=False)


def iter_lines(
    db: Database, options: ExportOptions = ExportOptions(), *, on_row: Callable | None = None
) -> Iterator[str]:
    """The same records as :func:`iter_records`, already as JSONL lines.

    The nested values are spliced in as the JSON SQLite produced, so the hot path encodes
    only a few strings per sentence; tests check both paths give the same records. A
    sentence nobody labeled or adjudicated (most of an ``--all`` export) skips resolution,
    and on SQLite so do the common labeled ones (see ``_ANNOTATIONS_SQLITE``).
    """
    coded = not is_postgres(db)
    for doc_id, title, rows in _documents(db, options):
        head = f'"doc_id":{json_str(doc_id)},"doc_title":{json_str(title)},"position":'
        for sid, position, text, anns, gold, links, assigned in rows:
            if on_row:
                on_row()
            if anns == "[]" and gold is None:
                if options.settled_only:
                    continue
                line = (
                    f'{{"id":{json_str(sid)},{head}{position},"text":{json_str(text)},'
                    '"label":null,"source":null,"confidence":null,"sources":[],'
                    f'"status":"unlabeled","annotations":[],"disputes":{links},"gold":null,'
                    f'"assigned":{assigned}}}'
                )
            else:
                code = "p"
                if coded and anns != "[]":
                    code, anns = anns[0], anns[1:]
                if gold is None and (code in "sc" or (code == "a" and links == "[]")):
                    if code == "c":
                        if options.settled_only:
                            continue
                        status, label, source, confidence = "conflict", None, None, None
                    else:
                        if code == "s" and options.settled_only:
                            continue
                        status = "single" if code == "s" else "agreed"
                        first = _first(anns, 1)[0]  # only the first annotation is read
                        label, source = first["label"], first["source"]
                        confidence = first["confidence"]
                    speakers = f"[{json_str(source)}]" if source else "[]"
                else:
                    found = _resolved(db, options, anns, gold, links)
                    if found is None:
                        continue
                    status, resolved, links = found
                    label, source = resolved["label"], resolved["source"]
                    confidence = resolved["confidence"]
                    speakers = _json_list(_speakers(status, resolved, anns, gold))
                line = (
                    f'{{"id":{json_str(sid)},{head}{position},"text":{json_str(text)},'
                    f'"label":{json_str(label)},"source":{json_str(source)},'
                    f'"confidence":{json_str(confidence)},"sources":{speakers},'
                    f'"status":"{status}",'
                    f'"annotations":{anns},"disputes":{links},"gold":{gold or "null"},'
                    f'"assigned":{assigned}}}'
                )
            yield line if line.isascii() else escape_unsafe(line)


def default_export_path(kind: str = "annotations", suffix: str = ".jsonl") -> Path:
    """A dated file in the exports folder (see base/locations.py), made if it is missing.

    An installed tool's exports folder lives in the user's data folder, which a first
    export may find absent; the checkout's and a project's exist already.
    """
    folder = exports_location().path
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AnnotatorError(f"{folder}: cannot make the exports folder ({exc.strerror})") from exc
    # to the microsecond, and written with ``exclusive`` (see ``atomic_output``): two exports
    # started in the same second get two files, and a clash is refused, never overwritten
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"{kind}-{stamp}{suffix}"
    number = 2
    while path.exists() or path.is_symlink():
        path = folder / f"{kind}-{stamp}-{number}{suffix}"
        number += 1
    return path


def export_records(
    db: Database,
    output: str | Path | IO[str],
    options: ExportOptions = ExportOptions(),
    *,
    on_row: Callable | None = None,
    exclusive: bool = False,
) -> int:
    """Write the records to a path (atomically) or an open text stream; returns the count.

    The records are read in one read transaction, so the export is one snapshot of the
    database even while another process commits. ``exclusive``: never replace a file
    (see ``atomic_output``).
    """
    with snapshot(db):
        lines = iter_lines(db, options, on_row=on_row)
        if hasattr(output, "write"):  # a stream (stdout): each line as it comes
            return write_lines(lines, output, batch=1)  # type: ignore[arg-type]
        with atomic_output(output, exclusive=exclusive) as handle:
            return write_lines(lines, handle)
