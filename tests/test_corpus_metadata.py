"""Metadata read from the pages: title, outlet, dateline city, date, wire."""

from __future__ import annotations

import pytest

from annotator.corpus.metadata import normalise_iso, parse_long_date, parse_short_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jumat, 27 Oktober 2023 / 07:37 WIB", "2023-10-27T07:37:00+07:00"),
        ("Kompas dunia | 19 Juni 2024, 13:30 WIB", "2024-06-19T13:30:00+07:00"),
        ("Senin, 2 Januari 2023 09.05 WITA", "2023-01-02T09:05:00+08:00"),
        ("Pada 13 Juli 2022, Korut mengakui", "2022-07-13"),
        ("31 Februari 2023", None),
        ("tanpa tanggal", None),
    ],
)
def test_indonesian_long_dates(text, iso):
    assert parse_long_date(text) == iso


def test_day_and_numeric_date_mentions():
    assert parse_short_dates("seperti dikutip dari TASS,Rabu (4/1/2022).") == ["2022-01-04"]
    assert parse_short_dates("Kamis (31/2/2023)") == []


def test_given_dates_are_kept_or_parsed():
    assert normalise_iso("2024-06-19") == "2024-06-19"
    assert normalise_iso("19 Juni 2024, 13:30 WIB") == "2024-06-19T13:30:00+07:00"
    assert normalise_iso("") is None


def document(db, seed: str) -> dict:
    row = db.execute(
        "SELECT title, outlet, dateline, published, wire, language FROM documents "
        "WHERE path LIKE ?",
        [f"%{seed}_%"],
    ).fetchone()
    return dict(zip(["title", "outlet", "dateline", "published", "wire", "language"], row,
                    strict=True))


EXPECTED = {
    "000": ("Rusia Apresiasi Dukungan Korea Utara untuk Perang di Ukraina", None, "MOSKOW",
            "2022-01-04", None),
    "001": ("Korea Utara Sebut akan Dukung Russia sampai Menang di Ukraina", None, "MOSKOW",
            None, None),
    "002": ("Sergei Lavrov terima kasih Korea Utara dukung Rusia dalam perang di Ukraina",
            "ANTARA", "Seoul", None, "Reuters"),
    "003": ("Rusia Bakal Perkuat Hubungan dengan Korea Utara di Segala Bidang", "KONTAN",
            "MOSKOW", "2023-10-27T07:37:00+07:00", "Reuters"),
    "004": ("Bertemu Putin di Pyongyang, Kim Jong-un Nyatakan Dukungan Penuh untuk Perang Rusia "
            "di Ukraina", "KOMPAS.TV", "PYONGYANG", "2024-06-19T13:30:00+07:00",
            "Associated Press"),
}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_metadata(seeded_db, seed):
    title, outlet, dateline, published, wire = EXPECTED[seed]
    assert document(seeded_db, seed) == {
        "title": title, "outlet": outlet, "dateline": dateline, "published": published,
        "wire": wire, "language": "id",
    }


def test_outlets_match_the_source_registry(seeded_db):
    from annotator.domain.sources import find

    outlets = {r[0] for r in seeded_db.execute("SELECT outlet FROM documents") if r[0]}
    assert outlets
    for outlet in outlets:
        assert find(seeded_db, outlet) is not None, outlet


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("KLATEN, KOMPAS -", "Kompas"),  # the daily's print desk, not its television channel
        ("MEDAN, KOMPAS.TV -", "KOMPAS.TV"),
        ("JAKARTA, KOMPAS.com -", "KOMPAS.com"),  # not a registered outlet: as written
    ],
)
def test_a_datelines_outlet(tmp_path, dateline, outlet):
    from annotator.corpus.ingest import ingest_paths
    from annotator.db.connection import open_db

    (tmp_path / "a.txt").write_text(
        f"Petani Datangi DPRD\n\n{dateline} Puluhan petani datang ke DPRD pada Senin.\n"
        "Mereka kecewa.\n", encoding="utf-8")
    db = open_db(tmp_path / "t.db")
    ingest_paths(db, [tmp_path / "a.txt"])
    assert db.execute("SELECT outlet FROM documents").fetchall() == [(outlet,)]


@pytest.mark.parametrize(
    ("first_line", "outlet"),
    [
        ("Puluhan petani datang ke DPRD pada Senin.", "KONTAN"),
        ("MEDAN, KOMPAS.TV - Puluhan petani datang ke DPRD pada Senin.", "KOMPAS.TV"),
    ],
)
def test_a_section_prefix_names_the_outlet_only_where_no_dateline_does(tmp_path, first_line,
                                                                      outlet):
    from annotator.corpus.ingest import ingest_paths
    from annotator.db.connection import open_db

    (tmp_path / "a.txt").write_text(
        f"Petani Datangi DPRD\n\nKontan daerah | 19 Juni 2024, 13:30 WIB\n{first_line}\n",
        encoding="utf-8")
    db = open_db(tmp_path / "t.db")
    ingest_paths(db, [tmp_path / "a.txt"])
    assert db.execute("SELECT outlet FROM documents").fetchall() == [(outlet,)]
