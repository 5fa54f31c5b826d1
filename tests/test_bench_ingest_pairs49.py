"""bench_ingest.py --pairs: more pairs of one ingest and one raw run, each pair's ratio and
their median; the pairs' databases are gone afterwards (a bench never leaves 1M-sentence
files behind in its workdir)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_each_pair_is_ingest_and_raw_and_the_median_is_over_all_of_them(tmp_path):
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_ingest.py"), "--sentences", "2000",
         "--workdir", str(tmp_path), "--no-trigger-raw", "--pairs", "3"],
        check=True, capture_output=True, text=True, cwd=ROOT).stdout
    pairs = re.findall(r"pair (\d) \((\w+) then (\w+)\): ingest ([\d.]+) s, raw ([\d.]+) s, "
                       r"ratio ([\d.]+)x", out)
    assert [(n, first, then) for n, first, then, *_ in pairs] == [
        ("2", "raw", "ingest"), ("3", "ingest", "raw")]
    first = float(re.search(r"ratio ingest/raw \(wall\): ([\d.]+)x", out).group(1))
    ratios = sorted([first, *(float(p[5]) for p in pairs)])
    for _, _, _, ingest, raw, ratio in pairs:
        assert abs(float(ingest) / float(raw) / float(ratio) - 1) < 0.05
    median = float(re.search(r"the median of 3 pairs: ([\d.]+)x", out).group(1))
    assert abs(median - ratios[1]) < 0.011
    assert list(tmp_path.iterdir()) == []  # its temporary folder, pair.db and rp.db gone
