"""A party said to bear responsibility as well ("menilai Balai Besar Wilayah Sungai ikut
bertanggung jawab", "Dinas Pekerjaan Umum juga harus bertanggung jawab") is an accusation:
the speaker lays the wrong at that party's door (forty-third round, issue 11, bug fix on
branch w19iacc4; data: "harus / ikut / turut / mesti bertanggung jawab" among the
``accusation`` cues of data/cues/id.json). A party's own readiness to answer for it ("siap
bertanggung jawab") is read as before, a promise.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

LEDE = ["Ratusan warga Desa Karanganyar kehilangan rumah setelah tanggul sungai jebol pada "
        "Minggu dini hari."]


def _last(db, scheme, sentences):
    """The proposal on an article's last sentence, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "id")[-1]


def test_another_party_shares_the_blame(db, scheme):
    got = _last(db, scheme, LEDE + [
        "Ketua Forum Warga Karanganyar, Slamet Riyadi, menilai Balai Besar Wilayah Sungai "
        "ikut bertanggung jawab atas jebolnya tanggul."])
    assert got.label == "accusation", got.label_reason


def test_a_party_must_answer_for_it(db, scheme):
    got = _last(db, scheme, LEDE + [
        "\"Dinas Pekerjaan Umum juga harus bertanggung jawab karena perbaikan tanggul "
        "berhenti di tengah jalan,\" kata Slamet Riyadi, ketua forum warga."])
    assert got.label == "accusation", got.label_reason


def test_near_miss_ready_to_answer_stays_a_promise(db, scheme):
    got = _last(db, scheme, LEDE + [
        "Direktur PT Tirta Bangun, Agus Salim, menyatakan perusahaannya siap bertanggung "
        "jawab atas kerugian warga."])
    assert got.label != "accusation", got.label_reason
