"""Where a database's bytes go: each table and index (SQLite's dbstat), and how much of the
file is the documents' raw text that the sentences repeat.

    python benchmarks/bench_storage.py path/to/annotator.db

The sentences' text is a copy of spans of documents.raw (char_start:char_end); this prints
both totals so the cost of keeping the text twice is measured, not guessed.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    args = parser.parse_args()
    conn = sqlite3.connect(args.database.resolve().as_uri() + "?mode=ro", uri=True)
    size = args.database.stat().st_size
    sentences = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    print(f"{args.database}: {size / 1e6:,.1f} MB, {sentences:,} units, "
          f"{size / max(1, sentences):,.0f} bytes per unit")
    rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                        "ORDER BY 2 DESC LIMIT 12").fetchall()
    for name, used in rows:
        print(f"  {name:<40} {used / 1e6:9.1f} MB  {100 * used / size:5.1f}%")
    raw = conn.execute("SELECT sum(length(CAST(raw AS BLOB))) FROM documents").fetchone()[0]
    text = conn.execute("SELECT sum(length(CAST(text AS BLOB))) FROM sentences").fetchone()[0]
    print(f"documents.raw: {raw / 1e6:,.1f} MB ({100 * raw / size:.1f}% of the file); "
          f"sentences.text: {text / 1e6:,.1f} MB ({100 * text / size:.1f}%); "
          f"the text held twice: {100 * min(raw, text) / size:.1f}% of the file")


if __name__ == "__main__":
    main()
