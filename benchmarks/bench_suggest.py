"""Link suggestions for one sentence over a large corpus, beside brute-force rapidfuzz.

    python benchmarks/bench_suggest.py                    # 1,000,000 sentences
    python benchmarks/bench_suggest.py --sentences 50000  # quicker

The corpus is benchmarks/news.py's synthetic stories (accusations, denials, quotes and
context built from real wire patterns over many actors, Indonesian and English), ingested
for real (segmentation, near-duplicate groups), cached under --workdir, plus the five seed
articles, benchmarks/suggest_heldout/ (a second accusation with its denials, written for
this check and not tuned on, but whose misses at scale were looked at to find what pushed
them down), benchmarks/suggest_dev/ (written while changing the ranking and tuned on) and
benchmarks/suggest_fresh/ (three disputes written before the last change to the ranking and
never looked at while making it: the untuned figure) ingested after them. The targets are
the seeds' accusation and denials: the ranks of each set's denials for its accusation are
printed on those articles alone and on the large corpus, side by side (the aim: the same
ranks). Two ranks are printed at scale: the plain one, and the one with the synthetic
stories' own accusations and denials of the very same allegation set aside
(news.same_allegation: the generator knows them; they are right answers the articles alone
cannot hold), so what is left is whether anything else pushed them down. The raw limit,
measured in the same run: rapidfuzz's process.extract over every sentence text (preprocessed
once, outside the timing), which is what suggestions would cost without FTS5 narrowing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import add_workdir, remove_db, workdir  # noqa: E402
from news import VERSION, news_documents, same_allegation  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402

from annotator.base.resources import SEEDS_DIR  # noqa: E402
from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.suggest import suggest  # noqa: E402

HELDOUT = ROOT / "benchmarks" / "suggest_heldout"
DEV = ROOT / "benchmarks" / "suggest_dev"  # written while changing the ranking: tuned on
# written before the third change to the ranking and never looked at while making it
FRESH = ROOT / "benchmarks" / "suggest_fresh"
SETS = (HELDOUT, DEV, FRESH)
TARGETS = {
    "accusation (seed 000)": "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%",
    "denial (seed 003)": '"Ada banyak laporan seperti itu, semuanya tidak berdasar%',
}
# (accusation, {denial: pattern}, where they come from, the same allegation in news.py)
CHECKS = {
    "seeds": ("Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%", {
        "denial 000": "Kementerian luar negeri Korea Utara menolak tuduhan%",
        "denial 002": "Namun juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat%",
        "denial 003": '"Ada banyak laporan seperti itu, semuanya tidak berdasar%',
    }, str(SEEDS_DIR), ("Korea Utara", "mengirim senjata ke {c}", "Rusia")),
    "held-out (misses looked at)": (
        "%Penjaga Pantai Filipina menuduh kapal penjaga pantai China%", {
        "China coast guard (same article)": "Namun Penjaga Pantai China membantah%",
        "foreign ministry (2nd article)": "%Kementerian Luar Negeri China pada Senin%menolak%",
        "its quote, subject before": '"Cerita yang disebarkan pihak Filipina itu%',
        "wire, English": '"The Philippine claims are groundless%',
        "wire, English, denied": "A Chinese coast guard spokesperson, Gan Yu, denied%",
    }, str(HELDOUT), ("China", "menyerang kapal dagang {c}", "Filipina")),
    "dev (tuned on)": ("%Uni Eropa menuduh Iran memasok drone%", {
        "same article": "Kementerian Luar Negeri Iran membantah tuduhan itu.",
        "same article, quote": '"Iran tidak pernah mengirim drone%',
        "2nd article, paraphrased": "%Pemerintah Iran menolak tudingan%",
        "2nd article, ambassador": "Duta Besar Iran untuk Uni Eropa menyatakan%",
        "wire, English": "%Iran on Monday dismissed accusations%",
    }, str(DEV), ("Iran", "memasok drone kepada {c}", "Sudan")),
    "fresh: airspace (untuned)": (
        "%Kementerian Pertahanan Jepang menuduh sebuah pesawat patroli Il-38 milik Rusia%", {
            "2nd article": "%Kementerian Pertahanan Rusia membantah bahwa pesawat patroli%",
            "2nd article, quote": '"Penerbangan itu tidak melanggar perbatasan negara mana pun,"%',
            "wire, English": "%Russia's defence ministry said on Tuesday that one of its Il-38%",
            "wire, English, quote": '"The flight was carried out in strict accordance%',
        }, str(FRESH), ("Rusia", "melanggar wilayah udara {c}", "Jepang")),
    "fresh: border (untuned)": (
        "%Angkatan Darat Thailand menuduh tentara Kamboja melepaskan tembakan%", {
            "same article": "Kementerian Pertahanan Kamboja menolak tuduhan itu%",
            "wire, English": "%Cambodia on Thursday rejected Thailand's claim%",
            "wire, English, quote": '"Cambodia has never started any shooting,"%',
        }, str(FRESH), ("Kamboja", "menembaki pos perbatasan {c}", "Thailand")),
    "fresh: strike (untuned)": (
        "%Federasi Serikat Pekerja Sepatu Banten menuding PT Sinar Langkah Abadi%", {
            "same article": "Manajemen PT Sinar Langkah Abadi membantah tudingan tersebut.%",
            "same article, quote": '"Tidak ada kaitannya dengan mogok.%',
            "2nd article, no denial word": "Perusahaan kembali menegaskan bahwa PHK tersebut%",
        }, str(FRESH), ("", "", "")),
}


def prepare(sentences: int, folder: Path) -> Path:
    """The news corpus with the seeds ingested after it (cached)."""
    path = folder / f"annotator-suggest-news-{sentences}-v{VERSION}.db"
    marker = path.with_suffix(".done")
    if path.exists() and marker.exists():
        db = open_db(path)  # a corpus cached before the held-out articles existed
        for extra in SETS:
            ingest_paths(db, [extra / "articles.jsonl"])  # nothing new: no change
        db.close()
        return path
    remove_db(path)
    corpus = folder / f"news-{sentences}.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for doc in news_documents(sentences):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    db = open_db(path)
    started = time.perf_counter()
    ingest_paths(db, [corpus], parallel=None)
    ingest_paths(db, [SEEDS_DIR])
    for extra in SETS:
        ingest_paths(db, [extra / "articles.jsonl"])
    db.close()
    corpus.unlink()
    print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    marker.write_text("ok")
    return path


def seeds_alone(folder: Path) -> Path:
    path = folder / "annotator-suggest-seeds.db"
    remove_db(path)
    db = open_db(path)
    ingest_paths(db, [SEEDS_DIR])
    for extra in SETS:
        ingest_paths(db, [extra / "articles.jsonl"])
    db.close()
    return path


def sid(db, pattern: str, where: str = str(SEEDS_DIR)) -> str:
    # documents are found by their folder inside the checkout, so a corpus cached by
    # another checkout (or copied from another workdir) serves as well
    inside = Path(where).resolve().relative_to(ROOT)
    row = db.execute("SELECT id FROM sentences WHERE text LIKE ? AND excluded IS NULL "
                     "AND doc_id IN (SELECT id FROM documents WHERE path LIKE ?)",
                     [pattern, f"%/{inside.as_posix()}/%"]).fetchone()
    if row is None:
        raise SystemExit(f"bench_suggest: no sentence like {pattern!r} from {inside} "
                         "in this database")
    return row[0]


def ranks(db, check: str, aside: dict[str, str] | None = None) -> dict[str, tuple]:
    """Where each expected denial ranks among the accusation's first 50 suggestions: the
    plain rank, and the rank once the sentences in ``aside`` (texts, matched at the end of
    a sentence, as a dateline may precede them) are left out."""
    accusation, expected, where, _ = CHECKS[check]
    found = suggest(db, sid(db, accusation, where), limit=50).sentences
    plain = [s.sentence_id for s in found]
    kept = [s.sentence_id for s in found
            if not any(s.text.endswith(t) for t in (aside or {}))]
    out = {}
    for label, want in expected.items():
        target = sid(db, want, where)
        out[label] = tuple(ids.index(target) + 1 if target in ids else None
                           for ids in (plain, kept))
    return out


def shown(rank: int | None) -> str:
    return "-" if rank is None else str(rank)


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


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


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
    cpu_timings: dict[str, list[float]] = {}
    for name, pattern in TARGETS.items():
        target = sid(db, pattern)
        started = time.perf_counter()
        suggest(db, target)  # first call: reads the registry, warms SQLite's page cache
        first = time.perf_counter() - started
        runs, cpu = [], []
        for _ in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            suggest(db, target)
            runs.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        timings[name] = runs
        cpu_timings[name] = cpu
        print(f"suggest, {name}: median {statistics.median(runs) * 1000:.1f} ms wall "
              f"({statistics.median(cpu) * 1000:.1f} ms CPU), max {max(runs) * 1000:.1f} ms "
              f"over {args.runs} runs (first call {first * 1000:.0f} ms)")

    # many different sentences, each asked once (not the same warm two)
    rng = random.Random(5)
    top = db.execute("SELECT max(rowid) FROM sentences").fetchone()[0]
    others = []
    while len(others) < args.runs * 2:
        row = db.execute("SELECT id FROM sentences WHERE rowid = ? AND excluded IS NULL",
                         [rng.randint(1, top)]).fetchone()
        if row:
            others.append(row[0])
    spread, spread_cpu = [], []
    for target in others:
        started, started_cpu = time.perf_counter(), time.process_time()
        suggest(db, target)
        spread.append(time.perf_counter() - started)
        spread_cpu.append(time.process_time() - started_cpu)
    timings["different sentences"] = spread
    cpu_timings["different sentences"] = spread_cpu
    print(f"suggest, {len(others)} different sentences, each once: median "
          f"{statistics.median(spread) * 1000:.1f} ms wall "
          f"({statistics.median(spread_cpu) * 1000:.1f} ms CPU), max {max(spread) * 1000:.1f} ms")
    # accusations read the most (150 hits, the rest of their article): many different ones,
    # each once, kept out of the figures over all calls below (comparable with earlier runs)
    accusations = [row[0] for row in db.execute(
        "SELECT id FROM sentences WHERE excluded IS NULL AND (text LIKE '% menuduh %' "
        "OR text LIKE '% menuding %' OR text LIKE '% accused %') ORDER BY rowid")]
    accusations = rng.sample(accusations, min(len(accusations), args.runs * 2))
    walls, cpus = [], []
    for target in accusations:
        started, started_cpu = time.perf_counter(), time.process_time()
        suggest(db, target)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - started_cpu)
    print(f"suggest, {len(accusations)} different accusations, each once: median "
          f"{statistics.median(walls) * 1000:.1f} ms wall "
          f"({statistics.median(cpus) * 1000:.1f} ms CPU), p95 {_p95(walls) * 1000:.1f} ms "
          f"wall ({_p95(cpus) * 1000:.1f} ms CPU)")

    alone = open_db(seeds_alone(workdir(args)))
    for check, (_, expected, _, allegation) in CHECKS.items():
        aside = same_allegation(args.sentences, *allegation)
        on_own, at_scale = ranks(alone, check), ranks(db, check, aside)
        print(f"{check}: accusation -> its denials, rank among the first 50 (aim: the same; "
              f"top 10 shown on the panel); {len(aside)} synthetic sentences accuse or deny "
              f"the same allegation ({' / '.join(allegation)})")
        for label in expected:
            a, (b, c) = on_own[label][0], at_scale[label]
            print(f"  {label}: articles alone {shown(a)}; on {total:,} sentences {shown(b)}, "
                  f"{shown(c)} with those set aside {'(same)' if a == c else '(MOVED)'}")
    alone.close()

    texts = [row[0] for row in db.execute(
        "SELECT text FROM sentences WHERE excluded IS NULL")]
    started = time.perf_counter()
    choices = [default_process(t) for t in texts]
    prep = time.perf_counter() - started
    query = default_process(db.execute("SELECT text FROM sentences WHERE id = ?",
                                       [sid(db, TARGETS["accusation (seed 000)"])]).fetchone()[0])
    brutes, brute_cpus = [], []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        process.extract(query, choices, scorer=fuzz.token_sort_ratio, processor=None, limit=10)
        brutes.append(time.perf_counter() - started)
        brute_cpus.append(time.process_time() - started_cpu)
    brute, brute_cpu = statistics.median(brutes), statistics.median(brute_cpus)
    print(f"brute force: process.extract(token_sort_ratio) over {len(choices):,} texts, "
          f"median of 3: {brute * 1000:.0f} ms wall ({brute_cpu * 1000:.0f} ms CPU; "
          f"preprocessing them once, not timed: {prep:.1f} s)")
    for what, table, raw in (("wall", timings, brute), ("CPU", cpu_timings, brute_cpu)):
        every = [t for r in table.values() for t in r]
        median, p95 = statistics.median(every), _p95(every)
        print(f"suggest over all {len(every)} calls, {what}: median {median * 1000:.1f} ms "
              f"({median / raw:.3f} x brute force), p95 {p95 * 1000:.1f} ms "
              f"({p95 / raw:.3f} x)")
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
