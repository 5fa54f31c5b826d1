"""The twenty-sixth round's labels (branch i11side26).

The accusing side tells what the accused party did, in its own report, with an adverb or a
negation between the party and its act: "menyebut perusahaan hanya menawarkan ...",
"mengatakan pengembang terus menjual ...", "said the landlord still charged ...", "said the
company never paid ...". The party before its act was read only through "juga", "masih",
"sudah" and the like (Dispute.accused_acts), so these stayed claims; the guidelines: naming
the act is enough. The accused side's own account with the same adverbs is no accusation of
its own, and the accusing side's evidence with no act of the accused party stays a claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ALLEGED_ID = ("Serikat Pekerja Sandang Mandiri menuding PT Garmen Sinar Abadi memecat 120 "
               "buruh tanpa pesangon.")
_ALLEGED_EN = ("Tenants of Hollins Yard have accused their landlord, Marrow Estates, of "
               "charging service fees for repairs that were never made.")
_CHAIR_EN = "Their association chair, Grace Obi, said the charges were unlawful."


def test_perusahaan_hanya_menawarkan_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Ketua serikat, Darmanto, menyebut perusahaan hanya menawarkan uang kerohiman dua "
        "juta rupiah.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason


def test_perusahaan_terus_merekrut_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Ketua serikat, Darmanto, mengatakan perusahaan terus merekrut pekerja kontrak baru "
        "sepekan setelah pemecatan.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason


def test_perusahaan_tidak_membayar_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Ketua serikat, Darmanto, mengatakan perusahaan tidak membayarkan upah lembur selama "
        "tiga bulan.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason


def test_the_landlord_still_charged_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Tenant Grace Obi said Marrow Estates still charged her £90 a month for a lift that "
        "had not worked since May.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


def test_the_landlord_only_replaced_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        _CHAIR_EN,
        "Obi said Marrow Estates only replaced two of the eleven broken "
        "windows in the block.",
    ], "en")
    assert got[2].label == "accusation", got[2].label_reason


def test_the_landlord_simply_removed_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        _CHAIR_EN,
        "Obi said Marrow Estates simply removed the notice board after "
        "residents pinned up their letters.",
    ], "en")
    assert got[2].label == "accusation", got[2].label_reason


def test_the_accused_sides_own_account_is_no_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Marrow Estates denied the claim.",
        "The company said Marrow Estates only charged fees set out in every tenancy "
        "agreement.",
    ], "en")
    assert got[2].label != "accusation", got[2].label_reason


def test_evidence_with_no_act_of_the_party_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Ketua serikat, Darmanto, mengatakan 120 buruh itu rata-rata sudah bekerja sepuluh "
        "tahun.",
    ], "id")
    assert got[1].label == "claim", got[1].label_reason


# --- the accused side's argument before any accusation was read --------------------------
# The allegation is told without a cue (a complaint, a report), so the running reading holds
# no accused party yet; the whole article puts the speaker on the accused side (it denies, or
# an allegation later names it). Its defence in its own terms answers the allegation.

_SCOOTER = [
    "A children's scooter sold in garden centres can snap at the handlebar stem, a safety "
    "charity has said.",
    "Zoomtrak said the Z3 had passed every test required by British standards.",
    "Zoomtrak said it would review the findings.",
    "Zoomtrak has denied that the scooter is unsafe.",
]
_IURAN = [
    "Puluhan pedagang Pasar Lama Sumberejo mengeluhkan iuran kebersihan yang naik dua kali "
    "lipat sejak Oktober.",
    "Kepala UPT Pasar Sumberejo, Haryanto, mengatakan kenaikan iuran sudah sesuai peraturan "
    "bupati.",
    "Haryanto mengatakan pihaknya akan menggelar pertemuan dengan pedagang pekan depan.",
    "Paguyuban pedagang menuding UPT Pasar Sumberejo memungut iuran tanpa dasar hukum.",
]


def test_the_accused_sides_defence_before_the_allegation_is_read_is_a_denial(db, scheme):
    got = accepted(db, scheme, _SCOOTER, "en")
    assert got[1].label == "denial", got[1].label_reason
    assert got[2].label == "context", got[2].label_reason  # a plan stays context


def test_sesuai_peraturan_before_the_allegation_is_read_is_a_denial(db, scheme):
    got = accepted(db, scheme, _IURAN, "id")
    assert got[1].label == "denial", got[1].label_reason
    assert got[2].label == "context", got[2].label_reason


def test_a_fact_from_the_accused_side_with_no_defence_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _SCOOTER[0],
        "Zoomtrak said it had sold about 40,000 of the scooters since March.",
        _SCOOTER[3],
    ], "en")
    assert got[1].label == "claim", got[1].label_reason


def test_a_defence_word_from_a_speaker_on_no_side_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _SCOOTER[0],
        "Trading standards officer Neil Crane said most scooters on sale passed every test "
        "required by British standards.",
        _SCOOTER[3],
    ], "en")
    assert got[1].label == "claim", got[1].label_reason


# --- a rebuttal word from the accusing side -------------------------------------------------
# "only", "hanya", "bukan" were read as answering the accusation before from anyone the
# running reading had not yet put on the accusing side; where the dispute places the speaker
# there (Dispute.side), the word narrows what the accused did. Right after a denial the
# accuser answering it still makes a denial (the guidelines).


def test_the_complainants_only_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Tenant Grace Obi said Marrow Estates only replaced two of the eleven broken "
        "windows in the block.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


def test_the_accuser_answering_a_denial_with_only_stays_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Marrow Estates denied the claim, saying the fees paid for repairs to the roof.",
        "Tenant Grace Obi said the roof was only repaired after the council stepped in, not "
        "by the landlord.",
    ], "en")
    assert got[2].label == "denial", got[2].label_reason


def test_the_complainants_count_with_only_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Tenant Grace Obi said only four of the 30 flats in the block had a working smoke "
        "alarm.",
    ], "en")
    assert got[1].label == "claim", got[1].label_reason
