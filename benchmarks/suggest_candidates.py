"""Why a denial ranks where it does at scale: did the candidate narrowing let it in, or did
the scoring put other sentences above it?

    python benchmarks/suggest_candidates.py DB [--check seeds] [--top 20]

DB is a database bench_suggest.py built (under its --workdir: the news corpus with the
seeds and the held-out, dev and fresh articles ingested after it) or one holding those
articles alone. For each of bench_suggest's checks (an accusation and its denials) it asks
suggest() for every candidate it scores (a limit of 2,000, so none is left out for being
below the list) and prints, per denial: whether FTS5 returned it among the hits, whether it
was read at all (a hit, a hit's neighbour, a sentence after the allegation restated ...),
its rank and score, then the first ``--top`` suggestions. Opened read-only (SQLite's
query_only), so a cached corpus is never written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_suggest import CHECKS, sid  # noqa: E402

from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.suggest import candidates  # noqa: E402
from annotator.domain.suggest import rank as ranking  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--check", choices=list(CHECKS), action="append",
                        help="one of bench_suggest's checks (default: all)")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    db = open_db(args.db)
    db.execute("PRAGMA query_only = 1")
    seen: dict = {}
    gather = candidates.Corpus.gather

    def recording(self, parts, limit, found=()):
        hits = gather(self, parts, limit, found)
        seen["hits"], seen["corpus"] = hits, self
        return hits

    candidates.Corpus.gather = recording
    for check in args.check or list(CHECKS):
        accusation, expected, where, _ = CHECKS[check]
        found = ranking.suggest(db, sid(db, accusation, where), limit=2000).sentences
        order = [s.sentence_id for s in found]
        corpus, hits = seen["corpus"], seen["hits"]
        print(f"{check}: {len(hits)} FTS5 hits, {len(corpus.rows)} sentences read, "
              f"{len(found)} scored above 0.05")
        targets = {}
        for label, pattern in expected.items():
            target = targets[label] = sid(db, pattern, where)
            at = order.index(target) + 1 if target in order else None
            print(f"  {label}: {'a hit' if target in hits else 'not a hit'}, "
                  f"{'read' if target in corpus.rows else 'never read (narrowing)'}, rank "
                  f"{at or '-'}" + (f", score {found[at - 1].score}" if at else ""))
        for i, s in enumerate(found[:args.top], 1):
            mark = "*" if s.sentence_id in targets.values() else " "
            print(f"   {mark}{i:3d} {s.score:.3f} {s.relation:8s} {s.text[:70]!r} | {s.why[:70]}")
    db.close()


if __name__ == "__main__":
    main()
