"""A complaint carried to a named body is a filed complaint, an accusation by whoever carried
it (thirty-seventh round, issue 11, bug fix on branch w10lead2; domain/proposals/carried.py,
read by lodged_with.py for the label and acting.py for the speaker; data ``label21_lodged``
"carried" in data/cues/en.json).

The lead's article: a cyclist says her club ignored her harassment complaint; then "Ms
Tranter has since left the club and has taken her complaint to British Cycling." was
proposed as context with no source: "taken" is no filing verb and "British Cycling" has no
body's head word. The guidelines: a sentence reporting that a complaint was filed is an
accusation by whoever filed it.

Near misses: "took the matter up with her manager", "took the children to school", a plan
("wants to take her complaint to"), a negated act, a person ("to Mr Ellery"), "complained
about the noise" (read as before).

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_CLUB = [
    "A cyclist has accused her club of ignoring her complaint that a senior member sent her "
    "abusive messages for more than a year.",
    "Lucy Tranter, 29, said she reported the messages to Wharfedale Wheelers' welfare officer "
    "in February but heard nothing back for four months.",
    '"I was told to keep my head down and not make a fuss before the summer races," she said.',
    "Ms Tranter has since left the club and has taken her complaint to British Cycling.",
]

_OPENING = [
    "Parents at Oakfield Juniors say the swimming club's coach shouted at their children and "
    "banned them from galas.",
    "Sarah Pike, whose son swam for the club for three years, said nobody had listened.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_taken_her_complaint_to_british_cycling(db, scheme):
    got = _all(db, scheme, _CLUB)[-1]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Lucy Tranter", got.reason


# --- the class, on sentences of our own ---

def test_took_her_complaint_to_a_governing_body(db, scheme):
    got = _all(db, scheme, [*_OPENING, "Ms Pike took her complaint to Swim England."])[-1]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Sarah Pike", got.reason


def test_taken_her_complaint_to_the_police(db, scheme):
    got = _all(db, scheme, [*_OPENING, "Ms Pike has taken her complaint to the police."])[-1]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Sarah Pike", got.reason


def test_referred_her_complaint(db, scheme):
    got = _all(db, scheme, [*_OPENING,
                            "Ms Pike has referred her complaint to England Athletics."])[-1]
    assert got.label == "accusation", got.label_reason


def test_complained_to_a_governing_body(db, scheme):
    got = _all(db, scheme, [*_OPENING, "She has since complained to Swim England."])[-1]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Sarah Pike", got.reason


# --- near misses ---

def test_matter_taken_up_with_her_manager_stays(db, scheme):
    got = _all(db, scheme, [*_OPENING, "She took the matter up with her manager."])[-1]
    assert got.label == "context", got.label_reason


def test_children_taken_to_school_stays(db, scheme):
    got = _all(db, scheme, [*_OPENING, "Ms Pike took the children to Oakfield Juniors."])[-1]
    assert got.label != "accusation", got.label_reason


def test_a_plan_or_a_negated_act_stays(db, scheme):
    got = _all(db, scheme, [
        *_OPENING,
        "Ms Pike wants to take her complaint to Swim England.",
        "Ms Pike did not take her complaint to Swim England.",
    ])
    assert "complaint lodged" not in got[-2].label_reason, got[-2].label_reason
    assert "complaint lodged" not in got[-1].label_reason, got[-1].label_reason


def test_a_person_is_no_body(db, scheme):
    got = _all(db, scheme, [*_OPENING, "Ms Pike took her complaint to Mr Dawes."])[-1]
    assert "complaint lodged" not in got.label_reason, got.label_reason


def test_complained_about_the_noise_as_before(db, scheme):
    got = _all(db, scheme, [*_OPENING, "She complained about the noise."])[-1]
    assert got.label == "accusation", got.label_reason
    assert "complaint lodged with a body" not in got.label_reason
