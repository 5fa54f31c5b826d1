"""Who speaks, seventeenth round, Indonesian (issue 11, speakers): a place read out of a body's
name, a body's name cut at "dan", a digit or a bracket, a pronoun after "tetapi" meaning the
sentence's own subject, and a person read with their trade, rank, age or degree. Every
sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def speakers(db, scheme, sentences):
    return [p.name for p in accepted(db, scheme, sentences, "id")]


# --- a place is never the speaker; a body's unit is -----------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Puluhan pedagang Pasar Buah Kertosari, Kota Madiun, menuding pengelola pasar "
          "menaikkan sewa kios."], None),
        (["PT Angkasa Pura Indonesia (Persero) Cabang 2 Surabaya menambah 12 penerbangan "
          "selama libur akhir tahun."], "PT Angkasa Pura Indonesia (Persero) Cabang 2 Surabaya"),
        (["Serikat pedagang kaki lima Sleman mengadu ke DPRD bahwa lapak mereka digusur."],
         "Serikat pedagang kaki lima Sleman"),
        # negatives: a body or an office with the place in its name keeps it
        (["Pemerintah Kota Madiun menyatakan pasar akan direnovasi tahun depan."],
         "Pemerintah Kota Madiun"),
        (["Wali Kota Madiun menyatakan pasar akan direnovasi tahun depan."],
         "Wali Kota Madiun"),
    ],
)
def test_a_place_in_a_body_name(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name


# --- a body's name read whole ------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Tim peneliti Lembaga Ilmu dan Teknologi Nasional (LITN) mengumumkan temuan "
          "spesies katak baru di Papua."], "Lembaga Ilmu dan Teknologi Nasional"),
        (["Jaksa Penuntut Umum Kejaksaan Negeri Kupang mendakwa dua pegawai bank "
          "menggelapkan dana nasabah."], "Jaksa Penuntut Umum Kejaksaan Negeri Kupang"),
        (["Balai Besar Wilayah Sungai Cimanuk Cisanggarung mencatat debit sungai naik dua "
          "kali lipat."], "Balai Besar Wilayah Sungai Cimanuk Cisanggarung"),
        # a place the article gave another body before: this body's own, whole
        (["Pengadilan Negeri Malang menggelar sidang perdana gugatan itu pada Senin.",
          "Ikatan Apoteker Indonesia cabang Malang menyatakan akan memeriksa kasus itu "
          "melalui majelis etik."], "Ikatan Apoteker Indonesia cabang Malang"),
        (["Komisi C DPRD Kota Malang memanggil Dinas Perhubungan.",
          "Satpol PP Kota Malang menyebut pihaknya belum menerima permintaan pembongkaran."],
         "Satpol PP Kota Malang"),
        # negatives: two bodies joined by "dan"; a person named after an office; a body
        # named after a lowercase noun
        (["Serikat Buruh Tekstil Indonesia (SBTI) dan Asosiasi Pekerja Garmen Nusantara "
          "(APGN) menuding pabrik memotong upah lembur."], "Asosiasi Pekerja Garmen Nusantara"),
        (["Kepala Dinas Sosial Kota Bekasi Rudi Hermawan mengatakan bantuan sudah "
          "disalurkan."], "Rudi Hermawan"),
        (["Manajer Umum PT Lautan Biru Yusuf Halim membantah perusahaannya membuang "
          "limbah."], "Yusuf Halim"),
        (["Lembaga swadaya Riau Watch menuding perusahaan sawit membakar lahan gambut."],
         "Riau Watch"),
    ],
)
def test_a_body_name_read_whole(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name


# --- "ia" and "menurut dia" when two people speak in turn --------------------------------

def test_the_pronoun_after_tetapi_is_the_sentence_subject(db, scheme):
    got = speakers(db, scheme, [
        "Sutradara Maya Anggraini menuduh panitia festival mencoret filmnya tanpa alasan.",
        "Ketua panitia, Bima Sakti, membantah tuduhan itu.",
        "Maya enggan menyebut nama juri, tetapi ia mengatakan dua film lain juga dicoret.",
    ])
    assert got == ["Maya Anggraini", "Bima Sakti", "Maya Anggraini"]


def test_menurut_dia_after_a_subject_that_names_its_objects(db, scheme):
    got = speakers(db, scheme, [
        "Direktur Utama Bank Sentosa, Yohanes Wibowo, mengatakan laba naik 12 persen.",
        "Direktur Kepatuhan Bank Sentosa, Rina Marlina, mengatakan kredit macet terkendali.",
        "Yohanes menyebut dividen akan dibagikan pada Mei.",
        "Rina tidak menampik kenaikan NPL, tetapi menyebut angkanya masih di bawah batas "
        "yang ditetapkan Otoritas Jasa Keuangan (OJK).",
        "Menurut dia, perseroan telah membentuk cadangan kerugian.",
    ])
    assert got[3:] == ["Rina Marlina", "Rina Marlina"]


def test_the_pronoun_without_a_subject_of_its_own_stays_the_last_speaker(db, scheme):
    got = speakers(db, scheme, [
        "Ketua panitia, Bima Sakti, membantah tuduhan itu.",
        "Namun, ia mengatakan panitia akan meninjau ulang keputusan juri.",
    ])
    assert got == ["Bima Sakti", "Bima Sakti"]


# --- a person read with a trade, a rank, an age or a degree ------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Sutradara Maya Anggraini menuduh panitia festival mencoret filmnya tanpa "
          "alasan."], "Maya Anggraini"),
        (["Kanit Reskrim Polsek Cileungsi Iptu Rangga Wijaya mengatakan laporan sudah "
          "diterima."], "Rangga Wijaya"),
        (["Direktur Reserse Narkoba Polda Jambi, Kombes Pol. Ari Wibowo, mengatakan barang "
          "bukti sudah dimusnahkan."], "Ari Wibowo"),
        (["Ketua Ikatan Bidan Indonesia (IBI) Cabang Kabupaten Bogor, dr. Lia Rahmawati, "
          "Sp.OG., mengimbau ibu hamil rutin memeriksakan kandungan."], "Lia Rahmawati"),
        (["Sulastri (37), seorang ibu rumah tangga, mengaku membayar Rp 50.000 kepada "
          "petugas."], "Sulastri"),
        (["PT Bumi Hijau Lestari selaku pengembang mengatakan izin sudah lengkap."],
         "PT Bumi Hijau Lestari"),
        (["Ketua koperasi itu, Darmawan, menuding gudang menahan pupuk.",
          "\"Semua dokumen sudah lengkap,\" kata manajer gudang Slamet Widodo."],
         "Slamet Widodo"),
        # negatives: a body named after a trade's word is no person; an article in brackets
        (["Dinas Kesehatan Kota Madiun mengatakan 40 warga dirawat."],
         "Dinas Kesehatan Kota Madiun"),
    ],
)
def test_a_person_without_the_words_around_the_name(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name


# --- a titled person's name of three or four words kept whole ------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Menteri Luar Negeri RI Ratna Kusumawardhani menerima kunjungan Menteri Luar "
          "Negeri Vietnam Tran Van Minh di Jakarta.",
          "Tran menyampaikan terima kasih atas dukungan Indonesia."], "Tran Van Minh"),
        (["Juru bicara pemilik lahan, Afrizal Datuak Rajo Bungsu, mengatakan harga yang "
          "ditawarkan terlalu rendah."], "Afrizal Datuak Rajo Bungsu"),
        # negatives: a two-word name after a title, a title's place before the name
        (["Kepala Dinas Sosial, Rudi Hartono, mengatakan bantuan sudah disalurkan."],
         "Rudi Hartono"),
        (["Gubernur Bali I Wayan Koster mengatakan bantuan sudah disalurkan."],
         "I Wayan Koster"),
    ],
)
def test_a_titled_person_with_a_long_name(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name


# --- officials after "menurut" -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Polres Kampar menangkap dua pengelola situs judi daring di Bangkinang.",
          "Menurut penyidik, situs itu beroperasi sejak awal 2025."], "Polres Kampar"),
        (["Koalisi Seniman Mandiri Surakarta melaporkan dugaan penyimpangan dana hibah ke "
          "Kejaksaan Negeri Surakarta.",
          "Menurut koalisi, tiga yayasan penerima hibah dipimpin kerabat pejabat dinas."],
         "Koalisi Seniman Mandiri Surakarta"),
        # negative: people with no body
        (["Menurut warga, jalan itu rusak sejak Maret."], None),
    ],
)
def test_officials_after_menurut(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name


# --- enforcement in the passive with no agent: the enforcing body named before ------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Direktorat Reserse Siber Polda Riau menangkap seorang pemengaruh berinisial TK "
          "karena mempromosikan judi daring.",
          "TK dijerat Pasal 45 ayat (3) UU ITE dengan ancaman penjara hingga 10 tahun."],
         "Direktorat Reserse Siber Polda Riau"),
        # negatives: no enforcing body named before; an agent written
        (["Seorang pencuri motor ditahan warga di Pekanbaru."], None),
        (["Direktorat Reserse Siber Polda Riau menangkap seorang pemengaruh berinisial TK "
          "karena mempromosikan judi daring.",
          "Rekening TK ditahan oleh sebuah bank swasta sejak Senin."], None),
    ],
)
def test_enforcement_with_no_agent(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name


# --- one person the lead describes, named in the next sentences -----------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Seorang pemilik kucing di Malang mengadukan Klinik Hewan Sehat Sentosa ke "
          "Perhimpunan Dokter Hewan Indonesia setelah kucingnya mati usai operasi.",
          "Rina Puspitasari (29) mengatakan kucingnya tidak diperiksa darah sebelum dibius."],
         "Rina Puspitasari"),
        # negative: a plural of unnamed people stays without a source
        (["Sekelompok nelayan menuding pabrik semen membuang limbah ke laut.",
          "Rina Puspitasari (29) mengatakan ikan tangkapan turun separuh."], None),
    ],
)
def test_one_person_described_is_named_later(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[0] == name


# --- evidence a body made opens the sentence ------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Hasil uji laboratorium Balai Besar Veteriner Wates terhadap sampel bangkai "
          "menunjukkan kandungan sianida."], "Balai Besar Veteriner Wates"),
        (["Berdasarkan peta bidang Kantor Pertanahan Kabupaten Sleman, batas makam "
          "bersinggungan dengan lahan pengembang."], "Kantor Pertanahan Kabupaten Sleman"),
        (["Hasil pemeriksaan RSUP Dr. Kariadi yang ditunjukkan keluarga mencatat luka bakar "
          "derajat dua."], "RSUP Dr. Kariadi"),
        # negative: a result nobody made
        (["Hasil panen petani tahun ini turun 20 persen."], None),
    ],
)
def test_evidence_a_body_made(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name


# --- negatives found by the older rounds' tests -------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        # a corps' acronym before the name is no part of a long name
        (["Komandan Lanud Adisutjipto, Marsma TNI Hadi Prakoso, membantah tudingan warga."],
         "Hadi Prakoso"),
        # a person named after an office over a village: the person, not the office
        (["Ketika ditanya soal dana desa, Kepala Desa Joko Susilo membantahnya."],
         "Joko Susilo"),
    ],
)
def test_a_corps_and_a_village_head(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[-1] == name
