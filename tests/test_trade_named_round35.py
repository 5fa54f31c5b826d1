"""A business named by a bare name whose trade the article gives is the company "a
spokeswoman for the company" speaks for (thirty-fifth round, issue 11, bug fix on branch
w35speak; domain/proposals/article_kinds.py ``bodies_told``, data
``speaker35_trade_nouns``).

The lead's article (a local paper): "Wheelchair users in Stockport say drivers for Pennine
Link buses have repeatedly refused to let them board ... / Pennine Link said all of its buses
were fitted with working ramps ... / A spokeswoman for the company said drivers were
trained ...". The spokeswoman's sentence was proposed with no speaker: "Pennine Link" reads
as a person's name by its shape (no "Buses", "Ltd" or "Group" in it), and "the company"
means only a name of a company's kind. The article gives its trade (its buses, its
drivers) and has it speak: it is the company.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_spokeswoman_speaks_for_the_bus_operator(db, scheme):
    got = _all(db, scheme, [
        "Wheelchair users in Stockport say drivers for Pennine Link buses have repeatedly "
        "refused to let them board, claiming the ramp is broken.",
        "The Stockport Access Forum, which represents disabled residents, said it had "
        "logged 37 such incidents since August, most of them on the 192 route.",
        '"I was left at the stop three times in one week," said forum member Carl '
        "Ashworth, 54, who uses a powered wheelchair.",
        '"Each time the driver told me the ramp was faulty, and each time the bus behind '
        'had a working one."',
        "The forum has written to the Traffic Commissioner asking for an investigation.",
        "Pennine Link said all of its buses were fitted with working ramps and were "
        "checked every morning before leaving the depot.",
        "A spokeswoman for the company said drivers were trained to help passengers board "
        "and that any driver found to have refused a wheelchair user without good reason "
        "would face disciplinary action.",
        "She said the company had received only four formal complaints about ramps this "
        "year.",
    ])
    assert got[5].name == "Pennine Link"
    assert got[6].name == "Pennine Link", got[6].reason
    assert got[7].name == "Pennine Link"


# --- the class, on sentences of our own ---

def test_a_train_operator_named_before_its_trains(db, scheme):
    got = _all(db, scheme, [
        "Commuters in Halifax say Calder Link trains have been cancelled at short notice "
        "almost every week since September.",
        "Calder Link said the cancellations were caused by a shortage of drivers.",
        "A spokesman for the company said 20 new drivers would start work in January.",
    ])
    assert got[2].name == "Calder Link", got[2].reason


def test_an_operator_with_its_drivers(db, scheme):
    got = _all(db, scheme, [
        "Parents in Keswick say Moorland Connect's drivers have left children at the "
        "roadside when school buses were full.",
        "Moorland Connect says no child has been left behind.",
        "A spokeswoman for the firm said extra coaches had been hired for the winter term.",
    ])
    assert got[2].name == "Moorland Connect", got[2].reason


def test_an_operator_which_runs_the_route_stays_the_company(db, scheme):
    got = _all(db, scheme, [
        "Passengers in Bolton say the 37 bus has been cut to one an hour without warning.",
        "Rossendale Rider, which runs the route, said the change followed a fall in "
        "passenger numbers.",
        "A spokesman for the company said the timetable would be reviewed in the spring.",
    ])
    assert got[2].name == "Rossendale Rider", got[2].reason


# --- near misses: a place or a person is no company ---

def test_a_place_before_buses_is_no_company(db, scheme):
    got = _all(db, scheme, [
        "Residents in Hexham say Hexham buses are late almost every morning.",
        "A spokeswoman for the company said timetables were being reviewed.",
    ])
    assert got[1].name != "Hexham", got[1].reason


def test_a_person_with_his_shops_is_no_company(db, scheme):
    got = _all(db, scheme, [
        "Traders in Whitby say Mark Ellis's shops have been undercutting them with "
        "counterfeit goods.",
        "Mark Ellis said he had bought all of his stock from licensed wholesalers.",
        "A spokeswoman for the company said the claims were untrue.",
    ])
    assert got[2].name != "Mark Ellis", got[2].reason
