"""Run every benchmark at one size, one after the other, printing each one's figures.

    python benchmarks/run_all.py --sentences 100000            # a quick check
    python benchmarks/run_all.py --sentences 1000000 --workdir /data/bench

Large files are built once under --workdir (default benchmarks/out/) and reused.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import add_workdir, workdir  # noqa: E402

# script, extra arguments (--sentences and --workdir are given to all but UNSIZED)
BENCHMARKS = [
    ("bench_stats.py", []),
    ("bench_ingest.py", []),
    ("bench_merge.py", []),
    ("bench_adjudication.py", []),
    ("bench_count_queue.py", []),
    ("bench_save.py", []),
    ("bench_export.py", []),
    ("bench_agreement.py", []),
    ("bench_suggest.py", []),
    ("bench_ui.py", []),
    ("bench_sources.py", []),
    ("bench_cli_start.py", []),
    ("bench_growth.py", []),
]
UNSIZED = ("bench_sources.py", "bench_cli_start.py")  # not sized by --sentences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--only", nargs="*", help="run just these scripts")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    failed = []
    for script, extra in BENCHMARKS:
        if args.only and script not in args.only:
            continue
        command = [sys.executable, str(HERE / script), "--workdir", str(folder), *extra]
        if script == "bench_growth.py":
            sizes = [n for n in (100_000, 300_000, 1_000_000) if n <= args.sentences]
            command += ["--sizes", ",".join(map(str, sizes or [args.sentences]))]
        elif script not in UNSIZED:
            command += ["--sentences", str(args.sentences)]
        if script == "bench_ingest.py" and args.sentences > 300_000:
            command.append("--no-trigger-raw")  # raw with the per-row trigger: 20+ min at 1M
        print(f"\n== {script} ==", flush=True)
        if subprocess.call(command) != 0:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
