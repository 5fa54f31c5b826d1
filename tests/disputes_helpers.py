"""Small helpers for dispute tests: documents and sentences written as ingestion would."""

from __future__ import annotations

import hashlib

from annotator.base.clock import now
from annotator.db.connection import write


def add_document(db, doc_id: str, sentences: list[str], *, title: str = "",
                 outlet: str = "Outlet", published: str = "2023-09-01",
                 ordinal: int = 0) -> list[str]:
    """Insert one document and its presented sentences; returns the sentence ids."""
    ids = []
    with write(db):
        db["documents"].insert({
            "id": doc_id, "ordinal": ordinal, "path": f"{doc_id}.txt",
            "title": title or f"Document {doc_id}", "outlet": outlet, "dateline": None,
            "published": published, "wire": None, "url": None, "language": "id",
            "raw": " ".join(sentences), "ingested_at": now(),
        })
        start = 0
        for seq, text in enumerate(sentences):
            sid = hashlib.sha256(f"{doc_id}\0{text}\0{seq}".encode()).hexdigest()[:16]
            db["sentences"].insert({
                "id": sid, "doc_id": doc_id, "position": seq, "seq": seq, "text": text,
                "char_start": start, "char_end": start + len(text), "excluded": None,
                "duplicate_of": None, "group_id": None,
            })
            start += len(text) + 1
            ids.append(sid)
    return ids
