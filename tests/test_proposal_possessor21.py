"""A body named alone is not the group named after it in the possessive ("Hallam Athletic"
is not "Hallam Athletic Supporters' Trust"; twenty-first round: met on a fresh English
article, where the club's denial was proposed as its supporters' trust's and so read as the
accusing side). Every sentence is invented for this test."""

from __future__ import annotations

from support.proposals import accepted


def speakers(db, scheme, sentences, language="en"):
    return [p.name for p in accepted(db, scheme, sentences, language)]


def test_the_club_named_alone_is_not_its_supporters_trust(db, scheme):
    got = speakers(db, scheme, [
        "A fans' group has accused Carrow Rovers of selling away tickets above the cap.",
        "The Carrow Rovers Supporters' Trust said 200 fans had paid the higher price.",
        "Carrow Rovers denied breaking any rule.",
    ])
    assert got[1] == "Carrow Rovers Supporters' Trust"
    assert got[2] == "Carrow Rovers"


def test_a_tenants_association_and_its_landlord_stay_two(db, scheme):
    got = speakers(db, scheme, [
        "Tenants have accused Oakfield Homes of ignoring repairs for a year.",
        "The Oakfield Homes Tenants' Association said 40 flats had damp.",
        "Oakfield Homes said every repair request had been answered.",
    ])
    assert got[2] == "Oakfield Homes"


def test_a_shorter_name_of_the_same_body_still_reads_as_its_fuller_name(db, scheme):
    # no possessive between: the same body named more fully ("... Ltd")
    got = speakers(db, scheme, [
        "Brindle Foods Ltd has been accused of mislabelling its pies.",
        "Brindle Foods said the labels were correct.",
    ])
    assert got[1] == "Brindle Foods Ltd"
