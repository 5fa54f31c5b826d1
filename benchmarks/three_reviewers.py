"""A benchmark corpus labeled by three reviewers: every sentence of a benchmarks/bigdb.py
database given an annotation by each, with realistic disagreement. Its own module because
both bench_agreement.py and common.agreement_db (used by other benchmarks) build it, and
common.py must not import a benchmark."""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.domain.scheme import load_scheme  # noqa: E402

REVIEWERS = ("ana", "budi", "citra")


def label_everything(path: Path, seed: int = 11) -> None:
    """Three annotations per sentence, unless the database already has them."""
    marker = path.with_suffix(".labeled")
    if marker.exists():
        return
    scheme = load_scheme()
    sources = [f"Sumber {i}" for i in range(60)]
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("DELETE FROM annotations")
    stamp = "2026-01-01T00:00:00.000000Z"
    cursor = conn.execute("SELECT id FROM sentences")
    with conn:
        while batch := cursor.fetchmany(50_000):
            rows = []
            for (sid,) in batch:
                label, source = rng.choice(scheme.names), rng.choice(sources)
                confidence = rng.choice(scheme.confidence_scale)
                for reviewer in REVIEWERS:
                    rows.append((
                        sid, reviewer,
                        label if rng.random() < 0.8 else rng.choice(scheme.names),
                        source if rng.random() < 0.9 else rng.choice(sources),
                        confidence if rng.random() < 0.7 else rng.choice(
                            scheme.confidence_scale),
                        stamp, stamp,
                    ))
            conn.executemany(
                "INSERT INTO annotations (sentence_id, reviewer, label, source, confidence,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    marker.write_text("3")
