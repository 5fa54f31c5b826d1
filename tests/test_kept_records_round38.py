"""Keeping one's own record of what another did is no taking (thirty-eighth round, issue 11,
bug fix on branch t38e2; domain/proposals/taken.py, _kept_records, data
``accuse38_kept_records``).

The try article: customers accuse an energy supplier of back-billing them against the
rules; one of them, Maureen Tolley, "said she had submitted meter readings every quarter
and had kept screenshots from the supplier's app to prove it." The reading of who does what
to whose took "kept" with "the supplier's" after it as keeping another's property (as
"kept the tenants' deposits"), so the sentence was proposed as an accusation, "a wrongful
deed stated". She tells the evidence she holds: a claim.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Hundreds of customers of Northcote Energy say they have been sent catch-up bills for "
    "gas and electricity used as long as three years ago, in what campaigners claim is a "
    "breach of industry rules.")
_QUOTE = (
    '"They told me I owed £2,940 for power I used in 2023, and that I had 28 days to pay," '
    "said Maureen Tolley, a retired teacher from Stockport.")
_SCREENSHOTS = (
    "Mrs Tolley said she had submitted meter readings every quarter and had kept screenshots "
    "from the supplier's app to prove it.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_try_article_screenshots_are_evidence(db, scheme):
    got = _all(db, scheme, [_OPENING, _QUOTE, _SCREENSHOTS])
    kept = got[2]
    assert kept.label == "claim", kept.label_reason
    assert "wrongful deed" not in kept.label_reason
    assert kept.name == "Maureen Tolley"


# --- the class, on sentences of our own ---

def test_copies_and_diaries_kept_are_evidence(db, scheme):
    got = _all(db, scheme, [
        "Tenants of Ashby Court say their landlord ignored damp in the flats for two years.",
        "Karen Doyle said she had kept copies of the landlord's letters since 2024.",
        "She said she kept a detailed diary of the agent's visits.",
    ])
    for g in got[1:]:
        assert g.label == "claim", g.label_reason
        assert "wrongful deed" not in g.label_reason


# --- near misses: what belongs to others, kept, stays a taking ---

def test_deposits_and_passports_kept_stay_wrongs(db, scheme):
    got = _all(db, scheme, [
        "The landlord kept the tenants' deposits, the union said.",
        "The agency kept all the workers' passports, the charity said.",
    ])
    for g in got:
        assert g.label == "accusation", g.label_reason
        assert "wrongful deed" in g.label_reason
