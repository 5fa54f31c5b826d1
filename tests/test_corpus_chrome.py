"""Page chrome on the real seeds: kept out of the queue, with the reason recorded."""

from __future__ import annotations

import json
import re

import pytest

from annotator.base.resources import SEEDS_DIR, data_file
from annotator.corpus.analyse import analyse
from annotator.corpus.rules import load_rules, parse_rules

RULES = load_rules()
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))


def units_of(name: str):
    path = next(p for p in SEEDS if p.name.startswith(name))
    raw = path.read_text(encoding="utf-8")
    return raw, analyse(raw, RULES)


def presented(name: str) -> list[str]:
    return [u.text for u in units_of(name)[1].units if u.excluded is None]


def reason_of(name: str, text: str) -> str | None:
    for unit in units_of(name)[1].units:
        if unit.text == text:
            return unit.excluded
    raise AssertionError(f"{text!r} is not a unit of {name}")


CHROME = re.compile(
    r"^(loading|[A-Za-z]$|Lihat Juga:|Baca [jJ]uga:|Berita (Trending|Terkini)|- |•|\[X\]|×|TERBARU"
    r"|Kontan Academy|Foto:|ILUSTRASI|Penulis|Sumber ?:|\(ian\)|kontan\.co\.id|> >|id Berita"
    r"|banner|\|)"
)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_no_chrome_is_presented(path):
    result = analyse(path.read_text(encoding="utf-8"), RULES)
    texts = [u.text for u in result.units if u.excluded is None]
    assert texts, "every seed has article sentences"
    for text in texts:
        assert not CHROME.search(text), text
        assert "(ANTARA FOTO" not in text and "Kremlin Pool Photo" not in text
        assert text[-1] in '.!?"”:', f"not a whole sentence: {text!r}"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_units_are_slices_of_raw_and_cover_every_visible_character(path):
    raw = path.read_text(encoding="utf-8")
    covered = set()
    for unit in analyse(raw, RULES).units:
        assert raw[unit.start : unit.end] == unit.text
        covered.update(range(unit.start, unit.end))
    assert {i for i, ch in enumerate(raw) if not ch.isspace()} <= covered


@pytest.mark.parametrize(
    ("seed", "line", "reason"),
    [
        ("000", "loading...", "loading"),
        ("000", "A", "font-size-letter"),
        ("000", "(ian)", "editor-initials"),
        ("001", "Berita Trending", "related-list"),
        ("001", "- 4 Buruan, Wajib Pajak Mulai Bisa Login ke Coretax DJP", "related-list"),
        ("001", "- Harus Realistis, Tunda Tarif PPN 12%", "related-list"),
        ("001", "Foto: CNA/TELEGRAM/@MariaVladimirovnaZakharova/AFP", "photo-credit"),
        ("002", "id Berita hari ini, berita riau terbaru, berita riau antara,Lavrov",
         "keyword-line"),
        ("002", "Sumber: Reuters", "wire-credit"),
        ("003", "kontan.co.id", "outlet-name"),
        ("003", "banner langganan top", "banner"),
        ("003", "| : WIB | INDIKATOR |", "ticker-header"),
        ("003", "Kontan Academy", "promo"),
        ("003", "TERBARU", "related-list"),
        ("003", "[X]", "close-button"),
        ("003", "×", "close-button"),
        ("003", "Sumber: Reuters | Editor: Barratut Taqiyyah Rafie", "wire-credit"),
        ("003", "Jumat, 27 Oktober 2023 / 07:37 WIB", "publication-date"),
        ("004", "> >", "breadcrumb"),
        ("004", "Penulis : Rizky L Pratama Editor : Edy-A.-Putra", "byline"),
        ("004", "PYONGYANG, KOMPAS.TV -", "dateline"),
    ],
)
def test_chrome_lines_carry_their_reason(seed, line, reason):
    assert reason_of(seed, line) == reason


def test_stock_ticker_lines_are_excluded():
    raw, result = units_of("003")
    tickers = [u for u in result.units if u.text.startswith("•")]
    assert len(tickers) == 11
    assert {u.excluded for u in tickers} == {"stock-ticker"}


def test_photo_captions_are_excluded():
    for seed, start in [
        ("001", "Dalam gambar selebaran"),
        ("002", "Arsip - Menlu Rusia"),
        ("003", "ILUSTRASI."),
        ("004", "Presiden Rusia Vladimir Putin (kedua dari kiri)"),
    ]:
        unit = next(u for u in units_of(seed)[1].units if u.text.startswith(start))
        assert unit.excluded == "photo-caption", (seed, unit.text)


def test_dateline_glued_to_a_caption_yields_a_clean_sentence():
    first = presented("001")[0]
    assert first.startswith("Korea Utara akan mendukung Russia hingga")
    assert "AFP" not in first and "MOSKOW" not in first


def test_headlines_are_metadata_not_sentences():
    for seed in ("002", "003"):
        raw, result = units_of(seed)
        headlines = [u for u in result.units if u.excluded == "headline"]
        assert len(headlines) == 2  # the page repeats its headline
        assert all(u.text == result.title for u in headlines)
        assert result.title not in presented(seed)


def test_body_printed_twice_is_presented_once_at_ingest(seeded_db):
    rows = list(
        seeded_db.execute(
            "SELECT s.text, s.excluded, s.duplicate_of FROM sentences s "
            "JOIN documents d ON d.id = s.doc_id WHERE d.path LIKE '%000_%' ORDER BY unit_index"
        )
    )
    shown = [t for t, excluded, _ in rows if excluded is None]
    repeats = [(t, dup) for t, excluded, dup in rows if excluded == "duplicate"]
    assert len(shown) == 11 and len(set(shown)) == 11
    assert len(repeats) == 10
    ids = {r[0]: r[0] for r in seeded_db.execute("SELECT id FROM sentences")}
    assert all(dup in ids for _, dup in repeats)


def test_an_analyst_can_add_a_rule_for_another_outlet(tmp_path):
    data = json.loads((data_file("chrome_rules.json")).read_text(encoding="utf-8"))
    data["line_rules"].append({"name": "tempo-promo", "pattern": "^Dapatkan berita pilihan"})
    rules = parse_rules(data, tmp_path / "rules.json")
    raw = "Judul Berita\nDapatkan berita pilihan setiap hari.\nLavrov tiba di Pyongyang.\n"
    result = analyse(raw, rules)
    assert [(u.text, u.excluded) for u in result.units][1:] == [
        ("Dapatkan berita pilihan setiap hari.", "tempo-promo"),
        ("Lavrov tiba di Pyongyang.", None),
    ]
    assert analyse(raw, RULES).units[1].excluded is None  # the shipped rules are untouched


@pytest.mark.parametrize(
    ("body", "caption", "language"),
    [
        ("Warga menunjukkan air sungai yang berwarna merah kepada wartawan, Rabu.",
         "Foto: Ilustrasi aplikasi pesan instan di ponsel warga. (ANTARA/Aditya)", "id"),
        ("Both countries are under heavy international sanctions.",
         "Photo: Kim Jong Un and Vladimir Putin at the Vostochny cosmodrome. (AP)", "en"),
    ],
)
def test_a_sentence_just_above_a_photo_line_that_is_its_own_caption_stays_a_sentence(
    body, caption, language
):
    # "Foto: <caption>" carries its photo's caption itself: the line above is body text,
    # not a caption; only the photo line is chrome
    raw = f"Judul berita tentang sungai\n\nKalimat pertama artikel ini.\n{body}\n{caption}\n" \
          "Kalimat terakhir artikel ini.\n"
    units = {u.text: u.excluded for u in analyse(raw, RULES, language=language).units}
    assert units[body] is None
    assert units[caption] == "photo-credit"


def test_a_line_just_above_a_bare_photo_credit_is_still_that_photo_caption():
    caption = "Warga menunjukkan air Sungai Kaleo yang berwarna merah, Rabu (11/11/2026)."
    raw = ("Judul berita tentang sungai\n\nKalimat pertama artikel ini.\n"
           f"{caption}\nFoto: WARTAKINI/Nurlaila Sangadji\nKalimat terakhir artikel ini.\n")
    units = {u.text: u.excluded for u in analyse(raw, RULES).units}
    assert units[caption] == "photo-caption"
    assert units["Foto: WARTAKINI/Nurlaila Sangadji"] == "photo-credit"
