"""Who speaks, fifteenth round: classes of speaker misses the rules made on text nobody
tuned on (train10-12, read as classes), each written as a family in both languages where it
exists. Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def speakers(db, scheme, sentences, language):
    return [p.name for p in accepted(db, scheme, sentences, language)]


# --- an honorific, a degree or a pilgrim's title before a name is no part of it ------------
# (the guidelines: the source is the person; "Ir. Budi Santoso" and "Budi" are one source,
# whichever way the sentence reads the name: between commas after a role, or as a subject)

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Direktur Utama PT Sinar Bahari, Ir. Budi Santoso, menjelaskan harga kapal itu "
          "sudah termasuk perawatan."], "id", "Budi Santoso"),
        (["Kepala Dinas Pertanian Garut, Drs. Agus Wibawa, mengatakan benih itu lolos uji."],
         "id", "Agus Wibawa"),
        (["Guru besar hukum Universitas Lampung, Prof. Rina Kartika, menilai dakwaan itu "
          "lemah."], "id", "Rina Kartika"),
        (["Ketua Paguyuban Nelayan Rembang, H. Suparman, menyatakan kapal anggotanya tidak "
          "melaut pekan itu."], "id", "Suparman"),
        (["Pemilik gudang beras itu, Haji Rahmat, saat ditemui menyebut berasnya berasal dari "
          "petani setempat."], "id", "Rahmat"),
        (["A geologist at the University of Hull, Dr Paul Wren, said the cracks were old."],
         "en", "Paul Wren"),
        (["The hospital's medical director, Prof. Ann Moss, said every scan was reviewed."],
         "en", "Ann Moss"),
    ],
)
def test_an_honorific_before_a_name_is_left_out(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Direktur Utama PT Sinar Bahari, Ir. Budi Santoso, menjelaskan harga kapal itu "
          "sudah termasuk perawatan.",
          "\"Kalau hanya dibandingkan harga kapal, tentu terlihat mahal,\" ujar Budi.",
          "Budi juga menyebut mesinnya didatangkan dari Jepang."], "id", "Budi Santoso"),
        (["The hospital's medical director, Prof. Ann Moss, said every scan was reviewed.",
          "\"No patient was sent home untreated,\" Moss said."], "en", "Ann Moss"),
    ],
)
def test_the_name_said_again_later_is_the_same_source_without_the_honorific(
        db, scheme, sentences, language, name):
    assert set(speakers(db, scheme, sentences, language)) == {name}



# --- a party the sentence names speaks as named, even through its lawyer ------------------
# (the guidelines: a body the sentence names is the source as named; only one the sentence
# merely describes, "Pihak keluarga", "The family", takes the name of whom it speaks through)

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Pihak PT Tirta Jaya melalui kuasa hukumnya, Agus Lende, membantah pompa yang "
          "dipasang berbeda dari kontrak."], "id", "PT Tirta Jaya"),
        (["PT Karya Utama, pemilik gedung, melalui kuasa hukumnya Made Suta menyatakan izin "
          "bangunan itu lengkap."], "id", "PT Karya Utama"),
        (["Direktur PT Laut Biru, Hasan Basri, melalui kuasa hukumnya, Yoga Pratama, "
          "menyatakan kliennya tidak pernah menjual solar subsidi."], "id", "Hasan Basri"),
        (["Pihak keluarga melalui kuasa hukumnya, Budi Hartono, menyatakan pasien tidak "
          "pernah diperiksa dokter."], "id", "Budi Hartono"),
        (["Harbor Foods, through its lawyer, Mark Stein, denied that the honey was "
          "diluted."], "en", "Harbor Foods"),
        (["The family, through their lawyer, Jane Doe, said the nurse ignored the alarm."],
         "en", "Jane Doe"),
    ],
)
def test_a_named_party_speaking_through_its_lawyer_is_the_source(db, scheme, sentences,
                                                                 language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


def test_the_lawyer_named_later_goes_on_with_the_partys_denial(db, scheme):
    got = accepted(db, scheme, [
        "Kepala Desa Sukamaju, Budi Raharjo, menyebut pompa yang dipasang kontraktor bukan "
        "pompa baru.",
        "Proyek itu dikerjakan PT Tirta Jaya dengan anggaran Rp 2 miliar.",
        "Pihak PT Tirta Jaya melalui kuasa hukumnya, Agus Lende, membantah pompa yang "
        "dipasang berbeda dari kontrak.",
        "Menurut Agus, kerusakan terjadi karena warga memakai pompa itu untuk sawah."], "id")
    assert [(p.label, p.name) for p in got[2:]] == [("denial", "PT Tirta Jaya"),
                                                    ("denial", "Agus Lende")]


# --- one person singled out of several is the source as written ----------------------------
# (the guidelines: nobody named, a description that singles out one person is the source
# as written; "One" opening the sentence is no name, and an aside after it keeps it)

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["One nurse, who asked not to be named, said the ward had two staff for 30 "
          "beds."], "en", "one nurse"),
        (["One parent, a retired teacher from Hull, said the bus never arrived on time."],
         "en", "one parent"),
        (["Another driver who worked at the depot said the brakes were never checked."],
         "en", "another driver"),
        (["Salah seorang guru, yang meminta namanya tidak disebut, mengatakan gaji mereka "
          "terlambat tiga bulan."], "id", "salah seorang guru"),
        (["Salah seorang perawat mengatakan obat itu habis sejak Senin."], "id",
         "salah seorang perawat"),
    ],
)
def test_one_person_singled_out_of_several_is_the_source_as_written(db, scheme, sentences,
                                                                   language, name):
    assert (speakers(db, scheme, sentences, language)[-1] or "").casefold() == name


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["One year later, residents said the road was still closed."], "en"),
        (["Two drivers said the brakes were never checked."], "en"),
    ],
)
def test_a_time_or_a_plural_after_one_is_no_singled_out_speaker(db, scheme, sentences,
                                                                language):
    assert speakers(db, scheme, sentences, language)[-1] is None
