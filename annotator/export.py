"""The labeled set as JSONL: one record per sentence, streamed in constant memory.

The record's shape is fixed by DESIGN.md and described by data/export_record.schema.json;
other tools depend on it. Files are written atomically: to a temporary file beside the
target, fsynced, then renamed, so a crash never leaves half an export behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from annotator.errors import AnnotatorError
from annotator.paths import DATA_DIR, EXPORTS_DIR
from annotator.resolve import SETTLED, resolve

SCHEMA_PATH = DATA_DIR / "export_record.schema.json"

_ANNOTATIONS = """
    (SELECT json_group_array(json_object(
        'reviewer', a.reviewer, 'label', a.label, 'source', a.source,
        'confidence', a.confidence, 'note', a.note, 'updated_at', a.updated_at))
     FROM (SELECT * FROM annotations a WHERE a.sentence_id = s.id {reviewer_filter}
           ORDER BY a.reviewer) a)
"""
_GOLD = """
    (SELECT json_object('label', g.label, 'source', g.source, 'confidence', g.confidence,
                        'adjudicator', g.adjudicator, 'rationale', g.rationale,
                        'decided_at', g.decided_at)
     FROM gold g WHERE g.sentence_id = s.id)
"""
_DISPUTES = """
    (SELECT json_group_array(json_object(
        'id', m.dispute_id, 'title', d2.title, 'role', m.role, 'reviewer', m.reviewer))
     FROM (SELECT * FROM dispute_members m WHERE m.sentence_id = s.id {reviewer_filter}
           ORDER BY m.dispute_id, m.role, m.reviewer) m
     JOIN disputes d2 ON d2.id = m.dispute_id)
"""


@dataclass(frozen=True)
class ExportOptions:
    include_unlabeled: bool = False  # --all
    settled_only: bool = False  # --gold-only: gold or agreed
    reviewer: str | None = None  # --reviewer: only this reviewer's annotations and links


def _group_disputes(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for link in links:
        key = (link["id"], link["role"])
        entry = grouped.setdefault(
            key, {"id": link["id"], "title": link["title"], "role": link["role"], "reviewers": []}
        )
        entry["reviewers"].append(link["reviewer"])
    return list(grouped.values())


def count_sentences(db: Database, options: ExportOptions = ExportOptions()) -> int:
    """How many sentences the export will consider (for a progress bar)."""
    return db.execute("SELECT count(*) FROM sentences WHERE excluded IS NULL").fetchone()[0]


def iter_records(
    db: Database, options: ExportOptions = ExportOptions(), *, on_row: Callable | None = None
) -> Iterator[dict[str, Any]]:
    """Yield export records in corpus order, one sentence at a time."""
    reviewer_filter = ""
    if options.reviewer:
        reviewer_filter = "AND reviewer = :reviewer"
    where = ["s.excluded IS NULL"]
    if not options.include_unlabeled:
        if options.reviewer:
            where.append(
                "(EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = s.id "
                "AND a.reviewer = :reviewer) OR EXISTS (SELECT 1 FROM gold g "
                "WHERE g.sentence_id = s.id))"
            )
        else:
            where.append(
                "(EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = s.id) "
                "OR EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id))"
            )
    sql = f"""
        SELECT s.id, s.doc_id, d.title, s.seq, s.text,
               {_ANNOTATIONS.format(reviewer_filter=reviewer_filter)} AS annotations,
               {_GOLD} AS gold,
               {_DISPUTES.format(reviewer_filter=reviewer_filter)} AS disputes
        FROM documents d JOIN sentences s ON s.doc_id = d.id
        WHERE {" AND ".join(where)}
        ORDER BY d.ordinal, s.seq
    """
    named = {"reviewer": options.reviewer} if options.reviewer else {}
    cursor = db.conn.execute(sql, named)
    for sid, doc_id, title, seq, text, anns, gold, links in cursor:
        if on_row:
            on_row()
        annotations = json.loads(anns) if anns else []
        gold_row = json.loads(gold) if gold else None
        status, resolved = resolve(annotations, gold_row)
        if options.settled_only and status not in SETTLED:
            continue
        yield {
            "id": sid,
            "doc_id": doc_id,
            "doc_title": title,
            "position": seq,
            "text": text,
            "label": resolved["label"],
            "source": resolved["source"],
            "confidence": resolved["confidence"],
            "status": status,
            "annotations": annotations,
            "disputes": _group_disputes(json.loads(links) if links else []),
            "gold": gold_row,
        }


# json escapes C0 controls itself; escape DEL, the C1 controls (\x9b is a terminal CSI) and
# the Unicode line separators too, so a line of the file can never drive a terminal or
# split in a line-oriented reader.
_ESCAPES = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), 0x2028, 0x2029]}


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 text kept readable, every control character escaped."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)


def default_export_path(kind: str = "annotations") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return EXPORTS_DIR / f"{kind}-{stamp}.jsonl"


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[str]]:
    """A text file that appears at ``path`` only once fully written and fsynced."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise AnnotatorError(f"{target}: folder {folder} does not exist")
    if target.is_dir():
        raise AnnotatorError(f"{target}: is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise AnnotatorError(f"{target}: cannot write here ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def write_lines(lines: Iterable[str], out: IO[str]) -> int:
    count = 0
    for line in lines:
        out.write(line)
        out.write("\n")
        count += 1
    return count


def export_records(
    db: Database,
    output: str | Path | IO[str],
    options: ExportOptions = ExportOptions(),
    *,
    on_row: Callable | None = None,
) -> int:
    """Write the records to a path (atomically) or an open text stream; returns the count."""
    lines = (dumps(r) for r in iter_records(db, options, on_row=on_row))
    if hasattr(output, "write"):
        return write_lines(lines, output)  # type: ignore[arg-type]
    with atomic_output(output) as handle:
        return write_lines(lines, handle)
