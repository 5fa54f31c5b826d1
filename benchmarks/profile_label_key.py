"""Where a label keystroke's time goes: cProfile and the SQL statements of N presses.

    python benchmarks/profile_label_key.py --db .bench/annotator-bench-ui-1000000.db

Drives the real labeling screen with Pilot (reviewer "bench-ui", whose labels are cleared
first) on a copy of DB made in --workdir and removed at the end (the screen registers the
sources it proposes: two runs on one file would propose differently), presses "c" --keys
times, and prints the SQL statements per key, how many full layouts Textual ran and frames it
wrote per key, and the top of the cProfile table for the presses alone.

    python benchmarks/profile_label_key.py --db DB --keys 200 --split --top 0

prints instead the key's core parts (the save, the proposal and its pieces, the next
sentence, the screen's refresh) by the main thread's CPU per key, without cProfile, whose
overhead would swell the Python-heavy parts.

    python benchmarks/profile_label_key.py --db DB --keys 100 --proposal --sort tottime

profiles only the proposal's calls (the rules, the look-back, the document's speaker
table), inside the app as the key makes them.

    python benchmarks/profile_label_key.py --db DB --keys 200 --top 0 --threads

prints each thread's CPU per key (the key's process CPU is not the UI thread's alone: the
checkpoint thread's looks, the thread workers' classifier guesses) and each thread
worker's CPU per run, by its name.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import inspect
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import add_workdir, fresh_copy, workdir  # noqa: E402

REVIEWER = "bench-ui"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--keys", type=int, default=50)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--sql", action="store_true", help="list the statements of one key")
    parser.add_argument("--split", action="store_true",
                        help="also time the key's core parts (the save, the proposal, the "
                             "next sentence, ...) by the main thread's CPU, per key")
    parser.add_argument("--proposal", action="store_true",
                        help="profile only the proposal's calls (propose), not the screen's")
    parser.add_argument("--wall", action="store_true",
                        help="profile wall time (default: the process's CPU time, which a "
                             "loaded machine does not inflate)")
    parser.add_argument("--threads", action="store_true",
                        help="also print each thread's CPU per key and each thread "
                             "worker's CPU per run (Linux: /proc's schedstat)")
    parser.add_argument("--dump", type=Path,
                        help="also write the cProfile table to this file (pstats)")
    add_workdir(parser)
    args = parser.parse_args()
    args.db = fresh_copy(args.db, workdir(args))

    from textual.widget import Widget

    from annotator.db.connection import open_db
    from annotator.ui.app import AnnotatorApp

    db = open_db(args.db)
    with db.conn:
        db.execute("DELETE FROM annotations WHERE reviewer = ?", [REVIEWER])
        db.execute("DELETE FROM annotation_history WHERE reviewer = ?", [REVIEWER])
    db.close()

    layouts = collections.Counter()
    original = Widget._arrange_root if hasattr(Widget, "_arrange_root") else None
    from textual.screen import Screen

    real_refresh_layout = Screen._refresh_layout

    def counting_refresh_layout(self, *a, **k):
        layouts["screen layouts"] += 1
        return real_refresh_layout(self, *a, **k)

    Screen._refresh_layout = counting_refresh_layout
    del original
    from textual.app import App

    real_display = App._display

    def counting_display(self, *a, **k):  # one call per frame written to the terminal
        layouts["frames"] += 1
        return real_display(self, *a, **k)

    App._display = counting_display

    statements: list[str] = []
    split = _time_core_parts() if args.split else None
    workers = _time_thread_workers() if args.threads else None
    threads_cpu: dict[str, float] = {}
    app = AnnotatorApp(args.db, REVIEWER)

    async def run() -> pstats.Stats:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            while True:  # the counts, then the classifier they start (as bench_ui waits)
                await app.workers.wait_for_complete()
                await pilot.pause()
                if not any(worker.is_running for worker in app.workers):
                    break
            app.db.conn.set_trace_callback(statements.append)
            if split is not None:  # the keys alone: not the start's proposal nor its
                for counted in split.values():  # collections (about 300 of them)
                    counted[:] = [0, 0.0]
            layouts.clear()
            if workers is not None:
                workers.clear()
                threads_cpu.update({name: -spent for name, spent in thread_cpu().items()})
            profile = cProfile.Profile(time.perf_counter if args.wall else time.process_time)
            if args.proposal:
                _profile_proposals_only(profile)
            elif args.top:  # --top 0: no cProfile, whose overhead would swell the split
                profile.enable()
            for _ in range(args.keys):
                await pilot.press("c")
                await pilot.pause()
                await app.workers.wait_for_complete()  # what the key left to a worker
            profile.disable()
            if workers is not None:
                for name, spent in thread_cpu().items():
                    threads_cpu[name] = threads_cpu.get(name, 0.0) + spent
            app.db.conn.set_trace_callback(None)
            return pstats.Stats(profile) if args.top else None

    stats = asyncio.run(run())
    print(f"{args.keys} presses: {len(statements) / args.keys:.1f} SQL statements per key, "
          f"{layouts['screen layouts'] / args.keys:.2f} screen layouts per key, "
          f"{layouts['frames'] / args.keys:.2f} frames per key")
    if split is not None:
        print("the key's core parts, main thread CPU per key (ms):")
        for name, (calls, spent) in split.items():
            print(f"  {name:<28} {spent / args.keys * 1000:7.3f}  ({calls / args.keys:.2f} calls)")
    if workers is not None:
        print_threads(threads_cpu, workers, args.keys)
    if args.sql:
        per_key = len(statements) // args.keys
        for line in statements[-per_key:]:
            print("  ", " ".join(line.split())[:160])
    if args.top:
        stats.sort_stats(args.sort).print_stats(args.top)
        if args.dump:
            stats.dump_stats(args.dump)


def thread_cpu() -> dict[str, float]:
    """Each live thread's CPU seconds so far, by its name (Python's, else the kernel's):
    /proc/self/task/*/schedstat, which counts every thread, Python's or SQLite's."""
    import threading

    names = {str(thread.native_id): thread.name for thread in threading.enumerate()}
    spent: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            ran = int((task / "schedstat").read_text().split()[0]) / 1e9
            name = names.get(task.name) or (task / "comm").read_text().strip()
        except (OSError, ValueError, IndexError):
            continue  # ended meanwhile
        spent[name] = spent.get(name, 0.0) + ran
    return spent


def _time_thread_workers() -> dict[str, list]:
    """Each thread worker's runs and CPU (its thread's), by the worker's name: the thread
    a worker runs on (asyncio's executor) outlives it, so its CPU alone does not say which
    worker spent it."""
    import textual.worker as worker_module

    spent: dict[str, list] = {}
    real = worker_module.Worker._run_threaded

    async def run_threaded(worker):
        work = worker._work
        if callable(work) and not inspect.iscoroutinefunction(work):
            def timed(*a, **k):
                start = time.thread_time()
                try:
                    return work(*a, **k)
                finally:
                    counted = spent.setdefault(worker.name, [0, 0.0])
                    counted[0] += 1
                    counted[1] += time.thread_time() - start
            worker._work = timed
        return await real(worker)

    worker_module.Worker._run_threaded = run_threaded
    return spent


def print_threads(threads_cpu: dict[str, float], workers: dict[str, list], keys: int) -> None:
    print("CPU per key by thread (ms; threads alive at the first and the last key):")
    for name, spent in sorted(threads_cpu.items(), key=lambda item: -item[1]):
        if spent > 0:
            print(f"  {name:<40} {spent / keys * 1000:7.3f}")
    print("thread workers (CPU of their runs):")
    for name, (runs, spent) in sorted(workers.items(), key=lambda item: -item[1][1]):
        print(f"  {name:<60} {runs} runs, {spent / max(runs, 1) * 1000:6.2f} ms a run, "
              f"{spent / keys * 1000:6.3f} ms a key")


def _profile_proposals_only(profile: cProfile.Profile) -> None:
    """Turn the profile on only inside the screen's proposal calls."""
    import annotator.domain.proposals as proposals

    real = proposals.propose

    def profiled(*a, **k):
        profile.enable()
        try:
            return real(*a, **k)
        finally:
            profile.disable()
    proposals.propose = profiled


def _time_core_parts() -> dict[str, list]:
    """Wrap the store and proposal calls a label key makes, timing each by the main
    thread's CPU (time.thread_time: other processes on a loaded machine do not count).
    Nested parts count in each part that holds them."""
    import annotator.domain.proposals as proposals
    import annotator.ui.screens.label as label
    from annotator.domain import navigation as nav

    spent: dict[str, list] = {}

    def timed(name, fn):
        spent[name] = [0, 0.0]

        def wrapper(*a, **k):
            start = time.thread_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name][0] += 1
                spent[name][1] += time.thread_time() - start
        return wrapper

    screen = label.LabelScreen
    screen.action_label = timed("the whole key's action", screen.action_label)
    label.set_annotation = timed("save (set_annotation)", label.set_annotation)
    label.register_proposed = timed("register_proposed", label.register_proposed)
    label.disputes_of = timed("disputes_of", label.disputes_of)
    label.get_annotation = timed("get_annotation", label.get_annotation)
    proposals.propose = timed("proposal (propose)", proposals.propose)
    from annotator.domain.proposals import engine
    from annotator.ui.screens.label_foresight import Foresight

    engine.describe = timed("  its features (describe)", engine.describe)
    Foresight.predict = timed("  its classifier guess", Foresight.predict)
    engine.entity_table = timed("  its entity table", engine.entity_table)
    engine.read_speaker = timed("  its speaker readings", engine.read_speaker)
    engine._read_before = timed("  the sentences before", engine._read_before)
    engine._earlier = timed("    each read back", engine._earlier)
    engine._ruled = timed("  the rules (_ruled)", engine._ruled)
    engine._whole = timed("    their key (_whole)", engine._whole)
    engine.propose_text = timed("  propose_text (any)", engine.propose_text)
    engine.with_speakers = timed("  with_speakers", engine.with_speakers)
    engine.in_dispute = timed("    in_dispute", engine.in_dispute)
    engine.in_its_dispute = timed("    in_its_dispute", engine.in_its_dispute)
    nav.next_unlabeled = timed("next_unlabeled", nav.next_unlabeled)
    nav.DocumentReader.place = timed("reader.place", nav.DocumentReader.place)
    screen.refresh_view = timed("refresh_view (UI)", screen.refresh_view)
    from annotator.ui.widgets.annotation_panel import AnnotationPanel
    from annotator.ui.widgets.document_bar import DocumentBar
    from annotator.ui.widgets.progress import ReviewerProgress, StatusAndProgress
    from annotator.ui.widgets.sentence_view import ReadingView

    DocumentBar.show = timed("  the heading (DocumentBar)", DocumentBar.show)
    ReadingView.show = timed("  the sentences (ReadingView)", ReadingView.show)
    AnnotationPanel.show = timed("  the annotation (AnnotationPanel)", AnnotationPanel.show)
    screen.draft = timed("  its draft", screen.draft)
    ReviewerProgress.show = timed("  the progress line", ReviewerProgress.show)
    StatusAndProgress.say = timed("  the status line", StatusAndProgress.say)
    screen._saved = timed("after the save (_saved)", screen._saved)
    screen.go_to = timed("go_to", screen.go_to)
    _time_screen_parts(spent, timed)
    return spent


def _time_screen_parts(spent: dict[str, list], timed) -> None:
    """The screen's side of a key outside its action: painting the rows it changed, the
    terminal guard, handing widgets over, the whole frame; and garbage collection (any
    generation, wherever it falls: inside the parts above too)."""
    import gc

    from textual.app import App
    from textual.screen import Screen

    import annotator.ui.app as ui_app
    from annotator.ui.widgets import steady

    Screen._compositor_refresh = timed("frame: compositor refresh", Screen._compositor_refresh)
    App._display = timed("  its write to the terminal", App._display)
    ui_app.terminal_safe = timed("  its terminal guard", ui_app.terminal_safe)
    steady.SteadyStatic.render_lines = timed("  rows painted (steady)",
                                             steady.SteadyStatic.render_lines)
    ui_app.paint_together = timed("paint_together", ui_app.paint_together)
    collected = spent["garbage collection"] = [0, 0.0]
    started = []

    def on_collect(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.thread_time())
        elif started:
            collected[0] += 1
            collected[1] += time.thread_time() - started.pop()
            generation = spent.setdefault(f"  generation {info['generation']}", [0, 0.0])
            generation[0] += 1

    gc.callbacks.append(on_collect)


if __name__ == "__main__":
    main()
