""""alleged" where only a verb can stand has a speaker (thirty-fifth round, issue 11, bug fix
on branch t35b; domain/proposals/speaker_acts.py ``_alleged_verb``, data
``speaker35_alleged_verb``).

The try article (a wire story on a coffee exporter): "A Colombian coffee exporter shipped at
least 14,000 sacks of cheaper Brazilian beans ... labelled as single-origin coffee from the
Huila region, a growers' association alleged on Tuesday." was an accusation with no source
("narration: no speech verb"): "alleged" is kept off the verbs whose subject speaks ("the
alleged fraud"), so the wire's lede form had no speaker, though the next sentence names the
association ("The association, Acasur, said ..."). After "alleged" a day, "on" or "that"
leaves only the verb; its subject speaks, as after "has alleged". "the alleged fraud" and
"alleged breaches" are left as they were.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEAD = (
    "A Colombian coffee exporter shipped at least 14,000 sacks of cheaper Brazilian beans to "
    "roasters in Germany and Belgium labelled as single-origin coffee from the Huila region, "
    "a growers' association alleged on Tuesday.")
_NAMED = (
    "The association, Acasur, said customs records it obtained show that Cafés Altamira "
    "imported the beans through the port of Buenaventura between June and November.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article ---

def test_the_lede_s_association_is_named_next(db, scheme):
    got = _all(db, scheme, [_LEAD, _NAMED])
    assert got[0].label == "accusation"
    assert got[0].name == "Acasur", got[0].reason


# --- the class, on sentences of our own ---

def test_a_consumer_group_alleged_a_weekday(db, scheme):
    got = _all(db, scheme, [
        "A kettle brand bought thousands of fake reviews on an online marketplace, a "
        "consumer group alleged Thursday.",
        "Fair Basket said it had traced 2,100 five-star reviews to paid accounts.",
    ])[0]
    assert got.name == "Fair Basket", got.reason


def test_a_named_union_alleged_that(db, scheme):
    got = _all(db, scheme, [
        "The Harbour Workers' Union alleged that the operator had cut overtime pay without "
        "notice.",
    ])[0]
    assert got.name == "Harbour Workers' Union", got.reason
    assert got.label == "accusation"


# --- near misses that must not change ---

def test_the_alleged_fraud_is_no_speaker(db, scheme):
    got = _all(db, scheme, [
        "Police are investigating the alleged fraud at the council's housing office.",
    ])[0]
    assert got.name is None, got.reason
