""""The <noun>" never means a body of members whose name holds that noun only as a
qualifier (thirty-fourth round, issue 11, bug fix on branch w4noun;
domain/proposals/article_kinds.py ``qualifies_another``, speakers_english.py
``_of_its_kind``, entities.py ``fullest``).

The try article: the housing minister's figures, then "The Local Government Association,
which represents councils, welcomed the increase ...", then "The government has pledged to
deliver 1.5 million new homes ...": the government was proposed as the Local Government
Association, a name where "Government" only says whom the association's members are. The
same try saw "the college" proposed as "Kingsmere College Staff Association". A name's
head (its last noun, or the noun before its "of") is what "the <noun>" picks out: "the
association" is the Local Government Association, "the government" is not.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article ---

_HOMES = [
    "Councils in England started building 11,400 homes for social rent in the year to "
    "September, the highest figure since the late 1990s, the housing minister told MPs on "
    "Tuesday.",
    "Answering questions in the Commons, Lucy Trenholm said the rise showed that changes to "
    "council borrowing rules announced last year were \"starting to bear fruit\".",
    "The figures, published by the Ministry of Housing on Monday, show starts rose by 38 per "
    "cent compared with the previous year.",
    "The Local Government Association, which represents councils, welcomed the increase but "
    "warned that rising construction costs could stall schemes already approved.",
    "Its housing spokesperson, Councillor Fatima Oyelaran, said 60 councils had paused at "
    "least one development this year because tenders came in over budget.",
    "Ms Trenholm said she would meet council leaders in January to discuss a new fund for "
    "stalled sites.",
    "The government has pledged to deliver 1.5 million new homes of all types during this "
    "parliament.",
]


def test_the_try_article_government_is_no_local_government_association(db, scheme):
    got = _all(db, scheme, _HOMES)[-1]
    assert got.name != "Local Government Association", got.reason
    assert got.name is None or "government" in got.name.casefold()


# --- the class, on sentences of our own ---

def test_the_government_after_the_association_spoke(db, scheme):
    got = _all(db, scheme, [
        "The Local Government Association said rising construction costs could stall "
        "schemes already approved.",
        "The government said it would publish a plan for stalled sites in January.",
    ])
    assert got[0].name == "Local Government Association"
    assert got[1].name != "Local Government Association", got[1].reason


def test_the_college_is_no_staff_association_of_it(db, scheme):
    got = _all(db, scheme, [
        "Lecturers at Kingsmere College in Elmsworth walked out on Monday in a dispute over "
        "pay.",
        "The Kingsmere College Staff Association said its members had not had a pay rise in "
        "three years.",
        "The college said it had made a fair offer and regretted the strike.",
    ])
    assert got[1].name == "Kingsmere College Staff Association"
    assert got[2].name == "Kingsmere College", got[2].reason


def test_the_college_named_only_inside_the_association_name(db, scheme):
    got = _all(db, scheme, [
        "The Kingsmere College Staff Association said its members had not had a pay rise in "
        "three years.",
        "The college said it had made a fair offer and regretted the strike.",
    ])
    assert got[1].name != "Kingsmere College Staff Association", got[1].reason


def test_the_police_is_no_police_federation(db, scheme):
    got = _all(db, scheme, [
        "The Metropolitan Police Service said 40 officers had been suspended this year.",
        "The Police Federation said morale among officers was at a record low.",
        "The police said the suspensions followed misconduct hearings.",
    ])
    assert got[1].name == "Police Federation"
    assert got[2].name == "Metropolitan Police Service", got[2].reason


def test_the_university_is_no_students_union(db, scheme):
    got = _all(db, scheme, [
        "Harrowfield University announced 200 job cuts on Monday.",
        "The Harrowfield University Students' Union said the cuts would hurt teaching.",
        "The university said the cuts were unavoidable.",
    ])
    assert got[2].name != "Harrowfield University Students' Union", got[2].reason


# --- near misses: the head noun still picks its body out ---

def test_the_association_is_still_the_association(db, scheme):
    got = _all(db, scheme, [
        "The Local Government Association said rising construction costs could stall "
        "schemes already approved.",
        "Ms Trenholm said she would meet council leaders in January.",
        "The association said it would respond in writing.",
    ])
    assert got[2].name == "Local Government Association", got[2].reason


def test_the_council_and_the_trust_still_resolve(db, scheme):
    got = _all(db, scheme, [
        "The Kingsmere College Staff Association said its members had not had a pay rise in "
        "three years.",
        "Elmsworth Learning Trust, which runs the college, said talks would resume.",
        "The trust said it hoped to reach a deal.",
        "Castlebridge Borough Council said it was monitoring the dispute.",
        "The council said it had no role in pay talks.",
        "The association said it would ballot members again.",
    ])
    assert got[2].name == "Elmsworth Learning Trust"
    assert got[4].name == "Castlebridge Borough Council"
    assert got[5].name == "Kingsmere College Staff Association"


def test_the_union_of_a_name_with_of(db, scheme):
    got = _all(db, scheme, [
        "The National Union of Teachers said schools were short of staff.",
        "The union said it would write to the education secretary.",
    ])
    assert got[1].name == "National Union of Teachers"


def test_the_hospital_is_still_its_trust(db, scheme):
    got = _all(db, scheme, [
        "Kingston Hospital NHS Foundation Trust said 300 patients had waited more than six "
        "weeks for scans.",
        "A patient, Mary Cole, said she had waited eleven weeks.",
        "The hospital said it had hired extra staff to clear the backlog.",
    ])
    assert got[2].name == "Kingston Hospital NHS Foundation Trust", got[2].reason
