"""A learned choice of speaker (benchmarks/speaker_candidates.py), measured on the rules'
errors on unseen text: the older blind sets (heldout5-8, classes9, by language: the ten
BLIND_FOLDS of bench_proposals.py), which no rule was written from.

    python benchmarks/bench_speakers_learned.py --workdir W            # ceiling + nested table
    python benchmarks/bench_speakers_learned.py --workdir W --cross    # + every config

Every sentence with gold is read by the reviewer who presses only `enter` with the rules'
speakers (the learned choice off), and its candidates are kept with whether each is right
as bench_proposals counts it (one of the gold's names or a registry alias of it; "no
source" where the gold has none). The ceiling is the share of sentences whose gold speaker
is among the candidates at all.

The nested leave-one-out: for each blind fold left out, every configuration (the
regularisation C, the take, with or without the tuned-on sets in training) is scored by
leave one fold out over the other nine alone; the best there (if it beats the rules there)
proposes on the fold left out, beside the rules' speakers on the same sentences.

Measured, not shipped: the choice did not beat the rules' speakers on these folds (the
fourteenth round's figures are in the lead's note), so no proposal reads it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench_proposals import (  # noqa: E402
    BLIND_FOLDS,
    SETS,
    dateline_texts,
    gold_for,
    kept_out_texts,
    load_gold,
    same_source,
)
from speaker_candidates import Candidate, candidates, choose  # noqa: E402

from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.annotations import set_annotation  # noqa: E402
from annotator.domain.proposals import engine, propose  # noqa: E402
from annotator.domain.proposals.lexicon import lexicon  # noqa: E402
from annotator.domain.proposals.registering import register_proposed  # noqa: E402
from annotator.domain.scheme import load_scheme  # noqa: E402
from annotator.domain.speakers import SourceIndex  # noqa: E402

# the tuned-on sets, by language where a set has two: more training, never a test fold
TUNED = [("seeds", None), ("dev", None), ("heldout", None), ("heldout2", "id"),
         ("heldout2", "en"), ("heldout3", "id"), ("heldout3", "en"), ("heldout4", "id"),
         ("heldout4", "en"), ("classes8", "id"), ("classes8", "en")]
CS = (0.01, 0.03, 0.1)
TAKES = (None, 0.6, 0.7, 0.8)
PLUS = (False, True)


def fold_name(fold) -> str:
    return f"{fold[0]}_{fold[1]}" if fold[1] else fold[0]


class _Heard:
    """The last reading engine.propose asked of propose_text (the sentence's own, after the
    sentences before it): what the candidates are read from, as the key has them."""

    def __init__(self):
        self.call = None
        self._propose_text = engine.propose_text

    def __call__(self, text, scheme, index, language, **kwargs):
        got = self._propose_text(text, scheme, index, language, **kwargs)
        self.call = (got, text, language, index, kwargs)
        return got

    def candidates(self) -> list[Candidate]:
        got, text, language, index, kwargs = self.call
        return candidates(got, text, lexicon(language), index, kwargs.get("previous"),
                          kwargs.get("last_named"), kwargs.get("dispute"),
                          kwargs.get("table"), kwargs.get("at", 0))


def read_fold(name: str, language: str | None) -> list[dict]:
    """Every sentence of the fold with gold, as the enter reviewer meets it with the rules'
    speakers: its candidates (features, right or not) and whether the rules' one is right."""
    folder = SETS[name]
    gold = load_gold(name)
    scheme = load_scheme()
    out = []
    heard = _Heard()
    engine.propose_text = heard  # listened to, not changed: the proposal is the rules'
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = open_db(Path(tmp) / "bench.db")
            ingest_paths(db, [folder])
            index = SourceIndex.from_db(db)
            rows = [r for r in db.execute(
                "SELECT s.id, s.text, d.path, d.language FROM sentences s "
                "JOIN documents d ON d.id = s.doc_id WHERE s.excluded IS NULL "
                "ORDER BY d.ordinal, s.position").fetchall()
                if str(Path(r[2]).resolve()).startswith(str(folder) + "/")
                and language in (None, r[3])]
            texts: dict[str, set[str]] = defaultdict(set)
            for _, text, path, _ in rows:
                texts[Path(path).name].add(text)
            kept_out = kept_out_texts(db)
            datelines = dateline_texts(db)
            for sid, text, path, lang in rows:
                doc = Path(path).name
                heard.call = None
                p = propose(db, sid, "enter", scheme, index)
                found = heard.candidates() if heard.call and heard.call[0] is p else []
                for known in register_proposed(db, p, p.name):
                    for written in (known.name, *known.aliases):
                        index.add(written, known.name, known.kind)
                set_annotation(db, sid, "enter", label=p.label, source=p.name,
                               confidence=p.confidence, scheme=scheme, proposal=p.proposer)
                match = gold_for(gold.get(doc, []), text, texts[doc], kept_out[doc],
                                 datelines[doc])
                if not match:
                    continue
                golds = match[0]["source"]
                right = any(same_source(db, p.name, g) for g in golds)
                cands = [{"name": c.name, "kinds": sorted(c.kinds), "features": c.features,
                          "right": any(same_source(db, c.name, g) for g in golds)}
                         for c in found]
                out.append({"doc": doc, "text": text, "language": lang, "rules": p.name,
                            "rules_right": right, "gold": golds, "candidates": cands})
            db.close()
    finally:
        engine.propose_text = heard._propose_text
    return out


def all_folds(workdir: Path | None) -> dict[tuple, list[dict]]:
    cache = workdir / "speaker-candidates.json" if workdir else None
    if cache and cache.exists():
        raw = json.loads(cache.read_text(encoding="utf-8"))
        return {tuple(json.loads(k)): v for k, v in raw.items()}
    out = {fold: read_fold(*fold) for fold in BLIND_FOLDS + TUNED}
    if cache:
        workdir.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({json.dumps(list(k)): v for k, v in out.items()}),
                         encoding="utf-8")
    return out


def fit(sentences: list[dict], c: float) -> dict:
    """A pairwise logistic regression: for every sentence, each right candidate against each
    wrong one (the difference of their features), so that the model learns which of a
    sentence's candidates an analyst names, as weights a pure-Python reader scores with."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs, ys = [], []
    for s in sentences:
        right = [c["features"] for c in s["candidates"] if c["right"]]
        wrong = [c["features"] for c in s["candidates"] if not c["right"]]
        for r in right:
            for w in wrong:
                diff = dict(r)
                for k, v in w.items():
                    diff[k] = diff.get(k, 0.0) - v
                xs.append(diff)
                ys.append(1)
                xs.append({k: -v for k, v in diff.items()})
                ys.append(0)
    vec = DictVectorizer()
    x = vec.fit_transform(xs).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear's
    lr = LogisticRegression(C=c, solver="liblinear", max_iter=1000, fit_intercept=False)
    lr.fit(x, ys)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, lr.coef_[0], strict=True)
               if abs(w) >= 1e-6}
    return {"intercept": 0.0, "weights": dict(sorted(weights.items()))}


def chosen_right(weights: dict | None, s: dict, take) -> bool:
    """Whether the speaker proposed for the sentence is right: the model's choice where it
    takes over, else the rules'."""
    if weights is None or not s["candidates"]:
        return s["rules_right"]
    found = [Candidate(c["name"], set(c["kinds"]), c["features"]) for c in s["candidates"]]
    got = choose(weights, found, take)
    if got is None:
        return s["rules_right"]
    return next(c["right"] for c in s["candidates"] if c["name"] == got[0].name)


def ceiling(folds: dict) -> None:
    print("the ceiling: sentences whose gold speaker is among the candidates")
    print(f"{'fold':12} {'n':>5} {'rules':>7} {'ceiling':>8} {'candidates':>11}")
    tot = Counter()
    for fold in BLIND_FOLDS + TUNED:
        ss = folds[fold]
        n = len(ss)
        rules = sum(s["rules_right"] for s in ss)
        top = sum(s["rules_right"] or any(c["right"] for c in s["candidates"]) for s in ss)
        per = sum(len(s["candidates"]) for s in ss) / max(1, n)
        print(f"{fold_name(fold):12} {n:5} {rules / n:7.1%} {top / n:8.1%} {per:11.1f}")
        group = "blind" if fold in BLIND_FOLDS else "tuned"
        tot[group, "n"] += n
        tot[group, "rules"] += rules
        tot[group, "top"] += top
    for group in ("blind", "tuned"):
        n = tot[group, "n"]
        print(f"{group + ' all':12} {n:5} {tot[group, 'rules'] / n:7.1%} "
              f"{tot[group, 'top'] / n:8.1%}")
    kinds = Counter()
    for fold in BLIND_FOLDS:
        for s in folds[fold]:
            for c in s["candidates"]:
                if c["right"]:
                    for k in c["kinds"]:
                        kinds[k] += 1
    print("blind folds, right candidates by kind:", dict(kinds))


def train_of(folds: dict, out: list[tuple], plus: bool) -> list[dict]:
    return [s for f in out for s in folds[f]] + (
        [s for f in TUNED for s in folds[f]] if plus else [])


def nested(folds: dict, cs=CS) -> Counter:
    configs = [(c, take, plus) for c in cs for take in TAKES for plus in PLUS]
    print(f"\n{'fold':12} {'n':>4} {'rules':>7} {'chosen':>7} {'diff':>6}  "
          f"chosen on the other folds (C, take, + tuned-on)")
    chosen_count: Counter = Counter()
    total = rules_total = wins = losses = 0
    worst = 0.0
    lang = Counter()
    for fold in BLIND_FOLDS:
        others = [f for f in BLIND_FOLDS if f != fold]
        score = dict.fromkeys(configs, 0)
        for inner in others:
            rest = [f for f in others if f != inner]
            for c in cs:
                for plus in PLUS:
                    w = fit(train_of(folds, rest, plus), c)
                    for take in TAKES:
                        score[(c, take, plus)] += sum(chosen_right(w, s, take)
                                                      for s in folds[inner])
        rules_inner = sum(s["rules_right"] for f in others for s in folds[f])
        best = max(configs, key=lambda k: (score[k], k[1] is not None, k[1] or 0))
        ss = folds[fold]
        alone = sum(s["rules_right"] for s in ss)
        if score[best] <= rules_inner:
            got, label = alone, "rules alone"
        else:
            c, take, plus = best
            w = fit(train_of(folds, others, plus), c)
            got = sum(chosen_right(w, s, take) for s in ss)
            label = f"C={c}, {'outright' if take is None else f'take {take}'}, " \
                    f"{'+ tuned-on' if plus else 'blind only'}"
            chosen_count[best] += 1
        n = len(ss)
        total += got
        rules_total += alone
        wins += got > alone
        losses += got < alone
        worst = min(worst, (got - alone) / n)
        lang[fold[1], "n"] += n
        lang[fold[1], "rules"] += alone
        lang[fold[1], "got"] += got
        print(f"{fold_name(fold):12} {n:4} {alone / n:7.1%} {got / n:7.1%} "
              f"{(got - alone) / n * 100:+6.1f}  {label} (inner {score[best]} vs rules "
              f"{rules_inner})", flush=True)
    n = sum(len(folds[f]) for f in BLIND_FOLDS)
    print(f"{'pooled':12} {n:4} {rules_total / n:7.1%} {total / n:7.1%} "
          f"{(total - rules_total) / n * 100:+6.1f}  folds won {wins}, lost {losses}, "
          f"worst fold {worst * 100:+.1f}")
    print("per language: " + "; ".join(
        f"{la} rules {lang[la, 'rules'] / lang[la, 'n']:.1%} chosen "
        f"{lang[la, 'got'] / lang[la, 'n']:.1%}" for la in ("id", "en")))
    return chosen_count


def cross_table(folds: dict) -> None:
    """Every configuration, leave one blind fold out (for reading, not for choosing)."""
    print(f"\n{'config':34} " + " ".join(f"{fold_name(f)[:11]:>11}" for f in BLIND_FOLDS)
          + "  pooled  won/lost")
    n = sum(len(folds[f]) for f in BLIND_FOLDS)
    rules = {f: sum(s["rules_right"] for s in folds[f]) for f in BLIND_FOLDS}
    print(f"{'rules alone':34} " + " ".join(
        f"{rules[f] / len(folds[f]):11.1%}" for f in BLIND_FOLDS)
        + f" {sum(rules.values()) / n:7.1%}")
    for c in CS:
        for plus in PLUS:
            ws = {f: fit(train_of(folds, [o for o in BLIND_FOLDS if o != f], plus), c)
                  for f in BLIND_FOLDS}
            for take in TAKES:
                got = {f: sum(chosen_right(ws[f], s, take) for s in folds[f])
                       for f in BLIND_FOLDS}
                won = sum(got[f] > rules[f] for f in BLIND_FOLDS)
                lost = sum(got[f] < rules[f] for f in BLIND_FOLDS)
                label = f"C={c} {'outright' if take is None else f'take {take}'}" \
                        f"{' +tuned' if plus else ''}"
                print(f"{label:34} " + " ".join(
                    f"{got[f] / len(folds[f]):11.1%}" for f in BLIND_FOLDS)
                    + f" {sum(got.values()) / n:7.1%}  {won}/{lost}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, help="keep the folds' candidates here")
    parser.add_argument("--cross", action="store_true",
                        help="also every configuration's leave-one-fold-out table")
    parser.add_argument("--no-nested", action="store_true")
    parser.add_argument("--c", type=float, action="append",
                        help=f"the regularisations the nested runs choose among (default {CS})")
    args = parser.parse_args()
    folds = all_folds(args.workdir)
    ceiling(folds)
    if args.cross:
        cross_table(folds)
    if args.no_nested:
        return
    chosen = nested(folds, tuple(args.c or CS))
    print("chosen configurations:", {f"C={c} take={t} plus={p}": k
                                     for (c, t, p), k in chosen.items()})


if __name__ == "__main__":
    main()
