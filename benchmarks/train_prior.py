"""Train the label model the package ships (data/label_model.json): one deterministic command.

    python benchmarks/train_prior.py            # retrain and write the file
    python benchmarks/train_prior.py --check    # is the shipped file what the code and gold train?
    python benchmarks/train_prior.py --language en   # (re)train English's own model only
    python benchmarks/train_prior.py --check --language en   # check English's own model only

The file holds one model for every language (the top level) and may hold, under
``by_language``, a language's own model (the same keys: model, policies, c, trained_on, gold,
classes, intercept, features, text), read instead of the top level in that language
(label_model.LabelModel.for_language). ``--language L`` trains L's own model from OWN_MODELS
(its folds, (set, language) pairs, and its policy) and writes it into ``by_language`` of the
file, every other byte as it was; the plain command retrains the top level and keeps the
file's ``by_language`` as it was. The top level is kept as trained in the thirty-ninth round
(policies set in the fortieth): the rules have changed since, so today's code trains another
model from the same gold, and ``--check`` says that the top level differs (known, and left
so: a retrained top level lost Indonesian labels in the forty-first round); a language's own
model is checked against what its OWN_MODELS entry trains. Since the forty-sixth round (the
proposals read every sentence before, not six) the English model differs too (known: retrained
on the new reading it lost 5 tuned labels and one on each of two sealed sets, so it was kept).

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
# a language's own model (forty-second round on): {language: {"folds": [(set, language),
# ...], "policy": (gate, take, calm take)}}, each trained by --language and written into the
# file's ``by_language``; a language named here reads its own model, every other the top
# level. Its folds and policy are chosen by benchmarks/choose_take.py --language
OWN_MODELS: dict[str, dict] = {
    # forty-second round: English reads a model of its own, trained on both languages' folds
    # of heldout13-44 (sealed: the rules' reading of them is their reading of unseen text),
    # C=8, the cue gate, 0.7 toward an accusation or denial, 0.5 toward a claim or context:
    # the most English labels right in a leave-one-English-fold-out over those folds (2,618
    # of 3,390 against 2,461 for the rules alone; English folds alone, or C in 0.25-4, read
    # fewer); Indonesian keeps the top level (a model retrained on more sets lost Indonesian
    # labels on unseen text in the forty-first round)
    # forty-third round: retrained on heldout13-52 (heldout45-52, the last round's fresh
    # sets, added), the same C and policy. Retrained on heldout13-56 later in the round, it
    # gained 4 English labels on heldout57-60 but read tests/test_bracketed_age.py's police
    # count as a claim (56%) over the rules' context, an older specified example: not kept
    "en": {"folds": [(f"heldout{number}", language) for number in range(13, 53)
                     for language in ("id", "en")],
           "policy": ("cue", 0.7, 0.5), "c": 8.0},
}
SHIPPED = ROOT / "data" / MODEL_FILE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def trained(folds=TRAINING, model: str = MODEL, c: float = C,
            policies: dict | None = None) -> str:
    """The model file's text (its top level), trained on ``folds`` as the rules read them,
    speaking in each language under ``policies`` (POLICIES)."""
    policies = POLICIES if policies is None else policies
    return model_text({
        "about": "the label model shipped with annotator: trained by benchmarks/train_prior.py "
                 "on the rules' reading of reviewed articles no rule was written from",
        **model_data(folds, model, c, policies)})


def own_model(language: str, config: dict, policy: tuple | None = None) -> dict:
    """``language``'s own model as data (``by_language``), trained on its OWN_MODELS entry's
    folds, speaking in that language under its policy (``policy``: another, for a trial)."""
    return model_data(config["folds"], config.get("model", MODEL), config.get("c", C),
                      {language: config["policy"] if policy is None else policy})


def with_own(text: str, language: str, data: dict | None) -> str:
    """The model file ``text`` with ``language``'s own model set to ``data`` (None: taken out),
    every other byte as it was: the file is read back and written again the same way
    (model_text), the top level and the other languages' models untouched."""
    whole = json.loads(text)
    own = dict(whole.pop("by_language", None) or {})
    if data is None:
        own.pop(language, None)
    else:
        own[language] = data
    out = model_text({**whole, "by_language": own} if own else whole)
    kept = model_text(whole)[:-len("\n}\n")]  # the top level, up to its last key's end
    if not (text.startswith(kept) and out.startswith(kept)):
        raise SystemExit("the model file does not read back as written; not rewritten")
    return out


def _top(text: str) -> str:
    """The file's top-level model as text (without ``by_language``)."""
    whole = json.loads(text)
    whole.pop("by_language", None)
    return model_text(whole)


def model_data(folds, model: str, c: float, policies: dict) -> dict:
    """A model's data, trained on ``folds`` (pairs of a set and a language, or None for every
    language) as the rules read them, speaking in each language under ``policies``."""
    folds = [tuple(fold) for fold in folds]
    bench.FOLDS = list(folds)
    sentences = bench.fold_sentences(None)  # read afresh: a cache could be stale
    rows = [s for fold in folds for s in sentences[fold]]
    learned = fit(model, rows, c=c)
    return {
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


def main(argv: list[str] | None = None) -> None:
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
                        help="where to write the model, or the file to --check (default: the "
                             "package's data); with --language, the file written into is "
                             "this one if it exists, else the package's")
    parser.add_argument("--language",
                        help="train (or --check) only this language's own model (OWN_MODELS) "
                             "and write it into the file's by_language, every other byte kept")
    args = parser.parse_args(argv)
    if args.language:
        own_main(args)
        return
    policies = POLICIES if args.take is None else {
        language: (args.gate, args.take, args.calm_take) for language in POLICIES}
    text = trained(TRAINING + (bench.MORE_TRAINING_FOLDS if args.more else []),
                   policies=policies)
    shipped = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if args.check:
        differs = [] if shipped and _top(shipped) == text else [_top_differs(shipped, text)]
        for language in sorted(set(OWN_MODELS) | set(_own_languages(shipped))):
            differs += _own_differs(shipped, language)
        if not differs:
            print(f"{args.out.name} is what the current code and gold train")
            return
        print(f"{args.out.name} differs from what the current code and gold train: "
              + "; ".join(differs))
        raise SystemExit(1)
    for language, own in (json.loads(shipped).get("by_language") or {}).items() \
            if shipped else ():
        text = with_own(text, language, own)  # a language's own model stays as it was
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} bytes; {MODEL}, "
          + "; ".join(f"{language}: " + ("off" if p is None else
                                          f"gate {p[0]}, takes {p[1]:g} / {p[2]}")
                      for language, p in sorted(policies.items()))
          + f"; {sum(json.loads(text)['trained_on'].values())} sentences)")


def _own_languages(text: str) -> list[str]:
    return sorted((json.loads(text).get("by_language") or {}) if text else {})


def _top_differs(shipped: str, text: str) -> str:
    """What --check says of the top level where it differs (known since the forty-first
    round: the rules changed since it was trained in the thirty-ninth)."""
    if not shipped:
        return "the file is absent"
    old, new = json.loads(_top(shipped)), json.loads(text)
    changed = [k for k in new if old.get(k) != new.get(k)]
    return (f"the top-level model (every language without its own; kept as trained in the "
            f"thirty-ninth round, known to differ) differs in {', '.join(changed)}: "
            f"python benchmarks/train_prior.py retrains it")


def _own_differs(shipped: str, language: str, policy: tuple | None = None) -> list[str]:
    """What --check says of ``language``'s own model: nothing when the file holds what its
    OWN_MODELS entry trains (or neither names one)."""
    held = ((json.loads(shipped).get("by_language") or {}).get(language)
            if shipped else None)
    config = OWN_MODELS.get(language)
    if config is None:
        return [] if held is None else [
            f"by_language.{language}: the file holds a model OWN_MODELS does not name"]
    new = own_model(language, config, policy)
    if held is not None and model_text(held) == model_text(new):
        return []
    changed = [k for k in new if (held or {}).get(k) != new.get(k)]
    return [f"by_language.{language} (the {language} model) "
            + (f"differs in {', '.join(changed)}" if held is not None else "is absent")
            + f": python benchmarks/train_prior.py --language {language} writes it"]


def own_main(args) -> None:
    """--language L: train (or --check) L's own model alone, written into the file's
    ``by_language`` with every other byte kept."""
    language = args.language
    if language not in OWN_MODELS:
        raise SystemExit(f"OWN_MODELS names no model for {language!r}")
    policy = None if args.take is None else (args.gate, args.take, args.calm_take)
    if args.check:
        shipped = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        differs = _own_differs(shipped, language, policy)
        if differs:
            print(f"{args.out.name} differs from what the current code and gold train: "
                  + "; ".join(differs))
            raise SystemExit(1)
        print(f"{args.out.name}: the {language} model is what the current code and gold train")
        return
    base = args.out if args.out.exists() else SHIPPED
    data = own_model(language, OWN_MODELS[language], policy)
    text = with_own(base.read_text(encoding="utf-8"), language, data)
    args.out.write_text(text, encoding="utf-8")
    gate, take, calm = data["policies"][language]["gate"], data["policies"][language][
        "take"], data["policies"][language]["calm_take"]
    print(f"wrote {args.out} ({len(text):,} bytes): the {language} model ({data['model']}, "
          f"gate {gate}, takes {take} / {calm}; "
          f"{sum(data['trained_on'].values())} sentences of "
          f"{', '.join(data['trained_on'])}) into by_language, every other byte as in "
          f"{base.name}")


if __name__ == "__main__":
    main()
