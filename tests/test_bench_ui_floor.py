"""bench_ui.py --floor: the bare key with one part of the label key's work each. The saving
key must save what the label keys saved (the same statements on the same rows), and the
painting key must neither save nor propose, or the floor would not be the parts it names."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_ui  # noqa: E402

from annotator.db.connection import open_db  # noqa: E402

KEYS = 5
KEPT = ("sentence_id", "label", "source", "sources", "confidence", "note",
        "accepted_proposal", "seconds", "guideline_version")


@pytest.fixture
def seeds(tmp_path) -> Path:
    db = tmp_path / "seeds.db"
    subprocess.run([sys.executable, "-m", "annotator", "--db", str(db), "ingest",
                    str(ROOT / "seeds")], check=True, capture_output=True, cwd=ROOT)
    return db


def _saved(db_path: Path) -> list[tuple]:
    db = open_db(db_path)
    try:
        return db.execute(f"SELECT {', '.join(KEPT)} FROM annotations WHERE reviewer = ? "
                          "ORDER BY sentence_id", [bench_ui.REVIEWER]).fetchall()
    finally:
        db.close()


def test_the_saving_key_saves_what_the_label_keys_saved(seeds):
    shown: dict = {}
    *_, labeled = bench_ui.annotator_keys(seeds, KEYS, shown)
    assert labeled == KEYS
    by_keys = _saved(seeds)
    order = list(shown)[:KEYS + 1]
    saves = bench_ui.saved_in_order(seeds, order[:KEYS])
    assert [s["sentence_id"] for s in saves] == order[:KEYS]
    bench_ui._clear(seeds)
    assert _saved(seeds) == []
    assert len(bench_ui.saving_keys(seeds, saves)) == KEYS
    assert _saved(seeds) == by_keys


def test_the_painting_key_shows_each_next_sentence_and_saves_nothing(seeds, monkeypatch):
    shown: dict = {}
    bench_ui.annotator_keys(seeds, KEYS, shown)
    order = list(shown)[:KEYS + 1]
    bench_ui._clear(seeds)
    import annotator.domain.proposals as proposals
    from annotator.ui.screens.label import LabelScreen

    painted, proposed = [], []
    real_refresh = LabelScreen.refresh_view

    def refresh_view(screen):
        if screen.place is not None:
            painted.append((screen.place.sentence.id, screen.proposal))
        return real_refresh(screen)

    monkeypatch.setattr(LabelScreen, "refresh_view", refresh_view)
    real_propose = proposals.propose

    def counting(*args, **kwargs):
        proposed.append(args[1])
        return real_propose(*args, **kwargs)

    monkeypatch.setattr(proposals, "propose", counting)
    assert len(bench_ui.painting_keys(seeds, order, shown)) == KEYS
    assert bench_ui._labeled(seeds) == 0  # nothing saved
    assert set(proposed) <= {order[0]}  # only the start's sentence was proposed
    keys = painted[-KEYS:]
    assert [sentence for sentence, _ in keys] == order[1:]
    assert [proposal for _, proposal in keys] == [shown[s] for s in order[1:]]


def test_floor_prints_each_part_beside_the_bare_key(seeds, tmp_path):
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_ui.py"), "--db", str(seeds),
         "--keys", "4", "--terminal-keys", "0", "--no-start", "--floor",
         "--workdir", str(tmp_path / "work")],
        capture_output=True, text=True, check=False, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    floor = run.stdout.split("the floor", 1)[1]
    for part in ("the bare key", "(a) the bare key that also saves", "(b) our label screen",
                 "(c) the proposal alone", "without the proposal", "2x the bare key is"):
        assert part in floor


def test_the_rows_a_key_writes_are_counted_on_a_copy(seeds, tmp_path):
    """bench_ui prints the rows a key's frame writes beside its ratios: the bare app's key
    changes its one count line, the screenful app's every line of its page, the label key
    the rows around the next sentence; the count runs on a copy, so the database the
    timed runs use keeps no label of it."""
    rows = bench_ui.label_rows(seeds, tmp_path)
    assert rows["bare"] == 1
    assert rows["full"] >= 36
    assert rows["bare"] < rows["ours"] < rows["full"]
    assert bench_ui._labeled(seeds) == 0
    assert not list(tmp_path.glob("rows-of-*"))  # the copy is removed
