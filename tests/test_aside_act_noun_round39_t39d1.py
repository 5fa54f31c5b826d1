"""An allegation closed by the accused side's denial in an aside whose noun names the act
alleged or the report of it (", a transfer that both governments denied", ", a report the
ministry rejected") is the accusation, as ", a charge the company denies" already was
(thirty-ninth round, issue 11, bug fix on branch t39d1; data/cues/en.json ``misread28c``
``aside``: ``nouns`` and ``alleged``).

The try (wire copy, gold written before any proposal): "Iran has delivered a consignment of
short-range ballistic missiles to Russia by sea across the Caspian, three Western security
officials told Reuters, a transfer that both governments denied on Monday." was a denial
(cue 'denied'), and the officials who made the allegation were then read as the accused
side replying in the next two sentences.

Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "Pyongyang has shipped artillery shells to Moscow by rail, U.S. officials said, a transfer "
    "both governments deny.",
    "Belarus sold two air-defence systems to the junta last year, according to the panel, a "
    "sale that Minsk has denied.",
    "The ministry secretly paid the contractor twice for the same bridge, the auditor said, a "
    "report the ministry rejected on Friday.",
    "The cargo plane carried drone engines from Tehran to Port Sudan, the monitors said, a "
    "shipment which both capitals have denied.",
])
def test_act_or_report_denied_in_an_aside_is_the_accusation(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "accusation"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence, label", [
    # a decision the other side rejects is no allegation: the denial only goes
    ("The council voted to close the library on Tuesday, a decision residents rejected.",
     "context"),
    # a denial that is the sentence's main act stays a denial
    ("Both governments denied the transfer on Monday.", "denial"),
    ("The ministry rejected the report as baseless.", "denial"),
])
def test_other_shapes_unchanged(db, scheme, sentence, label):
    assert _only(db, scheme, sentence).label == label
