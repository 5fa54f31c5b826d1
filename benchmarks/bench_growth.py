"""How cost grows with the corpus: time and peak memory of the commands a lead runs, at
several sizes, so a reader sees at a glance whether time is linear and memory flat.

    python benchmarks/bench_growth.py                          # 100k, 300k, 1M
    python benchmarks/bench_growth.py --sizes 20000,60000      # a quick look

Each command runs as a child process, as a user runs it (benchmarks/common.measured):
  ingest    - `annotator ingest` of a synthetic corpus (benchmarks/synth.py) of that size
              into an empty database;
  export    - `annotator export --all` of the three-reviewer corpus (common.agreement_db);
  agreement - `annotator agreement --json` of the same;
  merge     - `annotator merge` of a reviewer's database with history rows into one holding
              the same corpus (benchmarks/bench_merge.py's files).
  raw read  - the limit, measured in the same run: a bare Python child process reading
              every sentence of that corpus with its annotations (sqlite3) and writing one
              line each, what export --all does at the least.
Per size: seconds, microseconds per sentence, peak RSS, and the ratio to the raw read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from bench_merge import empty_target, reviewer_db  # noqa: E402
from common import (  # noqa: E402
    add_workdir,
    agreement_db,
    annotator_command,
    copy_db,
    measured,
    remove_db,
    workdir,
)
from synth import write_corpus  # noqa: E402

from annotator.db.connection import open_db  # noqa: E402

RAW_READ = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in conn.execute("SELECT s.id, s.doc_id, s.position, s.text, a.reviewer, a.label "
                            "FROM sentences s LEFT JOIN annotations a ON a.sentence_id = s.id"):
        out.write("\t".join(map(str, row)))
        out.write("\n")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,300000,1000000")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    cli = annotator_command()
    results: dict[str, list[tuple[int, float, float]]] = {}

    def note(name: str, size: int, seconds: float, peak: float) -> None:
        """Keep a figure and print it at once, so a long run shows what it has so far."""
        results.setdefault(name, []).append((size, seconds, peak))
        print(f"  {name:<14}{size:>10,}{seconds:>9.1f} s {seconds / size * 1e6:>6.1f} us/s "
              f"{peak:>6.0f} MB", flush=True)
    for size in [int(n) for n in args.sizes.split(",")]:
        corpus = folder / f"growth-corpus-{size}.jsonl"
        if not corpus.exists():
            write_corpus(corpus, size)
        target = folder / "growth-ingest.db"
        remove_db(target)
        open_db(target).close()
        seconds, peak, _ = measured([*cli, "ingest", str(corpus), "--db", str(target)])
        note("ingest", size, seconds, peak)
        remove_db(target)

        labeled = agreement_db(folder, size)
        out = folder / "growth-export.jsonl"
        seconds, peak, _ = measured([sys.executable, "-c", RAW_READ, str(labeled), str(out)])
        note("raw read", size, seconds, peak)
        seconds, peak, _ = measured([*cli, "export", "--all", "-o", str(out), "--db",
                                     str(labeled)])
        out.unlink(missing_ok=True)
        note("export --all", size, seconds, peak)
        seconds, peak, _ = measured([*cli, "agreement", "--json", "--db", str(labeled)])
        note("agreement", size, seconds, peak)

        source = reviewer_db(folder, size)
        clean = folder / f"bench-merge-clean-{size}.db"
        if not clean.exists():
            empty_target(source, clean)
        merged = copy_db(clean, folder / "growth-merge.db")
        seconds, peak, _ = measured([*cli, "merge", "--db", str(merged), str(source)])
        note("merge", size, seconds, peak)
        remove_db(merged)

    raw = {n: s for n, s, _ in results["raw read"]}
    print(f"{'command':<14}" + "".join(f"{size:>38,}" for size, _, _ in results["ingest"]))
    for name, rows in results.items():
        cells = "".join(f"{s:>9.1f} s {s / n * 1e6:>6.1f} us/s {p:>6.0f} MB {s / raw[n]:>5.1f}x"
                        for n, s, p in rows)
        print(f"{name:<14}{cells}")
    print("(us/s: microseconds per sentence; flat when the cost is linear. MB: peak RSS. "
          "x: time over the raw read of the same size, in the same run)")


if __name__ == "__main__":
    main()
