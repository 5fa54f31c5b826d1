"""Repeats within a document and near-duplicate groups across documents."""

from __future__ import annotations

import json

import pytest

from annotator.corpus.dedupe import NearDuplicateIndex, repeats
from annotator.corpus.ingest import ingest_paths

WIRE = (
    "Kementerian luar negeri Korea Utara menolak tuduhan pengiriman pasokan militer ke Rusia "
    'sebagai "pengalih perhatian yang paling tidak masuk akal."'
)
WIRE_EDITED = (
    "Kementerian Luar Negeri Korea Utara menolak tuduhan pengiriman pasokan militer ke Russia "
    'sebagai "pengalih perhatian yang paling tak masuk akal".'
)
OTHER = "Lavrov tiba di Pyongyang pada Rabu untuk pertemuan yang dianggap sebagai persiapan."


def test_repeats_point_at_the_first_occurrence():
    assert repeats(["a b", "c", None, "a  B", "c"]) == [None, None, None, 0, 1]


def test_index_groups_near_identical_sentences_of_other_documents():
    index = NearDuplicateIndex()
    assert index.add("s1", "d1", WIRE) is None
    assert index.add("s2", "d1", OTHER) is None
    assert index.add("s3", "d2", WIRE_EDITED) == "s1"
    assert index.new_roots == {"s1"}
    assert index.add("s4", "d3", WIRE) == "s1"


def test_index_does_not_group_within_a_document_or_unrelated_sentences():
    index = NearDuplicateIndex()
    index.add("s1", "d1", WIRE)
    assert index.add("s2", "d1", WIRE_EDITED) is None
    assert index.add("s3", "d2", OTHER) is None
    assert index.add("s4", "d2", "Korea Utara menolak.") is None  # too short to judge


def write_jsonl(path, texts):
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": str(i), "title": f"Judul {i}", "text": text}) + "\n")
    return path


def groups(db):
    return list(
        db.execute(
            "SELECT s.text, s.group_id, s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position"
        )
    )


def test_ingest_groups_the_same_wire_copy_in_two_outlets(db, tmp_path):
    texts = [f"{WIRE} {OTHER}", f"Pembuka berita lain. {WIRE_EDITED}"]
    path = write_jsonl(tmp_path / "a.jsonl", texts)
    report = ingest_paths(db, [path])
    rows = groups(db)
    first = next(r for r in rows if r[0] == WIRE)
    second = next(r for r in rows if r[0] == WIRE_EDITED)
    assert first[1] == first[2]  # the group is named after its first member
    assert second[1] == first[2]
    assert [r[1] for r in rows if r[0] not in (WIRE, WIRE_EDITED)] == [None, None]
    assert report.grouped == 2


def test_a_later_ingest_joins_groups_with_stored_sentences(db, tmp_path):
    trigger = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'sentences_au'"
    update_trigger = db.execute(trigger).fetchone()
    ingest_paths(db, [write_jsonl(tmp_path / "a.jsonl", [WIRE])])
    assert groups(db)[0][1] is None
    ingest_paths(db, [write_jsonl(tmp_path / "b.jsonl", [WIRE_EDITED])])
    (t1, g1, id1), (t2, g2, _) = groups(db)
    assert g1 == id1 and g2 == id1
    # the full-text index still finds the sentence whose group was set afterwards, and
    # agrees with the sentences row by row (its update trigger was left out for that)
    hits = db.execute(
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", ['"pengalih"']
    ).fetchone()[0]
    assert hits == 2
    db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")
    # the update trigger is back as it was, and keeps the index current for everyone else
    assert db.execute(trigger).fetchone() == update_trigger
    db.execute("UPDATE sentences SET text = 'Lavrov tiba kemarin.' WHERE id = ?", [id1])
    hits = db.execute(
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", ['"pengalih"']
    ).fetchone()[0]
    assert hits == 1
    db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")


def test_similar_sentences_with_different_names_or_numbers_are_not_grouped():
    different = [
        ("Korea Utara menolak tuduhan pengiriman senjata ke Rusia.",
         "Korea Selatan menolak tuduhan pengiriman senjata ke Rusia."),
        ("AS mengatakan 8.000 tentara Korea Utara berlatih di Rusia.",
         "AS mengatakan 10.000 tentara Korea Utara berlatih di Rusia."),
        ("Rusia menolak tuduhan pengiriman senjata ke Korea Utara oleh AS.",
         "Ukraina menolak tuduhan pengiriman senjata ke Korea Utara oleh AS."),
    ]
    for first, second in different:
        index = NearDuplicateIndex()
        index.add("s1", "d1", first)
        assert index.add("s2", "d2", second) is None, second


def test_spelling_variants_of_the_same_names_are_grouped():
    index = NearDuplicateIndex()
    first = "Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang pekan ini."
    second = "Presiden Russia Vladimir Putin bertemu Kim Jong-un di Pyongyang pekan ini."
    index.add("s1", "d1", first)
    assert index.add("s2", "d2", second) == "s1"


DAYS = [
    [f"{WIRE} {OTHER}", "Pembuka berita pertama hari ini di Moskow. Tidak ada yang lain."],
    [f"Pembuka berita lain. {WIRE_EDITED}", f"{OTHER} Penutup berita yang berbeda sekali."],
    [f"{WIRE_EDITED} Kalimat tambahan di akhir berita ini.", WIRE],
]


def _groups_by_text(db):
    """Each sentence's group as (its text, the text of the group's first member)."""
    return sorted(db.execute(
        "SELECT s.text, g.text FROM sentences s LEFT JOIN sentences g ON g.id = s.group_id "
        "WHERE s.excluded IS NULL"))


@pytest.mark.parametrize("load_filter_after", [20_000, 1])
def test_day_by_day_ingest_groups_as_one_run_would(tmp_path, empty_template, monkeypatch,
                                                   load_filter_after):
    """Stored sentences are found through the keys on disk, not an index of every stored
    sentence: ingesting day by day gives the groups of one run over all days, whether each
    day looks every sentence up on disk or first reads the stored keys into its filter."""
    import shutil

    import annotator.corpus.ingest as ingest
    from annotator.db.connection import open_db

    monkeypatch.setattr(ingest, "LOAD_FILTER_AFTER", load_filter_after)

    files = [write_jsonl(tmp_path / f"day{i}.jsonl", texts) for i, texts in enumerate(DAYS)]
    at_once, daily = tmp_path / "once.db", tmp_path / "daily.db"
    shutil.copy(empty_template, at_once)
    shutil.copy(empty_template, daily)
    one, many = open_db(at_once), open_db(daily)
    try:
        ingest_paths(one, files)
        for path in files:
            ingest_paths(many, [path])
        assert _groups_by_text(many) == _groups_by_text(one)
        assert sum(g is not None for _, g in _groups_by_text(many)) >= 5
        filed = many.execute("SELECT count(DISTINCT sentence_rowid) FROM near_duplicate_keys"
                             ).fetchone()[0]
        assert filed == many.execute("SELECT count(*) FROM sentences WHERE excluded IS NULL "
                                     "AND length(text) - length(replace(text, ' ', '')) >= 3"
                                     ).fetchone()[0]
    finally:
        one.close()
        many.close()


def test_sentences_stored_without_keys_are_filed_by_the_next_ingest(db, tmp_path):
    """A database from before the keys were kept (or sentences a merge copied in): the
    next ingest files them first, then groups against them."""
    ingest_paths(db, [write_jsonl(tmp_path / "a.jsonl", [WIRE])])
    db.execute("DELETE FROM near_duplicate_keys")
    db.execute("UPDATE near_duplicate_filed SET through = 0")
    ingest_paths(db, [write_jsonl(tmp_path / "b.jsonl", [WIRE_EDITED])])
    (_, g1, id1), (_, g2, _) = groups(db)
    assert g1 == id1 and g2 == id1
    assert db.execute("SELECT through FROM near_duplicate_filed").fetchone()[0] == \
        db.execute("SELECT max(rowid) FROM sentences").fetchone()[0]
