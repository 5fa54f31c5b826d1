"""How far two people agree on a held-out set: the ceiling a proposal can be judged against.
A set's gold (gold_<set>_*.jsonl) was labeled by its writer; a second annotator labeled the same
presented sentences from the guidelines alone, without seeing that gold or any proposal
(second_<set>.jsonl): heldout3's 210 sentences (208 since "Brig. Gen." is one sentence), and
heldout4's 212, heldout5's 226 (labeled under the settled guidelines of 2026-12-01). Prints
labels and speakers agreed, per language, in the same terms as
bench_proposals.py (a speaker agrees when it is one of the gold's accepted names, or both say
no source). Only totals are printed, so a sealed set stays sealed.

    python benchmarks/bench_gold_agreement.py               # heldout3
    python benchmarks/bench_gold_agreement.py --set heldout4
    python benchmarks/bench_gold_agreement.py --set heldout5
    python benchmarks/bench_gold_agreement.py --set heldout6   # once second_heldout6.jsonl exists
    python benchmarks/bench_gold_agreement.py --set heldout7   # once second_heldout7.jsonl exists
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "proposals"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="heldout3",
                        choices=["heldout3", "heldout4", "heldout5", "heldout6", "heldout7"])
    name = parser.parse_args().set
    gold = [row for path in sorted(HERE.glob(f"gold_{name}_*.jsonl")) for row in load(path)]
    if not (HERE / f"second_{name}.jsonl").exists():
        raise SystemExit(f"second_{name}.jsonl: no second annotator's labels for {name} yet")
    second = load(HERE / f"second_{name}.jsonl")
    used: set[int] = set()
    total, labels, speakers = Counter(), Counter(), Counter()
    # a gold snippet that is itself a whole sentence of the document (a topic tag such as
    # "Premier League") finds only that sentence, as in bench_proposals.gold_for
    whole: dict[str, set[str]] = {}
    for row in second:
        whole.setdefault(row.get("doc_title", ""), set()).add(row["text"])
    for row in second:
        texts = whole[row.get("doc_title", "")]
        found = [i for i, g in enumerate(gold) if i not in used and (
            g["has"] == row["text"] or (g["has"] in row["text"] and g["has"] not in texts))]
        if not found:
            raise SystemExit(f"second_{name}.jsonl: no gold line for {row['text'][:60]!r}")
        used.add(found[0])
        g = gold[found[0]]
        language = g["doc"].split("_", 1)[0]
        accepted = {(name or "").casefold() for name in g["source"]}
        total[language] += 1
        labels[language] += g["label"] == row["label"]
        said = row["source"]
        if isinstance(said, list):  # a joint statement: its first speaker, as bench_proposals
            said = said[0] if said else None
        speakers[language] += (said or "").casefold() in accepted
    print(f"{'lang':5}{'sentences':>10}{'labels agreed':>15}{'speakers agreed':>17}")
    for language in sorted(total) + ["all"]:
        n = sum(total.values()) if language == "all" else total[language]
        lab = sum(labels.values()) if language == "all" else labels[language]
        spk = sum(speakers.values()) if language == "all" else speakers[language]
        print(f"{language:5}{n:>10}{100 * lab / n:>14.1f}%{100 * spk / n:>16.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
