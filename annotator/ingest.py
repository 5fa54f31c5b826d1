"""Ingestion: files and folders into documents and sentences, in one transaction.

Idempotent (a document already stored, recognised by the hash of its raw text, is
skipped) and all-or-nothing (any bad input raises InputError and rolls back, so the
database is exactly as it was).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlite_utils import Database

from annotator.corpus.analyse import TooLongSentence, analyse
from annotator.corpus.dedupe import DUPLICATE, NearDuplicateIndex, repeats
from annotator.corpus.readers import SourceDocument, collect_files, read_documents
from annotator.corpus.rules import Rules, load_rules
from annotator.errors import InputError
from annotator.store import now, write

Progress = Callable[[int, int], None]  # (bytes done, bytes in total)
BATCH = 5000


@dataclass
class IngestReport:
    """What one ingestion did."""

    files: int = 0
    documents_added: int = 0
    documents_present: int = 0
    sentences: int = 0  # presented sentences added
    excluded: int = 0  # units kept out of the queue (chrome, headlines, repeats)
    grouped: int = 0  # added sentences that joined a near-duplicate group
    excluded_by_reason: dict[str, int] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def document_id(raw: str) -> str:
    """Content hash of the raw text: the same text gets the same id on any machine."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def sentence_id(doc_id: str, text: str, occurrence: int) -> str:
    """Hash of the document, the text and which occurrence of that text it is."""
    key = f"{doc_id}\x1f{text}\x1f{occurrence}".encode()
    return hashlib.sha256(key).hexdigest()[:16]


def ingest_paths(
    db: Database,
    paths: Sequence[str | Path],
    *,
    language: str = "id",
    progress: Progress | None = None,
    rules: Rules | None = None,
) -> IngestReport:
    """Ingest files and folders (.txt, .jsonl, .csv); see the module docstring."""
    files = collect_files(paths)
    rules = rules or load_rules()
    report = IngestReport(files=len(files), paths=[str(f) for f in files])
    total = sum(f.stat().st_size for f in files)
    with write(db):
        run = _Run(db, rules, language, report)
        done = 0
        for f in files:
            run.ingest_file(f)
            done += f.stat().st_size
            if progress:
                progress(done, total)
        run.finish()
    return report


class _Run:
    """State of one ingestion inside its transaction."""

    def __init__(self, db: Database, rules: Rules, language: str, report: IngestReport):
        self.db = db
        self.rules = rules
        self.language = language
        self.report = report
        self.ordinal = db.execute("SELECT coalesce(max(ordinal), -1) FROM documents").fetchone()[0]
        self.had_documents = self.ordinal >= 0
        self.seen: set[str] = set()
        self._index: NearDuplicateIndex | None = None
        self.stamp = now()

    @property
    def index(self) -> NearDuplicateIndex:
        """Near-duplicate index, loaded with the stored sentences the first time it is needed."""
        if self._index is None:
            self._index = NearDuplicateIndex()
            if self.had_documents:
                rows = self.db.execute(
                    "SELECT s.id, s.doc_id, s.text, s.group_id FROM sentences s "
                    "JOIN documents d ON d.id = s.doc_id WHERE s.excluded IS NULL "
                    "ORDER BY d.ordinal, s.seq"
                )
                for sid, doc_id, text, group in rows:
                    self._index.add(sid, doc_id, text, group, search=False)
        return self._index

    def ingest_file(self, path: Path) -> None:
        self.db["sentences"].insert_all(
            self._rows(read_documents(path)), batch_size=BATCH
        )

    def _rows(self, documents: Iterator[SourceDocument]) -> Iterator[dict]:
        for source in documents:
            yield from self._document(source)

    def _document(self, source: SourceDocument) -> Iterator[dict]:
        doc_id = document_id(source.raw)
        if doc_id in self.seen or self.db.execute(
            "SELECT 1 FROM documents WHERE id = ?", [doc_id]
        ).fetchone():
            self.report.documents_present += 1
            return
        self.seen.add(doc_id)
        language = source.language or self.language
        try:
            result = analyse(source.raw, self.rules, language=language, title=source.title,
                             outlet=source.outlet, published=source.published)
        except TooLongSentence as exc:
            line = source.raw.count("\n", 0, exc.offset) + (source.line or 1)
            if source.line is not None:
                line = source.line
            raise InputError(
                source.file,
                f"{exc.length:,} characters without a sentence end (limit 10,000): "
                "not news text?",
                line,
            ) from None
        self.ordinal += 1
        self.db["documents"].insert(
            {
                "id": doc_id, "ordinal": self.ordinal, "path": source.path,
                "title": result.title, "outlet": result.outlet, "dateline": result.dateline,
                "published": result.published, "wire": result.wire, "url": source.url,
                "language": language, "raw": source.raw, "ingested_at": self.stamp,
            }
        )
        self.report.documents_added += 1
        units = result.units
        first_of = repeats([u.text if u.excluded is None else None for u in units])
        occurrences: dict[str, int] = {}
        ids = []
        for unit in units:
            n = occurrences.get(unit.text, 0)
            occurrences[unit.text] = n + 1
            ids.append(sentence_id(doc_id, unit.text, n))
        seq = 0
        by_reason = self.report.excluded_by_reason
        for position, (unit, sid, first) in enumerate(zip(units, ids, first_of, strict=True)):
            excluded = unit.excluded if first is None else DUPLICATE
            row = {
                "id": sid, "doc_id": doc_id, "position": position, "seq": None,
                "text": unit.text, "char_start": unit.start, "char_end": unit.end,
                "excluded": excluded, "duplicate_of": ids[first] if first is not None else None,
                "group_id": None,
            }
            if excluded is None:
                row["seq"] = seq
                seq += 1
                row["group_id"] = self.index.add(sid, doc_id, unit.text)
                self.report.sentences += 1
                if row["group_id"]:
                    self.report.grouped += 1
            else:
                self.report.excluded += 1
                by_reason[excluded] = by_reason.get(excluded, 0) + 1
            yield row

    def finish(self) -> None:
        """Mark the sentences that became the first member of a new group."""
        if self._index is None or not self._index.new_roots:
            return
        self.db.executemany(
            "UPDATE sentences SET group_id = id WHERE id = ? AND group_id IS NULL",
            [(sid,) for sid in sorted(self._index.new_roots)],
        )
        self.report.grouped += len(self._index.new_roots)
