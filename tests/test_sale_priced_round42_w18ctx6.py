"""A sale told in narration with its price ("The museum bought the bronzes from a London
dealer in 1988 for £240,000", "The church was sold in June for £310,000 to ...") is what
was done, with figures: a claim by the guidelines, not background (forty-second round,
issue 11, bug fix on branch w18ctx6; sale_priced.py, read with narration's evidence in
reading.py, data ``w18ctx_sale_priced`` in data/cues/en.json).

Counted on the readable sets before building: two gold claims (two articles, heldout8 and
heldout9) proposed as context on that shape; the right lines with a sum of money and no
sale's price (a fund raised, a contract signed, a sale only announced "would be sold")
keep their label. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

OPENING = ("Campaigners accused Ashgrove Council of selling a listed library to a donor's "
           "company below its value.")


@pytest.mark.parametrize("sentence", [
    "The library was sold in March for £185,000 to Larch Estates.",
    "Larch Estates bought the building and its garden from the council in 2024 for about "
    "£190,000.",
])
def test_sale_with_its_price_is_a_claim(db, scheme, sentence):
    assert accepted(db, scheme, [OPENING, sentence], "en")[-1].label == "claim"


# --- near misses: a sale to come, money with no sale's price ---

@pytest.mark.parametrize("sentence", [
    "Under the council's plan, the library would be sold for £185,000 to a developer.",
    "The library, built in 1904, was refurbished in 2015 at a cost of £2 million.",
])
def test_no_sale_priced_unchanged(db, scheme, sentence):
    assert accepted(db, scheme, [OPENING, sentence], "en")[-1].label == "context"
