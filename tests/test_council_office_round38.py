"""A council's cabinet member or leader speaks for the council (thirty-eighth round, issue 11,
bug fix on branch w12sides2; domain/proposals/council_office.py, data
``side38_council_office``).

The lead's case (a blind try's article): "Parents of disabled children have accused North
Pennine Council of cutting their school transport ...", then "Councillor Graham Tulley, the
cabinet member for children's services, said no eligible child had lost their entitlement."
The title does not name the council, and "children", a noun of the accusers' own, placed
him among the accusers: his reply was a claim. A council's executive office is held for the
council (the guidelines: officials of one body speak as that body). A ward councillor is
not read so, nor a cabinet member of a council that accuses or of another council.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


_TRANSPORT = [
    "Parents of disabled children have accused North Pennine Council of cutting their school "
    "transport to save money, leaving some pupils missing weeks of lessons.",
    "The council withdrew door-to-door taxis for 140 pupils with special educational needs "
    'in September and replaced them with "independent travel training" and shared minibus '
    "pick-up points.",
    '"My son is autistic and non-verbal, he cannot stand at a bus stop on the A686 on his '
    'own," said Claire Fenwick, whose 12-year-old attends Brackenside School in Penrith.',
    "Mrs Fenwick said he had missed 23 days of school since the change because she works "
    "shifts and cannot drive him.",
    "A petition started by the parents' campaign, Fair Ride North Pennine, has gathered more "
    "than 3,000 signatures.",
    "The group says the council is breaking its legal duty to provide free, suitable "
    "transport for every eligible child.",
    "Councillor Graham Tulley, the cabinet member for children's services, said no eligible "
    "child had lost their entitlement.",
    '"We are offering a safe, modern service that builds independence, and every decision '
    'was made on the basis of an individual assessment," he said.',
]

_OPENING = ("Parents of disabled children have accused Eastmoor Council of cutting their "
            "school transport to save money.")


# --- the lead's case ---

def test_the_lead_article_cabinet_member_denies(db, scheme):
    got = _all(db, scheme, _TRANSPORT)
    tulley, quote = got[6], got[7]
    assert tulley.label == "denial", tulley.label_reason
    assert tulley.name == "Graham Tulley"
    assert "North Pennine Council" in tulley.label_reason
    assert quote.label == "denial", quote.label_reason
    assert quote.name == "Graham Tulley"


# --- the class, on sentences of our own ---

def test_executive_member_for_children_speaks_for_the_council(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Councillor Paula Grey, the executive member for children and families, said no "
        "child had lost their place on a bus.",
    ])
    assert got[1].label == "denial", got[1].label_reason
    assert "Eastmoor Council" in got[1].label_reason


def test_the_councils_cabinet_member(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Councillor Paula Grey, the council's cabinet member for children's services, said "
        "no child had lost their place on a bus.",
    ])
    assert got[1].label == "denial", got[1].label_reason


# --- near misses that must not change ---

def test_a_ward_councillor_is_not_the_council(db, scheme):
    got = _all(db, scheme, [
        "Parents have accused Kirkby Borough Council of closing a children's centre without "
        "asking families.",
        "Councillor Ann Hale, who represents the Northwood ward, said families had been let "
        "down by the decision.",
    ])
    assert got[1].label != "denial", got[1].label_reason
    assert "speaks for Kirkby" not in got[1].label_reason


def test_another_councils_cabinet_member_is_not_placed(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Councillor Paula Grey, the cabinet member for children's services at Westfield "
        "Council, said no child in her area had lost a place.",
    ])
    assert "speaks for Eastmoor Council" not in got[1].label_reason


def test_the_accusing_councils_cabinet_member_stays_the_accuser(db, scheme):
    got = _all(db, scheme, [
        "Derby City Council has accused a bus operator of cancelling hundreds of school "
        "services without notice.",
        "Councillor Mark Jewell, the cabinet member for transport, said the company had never "
        "explained the cancellations.",
    ])
    assert got[1].label == "accusation", got[1].label_reason
    assert got[1].name == "Mark Jewell"


def test_an_executive_member_of_another_body_is_not_the_councils(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Jane Doe, an executive member of the Parent Carers Forum, said no family had been "
        "told about the change.",
    ])
    assert "speaks for Eastmoor Council" not in got[1].label_reason
