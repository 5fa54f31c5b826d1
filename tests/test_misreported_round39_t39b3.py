"""Under-reporting and misreporting to a regulator, and a disregard for a rule or an order,
are wrongs stated: an accusation by whoever says them (thirty-ninth round, issue 11, bug fix
on branch t39b3; data ``wrongdoing`` in ``data/cues/en.json``).

The helper's try (a sewage story and a court story, gold written before any proposal): "She
told the Guardian that the firm had "systematically under-reported" the discharges in its
annual returns to the Environment Agency." and "District Judge Fiona Aldous said the company
had shown "a cynical disregard" for the protection order." were claims: the lexicon knew
"falsified" and "ignored", not these.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_SPILLS = ("Campaigners say Northfell Water discharged raw sewage into the Wenning on 412 "
           "days last year.")
_OAKS = ("A housebuilder has been fined £40,000 after magistrates found it guilty of felling "
         "seven protected oaks.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_the_try_case(db, scheme):
    got = _last(db, scheme, [_SPILLS, "Clare Dunmore, the group's director, told the Guardian "
                             "that the firm had \"systematically under-reported\" the "
                             "discharges in its annual returns."])
    assert (got.label, got.name) == ("accusation", "Clare Dunmore")


def test_the_try_case_in_court(db, scheme):
    got = _last(db, scheme, [_OAKS, "District Judge Fiona Aldous said the company had shown "
                             "\"a cynical disregard\" for the protection order."])
    assert (got.label, got.name) == ("accusation", "Fiona Aldous")


@pytest.mark.parametrize("first, sentence", [
    (_SPILLS, "Campaigners said the company had underreported spills for years."),
    (_SPILLS, "The group said the firm had misreported its spill data to the regulator."),
    (_OAKS, "The judge said the firm had shown a blatant disregard for the law."),
    (_OAKS, "Neighbours said the developer had acted with complete disregard for their "
            "safety."),
])
def test_a_wrong_stated(db, scheme, first, sentence):
    assert _last(db, scheme, [first, sentence]).label == "accusation"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The scheme was designed with regard for the local wildlife.",
    "The agency said 61 spills had been reported in the catchment last year.",
])
def test_no_wrong(db, scheme, sentence):
    assert _last(db, scheme, [_SPILLS, sentence]).label != "accusation"


def test_a_negated_wrong_stays_a_denial(db, scheme):
    got = _last(db, scheme, [_SPILLS, "Northfell Water said it had never under-reported a "
                                      "single discharge."])
    assert got.label == "denial"
