"""An age in brackets after a name or initials is one named person, not a count of people
not named (twenty-eighth round, issue 11 item 1; acts.bracketed_age).

The guidelines make enforcement against people the article does not name context, and
enforcement that names a party an accusation by the body acting. Indonesian news writes a
suspect's age in brackets after initials ("berinisial RT (47)"): the number is an age, and
the person is named. Read as a count it made the
sentence context. Every sentence here is invented; the proposals are read on the real
proposal path (real SQLite), each saved as `enter` saves it."""

from __future__ import annotations

from support.proposals import accepted


def test_an_age_after_initials_is_a_named_person(db, scheme):
    got = accepted(db, scheme, [
        "Polres Bantul menetapkan pemilik gudang pupuk di Kecamatan Sewon sebagai tersangka "
        "penimbunan pupuk bersubsidi, Senin (30/11/2026).",
        "Pemilik gudang berinisial RT (47) dijerat pasal penimbunan barang kebutuhan pokok.",
    ], "id")
    assert "people not named" not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "accusation", got[1].label_reason


def test_an_age_after_initials_in_another_article(db, scheme):
    got = accepted(db, scheme, [
        "Warga Desa Sukamaju menuding sebuah perusahaan tambang pasir membuang limbah ke sungai.",
        "Pengawas lapangan perusahaan itu berinisial AK (38) didenda Rp 5 juta oleh pengadilan.",
    ], "id")
    assert "people not named" not in got[1].label_reason, got[1].label_reason


def test_a_count_in_brackets_is_still_a_count(db, scheme):
    got = accepted(db, scheme, [
        "Residents of Thorne have accused a scrap yard of burning cable insulation at night.",
        "Police said 17 people had been arrested for metal theft across the county last year.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "people not named" in got[1].label_reason
