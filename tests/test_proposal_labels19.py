"""The nineteenth round's labels: the party the article talked about before it spoke
(spoken_of.py). The body a complaint is about is named in the sentences that tell it, with
no cue that holds it responsible; when it (or an officer named beside it) speaks later, its
statement is the accused side's reply. Not a body the earlier sentence had as its subject,
one a complaint was sent to, the other side of a match, a person introduced by their
office, a place, a group or an office.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals import lexicon
from annotator.domain.proposals.spoken_of import named_as_described, own_words, talked_of

EN, ID = lexicon("en"), lexicon("id")


# --- whole articles, as a reviewer pressing only `enter` saves them ----------------------

def test_a_company_the_complaint_talked_of_replies_in_english(db, scheme):
    got = accepted(db, scheme, [
        "A tenants' group has accused a letting agency of keeping deposits without cause.",
        "The group said 40 tenants who rented through Marlow Homes lost part of their "
        "deposit last year.",
        "Marlow Homes said the tenants had left the flats in a poor state.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert got[2].label == "denial", got[2].label_reason
    assert "talked of 'marlow'" in got[2].label_reason


def test_an_officer_named_beside_the_company_replies_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        "Warga Perumahan Bukit Asri menuding pengembang tidak membangun saluran air.",
        "Perumahan itu dibangun oleh PT Cahaya Griya Mandiri pada 2023.",
        "Direktur PT Cahaya Griya Mandiri, Rudi Santosa, mengatakan genangan muncul setelah "
        "hujan deras tiga hari berturut-turut.",
    ], "id")
    assert got[0].label == "accusation", got[0].label_reason
    assert got[2].label == "denial", got[2].label_reason


def test_a_body_the_group_wrote_to_stays_a_claim(db, scheme):
    """A body a complaint was sent to is no party to it: its figures are a claim."""
    got = accepted(db, scheme, [
        "A tenants' group has accused a letting agency of keeping deposits without cause.",
        "The group has written to Fairlet Standards asking it to look at the agency.",
        "Fairlet Standards said its members handle about 9,000 tenancies a year.",
    ], "en")
    assert got[2].label == "claim", got[2].label_reason


def test_a_body_that_spoke_before_stays_a_claim(db, scheme):
    """A body that was an earlier sentence's own subject spoke or acted there; nothing
    ties it to the party."""
    got = accepted(db, scheme, [
        "A tenants' group has accused a letting agency of keeping deposits without cause.",
        "Brenfield Estates said it had seen the group's letter.",
        "Brenfield Estates said about 9,000 homes were let in the town last year.",
    ], "en")
    assert got[2].label == "claim", got[2].label_reason


# --- the tie itself ----------------------------------------------------------------------

@pytest.mark.parametrize(("speaker", "text", "seen", "lex"), [
    ("Halden Foods", "Halden Foods said its labels were correct.",
     ["The council said the pies Halden Foods supplied to schools contained pork."], EN),
    ("Rudi Santosa", "Direktur PT Cahaya Griya Mandiri, Rudi Santosa, mengatakan ...",
     ["Perumahan itu dibangun oleh PT Cahaya Griya Mandiri pada 2023."], ID),
])
def test_the_tie(speaker, text, seen, lex):
    assert talked_of(speaker, text, seen, {}, lex)


@pytest.mark.parametrize(("speaker", "text", "seen", "lex", "accusers"), [
    # the earlier sentence's subject: it spoke there
    ("Halden Foods", "Halden Foods said its labels were correct.",
     ["Halden Foods said it had recalled 200 pies."], EN, {}),
    # the speaker of the earlier sentence, named after it
    ("Halden Foods", "Halden Foods said its labels were correct.",
     ["The pies were sold in 40 schools, said Halden Foods on Monday."], EN, {}),
    # the body a complaint was sent to
    ("Fairlet Standards", "Fairlet Standards said it had 9,000 members.",
     ["The group has written to Fairlet Standards about the agency."], EN, {}),
    # a person introduced by their office, not talked of
    ("Nurul Hasanah", "Nurul Hasanah mengatakan dana itu tercatat.",
     ["Hasil audit itu dibacakan Ketua Panwas, Nurul Hasanah, di Padang."], ID, {}),
    # the other side of a match
    ("Arif Santoso", "Pelatih Garuda Muda, Arif Santoso, mengatakan timnya bermain baik.",
     ["Persikota menuding wasit berat sebelah dalam laga melawan Garuda Muda."], ID, {}),
    # a place after a local government's word
    ("Yosef Bala", "Direktur PT Sikka Barat Jaya, Yosef Bala, mengatakan dana sudah cair.",
     ["Puluhan pengungsi dari Kabupaten Sikka Barat mendatangi kantor DPRD."], ID, {}),
    # a word of an accuser's own name
    ("Halden Foods", "Halden Foods said its labels were correct.",
     ["The pies were tested by the Halden Parents Forum last week."], EN,
     {"halden parents forum": "Halden Parents Forum"}),
])
def test_no_tie(speaker, text, seen, lex, accusers):
    assert talked_of(speaker, text, seen, accusers, lex) is None


@pytest.mark.parametrize(("speaker", "text", "lex", "expected"), [
    ("Halden Foods", "Halden Foods said its labels were correct.", EN, {"halden"}),
    ("Rudi Santosa", "Direktur PT Cahaya Griya Mandiri, Rudi Santosa, mengatakan", ID,
     {"cahaya", "griya"}),
    # a group or an office ties nothing
    ("Marlow Tenants' Association", "Marlow Tenants' Association said", EN, set()),
    ("Satpol PP Kota Bima", "Satpol PP Kota Bima menyebut", ID, set()),
])
def test_own_words(speaker, text, lex, expected):
    assert own_words(speaker, text, lex) == expected


# --- the party an allegation only described, named later -------------------------------

def test_the_body_named_by_the_description_replies(db, scheme):
    """"the city's ferry operator" then "Harbourline Ferries said": the description's own
    word in the name ties them, while the allegation's party has no name."""
    got = accepted(db, scheme, [
        "Islanders have accused the city's ferry operator of cutting winter sailings "
        "without notice.",
        "Harbourline Ferries said two boats were in dry dock for repairs required by law.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert got[1].label == "denial", got[1].label_reason
    assert "description" in got[1].label_reason


@pytest.mark.parametrize(("speaker", "text", "described", "lex"), [
    # a generic noun of bodies ties nothing
    ("Calder Company", "Calder Company said it had 40 staff.", {"company", "transport"}, EN),
    # a group or an office sharing the word is not the party
    ("Ferry Users Association", "Ferry Users Association said sailings fell.",
     {"ferry", "operator"}, EN),
    ("Dinas Perhubungan", "Dinas Perhubungan menyebut kapal itu laik.", {"perhubungan"}, ID),
    # no shared word
    ("Harbourline Ferries", "Harbourline Ferries said ...", {"transport", "company"}, EN),
])
def test_not_named_by_the_description(speaker, text, described, lex):
    assert named_as_described(speaker, text, described, lex) is None
