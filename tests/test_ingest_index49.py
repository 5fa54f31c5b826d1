"""A document's sentences filed in the near-duplicate index by one call (forty-ninth round):
``NearDuplicateIndex.add_document`` does what ``add_normalised`` does one sentence at a
time, in the same order: the same groups, the same new roots, the same index, the stored
filter asked as often, and an ingest stores the same groups."""

from __future__ import annotations

import json

from annotator.corpus.dedupe import NearDuplicateIndex, keys_of, signature
from annotator.corpus.ingest import ingest_paths

WIRE = ("Kementerian luar negeri Korea Utara menolak tuduhan pengiriman pasokan militer ke "
        'Rusia sebagai "pengalih perhatian yang paling tidak masuk akal."')
WIRE_EDITED = ("Kementerian Luar Negeri Korea Utara menolak tuduhan pengiriman pasokan militer "
               'ke Russia sebagai "pengalih perhatian yang paling tak masuk akal".')
SOUTH = ("Kementerian luar negeri Korea Selatan menolak tuduhan pengiriman pasokan militer ke "
         'Rusia sebagai "pengalih perhatian yang paling tidak masuk akal."')
OTHER = "Lavrov tiba di Pyongyang pada Rabu untuk pertemuan yang dianggap sebagai persiapan."
SHORT = "Empat kata saja cukup."  # windowed by its whole text (five words or fewer)
LONG = " ".join(["Panjang sekali kalimat ini"] * 120) + "."  # no windows: its exact text
STORED_TEXT = "Presiden meresmikan jembatan baru di Kalimantan Timur pada Senin pagi kemarin."

# (doc id, [(sentence id, text)]) in ingest order: copies across documents, an edited copy,
# a copy naming other facts, copies within a document, a long text twice, a stored match
DOCUMENTS = [
    ("d1", [("s1", WIRE), ("s2", OTHER), ("s3", SHORT), ("s4", LONG)]),
    ("d2", [("s5", WIRE_EDITED), ("s6", WIRE), ("s7", SOUTH), ("s8", LONG)]),
    ("d3", [("s9", STORED_TEXT), ("s10", SHORT), ("s11", OTHER), ("s12", WIRE)]),
    ("d4", [("s13", STORED_TEXT.replace("Senin", "Senin")), ("s14", OTHER.upper())]),
]


class _Disk:
    """A stored sentence (filed before the index, in another document) and the filter's
    calls, noted."""

    def __init__(self):
        signed = signature(STORED_TEXT)
        self.keys = set(keys_of(signed))
        self.row = ("s0", "d0", None, STORED_TEXT, signed[0])
        self.asked: list[tuple[int, ...]] = []

    def maybe_stored(self, keys):
        self.asked.append(tuple(keys))
        return not self.keys.isdisjoint(keys)

    def stored(self, keys):
        return [self.row] if not self.keys.isdisjoint(keys) else []


def _state(index: NearDuplicateIndex) -> tuple:
    return (index.ids, index.docs, index.texts, index.sources, index.groups, index.exact,
            index.buckets, index.new_roots, index.long_texts)


def _one_by_one(disk: _Disk | None) -> tuple[list, NearDuplicateIndex]:
    index = NearDuplicateIndex(stored=disk and disk.stored,
                               maybe_stored=disk and disk.maybe_stored)
    joined = []
    for doc_id, sentences in DOCUMENTS:
        for n, (sid, text) in enumerate(sentences):
            norm, keys = signature(text)
            group = index.add_normalised(sid, doc_id, text, norm, keys)
            if group is not None:
                joined.append((doc_id, n, group))
    return joined, index


def _by_document(disk: _Disk | None) -> tuple[list, NearDuplicateIndex]:
    index = NearDuplicateIndex(stored=disk and disk.stored,
                               maybe_stored=disk and disk.maybe_stored)
    joined = []
    for doc_id, sentences in DOCUMENTS:
        units = [(n, sid, text, *signature(text)) for n, (sid, text) in enumerate(sentences)]
        joined += [(doc_id, n, group) for n, group in index.add_document(doc_id, units)]
    return joined, index


def test_a_document_at_once_files_and_groups_as_one_sentence_at_a_time():
    joined, index = _by_document(None)
    expected, one_by_one = _one_by_one(None)
    assert joined == expected
    # the wire copies join s1 (the edited one too); South Korea names other facts; a copy
    # in the same document joins nothing new; the long text is grouped by its exact text
    assert ("d2", 0, "s1") in joined and ("d2", 1, "s1") in joined
    assert not any(n == 2 and doc == "d2" for doc, n, _ in joined)
    assert ("d2", 3, "s4") in joined
    assert _state(index) == _state(one_by_one)


def test_a_document_at_once_asks_the_stored_filter_as_often_and_finds_stored_matches():
    disk, again = _Disk(), _Disk()
    joined, index = _by_document(disk)
    expected, one_by_one = _one_by_one(again)
    assert joined == expected
    assert ("d3", 0, "s0") in joined  # the stored sentence starts the group
    assert "s0" in index.new_roots
    assert _state(index) == _state(one_by_one)
    # every sentence asks, even one already matched here (the filter counts the asks)
    assert disk.asked == again.asked
    assert len(disk.asked) == sum(len(sentences) for _, sentences in DOCUMENTS)


def test_ingest_stores_the_groups_a_document_at_once_finds(db, tmp_path):
    corpus = tmp_path / "wire.jsonl"
    texts = [f"{WIRE} {OTHER}", f"{WIRE_EDITED} {SOUTH}", f"{OTHER} {WIRE}"]
    corpus.write_text("".join(json.dumps({"id": str(i), "title": f"Judul {i}", "text": t})
                              + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    report = ingest_paths(db, [corpus])
    rows = list(db.execute(
        "SELECT d.ordinal, s.position, s.id, s.group_id FROM sentences s "
        "JOIN documents d ON d.id = s.doc_id WHERE s.excluded IS NULL "
        "ORDER BY d.ordinal, s.position"))
    first_wire, first_other = rows[0][2], rows[1][2]
    assert [(o, p, g) for o, p, _, g in rows] == [
        (0, 0, first_wire), (0, 1, first_other),  # roots marked at the end
        (1, 0, first_wire), (1, 1, None),  # South Korea: other facts
        (2, 0, first_other), (2, 1, first_wire)]
    assert report.grouped == 5


def test_the_budget_times_the_index_a_document_at_once(tmp_path, monkeypatch):
    import sys
    from pathlib import Path

    from annotator.corpus import dedupe

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "benchmarks"))
    sys.modules.pop("ingest_budget", None)
    import ingest_budget
    from synth import write_corpus

    corpus = write_corpus(tmp_path / "corpus.jsonl", 1500)
    results = tmp_path / "results.pickle"
    _, read_cpu, _, _ = ingest_budget.analysis_budget(corpus, results)
    original = dedupe.NearDuplicateIndex.add_document
    timed = []
    wrap = ingest_budget.Clock.wrap

    def noting(self, owner, name, label):
        timed.append((name, label))
        return wrap(self, owner, name, label)

    monkeypatch.setattr(ingest_budget.Clock, "wrap", noting)
    ingest_budget.main_budget(corpus, results, tmp_path / "replayed.db", read_cpu)
    assert ("add_document", "near-duplicate index") in timed
    assert dedupe.NearDuplicateIndex.add_document is original  # put back
