"""bench_ui.py's keys in turns: the bare app and the label screen, each in a process of its
own, one key of each per pair. Both sides must have answered every key (the bare app's count,
the label screen's saved labels), and the reviewer's labels must be gone afterwards, or the
next pass would find the corpus half labeled."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_ui  # noqa: E402

KEYS = 4


def test_each_pair_has_one_key_of_each_app_and_the_labels_are_cleared(seeded_copy):
    seeds = seeded_copy()
    spent = bench_ui.turn_keys(seeds, KEYS)
    assert len(spent["bare"]) == len(spent["ours"]) == len(spent["pair"]) == KEYS
    assert all(cpu > 0 for cpu in spent["bare"] + spent["ours"])
    assert spent["pair"] == [o / b for o, b in zip(spent["ours"], spent["bare"], strict=True)]
    assert bench_ui._labeled(seeds) == 0

