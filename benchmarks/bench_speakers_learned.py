"""A learned choice of speaker (benchmarks/speaker_candidates.py), measured on the rules'
errors on unseen text: the blind sets (heldout5-12, classes9, by language: eighteen
BLIND_FOLDS since the forty-first round, the fourteenth's ten and heldout9-12), which no rule
was written from; the tuned-on sets (seeds, dev, heldout-heldout4, classes8, train10-19)
are optional extra training, never a test fold.

    python benchmarks/bench_speakers_learned.py --workdir W            # ceiling + nested table
    python benchmarks/bench_speakers_learned.py --workdir W --cross    # + every config
    python benchmarks/bench_speakers_learned.py --workdir W --language en --inner 4
        # the English folds only, each chosen on the other English folds in four groups
    python benchmarks/bench_speakers_learned.py --workdir W --fourteenth  # older candidates

Every sentence with gold is read by the reviewer who presses only `enter` with the rules'
speakers (the learned choice off), beside the reviewer who corrects, each set whole, as
bench_proposals.run reads it (since the forty-first round), and its candidates are kept with
whether each is right as bench_proposals counts it (one of the gold's names or a registry
alias of it; "no source" where the gold has none). The ceiling is the share of sentences
whose gold speaker is among the candidates at all.

The nested leave-one-out: for each blind fold left out, every configuration (the
regularisation C, the take, with or without the tuned-on sets in training) is scored by
leave one fold out over the other folds alone (``--language``: of that language, trained on
both; ``--inner N``: those folds in N groups); the best there (if it beats the rules there)
proposes on the fold left out, beside the rules' speakers on the same sentences.

Measured, not shipped: the choice did not beat the rules' speakers on these folds (the
fourteenth round's figures are in the lead's note, the forty-first's in the README), so no
proposal reads it.
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

# the blind folds, by language: the older blind sets (heldout5-8, classes9: the fourteenth
# round's ten) and heldout9-12 (decision sets until the thirtieth round, readable since the
# thirty-first), the rules' reading of text they were not written from (forty-first round)
BLIND_FOLDS = [(name, language) for name in ("heldout5", "heldout6", "heldout7", "classes9",
                                             "heldout8", "heldout9", "heldout10", "heldout11",
                                             "heldout12") for language in ("id", "en")]
# the tuned-on sets, by language where a set has two: more training, never a test fold
# (train10-19, the label model's training sets, joined them in the forty-first round)
TUNED = [("seeds", None), ("dev", None), ("heldout", None), ("heldout2", "id"),
         ("heldout2", "en"), ("heldout3", "id"), ("heldout3", "en"), ("heldout4", "id"),
         ("heldout4", "en"), ("classes8", "id"), ("classes8", "en")] + [
    (name, language) for name in ("train10", "train11", "train12", "train13", "train15",
                                  "train16", "train17", "train18", "train19")
    for language in ("id", "en")]
CS = (0.01, 0.03, 0.1)
EXTENDED = True  # the forty-first round's candidates and features (--fourteenth: without)
TAKES = (None, 0.6, 0.7, 0.8, 0.9)
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

    def candidates(self, earlier: tuple = ()) -> list[Candidate]:
        got, text, language, index, kwargs = self.call
        return candidates(got, text, lexicon(language), index, kwargs.get("previous"),
                          kwargs.get("last_named"), kwargs.get("dispute"),
                          kwargs.get("table"), kwargs.get("at", 0), earlier=earlier,
                          later=kwargs.get("later", ()), extended=EXTENDED)


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
            saved: dict[str, list] = defaultdict(list)  # each article's speakers so far
            for sid, text, path, lang in rows:
                doc = Path(path).name
                heard.call = None
                p = propose(db, sid, "enter", scheme, index)
                found = heard.candidates(tuple(saved[doc])) \
                    if heard.call and heard.call[0] is p else []
                saved[doc].append(p.name)
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


def by_language(wanted: list[tuple]) -> dict[tuple, list[dict]]:
    """Each fold's sentences, every set read once whole (both languages in one registry, in
    the documents' order, as bench_proposals.py reads it) and split by language after: a
    language read alone misses the other's registered sources and aliases, and its rules'
    speakers are not the ones the tuned table counts (forty-first round)."""
    whole: dict[str, list[dict]] = {}
    out = {}
    for name, language in wanted:
        if name not in whole:
            whole[name] = read_fold(name, None)
        out[name, language] = [s for s in whole[name]
                               if language in (None, s["language"])]
    return out


def all_folds(workdir: Path | None) -> dict[tuple, list[dict]]:
    cache = workdir / "speaker-candidates.json" if workdir else None
    if cache and cache.exists():
        raw = json.loads(cache.read_text(encoding="utf-8"))
        return {tuple(json.loads(k)): v for k, v in raw.items()}
    out = by_language(BLIND_FOLDS + TUNED)
    if cache:
        workdir.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({json.dumps(list(k)): v for k, v in out.items()}),
                         encoding="utf-8")
    return out


_COLUMNS: dict[str, int] = {}  # every feature seen, its column (shared by every fit)


def _pairs(s: dict) -> tuple[list[int], list[int], list[float]]:
    """The sentence's pairs (each right candidate minus each wrong one) as sparse rows
    (row, column, value), computed once per sentence and kept on it: the fits of the nested
    runs reuse them instead of vectorising the same pairs again."""
    got = s.get("_pairs")
    if got is None:
        rows, cols, vals = [], [], []
        right = [c["features"] for c in s["candidates"] if c["right"]]
        wrong = [c["features"] for c in s["candidates"] if not c["right"]]
        k = 0
        for r in right:
            for w in wrong:
                diff = dict(r)
                for name, v in w.items():
                    diff[name] = diff.get(name, 0.0) - v
                for name, v in diff.items():
                    if v:
                        rows.append(k)
                        cols.append(_COLUMNS.setdefault(name, len(_COLUMNS)))
                        vals.append(v)
                k += 1
        got = s["_pairs"] = (rows, cols, vals, k)
    return got


def fit(sentences: list[dict], c: float) -> dict:
    """A pairwise logistic regression: for every sentence, each right candidate against each
    wrong one (the difference of their features), so that the model learns which of a
    sentence's candidates an analyst names, as weights a pure-Python reader scores with."""
    import numpy as np
    from scipy.sparse import csr_matrix, vstack
    from sklearn.linear_model import LogisticRegression

    rows, cols, vals, at = [], [], [], 0
    for s in sentences:
        r, k, v, n = _pairs(s)
        rows.extend(x + at for x in r)
        cols.extend(k)
        vals.extend(v)
        at += n
    width = len(_COLUMNS)
    x = csr_matrix((np.array(vals), (np.array(rows, dtype=np.int32),
                                     np.array(cols, dtype=np.int32))), shape=(at, width))
    x = vstack([x, -x]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear's
    ys = [1] * at + [0] * at
    lr = LogisticRegression(C=c, solver="liblinear", max_iter=1000, fit_intercept=False)
    lr.fit(x, ys)
    names = {i: n for n, i in _COLUMNS.items()}
    weights = {names[i]: round(float(w), 6) for i, w in enumerate(lr.coef_[0])
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


def nested(folds: dict, cs=CS, language: str | None = None, inner_groups: int = 0,
           plus_choices=PLUS) -> Counter:
    """The nested leave-one-fold-out: each blind fold (of ``language`` where given) left out
    in turn, the configuration chosen by leave one fold out over the other folds of the same
    languages (``inner_groups`` > 0: those folds dealt round-robin into so many groups, left
    out a group at a time, to save fits); training always has every other blind fold of
    both languages (and the tuned-on sets where the configuration says so)."""
    configs = [(c, take, plus) for c in cs for take in TAKES for plus in plus_choices]
    print(f"\n{'fold':12} {'n':>4} {'rules':>7} {'chosen':>7} {'diff':>6}  "
          f"chosen on the other folds (C, take, + tuned-on)")
    chosen_count: Counter = Counter()
    total = rules_total = wins = losses = 0
    worst = 0.0
    lang = Counter()
    tested = [f for f in BLIND_FOLDS if language in (None, f[1])]
    for fold in tested:
        others = [f for f in BLIND_FOLDS if f != fold]
        scored = [f for f in tested if f != fold]
        groups = ([scored[i::inner_groups] for i in range(inner_groups)] if inner_groups
                  else [[f] for f in scored])
        score = dict.fromkeys(configs, 0)
        for inner in groups:
            rest = [f for f in others if f not in inner]
            for c in cs:
                for plus in plus_choices:
                    w = fit(train_of(folds, rest, plus), c)
                    for take in TAKES:
                        score[(c, take, plus)] += sum(chosen_right(w, s, take)
                                                      for f in inner for s in folds[f])
        rules_inner = sum(s["rules_right"] for f in scored for s in folds[f])
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
    n = sum(len(folds[f]) for f in tested)
    print(f"{'pooled':12} {n:4} {rules_total / n:7.1%} {total / n:7.1%} "
          f"{(total - rules_total) / n * 100:+6.1f}  folds won {wins}, lost {losses}, "
          f"worst fold {worst * 100:+.1f}")
    print("per language: " + "; ".join(
        f"{la} rules {lang[la, 'rules']}/{lang[la, 'n']} {lang[la, 'rules'] / lang[la, 'n']:.1%}"
        f" chosen {lang[la, 'got']}/{lang[la, 'n']} {lang[la, 'got'] / lang[la, 'n']:.1%}"
        for la in ("id", "en") if lang[la, "n"]))
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
    parser.add_argument("--language", choices=("id", "en"),
                        help="the nested runs test (and choose on) this language's folds only")
    parser.add_argument("--inner", type=int, default=0,
                        help="the inner leave-out in so many groups of folds (0: one fold)")
    parser.add_argument("--c", type=float, action="append",
                        help=f"the regularisations the nested runs choose among (default {CS})")
    parser.add_argument("--blind-only", action="store_true",
                        help="the nested runs never add the tuned-on sets to training")
    parser.add_argument("--fourteenth", action="store_true",
                        help="the fourteenth round's candidates and features alone")
    args = parser.parse_args()
    global EXTENDED
    EXTENDED = not args.fourteenth
    folds = all_folds(args.workdir)
    ceiling(folds)
    if args.cross:
        cross_table(folds)
    if args.no_nested:
        return
    chosen = nested(folds, tuple(args.c or CS), args.language, args.inner,
                    (False,) if args.blind_only else PLUS)
    print("chosen configurations:", {f"C={c} take={t} plus={p}": k
                                     for (c, t, p), k in chosen.items()})


if __name__ == "__main__":
    main()
