"""What every benchmark shares: the --workdir where large files are built and cached, the
three-reviewer corpus most of them use, and peak memory of a measured child process.

Nothing here writes to a fixed /tmp path: files go under --workdir (default
benchmarks/out/, which git ignores).
"""

from __future__ import annotations

import argparse
import atexit
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WORKDIR = ROOT / "benchmarks" / "out"
STAMP = "2026-01-01T00:00:00.000000Z"


def add_workdir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR,
                        help="where large files are built and cached (default benchmarks/out/)")


def workdir(args: argparse.Namespace) -> Path:
    args.workdir.mkdir(parents=True, exist_ok=True)
    return args.workdir


def agreement_db(folder: Path, sentences: int) -> Path:
    """benchmarks/bigdb.py's corpus with every sentence annotated by three reviewers
    (three_reviewers.label_everything), built once per size and cached in ``folder``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bigdb import build
    from three_reviewers import label_everything

    path = folder / f"annotator-bench-agreement-{sentences}.db"
    print(f"building/reusing {path} ...", file=sys.stderr)
    build(path, sentences, reviewers=1, labeled_share=0.0)
    label_everything(path)
    return path


def copy_db(source: Path, target: Path) -> Path:
    remove_db(target)
    shutil.copy(source, target)
    return target


def fresh_copy(source: Path, folder: Path) -> Path:
    """A copy of a database the labeling screen will write to, removed when the program
    ends: the screen registers the sources it proposes, and a run clears its reviewer's labels
    but not those sources, so two runs on one file would read different registries and
    propose differently."""
    target = copy_db(source, folder / f"copy-of-{source.name}")
    atexit.register(remove_db, target)
    return target


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# A forked child reports the memory its parent held at fork as part of its own peak (Linux
# keeps the larger of the two across exec), so the command runs as a grandchild of this
# small launcher, whose own footprint (a bare Python, ~8 MB) is the floor of the figure.
_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def measured(command: list[str], **kwargs) -> tuple[float, float, str]:
    """Run ``command`` as a child process: (wall seconds, its peak RSS in MB, its stdout)."""
    elapsed, peak, _, out = measured_cpu(command, **kwargs)
    return elapsed, peak, out


def measured_cpu(command: list[str], **kwargs) -> tuple[float, float, float, str]:
    """measured() with the child's CPU seconds: (wall, peak MB, CPU, stdout). On a shared
    machine wall time includes waiting for a core; CPU time does not."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "maxrss"
        out_path, err_path = Path(folder) / "out", Path(folder) / "err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            start = time.perf_counter()
            code = subprocess.call(
                [sys.executable, "-S", "-c", _LAUNCHER, str(report), *map(str, command)],
                stdout=out, stderr=err, **kwargs)
            elapsed = time.perf_counter() - start
        if code != 0:
            raise SystemExit(f"{' '.join(map(str, command))} failed:\n"
                             f"{err_path.read_text(errors='replace')}")
        rss, used = report.read_text().split()
        return elapsed, int(rss) / 1024, float(used), out_path.read_text(errors="replace")


def annotator_command() -> list[str]:
    """The CLI as a user runs it: the ``annotator`` script beside this Python."""
    script = Path(sys.executable).parent / "annotator"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from annotator.cli import main; main()"]
