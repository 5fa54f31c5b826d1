"""The reason a source gives for not being named ("who spoke on condition of anonymity
because the information came from intelligence sources") is the wire's note on its source,
never the sentence's act (thirty-ninth round, issue 11, bug fix on branch t39d3;
domain/proposals/anonymity_reason.py, read by reading.normalise; data
``scene39_anonymity_reason``).

The try (wire copy, gold written before any proposal): "The officials, who spoke on condition
of anonymity because the information came from intelligence sources, said more than 200
Fath-360 missiles were unloaded at the Russian port of Olya in late August." was read from
the reason's words: "because" as the accused side arguing (a denial), or, once the officials
were the accusing side, "came from" as naming a cause (an accusation). The officials give
evidence: a claim.

Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ALLEGED = ("Iran has delivered short-range ballistic missiles to Russia, three Western "
            "security officials told Reuters.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "The officials, who spoke on condition of anonymity because the information came from "
    "intelligence sources, said more than 200 missiles were unloaded at Olya.",
    "One official, who spoke on condition of anonymity because the matter is under "
    "investigation, said two ships were involved.",
    "The officials, who spoke on condition of anonymity because they feared retaliation, said "
    "40 crates were unloaded.",
])
def test_the_reason_is_not_the_act(db, scheme, sentence):
    assert _last(db, scheme, [_ALLEGED, sentence]).label == "claim"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence, label", [
    # what the source says after the aside is still read
    ("The officials, who spoke on condition of anonymity because the information was "
     "classified, said Iran had violated the U.N. embargo.", "accusation"),
    # no reason given: as before
    ("The officials, who spoke on condition of anonymity, said more than 200 missiles were "
     "unloaded at Olya.", "claim"),
])
def test_other_shapes_unchanged(db, scheme, sentence, label):
    assert _last(db, scheme, [_ALLEGED, sentence]).label == label


def test_a_reason_with_no_closing_comma_is_left_as_written():
    from annotator.domain.proposals.anonymity_reason import reason_spans

    run_on = ("A diplomat who asked not to be named because the report has not been published "
              "said the panel had seen photographs of the camp.")
    assert reason_spans(run_on) == []
    closed = ("A diplomat, who asked not to be named because the report has not been "
              "published, said the panel had seen photographs of the camp.")
    (start, end), = reason_spans(closed)
    assert closed[start:end] == "because the report has not been published"
