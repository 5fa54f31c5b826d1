"""Where a label keystroke's time goes: cProfile and the SQL statements of N presses.

    python benchmarks/profile_label_key.py --db .bench/annotator-bench-ui-1000000.db

Drives the real labeling screen with Pilot (reviewer "bench-ui", whose labels are cleared
first), presses "c" --keys times, and prints the SQL statements per key, how many full
layouts Textual ran and frames it wrote per key, and the top of the cProfile table for the
presses alone.
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

REVIEWER = "bench-ui"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--keys", type=int, default=50)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--sql", action="store_true", help="list the statements of one key")
    parser.add_argument("--wall", action="store_true",
                        help="profile wall time (default: the process's CPU time, which a "
                             "loaded machine does not inflate)")
    args = parser.parse_args()

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
    app = AnnotatorApp(args.db, REVIEWER)

    async def run() -> pstats.Stats:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            app.db.conn.set_trace_callback(statements.append)
            layouts.clear()
            profile = cProfile.Profile(time.perf_counter if args.wall else time.process_time)
            profile.enable()
            for _ in range(args.keys):
                await pilot.press("c")
                await pilot.pause()
            profile.disable()
            app.db.conn.set_trace_callback(None)
            return pstats.Stats(profile)

    stats = asyncio.run(run())
    print(f"{args.keys} presses: {len(statements) / args.keys:.1f} SQL statements per key, "
          f"{layouts['screen layouts'] / args.keys:.2f} screen layouts per key, "
          f"{layouts['frames'] / args.keys:.2f} frames per key")
    if args.sql:
        per_key = len(statements) // args.keys
        for line in statements[-per_key:]:
            print("  ", " ".join(line.split())[:160])
    stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
