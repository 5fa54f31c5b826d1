""""The group's director" after "A rights group accused X" speaks for the accuser, not for
the party held responsible (thirty-eighth round, issue 11, bug fix on branch t38b4;
domain/proposals/dispute.py, ``accuser_described``, read in ``Dispute.held_voice`` and
``Dispute.accusing_side``).

The try helper's wire story: "A rights group on Wednesday accused Australian miner
Karrawong Resources of withholding wages ...", then '"These men dig copper ... and the
company has not paid them a kwacha since New Year," the group's director, Peter Chanda,
said.' The body noun "group" was tied to the one party held responsible ("Peter Chanda
speaks for Karrawong Resources ('group')"), so the accuser's director was proposed as the
accused side's reply: a denial. A body noun that the subject of an accusation before used
for the accuser ("A rights group ... accused", "The union has accused") ties its officer to
the accuser.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_rights_groups_director_accuses(db, scheme):
    got = _all(db, scheme, [
        "A rights group on Wednesday accused Australian miner Karrawong Resources of "
        "withholding wages from hundreds of workers at its copper mine in Zambia.",
        "Fair Labour Africa said 640 workers had received no pay since January.",
        '"These men dig copper that sells at record prices, and the company has not paid '
        'them a kwacha since New Year," the group\'s director, Peter Chanda, said.',
        "Karrawong Resources rejected the findings.",
    ])
    director = got[2]
    assert director.name == "Peter Chanda"
    assert director.label != "denial", director.label_reason
    assert "Karrawong" not in director.label_reason
    assert director.label == "accusation", director.label_reason
    assert got[3].label == "denial"


# --- the class, on sentences of our own ---

def test_a_campaign_groups_chair_accuses(db, scheme):
    got = _all(db, scheme, [
        "A campaign group has accused developer Marlow Homes of felling protected oaks on "
        "a site in Epsom.",
        "Save Epsom Trees said 12 trees had been cut down in a single weekend.",
        '"They knew the trees were protected and they cut them anyway," the group\'s chair, '
        'Helen Price, said.',
        "Marlow Homes denied the claims.",
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert "Marlow" not in got[2].label_reason


# --- near misses that must not change ---

def test_the_accused_groups_chief_still_denies(db, scheme):
    got = _all(db, scheme, [
        "Tenants have accused the Harbour Group of ignoring damp in its flats for two "
        "years.",
        '"Every repair was logged and done," the group\'s chief executive, Anna Reid, said.',
    ])
    assert got[1].label == "denial", got[1].label_reason
    assert "Harbour Group" in got[1].label_reason


def test_a_group_accused_in_the_passive_stays_the_accused(db, scheme):
    got = _all(db, scheme, [
        "A hotel group has been accused by a union of cutting cleaners' pay.",
        "The hotel group's chief executive, Mark Tan, said every cleaner had been paid in "
        "full.",
    ])
    assert got[1].label == "denial", got[1].label_reason
