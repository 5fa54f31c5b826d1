"""Ingesting the seeds: real files into a real SQLite database."""

from __future__ import annotations

from annotator.corpus.ingest import ingest_paths


def presented(db, name_part: str) -> list[str]:
    return [
        row[0]
        for row in db.execute(
            "SELECT s.text FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL AND d.path LIKE ? ORDER BY d.ordinal, s.position",
            [f"%{name_part}%"],
        )
    ]


def test_seeds_ingest_into_documents_and_sentences(seeded_db):
    assert seeded_db["documents"].count == 5
    texts = [r[0] for r in seeded_db.execute("SELECT text FROM sentences WHERE excluded IS NULL")]
    assert len(texts) > 40
    assert "loading..." not in texts and "A" not in texts


def test_ingesting_again_changes_nothing(seeded_db, seeds_dir):
    before = list(seeded_db.execute("SELECT * FROM sentences ORDER BY id"))
    report = ingest_paths(seeded_db, [seeds_dir])
    assert report.documents_added == 0 and report.documents_present == 5
    assert list(seeded_db.execute("SELECT * FROM sentences ORDER BY id")) == before


def test_repeated_body_is_presented_once(seeded_db):
    texts = presented(seeded_db, "000_")
    assert len(texts) == len(set(texts))
    assert texts[0].startswith("Rusia menghargai dukungan Korea Utara")
