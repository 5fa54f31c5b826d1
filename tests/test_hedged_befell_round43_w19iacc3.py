"""A hedge over what befell a thing or over a status ("data nasabah diduga bocor", "kapal itu
disinyalir mengalami kerusakan mesin", "objek diduga cagar budaya") alleges no act: a claim,
not "a wrong alleged, hedged" (forty-third round, issue 11, bug fix on branch w19iacc3;
``acts.hedged_befell``, read in reading.py after ``acts.alleged``, which now skips it; data
``w19iacc_hedged_befell`` in data/cues/id.json). A hedge over a party's act ("diduga
menjual beras bantuan") stays an accusation.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh, accepted_alone


def test_what_befell_hedged_is_a_claim(db, scheme):
    for said in ("Data pribadi ribuan nasabah sebuah koperasi simpan pinjam di Kudus diduga "
                 "bocor ke sejumlah grup percakapan daring.",
                 "Kapal motor penyeberangan itu disinyalir mengalami kerusakan mesin sebelum "
                 "terbalik di perairan Selayar."):
        got = accepted_afresh(db, scheme, [said], "id")[0]
        assert got.label == "claim", (said, got.label_reason)


def test_a_status_hedged_is_a_claim(db, scheme):
    got = accepted_alone(db, scheme, "Rumah panggung tua di Jalan Sudirman itu tercatat "
                         "sebagai objek diduga cagar budaya sejak 2018.", "id")
    assert got.label == "claim", got.label_reason


def test_near_miss_a_hedged_act_stays_an_accusation(db, scheme):
    got = accepted_alone(db, scheme, "Kepala desa itu diduga menjual beras bantuan kepada "
                         "tengkulak di pasar kecamatan.", "id")
    assert got.label == "accusation", got.label_reason
