"""A time allowed to appeal is no appeal lodged (thirty-sixth round, issue 11, bug fix on
branch w8court3; narration.appeal_lodged, data ``scene_appeal_allowed`` in
``data/cues/en.json``).

The lead's blind try: a netball club docked points; the article ends "The club has 14 days
to lodge an appeal with England Netball." That was proposed a denial ("an appeal against the
finding: 'lodge an appeal'"), but a time allowed to appeal, or a right to, is no appeal
lodged: the club has not rejected the finding yet. Context, with no source. The class: the
appeal after "N days/weeks to", "until X to", "the right to", "can", "may". Near misses that
stay denials: an appeal lodged ("The club has lodged an appeal"); a plan stays as it was
("said it would appeal": context by the older rules).

The lead article's lines are the lead's own blind try; every other sentence is invented for
this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Northfield Netball Club has accused the Mercia Netball League of treating it unfairly "
    "after it was docked six points for fielding an unregistered player.")
_REJECTED = "The league rejected the claim of bias."
_SECRETARY = '"Every club is treated the same way," said the league\'s secretary, Colin Marsh.'
_ALLOWED = "The club has 14 days to lodge an appeal with England Netball."

_BANNED = [
    "A jockey has been banned for 21 days after the stewards found he had used his whip "
    "excessively at Haydock.",
    "Tom Marsden said he had ridden within the rules.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_time_to_appeal_is_context(db, scheme):
    got = _all(db, scheme, [_OPENING, _REJECTED, _SECRETARY, _ALLOWED])
    allowed = got[3]
    assert allowed.label == "context", allowed.label_reason
    assert allowed.name is None
    assert got[1].label == "denial"


# --- the class, on sentences of our own ---

def test_a_time_or_a_right_to_appeal_is_no_appeal_lodged(db, scheme):
    allowed = [
        "Marsden has seven days to lodge an appeal against the ban.",
        "The jockey has until Friday to file an appeal with the British Horseracing "
        "Authority.",
        "Marsden can lodge an appeal within 48 hours.",
        "He has the right to file an appeal against the suspension.",
    ]
    got = _all(db, scheme, [*_BANNED, *allowed])
    for text, line in zip(allowed, got[2:], strict=True):
        assert line.label != "denial", (text, line.label_reason)
        assert "an appeal against the finding" not in line.label_reason


# --- near misses that must not change ---

def test_an_appeal_lodged_stays_a_denial(db, scheme):
    got = _all(db, scheme, [
        *_BANNED,
        "Marsden has lodged an appeal against the ban.",
    ])
    assert got[2].label == "denial", got[2].label_reason


def test_an_appeal_lodged_within_the_time_stays_a_denial(db, scheme):
    got = _all(db, scheme, [
        *_OPENING.split("\n"),
        "The club lodged an appeal with England Netball within 14 days.",
    ])
    assert got[1].label == "denial", got[1].label_reason


def test_an_appeal_planned_stays_as_it_was(db, scheme):
    got = _all(db, scheme, [
        *_BANNED,
        "Marsden said he would appeal.",
    ])
    assert got[2].label == "context", got[2].label_reason
