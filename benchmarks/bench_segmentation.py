"""Sentence boundaries of the ingest against a gold corpus in CoNLL-U (the UD Indonesian GSD
treebank): boundary precision, recall and F1, beside sentencex alone and pysbd (if installed:
`pip install -e '.[bench]'`).

    python benchmarks/bench_segmentation.py ../shared/corpora/ud-indonesian-gsd/id_gsd-ud-dev.conllu

It also scores the project's own held-out check of ends around abbreviations (ranks, titles,
degrees, abbreviated given names, initials; Indonesian and English news text),
benchmarks/segmentation/heldout_abbreviations.txt, written before the segmentation change it
measured and never tuned on; `--heldout-only` scores that alone.

Method (as ../shared/corpora/README.md describes it): consecutive gold sentences (their
`# text =` lines) are joined with one space into paragraphs of 10; each paragraph goes
through the ingest's own analysis (chrome rules, dateline, segmentation); the boundaries
inside a paragraph are scored. A gold unit that itself holds several sentences (a full stop,
? or ! followed by a capitalised word inside it) is left out: a split inside it is counted
neither right nor wrong. The treebank is not part of this project and is not committed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.corpus.analyse import analyse  # noqa: E402
from annotator.corpus.rules import load_rules  # noqa: E402

BLOCK = 10
# the dev split beside the checkout (../shared), or beside a worktree's folder (../../shared)
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
               if p.is_dir()), ROOT.parent / "shared")
DEV = SHARED / "corpora" / "ud-indonesian-gsd" / "id_gsd-ud-dev.conllu"
_INNER_END = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]*[A-Z]")


HELDOUT = Path(__file__).resolve().parent / "segmentation" / "heldout_abbreviations.txt"


def heldout_paragraphs(path: Path = HELDOUT) -> list[tuple[str, list[str]]]:
    """(language, gold sentences) per paragraph of the held-out check."""
    out: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@ "):
            out.append((line[2:].strip(), []))
        else:
            out[-1][1].append(line.strip())
    return out


def score_heldout(rules, path: Path = HELDOUT, show: bool = False) -> tuple[int, int, int]:
    """(tp, fp, fn) of the ingest's inner boundaries on the held-out check, printed."""
    tp = fp = fn = 0
    for language, sentences in heldout_paragraphs(path):
        text = " ".join(sentences)
        gold, at = set(), 0
        for s in sentences[:-1]:
            at += len(s) + 1
            gold.add(at)
        found = {u.start for u in analyse(text, rules, language=language).units if u.start > 0}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        for s in sorted(found ^ gold) if show else ():
            kind = "missed" if s in gold else "extra "
            print(f"  {kind} [{language}] ...{text[max(0, s - 50):s]}|{text[s:s + 30]}...")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'held-out abbreviations':28} precision {p:6.2%}  recall {r:6.2%}  F1 {f:6.2%}  "
          f"(tp {tp}, fp {fp}, fn {fn})")
    return tp, fp, fn


def gold_sentences(path: Path) -> list[str]:
    return [line[len("# text = "):].strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")]


def blocks(sentences: list[str]):
    for i in range(0, len(sentences), BLOCK):
        chunk = sentences[i:i + BLOCK]
        starts, text = [], ""
        for s in chunk:
            if text:
                text += " "
            starts.append(len(text))
            text += s
        ignored = set()  # character ranges of gold units holding several sentences
        for s, start in zip(chunk, starts, strict=True):
            if _INNER_END.search(s):
                ignored.update(range(start + 1, start + len(s) + 1))
        yield text, set(starts[1:]), ignored


def ingest_starts(text: str, rules) -> list[int]:
    return [u.start for u in analyse(text, rules, language="id").units]


def sentencex_starts(text: str) -> list[int]:
    from sentencex import segment

    out, cursor = [], 0
    for piece in segment("id", text):
        at = text.find(piece.strip(), cursor)
        if at >= 0 and piece.strip():
            out.append(at)
            cursor = at + len(piece.strip())
    return out


def pysbd_starts(text: str) -> list[int] | None:
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return [s.start for s in seg.segment(text)]


def score(name, sentences, starts_of) -> tuple[float, float, float] | None:
    tp = fp = fn = 0
    for text, gold, ignored in blocks(sentences):
        found = starts_of(text)
        if found is None:
            return None
        predicted = {s for s in found if s > 0}
        # a predicted start at a gold start, also when the splitter kept leading spaces
        predicted = {s + (len(text[s:]) - len(text[s:].lstrip())) for s in predicted}
        tp += len(predicted & gold)
        fp += len({s for s in predicted - gold if s not in ignored})
        fn += len(gold - predicted)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name:28} precision {p:6.2%}  recall {r:6.2%}  F1 {f:6.2%}  "
          f"(tp {tp}, fp {fp}, fn {fn})")
    return p, r, f


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("conllu", type=Path, nargs="?", default=DEV)
    parser.add_argument("--heldout-only", action="store_true",
                        help="score only the held-out abbreviation check")
    parser.add_argument("--show", type=int, default=0, help="print this many errors of the ingest")
    args = parser.parse_args()
    rules = load_rules()
    score_heldout(rules, show=args.show > 0)
    if args.heldout_only:
        return
    sentences = gold_sentences(args.conllu)
    print(f"{args.conllu.name}: {len(sentences)} gold sentences in blocks of {BLOCK}")
    score("ingest (annotator)", sentences, lambda t: ingest_starts(t, rules))
    score("sentencex alone", sentences, sentencex_starts)
    if score("pysbd", sentences, pysbd_starts) is None:
        print("pysbd                        not installed (pip install pysbd)")
    shown = 0
    for text, gold, ignored in blocks(sentences):
        predicted = {s for s in ingest_starts(text, rules) if s > 0}
        for s in sorted((predicted - gold - ignored) | (gold - predicted)):
            if shown >= args.show:
                return
            kind = "missed" if s in gold else "extra "
            print(f"{kind} ...{text[max(0, s - 60):s]}|{text[s:s + 40]}...")
            shown += 1


if __name__ == "__main__":
    main()
