"""What a command costs before it does anything: its start, beside bare Python in the same run.

    python benchmarks/bench_cli_start.py [--runs 7] [--workdir W]

Each command runs ``--runs`` times as a fresh process, the way a user types it (the
``annotator`` script beside this Python, else ``python -m annotator``), alternating with the
limits measured in the same run: ``python -c pass`` (the interpreter alone) and
``python -c "import click"`` (what any click command must import). Printed per command: the
median wall time and CPU time (user + system, from the children's rusage), and the extra
over ``import click``. The database is the seeds ingested once into --workdir, so the
figures are the start, not the work (``bench_stats.py`` measures stats on a large corpus).

Bytecode is compiled first, as an installed copy has it (pip compiles on install; with
PYTHONDONTWRITEBYTECODE every start would compile every module from source).
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import add_workdir, remove_db, workdir  # noqa: E402

ROOT = HERE.parent


def annotator_command() -> list[str]:
    script = Path(sys.executable).with_name("annotator")
    return [str(script)] if script.exists() else [sys.executable, "-m", "annotator"]


def commands(db: Path) -> list[tuple[str, list[str]]]:
    """(name, argv) of what is measured; the first two are the limits."""
    ann = annotator_command()
    on = ["--db", str(db)]
    return [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ('python -c "import click"', [sys.executable, "-c", "import click"]),
        ("annotator --version", [*ann, "--version"]),
        ("annotator --help", [*ann, "--help"]),
        ("annotator where", [*ann, "where", *on]),
        ("annotator stats", [*ann, "stats", *on]),
        ("annotator stats --json", [*ann, "stats", "--json", *on]),
        ("annotator sources list", [*ann, "sources", "list", *on]),
        ("annotator disputes list", [*ann, "disputes", "list", *on]),
        ("annotator export -o -", [*ann, "export", "-o", "-", *on]),
        ("annotator ingest --help", [*ann, "ingest", "--help"]),
        ("annotator label --help", [*ann, "label", "--help"]),
        ("annotator agreement --help", [*ann, "agreement", "--help"]),
    ]


def run_once(argv: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one fresh process, output thrown away."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): "
                         f"{done.stderr.decode(errors='replace').strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def seeds_db(folder: Path, env: dict) -> Path:
    db = folder / "bench-cli-start.db"
    if not db.exists():
        remove_db(db)
        subprocess.run([*annotator_command(), "ingest", str(ROOT / "seeds"), "--db", str(db)],
                       check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per command")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    compileall.compile_dir(str(ROOT / "annotator"), quiet=1)
    env = dict(os.environ, ANNOTATOR_REVIEWER="bench-cli", COLUMNS="120")
    env.pop("ANNOTATOR_DB", None)
    db = seeds_db(folder, env)
    measured = commands(db)
    walls: dict[str, list[float]] = {name: [] for name, _ in measured}
    cpus: dict[str, list[float]] = {name: [] for name, _ in measured}
    for _name, argv in measured:  # warm the page cache: the first run of each is not kept
        run_once(argv, env)
    for _ in range(args.runs):  # round robin, so a burst of load hits every command alike
        for name, argv in measured:
            wall, cpu = run_once(argv, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"start of a command, median of {args.runs} fresh processes each (load {load:.2f}; "
          f"{'the annotator script' if len(annotator_command()) == 1 else 'python -m annotator'},"
          f" database: the seeds)")
    click_wall = statistics.median(walls['python -c "import click"'])
    click_cpu = statistics.median(cpus['python -c "import click"'])
    width = max(len(name) for name in walls)
    print(f"  {'command':<{width}}  {'wall':>8}  {'CPU':>8}  {'CPU over import click':>22}")
    for name in walls:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        extra = "" if name.startswith("python") else \
            f"{(cpu - click_cpu) * 1000:+7.0f} ms ({cpu / click_cpu:.2f}x)"
        print(f"  {name:<{width}}  {wall * 1000:6.0f} ms  {cpu * 1000:6.0f} ms  {extra:>22}")
    print(f"  limits in the same run: python -c pass "
          f"{statistics.median(walls['python -c pass']) * 1000:.0f} ms wall, "
          f"import click {click_wall * 1000:.0f} ms wall")
    if shutil.which("annotator") is None and len(annotator_command()) > 1:
        print("  (no annotator script beside this Python: measured as python -m annotator)")


if __name__ == "__main__":
    main()
