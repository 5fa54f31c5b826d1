"""Opening the disagreement queue and moving through it on 1,000,000 sentences x 3 reviewers,
beside the labeling screen's own moves in the same run.

    python benchmarks/bench_adjudication.py                 # the agreement benchmark's db
    python benchmarks/bench_adjudication.py --sentences 100000

Uses the database benchmarks/bench_agreement.py builds (every sentence annotated by three
reviewers). Measures, per step, on a copy of it:
  open     - the first open disagreement (what the screen shows first);
  next     - the next disagreement after the current one (n / j);
  decide   - take reviewer 1's annotation as gold (history row, committed) then find the next
             open disagreement: the work behind one keystroke of the adjudicator;
and, as the yardstick, the labeling screen's next-unlabeled move (navigation.next_unlabeled)
and one set_annotation on the same database. Then, with --settled (default 10,000, 100,000
and 300,000), the same copy after that many disagreements were settled with gold labels
(in corpus order, as an adjudicator works): opening the queue again.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import add_workdir, agreement_db, copy_db, remove_db, workdir  # noqa: E402

from annotator.db.connection import open_db  # noqa: E402
from annotator.domain import adjudication as adj  # noqa: E402
from annotator.domain import navigation as nav  # noqa: E402
from annotator.domain.annotations import set_annotation  # noqa: E402
from annotator.domain.scheme import load_scheme  # noqa: E402


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:7.2f} ms, max {max(samples) * 1000:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--settled", default="10000,100000,300000",
                        help="open the queue after this many are settled (comma-separated)")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    path = copy_db(agreement_db(folder, args.sentences), folder / "bench-adjudicate.db")
    db = open_db(path)
    scheme = load_scheme()  # the screens load it once, as here

    start = time.perf_counter()
    item = next(adj.iter_queue(db, page=1))
    opened = time.perf_counter() - start

    moves = []
    current = item
    for _ in range(args.steps):
        start = time.perf_counter()
        current = next(adj.iter_queue(db, after=(current.doc_ordinal, current.position),
                                      include_settled=True, page=1))
        adj.reviewer_annotations(db, current.sentence_id)
        moves.append(time.perf_counter() - start)

    decisions = []
    current = item
    for _ in range(args.steps):
        start = time.perf_counter()
        adj.take(db, current.sentence_id, 1, adjudicator="lead", scheme=scheme)
        current = next(adj.iter_queue(db, after=(current.doc_ordinal, current.position), page=1))
        adj.reviewer_annotations(db, current.sentence_id)
        decisions.append(time.perf_counter() - start)

    labeling = []
    sentence = nav.first_unlabeled(db, "newcomer")
    for _ in range(args.steps):
        start = time.perf_counter()
        set_annotation(db, sentence.id, "newcomer", label="claim", scheme=scheme)
        sentence = nav.next_unlabeled(db, "newcomer", sentence)
        labeling.append(time.perf_counter() - start)
    settled_opens = []
    for settled in sorted(int(n) for n in args.settled.split(",") if n):
        done = db.execute("SELECT count(*) FROM gold").fetchone()[0]
        if settled > done:
            with db.conn:  # the next open disagreements in corpus order, decided
                db.execute(
                    "INSERT INTO gold (sentence_id, label, adjudicator, decided_at) "
                    "SELECT s.id, 'claim', 'lead', '2026-01-02T00:00:00.000000Z' "
                    "FROM sentences s JOIN documents d ON d.id = s.doc_id "
                    "JOIN progress_sentences ps ON ps.sentence_id = s.id "
                    "WHERE ps.status = 'conflict' ORDER BY d.ordinal, s.position LIMIT ?",
                    [settled - done])
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            next(adj.iter_queue(db, page=1), None)
            samples.append(time.perf_counter() - start)
        settled_opens.append((db.execute("SELECT count(*) FROM gold").fetchone()[0], samples))
    db.close()
    remove_db(path)

    print(f"{args.sentences:,} sentences x 3 reviewers, {args.steps} steps each")
    print(f"open the queue (first disagreement):   {opened * 1000:7.2f} ms")
    print(f"next disagreement + its annotations:    {ms(moves)}")
    print(f"take reviewer 1 + next open one:        {ms(decisions)}")
    print(f"labeling: save a label + next unlabeled: {ms(labeling)}")
    ratio = statistics.median(decisions) / statistics.median(labeling)
    print(f"adjudication keystroke / labeling keystroke: {ratio:.2f}x (aim within 2x, "
          f"no pause over 50 ms: max {max(decisions) * 1000:.0f} ms)")
    for settled, samples in settled_opens:
        print(f"open the queue with {settled:>9,} settled:   {ms(samples)}  (aim under 50 ms)")


if __name__ == "__main__":
    main()
