"""Page chrome common to news pages in both languages (issue 11, item 5, twenty-third round):
datelines with a country or a state after the city ('KIRKWALL, Scotland —', 'LEXINGTON,
Ky. (AP) —'), a city of two words or with 'ST.' ('LA PAZ', 'ST. LOUIS'), an outlet's domain
in capitals before the city ('TRIBUNLAMPUNG.CO.ID, PRINGSEWU -'), the outlet such a page
stores (never the country), and photo credits in brackets ('(Tribunlampung.co.id/Yoga
Pratama)', '(ANTARA/Foto: ...)'). Lines written for these tests."""

from __future__ import annotations

import sqlite3

import pytest
from support.chrome import EN_BODY, ID_BODY, RULES, outlets_after_ingest, presented, units

from annotator.corpus.analyse import analyse


@pytest.mark.parametrize(("lead", "dateline", "city", "outlet", "language"), [
    ("HARLAN, Ky. (AP) — A coal company denied that it had dumped slurry in the river.",
     "HARLAN, Ky. (AP) —", "HARLAN", "AP", "en"),
    ("SILVER CITY, N.M. (Desert Wire) — Ranchers accused the agency of shooting their dogs.",
     "SILVER CITY, N.M. (Desert Wire) —", "SILVER CITY", "Desert Wire", "en"),
    ("LA PIEDRA, Bolivia (AP) — Miners accused the cooperative of keeping their wages.",
     "LA PIEDRA, Bolivia (AP) —", "LA PIEDRA", "AP", "en"),
    ("ST. CLOUD (AP) — A school board member accused the district of hiding test scores.",
     "ST. CLOUD (AP) —", "ST. CLOUD", "AP", "en"),
    ("ST. MARTINSBURG, W.Va., Nov 2 (Reuters) - Two unions rejected the offer.",
     "ST. MARTINSBURG, W.Va., Nov 2 (Reuters) -", "ST. MARTINSBURG", "Reuters", "en"),
    ("BRAEMOUTH, Scotland — Fishermen said the quota was cut without notice.",
     "BRAEMOUTH, Scotland —", "BRAEMOUTH", None, "en"),
    ("PINEVILLE, Ky. — The sheriff denied that deputies had seized the cars unlawfully.",
     "PINEVILLE, Ky. —", "PINEVILLE", None, "en"),
    ("LA VEGA, Dominican Republic — Growers said the exporter had cut the price.",
     "LA VEGA, Dominican Republic —", "LA VEGA", None, "en"),
    ("TRIBUNKOTA.CO.ID, GADINGREJO - Warga menuding pengembang menimbun saluran irigasi.",
     "TRIBUNKOTA.CO.ID, GADINGREJO -", "GADINGREJO", "TRIBUNKOTA.CO.ID", "id"),
    ("KABARPESISIR.id, KOTA AGUNG - Nelayan memprotes kapal pukat di wilayah tangkap.",
     "KABARPESISIR.id, KOTA AGUNG -", "KOTA AGUNG", "KABARPESISIR.id", "id"),
    ("WONOSOBO, Jawa Tengah - Petani mengaku pupuk bersubsidi langka.",
     "WONOSOBO, Jawa Tengah -", "WONOSOBO", None, "id"),
])
def test_a_dateline_is_cut_off_the_first_paragraph(lead, dateline, city, outlet, language):
    body = EN_BODY if language == "en" else ID_BODY
    page = f"A Headline About a Dispute Over Repairs\n\n{lead}\n\n{body}"
    analysis = analyse(page, RULES, language=language)
    assert [(u.excluded, u.text) for u in analysis.units][1] == ("dateline", dateline)
    assert analysis.units[2].excluded is None
    assert analysis.units[2].text == lead[len(dateline):].strip()
    assert analysis.dateline == city
    assert analysis.outlet == outlet


def test_a_country_after_the_city_leaves_the_masthead_the_outlet():
    page = ("Harbour Trust Accused of Hiding Survey\n\nThe Stromness Ledger\n\n"
            "BRAEMOUTH, Scotland — Ferry workers accused the trust of hiding a survey.\n\n"
            + EN_BODY)
    analysis = analyse(page, RULES, language="en")
    assert ("dateline", "BRAEMOUTH, Scotland —") in [(u.excluded, u.text)
                                                     for u in analysis.units]
    assert analysis.outlet == "The Stromness Ledger"
    # a name the outlets list knows stays an outlet
    assert analyse("Pabrik Dituding Cemari Sungai\n\nKLATEN, Kompas - Warga menuding pabrik "
                   "mencemari sungai.\n\n" + ID_BODY, RULES, language="id").outlet == "Kompas"


def test_a_wire_in_the_dateline_is_the_masthead_it_abbreviates():
    page = ("Tenants Sue Over Mould\n\nBy Dana Whitlow\nAllied Wire\n\n"
            "DUNMORE, Ohio (AW) — Tenants sued the landlord over mould.\n\n" + EN_BODY)
    analysis = analyse(page, RULES, language="en")
    assert analysis.outlet == "Allied Wire" and analysis.dateline == "DUNMORE"


def test_a_dateline_alone_on_its_line_is_kept_out():
    page = ("Ranchers Say Agency Shot Their Dogs\n\nSILVER CITY, N.M. (Desert Wire) —\n\n"
            "Ranchers accused the agency of shooting their dogs.\n\n" + EN_BODY)
    analysis = analyse(page, RULES, language="en")
    assert (analysis.units[1].excluded, analysis.units[1].text) == (
        "dateline", "SILVER CITY, N.M. (Desert Wire) —")
    assert presented(page)[0] == "Ranchers accused the agency of shooting their dogs."
    assert (analysis.dateline, analysis.outlet) == ("SILVER CITY", "Desert Wire")
    # a few capitalised words below the headline, read as a masthead unless a dateline
    short = page.replace("SILVER CITY, N.M. (Desert Wire) —", "BRAEMOUTH, Scotland —")
    assert units(short)[1] == ("dateline", "BRAEMOUTH, Scotland —")
    assert (analyse(short, RULES, language="en").outlet,
            analyse(short, RULES, language="en").dateline) == (None, "BRAEMOUTH")


def test_a_dateline_is_looked_for_past_a_standfirst_in_the_first_paragraphs():
    page = ("Why Was the Pier Survey Never Published?\n\n"
            "The trust says it has nothing to hide.\n\n"
            "BRAEMOUTH, Scotland — Ferry workers accused the trust of hiding a survey.\n\n"
            + EN_BODY + "\nWREXHAM, Wales — a town the workers named — said nothing.\n")
    assert ("dateline", "BRAEMOUTH, Scotland —") in units(page)
    shown = presented(page)
    assert "Ferry workers accused the trust of hiding a survey." in shown
    # past the first paragraphs a place and a dash are the sentence's own
    assert "WREXHAM, Wales — a town the workers named — said nothing." in shown


@pytest.mark.parametrize("credit", [
    "(Tribunkota.co.id/Yoga Pratama)", "(KABARPESISIR.ID/Andi Wijaya)",
    "(ANTARA/HO-Humas Pemkab)",
])
def test_a_photo_credit_in_brackets_alone_on_its_line_is_kept_out(credit):
    page = ("Warga Tuding Proyek Jalan Rusak Sawah\n\n"
            "Warga menuding proyek pelebaran jalan merusak saluran irigasi.\n"
            f"{credit}\n\n" + ID_BODY)
    found = units(page, "id")
    assert found[2] == ("credits", credit)
    # the line above is no caption: the credit may follow the last paragraph
    assert found[1] == (None, "Warga menuding proyek pelebaran jalan merusak saluran irigasi.")


def test_a_photo_credit_in_brackets_after_a_captions_last_sentence_is_kept_out():
    page = ("Warga Tuding Proyek Jalan Rusak Sawah\n\n" + ID_BODY +
            "\nWarga menunjukkan saluran yang tertimbun. (Tribunkota.co.id/Yoga Pratama)\n")
    assert units(page, "id")[-2:] == [
        (None, "Warga menunjukkan saluran yang tertimbun."),
        ("credits", "(Tribunkota.co.id/Yoga Pratama)")]
    # editor initials keep their own rule; a bracket inside a sentence is the sentence's
    for line, reason in (("(Tribunkota.co.id/rnd)", "editor-initials"),
                         ("Kata warga (AP/Smith) tidak benar.", None)):
        assert units(page.replace("(Tribunkota.co.id/Yoga Pratama)", line), "id")[-1] == (
            reason, line)


def test_a_photo_credit_in_brackets_before_the_dateline_is_kept_out():
    page = ("Nelayan Protes Kapal Pukat\n\n(ANTARA/Foto: Budi Setiawan) KOTAAGUNG - Nelayan "
            "memprotes kapal pukat.\n\n" + ID_BODY)
    assert units(page, "id")[1:4] == [
        ("credits", "(ANTARA/Foto: Budi Setiawan)"), ("dateline", "KOTAAGUNG -"),
        (None, "Nelayan memprotes kapal pukat.")]


def test_a_photo_credit_in_brackets_glued_before_a_sentence_inside_a_paragraph_is_kept_out():
    page = ("Warga Tolak Tambang Pasir\n\n" + ID_BODY + "\nWarga menutup jalan tambang. "
            "(ANTARA/Foto: Budi Setiawan) Pengelola tambang membantah tudingan warga.\n")
    assert units(page, "id")[-3:] == [
        (None, "Warga menutup jalan tambang."), ("credits", "(ANTARA/Foto: Budi Setiawan)"),
        (None, "Pengelola tambang membantah tudingan warga.")]


def test_the_cli_stores_the_masthead_or_no_outlet_for_a_city_country_dateline(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Harbour Trust Accused of Hiding Survey\n\nThe Stromness Ledger\n\n"
        "BRAEMOUTH, Scotland — Ferry workers accused the trust of hiding a survey.\n\n"
        + EN_BODY, encoding="utf-8")
    (folder / "b.txt").write_text(
        "Dairy Accused of Breaking Contracts\n\n"
        "PENTRE, Wales — Dairy farmers accused the processor of breaking their contracts.\n\n"
        + EN_BODY, encoding="utf-8")
    db = tmp_path / "a.db"
    assert sorted(str(o) for o in outlets_after_ingest(folder, db)) == [
        "None", "The Stromness Ledger"]
    with sqlite3.connect(db) as con:
        stored = dict(con.execute("SELECT dateline, outlet FROM documents").fetchall())
        shown = [t for (t,) in con.execute(
            "SELECT text FROM sentences WHERE excluded IS NULL ORDER BY doc_id, position")]
    assert stored == {"BRAEMOUTH": "The Stromness Ledger", "PENTRE": None}
    assert not any("Scotland" in t or "Wales" in t for t in shown)
