"""Ingest's one memory budget (issue 10, 51st round): the near-duplicate index is let go
when it and what the lookups' caches hold reach IN_MEMORY sentences' worth, not when the
index alone does (the caches fill only at scale, and the peak grew with the corpus); the
keys of an index let go wait in memory and are filed together; the group roots are kept as
text across starts afresh; the index is let go before the last keys are filed."""

from __future__ import annotations

import json

import pytest

import annotator.corpus.ingest as ingest
from annotator.corpus.ingest import IngestReport, ingest_paths
from annotator.corpus.pipeline import Analyser
from annotator.corpus.rules import load_rules
from annotator.db.connection import open_db


def _run(tmp_path, analyser: Analyser | None = None) -> ingest._Run:
    db = open_db(tmp_path / "budget.db")
    analyser = analyser or Analyser(load_rules(), None, parallel=False)
    return ingest._Run(db, load_rules(), None, IngestReport(files=0, paths=[]), analyser)


def _index_of(run: ingest._Run, sentences: int) -> None:
    index = run.index
    for n in range(sentences):
        index.ids.append(f"s{n}")


def test_below_the_least_the_index_counts_alone(tmp_path, monkeypatch):
    """An index smaller than LEAST_IN_INDEX is never let go for what the caches hold."""
    monkeypatch.setattr(ingest, "IN_MEMORY", 40)
    monkeypatch.setattr(ingest, "LEAST_IN_INDEX", 10)
    run = _run(tmp_path)
    _index_of(run, 9)
    run._stored_rows.update((rowid, ("s", "d", None, rowid, "t")) for rowid in range(100))
    assert run._held() == 9


def test_the_caches_count_in_sentences_worth(tmp_path, monkeypatch):
    """Each cache counts at its worth: rows one each (the cache's and the batch's), keys'
    few rowids half, a key's full first rowids five, keys waiting to be filed one sentence
    per UNFILED_KEYS_A_SENTENCE."""
    monkeypatch.setattr(ingest, "LEAST_IN_INDEX", 10)
    run = _run(tmp_path)
    _index_of(run, 10)
    assert run._held() == 10
    run._stored_rows.update((rowid, ("s", "d", None, rowid, "t")) for rowid in range(7))
    run._batch_rows.update((rowid, ("s", "d", None, rowid, "t")) for rowid in range(3))
    assert run._held() == 20
    run._recent_keys.update((key, [1]) for key in range(6))
    run._batch_keys.update((key, [1]) for key in range(6, 10))
    assert run._held() == 25
    run._full_keys.update((key, [1] * 64) for key in range(2))
    assert run._held() == 35
    run._unfiled.append(list(range(2 * ingest.UNFILED_KEYS_A_SENTENCE + 1)))
    assert run._held() == 37


def _starts_noted(monkeypatch, in_memory: int, least: int, noted, *, at_end: bool = False
                  ) -> list:
    """A small budget (batches of 3 units), and ``noted(run)`` at each start afresh (with
    ``at_end``, at the end's holding of keys too), in a list."""
    monkeypatch.setattr(ingest, "IN_MEMORY", in_memory)
    monkeypatch.setattr(ingest, "LEAST_IN_INDEX", least)
    monkeypatch.setattr(ingest, "BATCH", 3)
    seen: list = []
    hold_keys = ingest._Run._hold_keys

    def noting(run, sentences, *, mark=True):
        if mark or at_end:
            seen.append(noted(run))
        return hold_keys(run, sentences, mark=mark)

    monkeypatch.setattr(ingest._Run, "_hold_keys", noting)
    return seen


def test_a_full_cache_lets_the_index_go_sooner(tmp_path, seeds_dir, monkeypatch):
    """With the rows cache full, the index starts afresh before it holds IN_MEMORY
    sentences; with nothing cached, only once it does."""
    held_at_start = _starts_noted(monkeypatch, 60, 15, lambda run: run.filed_sentences)

    def stored_then_count(run, batch, following=None):
        run.filed_sentences = len(run._index.ids) if run._index is not None else 0
        return store(run, batch, following)

    store = ingest._Run._store
    monkeypatch.setattr(ingest._Run, "_store", stored_then_count)
    paths = sorted(seeds_dir.glob("*.txt"))
    ingest_paths(open_db(tmp_path / "empty.db"), paths)
    assert held_at_start and min(held_at_start) >= 60

    held_at_start.clear()
    fill = ingest._Run._prefetch

    def full_cache(run, batch):
        fill(run, batch)
        run._stored_rows.update((-n, ("s", "d", None, -n, "t")) for n in range(1, 41))

    monkeypatch.setattr(ingest._Run, "_prefetch", full_cache)
    ingest_paths(open_db(tmp_path / "cached.db"), paths)
    assert held_at_start and max(held_at_start) < 60
    assert min(held_at_start) >= 15


def _groups(tmp_path, name, paths, monkeypatch, **settings):
    for setting, value in settings.items():
        monkeypatch.setattr(ingest, setting, value)
    monkeypatch.setattr(ingest, "BATCH", 3)
    db = open_db(tmp_path / name)
    ingest_paths(db, paths)
    return set(db.execute("SELECT id, group_id FROM sentences WHERE excluded IS NULL"))


def test_the_groups_and_roots_are_the_same_whenever_the_index_starts_afresh(
        tmp_path, seeds_dir, monkeypatch):
    """Copies of a wire story grouped by an index that never starts afresh, one that does
    every few sentences, and one the caches' worth lets go at every batch: the same groups,
    their roots marked (roots kept as text across starts afresh)."""
    from tests.test_ingest_lookups import _wire

    paths = [*sorted(seeds_dir.glob("*.txt")), _wire(tmp_path)]
    whole = _groups(tmp_path, "whole.db", paths, monkeypatch, IN_MEMORY=10**9)
    roots = {g for sid, g in whole if g == sid}
    assert len(roots) >= 4  # the copies did group, each group's first marked
    assert _groups(tmp_path, "few.db", paths, monkeypatch, IN_MEMORY=20,
                   LEAST_IN_INDEX=5) == whole
    assert _groups(tmp_path, "worth.db", paths, monkeypatch, IN_MEMORY=20,
                   LEAST_IN_INDEX=0, ROW_WORTH=10**6) == whole


def test_roots_are_kept_as_text_when_the_index_is_let_go(tmp_path):
    """Starting afresh leaves the index's roots joined in one text, not a set of ids the
    run holds to its end; finish gives each once, in id order."""
    run = _run(tmp_path)
    run.index.new_roots.update({"b2", "a1"})
    run._keep_roots()
    assert run._roots == ["a1\nb2"] or run._roots == ["b2\na1"]
    assert run.index.new_roots == set()
    run.index.new_roots.update({"c3", "a1"})
    assert run.finish() == ["a1", "b2", "c3"]


def test_the_index_is_let_go_before_the_last_keys_are_filed(tmp_path, seeds_dir,
                                                            monkeypatch):
    """At the end the index's memory is free while its keys are packed and filed (the
    peak of a run of 100,000 sentences was that filing)."""
    seen: list[bool] = []
    hold_keys = ingest._Run._hold_keys

    def noting(run, sentences, *, mark=True):
        if not mark:
            seen.append(run._index is None)
        return hold_keys(run, sentences, mark=mark)

    monkeypatch.setattr(ingest._Run, "_hold_keys", noting)
    db = open_db(tmp_path / "end.db")
    ingest_paths(db, sorted(seeds_dir.glob("*.txt")))
    assert seen == [True]
    assert db.execute("SELECT count(*) FROM near_duplicate_keys").fetchone()[0] > 0
    filed = db.execute("SELECT through FROM near_duplicate_filed").fetchone()[0]
    assert filed == db.execute("SELECT max(rowid) FROM sentences").fetchone()[0]


def test_the_index_starts_afresh_at_the_same_sentences_in_workers_as_in_process(
        tmp_path, seeds_dir, monkeypatch):
    """Where the index starts afresh decides which copies of a window shared by more than
    MAX_BUCKET sentences meet: the budget counts nothing that depends on the workers'
    timing (or their number), so the same input gives the same starts and groups."""
    starts = _starts_noted(monkeypatch, 40, 4, lambda run: run.rowid, at_end=True)
    corpus = tmp_path / "many.jsonl"  # more documents than a task takes: several in flight
    lines = []
    for n in range(300):
        body = (f"Pejabat {n % 7} membantah tuduhan pengiriman senjata ke Rusia pada hari "
                f"{n % 5}. Laporan itu disebut keliru oleh juru bicara {n % 3}. "
                f"Kementerian menyatakan akan menyelidiki kasus nomor {n}.")
        lines.append(json.dumps({"id": f"d{n}", "text": f"Berita {n}\n\n{body}\n"}))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    paths = [*sorted(seeds_dir.glob("*.txt")), corpus]
    found = []
    for parallel in (False, True):
        starts.clear()
        db = open_db(tmp_path / f"parallel{parallel}.db")
        ingest_paths(db, paths, parallel=parallel)
        found.append((list(starts), set(db.execute("SELECT id, group_id FROM sentences"))))
    assert len(found[0][0]) > 2
    assert found[0] == found[1]


@pytest.mark.parametrize("as_numpy", [False, True])
def test_keys_not_filed_yet_are_found_in_generation_and_rowid_order(as_numpy):
    """Rowids under each key across the unfiled generations, earlier generations first,
    each by rowid; keys under nothing left out; a key next to another not mixed in."""
    from annotator.corpus import key_batches

    bits = ingest.ROWID_BITS
    first = sorted([7 << bits | 3, 7 << bits | 1, 9 << bits | 2, 8 << bits | 4])
    second = sorted([7 << bits | 10, 2**33 << bits | 11, 9 << bits | 12])
    generations = [first, second]
    if as_numpy:
        np = pytest.importorskip("numpy")
        generations = [np.array(values, dtype=np.uint64) for values in generations]
    found = key_batches.filed_under(generations, [7, 9, 2**33, 5], bits)
    assert found == {7: [1, 3, 10], 9: [2, 12], 2**33: [11]}
    merged = key_batches.merged(generations)
    assert list(map(int, merged)) == sorted(first + second)


@pytest.mark.parametrize("file_every", [1, 7, 10**9])
def test_groups_are_the_same_however_long_keys_wait_to_be_filed(
        tmp_path, seeds_dir, monkeypatch, file_every):
    """Keys of indexes let go wait in memory until FILE_EVERY sentences' worth are held:
    filed at once, after a few, or only at the end, lookups find them and the groups and
    the filed keys are those of an index that never starts afresh."""
    from tests.test_ingest_lookups import _wire

    paths = [*sorted(seeds_dir.glob("*.txt")), _wire(tmp_path)]
    whole = _groups(tmp_path, "whole.db", paths, monkeypatch, IN_MEMORY=10**9)
    filings: list[int] = []
    file_keys = ingest._Run._file_keys

    def counted(run):
        filings.append(len(run._unfiled))
        return file_keys(run)

    monkeypatch.setattr(ingest._Run, "_file_keys", counted)
    assert _groups(tmp_path, f"wait{file_every}.db", paths, monkeypatch, IN_MEMORY=12,
                   LEAST_IN_INDEX=4, FILE_EVERY=file_every) == whole
    if file_every == 10**9:
        assert len(filings) == 1 and filings[0] > 2  # every generation, once, at the end
    elif file_every == 1:
        assert len(filings) > 2 and max(filings) == 1
    for name in ("whole.db", f"wait{file_every}.db"):
        db = open_db(tmp_path / name)
        keys = set(db.execute("SELECT key, sentence_rowid FROM near_duplicate_keys"))
        if name == "whole.db":
            expected = keys
    assert keys == expected


def test_recent_keys_gain_the_rowids_of_keys_held_later(tmp_path):
    """A key the recent cache holds with fewer than MAX_BUCKET rowids gains a later
    generation's, up to MAX_BUCKET, in rowid order, as a lookup on disk would give them
    (the cache was emptied at every start afresh and read again)."""
    from annotator.corpus.dedupe import MAX_BUCKET

    bits = ingest.ROWID_BITS
    run = _run(tmp_path)
    almost = list(range(1, MAX_BUCKET))
    run._recent_keys.update({7: [1, 2], 8: almost, 9: [3]})
    run._recent_gain(sorted([7 << bits | 6, 7 << bits | 5, 8 << bits | 70, 8 << bits | 71,
                             10 << bits | 4]))
    assert run._recent_keys == {7: [1, 2, 5, 6], 8: [*almost, 70], 9: [3]}
