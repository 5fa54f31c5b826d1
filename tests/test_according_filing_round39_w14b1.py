"""What a complaint brought in as new alleges, told "according to" it, is an accusation
(thirty-ninth round, issue 11, bug fix on branch w14b1; domain/proposals/according_filing.py,
dispute._opening; data ``accuse39_according_filing``).

The try article: "A Wexmoor councillor voted to award a £1.4 million grounds maintenance
contract to a company part-owned by his brother-in-law without declaring the link, according
to a formal complaint lodged with the council's monitoring officer." was a claim (reported
speech 'according to'); the guidelines make a sentence that reports a complaint filed an
accusation by whoever filed it. A filing the article already named ("according to the
complaint"), a document that is no complaint ("accounts filed with Companies House"), a
petition signed (no filing) and a claim made (an assertion) stay claims.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh


def _one(db, scheme, sentence):
    """The proposal on a one-sentence article, the database emptied after it."""
    return accepted_afresh(db, scheme, [sentence], "en")[0]


def test_the_try_article_complaint_lodged(db, scheme):
    got = _one(db, scheme,
               "A Wexmoor councillor voted to award a £1.4 million grounds maintenance contract "
               "to a company part-owned by his brother-in-law without declaring the link, "
               "according to a formal complaint lodged with the council's monitoring officer.")
    assert got.label == "accusation", got.label_reason


def test_a_complaint_made_to_an_authority(db, scheme):
    got = _one(db, scheme,
               "A headteacher spent £20,000 of school funds on trips abroad for her family, "
               "according to a complaint made to the education authority.")
    assert got.label == "accusation", got.label_reason


def test_a_claim_filed_with_a_tribunal(db, scheme):
    got = _one(db, scheme,
               "The landlord refused to return tenants' deposits for three years, according "
               "to a claim filed with the First-tier Tribunal.")
    assert got.label == "accusation", got.label_reason


def test_near_misses_stay_claims(db, scheme):
    for sentence in (
            "The firm made a profit of £2 million last year, according to accounts filed "
            "with Companies House.",
            "The councillor has lived in the ward since 2015, according to the complaint.",
            "The park has been closed since May, according to a petition signed by 3,000 "
            "residents.",
            "The company's sales rose by 8 per cent, according to a claim made by its chief "
            "executive."):
        got = _one(db, scheme, sentence)
        assert got.label == "claim", (sentence, got.label_reason)
