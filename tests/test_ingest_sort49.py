"""The indexes built at the end of an ingest into an empty database sort with a helper thread
of SQLite's (forty-ninth round): the analysis is done by then and a core idles. The setting
is the connection's, and is put back after the builds, as the page cache's is."""

from __future__ import annotations

import json

import pytest

import annotator.corpus.ingest as ingest
from annotator.corpus.ingest import ingest_paths


def _corpus(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(
        json.dumps({"id": f"d{n}", "text": f"Judul Berita {n}\n\nWarga desa {n} mengeluhkan jalan "
                    f"rusak sejak dua tahun lalu. Dinas berjanji memperbaikinya bulan {n}.\n"})
        + "\n" for n in range(20)), encoding="utf-8")
    return corpus


def _watched(db, pragma: str = "threads") -> list[int]:
    """The PRAGMA ``pragma`` as it was at each CREATE INDEX the connection runs."""
    built: list[int] = []
    execute = db.execute

    def watching(sql, *args, **kwargs):
        if sql.lstrip().upper().startswith(("CREATE INDEX", "CREATE UNIQUE INDEX")):
            built.append(db.conn.execute(f"PRAGMA {pragma}").fetchone()[0])
        return execute(sql, *args, **kwargs)

    db.execute = watching
    return built


def test_the_indexes_built_at_the_end_sort_with_a_helper_thread(db, tmp_path, engine):
    if engine != "sqlite":
        pytest.skip("PostgreSQL keeps its indexes (nothing is built at the end)")
    assert ingest.SORT_THREADS >= 1
    db.execute("PRAGMA threads = 0")
    built = _watched(db)
    ingest_paths(db, [_corpus(tmp_path)])
    assert len(built) == 4  # the id's index, then the three others
    assert set(built) == {ingest.SORT_THREADS}
    assert db.conn.execute("PRAGMA threads").fetchone()[0] == 0  # put back
    assert db.execute("SELECT count(*) FROM sentences").fetchone()[0] > 0


def test_a_database_with_sentences_keeps_its_indexes_and_its_setting(db, tmp_path, engine):
    if engine != "sqlite":
        pytest.skip("PostgreSQL keeps its indexes (nothing is built at the end)")
    ingest_paths(db, [_corpus(tmp_path)])
    db.execute("PRAGMA threads = 0")
    built = _watched(db)
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps({"id": "x", "text": "Judul Lain\n\nSebuah berita baru tentang "
                                "harga beras yang naik lagi minggu ini di pasar kota.\n"}) + "\n",
                    encoding="utf-8")
    ingest_paths(db, [more])
    assert built == []
    assert db.conn.execute("PRAGMA threads").fetchone()[0] == 0


def test_the_indexes_built_at_the_end_sort_in_the_small_page_cache(db, tmp_path, engine):
    """SQLite's sorter holds up to the page cache's size in each of its threads: the builds at
    the end run with SORT_CACHE_KB (4 MB, the 52nd round), below the cache used while
    storing, and the connection's own setting is put back after them."""
    if engine != "sqlite":
        pytest.skip("PostgreSQL keeps its indexes (nothing is built at the end)")
    assert ingest.SORT_CACHE_KB < ingest.CACHE_KB
    db.execute("PRAGMA cache_size = -1234")
    caches = _watched(db, "cache_size")
    ingest_paths(db, [_corpus(tmp_path)])
    assert caches == [-ingest.SORT_CACHE_KB] * 4
    assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == -1234
