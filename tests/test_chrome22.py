"""Page chrome common to news pages in both languages (issue 11, item 5, twenty-second round):
prompts, requests for stories, credits and footnotes at a page's foot, the names after the last
paragraph, editor initials after an outlet, and the outlet a masthead or a date line names.
Lines written for these tests."""

from __future__ import annotations

import pytest
from support.chrome import EN_BODY, ID_BODY, RULES, outlets_after_ingest, presented, units

from annotator.corpus.analyse import analyse


@pytest.mark.parametrize(("line", "reason"), [
    ("Reporting: Ines Duarte", "byline"),
    ("(Reporter: Agus Salim)", "byline"),
    ("Posted by the Riverside Post newsdesk", "byline"),
    ("BAYU PRATAMA | EDITOR: DEWI LESTARI", "byline"),
    ("Do you have a story?", "contact"),
    ("Do you have a story for the Courier? Email desk@rivercourier.co.uk", "contact"),
    ("Email newsroom@harbourpost.co.uk", "contact"),
    ("amira.khan@harbourpost.co.uk", "contact"),
    ("Follow our coverage of the floods at https://example.org/floods", "share-follow"),
    ("Pilihan Editor: Harga Cabai di Pasar Naik Lagi", "related-link"),
    ('Simak Video "Banjir Rendam Jalan Utama Kota"', "related-link"),
    ("($1 = 3.67 dirhams)", "wire-footnote"),
    ("Simak berita terbaru dan pilihan redaksi langsung di ponselmu.", "newsletter"),
    ("Newsletter: Sign up here.", "newsletter"),
    ("(Kabarsolo.com/rnd)", "editor-initials"),
    ("Photograph: Ferry passengers queue at the pier. Photograph: Harbour Post", "photo-credit"),
])
def test_chrome_lines_at_the_foot_are_kept_out(line, reason):
    assert RULES.first_rule(line)[0] == reason


@pytest.mark.parametrize(("chrome", "line"), [
    ("Do you have a story?", "Do you have any evidence, the judge asked."),
    ("Email newsroom@harbourpost.co.uk",
     "Email records showed the order was placed on 2 December 2026."),
])
def test_lines_like_chrome_stay(chrome, line):
    assert RULES.first_rule(chrome) is not None
    assert RULES.first_rule(line) is None


def test_names_after_the_last_paragraph_are_kept_out():
    page = ("Tenants Say Landlord Ignored Mould for Two Years\n\n" + EN_BODY +
            "\nWhat Happens Next\n\nThe council meets on Monday.\n"
            "\nAmira Khan, Portsmouth\namira.khan@harbourpost.co.uk\n")
    got = units(page)
    assert got[-2:] == [("byline", "Amira Khan, Portsmouth"),
                        ("contact", "amira.khan@harbourpost.co.uk")]
    assert "What Happens Next" in presented(page)  # a subheading in the body stays


def test_a_name_in_capitals_after_the_last_paragraph_is_kept_out():
    page = "Jembatan Desa Ambrol Baru Setahun Dibangun\n\nEnde - " + ID_BODY + "\nBAYU PRATAMA\n"
    assert units(page, "id")[-1] == ("byline", "BAYU PRATAMA")


@pytest.mark.parametrize(("page", "outlet"), [
    ("The Fenland Gazette\nFlood Defences Were Never Finished, Farmers Say\n\n" + EN_BODY,
     "The Fenland Gazette"),
    ("Flood Defences Were Never Finished, Farmers Say\n\nFenland Gazette\n\n" + EN_BODY,
     "Fenland Gazette"),
    ("Jembatan Desa Ambrol Baru Setahun Dibangun\n\n"
     "kabarEnde.com | Kamis, 3 Desember 2026 08:15 WITA\n\n" + ID_BODY, "kabarEnde.com"),
])
def test_the_outlet_is_read_from_a_masthead_or_a_date_line(page, outlet):
    assert analyse(page, RULES, language="en").outlet == outlet


def test_a_writers_name_is_no_outlet():
    page = ("Flood Defences Were Never Finished, Farmers Say\n\nJohn Carter\n\n"
            "Minggu | 29 November 2026\n\n" + EN_BODY)
    analysis = analyse(page, RULES, language="en")
    assert [u.excluded for u in analysis.units][1:3] == ["page-section", "publication-date"]
    assert analysis.outlet is None
    assert analyse(page.replace("John Carter", "Fenland Gazette"), RULES,
                   language="en").outlet == "Fenland Gazette"


def test_stats_show_the_outlet_of_a_page_whose_masthead_is_kept_out(tmp_path):
    page = tmp_path / "flood.txt"
    page.write_text("The Fenland Gazette\nFlood Defences Were Never Finished, Farmers Say\n\n"
                    + EN_BODY, encoding="utf-8")
    assert outlets_after_ingest(page, tmp_path / "a.db") == ["The Fenland Gazette"]



def test_editor_initials_after_an_outlet_glued_to_the_last_sentence_are_kept_out():
    page = ("Warga Tolak Pabrik Semen di Pinggir Kota\n\n" + ID_BODY.rstrip("\n")
            + " (Kabarsolo.com/rnd)\n")
    assert units(page, "id")[-1] == ("editor-initials", "(Kabarsolo.com/rnd)")
