"""Who lodges a matter with a body is the source of the sentence that says so, with no speech
verb in it (thirty-fourth round, issue 11, try helper t34edu; domain/proposals/acting.py,
lodging_at; data ``speaker34_lodging``).

The try article (English education news, written blind): "The union has referred the case
to the Office of the Independent Adjudicator, the complaints body for higher education in
England and Wales." The label was right (a complaint lodged with a body: an accusation) but
its source was "narration: no speech verb"; the guidelines make it an accusation by whoever
lodged it, the union the article named. The same shape in the readable sets ("The tenants'
association has now referred the council to the Housing Ombudsman", "The association has
applied to New Forest District Council for a review of the festival's licence") had no
source either.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "The University of Hallam Vale has been accused by its students' union of raising "
    "tuition fees for international students part-way through their courses.")
_UNION = (
    "The Hallam Vale Students' Union said about 1,400 students from outside the UK had been "
    "told in September that their fees would rise by 6.5 per cent.")
_REFERRED = (
    "The union has referred the case to the Office of the Independent Adjudicator, the "
    "complaints body for higher education in England and Wales.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article ---

def test_the_union_that_referred_the_case_is_the_source(db, scheme):
    referred = _all(db, scheme, [_OPENING, _UNION, _REFERRED])[2]
    assert referred.label == "accusation", referred.label_reason
    assert referred.name == "Hallam Vale Students' Union", referred.reason


# --- the class, on sentences of our own ---

def test_a_group_referring_a_school_to_the_ombudsman(db, scheme):
    got = _all(db, scheme, [
        "Parents at Oakfield Primary say the school excluded their children without "
        "following the law.",
        "The Oakfield Parents' Group said 11 pupils had been sent home without a written "
        "reason.",
        "The group has referred the school to the Local Government Ombudsman.",
    ])
    assert got[2].name == "Oakfield Parents' Group", got[2].reason


def test_an_association_applying_to_the_council_for_a_review(db, scheme):
    got = _all(db, scheme, [
        "Residents say the Brackley Fields festival kept them awake until 3am for four "
        "nights.",
        "The Brackley Residents' Association said it had recorded noise above the licence "
        "limit on every night.",
        "The association has applied to Brackley District Council for a review of the "
        "festival's licence.",
    ])
    assert got[2].name == "Brackley Residents' Association", got[2].reason


# --- near misses: no party lodges anything ---

def test_applying_to_build_lodges_nothing(db, scheme):
    got = _all(db, scheme, [
        "Harbour Homes has applied to the council to build 64 homes on the playing field.",
    ])
    assert got[0].name is None, got[0].reason


def test_a_passive_referral_has_no_party_acting(db, scheme):
    got = _all(db, scheme, [
        "The pupil was referred to the council's education welfare team.",
    ])
    assert got[0].name is None, got[0].reason


def test_a_negated_referral_lodges_nothing(db, scheme):
    got = _all(db, scheme, [
        "Parents at Oakfield Primary say the school excluded their children without "
        "following the law.",
        "The Oakfield Parents' Group said 11 pupils had been sent home without a written "
        "reason.",
        "The group has not referred the matter to the ombudsman.",
    ])
    assert got[2].name is None, got[2].reason


def test_a_pronoun_that_refers_a_case_is_not_read(db, scheme):
    got = _all(db, scheme, [
        "Kingsmere Rovers have been charged by the league with breaking its spending rules.",
        "Kingsmere Rovers said it had followed every rule.",
        "It has referred the case to an independent commission.",
    ])
    assert got[2].name is None, got[2].reason
