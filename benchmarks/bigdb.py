"""Build (and cache) a large annotator database for the scale benchmarks.

Rows go straight in with executemany (this is a fixture for measuring the UI, export,
suggestions and agreement, not ingestion, which bench_ingest.py measures). Sentences are
made from the seeds' own words so FTS5 and rapidfuzz see realistic Indonesian text.

    python benchmarks/bigdb.py --sentences 1000000 --reviewers 3 -o benchmarks/out/1m.db
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.db.connection import open_db  # noqa: E402
from annotator.db.progress import count_sentences  # noqa: E402
from annotator.domain.scheme import load_scheme  # noqa: E402

SENTENCES_PER_DOC = 50


def vocabulary() -> list[str]:
    words: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        words += re.findall(r"[A-Za-z][A-Za-z-]{2,}", path.read_text(encoding="utf-8"))
    return words


def _id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def build(path: Path, sentences: int, reviewers: int = 1, labeled_share: float = 0.3,
          seed: int = 7) -> Path:
    """Create the database at ``path`` unless a finished one is already there."""
    marker = path.with_suffix(".done")
    if path.exists() and marker.exists() and marker.read_text() == f"{sentences}:{reviewers}":
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    words = vocabulary()
    scheme = load_scheme()
    db = open_db(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    started = time.perf_counter()
    docs = (sentences + SENTENCES_PER_DOC - 1) // SENTENCES_PER_DOC
    made = 0
    conn.execute("BEGIN")
    for d in range(docs):
        doc_id = _id("doc", str(d))
        n = min(SENTENCES_PER_DOC, sentences - made)
        texts = [" ".join(rng.choices(words, k=rng.randint(8, 24))).capitalize() + "."
                 for _ in range(n)]
        conn.execute(
            "INSERT INTO documents (id, ordinal, path, title, outlet, published, language, raw,"
            " ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'id', ?, '2026-01-01T00:00:00Z')",
            [doc_id, d, f"synthetic/{d}.txt", texts[0][:60], "Synthetic", "2024-06-19",
             "\n".join(texts)],
        )
        rows = []
        anns = []
        for i, text in enumerate(texts):
            sid = _id(doc_id, str(i))
            rows.append((sid, doc_id, i, i, text))
            if rng.random() < labeled_share:
                label = rng.choice(scheme.names)
                for r in range(reviewers):
                    chosen = label if rng.random() < 0.8 else rng.choice(scheme.names)
                    anns.append((sid, f"reviewer{r + 1}", chosen,
                                 rng.choice(scheme.confidence_scale),
                                 "2026-01-01T00:00:00.000000Z"))
        conn.executemany(
            "INSERT INTO sentences (id, doc_id, unit_index, position, text) "
            "VALUES (?, ?, ?, ?, ?)", rows
        )
        conn.executemany(
            "INSERT INTO annotations (sentence_id, reviewer, label, confidence, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(a[0], a[1], a[2], a[3], a[4], a[4]) for a in anns],
        )
        made += n
        if d % 2000 == 0:
            conn.execute("COMMIT")
            print(f"  built {made:,} sentences ({time.perf_counter() - started:.0f}s)",
                  file=sys.stderr)
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    with db.conn:
        count_sentences(db)  # what ingestion writes per document
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    marker.write_text(f"{sentences}:{reviewers}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--reviewers", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    build(args.output, args.sentences, args.reviewers)
    print(args.output)


if __name__ == "__main__":
    main()
