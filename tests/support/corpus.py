"""Reading and writing a corpus the way the tool does, for tests that need one."""

from __future__ import annotations

import hashlib

from annotator.base.clock import now
from annotator.db.connection import write


def queue(db) -> list[str]:
    """The whole presented queue in corpus order, for checking step-by-step queries against."""
    return [
        row[0]
        for row in db.execute(
            "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position"
        )
    ]


def add_document(db, doc_id: str, sentences: list[str], *, title: str = "",
                 outlet: str = "Outlet", published: str = "2023-09-01",
                 ordinal: int = 0) -> list[str]:
    """Insert one document and its presented sentences as ingestion would; returns their ids.
    A database made before migration 0010 gets its column names of the day."""
    ids = []
    old = "seq" in db["sentences"].columns_dict
    unit, presented = ("position", "seq") if old else ("unit_index", "position")
    with write(db):
        db["documents"].insert({
            "id": doc_id, "ordinal": ordinal, "path": f"{doc_id}.txt",
            "title": title or f"Document {doc_id}", "outlet": outlet, "dateline": None,
            "published": published, "wire": None, "url": None, "language": "id",
            "raw": " ".join(sentences), "ingested_at": now(),
        })
        start = 0
        for index, text in enumerate(sentences):
            sid = hashlib.sha256(f"{doc_id}\0{text}\0{index}".encode()).hexdigest()[:16]
            db["sentences"].insert({
                "id": sid, "doc_id": doc_id, unit: index, presented: index, "text": text,
                "char_start": start, "char_end": start + len(text), "excluded": None,
                "duplicate_of": None, "group_id": None,
            })
            start += len(text) + 1
            ids.append(sid)
    return ids


def place_of(db, sentence_id: str) -> tuple[int, int, int, int]:
    """Where a sentence stands, as the labeling screen's header counts it: (its number in
    its document, the document's presented sentences, the document's number, documents)."""
    doc_id, position = db.execute("SELECT doc_id, position FROM sentences WHERE id = ?",
                             [sentence_id]).fetchone()
    in_doc = db.execute(
        "SELECT count(*) FROM sentences WHERE doc_id = ? AND excluded IS NULL", [doc_id]
    ).fetchone()[0]
    before = db.execute(
        "SELECT count(*) FROM sentences WHERE doc_id = ? AND excluded IS NULL AND position < ?",
        [doc_id, position],
    ).fetchone()[0]
    ordinal = db.execute("SELECT ordinal FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
    doc_number = db.execute(
        "SELECT count(*) FROM documents WHERE ordinal <= ?", [ordinal]).fetchone()[0]
    documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    return before + 1, in_doc, doc_number, documents


def status_template(path, doc_of: dict[str, str], disputes, stamp: str,
                    excluded=()) -> None:
    """A database of two documents (docA, docB) whose sentences are ``doc_of``'s keys, in
    order, with the disputes named, and no annotation: the status rule tests fill copies."""
    from annotator.db import progress
    from annotator.db.connection import open_db

    db = open_db(path)
    db["documents"].insert_all([{"id": "docA", "ordinal": 0, "title": "A"},
                                {"id": "docB", "ordinal": 1, "title": "B"}])
    db["sentences"].insert_all(
        {"id": sid, "doc_id": doc, "unit_index": i, "position": i, "text": f"Kalimat {i}.",
         "excluded": "chrome" if sid in excluded else None}
        for i, (sid, doc) in enumerate(doc_of.items()))
    progress.count_sentences(db)  # as ingestion does for the documents it stores
    db["disputes"].insert_all({"id": d, "title": f"Dispute {d}", "created_by": "ana",
                               "created_at": stamp, "updated_at": stamp} for d in disputes)
    db.close()
