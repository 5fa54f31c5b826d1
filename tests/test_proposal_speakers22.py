"""Who speaks, twenty-second round (issue 11, English speakers): the kind of a body the
article describes, "the <body noun>" and its staff as that body, an unnamed person up to
the relative clause, a name before an age and a relative clause, and the attribution
after a closing quotation. Every sentence is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.article_kinds import apposed_before
from annotator.domain.proposals.entities import entity_table
from annotator.domain.proposals.kinds import COMPANY, ORGANISATION, PERSON
from annotator.domain.proposals.lexicon import lexicon


def speakers(db, scheme, sentences, language="en"):
    return [p.name for p in accepted(db, scheme, sentences, language)]


def _kinds(sentences):
    table = entity_table(tuple(sentences), "en")
    return {e.name: e.kind for e in table.entities}


# --- the kind the article gives a name ---

def test_a_name_the_article_calls_a_club_is_a_body():
    kinds = _kinds([
        "Brackley Rovers has accused the county league of holding back its prize money.",
        "Brackley Rovers, the club at the centre of the row, was founded in 1921.",
    ])
    assert kinds["Brackley Rovers"] == ORGANISATION


def test_a_name_the_article_calls_a_retailer_is_a_company():
    kinds = _kinds(["Tandry, a discount retailer with 80 shops, was fined on Monday."])
    assert kinds["Tandry"] == COMPANY


def test_a_person_set_beside_a_body_stays_a_person():
    # a guard, passing before the change too: "a member of the club" makes no body
    kinds = _kinds([
        "Olive Brandt, a member of the club, said the fees had doubled.",
        "Ms Brandt said she would resign.",
    ])
    assert kinds["Olive Brandt"] == PERSON


def test_a_name_after_a_definite_noun_and_a_comma_takes_the_noun():
    found = apposed_before("The charity, Westmoor Hearth Trust, said the boiler had failed.",
                           lexicon("en"))
    assert found == [("charity", "Westmoor Hearth Trust")]


# --- "the <body noun>" and its staff ---

def test_a_company_spokesperson_speaks_for_the_retailer_the_article_named(db, scheme):
    got = speakers(db, scheme, [
        "Tandry, a discount retailer with 80 shops, has been fined for selling faulty "
        "heaters.",
        "A company spokesperson said the heaters had been withdrawn in March.",
    ])
    assert got[1] == "Tandry"


def test_the_firm_is_the_retailer_not_the_last_person_quoted(db, scheme):
    got = speakers(db, scheme, [
        "Tandry, a discount retailer with 80 shops, has been fined for selling faulty "
        "heaters.",
        "A shop worker who asked not to be named said the heaters were still on sale.",
        "The firm said it would appeal against the fine.",
    ])
    assert got[2] == "Tandry"


def test_the_charity_is_the_one_named_after_the_noun(db, scheme):
    got = speakers(db, scheme, [
        "Residents of a hostel in Hull say the heating has been broken for a month.",
        "The charity, Westmoor Hearth Trust, said a new boiler part had been ordered.",
        "Hull City Council said it had asked for a timetable for the repairs.",
        "The charity said it had given heaters to every room.",
    ])
    assert got[3] == "Westmoor Hearth Trust"


def test_the_operator_is_the_company_named_not_the_passenger_quoted(db, scheme):
    got = speakers(db, scheme, [
        "Kestrel Ferries cancelled four sailings on Sunday after a crew shortage.",
        "Passenger Nadia Holm said she had waited seven hours at the port.",
        "The operator said it had offered hotel rooms to every passenger.",
    ])
    assert got[2] == "Kestrel Ferries"


def test_the_firm_with_no_business_named_is_no_person(db, scheme):
    got = speakers(db, scheme, [
        "Tenants in a tower block in Slough say their lifts have failed for weeks.",
        "Resident Colm Avery said he had carried his shopping up nine floors.",
        "The firm said engineers would visit on Friday.",
    ])
    assert got[2] is None


# --- a person described or named before a relative clause ---

def test_an_unnamed_person_is_written_up_to_the_relative(db, scheme):
    got = speakers(db, scheme, [
        "A porter who asked not to be named said the lifts had failed twice a week.",
    ])
    assert got[0] == "a porter"


def test_a_name_before_an_age_and_a_relative_clause_speaks(db, scheme):
    got = speakers(db, scheme, [
        "Ivo Brennan, 47, who has lived on the estate since 2010, said the lifts had "
        "failed twice a week.",
        '"We carry the pushchairs up the stairs," he said.',
    ])
    assert got == ["Ivo Brennan", "Ivo Brennan"]


# --- the attribution after a closing quotation ---

def test_the_attribution_after_a_quotation_speaks_not_a_subject_inside_it(db, scheme):
    got = speakers(db, scheme, [
        "Brackley Rovers has accused the Eastern Counties League of holding back its "
        "prize money.",
        "The league said the club had filed its accounts late.",
        "Its chairman, Dennis Okoro, said the club had filed its accounts on time.",
        '"We sent every form the league asked for," Mr Okoro said.',
    ])
    assert got[3] == "Dennis Okoro"


def test_nobody_inside_a_quotation_is_no_speaker(db, scheme):
    got = speakers(db, scheme, [
        "Dockside Workers Union has accused the port of cutting night shifts.",
        "Port manager Alan Petrie said the shifts had been moved, not cut.",
        '"Nobody asked us," the union said.',
    ])
    assert got[2] == "Dockside Workers Union"


# --- a description is a new party, never one the article named before it ---

def test_a_contractor_described_is_not_the_landlord_named_before(db, scheme):
    got = speakers(db, scheme, [
        "Tenants have accused their landlord, Penrose Estates, of ignoring leaks.",
        "Penrose Estates denied the claims.",
        "A contractor who worked on the block said the roof needed replacing.",
        "Penrose Estates said it would replace the roof next year.",
    ])
    assert got[2] == "a contractor"


def test_a_spokesperson_for_the_firm_speaks_for_the_brand_named(db, scheme):
    got = speakers(db, scheme, [
        "FlexHub, which runs 40 gyms in Kent, charged members after they had cancelled.",
        "A spokesperson for the firm said every member charged in error would be refunded.",
    ])
    assert got[1] == "FlexHub"


def test_a_name_written_with_which_is_the_company_not_the_tenant_quoted(db, scheme):
    got = speakers(db, scheme, [
        "Tenants of a block in Leeds have sued its owner over mould.",
        "Kestwick Residential, which owns the block, said the mould was caused by tenants "
        "drying laundry indoors.",
        '"They painted over it," said Mae Orton, one of the plaintiffs.',
        "Orton said she had reported the leak 20 times.",
        "The company said it would respond in court.",
    ])
    assert got[4] == "Kestwick Residential"


def test_a_club_spokesperson_speaks_for_the_body_whose_staff_the_article_names(db, scheme):
    got = speakers(db, scheme, [
        "Brackley Rovers has accused the Eastern Counties League of withholding prize money.",
        "Brackley Rovers' chairman, Dennis Okoro, said the accounts were sent in June.",
        "League secretary Tom Reed said the accounts were late.",
        "A club spokesperson said the accounts had been sent by recorded post.",
    ])
    assert got[3] == "Brackley Rovers"


def test_the_provider_is_the_business_named_not_a_description(db, scheme):
    got = speakers(db, scheme, [
        "Relatives say carers from a home care company left visits early.",
        "Brookvale Care, which holds a council contract, denied the claims.",
        "The provider said its records showed most visits lasted the full time.",
    ])
    assert got[2] == "Brookvale Care"
