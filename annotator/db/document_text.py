"""A document's raw text, stored once (migration 0015).

Ingestion cuts the raw text into units (``sentences``, each ``text == raw[char_start:
char_end]``) that cover every non-blank line. Keeping ``documents.raw`` as well held most of
the text twice, so a document now keeps only what lies between and around its units
(``documents.gaps``: blank lines, line ends, the spaces between sentences, in order), and
its raw text is rebuilt from the two, byte for byte. A document whose units do not tile its
text (offsets missing, say) keeps ``documents.raw`` whole and ``gaps`` NULL: nothing is
ever derived that cannot be derived exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


Span = tuple[int, int]
Unit = tuple[int, int, str]  # char_start, char_end, text
BATCH = 500  # documents whose raw text is held at once while compacting


def gaps_of(raw: str, spans: Iterable[Span]) -> str | None:
    """The text of ``raw`` outside the spans, in order; None when the spans are not in
    order, overlap or leave the text (then the raw text must be kept whole)."""
    parts = []
    at = 0
    for start, end in spans:
        if start is None or end is None or not at <= start <= end <= len(raw):
            return None
        parts.append(raw[at:start])
        at = end
    parts.append(raw[at:])
    return "".join(parts)


def rebuild(gaps: str, units: Iterable[Unit]) -> str:
    """The raw text: the gaps with each unit's text put back at its offsets."""
    parts = []
    at = taken = 0
    for start, end, text in units:
        step = start - at
        parts.append(gaps[taken:taken + step])
        parts.append(text)
        taken += step
        at = end
    parts.append(gaps[taken:])
    return "".join(parts)


def compact_gaps(raw: str, units: list[Unit]) -> str | None:
    """The gaps to store instead of ``raw``, or None unless every unit's text is exactly
    its span of ``raw`` (so :func:`rebuild` gives ``raw`` back)."""
    gaps = gaps_of(raw, [(start, end) for start, end, _ in units])
    if gaps is None or any(raw[start:end] != text for start, end, text in units):
        return None
    return gaps


def raw_text(db: Database, doc_id: str) -> str | None:
    """The document's raw text exactly as ingested (None: no such document)."""
    row = db.execute("SELECT raw, gaps FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    raw, gaps = row
    if raw is not None or gaps is None:
        return raw
    return rebuild(gaps, db.execute(
        "SELECT char_start, char_end, text FROM sentences WHERE doc_id = ? "
        "ORDER BY unit_index", [doc_id]).fetchall())


def compact(db: Database, documents: str) -> int:
    """Store the documents the SQL ``documents`` selects (ids) that still hold their raw
    text whole as gaps instead, where their units give it back exactly (documents merged
    in from a file made before 0015). Returns how many were compacted."""
    ids = [doc_id for (doc_id,) in db.execute(
        f"SELECT id FROM documents WHERE raw IS NOT NULL AND id IN ({documents})")]
    done = 0
    for first in range(0, len(ids), BATCH):  # a batch of raw texts in memory at a time
        updates = []
        for doc_id in ids[first:first + BATCH]:
            raw = db.execute("SELECT raw FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
            units = db.execute("SELECT char_start, char_end, text FROM sentences "
                               "WHERE doc_id = ? ORDER BY unit_index", [doc_id]).fetchall()
            gaps = compact_gaps(raw, units)
            if gaps is not None:
                updates.append((gaps, doc_id))
        if updates:
            db.conn.executemany("UPDATE documents SET raw = NULL, gaps = ? WHERE id = ?",
                                updates)
        done += len(updates)
    return done
