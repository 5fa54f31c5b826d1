"""A negation in what customers "are told" (the present passive) is no denial by the one who
relays it (thirty-seventh round, issue 11, bug fix on branch t37e2; data ``deny32_relayed``
"passive" in data/cues/en.json, read by domain/proposals/relayed.py).

The try's article (a newspaper's money pages): a consumer group says the gym chain PulseFit
charges hidden cancellation fees; its head of campaigns says '"Members are told at the front
desk that there is no contract, then find a 12-month minimum term buried on page nine of the
terms and conditions," said Tom Nakamura'. The "there is no" is the front desk's, relayed by
the accuser, but it was proposed as his denial, and his next sentence (the group's mystery
shopping) as "the accused side replies: Tom Nakamura denied before and goes on". The
round-32 reading (relayed.py) took "was told" and "were told" only, not the present "are
told" / "is told" a complaint about an ongoing practice is written in.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("The budget gym chain PulseFit has been accused of charging members hidden fees "
            "of up to £120 to cancel contracts they were told they could leave at any time.")
_GROUP = ("The consumer group FairPlay Consumers says it has collected more than 900 "
          "complaints from PulseFit members in the past year.")
_QUOTE = ('"Members are told at the front desk that there is no contract, then find a '
          '12-month minimum term buried on page nine of the terms and conditions," said Tom '
          "Nakamura, FairPlay's head of campaigns.")
_NEXT = ("He said the group had mystery-shopped 15 PulseFit branches and staff at 11 of them "
         "had failed to mention the minimum term.")
_DENIAL = ('PulseFit said its terms were "clear, fair and in line with industry practice".')


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_what_members_are_told_is_no_denial(db, scheme):
    got = _all(db, scheme, [_OPENING, _GROUP, _QUOTE, _NEXT, _DENIAL])
    assert got[2].name == "Tom Nakamura"
    assert got[2].label != "denial", got[2].label_reason
    assert got[3].label != "denial", got[3].label_reason
    assert "accused side" not in got[3].label_reason
    assert got[4].label == "denial" and got[4].name == "PulseFit"


# --- the class, on sentences of our own ---

def test_customers_are_told_there_is_no_deposit_to_return(db, scheme):
    got = _all(db, scheme, [
        "The package holiday firm Sunbright has been accused of keeping deposits of up to "
        "£500 on trips it cancelled itself.",
        "The consumer group Holiday Rights Network says it has collected more than 300 "
        "complaints from Sunbright customers in the past year.",
        '"Customers are told on the phone that there is no deposit to return, then find the '
        'money gone from their account," said Janet Orme, the network\'s director.',
        "She said the network had checked 20 bookings and found deposits kept in 14 of them.",
        "Sunbright said its booking terms were clear.",
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert got[3].label != "denial", got[3].label_reason
    assert got[4].label == "denial"


def test_tenants_are_told_there_is_no_admin_fee(db, scheme):
    got = _all(db, scheme, [
        "The letting agency Keyfast has been accused of charging tenants fees that were "
        "banned in 2019.",
        "The renters' union Tenant Voice says it has collected 120 complaints from Keyfast "
        "tenants since January.",
        '"Tenants are told at the viewing that there is no admin fee, then get an invoice for '
        '£300 when they sign," said Rhea Bakshi, the union\'s organiser.',
        "She said the union had copies of 30 such invoices.",
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert got[3].label != "denial", got[3].label_reason


# --- near misses: the denial stands ---

def test_the_accused_saying_what_members_are_told_still_denies(db, scheme):
    got = _all(db, scheme, [_OPENING, _GROUP,
                            "PulseFit denied the claims.",
                            "PulseFit said members are told there is no fee for freezing "
                            "a membership."])
    assert got[3].label == "denial", got[3].label_reason


def test_a_plain_negation_without_told_is_untouched(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        '"There is no hidden fee and there never has been," said Daniel Oyelaran, '
        "PulseFit's chief executive.",
    ])
    assert got[1].label == "denial", got[1].label_reason
