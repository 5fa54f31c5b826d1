"""Link suggestions for one sentence over a large corpus, beside brute-force rapidfuzz.

    python benchmarks/bench_suggest.py                    # 1,000,000 sentences
    python benchmarks/bench_suggest.py --sentences 50000  # quicker

The corpus is benchmarks/bigdb.py's (seed words, cached under --workdir) plus the five seed
articles ingested for real, so the targets are the seeds' accusation and denials. The raw limit,
measured in the same run: rapidfuzz's process.extract over every sentence text (preprocessed
once, outside the timing), which is what suggestions would cost without FTS5 narrowing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bigdb import build  # noqa: E402
from common import add_workdir, workdir  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402

from annotator.base.resources import SEEDS_DIR  # noqa: E402
from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.suggest import suggest  # noqa: E402

TARGETS = {
    "accusation (seed 000)": "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%",
    "denial (seed 003)": '"Ada banyak laporan seperti itu, semuanya tidak berdasar%',
}
EXPECTED = {  # what the analyst must be led to, for the accusation
    "denial 000": "Kementerian luar negeri Korea Utara menolak tuduhan%",
    "denial 002": "Namun juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat%",
    "denial 003": '"Ada banyak laporan seperti itu, semuanya tidak berdasar%',
}


def prepare(sentences: int, folder: Path) -> Path:
    path = folder / f"annotator-suggest-{sentences}.db"
    build(path, sentences, reviewers=1)
    marker = path.with_suffix(".seeds")
    if not marker.exists():
        db = open_db(path)
        ingest_paths(db, [SEEDS_DIR])
        db.close()
        marker.write_text("ok")
    return path


def sid(db, pattern: str) -> str:
    return db.execute("SELECT id FROM sentences WHERE text LIKE ? AND excluded IS NULL "
                      "AND doc_id IN (SELECT id FROM documents WHERE path NOT LIKE 'synthetic/%')",
                      [pattern]).fetchone()[0]


async def panel_times(path: Path, target: str, runs: int) -> dict[str, list[float]]:
    """In the real app (Pilot, headless), from a key press to the screen on show: `l` to the
    link panel, then to its suggestions shown (computed in a worker thread meanwhile), and,
    as the reference, `/` to the search dialog, a modal of the same app with no work."""
    from annotator.ui.app import AnnotatorApp
    from annotator.ui.screens.link import LinkPanel
    from annotator.ui.screens.search import SearchScreen

    app = AnnotatorApp(path, "bench-suggest")
    times: dict[str, list[float]] = {"search": [], "panel": [], "suggestions": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.jump_to(target)
        await pilot.pause()
        for _ in range(runs):
            started = time.perf_counter()
            await pilot.press("slash")
            while not isinstance(app.screen, SearchScreen):
                await asyncio.sleep(0.001)
            await pilot.pause()
            times["search"].append(time.perf_counter() - started)
            await pilot.press("escape")
            await pilot.pause()

            started = time.perf_counter()
            await pilot.press("l")
            while not isinstance(app.screen, LinkPanel):
                await asyncio.sleep(0.001)
            await pilot.pause()
            times["panel"].append(time.perf_counter() - started)
            while app.screen.result is None:
                await asyncio.sleep(0.001)
            await pilot.pause()
            times["suggestions"].append(time.perf_counter() - started)
            await pilot.press("escape")
            await pilot.pause()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-ui", action="store_true", help="skip the link panel timing")
    add_workdir(parser)
    args = parser.parse_args()
    path = prepare(args.sentences, workdir(args))
    db = open_db(path)
    total = db.execute("SELECT count(*) FROM sentences WHERE excluded IS NULL").fetchone()[0]
    print(f"corpus: {total:,} sentences ({path})")

    timings: dict[str, list[float]] = {}
    for name, pattern in TARGETS.items():
        target = sid(db, pattern)
        started = time.perf_counter()
        suggest(db, target)  # first call: reads the registry, warms SQLite's page cache
        first = time.perf_counter() - started
        runs, cpu = [], []
        for _ in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            result = suggest(db, target)
            runs.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        timings[name] = runs
        print(f"suggest, {name}: median {statistics.median(runs) * 1000:.1f} ms wall "
              f"({statistics.median(cpu) * 1000:.1f} ms CPU), max {max(runs) * 1000:.1f} ms "
              f"over {args.runs} runs (first call {first * 1000:.0f} ms)")
        if name.startswith("accusation"):
            top = [s.sentence_id for s in result.sentences]
            for label, want in EXPECTED.items():
                wanted = sid(db, want)
                where = top.index(wanted) + 1 if wanted in top else None
                print(f"  {label}: {'rank ' + str(where) if where else 'NOT in the top 10'}")

    texts = [row[0] for row in db.execute(
        "SELECT text FROM sentences WHERE excluded IS NULL")]
    started = time.perf_counter()
    choices = [default_process(t) for t in texts]
    prep = time.perf_counter() - started
    query = default_process(db.execute("SELECT text FROM sentences WHERE id = ?",
                                       [sid(db, TARGETS["accusation (seed 000)"])]).fetchone()[0])
    started, started_cpu = time.perf_counter(), time.process_time()
    process.extract(query, choices, scorer=fuzz.token_sort_ratio, processor=None, limit=10)
    brute = time.perf_counter() - started
    brute_cpu = time.process_time() - started_cpu
    print(f"brute force: process.extract(token_sort_ratio) over {len(choices):,} texts "
          f"{brute * 1000:.0f} ms wall ({brute_cpu * 1000:.0f} ms CPU; preprocessing them once, "
          f"not timed: {prep:.1f} s)")
    worst = max(statistics.median(r) for r in timings.values())
    print(f"suggest (worst median) {worst * 1000:.1f} ms = {worst / brute:.3f} x brute force "
          f"({brute / worst:.0f} times faster); goal under 100 ms: "
          f"{'yes' if worst < 0.1 else 'NO'}")
    if not args.no_ui:
        target = sid(db, TARGETS["accusation (seed 000)"])
        t = asyncio.run(panel_times(path, target, min(args.runs, 10)))
        med = {k: statistics.median(v) * 1000 for k, v in t.items()}
        print(f"UI (Pilot, medians): `l` -> link panel on screen {med['panel']:.0f} ms, "
              f"suggestions shown {med['suggestions']:.0f} ms; reference: `/` -> search "
              f"dialog on screen {med['search']:.0f} ms")
    db.close()


if __name__ == "__main__":
    main()
