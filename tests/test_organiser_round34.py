"""The organiser of a protest speaks for the protesters (thirty-fourth round, issue 11, bug
fix on branch i11try34e; domain/proposals/organisers.py, asked by
``Dispute.accusing_side``).

The lead's article: drivers protest at an app company; "Mereka menuding perusahaan aplikasi
itu memotong tarif ... secara diam-diam" (the protesters' own allegation, nobody named), then
"Koordinator aksi, Dedi Kurniawan, mengatakan potongan itu tidak pernah diumumkan kepada mitra
pengemudi." was proposed a denial (cue 'tidak pernah'), and his later "Menurut Dedi, pengemudi
yang memprotes justru diancam akunnya dinonaktifkan." a denial too ("Dedi Kurniawan denied
before"). The protest's coordinator is on the accusing side; his "never announced to the
drivers" tells the wrong, it denies nothing.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("Ratusan pengemudi ojek online (ojol) berunjuk rasa di depan kantor PT Gerak Cepat "
         "Indonesia di Jakarta Selatan, Kamis (3/12/2026).")
_ALLEGED = ("Mereka menuding perusahaan aplikasi itu memotong tarif perjalanan secara "
            "diam-diam hingga 30 persen sejak Oktober.")
_COORDINATOR = ("Koordinator aksi, Dedi Kurniawan, mengatakan potongan itu tidak pernah "
                "diumumkan kepada mitra pengemudi.")
_QUOTED = ('"Pendapatan kami turun drastis. Kami minta potongan dikembalikan ke 20 persen '
           'sesuai aturan Kemenhub," ujar Dedi.')
_THREATENED = "Menurut Dedi, pengemudi yang memprotes justru diancam akunnya dinonaktifkan."
_COMPANY = ("Head of Public Affairs PT Gerak Cepat Indonesia, Sarah Wijayanti, membantah "
            "perusahaan memotong tarif melebihi ketentuan.")
_NEVER = ('"Kami tidak pernah menonaktifkan akun mitra karena menyampaikan aspirasi," kata '
          'Sarah dalam keterangan tertulis.')


def test_the_lead_coordinator_accuses(db, scheme):
    got = accepted(db, scheme, [_LEDE, _ALLEGED, _COORDINATOR, _QUOTED, _THREATENED,
                                _COMPANY, _NEVER], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert got[2].label == "accusation", got[2].label_reason
    assert got[2].name == "Dedi Kurniawan"
    assert got[4].label == "accusation", got[4].label_reason
    # near miss: the company's own "tidak pernah" still denies
    assert got[5].label == "denial", got[5].label_reason
    assert got[6].label == "denial", got[6].label_reason
    assert got[6].name == "Sarah Wijayanti"


@pytest.mark.parametrize("lede, alleged, organiser", [
    ("Puluhan nelayan Desa Teluk Jaya berunjuk rasa di depan kantor PT Samudra Mineral, Senin.",
     "Mereka menuding perusahaan tambang itu membuang limbah ke laut tanpa izin.",
     "Koordinator lapangan, Budi Santoso, mengatakan limbah itu tidak pernah diolah sebelum "
     "dibuang."),
    ("Ratusan buruh pabrik garmen berdemo di depan kantor PT Sandang Makmur, Rabu.",
     "Mereka menuduh perusahaan menahan upah lembur selama tiga bulan.",
     "Korlap aksi, Agus Riyadi, mengatakan pemotongan itu tidak pernah diumumkan kepada "
     "buruh."),
])
def test_a_protest_coordinator_is_on_the_accusing_side(db, scheme, lede, alleged, organiser):
    got = accepted(db, scheme, [lede, alleged, organiser], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert got[2].label == "accusation", got[2].label_reason


def test_what_the_coordinator_says_next_is_no_reply(db, scheme):
    got = accepted(db, scheme, [
        "Ratusan buruh pabrik garmen berdemo di depan kantor PT Sandang Makmur, Rabu.",
        "Mereka menuduh perusahaan menahan upah lembur selama tiga bulan.",
        "Korlap aksi, Agus Riyadi, mengatakan pemotongan itu tidak pernah diumumkan kepada "
        "buruh.",
        "Menurut Agus, buruh yang bertanya justru diancam dipecat.",
    ], "id")
    assert got[3].label == "accusation", got[3].label_reason
    assert got[3].name == "Agus Riyadi"


def test_an_english_protest_organiser(db, scheme):
    got = accepted(db, scheme, [
        "Dozens of tenants protested outside Harwick Town Hall on Monday.",
        "They accused the council of ignoring damp and mould in their flats for years.",
        "Protest organiser Jane Doe said the council had never inspected the flats.",
    ], "en")
    assert got[2].label == "accusation", got[2].label_reason
    assert got[2].name == "Jane Doe"


def test_the_coordinator_of_a_crowd_accused_still_denies(db, scheme):
    # near miss: the protesters themselves are the ones accused
    got = accepted(db, scheme, [
        "Ratusan mahasiswa berunjuk rasa di depan kantor DPRD Kota Malang, Selasa.",
        "Massa aksi dituding merusak pagar kantor DPRD.",
        "Koordinator aksi, Rizal Hakim, mengatakan massa tidak pernah merusak pagar itu.",
    ], "id")
    assert got[2].label == "denial", got[2].label_reason


def test_the_accused_companys_never_still_denies(db, scheme):
    # near miss: the company accused answers the protesters; its "tidak pernah" denies
    got = accepted(db, scheme, [_LEDE, _ALLEGED, _COMPANY, _NEVER], "id")
    assert got[2].label == "denial", got[2].label_reason
    assert got[3].label == "denial", got[3].label_reason
