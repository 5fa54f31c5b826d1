"""Page chrome common to news pages (issue 11, item 5, twenty-fifth round): the datelines
still presented on fresh pages ('Jakarta - ', 'Jakarta, CNN Indonesia -- ', 'Kupang,
VOXNTT.id - ', 'MAKASSAR, WARTA SULSEL - ', 'INDRAMAYU, (Antara Jabar) - ', 'WASHINGTON,
Oct 5 - '), a second dateline further down the page, and photo credits in brackets at a
sentence's end ('(ANTARA/Foto: Budi Santoso).', '(Foto: Dok. Humas)', '(Photo: Jane
Doe/Reuters)'). Pages, places, outlets and names
are invented for these tests; every page goes through the real `annotator ingest` into a
SQLite file, and the raw text it stores is the file's, byte for byte, with each unit's
offsets into it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from support.chrome import EN_BODY, ID_BODY, ingest_pages, shown_units

from annotator.corpus.rules import load_rules
from annotator.db.connection import open_db

ID_LEADS = [
    # (lead paragraph, dateline kept out, dateline city, outlet)
    ("Tasikmalaya - Warga menuding pengembang menimbun saluran irigasi.",
     "Tasikmalaya -", "Tasikmalaya", None),
    ("Pangkal Pinang – Nelayan memprotes kapal isap timah di perairan Sungailiat.",
     "Pangkal Pinang –", "Pangkal Pinang", None),
    ("Ternate, CNN Indonesia -- Dinas Kesehatan membantah vaksin di puskesmas kedaluwarsa.",
     "Ternate, CNN Indonesia --", "Ternate", "CNN Indonesia"),
    ("Ende, FLORESKITA.id - Seorang sopir mengaku dimintai uang oleh petugas.",
     "Ende, FLORESKITA.id -", "Ende", "FLORESKITA.id"),
    ("PALU, WARTA TADULAKO - Balai POM menyita obat tanpa izin edar dari tiga apotek.",
     "PALU, WARTA TADULAKO -", "PALU", "WARTA TADULAKO"),
    ("KUNINGAN, (Antara Jatim) - Ratusan petani mengaku benih jagung tidak tumbuh.",
     "KUNINGAN, (Antara Jatim) -", "KUNINGAN", "Antara Jatim"),
    ("BLITAR, detikDaerah -- Polisi menetapkan dua tersangka pemalsuan sertifikat.",
     "BLITAR, detikDaerah --", "BLITAR", "detikDaerah"),
    ("Sorong, 2 Desember 2026 - Lembaga adat menolak izin tambang nikel di pulau itu.",
     "Sorong, 2 Desember 2026 -", "Sorong", None),
    ("CIREBON, Selasa (1/12) - Pedagang pasar menuding pengelola menaikkan sewa kios.",
     "CIREBON, Selasa (1/12) -", "CIREBON", None),
    ("Blitar (ANTARA) -- Warga mengeluhkan bau limbah pabrik tahu.",
     "Blitar (ANTARA) --", "Blitar", "ANTARA"),
    ("Tribunkota.id, Jambi - Puluhan warga mendatangi kantor pertanahan.",
     "Tribunkota.id, Jambi -", "Jambi", "Tribunkota.id"),
    ("KABARTIMUR.id - Layanan air bersih di Ambon kembali dikeluhkan warga.",
     "KABARTIMUR.id -", None, "KABARTIMUR.id"),
]
EN_LEADS = [
    ("DENVER, Oct 5 - State regulators said inspectors found mould at the plant.",
     "DENVER, Oct 5 -", "DENVER", None),
    ("HALIFAX, Dec. 3 — A union accused the port authority of hiding an audit.",
     "HALIFAX, Dec. 3 —", "HALIFAX", None),
    ("SWANSEA, Dec 3 (Cymru-Wales Wire) - Ministers rejected the council's claim.",
     "SWANSEA, Dec 3 (Cymru-Wales Wire) -", "SWANSEA", "Cymru-Wales Wire"),
    ("ODESSA (Black Sea Wire) -- Grain traders denied that the cargo was stolen.",
     "ODESSA (Black Sea Wire) --", "ODESSA", "Black Sea Wire"),
]


def test_a_dateline_is_cut_off_the_first_paragraph_and_the_raw_text_kept(tmp_path):
    pages = {}
    for k, (lead, *_rest) in enumerate(ID_LEADS):
        pages[f"id_{k:02}.txt"] = f"Warga Mengadu Soal Layanan Nomor {k}\n\n{lead}\n\n{ID_BODY}"
    for k, (lead, *_rest) in enumerate(EN_LEADS):
        pages[f"en_{k:02}.txt"] = f"Residents Complain About Service {k}\n\n{lead}\n\n{EN_BODY}"
    docs = ingest_pages(tmp_path, pages)
    for prefix, leads in (("id", ID_LEADS), ("en", EN_LEADS)):
        for k, (lead, dateline, city, outlet) in enumerate(leads):
            doc = docs[f"{prefix}_{k:02}.txt"]
            assert doc["units"][1] == ("dateline", dateline), lead
            assert shown_units(doc)[0] == lead[len(dateline):].strip()
            assert (doc["dateline"], doc["outlet"]) == (city, outlet)


def test_a_place_that_opens_a_sentence_is_no_dateline(tmp_path):
    sentences = [
        "Jakarta is the capital the ministry wants to leave by 2030.",
        "London - based firm Harrow Gate said it had paid every supplier.",
        "Senin - Jumat loket pengaduan buka pukul 08.00 sampai 15.00.",
        "Januari - Maret ekspor kopi turun sepertiga.",
        "Warga - yang menolak relokasi - berkumpul di balai desa.",
    ]
    pages = {f"p{k}.txt": f"Judul Berita yang Cukup Panjang Nomor {k}\n\n{s}\n\n{ID_BODY}"
             for k, s in enumerate(sentences)}
    docs = ingest_pages(tmp_path, pages)
    for k, sentence in enumerate(sentences):
        doc = docs[f"p{k}.txt"]
        assert shown_units(doc)[0] == sentence
        assert "dateline" not in [excluded for excluded, _ in doc["units"]]
        assert doc["dateline"] is None


def test_a_second_dateline_further_down_the_page_is_cut(tmp_path):
    joined = ("Dua Kota Tolak Kenaikan Tarif Air\n\n"
              "SEMARANG, KABARJATENG.id - Warga menolak kenaikan tarif air bersih.\n\n"
              + ID_BODY +
              "\nSALATIGA, KABARJATENG.id - Di kota tetangga, DPRD meminta tarif ditunda.\n\n"
              "Wali kota berjanji mengkaji ulang tarif itu.\n\n"
              "Purwodadi (ANTARA) - Pembaruan: perusahaan daerah membantah tarif naik.\n")
    own_form = ("Warga Tolak Tambang Pasir di Sungai\n\n"
                "Ciamis - Warga menolak tambang pasir di sungai desa.\n\n" + ID_BODY +
                "\nBanjar - Di kabupaten tetangga, warga menutup jalan tambang.\n\n"
                "Senin - Jumat jalan itu dijaga bergantian.\n")
    other_form = ("Warga Tolak Tambang Pasir di Sungai Lagi\n\n"
                  "CIAMIS, KABARJABAR.id - Warga menolak tambang pasir di sungai desa.\n\n"
                  + ID_BODY + "\nPersikas - Persitas berakhir imbang di lapangan desa.\n")
    english = ("Two Towns Reject Water Rates\n\n"
               "PLYMOUTH, Dec 2 (Westcountry Wire) - Residents rejected the new water rates.\n\n"
               + EN_BODY +
               "\nEXETER, Dec 2 (Westcountry Wire) - The council in the next town said it "
               "would pause the rise.\n\n"
               "TRURO, Cornwall — a town the residents named — said nothing.\n")
    docs = ingest_pages(tmp_path, {"joined.txt": joined, "own.txt": own_form,
                              "other.txt": other_form, "en.txt": english})
    doc = docs["joined.txt"]
    cut = [text for excluded, text in doc["units"] if excluded == "dateline"]
    assert cut == ["SEMARANG, KABARJATENG.id -", "SALATIGA, KABARJATENG.id -",
                   "Purwodadi (ANTARA) -"]
    assert "Di kota tetangga, DPRD meminta tarif ditunda." in shown_units(doc)
    assert "Pembaruan: perusahaan daerah membantah tarif naik." in shown_units(doc)
    # the page's dateline and outlet are its first dateline's
    assert (doc["dateline"], doc["outlet"]) == ("SEMARANG", "KABARJATENG.id")
    # a city alone before the dash opens a later paragraph where the page's own first
    # dateline is one; a day or a month never is a city
    doc = docs["own.txt"]
    assert [t for e, t in doc["units"] if e == "dateline"] == ["Ciamis -", "Banjar -"]
    assert "Di kabupaten tetangga, warga menutup jalan tambang." in shown_units(doc)
    assert "Senin - Jumat jalan itu dijaga bergantian." in shown_units(doc)
    # ... and nowhere past the first paragraphs on a page whose dateline names its outlet
    doc = docs["other.txt"]
    assert "Persikas - Persitas berakhir imbang di lapangan desa." in shown_units(doc)
    doc = docs["en.txt"]
    assert [t for e, t in doc["units"] if e == "dateline"] == [
        "PLYMOUTH, Dec 2 (Westcountry Wire) -", "EXETER, Dec 2 (Westcountry Wire) -"]
    assert "The council in the next town said it would pause the rise." in shown_units(doc)
    # a place and a dash before a word in small letters are the sentence's own
    assert "TRURO, Cornwall — a town the residents named — said nothing." in shown_units(doc)

def test_a_photo_credit_in_brackets_at_a_sentences_end_is_kept_out(tmp_path):
    caption_line = ("Petugas Periksa Gudang Beras Bulog di Pelabuhan\n\n" + ID_BODY +
                    "\nPetugas memeriksa karung beras di gudang. (ANTARA/Foto: Rudi Hartono).\n")
    inside = ("Antrean Panjang di Kantor Kelurahan Sukamaju\n\n" + ID_BODY +
              "\nWarga antre di kantor kelurahan (Foto: Dok. Humas). Lurah mengatakan "
              "antrean terjadi sejak pagi.\n\n"
              "Lurah berjanji menambah loket. (Foto: Dok. Humas Kota) Warga menunggu di luar "
              "kantor.\n\n"
              "Petugas menutup loket pukul tiga. (ANTARA/Foto: Sri Lestari). Warga kecewa "
              "dengan layanan itu.\n")
    english = ("Inspectors Visit the Grain Terminal at Dawn\n\n" + EN_BODY +
               "\nInspectors arrived at the terminal on Monday. (Photo: Jane Roe/Reuters) "
               "The company said it would cooperate.\n")
    docs = ingest_pages(tmp_path, {"caption.txt": caption_line, "inside.txt": inside,
                              "en.txt": english})
    assert docs["caption.txt"]["units"][-1] == (
        "photo-caption",
        "Petugas memeriksa karung beras di gudang. (ANTARA/Foto: Rudi Hartono).")
    assert docs["inside.txt"]["units"][-8:] == [
        ("photo-caption", "Warga antre di kantor kelurahan (Foto: Dok. Humas)."),
        (None, "Lurah mengatakan antrean terjadi sejak pagi."),
        (None, "Lurah berjanji menambah loket."),
        ("credits", "(Foto: Dok. Humas Kota)"),
        (None, "Warga menunggu di luar kantor."),
        (None, "Petugas menutup loket pukul tiga."),
        ("credits", "(ANTARA/Foto: Sri Lestari)."),
        (None, "Warga kecewa dengan layanan itu."),
    ]
    assert docs["en.txt"]["units"][-3:] == [
        (None, "Inspectors arrived at the terminal on Monday."),
        ("credits", "(Photo: Jane Roe/Reuters)"),
        (None, "The company said it would cooperate."),
    ]


@pytest.mark.parametrize("sentence", [
    "Ia mengunggah foto itu (lihat foto) ke media sosial.",
    "The mayor posted a photo (a blurry one) of the flooded road.",
])
def test_a_bracket_that_only_mentions_a_photo_stays_in_the_sentence(tmp_path, sentence):
    page = "Warga Unggah Foto Jalan Rusak Parah\n\n" + ID_BODY + f"\n{sentence} Polisi diam.\n"
    docs = ingest_pages(tmp_path, {"a.txt": page})
    assert sentence in shown_units(docs["a.txt"])


def test_the_stored_units_still_rebuild_the_page(tmp_path):
    """A page with a dateline cut in three places and a credit in a paragraph: its raw text
    comes back whole from the database (checked in ingest_pages), and its sentences are the
    page's own lines in their order."""
    page = ("Warga Tolak Tambang Pasir di Sungai\r\n\r\n"
            "Ciamis - Warga menolak tambang pasir.\r\n\r\n"
            "Banjar - Warga menutup jalan tambang. (Foto: Dok. Humas) Polisi berjaga.\r\n")
    docs = ingest_pages(tmp_path, {"crlf.txt": page})
    assert docs["crlf.txt"]["units"] == [
        ("headline", "Warga Tolak Tambang Pasir di Sungai"),
        ("dateline", "Ciamis -"), (None, "Warga menolak tambang pasir."),
        ("dateline", "Banjar -"), (None, "Warga menutup jalan tambang."),
        ("credits", "(Foto: Dok. Humas)"), (None, "Polisi berjaga."),
    ]


def test_a_date_line_with_a_short_indonesian_month_is_kept_out(tmp_path):
    lines = {"a.txt": ("Selasa, 1 Des 2026 - 10:12 WIB", "2026-12-01"),
             "b.txt": ("Kabarkota | Senin, 30 Nov 2026 09:42 WIB", "2026-11-30T09:42:00+07:00"),
             "c.txt": ("KABARKOTA.com - Rabu, 2 Des. 2026 09:12 WIB",
                       "2026-12-02T09:12:00+07:00"),
             "d.txt": ("Kamis, 3 Okt 2026", "2026-10-03")}
    docs = ingest_pages(tmp_path, {
        name: f"Warga Keluhkan Air Keruh di Kota Ini\n\n{line}\n\n{ID_BODY}"
        for name, (line, _) in lines.items()})
    for name, (line, _) in lines.items():
        assert docs[name]["units"][1] == ("publication-date", line)
        assert shown_units(docs[name])[0] == ID_BODY.split("\n")[0]
    db = open_db(tmp_path / "a.db")
    try:
        stored = dict(db.execute("SELECT path, published FROM documents").fetchall())
    finally:
        db.close()
    assert {Path(p).name: d for p, d in stored.items()} == {
        name: published for name, (_, published) in lines.items()}


def test_the_outlets_and_the_writers_names_below_the_headline_are_kept_out(tmp_path):
    docs = ingest_pages(tmp_path, {
        "id.txt": ("Warga Keluhkan Air Keruh di Kota Ini\nKabarkita\n"
                   "Kamis, 19 November 2026 15:30 WIB\nRina Astuti - kabarPALU\n\n"
                   "Palu - Warga mengeluhkan air keruh sejak sepekan.\n\n" + ID_BODY),
        "en.txt": ("Residents Complain About Brown Tap Water\n\nThe Harbour Gazette\n\n"
                   "Jane Roe\n\nResidents said the water had been brown for a week.\n\n"
                   + EN_BODY),
        "alone.txt": ("Warga Keluhkan Air Keruh di Kota Ini\n\nPalu, kabarSulteng.com -\n\n"
                      "Warga mengeluhkan air keruh sejak sepekan.\n\n" + ID_BODY)})
    assert docs["id.txt"]["units"][1:5] == [
        ("page-section", "Kabarkita"),
        ("publication-date", "Kamis, 19 November 2026 15:30 WIB"),
        ("page-section", "Rina Astuti - kabarPALU"), ("dateline", "Palu -")]
    assert docs["en.txt"]["units"][1:3] == [
        ("page-section", "The Harbour Gazette"), ("page-section", "Jane Roe")]
    assert shown_units(docs["en.txt"])[0] == "Residents said the water had been brown for a week."
    # a dateline alone on its line, in the forms this round added
    assert docs["alone.txt"]["units"][1] == ("dateline", "Palu, kabarSulteng.com -")
    assert (docs["alone.txt"]["dateline"], docs["alone.txt"]["outlet"]) == (
        "Palu", "kabarSulteng.com")


def test_the_datelines_joined_answer_as_each_does():
    """The dateline patterns joined into one (a fast "no" for a paragraph with none) match
    where one of them does, and only there."""
    rules = load_rules()
    assert rules.dateline_gate is not None
    lines = [lead for lead, *_ in ID_LEADS + EN_LEADS] + [
        "Jakarta is the capital.", "London - based firm Harrow Gate said it paid.",
        "Senin - Jumat loket buka.", "Covid-19 cases rose.", "KOTAAGUNG -", "Palu -",
        "HARLAN, Ky. (AP) — A coal company denied it."]
    for line in lines:
        for text in (line, line + " "):
            assert bool(rules.dateline_gate.match(text)) == any(
                p.match(text) for p in rules.datelines), text


def test_the_chrome_heads_script_lists_what_opens_like_a_dateline(tmp_path, capsys):
    """benchmarks/chrome_heads.py: a page's presented sentences that open like a dateline
    or end in a photo credit are listed (here one the rules leave whole, for a reader to
    judge), and a sealed set is refused."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import chrome_heads

    (tmp_path / "a.txt").write_text(
        "Warga Tolak Tambang Pasir di Sungai\n\nBANJAR, KABARJABAR.id - Warga menolak "
        "tambang.\n\n" + ID_BODY + "\nPersikas - Persitas berakhir imbang.\n",
        encoding="utf-8")
    presented, found = chrome_heads.heads(tmp_path)
    assert presented == 4
    assert found == [("a.txt", "head", "Persikas - Persitas berakhir imbang.")]
    assert chrome_heads.main(["--set", "heldout18", "-q"]) == 2
    assert "sealed" in capsys.readouterr().err
