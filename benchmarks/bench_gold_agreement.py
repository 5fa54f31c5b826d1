"""How far two people agree on the sealed held-out set: the ceiling a proposal can be judged
against. heldout3's gold (gold_heldout3_*.jsonl) was labeled by its writer; a second annotator
labeled the same 210 presented sentences from the guidelines alone, without seeing that gold or
any proposal (second_heldout3.jsonl). Prints labels and speakers agreed, per language, in the
same terms as bench_proposals.py (a speaker agrees when it is one of the gold's accepted names,
or both say no source).

    python benchmarks/bench_gold_agreement.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "proposals"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main() -> int:
    gold = load(HERE / "gold_heldout3_en.jsonl") + load(HERE / "gold_heldout3_id.jsonl")
    second = load(HERE / "second_heldout3.jsonl")
    used: set[int] = set()
    total, labels, speakers = Counter(), Counter(), Counter()
    for row in second:
        found = [i for i, g in enumerate(gold) if i not in used and g["has"] in row["text"]]
        if not found:
            raise SystemExit(f"second_heldout3.jsonl: no gold line for {row['text'][:60]!r}")
        used.add(found[0])
        g = gold[found[0]]
        language = g["doc"].split("_", 1)[0]
        accepted = {(name or "").casefold() for name in g["source"]}
        total[language] += 1
        labels[language] += g["label"] == row["label"]
        speakers[language] += (row["source"] or "").casefold() in accepted
    print(f"{'lang':5}{'sentences':>10}{'labels agreed':>15}{'speakers agreed':>17}")
    for language in sorted(total) + ["all"]:
        n = sum(total.values()) if language == "all" else total[language]
        lab = sum(labels.values()) if language == "all" else labels[language]
        spk = sum(speakers.values()) if language == "all" else speakers[language]
        print(f"{language:5}{n:>10}{100 * lab / n:>14.1f}%{100 * spk / n:>16.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
