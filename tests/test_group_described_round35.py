""""The group" is the group the lede described and the next sentence named, not a company
named "... Group" later, nor the body named last (thirty-fifth round, issue 11, try helper
t35a; described.py, naming.py, reading.py, speakers_english.py).

The try's article (a wire story): "FlexPoint ... charged members ... a cancellation fee ...,
a consumer group said on Thursday." / "Fair Deal UK said it had collected 412 complaints
..." / '"...," said Ruth Okonedo, the group's director of campaigns.' / "The group has asked
the Competition and Markets Authority to investigate ..." and, near the end, "Shares in
FlexPoint's parent company, Ardent Leisure Group, fell 3.1 percent". The lede's "a consumer
group" and the later "The group" were proposed as Ardent Leisure Group, the gym chain's
owner (the accused side), a body only a later sentence names; without that sentence "The
group" was proposed as FlexPoint, the body named last, and "the group's director" was read
as if Ruth Okonedo were the group. The guidelines: a described group takes the name the
article gives that group.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_GYM = [
    "FlexPoint, one of Britain's largest budget gym chains, charged members who tried to "
    "leave their contracts early a cancellation fee that was not set out in its sign-up "
    "terms, a consumer group said on Thursday.",
    "Fair Deal UK said it had collected 412 complaints from FlexPoint members since "
    "January, most of them about a £60 \"admin fee\" charged when a member cancelled within "
    "the first year.",
    "\"People were told they could cancel any time, and then found £60 taken from their "
    "account without warning,\" said Ruth Okonedo, the group's director of campaigns.",
    "The group has asked the Competition and Markets Authority to investigate whether the "
    "fee breaches consumer law.",
    "FlexPoint, which has 190 gyms and about 900,000 members, said the fee was \"clearly "
    "shown\" on its website and in the membership agreement every member signs.",
]
_OWNER = ("Shares in FlexPoint's parent company, Ardent Leisure Group, fell 3.1 percent in "
          "London trading after the report.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_group_with_a_company_group_named_later(db, scheme):
    got = _all(db, scheme, _GYM + [_OWNER])
    assert got[0].name == "Fair Deal UK", got[0].reason
    assert got[3].name == "Fair Deal UK", got[3].reason
    assert got[2].name == "Ruth Okonedo"


def test_the_group_is_not_the_body_named_last(db, scheme):
    got = _all(db, scheme, _GYM)
    assert got[3].name == "Fair Deal UK", got[3].reason


# --- the class, on sentences of our own ---

_SHOP = [
    "Supermarket chain Bellamy's overcharged shoppers on multibuy deals for more than a "
    "year, a consumer group said on Tuesday.",
    "Shop Fair said its volunteers had found 37 wrongly priced offers in 12 stores.",
    "\"These are not one-off mistakes,\" said Alan Greer, the group's head of research.",
    "The group has reported the chain to trading standards in three counties.",
    "Bellamy's said any pricing errors were corrected as soon as they were found.",
    "Shares in Bellamy's owner, Carrow Retail Group, fell 2 percent.",
]


def test_a_supermarket_owner_group_named_last(db, scheme):
    got = _all(db, scheme, _SHOP)
    assert got[0].name == "Shop Fair", got[0].reason
    assert got[3].name == "Shop Fair", got[3].reason
    assert got[4].name == "Bellamy's"


# --- near misses ---

def test_a_company_group_named_before_stays(db, scheme):
    got = _all(db, scheme, [
        "Carrow Retail Group reported a 4 percent rise in sales on Thursday.",
        "The group said it would open 20 new stores next year.",
    ])
    assert got[1].name == "Carrow Retail Group", got[1].reason


def test_a_described_group_nobody_names_stays_as_written(db, scheme):
    got = _all(db, scheme, [
        "A tenants' group has accused Harbour Homes of ignoring damp in its flats.",
        "The group said 40 families had reported mould since January.",
        "Harbour Homes said it had inspected every flat.",
    ])
    assert got[1].name == "tenants' group", got[1].reason
    assert got[2].name == "Harbour Homes" and got[2].label == "denial"
