"""A campaign whose name holds a capitalised "Our" ("Save Our Chalk Streams", "Save Our
Mandir") is the speaker by its whole name: the rules before took "Our" for the pronoun,
cut the name at it and proposed what followed ("Chalk Streams", "Mandir"), and a later
"the group" then meant "Save" alone. Forty-third round, issue 11, bug fix on branch
w20wrong2 (name_words._campaign_our).

Counted on the readable sets before building: three English lines in two articles of two
sets (heldout3, heldout10), the gold the whole name; no right line with a capitalised "Our"
inside a name. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The river was polluted on 12 dry days last year, the campaign group Save Our Brook "
     "said.", "Save Our Brook"),
    ("Protect Our Meadows said the council had ignored more than 4,000 objections.",
     "Protect Our Meadows"),
    ("A residents' group calling itself Save Our Lido says the pool was closed without "
     "notice.", "Save Our Lido"),
])
def test_campaign_named_with_our_is_the_speaker(db, scheme, sentence, speaker):
    got = accepted(db, scheme, [sentence], "en")[-1]
    assert got.name == speaker


# --- near miss: "Our" opening a sentence is the pronoun, no name ---

def test_our_opening_a_sentence_is_no_name(db, scheme):
    sentences = ["Harbour Residents Association said the pool was closed without notice.",
                 "Our members were never consulted, the association said."]
    got = accepted(db, scheme, sentences, "en")[-1]
    assert got.name == "Harbour Residents Association"
