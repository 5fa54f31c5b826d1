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
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
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
    if args.sql:
        per_key = len(statements) // args.keys
        for line in statements[-per_key:]:
            print("  ", " ".join(line.split())[:160])
    if args.top:
        stats.sort_stats(args.sort).print_stats(args.top)


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
