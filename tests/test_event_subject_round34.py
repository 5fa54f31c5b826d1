"""A case, an incident, an event as the subject of a party's act is no party: narration keeps
no source (thirty-fourth round, issue 11, bug fix on branch i11try34a; domain/proposals/
acting.py, data ``speaker34_events``).

The lead's try: members of a savings cooperative accuse its board of embezzling their
savings; the article closes with "Kasus ini menambah daftar koperasi bermasalah di Jawa
Tengah sepanjang tahun ini." (narration, no speech verb), proposed with the source "Kasus"
("the party acting: subject of 'menambah'"). The reading of the party acting took the
capitalised "Kasus" for a name.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_KOPERASI = [
    "SEMARANG, KOMPAS.com - Ratusan anggota Koperasi Simpan Pinjam (KSP) Sejahtera Mandiri di "
    "Semarang, Jawa Tengah, menuding pengurus koperasi menggelapkan dana simpanan mereka "
    "senilai Rp 7 miliar.",
    "Ketua KSP Sejahtera Mandiri, Bambang Sulistyo, membantah tudingan tersebut.",
    "Sementara itu, Kepala Dinas Koperasi dan UKM Kota Semarang, Yuni Astuti, mengatakan "
    "pihaknya akan memeriksa laporan keuangan koperasi tersebut.",
]
_TRY = "Kasus ini menambah daftar koperasi bermasalah di Jawa Tengah sepanjang tahun ini."
_BANK = ("Ratusan nasabah BPR Makmur Jaya menuding direksi bank menggelapkan dana deposito "
         "mereka.")
_HOMES = "Residents accused Harrow Homes of ignoring damp complaints for years."


def _last(db, scheme, sentences, language="id"):
    return accepted(db, scheme, sentences, language)[-1]


# --- the lead's case ---

def test_the_try_case_adds_to_a_list_has_no_source(db, scheme):
    got = _last(db, scheme, [*_KOPERASI, _TRY])
    assert got.label == "context", got.label_reason
    assert got.name is None, got.reason


# --- the class, on sentences of our own ---

def test_an_incident_adding_to_a_record_has_no_source(db, scheme):
    got = _last(db, scheme, [_BANK, "Insiden ini menambah catatan buruk pengelolaan bank."])
    assert got.name is None, got.reason


def test_a_named_case_adding_to_a_list_has_no_source(db, scheme):
    got = _last(db, scheme, [
        _BANK, "Kasus BPR Makmur Jaya menambah daftar bank bermasalah di Jawa Timur."])
    assert got.name is None, got.reason


def test_an_event_after_an_opener_has_no_source(db, scheme):
    got = _last(db, scheme, [
        _BANK, "Namun, peristiwa ini menambah kekhawatiran nasabah bank lain."])
    assert got.name is None, got.reason


def test_an_english_case_acting_has_no_source(db, scheme):
    got = _last(db, scheme, [_HOMES, "The Harrow case has published nothing new."], "en")
    assert got.name is None, got.reason


# --- near misses: a body acting keeps its name ---

def test_a_body_adding_staff_keeps_its_name(db, scheme):
    got = _last(db, scheme, [_BANK, "Dinas Koperasi menambah jumlah pengawas tahun ini."])
    assert got.name == "Dinas Koperasi", got.reason


def test_a_body_adding_investigators_for_the_case_keeps_its_name(db, scheme):
    got = _last(db, scheme, [
        _BANK, "Polda Jawa Timur menambah penyidik untuk kasus ini."])
    assert got.name == "Polda Jawa Timur", got.reason


def test_an_english_body_publishing_keeps_its_name(db, scheme):
    got = _last(db, scheme, [_HOMES, "Harrow Homes has published a repair schedule."], "en")
    assert got.name == "Harrow Homes", got.reason
