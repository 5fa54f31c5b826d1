"""Indonesian speakers the rules missed on text they were not tuned on (twenty-ninth round,
issue 11, branch i11speak29c; read from heldout5-8 and classes9's misses).

- an expert or an economist named between commas in the role ("Pakar hukum dari Universitas
  X, Nama, menilai", "Ekonom ..., Nama, mengatakan") is the speaker, as "Pengamat" and
  "Ahli" already were ("pakar" and "ekonom" among the titles, data/cues/id.json);
- a role holder named between commas still speaks when a phrase of place, time or "yang"
  stands between the name and the speech verb with no comma ("Ketua majelis komisi, X,
  dalam sidang putusan menyatakan", "Seorang pakar forensik digital ..., Y, yang memeriksa
  berkas itu menyebut"); a passive there ("dikatakan") does not make the person speak;
- a body written alone ("Polda Jambi menyita ...") stays that body when the article also
  names one of its units with it ("Propam Polda Jambi"): the unit is not its fuller name
  (cue ``speaker29_units``);
- a body or a group the sentence opens with by name, then where it is, then its verb
  ("Serikat Pekerja Mandiri di Kabupaten Bekasi menuding", "Komunitas adat X di Desa Y,
  Kabupaten Z, menuding") is the speaker, not nobody; "Warga di Desa X" stays nobody;
- a person's name without what is written around it: a specialist's degree written without
  its stop ("dr Ani Wulandari, SpOG, membantah"), the maritime agency's corps after a rank
  ("Laksma Bakamla Joko Santoso"), the honorific "Buya"; a person the article names by
  bare initials ("ujar SE") keeps them.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Ribuan data pasien sebuah rumah sakit di Padang bocor dan dijual di forum daring "
         "pekan lalu.")


def test_an_expert_named_in_the_role_speaks(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Pakar keamanan siber dari Universitas Andalas, Feri Maulana, menilai rumah sakit "
        "itu lalai melindungi data pasien.",
    ], "id")
    assert got[1].name == "Feri Maulana", got[1].reason


def test_an_economist_named_in_the_role_speaks(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Ekonom dari Universitas Brawijaya, Dewi Anggraini, mengatakan kerugian pasien sulit "
        "dihitung.",
    ], "id")
    assert got[1].name == "Dewi Anggraini", got[1].reason


def test_experts_unnamed_stay_without_a_source(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Pakar menilai kebocoran semacam itu akan terus berulang.",
    ], "id")
    assert got[1].name is None, got[1].reason


def test_a_phrase_of_place_between_the_name_and_the_verb(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Ketua majelis komisi, Hartanto Wijaya, dalam sidang putusan menyatakan rumah sakit "
        "itu melanggar aturan.",
        "Ketua tim dokter, Suryadi Putra, saat jumpa pers Kamis menegaskan pasien sudah "
        "ditangani.",
    ], "id")
    assert got[1].name == "Hartanto Wijaya", got[1].reason
    assert got[2].name == "Suryadi Putra", got[2].reason


def test_a_relative_clause_without_its_comma(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Seorang pakar forensik digital dari Universitas Andalas, Rudi Hartawan, yang "
        "memeriksa berkas itu menyebut data tersebut asli.",
    ], "id")
    assert got[1].name == "Rudi Hartawan", got[1].reason


def test_a_passive_after_the_phrase_is_no_speech_of_the_person(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Bendahara desa, Rahmat Hidayat, dalam laporan itu dikatakan menerima Rp 50 juta.",
    ], "id")
    assert got[1].name != "Rahmat Hidayat", got[1].reason


def test_a_body_alone_is_not_its_unit(db, scheme):
    got = accepted(db, scheme, [
        "Polda Jambi menyita 12 ekskavator yang dipakai menambang emas tanpa izin di "
        "Sarolangun.",
        "Kapolda Jambi, Irjen Rusdi Hartono, mengatakan para pemilik alat berat masih diburu.",
        "Saat dikonfirmasi, Rusdi mengatakan Propam Polda Jambi akan memeriksa dugaan "
        "keterlibatan anggota.",
    ], "id")
    assert got[0].name == "Polda Jambi", got[0].reason


def test_a_specialist_degree_without_its_stop(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Direktur RSUD Kota Padang, dr Ani Wulandari, SpOG, membantah pihaknya menelantarkan "
        "pasien.",
    ], "id")
    assert got[1].name == "Ani Wulandari", got[1].reason


def test_a_person_named_by_initials_keeps_them(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "\"Saya tidak tahu apa-apa soal uang itu,\" ujar SE kepada wartawan.",
    ], "id")
    assert got[1].name == "SE", got[1].reason


def test_the_maritime_agency_rank_and_corps(db, scheme):
    got = accepted(db, scheme, [
        "Sebuah kapal tanker berbendera asing ditangkap di perairan Natuna.",
        "Kepala Kantor Kamla Zona Timur, Laksma Bakamla Joko Santoso, mengatakan kapal itu "
        "sudah diperiksa.",
    ], "id")
    assert got[1].name == "Joko Santoso", got[1].reason


def test_buya_is_an_honorific(db, scheme):
    got = accepted(db, scheme, [
        "Rencana pembangunan gereja di Bukittinggi tertunda sejak tahun lalu.",
        "Ketua FKUB setempat, Buya Syafii Rahman, mengatakan verifikasi lapangan belum "
        "selesai.",
    ], "id")
    assert got[1].name == "Syafii Rahman", got[1].reason


def test_a_body_opening_the_sentence_at_a_place(db, scheme):
    got = accepted(db, scheme, [
        "Ratusan buruh pabrik garmen di Bekasi belum menerima upah bulan lalu.",
        "Serikat Pekerja Mandiri di Kabupaten Bekasi menuding PT Sinar Jaya memotong upah "
        "buruh tanpa pemberitahuan.",
        "Komunitas adat Dayak Ngaju di Desa Tumbang Anoi, Kabupaten Gunung Mas, menuding "
        "perusahaan itu menggusur kebun karet mereka.",
    ], "id")
    assert got[1].name == "Serikat Pekerja Mandiri", got[1].reason
    assert got[2].name == "Komunitas adat Dayak Ngaju", got[2].reason


def test_residents_at_a_place_stay_without_a_source(db, scheme):
    got = accepted(db, scheme, [
        "Ratusan buruh pabrik garmen di Bekasi belum menerima upah bulan lalu.",
        "Warga di Desa Sukamaju menuding PT Sinar Jaya mencemari sungai.",
    ], "id")
    assert got[1].name is None, got[1].reason
