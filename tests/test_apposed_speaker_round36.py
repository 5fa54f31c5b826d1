"""A speaker whose name stood with a clause between commas before its verb of saying is no
party the article "talked of" (thirty-sixth round, issue 11, bug fix on branch t36a1;
domain/proposals/spoken_of.py ``_spoke_after_apposition``).

The try helper's article (a local paper on damp and mould): tenants accuse the housing
association; "Labour councillor Dev Sharma, who represents the ward, said the housing
association had ..." and then "He has asked the Housing Ombudsman to look into ...". On the
second sentence the whole-article reading took "Sharma" in the first as a party the article
talked of before he spoke (the clause "who represents the ward" stood between his name and
"said", and the role "Labour councillor" put his name past the sentence's opening words), so
it placed him on the accused side: his complaint was proposed as "the accused side's reply"
(a denial) and his complaint to the ombudsman as context.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_TRY = [
    "Tenants on the Lockleaze estate have accused Severnside Homes of ignoring repeated "
    "reports of damp and mould in their flats for more than a year.",
    "Kelly Ashworth, a mother of three, said she had reported mould in her children's "
    "bedroom eleven times since October 2025.",
    '"Every time they send someone to paint over it, and every time it comes back within a '
    'month," she said.',
    "Her son, aged four, has been treated twice for chest infections this year, according "
    "to letters from her GP seen by the Post.",
    "A survey carried out by the Lockleaze Tenants' Forum found that 63 of the 140 "
    "households who replied reported damp or mould in at least one room.",
    "Labour councillor Dev Sharma, who represents the ward, said the housing association "
    'had "failed its tenants on the most basic duty a landlord has".',
    "He has asked the Housing Ombudsman to look into the association's handling of the "
    "complaints.",
    "Severnside Homes denied that it had ignored the reports.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article ---

def test_the_councillor_is_not_the_accused_side(db, scheme):
    got = _all(db, scheme, _TRY)
    said, asked, denied = got[5], got[6], got[7]
    assert said.name == "Dev Sharma"
    assert said.label != "denial", said.label_reason
    assert "accused side" not in said.label_reason
    assert asked.label == "accusation" and asked.name == "Dev Sharma", asked.label_reason
    assert denied.label == "denial" and denied.name == "Severnside Homes"


# --- the class, on sentences of our own ---

def test_role_name_relative_clause_then_said(db, scheme):
    got = _all(db, scheme, [
        "Residents of the Orchard Park flats have accused Greystone Housing of leaving "
        "broken lifts unrepaired for months.",
        "Maureen Hale, who uses a wheelchair, said she had reported the broken lift 14 times "
        "since June.",
        '"We ring and ring and nobody comes," she said.',
        "A petition organised by the Orchard Park Residents' Association has been signed by "
        "212 people.",
        "Green Party councillor Ruth Okafor, who chairs the council's scrutiny panel, said "
        'the landlord had "let these residents down badly".',
        "She has asked the Housing Ombudsman to look into the landlord's handling of the "
        "complaints.",
        "Greystone Housing denied the claims.",
    ])
    said, asked = got[4], got[5]
    assert said.name == "Ruth Okafor"
    assert said.label != "denial", said.label_reason
    assert asked.label == "accusation" and asked.name == "Ruth Okafor", asked.label_reason
    assert got[6].label == "denial"


def test_role_name_age_then_said(db, scheme):
    got = _all(db, scheme, [
        "Parents at Hill View Primary have accused the Northgate Academy Trust of cutting "
        "support hours for children with special needs without consultation.",
        "Sarah Quinn said she had reported the cuts to the school nine times since June.",
        '"He comes home in tears most days," she said.',
        "Longtime school governor Martin Ellery, 58, said the trust had \"let these families "
        'down badly".',
        "He has asked the Education and Skills Funding Agency to look into the trust's "
        "handling of the cuts.",
        "The trust rejected the claims.",
    ])
    said, asked = got[3], got[4]
    assert said.name == "Martin Ellery"
    assert said.label != "denial", said.label_reason
    assert asked.label == "accusation" and asked.name == "Martin Ellery", asked.label_reason


# --- near misses: a party the article talked of stays the accused side ---

def test_party_in_a_clause_then_speaks_is_still_accused(db, scheme):
    got = _all(db, scheme, [
        "Tenants at Carlton House say their landlord left them without heating for six "
        "weeks in January.",
        "Their complaints about the boiler were passed to the managing agent, Harrow "
        "Lettings, which runs the block, in early December.",
        "Harrow Lettings said every repair request had been logged and answered within two "
        "days.",
    ])
    assert got[2].label == "denial", got[2].label_reason


def test_party_after_a_preposition_is_not_the_speaker(db, scheme):
    got = _all(db, scheme, [
        "Tenants say their landlord has left the lifts broken since June.",
        "Tenants of Harrow Lettings, the block's landlord, say they have written to it "
        "four times.",
        "Harrow Lettings said every repair request had been logged and answered within two "
        "days.",
    ])
    assert got[2].label == "denial", got[2].label_reason
