""""Would not hesitate to take landlords to court": a warning of what the speaker will do,
context with its speaker, not a lawsuit filed (thirty-seventh round, issue 11, bug fix on
branch t37c2; domain/proposals/narration.py ``not_hesitating``, read by
``narration._to_come`` and ``reading._plan``).

The try article (t37c, a local paper's court report): a landlord is fined for fire-safety
offences in a shared house; then "Councillor Dev Malhi, the city's assistant mayor for
housing, said the council would "not hesitate" to take landlords to court where tenants'
lives were put at risk." was proposed as "accusation (a complaint or lawsuit filed:
'take')": the "not" before "hesitate" was read as negating the plan ("would not"), so the
filing was read as done. The negation belongs to "hesitate", not to the act; what it
commits to is still to come (the guidelines: promises and plans are context).

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_FINED = ("A landlord who let rooms in a Leicester shared house where fire doors had been "
          "padlocked shut has been fined more than £18,000.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_would_not_hesitate_to_take_to_court_is_a_warning(db, scheme):
    got = _all(db, scheme, [
        _FINED,
        "Kamal Eddery, 52, of Oadby, was found guilty at Leicester Magistrates' Court of six "
        "offences under the Management of Houses in Multiple Occupation Regulations.",
        'Councillor Dev Malhi, the city\'s assistant mayor for housing, said the council '
        'would "not hesitate" to take landlords to court where tenants\' lives were put at '
        'risk.',
    ])
    assert got[2].label == "context", got[2].label_reason
    assert got[2].name == "Dev Malhi"


# --- the class, on sentences of our own ---

def test_would_not_hesitate_to_sue(db, scheme):
    got = _all(db, scheme, [
        "Drivers say the taxi firm Rapid Cabs docked their pay for fuel they never used.",
        "The drivers' union, Cab Workers United, said it would not hesitate to sue Rapid "
        "Cabs if the deductions went on.",
    ])
    assert got[1].label == "context", got[1].label_reason


def test_wont_hesitate_to_sue(db, scheme):
    got = _all(db, scheme, [
        "Drivers say the taxi firm Rapid Cabs docked their pay for fuel they never used.",
        "Cab Workers United said it won't hesitate to sue Rapid Cabs.",
    ])
    assert got[1].label != "accusation", got[1].label_reason


def test_will_never_hesitate_to_prosecute_a_landlord(db, scheme):
    got = _all(db, scheme, [
        _FINED,
        "The council's housing director, Ruth Adair, said the council will not hesitate to "
        "take rogue landlords to court.",
    ])
    assert got[1].label == "context", got[1].label_reason


# --- near misses: a filing done stays an accusation ---

def test_did_not_hesitate_to_take_to_court_is_a_filing(db, scheme):
    got = _all(db, scheme, [
        "Tenants say Castlegate Homes left them without heating for a month.",
        "The council did not hesitate to take Castlegate Homes to court.",
    ])
    assert got[1].label == "accusation", got[1].label_reason


def test_took_the_landlord_to_court_is_a_filing(db, scheme):
    got = _all(db, scheme, [
        "Tenants say Castlegate Homes left them without heating for a month.",
        "The council took Castlegate Homes to court last year.",
    ])
    assert got[1].label == "accusation", got[1].label_reason


def test_would_not_take_them_to_court_is_not_a_plan(db, scheme):
    got = _all(db, scheme, [
        "Tenants say Castlegate Homes left them without heating for a month.",
        "The council said it would not take Castlegate Homes to court.",
    ])
    assert got[1].label_reason != "a promise or plan reported: 'would'"
