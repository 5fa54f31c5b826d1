"""Source suggestions as the analyst types, over a registry of 100,000 synthetic names,
beside brute-force rapidfuzz (every choice scored) in the same run.

    python benchmarks/bench_sources.py [--names 100000] [--typists 40]

The registry is the shipped one (data/sources.json) plus synthetic people, offices and
outlets made from the seeds' words, each with an alias ("D. Peskov", initials for
offices), added to a real database. For each of ``--typists`` target names (real and
synthetic) the benchmark types the name one character at a time and times
``SourceIndex.suggest`` per keystroke; it also reports how
many keystrokes it took until the target was the first suggestion.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from common import add_workdir, workdir  # noqa: E402

from annotator.db.connection import open_db, write  # noqa: E402
from annotator.domain.sources import alias_key  # noqa: E402
from annotator.domain.speakers import SourceIndex  # noqa: E402

FIRST = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko",
         "Kartika", "Lestari", "Maria", "Nadia", "Oleg", "Pavel", "Qori", "Rudi", "Sergei",
         "Tatiana", "Umar", "Viktor", "Wulan", "Yuri", "Zainal", "Ivan", "Olga", "Dmitri"]
OFFICES = ["Kementerian", "Badan", "Dinas", "Kantor", "Komisi", "Direktorat", "Lembaga"]


def seed_words() -> list[str]:
    words = set()
    for path in sorted((HERE.parent / "seeds").glob("*.txt")):
        words.update(re.findall(r"[A-Z][a-z]{3,}", path.read_text(encoding="utf-8")))
    return sorted(words)


def synthetic_registry(db, count: int, rng: random.Random) -> None:
    words = seed_words()
    names: set[str] = set()
    while len(names) < count:
        kind = rng.random()
        if kind < 0.6:
            name = f"{rng.choice(FIRST)} {rng.choice(words)}{rng.choice(['', 'ov', 'ko', 'wati'])}"
        elif kind < 0.9:
            name = f"{rng.choice(OFFICES)} {rng.choice(words)} {rng.choice(words)}"
        else:
            name = f"{rng.choice(words)} {rng.choice(['News', 'Post', 'TV', 'Times'])}"
        names.add(name)
    rows, aliases = [], []
    existing = {n for (n,) in db.execute("SELECT name FROM sources")}
    for name in sorted(names - existing):
        rows.append({"name": name, "name_key": alias_key(name), "kind": "other",
                     "created_at": "2026-01-01T00:00:00Z"})
        words = name.split()
        if words[0] in FIRST:  # a person: "D. Peskov"
            aliases.append((name, f"{words[0][0]}. {' '.join(words[1:])}"))
        else:  # an office or outlet: its initials, "KAB"
            aliases.append((name, "".join(w[0] for w in words).upper() + f" {words[-1]}"))
    with write(db):
        db["sources"].insert_all(rows, batch_size=5000)
        ids = dict(db.execute("SELECT name, id FROM sources"))
        db["source_aliases"].insert_all(
            ({"key": alias_key(alias), "alias": alias, "source_id": ids[name]}
             for name, alias in aliases),
            batch_size=5000, ignore=True,
        )


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[max(0, int(len(values) * 0.95) - 1)]
    return (f"median {statistics.median(values) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, "
            f"max {values[-1] * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--typists", type=int, default=40)
    parser.add_argument("--db", type=Path, default=None)
    add_workdir(parser)
    args = parser.parse_args()
    rng = random.Random(11)
    path = args.db or workdir(args) / f"annotator-bench-sources-{args.names}.db"
    db = open_db(path)
    if db.execute("SELECT count(*) FROM sources").fetchone()[0] < args.names:
        synthetic_registry(db, args.names, rng)
    t0 = time.perf_counter()
    index = SourceIndex.from_db(db)
    built = time.perf_counter() - t0
    names = [n for (n,) in db.execute("SELECT name FROM sources")]
    print(f"registry: {len(names):,} sources, {len(index):,} names and aliases; "
          f"index built in {built:.2f} s")

    targets = ["Dmitry Peskov", "Sergei Lavrov", "Korea Utara", "Maria Zakharova"]
    targets += rng.sample(names, args.typists - len(targets))
    ours, brute, keystrokes_needed = [], [], []
    for target in targets:
        needed = None
        for n in range(1, len(target) + 1):
            typed = target[:n]
            t0 = time.perf_counter()
            suggestions = index.suggest(typed)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            index.brute_force(typed)
            brute.append(time.perf_counter() - t0)
            if needed is None and suggestions and suggestions[0].name == target:
                needed = n
        keystrokes_needed.append(needed if needed is not None else len(target) + 1)
    typed_total = len(ours)
    print(f"per keystroke ({typed_total} prefixes of {len(targets)} names): suggest {ms(ours)}")
    print(f"brute-force rapidfuzz (WRatio over every choice): {ms(brute)}")
    print(f"ratio of medians: {statistics.median(ours) / statistics.median(brute):.2f}x "
          f"of brute force; keystrokes until the target is first: median "
          f"{statistics.median(keystrokes_needed):.0f} of median length "
          f"{statistics.median(len(t) for t in targets):.0f}")
    for target in ("Peskov", "Korut"):
        print(f"  {target!r} -> {index.suggest(target)[0].name!r}")
    db.close()


if __name__ == "__main__":
    main()
