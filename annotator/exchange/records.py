"""The labeled set as JSONL: one record per sentence, streamed in constant memory.

The record's shape is fixed by DESIGN.md and described by data/export_record.schema.json;
other tools depend on it. Files are written atomically: to a temporary file beside the
target, fsynced, then renamed, so a crash never leaves half an export behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from annotator.base.errors import AnnotatorError
from annotator.base.locations import exports_location
from annotator.base.resources import data_file
from annotator.db.connection import is_postgres, snapshot
from annotator.domain.status import COMPARED, SETTLED, resolve
from annotator.exchange.jsonl import atomic_output, escape_unsafe, json_str, write_lines
from annotator.exchange.record_sql import ALL as ALL  # what callers import from here
from annotator.exchange.record_sql import (
    ANNOTATIONS_POSTGRES,
    ANNOTATIONS_SQLITE,
    LABELED,
    ExportOptions,
    nested,
    selection,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

SCHEMA_PATH = data_file("export_record.schema.json")

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
    SQLite (annotations after a letter on SQLite, see ``ANNOTATIONS_SQLITE``)."""
    reviewer_filter, where, held, params = selection(db, options)
    annotations = ANNOTATIONS_POSTGRES if is_postgres(db) else ANNOTATIONS_SQLITE
    sql = f"""
        SELECT s.id, s.position, s.text,
               {annotations.format(reviewer_filter=reviewer_filter)} AS annotations,
               {nested(held, reviewer_filter)}
        FROM sentences s
        WHERE s.doc_id = :doc_id AND {where}
        ORDER BY s.position
    """
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
    db: Database, options: ExportOptions = LABELED, *, on_row: Callable | None = None
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
    db: Database, options: ExportOptions = LABELED, *, on_row: Callable | None = None
) -> Iterator[str]:
    """The same records as :func:`iter_records`, already as JSONL lines.

    On SQLite one streaming query writes the common lines itself (see ``lines.py``): a
    sentence nobody labeled, one reviewer's, several agreeing or differing, with no gold;
    Python builds only the rest (adjudicated, joint speakers, agreed with dispute links),
    from the same row. Tests check both paths give the same records.
    """
    if not is_postgres(db):
        from annotator.exchange.lines import encoded_lines

        for line in encoded_lines(db, options, python_line, on_row):
            yield line.decode("utf-8")
        return
    for doc_id, title, rows in _documents(db, options):
        for sid, position, text, anns, gold, links, assigned in rows:
            if on_row:
                on_row()
            line = python_line(db, options, False, doc_id, title, sid, position, text, anns,
                               gold, links, assigned)
            if line is not None:
                yield line


def python_line(db: Database, options: ExportOptions, coded: bool, doc_id: str,
                title: str | None, sid: str, position: int, text: str, anns: str,
                gold: str | None, links: str, assigned: str) -> str | None:
    """One sentence's JSONL line from its row (``anns`` after a letter when ``coded``, see
    ``ANNOTATIONS_SQLITE``), or None when ``options`` leave it out. The nested values are
    spliced in as the JSON SQLite produced."""
    head = f'"doc_id":{json_str(doc_id)},"doc_title":{json_str(title)},"position":'
    if anns == "[]" and gold is None:
        if options.settled_only:
            return None
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
                    return None
                status, label, source, confidence = "conflict", None, None, None
            else:
                if code == "s" and options.settled_only:
                    return None
                status = "single" if code == "s" else "agreed"
                first = _first(anns, 1)[0]  # only the first annotation is read
                label, source = first["label"], first["source"]
                confidence = first["confidence"]
            speakers = f"[{json_str(source)}]" if source else "[]"
        else:
            found = _resolved(db, options, anns, gold, links)
            if found is None:
                return None
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
    return line if line.isascii() else escape_unsafe(line)


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
    options: ExportOptions = LABELED,
    *,
    on_row: Callable | None = None,
    exclusive: bool = False,
) -> int:
    """Write the records to a path (atomically) or an open text stream; returns the count.

    The records are read in one read transaction, so the export is one snapshot of the
    database even while another process commits. ``exclusive``: never replace a file
    (see ``atomic_output``). ``on_row(n)`` is told of every n sentences read (a file reads
    them a batch at a time, a stream one at a time).
    """
    with snapshot(db):
        if hasattr(output, "write"):  # a stream (stdout): each line as it comes
            return write_lines(iter_lines(db, options, on_row=on_row), output,  # type: ignore[arg-type]
                               batch=1)
        with atomic_output(output, exclusive=exclusive) as handle:
            if is_postgres(db):
                return write_lines(iter_lines(db, options, on_row=on_row), handle)
            from annotator.exchange.lines import encoded_batches

            # SQLite writes the lines as UTF-8: straight to the file, a batch per write
            handle.flush()
            count = 0
            for lines, written in encoded_batches(db, options, python_line, on_row):
                handle.buffer.write(lines)
                count += written
            return count
