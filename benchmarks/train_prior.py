"""Train the label model the package ships (data/label_model.json): one deterministic command.

    python benchmarks/train_prior.py            # retrain and write the file
    python benchmarks/train_prior.py --check    # is the shipped file what the code and gold train?

The training sets are read as bench_proposals.py reads them for its models (fold_sentences):
each set ingested into a fresh database, every sentence proposed by the rules alone in
article order (engine.propose with ``learned=False``) and saved as proposed by an `enter`
reviewer, so each sentence carries the rules' reading of it and of the sentences before it.
The model (prior.py's ``MODEL``, scikit-learn's logistic regression) learns the gold label
from that reading; it is written as plain data (label_model.py reads it without
scikit-learn): its name, take, classes, intercepts, each feature's and word's coefficients,
the words' idf, the training sets and their sentence counts, and a digest of each gold file.
No date and no pickle: the same code and gold give the same bytes.

The choice below (model, take, sets) is the nested leave-one-out's (bench_proposals.py
--cross --nested --folds blind): see the README's Proposals. Run --check after merging a
change of the rules, the features or the gold; if it says the file differs, retrain.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import bench_proposals as bench  # noqa: E402

from annotator.domain.proposals.features import C  # noqa: E402
from annotator.domain.proposals.label_model import MODEL_FILE, model_text  # noqa: E402
from annotator.domain.proposals.prior import exported, fit  # noqa: E402

MODEL = "parties-text"  # prior.py's model (chosen by the nested leave-one-out)
# where the model is at least this sure and differs from the rules (None: its label
# outright). Fourteenth round: 0.8 over the rules' defaults only, the lowest take that kept
# the seeds within 2 of their 56. Fifteenth round: retrained with train13, train15 and
# train16-19 as well (bench_proposals.MORE_TRAINING_FOLDS), under the policy
# benchmarks/choose_take.py then chose and the app's seeds kept (the cue gate, 0.8 toward an
# accusation or denial, 0.7 toward a claim or context), the model gained nothing on the
# sealed sets (heldout9-12: 762 against 764 labels), so this file and its policy stay (the
# README). Thirty-ninth round: those training sets had since been read and tuned on, so a
# model retrained on today's rules' reading of them learned to trust the rules (-4 and -33
# sealed labels); trained instead on heldout13-24 (sealed: nobody has read them, so the
# rules' reading of them is their reading of unseen text) under the policy choose_take.py
# gives over those folds (the cue gate, 0.7 toward an accusation or denial, 0.5 toward a
# claim or context), it gained 34 labels on heldout25-36, which it never saw (the README)
TAKE = 0.7
# how sure it must be to propose a claim or context instead (None: outright), and where it may
# speak at all ("default": only over a default of the rules; "cue": also over a class rule's
# claim or context): chosen by benchmarks/choose_take.py (thirty-ninth round, the README)
CALM_TAKE = 0.5
GATE = "cue"
# Fortieth round: the policy by language (gate, take, calm take; None: the rules alone), each
# language's the one with the most labels in its own left-out folds (choose_take.py); a
# language where the model reads worse than the rules keeps the rules
# (English: the cue gate, 0.7 / 0.5; Indonesian: its best, the same, took 3 of the seeds' 58
# in the app, so the next in the left-out order that keeps them within 2: 0.7, a claim or
# context outright)
POLICIES: dict[str, tuple[str, float | None, float | None] | None] = {
    "en": (GATE, TAKE, CALM_TAKE), "id": (GATE, TAKE, None)}
# the sealed sets nobody has read, by language (bench_proposals.SEALED_TRAINING_FOLDS): the
# rules' reading of them shows the rules' errors on unseen text. The older blind sets and
# train10-19, trained on until the thirty-eighth round, have been read and tuned on since, and
# sets tuned on teach the model to trust the rules (the README)
TRAINING = bench.SEALED_TRAINING_FOLDS
SHIPPED = ROOT / "data" / MODEL_FILE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def trained(folds=TRAINING, model: str = MODEL, c: float = C,
            policies: dict | None = None) -> str:
    """The model file's text, trained on ``folds`` as the rules read them, speaking in each
    language under ``policies`` (POLICIES)."""
    policies = POLICIES if policies is None else policies
    bench.FOLDS = list(folds)
    sentences = bench.fold_sentences(None)  # read afresh: a cache could be stale
    rows = [s for fold in folds for s in sentences[fold]]
    learned = fit(model, rows, c=c)
    data = {
        "about": "the label model shipped with annotator: trained by benchmarks/train_prior.py "
                 "on the rules' reading of reviewed articles no rule was written from",
        "model": model,
        "policies": {language: None if policy is None else
                     {"gate": policy[0], "take": policy[1], "calm_take": policy[2]}
                     for language, policy in sorted(policies.items())},
        "c": c,
        "trained_on": {bench.fold_name(*fold): len(sentences[fold]) for fold in folds},
        "gold": {path.name: digest(path) for name in sorted({f[0] for f in folds})
                 for path in bench.gold_files(name)},
        **exported(learned),
    }
    return model_text(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="say whether the shipped file is what the code and gold train "
                             "(exit 1 if not); writes nothing")
    parser.add_argument("--more", action="store_true",
                        help="train on bench_proposals.MORE_TRAINING_FOLDS as well (a trial: "
                             "write it elsewhere with --out)")
    parser.add_argument("--take", type=float,
                        help="a trial: this take in every language (with --calm-take, --gate)")
    parser.add_argument("--calm-take", type=float, default=CALM_TAKE)
    parser.add_argument("--gate", choices=("default", "cue"), default=GATE)
    parser.add_argument("--out", type=Path, default=SHIPPED,
                        help="where to write the model (default: the package's data)")
    args = parser.parse_args()
    policies = POLICIES if args.take is None else {
        language: (args.gate, args.take, args.calm_take) for language in POLICIES}
    text = trained(TRAINING + (bench.MORE_TRAINING_FOLDS if args.more else []),
                   policies=policies)
    if args.check:
        shipped = SHIPPED.read_text(encoding="utf-8") if SHIPPED.exists() else ""
        if shipped == text:
            print(f"{SHIPPED.name} is what the current code and gold train")
            return
        old = json.loads(shipped) if shipped else {}
        new = json.loads(text)
        changed = [k for k in new if old.get(k) != new.get(k)]
        print(f"{SHIPPED.name} differs from what the current code and gold train "
              f"({', '.join(changed) or 'the file is absent'}): run "
              f"python benchmarks/train_prior.py")
        raise SystemExit(1)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} bytes; {MODEL}, "
          + "; ".join(f"{language}: " + ("off" if p is None else
                                          f"gate {p[0]}, takes {p[1]:g} / {p[2]}")
                      for language, p in sorted(policies.items()))
          + f"; {sum(json.loads(text)['trained_on'].values())} sentences)")


if __name__ == "__main__":
    main()
