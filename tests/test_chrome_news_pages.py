"""Page chrome common to news pages in Indonesian and English (issue 11): each class on a page
written for the test, with the reason recorded, and body sentences that look like chrome kept."""

from __future__ import annotations

import pytest

from annotator.corpus.analyse import analyse
from annotator.corpus.rules import load_rules

RULES = load_rules()

ID_PAGE = """Polisi Tangkap Pengedar Sabu di Jalan Sudirman
Kompas.com - 14/11/2026, 10:15 WIB
Penulis: Rina Astuti | Editor: Bagus Santoso
Oleh: Dedi Kurniawan
Bagikan artikel ini
Facebook Twitter WhatsApp Telegram Salin Link
Ikuti kami di Google News
JAKARTA, KOMPAS.com - Polisi menangkap seorang pengedar sabu di Jalan Sudirman, Rabu malam.
Baca juga: Polisi Gerebek Kampung Narkoba di Jakarta Barat
Kabid Humas Polda Metro Jaya Kombes Pol. Ade Ary Syam Indradi membenarkan penangkapan itu.
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
"Barang bukti sudah kami amankan," kata Ade Ary. (dil/rdn)
Simak juga: Video Penangkapan Bandar Narkoba di Medan
Baca Juga:
Kejati Periksa Tiga Pejabat Dinas PU
KPK Tetapkan Dua Tersangka Baru
Pelaku kini ditahan di Mapolda Metro Jaya.
Baca selengkapnya di sini
Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung \
di Grup Telegram "Kompas.com News Update", caranya klik link berikut, kemudian join.
Berlangganan newsletter kami
Artikel ini telah tayang di Kompas.com dengan judul "Polisi Tangkap Pengedar Sabu".
Halaman Selanjutnya
Halaman 1 2 3
(ant/rdn)
Pewarta: Fauzi Rahman
Redaktur: Siti Nurhaliza
COPYRIGHT © ANTARA 2026
Tag: narkoba sabu polda metro jaya
"""

EN_PAGE = """Council accuses contractor over bridge steel
By Maria Ostrow and James Webb
November 14, 2026 10:15 AM GMT
Updated 2 hours ago
Share
Share on Facebook Share on X Share on LinkedIn Email
Follow us on X
LONDON, Nov 14 (Reuters) - The city council accused Brennan Civil Works of using cheaper steel.
Related: Bridge collapse leaves two injured
ADVERTISEMENT
Scroll to continue
The company rejected the accusation as groundless.
Story continues below advertisement
Read more: What we know about the collapse
"The bolts were not the grade we paid for," council leader Maria Ostrow told reporters.
Workers inspect the bridge on Wednesday. REUTERS/John Smith
Sign up here.
Get our free newsletter, delivered to your inbox every weekday.
Reporting by Maria Ostrow; Additional reporting by James Webb; Editing by Alex Richardson
Our Standards: The Thomson Reuters Trust Principles.
Copyright 2026 The Associated Press. All rights reserved.
Topics: Bridges, Construction
Last modified on Thu 14 Nov 2026 10.15 GMT
Related Articles
Bridge inspections ordered across the county
Click here to subscribe
"""


def _units(raw: str, language: str) -> dict[str, str | None]:
    return {u.text: u.excluded for u in analyse(raw, RULES, language=language).units}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Kompas.com - 14/11/2026, 10:15 WIB", "publication-date"),
        ("Oleh: Dedi Kurniawan", "byline"),
        ("Bagikan artikel ini", "share-follow"),
        ("Facebook Twitter WhatsApp Telegram Salin Link", "share-follow"),
        ("Ikuti kami di Google News", "share-follow"),
        ("Simak juga: Video Penangkapan Bandar Narkoba di Medan", "related-link"),
        ("Baca Juga:", "related-list"),
        ("Kejati Periksa Tiga Pejabat Dinas PU", "related-list"),
        ("KPK Tetapkan Dua Tersangka Baru", "related-list"),
        ("Baca selengkapnya di sini", "related-link"),
        ("Berlangganan newsletter kami", "newsletter"),
        ("Artikel ini telah tayang di Kompas.com dengan judul \"Polisi Tangkap Pengedar Sabu\".",
         "copyright"),
        ("Halaman Selanjutnya", "pagination"),
        ("Halaman 1 2 3", "pagination"),
        ("(ant/rdn)", "editor-initials"),
        ("(dil/rdn)", "editor-initials"),  # glued to the paragraph's last sentence
        ("Redaktur: Siti Nurhaliza", "byline"),
        ("COPYRIGHT © ANTARA 2026", "copyright"),
        ("Tag: narkoba sabu polda metro jaya", "tags"),
        ("JAKARTA, KOMPAS.com -", "dateline"),  # the date line above no longer hides it
    ],
)
def test_indonesian_page_chrome(line, reason):
    assert _units(ID_PAGE, "id")[line] == reason


def test_indonesian_newsletter_paragraph_is_chrome_and_the_body_is_presented():
    units = analyse(ID_PAGE, RULES, language="id").units
    assert [u.excluded for u in units if u.text.startswith("Dapatkan update")] == ["newsletter"]
    assert [u.text for u in units if u.excluded is None] == [
        "Polisi menangkap seorang pengedar sabu di Jalan Sudirman, Rabu malam.",
        "Kabid Humas Polda Metro Jaya Kombes Pol. Ade Ary Syam Indradi membenarkan penangkapan "
        "itu.",
        '"Barang bukti sudah kami amankan," kata Ade Ary.',
        "Pelaku kini ditahan di Mapolda Metro Jaya.",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("November 14, 2026 10:15 AM GMT", "publication-date"),
        ("Updated 2 hours ago", "publication-date"),
        ("Share", "share-follow"),
        ("Share on Facebook Share on X Share on LinkedIn Email", "share-follow"),
        ("Follow us on X", "share-follow"),
        ("Scroll to continue", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Workers inspect the bridge on Wednesday. REUTERS/John Smith", "photo-caption"),
        ("Sign up here.", "newsletter"),
        ("Get our free newsletter, delivered to your inbox every weekday.", "newsletter"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "copyright"),
        ("Topics: Bridges, Construction", "tags"),
        ("Last modified on Thu 14 Nov 2026 10.15 GMT", "publication-date"),
        ("Related Articles", "related-list"),
        ("Bridge inspections ordered across the county", "related-list"),
        ("Click here to subscribe", "newsletter"),
        ("LONDON, Nov 14 (Reuters) -", "dateline"),
    ],
)
def test_english_page_chrome(line, reason):
    assert _units(EN_PAGE, "en")[line] == reason


def test_english_body_is_presented():
    assert [u.text for u in analyse(EN_PAGE, RULES, language="en").units
            if u.excluded is None] == [
        "The city council accused Brennan Civil Works of using cheaper steel.",
        "The company rejected the accusation as groundless.",
        '"The bolts were not the grade we paid for," council leader Maria Ostrow told reporters.',
    ]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # body sentences that begin like chrome stay sentences
        ("Copyright lawyers said the ruling would be appealed.", "en"),
        ("Share prices fell 8 percent after the report.", "en"),
        ("Follow-up checks found no further cracks.", "en"),
        ("Sign language interpreters were not provided at the hearing.", "en"),
        ("Related charges were dropped in March.", "en"),
        ("Daftar pemilih tetap diumumkan KPU pada Senin.", "id"),
        ("Oleh karena itu, polisi menahan kedua pelaku.", "id"),
        ("Ikuti prosedur yang berlaku, kata Kapolres.", "id"),
        ("Halaman kantor desa dipenuhi warga sejak pagi.", "id"),
        ("Dapatkan bantuan hukum gratis di kantor LBH, ujarnya.", "id"),
    ],
)
def test_body_sentences_that_look_like_chrome_are_presented(line, language):
    raw = f"Judul berita\n\nKalimat pertama artikel ini.\n{line}\nKalimat terakhir.\n"
    assert _units(raw, language)[line] is None


# Kompas's print desk signs an article with one reporter's initials in capitals, on a line of
# its own or glued to the last sentence: "(ADR)", "... kata Heru. (WER)"
KOMPAS_PRINT = """Petani Pertanyakan Dana Pupuk

KLATEN, KOMPAS - Puluhan petani mendatangi kantor DPRD setempat pada Senin.
Ketua koperasi mengatakan dana belum cair dari bank penyalur. (WER)
Dinas Koperasi akan mengaudit pembukuan koperasi pekan depan.
(ADR)
"""


@pytest.mark.parametrize("line", ["(ADR)", "(WER)"])
def test_one_reporters_capital_initials_are_chrome(line):
    assert _units(KOMPAS_PRINT, "id")[line] == "editor-initials"


def test_capital_initials_leave_the_sentences_presented():
    units = analyse(KOMPAS_PRINT, RULES, language="id").units
    presented = [u.text for u in units if u.excluded is None]
    assert "Ketua koperasi mengatakan dana belum cair dari bank penyalur." in presented
    assert "Dinas Koperasi akan mengaudit pembukuan koperasi pekan depan." in presented
    assert not any("(" in text for text in presented)


@pytest.mark.parametrize(
    "line",
    ["By Staff Reporter | Northgate Gazette", "By Lena Park - The Harbour Times",
     "By Tom Hale — Associated Wire", "By Maria Ostrow and James Webb"],
)
def test_english_byline_with_the_outlet_after_a_separator_is_chrome(line):
    page = f"Council rejects harbour plan\n{line}\nThe council rejected the plan on Monday.\n"
    assert _units(page, "en")[line] == "byline"


@pytest.mark.parametrize(
    "line",
    ["By Tuesday the council had paid the contractor in full.",
     "By then - Wells said - the papers had been filed."],
)
def test_a_body_sentence_opening_with_by_is_kept(line):
    page = f"Council rejects harbour plan\nThe council met on Monday.\n{line}\n"
    assert _units(page, "en")[line] is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(Reporting by Dana Reyes; Editing by Tom Hale)", "credits"),
        ("(Additional reporting by Ann Ray)", "credits"),
        ("Published 5:45 PM CST, November 18, 2026", "publication-date"),
        ("Updated 9:10 AM AEST, 3 March 2026", "publication-date"),
        ("By Court reporter", "byline"),
        ("By our Political Correspondent", "byline"),
        ("ASSOCIATED WIRE/JOHN SMITH", "photo-credit"),
        ("ANTARA/ANDI SIREGAR", "photo-credit"),
    ],
)
def test_more_chrome_of_english_and_indonesian_pages(line, reason):
    page = f"Council rejects harbour plan\n{line}\nThe council rejected the plan on Monday.\n"
    assert _units(page, "en")[line] == reason
    assert _units(page, "id")[line] == reason


@pytest.mark.parametrize(
    "line",
    ["(Reporting the fault, he said, was his duty.)",
     "The reporter who broke the story was fired.",
     "NATO/EU talks ended without a deal."],
)
def test_body_sentences_like_these_chrome_lines_are_kept(line):
    page = f"Council rejects harbour plan\nThe council met on Monday.\n{line}\n"
    assert _units(page, "en")[line] is None


@pytest.mark.parametrize(
    ("above", "language"),
    [("Home > Daerah > Jawa Barat", "id"), ("Berita Daerah", "id"), ("News | Local", "en"),
     ("The Lakeshore Ledger", "en"), ("Nasional » Hukum", "id")],
)
def test_a_breadcrumb_section_or_masthead_above_the_headline_is_not_taken_for_it(above,
                                                                                  language):
    page = (f"{above}\nCouncil accused of hiding the pool repair costs\n"
            "A councillor accused the council of hiding the cost of pool repairs.\n")
    units = analyse(page, RULES, language=language)
    assert units.title == "Council accused of hiding the pool repair costs"
    assert [u.excluded for u in units.units] == ["page-section", "headline", None]


def test_a_short_headline_over_the_body_stays_the_headline():
    page = ("Pool costs hidden\n"
            "A councillor accused the council of hiding the cost of pool repairs.\n"
            "The council denied it.\n")
    units = analyse(page, RULES, language="en")
    assert units.title == "Pool costs hidden"
    assert [u.excluded for u in units.units] == ["headline", None, None]


# sixteenth round: a masthead or a writer's name below the headline, reading times, a wire
# story's closing credit, "Related Internet Links", Indonesian date lines after the outlet or
# the day, and the dateline found past a line above the first paragraph
MASTHEAD_PAGE = """Mill owner fined over river spill into the Sackville
The Northern Courier
5 minute read
HALIFAX — A paper mill was fined $2 million on Tuesday for a spill into the river.
The company said it had paid for the clean-up.
— With files from The Canadian Press
Related Internet Links
Nova Scotia Department of Environment
Reading time: 4 minutes
"""

ID_DATE_PAGE = """Warga Keluhkan Bau Limbah dari Pabrik Pengolahan Karet
Rina Astuti
KABARMEDAN.id - Rabu, 2 Desember 2026 - 08:15 WIB
Waktu baca 3 menit
MEDAN - Warga Kelurahan Tanjung Mulia mengeluhkan bau limbah dari sebuah pabrik.
Kepala DLH Medan, Budi Santoso, mengatakan pihaknya akan memeriksa pabrik itu.
Sabtu, 28 November 2026 | 20:10 WIB
"""


@pytest.mark.parametrize(
    ("page", "language", "line", "reason"),
    [
        ("masthead", "en", "The Northern Courier", "page-section"),
        ("masthead", "en", "5 minute read", "reading-time"),
        ("masthead", "en", "Reading time: 4 minutes", "reading-time"),
        ("masthead", "en", "HALIFAX —", "dateline"),
        ("masthead", "en", "— With files from The Canadian Press", "credits"),
        ("masthead", "en", "Related Internet Links", "related-list"),
        ("masthead", "en", "Nova Scotia Department of Environment", "related-list"),
        ("id-date", "id", "Rina Astuti", "page-section"),
        ("id-date", "id", "KABARMEDAN.id - Rabu, 2 Desember 2026 - 08:15 WIB",
         "publication-date"),
        ("id-date", "id", "Waktu baca 3 menit", "reading-time"),
        ("id-date", "id", "MEDAN -", "dateline"),
        ("id-date", "id", "Sabtu, 28 November 2026 | 20:10 WIB", "publication-date"),
    ],
)
def test_mastheads_reading_times_and_date_lines(page, language, line, reason):
    raw = {"masthead": MASTHEAD_PAGE, "id-date": ID_DATE_PAGE}[page]
    assert _units(raw, language)[line] == reason


def test_the_body_under_a_masthead_is_presented_without_its_dateline():
    assert [u.text for u in analyse(MASTHEAD_PAGE, RULES, language="en").units
            if u.excluded is None] == [
        "A paper mill was fined $2 million on Tuesday for a spill into the river.",
        "The company said it had paid for the clean-up.",
    ]
    assert [u.text for u in analyse(ID_DATE_PAGE, RULES, language="id").units
            if u.excluded is None] == [
        "Warga Kelurahan Tanjung Mulia mengeluhkan bau limbah dari sebuah pabrik.",
        "Kepala DLH Medan, Budi Santoso, mengatakan pihaknya akan memeriksa pabrik itu.",
    ]


@pytest.mark.parametrize(
    "page",
    [
        # a short first paragraph that ends like a sentence is body, not a masthead
        "Council fines mill over the spill\nThe mill paid.\nIts owner said so.\nDone.\n",
        # a headline directly over the body keeps its first paragraph
        "Council fines mill over the spill\nHALIFAX — The mill paid.\n",
        # a line of lower-case words below the headline is not a masthead
        "Council fines mill over the spill\nwhat the court heard\nThe mill paid.\n",
    ],
)
def test_what_is_not_a_masthead_is_presented(page):
    units = analyse(page, RULES, language="en").units
    assert [u.excluded for u in units if u.excluded == "page-section"] == []
