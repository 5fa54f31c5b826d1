"""The analysis workers: how they start, and that every way of running them stores the
same rows."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import annotator
from annotator.corpus.ingest import ingest_paths
from annotator.corpus.pipeline import start_method
from annotator.db.connection import open_db

CHECKOUT = str(Path(annotator.__file__).resolve().parents[1])


def test_workers_are_forked_by_a_process_without_threads():
    """A forked worker starts with the modules and rules loaded; a spawned one imports
    them again while the main process waits."""
    env = {**os.environ, "PYTHONPATH": CHECKOUT}
    done = subprocess.run(
        [sys.executable, "-c",
         "from annotator.corpus.pipeline import start_method; print(start_method())"],
        capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "fork"


def test_workers_are_spawned_beside_other_threads():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(start_method()))
    thread.start()
    thread.join()
    assert seen == ["spawn"]


def test_spawned_workers_store_what_serial_analysis_does(tmp_path, seeds_dir):
    """Ingesting from a thread (as the UI would) spawns the workers: same rows."""
    serial = open_db(tmp_path / "serial.db")
    ingest_paths(serial, [seeds_dir], parallel=False)
    failed = []

    def run() -> None:
        db = open_db(tmp_path / "spawned.db")
        try:
            ingest_paths(db, [seeds_dir], parallel=True)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failed.append(exc)
        finally:
            db.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert not failed
    spawned = open_db(tmp_path / "spawned.db")
    for query in ("SELECT rowid, * FROM sentences ORDER BY rowid",
                  "SELECT rowid, text FROM sentences_fts ORDER BY rowid",
                  "SELECT * FROM near_duplicate_keys",
                  "SELECT id, ordinal, title, outlet, dateline, published, wire, raw, gaps "
                  "FROM documents ORDER BY ordinal"):
        assert list(serial.execute(query)) == list(spawned.execute(query))


def test_the_cli_forks_its_workers_under_a_progress_bar(tmp_path, seeds_dir):
    """`annotator ingest` in a terminal draws a progress bar, whose thread would make the
    workers spawned (slower to start): they are started before it, so they are forked."""
    script = (
        "import sys\n"
        "import annotator.corpus.ingest as ingest, annotator.corpus.pipeline as pipeline\n"
        "ingest.PARALLEL_BYTES = 0  # the seeds in workers, as a large input would be\n"
        "chosen = pipeline.start_method\n"
        "def start_method():\n"
        "    method = chosen()\n"
        "    print('workers:', method, file=sys.stderr)\n"
        "    return method\n"
        "pipeline.start_method = start_method\n"
        "from annotator.cli import main\n"
        "sys.argv = ['annotator', 'ingest', '--json', sys.argv[1], '--db', sys.argv[2]]\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": CHECKOUT, "TTY_COMPATIBLE": "1"}  # a terminal's bar
    done = subprocess.run(
        [sys.executable, "-c", script, str(seeds_dir), str(tmp_path / "cli.db")],
        capture_output=True, text=True, env=env, check=True)
    assert "workers: fork" in done.stderr
    assert '"sentences": 62' in done.stdout


def test_a_worker_ends_at_sigterm_whatever_handler_the_cli_installed():
    """The pool ends its workers with SIGTERM. A worker forked from the CLI inherited its
    handler, which raises to unwind, and could leave the task queue's lock taken so that
    the other worker (and the CLI, joining it) waited for ever."""
    env = {**os.environ, "PYTHONPATH": CHECKOUT}
    script = (
        "import signal\n"
        "from annotator.cli.common import _catch_termination\n"
        "from annotator.corpus.pipeline import Analyser\n"
        "from annotator.corpus.rules import load_rules\n"
        "_catch_termination()\n"
        "analyser = Analyser(load_rules(), None, parallel=True)\n"
        "print(analyser.pool.apply(signal.getsignal, (signal.SIGTERM,)) is signal.SIG_DFL)\n"
        "analyser.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, check=True, timeout=300)
    assert done.stdout.strip() == "True"


def test_the_pools_worker_handler_sleeps_while_results_arrive(monkeypatch):
    """The pool's worker handler (a thread of the ingesting process) woke whenever a
    result was waiting to be read, and kept waking until it was: about a hundred times a
    result at 100,000 sentences, each a turn of Python's lock and a core taken from the
    main thread. It now wakes only when a worker ends or the pool changes (here it does
    not: a long task keeps the pool's cache from running empty, which would wake it)."""
    import time
    from multiprocessing.pool import Pool

    from annotator.corpus import pipeline
    from annotator.corpus.readers import SourceDocument
    from annotator.corpus.rules import load_rules

    if not pipeline.workers():
        return  # one core: no workers
    wakes = []
    inner = Pool._wait_for_updates

    def counted(sentinels, change_notifier, timeout=None):
        wakes.append(time.perf_counter())
        return inner(sentinels, change_notifier, timeout)

    monkeypatch.setattr(Pool, "_wait_for_updates", staticmethod(counted))
    monkeypatch.setattr(pipeline, "CHUNK", 1)  # a result per document
    sources = [SourceDocument(path="", file="", line=None, doc_id=f"{i:016x}",
                              raw=f"Warga desa nomor {i} menolak rencana itu. Kata mereka.")
               for i in range(60)]
    analyser = pipeline.Analyser(load_rules(), "id", parallel=True)
    try:
        long_task = analyser.pool.apply_async(time.sleep, (5.0,))  # one worker; the other
        time.sleep(0.2)  # analyses the documents
        started = time.perf_counter()
        results = []
        for _source, result in analyser.map(sources):
            results.append(result)
            spin = time.perf_counter() + 0.002  # the main thread busy, as when storing
            while time.perf_counter() < spin:
                pass
        ended = time.perf_counter()
        assert not long_task.ready()  # the cache never ran empty meanwhile
        during = [t for t in wakes if started <= t <= ended]
    finally:
        analyser.close()
    assert len(results) == 60
    assert len(during) <= 2, f"{len(during)} wakes for 60 results"


def _workers_niceness() -> tuple[int, int]:
    """(the niceness a task in a worker sees, this process's own)."""
    from annotator.corpus import pipeline
    from annotator.corpus.rules import load_rules

    analyser = pipeline.Analyser(load_rules(), "id", parallel=True)
    try:
        return analyser.pool.apply_async(os.nice, (0,)).get(timeout=60), os.nice(0)
    finally:
        analyser.close()


def test_analysis_workers_run_below_the_main_process():
    """The main process's full-text index thread shared the second core evenly with both
    workers, and the main thread waited on its statements. The workers now run
    WORKER_NICENESS steps nicer (forked by the CLI, or spawned beside the UI's threads),
    and the main process keeps its own priority."""
    from annotator.corpus import pipeline

    if not pipeline.workers():
        pytest.skip("one core: the analysis runs in-process, no workers")
    before = os.nice(0)
    worker, own = _workers_niceness()
    assert own == before
    assert worker == min(19, before + pipeline.WORKER_NICENESS)
    seen = []
    thread = threading.Thread(target=lambda: seen.append(_workers_niceness()))
    thread.start()  # beside another thread the workers are spawned (start_method)
    thread.join()
    assert seen == [(min(19, before + pipeline.WORKER_NICENESS), before)]
