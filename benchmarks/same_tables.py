"""Whether two databases hold the same rows, table by table (FTS shadow tables included):
the check that a faster ingest stores exactly what the slower one did.

    python benchmarks/same_tables.py A.db B.db

Build A.db with one checkout and B.db with another from the same input (a first ingest,
then a second into the same file), then compare. Columns that hold a time (``*_at``) differ
between any two runs: only whether they are set is compared. Exits 1 when a table differs.
"""

from __future__ import annotations

import sqlite3
import sys


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    picked = ", ".join(f'("{c}" IS NOT NULL)' if c.endswith("_at") else f'"{c}"'
                       for c in columns)
    order = ", ".join(str(i + 1) for i in range(len(columns)))
    return conn.execute(f'SELECT {picked} FROM "{table}" ORDER BY {order}').fetchall()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    a, b = (sqlite3.connect(f"file:{path}?mode=ro", uri=True) for path in args)
    names_a, names_b = _tables(a), _tables(b)
    if names_a != names_b:
        print(f"different tables: {sorted(set(names_a) ^ set(names_b))}")
        return 1
    differ = 0
    for table in names_a:
        rows_a, rows_b = _rows(a, table), _rows(b, table)
        same = rows_a == rows_b
        differ += not same
        print(f"{'same  ' if same else 'DIFFER'} {table}: {len(rows_a):,} / {len(rows_b):,} rows")
    print("every table the same" if not differ else f"{differ} tables differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
