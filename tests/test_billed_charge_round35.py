"""A bill is no charge whose subject speaks (thirty-fifth round, issue 11, try helper t35a;
domain/proposals/billed_charge.py, data ``speaker35_billed``).

The try's article (a wire story): "FlexPoint, one of Britain's largest budget gym chains,
charged members who tried to leave their contracts early a cancellation fee that was not set
out in its sign-up terms, a consumer group said on Thursday." The gym chain, the party the
complaint is against, was proposed as the source ("subject of 'charged'", read as a
prosecutor's charge), so the chain stood as the accuser for the whole article. "Charged"
with a fee or a sum after it, in the same clause, is a bill: the speaker is who said it.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = (
    "FlexPoint, one of Britain's largest budget gym chains, charged members who tried to "
    "leave their contracts early a cancellation fee that was not set out in its sign-up "
    "terms, a consumer group said on Thursday.")
_NAMED = ("Fair Deal UK said it had collected 412 complaints from FlexPoint members since "
          "January, most of them about a £60 \"admin fee\" charged when a member cancelled "
          "within the first year.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def _one(db, scheme, sentence):
    return _all(db, scheme, [sentence])[0]


# --- the try's case ---

def test_the_gym_chain_billed_is_not_the_speaker(db, scheme):
    lede = _all(db, scheme, [_LEDE, _NAMED])[0]
    assert lede.name == "Fair Deal UK", lede.reason
    assert lede.label == "accusation"


def test_the_gym_chain_alone_is_not_the_speaker(db, scheme):
    lede = _one(db, scheme, _LEDE)
    assert lede.name != "FlexPoint", lede.reason


# --- the class, on sentences of our own ---

def test_a_sum_billed_to_tenants(db, scheme):
    got = _one(db, scheme, "Harbour Homes charged tenants a £150 admin fee on top of their "
                           "rent, a tenants' union said.")
    assert got.name != "Harbour Homes", got.reason
    assert "subject of 'said'" in got.reason


def test_a_levy_billed_named_speaker_after(db, scheme):
    got = _one(db, scheme, "Westgate Parking charged drivers £90 for overstaying by five "
                           "minutes, the RAC Foundation said.")
    assert got.name == "RAC Foundation", got.reason


# --- near misses: a charge brought stays its bringer's ---

def test_a_criminal_charge_keeps_its_bringer(db, scheme):
    got = _one(db, scheme, "The Serious Fraud Office charged two Harbour Homes directors "
                           "with bribery in May.")
    assert got.label == "accusation"
    assert got.name == "Serious Fraud Office", got.reason


def test_police_charging_people_stays_enforcement(db, scheme):
    got = _one(db, scheme, "Police charged three men over the attack, a spokesman for the "
                           "force said.")
    assert got.name == "Police", got.reason
