"""A police appeal in the passive is the force's, when the article names one police force
(thirty-eighth round, issue 11, bug fix on branch w12speak4; domain/proposals/police_appeal.py,
data ``speaker38_police_appeal``).

The lead's article: a burglary story with "..., West Yorkshire Police said." ends "Anyone with
information is asked to call 101, quoting log 1402 of 28 November, or contact Crimestoppers
anonymously on 0800 555 111.", proposed with no source. The appeal is the force's: the
article names exactly one police force. Two forces, or none: nothing.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_FORCE = ("In most cases the burglars forced rear doors or ground-floor windows in the early "
          "evening while the occupants were out, West Yorkshire Police said.")
_KENT = "A man was seriously injured in a crash on the A28 on Sunday, Kent Police said."


def _last(db, scheme, *sentences):
    return accepted(db, scheme, list(sentences), "en")[-1]


# --- the lead's case ---

def test_the_lead_case_anyone_with_information(db, scheme):
    got = _last(db, scheme, _FORCE,
                "Anyone with information is asked to call 101, quoting log 1402 of 28 "
                "November, or contact Crimestoppers anonymously on 0800 555 111.")
    assert got.name == "West Yorkshire Police", got.reason
    assert got.label == "context", got.label_reason


# --- the class, on sentences of our own ---

def test_witnesses_urged_to_come_forward(db, scheme):
    got = _last(db, scheme, _KENT, "The driver of the van stopped at the scene.",
                "Witnesses are urged to come forward.")
    assert got.name == "Kent Police", got.reason


def test_dashcam_footage_appeal(db, scheme):
    got = _last(db, scheme, _KENT, "Anyone with dashcam footage is asked to contact the force "
                                   "on 101.")
    assert got.name == "Kent Police", got.reason


# --- near misses that must not change ---

def test_two_forces_named_no_source(db, scheme):
    got = _last(db, scheme, _KENT, "Sussex Police said it was helping with the inquiry.",
                "Witnesses are urged to come forward.")
    assert got.name is None, got.reason


def test_no_force_named_no_source(db, scheme):
    got = _last(db, scheme, "The council said the bridge would close for repairs on Monday.",
                "Anyone with concerns is asked to contact the council.")
    assert got.name is None, got.reason


def test_not_an_appeal(db, scheme):
    got = _last(db, scheme, _KENT, "Anyone with a blue badge is allowed to park there.")
    assert got.name != "Kent Police", got.reason
