"""A weekday shared with the article's first allegation does not make a dated event the
disputed one: "Its shares fell 3.2% on Friday." after "An environmental group on Friday
accused ... of clearing ... forest" is market background, context, as the readable gold reads
share moves (thirty-fifth round, issue 11, bug fix on branch i11dayword35; bearing.py, data
``context12_bearing`` ``stop`` in data/cues/en.json).

The lead's article is his blind try (a wire story; gold written before the first run): its
last line was proposed a claim, "narration giving evidence: '3.2 ... friday'", because
"friday" was the only word it shared with the lede. Every other sentence is invented for this
test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("An environmental group on Friday accused Indonesian palm oil producer PT Sawit Raya "
         "Lestari of clearing more than 1,200 hectares of protected peat forest in West "
         "Kalimantan, citing satellite images.")


@pytest.mark.parametrize("lede, line", [
    (_LEDE, "Its shares fell 3.2% on Friday."),
    ("Residents on Tuesday accused Harbour Waste of dumping rubble on the marsh.",
     "The company's shares closed 1.1% lower on Tuesday."),
])
def test_a_weekday_alone_does_not_tie_an_event_to_the_dispute(db, scheme, lede, line):
    got = accepted(db, scheme, [lede, line], "en")[1]
    assert got.label == "context", got.label_reason


def test_an_event_sharing_the_dispute_s_words_is_still_evidence(db, scheme):
    lede = "Parents on Monday accused Brightwater Academy of excluding 40 pupils unlawfully."
    line = "Records show 40 pupils were excluded from Brightwater Academy on Monday."
    got = accepted(db, scheme, [lede, line], "en")[1]
    assert got.label != "context", got.label_reason
