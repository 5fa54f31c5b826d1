"""Ingest's memory does not grow with the corpus (issue 10, round 31): the documents a run
has taken are a filter of bits, the ids not stored yet and, on both bits set, the documents
table; what only the lookups needed is let go before the indexes are built. Same rows."""

from __future__ import annotations

import json

from annotator.corpus import ingest
from annotator.corpus.ingest import document_id, ingest_paths
from annotator.db.connection import open_db

TEXTS = [f"Warga desa {i} menuding PT Maju Jaya mencemari sungai {i}. Perusahaan itu "
         f"membantah tuduhan tersebut pada hari ke-{i}." for i in range(12)]


def _corpus(tmp_path, order):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"text": TEXTS[i]}) + "\n" for i in order),
                    encoding="utf-8")
    return path


def _ingest(path, db_path):
    db = open_db(db_path)
    report = ingest_paths(db, [path])
    rows = (list(db.execute("SELECT * FROM sentences ORDER BY rowid")),
            list(db.execute("SELECT id, ordinal, raw, gaps FROM documents ORDER BY ordinal")))
    db.close()
    return report, rows


def test_a_document_again_after_its_copy_is_stored_is_found_there(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "BATCH", 1)  # each document stored before the next
    order = [0, 1, 2, 0, 3, 1, 1, 4]
    report, (sentences, documents) = _ingest(_corpus(tmp_path, order), tmp_path / "a.db")
    assert report.documents_added == 5 and report.documents_present == 3
    assert [row[0] for row in documents] == [document_id(TEXTS[i]) for i in (0, 1, 2, 3, 4)]


def test_a_filter_whose_bits_all_clash_stores_the_same_rows(tmp_path, monkeypatch):
    order = [0, 1, 2, 0, 3, 4, 5, 6, 2, 7, 8, 9, 10, 11, 11]
    expected = _ingest(_corpus(tmp_path, order), tmp_path / "a.db")
    for batch in (1, 2, 5000):
        monkeypatch.setattr(ingest, "BATCH", batch)
        monkeypatch.setattr(ingest, "SEEN_BITS", 8)  # every document's bits set by the first
        report, rows = _ingest(_corpus(tmp_path, order), tmp_path / f"b{batch}.db")
        assert (report.documents_added, report.documents_present) == (12, 3)
        assert rows == expected[1]


def test_what_the_lookups_needed_is_let_go_before_the_indexes_are_built(tmp_path, monkeypatch):
    held = []
    finish = ingest._Run.finish

    def noting(run):
        finish(run)
        held.append(run)

    monkeypatch.setattr(ingest._Run, "finish", noting)
    report, _ = _ingest(_corpus(tmp_path, range(12)), tmp_path / "a.db")
    assert report.documents_added == 12
    (run,) = held
    assert run._index is None and not run.filed and not run.seen and not run.pending
    assert not run._stored_rows and not run._recent_keys and not run._full_keys
