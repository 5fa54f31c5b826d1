"""Synthetic corpora built from the seeds' vocabulary, for benchmarks at scale.

    python benchmarks/synth.py --sentences 1000000 -o benchmarks/out/big.jsonl

or, from another benchmark::

    from benchmarks.synth import write_corpus, synthetic_documents

Documents look like the seeds as the ingester sees them: a headline, a dateline, real-looking
sentences (some quoting someone, "...," kata X.), a few chrome lines ("Baca juga: ...",
"loading...") and, now and then, a sentence copied with a small change from an earlier
document (the same wire copy in two outlets), so near-duplicate grouping has work to do.
Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
CITIES = ["MOSKOW", "SEOUL", "PYONGYANG", "JAKARTA", "KYIV", "WASHINGTON", "TOKYO", "BEIJING"]
OUTLETS = ["KONTAN", "ANTARA", "KOMPAS.TV", "SINDOnews", "CNA"]
SPEAKERS = ["Lavrov", "Peskov", "Choe Son Hui", "Kim Jong Un", "Putin", "Kirby", "Zelenskyy"]
VERBS = ["kata", "ujar", "tutur", "ucap"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def vocabulary(seeds_dir: Path = SEEDS_DIR) -> tuple[list[str], list[int]]:
    """Words of the seeds with their counts (the sampling weights)."""
    counts: Counter[str] = Counter()
    for path in sorted(seeds_dir.glob("*.txt")):
        counts.update(_WORD.findall(path.read_text(encoding="utf-8")))
    words = sorted(counts)
    return words, [counts[w] for w in words]


class _Writer:
    def __init__(self, rng: random.Random, words: list[str], weights: list[int]):
        self.rng = rng
        self.words = words
        self.cum = []
        total = 0
        for w in weights:
            total += w
            self.cum.append(total)
        self.recent: list[str] = []  # sentences earlier documents said, to copy now and then

    def _words(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=n)

    def sentence(self) -> str:
        rng = self.rng
        words = self._words(rng.randint(8, 24))
        if rng.random() < 0.3:
            number = f"{rng.randint(2, 999)}.{rng.randint(0, 999):03d}"  # 8.000 style
            words.insert(rng.randrange(len(words)), number)
        body = " ".join(words)
        body = body[0].upper() + body[1:]
        if rng.random() < 0.15:
            return f'"{body}," {rng.choice(VERBS)} {rng.choice(SPEAKERS)}.'
        return body + "."

    def near_copy(self) -> str | None:
        if not self.recent:
            return None
        words = self.rng.choice(self.recent).split(" ")
        i = self.rng.randrange(len(words))
        words[i] = self._words(1)[0] if i else words[i]
        return " ".join(words)


def synthetic_documents(
    sentences: int, *, seed: int = 0, per_document: int = 25, near_copy_rate: float = 0.02
) -> Iterator[dict]:
    """JSON-ready documents holding ``sentences`` article sentences in all."""
    rng = random.Random(seed)
    words, weights = vocabulary()
    writer = _Writer(rng, words, weights)
    made = 0
    number = 0
    while made < sentences:
        n = min(sentences - made, max(1, int(rng.gauss(per_document, per_document / 4))))
        body: list[str] = []
        seen: set[str] = set()
        while len(body) < n:
            copy = writer.near_copy() if rng.random() < near_copy_rate else None
            text = copy or writer.sentence()
            if text not in seen:
                seen.add(text)
                body.append(text)
        for text in rng.sample(body, k=min(2, len(body))):
            writer.recent.append(text)
        writer.recent = writer.recent[-500:]
        title = " ".join(writer._words(rng.randint(6, 12))).title()
        paragraphs = [title, "loading...", f"{rng.choice(CITIES)} - " + body[0]]
        i = 1
        while i < len(body):
            k = rng.randint(1, 3)
            paragraphs.append(" ".join(body[i : i + k]))
            i += k
            if rng.random() < 0.1:
                paragraphs.append("Baca juga: " + " ".join(writer._words(8)).title())
        paragraphs.append("Sumber: Reuters")
        day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2020, 2025)
        yield {
            "id": f"synth-{seed}-{number}",
            "title": title,
            "outlet": rng.choice(OUTLETS),
            "published": f"{year:04d}-{month + 1:02d}-{day:02d}",
            "text": "\n\n".join(paragraphs) + "\n",
        }
        made += n
        number += 1


def write_corpus(path: str | Path, sentences: int, *, seed: int = 0) -> Path:
    """Write a synthetic corpus as .jsonl; returns the path."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for doc in synthetic_documents(sentences, seed=seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", required=True, help=".jsonl file to write")
    args = parser.parse_args(argv)
    path = write_corpus(args.output, args.sentences, seed=args.seed)
    print(f"wrote {args.sentences:,} sentences to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
