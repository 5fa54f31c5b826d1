"""The save of one label key in the core, without Textual: what a keystroke writes (the
annotation, its history row and everything the triggers keep current), committed.

    python benchmarks/bench_save.py --sentences 100000 --workdir W
    python benchmarks/bench_save.py --db W/annotator-bench-1000000-r3.db --workdir W
    python benchmarks/bench_save.py --db DB --workdir W --code ../main   # A/B: main's code

Works on a copy of ``--db`` (else of benchmarks/bigdb.py's corpus of ``--sentences``, three
reviewers, built once under ``--workdir``) made under ``--workdir``: the original is never
written. The code under test migrates the copy when it opens it (the time is printed).
Each kind of save is timed per key (thread CPU and wall, medians):

* ``label``: a sentence nobody has labeled gets its first label (the label key's usual case);
* ``relabel``: the same sentences given another label (each stays ``single``);
* ``join``: a sentence other reviewers labeled gets this reviewer's label too;
* ``clear``: the first labels removed again;
* ``decide``: an adjudicator's gold label on a sentence in conflict.

Beside them, the raw limit measured in the same run: one row inserted and committed by bare
sqlite3 with the tool's pragmas (WAL, synchronous=FULL) into the same file. ``--code``
imports the ``annotator`` package of another checkout, so main and a branch can be timed
alternately on copies of the same database.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import add_workdir, copy_db, remove_db, workdir  # noqa: E402

REVIEWER = "save-bench"
LABELS = ("claim", "context")
KINDS = ("label", "relabel", "join", "clear", "decide")


def _code(path: Path | None):
    """The annotator modules of the checkout ``path`` (this one by default)."""
    sys.path.insert(0, str(path or ROOT))
    names = ("annotator.db.connection", "annotator.domain.annotations",
             "annotator.domain.adjudication", "annotator.domain.scheme")
    return [importlib.import_module(name) for name in names]


def _sentences(db, keys: int) -> tuple[list[str], list[str]]:
    """Sentences nobody labeled, and sentences in conflict, spread over the corpus."""
    fresh = [row[0] for row in db.execute(
        "SELECT s.id FROM sentences s WHERE s.excluded IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM annotations a WHERE a.sentence_id = s.id) "
        "AND s.rowid % 97 = 0 LIMIT ?", [keys])]
    conflicts = [row[0] for row in db.execute(
        "SELECT sentence_id FROM progress_sentences WHERE status = 'conflict' "
        "AND rowid % 89 = 0 LIMIT ?", [2 * keys])]
    assert len(fresh) == keys and len(conflicts) == 2 * keys, (len(fresh), len(conflicts))
    return fresh, conflicts


def _statements(db) -> list[str]:
    """Every statement SQLite starts from now on, triggers' own ones included."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    return seen


def saves(db, modules, keys: int) -> dict[str, tuple[list[float], list[float]]]:
    """(CPU, wall) per key of each kind of save."""
    _, annotations, adjudication, scheme_module = modules
    scheme = scheme_module.load_scheme()
    fresh, conflicts = _sentences(db, keys)
    joined, decided = conflicts[:keys], conflicts[keys:]
    actions = {
        "label": [(annotations.set_annotation, (db, sid, REVIEWER),
                   {"label": LABELS[0], "scheme": scheme, "seconds": 2.5}) for sid in fresh],
        "relabel": [(annotations.set_annotation, (db, sid, REVIEWER),
                     {"label": LABELS[1], "scheme": scheme, "seconds": 3.5}) for sid in fresh],
        "join": [(annotations.set_annotation, (db, sid, REVIEWER),
                  {"label": LABELS[0], "scheme": scheme, "seconds": 2.5}) for sid in joined],
        "clear": [(annotations.clear_annotation, (db, sid, REVIEWER), {}) for sid in fresh],
        "decide": [(adjudication.decide, (db, sid),
                    {"label": LABELS[0], "source": None, "confidence": None,
                     "adjudicator": "lead", "scheme": scheme}) for sid in decided],
    }
    timed: dict[str, tuple[list[float], list[float]]] = {}
    for kind in KINDS:
        cpu, wall = [], []
        for fn, args, kwargs in actions[kind]:
            t0, c0 = time.perf_counter(), time.thread_time()
            fn(*args, **kwargs)
            cpu.append(time.thread_time() - c0)
            wall.append(time.perf_counter() - t0)
        timed[kind] = (cpu, wall)
    return timed


def counted(db, modules) -> dict[str, int]:
    """Statements SQLite runs for one save of each kind (its triggers' included)."""
    _, annotations, adjudication, scheme_module = modules
    scheme = scheme_module.load_scheme()
    fresh, conflicts = _sentences(db, 1)
    steps = {
        "label": lambda: annotations.set_annotation(db, fresh[0], REVIEWER, label=LABELS[0],
                                                    scheme=scheme, seconds=2.5),
        "relabel": lambda: annotations.set_annotation(db, fresh[0], REVIEWER,
                                                      label=LABELS[1], scheme=scheme,
                                                      seconds=3.5),
        "join": lambda: annotations.set_annotation(db, conflicts[0], REVIEWER,
                                                   label=LABELS[0], scheme=scheme,
                                                   seconds=2.5),
        "clear": lambda: annotations.clear_annotation(db, fresh[0], REVIEWER),
        "decide": lambda: adjudication.decide(db, conflicts[1], label=LABELS[0], source=None,
                                              confidence=None, adjudicator="lead",
                                              scheme=scheme),
    }
    out = {}
    for kind in KINDS:
        seen = _statements(db)
        steps[kind]()
        db.conn.set_trace_callback(None)
        out[kind] = len(seen)
    return out


def trigger_work(path: Path, keys: int) -> dict[str, float]:
    """The SQL a save runs with its triggers, alone: per annotation inserted (a first label)
    and per annotation relabeled, in one transaction rolled back (no commit, no Python of
    the tool's), microseconds of CPU per statement."""
    conn = sqlite3.connect(path, isolation_level=None)
    ids = [row[0] for row in conn.execute(
        "SELECT s.id FROM sentences s WHERE s.excluded IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM annotations a WHERE a.sentence_id = s.id) "
        "AND s.rowid % 89 = 1 LIMIT ?", [keys])]
    out = {}
    conn.execute("BEGIN IMMEDIATE")
    for kind, sql in (
            ("insert", "INSERT INTO annotations (sentence_id, reviewer, label, confidence, "
                       "created_at, updated_at) VALUES (?, 'trigger-bench', 'claim', 'medium', "
                       "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')"),
            ("relabel", "UPDATE annotations SET label = CASE label WHEN 'claim' THEN 'context' "
                        "ELSE 'claim' END, updated_at = '2026-01-02T00:00:00.000000Z' "
                        "WHERE sentence_id = ? AND reviewer = 'trigger-bench'")):
        c0 = time.process_time()
        for sid in ids:
            conn.execute(sql, [sid])
        out[kind] = (time.process_time() - c0) / len(ids) * 1e6
    conn.execute("ROLLBACK")
    conn.close()
    return out


def raw_commits(path: Path, keys: int) -> list[float]:
    """Bare sqlite3: one small row inserted and committed, synchronous=FULL, per key."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_raw_save (k INTEGER PRIMARY KEY, v TEXT)")
    wall = []
    for key in range(keys):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO bench_raw_save (v) VALUES (?)", [f"context {key}"])
        conn.execute("COMMIT")
        wall.append(time.perf_counter() - t0)
    conn.execute("DROP TABLE bench_raw_save")
    conn.close()
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None,
                        help="the database to copy (default: bigdb.py's, --sentences)")
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=200, help="saves of each kind")
    parser.add_argument("--code", type=Path, default=None,
                        help="the checkout whose annotator package runs (default: this one)")
    parser.add_argument("--keep", action="store_true", help="leave the copy in --workdir")
    add_workdir(parser)
    args = parser.parse_args()
    modules = _code(args.code)
    connection = modules[0]
    source = args.db
    if source is None:
        from bigdb import build

        source = build(workdir(args) / f"annotator-bench-save-{args.sentences}.db",
                       args.sentences, reviewers=3)
    copy = copy_db(source, workdir(args) / f"bench-save-{source.stem}.db")
    try:
        t0 = time.perf_counter()
        db = connection.open_db(copy)
        opened = time.perf_counter() - t0
        print(f"code: {Path(connection.__file__).parents[2]}; opened (migrations included) "
              f"in {opened:.3f} s")
        timed = saves(db, modules, args.keys)
        statements = counted(db, modules)
        db.close()
        triggers = trigger_work(copy, args.keys)
        raw = statistics.median(raw_commits(copy, args.keys))
        print(f"raw sqlite3 insert + commit (synchronous=FULL): {raw * 1000:.3f} ms wall")
        for kind in KINDS:
            cpu, wall = timed[kind]
            print(f"{kind:8s} median CPU {statistics.median(cpu) * 1000:.3f} ms, wall "
                  f"{statistics.median(wall) * 1000:.3f} ms ({statistics.median(wall) / raw:.2f}x "
                  f"raw), {statements[kind]} statements and trigger programs")
        print(f"the SQL alone with its triggers (rolled back): a first label "
              f"{triggers['insert']:.1f} us CPU, a relabel {triggers['relabel']:.1f} us CPU")
    finally:
        if not args.keep:
            remove_db(copy)


if __name__ == "__main__":
    main()
