"""A party that answers through its lawyer, spokesperson or manager ("PT X, melalui kuasa
hukumnya, Y, menyatakan ...", "Melalui juru bicaranya, Z mengatakan ...") answers the
allegation: the sentence is the accused side's reply, a denial (forty-second round, issue 11,
bug fix on branch w18idr1; data/cues/id.json ``reply_markers``). Before, "melalui ... -nya"
was read as nothing, the reply a reported claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh


def _article(db, scheme, sentences):
    """The proposals on one Indonesian article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "id")


def test_a_hospital_answering_through_its_spokesperson(db, scheme):
    # the lede describes the party ("sebuah rumah sakit swasta"); the reply names it
    got = _article(db, scheme, [
        "Sejumlah keluarga pasien menuding sebuah rumah sakit swasta di Bandung menelantarkan "
        "pasien di ruang gawat darurat.",
        "Keluhan itu ramai dibagikan di media sosial sejak Senin.",
        "Rumah Sakit Mitra Husada, melalui juru bicaranya, Sinta Maharani, mengatakan pasien "
        "ditangani dokter jaga sepuluh menit setelah tiba."])
    assert got[2].label == "denial", got[2].label_reason


def test_a_market_operator_answering_through_its_lawyer(db, scheme):
    got = _article(db, scheme, [
        "Puluhan pedagang mengeluhkan pungutan liar di Pasar Baru Karawang.",
        "Mereka mengaku membayar Rp 20 ribu setiap hari tanpa karcis.",
        "Pengelola pasar, PT Griya Niaga Utama, melalui kuasa hukumnya, Benny Siregar, "
        "menyatakan seluruh pungutan tercatat dalam pembukuan perusahaan."])
    assert got[2].label == "denial", got[2].label_reason


def test_a_body_speaking_through_its_spokesperson_with_no_allegation(db, scheme):
    # near miss: nothing alleged in the article, the announcement stays a claim
    got = _article(db, scheme, [
        "Pemerintah Kota Bogor membuka pendaftaran pasar murah untuk pedagang kecil mulai "
        "pekan depan.",
        "Pemkot Bogor, melalui juru bicaranya, Rina Lestari, mengatakan sebanyak 120 lapak "
        "disediakan di Lapangan Sempur."])
    assert got[1].label == "claim", got[1].label_reason
