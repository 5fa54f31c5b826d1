"""Indonesian speakers named between commas after the office or role that opens the
sentence (thirty-first round, issue 11, branch i11idspk31; speakers_indonesian.py,
``named_between_commas``).

"Kepala Desa Cilengkrang, Wawan Setiawan, mengakui ...": the person between the commas
speaks, also when the sentence goes on with "dalam konferensi pers ..." or "tidak ...", when
a passive's agent or a "menurut dia" comes later, and after a connective ("Sementara itu,").
Not when the name belongs to someone the description is about ("Kuasa hukum terdakwa ...,
X,"), when the description holds a verb (the sentence's own clause), when the sentence
lists people ("..., X, dan ..."), or when the opener is a preposition ("Menurut ...").

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Puluhan pedagang Pasar Cikarang mengeluhkan pungutan kebersihan yang naik dua kali "
         "lipat sejak Oktober.")
_NAMED = "named between commas after"


def _second(db, scheme, sentence: str):
    return accepted(db, scheme, [_LEDE, sentence], "id")[1]


def test_an_office_then_the_person_who_speaks_later(db, scheme):
    got = _second(db, scheme, "Investigator Basarnas, Rina Kusumawati, dalam jumpa pers di "
                              "Bandung mengatakan cuaca buruk menghambat pencarian.")
    assert got.name == "Rina Kusumawati", got.reason


def test_a_role_at_a_body_then_the_person(db, scheme):
    got = _second(db, scheme, "Pendamping para pedagang dari Lembaga Advokasi Pasar, Siti "
                              "Rahmawati, menuding pengelola memungut biaya tanpa dasar.")
    assert got.name == "Siti Rahmawati", got.reason


def test_a_menurut_dia_later_is_the_same_person(db, scheme):
    got = _second(db, scheme, "Kepala Desa Sukamaju, Budi Hartanto, mengakui menerima surat "
                              "itu, tetapi menurut dia surat datang terlambat.")
    assert got.name == "Budi Hartanto", got.reason


def test_a_passive_agent_later_is_not_the_speaker(db, scheme):
    got = _second(db, scheme, "Manajer Pasar Cikarang, Dedi Suhendra, tidak mempersoalkan "
                              "protes itu, tetapi menyebut angka yang disampaikan Forum "
                              "Pedagang Cikarang tidak akurat.")
    assert got.name == "Dedi Suhendra", got.reason


def test_a_capitalised_body_with_a_word_of_the_list_in_its_name(db, scheme):
    got = _second(db, scheme, "Pendamping warga dari Komunitas Korban Banjir, Yanti Lestari, "
                              "menuding pengembang menimbun saluran air.")
    assert got.name == "Yanti Lestari", got.reason


def test_not_when_the_person_does_nothing_after_the_commas(db, scheme):
    got = _second(db, scheme, "Ketua paguyuban, Frans Lumingkewas, tidak hadir di rapat itu.")
    assert _NAMED not in got.reason


def test_not_a_victim_named(db, scheme):
    got = _second(db, scheme, "Korban, Yosef Manalu (31), tewas setelah tertimpa besi dan "
                              "meninggal di rumah sakit.")
    assert _NAMED not in got.reason


def test_not_the_subject_of_a_passive(db, scheme):
    got = _second(db, scheme, "Kepala pasar, Dedi Suhendra, dalam laporan itu disebut "
                              "menerima setoran tiap pekan.")
    assert _NAMED not in got.reason


def test_not_a_place_between_the_commas(db, scheme):
    got = _second(db, scheme, "Paguyuban pedagang di Desa Sukamaju, Kabupaten Bekasi Timur, "
                              "menuding pengelola memungut biaya tanpa dasar.")
    assert _NAMED not in got.reason


def test_after_a_connective(db, scheme):
    got = _second(db, scheme, "Sementara itu, Direktur Utama PT Lancar Jaya, Hendra Kusuma, "
                              "membantah tuduhan tersebut.")
    assert got.name == "Hendra Kusuma", got.reason


def test_not_a_name_that_belongs_to_whom_the_description_is_about(db, scheme):
    got = _second(db, scheme, "Kuasa hukum terdakwa kasus penipuan, Agus Salim Rangkuti, "
                              "melaporkan hakim ke Komisi Yudisial.")
    assert _NAMED not in got.reason


def test_not_a_description_with_a_verb_nor_a_list(db, scheme):
    got = _second(db, scheme, "Polres Bekasi menetapkan Ketua Koperasi Pasar, Teguh Santoso, "
                              "dan bendaharanya sebagai tersangka.")
    assert _NAMED not in got.reason


def test_not_a_passive_description(db, scheme):
    got = _second(db, scheme, "Laporan dibuat ayah korban, Rudi Hartono, pada Selasa malam.")
    assert _NAMED not in got.reason


def test_not_after_a_preposition(db, scheme):
    got = _second(db, scheme, "Menurut Kepala Pasar, Dedi Suhendra, pungutan itu sah.")
    assert _NAMED not in got.reason


def test_not_a_rank_in_the_name(db, scheme):
    got = _second(db, scheme, "Kapolres Bekasi, Kombes Pol Hadi Wahyudi, membenarkan adanya "
                              "laporan tersebut.")
    assert _NAMED not in got.reason
