"""A verb's form right after an English article is a noun, no wrongful deed (thirty-third
round, issue 11, bug fix on branch t33local; domain/proposals/taken.py ``_a_noun``).

The try article (English local news): "Councillor Priya Haldane ... said she had raised the
block with Bolcaster City Council's environmental health team" was proposed an accusation,
"reported wrongdoing 'block with bolcaster city council environmental health' (a wrongful
deed stated)": "block" (a block of flats) was read as the verb of blocking another's
property. After "the", "a" or "an" a bare form ("block", "cut", "flood", "hit") is a noun;
a participle after it ("the damaged homes") is read as before.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Tenants at a block of flats in Bolcaster say their homes have been left riddled "
            "with black mould for more than two years.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_raised_the_block_is_no_deed(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Councillor Priya Haldane, who represents the Eastfield ward, said she had raised "
        "the block with Bolcaster City Council's environmental health team, which has "
        "powers to serve an improvement notice on the landlord.",
    ])
    assert "wrongful deed" not in got[1].label_reason, got[1].label_reason
    assert got[1].label != "accusation"


# --- the class, on sentences of our own ---

def test_the_flood_in_the_tenants_cellar(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Residents said the flood in the tenants' basement storage was reported in March.",
    ])
    assert "wrongful deed" not in got[1].label_reason, got[1].label_reason


# --- near misses that must not change ---

def test_blocked_the_residents_access_is_still_a_deed(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Tenants said Northgate Homes blocked the residents' only fire exit with "
        "scaffolding for six weeks.",
    ])
    assert got[1].label == "accusation", got[1].label_reason
