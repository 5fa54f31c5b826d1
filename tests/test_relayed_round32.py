"""A negation inside what another told the speaker is no denial by the speaker (thirty-second
round, issue 11, bug fix on branch i11tryfix32; domain/proposals/relayed.py, data
``deny32_relayed``).

The lead's article: former gym members say the chain kept charging them after they
cancelled; a member, Carla Mendes, says "they still took £39.99 every month until March",
then "Mendes said the branch manager told her the cancellation had 'never reached head
office'". The "never" was read as her denial, which placed her on the accused side for the
whole article, so her own complaint before it was proposed as "the accused side's reply to
the allegation": a denial. The negation is the manager's, relayed by the one who complains.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Former members of the FitNation gym chain say the company kept taking monthly fees for "
    "up to six months after they cancelled their memberships.")
_COMPLAINT = (
    '"I cancelled in person, I have the email confirming it, and they still took £39.99 '
    'every month until March," said Carla Mendes, a nurse from Headingley.')
_RELAYED = ('Mendes said the branch manager told her the cancellation had "never reached head '
            'office".')
_DENIAL = "FitNation rejected the claims."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_complaint_is_not_a_denial(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "The consumer group Which Way said it had received 312 complaints about the chain "
        "since June, most of them from members in Leeds and Bradford.",
        _COMPLAINT, _RELAYED, _DENIAL,
    ])
    complaint, relayed, denial = got[2], got[3], got[4]
    assert complaint.label != "denial", complaint.label_reason
    assert "accused side" not in complaint.label_reason
    assert relayed.label != "denial", relayed.label_reason
    assert relayed.name == "Carla Mendes"
    assert denial.label == "denial" and denial.name == "FitNation"


def test_what_another_told_her_is_read_as_told(db, scheme):
    relayed = _all(db, scheme, [_OPENING, _COMPLAINT, _RELAYED, _DENIAL])[2]
    assert relayed.label != "denial"
    assert "another told the speaker" in relayed.label_reason


# --- the class, on sentences of our own ---

def test_passive_told_relays_the_other_side(db, scheme):
    got = _all(db, scheme, [
        "Parents at Oakfield Primary say the academy trust cut their children's support "
        "hours without consultation.",
        "The parents' forum said it had heard from 60 families since September.",
        '"My son\'s helper was gone in a week and we found out from him," said Sharon Pike, '
        "a mother of two.",
        "Pike said parents were told the trust never planned to keep the posts.",
        "The trust rejected the claims.",
    ])
    assert got[3].label != "denial", got[3].label_reason
    assert got[2].label != "denial", got[2].label_reason
    assert got[4].label == "denial"


def test_told_him_relays_the_other_side(db, scheme):
    got = _all(db, scheme, [
        "Residents of Mill Court say their landlord Castlegate Homes left them without "
        "heating for a month.",
        "The tenants' association said it had received 40 complaints about the block.",
        '"We rang every day and got the same answer," said Tom Birch, who lives on the '
        "third floor.",
        "Birch said a housing officer told him the repair team never got the job.",
        "Castlegate Homes denied the claims.",
    ])
    assert got[3].label != "denial", got[3].label_reason
    assert got[2].label != "denial", got[2].label_reason


# --- near misses: the denial stands ---

def test_the_speakers_own_negation_after_told_still_denies(db, scheme):
    got = _all(db, scheme, [
        "Drivers say the taxi firm Rapid Cabs docked their pay for fuel they never used.",
        "The firm's manager, Paul Dent, said he told them he had never docked anyone's pay.",
    ])
    assert got[1].label == "denial", got[1].label_reason


def test_the_accused_relaying_a_negation_still_denies(db, scheme):
    got = _all(db, scheme, [
        "Drivers say the taxi firm Rapid Cabs docked their pay for fuel they never used.",
        "Rapid Cabs denied the claims.",
        "Rapid Cabs said drivers were told the deductions had never applied to fuel.",
    ])
    assert got[2].label == "denial", got[2].label_reason


def test_a_plain_negation_without_told_is_untouched(db, scheme):
    got = _all(db, scheme, [
        "Drivers say the taxi firm Rapid Cabs docked their pay for fuel they never used.",
        '"We have never docked anyone\'s pay," said Paul Dent, the firm\'s manager.',
    ])
    assert got[1].label == "denial", got[1].label_reason
