"""A remedy the accused side says it took ("had fitted new booking software", "had upgraded
its scrubbers", "stopped work as soon as ...") is a claim, not a denial, after the side has
denied (forty-second round, issue 11, bug fix on branch w18den1; data/cues/en.json
``remedies`` and ``model_keeps_remedy``, domain/proposals/remedy_kept.remedy_kept). The
guidelines read a fact from the accused side that does not bear on the allegation as a
claim; the rules' remedy list lacked fitting, spending on, stopping work, inviting an audit,
and the shipped label model turned the rules' claim on a remedy into a denial. A sentence
that also negates ("had no link to the cracks", "no fumes had reached the school") still
answers the allegation.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted_afresh

from annotator.domain.proposals import LEARNED
from annotator.domain.proposals.label_model import shipped
from annotator.domain.proposals.reading import CLAIM, CONTEXT, DENIAL

QUARRY = ["Residents have accused a quarry firm, Dunmore Aggregates, of cracking their walls "
          "with blasting.",
          "Dunmore Aggregates denied causing any damage."]
FUMES = ["Residents have accused a chemical plant, Harlow Resins, of letting fumes drift over "
         "a primary school.",
         "Harlow Resins denied the allegation.",
         "Its site manager, Owen Price, said the plant's emissions had stayed within its "
         "permit."]


@pytest.fixture
def sure_of_a_denial(monkeypatch):
    """The shipped model speaking (conftest silences it in files of a round's reading), sure
    the sentence is a denial whatever it reads."""
    monkeypatch.setattr("annotator.domain.proposals.engine.shipped", shipped)
    monkeypatch.setattr("annotator.domain.proposals.engine.learned_role",
                        lambda *args, **kwargs: ("denies", 0.95))


def _last(db, scheme, sentences):
    """The proposal on an article's last sentence, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")[-1]


def test_a_remedy_the_rules_did_not_know_is_no_reply(db, scheme):
    got = _last(db, scheme, [
        "Passengers have accused a coach operator, Redline Coaches, of selling seats on "
        "journeys it had already cancelled.",
        "Redline Coaches denied the allegation, saying every cancelled journey had been "
        "refunded within a week.",
        "The company said it had fitted new booking software at all its depots in March."])
    assert got.label == "claim", got.label_reason
    got = _last(db, scheme, QUARRY + [
        "It said it stopped work at the eastern face as soon as the first complaint "
        "arrived."])
    assert got.label == "claim", got.label_reason


def test_the_model_does_not_turn_a_remedy_told_into_a_denial(db, scheme, sure_of_a_denial):
    for said in ("He added that the plant had upgraded its scrubbers in January.",
                 "He added that the firm had strengthened its night checks."):
        got = _last(db, scheme, FUMES + [said])
        assert (got.label, got.proposer) == ("claim", "cues"), (said, got.label_reason)


def test_near_miss_a_remedy_beside_a_negation_is_still_the_models(db, scheme,
                                                                  sure_of_a_denial):
    got = _last(db, scheme, FUMES + [
        "Price added that the firm had upgraded its alarm system last year and no fumes "
        "had reached the school."])
    assert (got.label, got.proposer) == ("denial", LEARNED), got.label_reason


def test_near_miss_a_remedy_beside_a_negation_still_answers(db, scheme):
    got = _last(db, scheme, QUARRY + [
        "It said the vibration had been measured in May and had no link to the cracks."])
    assert got.label == "denial", got.label_reason


def test_what_the_guard_keeps():
    from annotator.domain.proposals.remedy_kept import remedy_kept

    told = "He said the depot had fitted new locks to every van."
    assert remedy_kept("en", CLAIM, told, DENIAL)
    assert not remedy_kept("en", CONTEXT, told, DENIAL)  # promise_kept's case, not this one
    assert not remedy_kept("en", CLAIM, told, CLAIM)
    assert not remedy_kept("en", CLAIM, "He said the locks had been fitted and no van was "
                           "opened.", DENIAL)
    assert not remedy_kept("en", CLAIM, "He said the figures reflected a new scanner "
                           "installed in the spring.", DENIAL)  # a participle after a noun
    assert not remedy_kept("id", CLAIM, "Ia mengatakan perusahaan telah memasang kamera.",
                           DENIAL)  # the Indonesian cue file does not set it
