"""The proposal's own work, without Textual: every sentence of readable sets proposed in
order as a reviewer who presses only `enter` meets it (each proposal saved and its new
sources registered before the next), with the CPU time of the `propose` calls alone and a
digest of every proposal.

    python benchmarks/profile_proposals.py --set dev --set train10
    valgrind --tool=callgrind python benchmarks/profile_proposals.py --set dev --set train10

The digest is what proves a change to the proposal's speed changed no proposal: run it on
two checkouts (`--root`) and compare. Under callgrind, subtract a run with `--setup-only`
(imports, ingest, the registry; no proposal) to get the proposals' instructions alone: the
machine's load does not swell an instruction count as it does CPU time. Sealed sets
(bench_proposals.SEALED) are refused. Files go under --workdir (a fresh SQLite file each
run, removed at the end).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", dest="sets", metavar="NAME",
                        help="a readable set of bench_proposals.py (repeatable; default dev "
                             "and train10)")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout whose annotator package and sets are used")
    parser.add_argument("--limit", type=int, default=0,
                        help="propose for the first N sentences only")
    parser.add_argument("--setup-only", action="store_true",
                        help="ingest and build the registry, propose nothing (the callgrind "
                             "baseline to subtract)")
    parser.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "out",
                        help="where the run's SQLite file is made (default benchmarks/out/)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    sys.path.insert(0, str(root / "benchmarks"))
    sys.path.insert(0, str(root))
    from bench_proposals import SEALED, SETS

    names = args.sets or ["dev", "train10"]
    for name in names:
        if name not in SETS:
            parser.error(f"unknown set {name!r}")
        if name in SEALED:
            print(f"error: {name} is sealed: its sentences are for the lead's measurements only",
                  file=sys.stderr)
            return 2

    from annotator.corpus.ingest import ingest_paths
    from annotator.db.connection import open_db
    from annotator.domain.annotations import set_annotation
    from annotator.domain.proposals import propose
    from annotator.domain.proposals.registering import register_proposed
    from annotator.domain.scheme import load_scheme
    from annotator.domain.speakers import SourceIndex

    args.workdir.mkdir(parents=True, exist_ok=True)
    scheme = load_scheme()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        db = open_db(Path(tmp) / "proposals.db")
        ingest_paths(db, [SETS[name] for name in names])
        index = SourceIndex.from_db(db)
        rows = db.execute(
            "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position").fetchall()
        if args.limit > 0:
            rows = rows[:args.limit]
        if args.setup_only:
            db.close()
            print(f"{len(rows)} sentences ingested, none proposed (setup only)")
            return 0
        digest = hashlib.sha256()
        spent = 0.0
        for (sentence_id,) in rows:
            started = time.process_time()
            proposal = propose(db, sentence_id, "enter", scheme, index, None)
            spent += time.process_time() - started
            digest.update(repr((
                proposal.label, proposal.label_reason, proposal.name, proposal.reason,
                proposal.confidence, proposal.confidence_reason, proposal.proposer,
                proposal.new_source, proposal.topic, proposal.sources,
                proposal.aliases)).encode())
            for known in register_proposed(db, proposal, proposal.name):
                for written in (known.name, *known.aliases):
                    index.add(written, known.name, known.kind)
            set_annotation(db, sentence_id, "enter", label=proposal.label,
                           source=proposal.name, confidence=proposal.confidence,
                           scheme=scheme, proposal=proposal.proposer)
        db.close()
    per = spent / max(len(rows), 1) * 1000
    print(f"{len(rows)} sentences ({', '.join(names)}): propose CPU {spent * 1000:.0f} ms, "
          f"{per:.3f} ms a sentence; digest {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
