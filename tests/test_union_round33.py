""""The union" that means a union whose name ends in "Association", "Federation", "Guild"
or "Alliance" (thirty-third round, issue 11, bug fix on branch w3union;
domain/proposals/article_kinds.py, ``_called_union``).

The try's article: "The Professional Footballers' Association of Ireland (PFAI) has accused
Castlebay Rovers ...", "In a statement on Thursday, the union said ...", then "The union has
also lodged a complaint with the Football Association of Ireland (FAI), ...": the source
was proposed as "the union", as written, since no name holds "union"; the article called
the PFAI a union. Such a body is what "the union" means; where the article calls no body
so named a union, "the union" stays as before.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_PFAI = [
    "The Professional Footballers' Association of Ireland (PFAI) has accused Castlebay "
    "Rovers of failing to pay its first-team squad for the past two months.",
    "In a statement on Thursday, the union said 19 players had not received wages since "
    "September and that several had been told to \"be patient\" by club officials.",
    "\"Some of these lads have mortgages and young families, and they are being treated as "
    "if they don't matter,\" said PFAI general secretary Declan Mahony.",
    "Mahony said the union had written to the club three times since October without "
    "receiving a reply.",
    "The union has also lodged a complaint with the Football Association of Ireland (FAI), "
    "asking it to investigate whether the club breached its licensing conditions.",
    "Castlebay Rovers rejected the claims on Thursday evening.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_union_that_lodged_a_complaint_is_the_pfai(db, scheme):
    got = _all(db, scheme, _PFAI)
    assert got[4].name == "Professional Footballers' Association of Ireland", got[4].reason
    assert got[4].label == "accusation"
    assert got[1].name == "Professional Footballers' Association of Ireland"
    assert got[5].name == "Castlebay Rovers"


# --- the class, on sentences of our own ---

def test_federation_called_a_union_in_apposition(db, scheme):
    got = _all(db, scheme, [
        "The Northshire Police Federation, the union for rank-and-file officers, has "
        "accused the force of cutting overtime pay without notice.",
        "Chief Constable Helen Ward said the changes had been agreed in April.",
        "The union has written to the Home Office asking it to intervene.",
    ])
    assert got[2].name == "Northshire Police Federation", got[2].reason


def test_guild_called_a_union_in_the_next_sentence(db, scheme):
    got = _all(db, scheme, [
        "The Riverside Writers' Guild has accused Harbour Press of withholding royalties "
        "from 40 authors.",
        "The union said some members had not been paid since January.",
        "Harbour Press chief executive Owen Blake said all royalties had been paid.",
        "The union has filed a complaint with the publishing ombudsman.",
    ])
    assert got[3].name == "Riverside Writers' Guild", got[3].reason


# --- near misses: no body the article calls a union ---

def test_an_association_never_called_a_union_is_not_the_union(db, scheme):
    got = _all(db, scheme, [
        "The Westmoor Residents' Association has accused Keystone Homes of leaving "
        "tenants without heating for a month.",
        "Keystone Homes said repairs had been completed in November.",
        "Tenants said the heating failed again last week.",
        "The union has filed a complaint with the housing ombudsman.",
    ])
    assert got[3].name != "Westmoor Residents' Association", got[3].reason


def test_the_other_association_is_not_the_union(db, scheme):
    got = _all(db, scheme, _PFAI)
    assert got[4].name != "Football Association of Ireland"


def test_a_union_named_so_stays_the_union(db, scheme):
    got = _all(db, scheme, [
        "The Hospital Workers Union has accused Eastvale Health of cutting night-shift "
        "staffing below safe levels.",
        "The union said it had recorded 30 incidents since June.",
        "The union has lodged a complaint with the Care Quality Commission.",
    ])
    assert got[2].name == "Hospital Workers Union", got[2].reason
