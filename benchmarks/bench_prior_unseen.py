"""The prior's models (domain/proposals/prior.py) on text the rules had not been tuned on.

--cross compares a model with rules that were tuned on every fold; a model stacked on the
rules learns from folds where they are right 76-87% of the time. On fresh text they are
right far less often (heldout4 sealed: 51.9%). This reads one set with the rules as they
were at a commit before anyone tuned on it (``git archive`` of that commit into the
workdir, with today's gold and today's benchmark), trains each model on the other folds as
today's rules read them, and prints both on that set.

    python benchmarks/bench_prior_unseen.py --workdir W --commit fc2149a --set heldout4 \\
        --model stack --model stack-text

fc2149a is the last commit before the fifth round of rules, which tuned on heldout4.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from annotator.domain.proposals.prior import MODELS, fit, propose_roles  # noqa: E402

READ = """
import pickle, sys
sys.path.insert(0, ".")
import benchmarks.bench_proposals as b
b.FOLDS = [f for f in b.FOLDS if f[0] == sys.argv[1]]
open(sys.argv[2], "wb").write(pickle.dumps(b.fold_sentences(None)))
"""


def read_with_old_rules(workdir: Path, commit: str, name: str) -> dict:
    """The set's folds as the rules of ``commit`` read them."""
    tree = workdir / f"rules-{commit}"
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    shutil.copy(HERE / "bench_proposals.py", tree / "benchmarks")
    shutil.copy(ROOT / "annotator/domain/proposals/prior.py",
                tree / "annotator/domain/proposals")
    (tree / "benchmarks" / "__init__.py").touch()
    for gold in (HERE / "proposals").glob(f"gold_{name}*.jsonl"):
        shutil.copy(gold, tree / "benchmarks" / "proposals")
    out = (workdir / f"{name}-{commit}.pickle").resolve()
    subprocess.run([sys.executable, "-c", READ, name, str(out)], cwd=tree, check=True)
    return pickle.loads(out.read_bytes())  # noqa: S301  # written just now by this script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--commit", required=True)
    parser.add_argument("--set", required=True)
    parser.add_argument("--model", action="append", choices=MODELS, required=True)
    parser.add_argument("--c", type=float, default=0.5)
    parser.add_argument("--defaults", action="store_true",
                        help="the model learns from and takes over on only the sentences "
                             "whose rules' label came from a default (no cue, no class)")
    args = parser.parse_args()
    import bench_proposals

    today = bench_proposals.fold_sentences(args.workdir)
    old = read_with_old_rules(args.workdir, args.commit, args.set)
    train = [s for fold, ss in today.items() if fold[0] != args.set for s in ss]
    n = sum(len(ss) for ss in old.values())

    def line(label: str, right: dict) -> None:
        print(f"{label:28} " + " ".join(f"{right[f] / len(old[f]):11.1%}" for f in old)
              + f" {sum(right.values()) / n:7.1%}")

    print(f"{'':28} " + " ".join(f"{'_'.join(x for x in f if x):>11}" for f in old)
          + f" {'pooled':>7}   (rules of {args.commit}, which had not seen {args.set})")
    line("rules alone", {f: sum(s.rule == s.role for s in ss) for f, ss in old.items()})
    for name in args.model:
        model = fit(name, train, c=args.c, defaults=args.defaults)
        for take in (None, 0.6, 0.7, 0.8):
            line(f"{name} {'outright' if take is None else f'takes {take:g}'}"
                 f"{' (defaults)' if args.defaults else ''}",
                 {f: sum(r == s.role for r, s in zip(propose_roles(model, ss, take,
                                                                   args.defaults), ss,
                                                      strict=True))
                  for f, ss in old.items()})


if __name__ == "__main__":
    main()
