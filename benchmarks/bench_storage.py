"""Where a database's bytes go: each table and index (SQLite's dbstat), and how much of the
file is the documents' raw text.

    python benchmarks/bench_storage.py path/to/annotator.db

Since migration 0015 a document keeps only what lies between its units (documents.gaps) and
its raw text is rebuilt from them and the sentences' text; documents.raw is kept whole only
where that cannot be done exactly (and in a file made before 0015). This prints the three
totals, so the text held twice is measured, not guessed, and the free pages a migrated file
keeps until they are reused (or the file is vacuumed).
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
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    raw = conn.execute("SELECT coalesce(sum(length(CAST(raw AS BLOB))), 0) "
                       "FROM documents").fetchone()[0]
    gaps = conn.execute("SELECT coalesce(sum(length(CAST(gaps AS BLOB))), 0) FROM documents"
                        ).fetchone()[0] if "gaps" in columns else 0
    text = conn.execute("SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) "
                        "FROM sentences").fetchone()[0]
    free = conn.execute("PRAGMA freelist_count").fetchone()[0] \
        * conn.execute("PRAGMA page_size").fetchone()[0]
    print(f"documents.raw (kept whole): {raw / 1e6:,.1f} MB ({100 * raw / size:.1f}% of the "
          f"file); documents.gaps: {gaps / 1e6:,.2f} MB ({100 * gaps / size:.1f}%); "
          f"sentences.text: {text / 1e6:,.1f} MB ({100 * text / size:.1f}%); "
          f"the text held twice: {100 * min(raw, text) / size:.1f}% of the file")
    rebuilt = conn.execute(  # the sentences' text of documents rebuilt from their gaps
        "SELECT coalesce(sum(length(CAST(s.text AS BLOB))), 0) FROM sentences s "
        "JOIN documents d ON d.id = s.doc_id WHERE d.raw IS NULL").fetchone()[0]
    whole = raw + gaps + rebuilt  # every document's raw text once
    print(f"the text itself, once: {whole / 1e6:,.1f} MB; the file is {size / max(1, whole):.1f}x "
          "it (the rest is ids, offsets, indexes and the full-text index)")
    print(f"free pages: {free / 1e6:,.1f} MB ({100 * free / size:.1f}% of the file; reused by "
          "the next writes, or given back by VACUUM)")


if __name__ == "__main__":
    main()
