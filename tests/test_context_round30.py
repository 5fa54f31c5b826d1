"""English statements the rules proposed as claims where gold has context (thirtieth round,
issue 11, branch i11encontext30; data ``feelings``, ``context27_stances`` ``wishes``,
``context11_contact``, ``narr26_until_done`` and ``context30_ahead``, read by
acts.feeling).

The guidelines: a feeling, a wish, a plan or what happens next is context, and so is
procedure stated by a named speaker, "who met whom". Two classes the rules already read,
whose word lists had gaps:

- a feeling or a wish said of oneself: "said they feared ...", "said the family wants ...",
  and a confidence about what is to come ("said he was confident the result would
  stand"); not a confidence in a fact ("confident its boats were safe"), which asserts it;
- the speaker's own conduct while the matter is handled: a measure that holds while or
  until the case is decided ("paused sourcing while the allegations are investigated",
  "paused new productions until the case is decided") and its contact with the body
  handling it ("in close contact with the board"); not a measure until something that was
  settled ("should not be cleared until the boundary was settled").

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Residents of Carrow Bay say a quarry run by Hillmead Aggregates has been dumping "
         "silt into the estuary since June.")
_SUED = ("A bakery chain has been sued by the estate of a former supplier, Orla Finch, who "
         "says it stopped paying her invoices in 2024.")


def test_fearing_what_may_come_is_a_feeling(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Some fishermen in the bay said they feared the dispute could close the harbour.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "feared" in got[1].label_reason


def test_a_wish_in_the_present_is_context(db, scheme):
    got = accepted(db, scheme, [
        _SUED,
        "Her son, Declan Finch, said the family wants the company to apologise in public.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "wants" in got[1].label_reason


def test_confidence_in_what_will_happen_is_a_feeling(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Councillor Maeve Doran said she was confident the town would win its case.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "confident" in got[1].label_reason


def test_confidence_in_a_fact_is_not_read_as_a_feeling(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Hillmead Aggregates said it was confident its settling ponds had never "
        "overflowed.",
    ], "en")
    assert "feeling" not in got[1].label_reason
    assert got[1].label != "context", got[1].label_reason


def test_not_confident_is_not_read_as_a_feeling(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A harbour official, Sean Kerr, said he was not confident the estuary would "
        "recover this year.",
    ], "en")
    assert "feeling" not in got[1].label_reason


def test_a_measure_while_the_allegations_are_investigated_is_context(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A builders' merchant, Calder Supplies, said it had stopped buying sand from the "
        "quarry while the complaints are investigated.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "while the complaints are investigated" in got[1].label_reason


def test_a_measure_until_the_case_is_decided_is_context(db, scheme):
    got = accepted(db, scheme, [
        _SUED,
        "Two cafes that stock its loaves, Tillys and Oven Door, said they had suspended "
        "orders until the case is decided.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason


def test_until_something_was_settled_is_not_a_measure_meanwhile(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The county told the quarry in March that the north pit should not be dug until "
        "the boundary was settled.",
    ], "en")
    assert "until something is done" not in got[1].label_reason


def test_close_contact_with_the_body_handling_it_is_context(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The Environment Agency said it was in close contact with the county council.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "in close contact with" in got[1].label_reason


def test_close_contact_of_others_is_not_the_speakers_own(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The Environment Agency said two of the quarry's drivers had been in close contact "
        "with the dumping crews.",
    ], "en")
    assert "who contacted whom" not in got[1].label_reason
