"""'Beaten' in a contest is no wrong (thirty-third round, issue 11, bug fix on branch
i11try33f; domain/proposals/contest.py, data ``accuse33_contest``).

A try on an article of the team's own: a country town wins the right to host a basketball
championship; "Hoops Australia announced the decision on Thursday, saying the town's new
$14 million sports centre had beaten bids from Geelong and Townsville" was proposed as an
accusation ("reported wrongdoing 'beaten'"), and with the body counted as an accuser the
article's later quotes were proposed as accusations and denials. A bid, a side, a rival
beaten is a contest won or lost; "beaten by police", "beaten up", "beat a prisoner" stay
wrongs.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_MALLEE = [
    "The small Victorian town of Mallee Creek will host the national under-18 women's "
    "basketball championships next July, the first time the event has been held outside a "
    "capital city.",
    "Hoops Australia announced the decision on Thursday, saying the town's new $14 million "
    "sports centre had beaten bids from Geelong and Townsville.",
    '"Mallee Creek put forward the strongest bid we have seen in a decade," Hoops Australia '
    "chief executive Marnie Tolhurst said.",
]


def _all(db, scheme, sentences, language="en"):
    return accepted(db, scheme, sentences, language)


# --- the try's case ---

def test_a_bid_beaten_is_no_accusation(db, scheme):
    got = _all(db, scheme, _MALLEE)
    assert got[1].label == "claim", got[1].label_reason
    assert "contest" in got[1].label_reason
    assert got[1].name == "Hoops Australia"
    assert got[2].label != "accusation", got[2].label_reason


def test_a_side_beaten_is_no_accusation(db, scheme):
    got = _all(db, scheme, ["The Wanderers lost their third game in a row on Saturday.",
                            "The coach said the team had been beaten by a better side."])
    assert got[1].label == "claim", got[1].label_reason


# --- the class, on sentences of our own ---

def test_rivals_beaten_in_a_final(db, scheme):
    got = _all(db, scheme, ["Riverside Rovers won the county cup on Sunday.",
                            "The club said its under-21s had beaten their rivals 3-1 in the "
                            "final."])
    assert got[1].label == "claim", got[1].label_reason


def test_beaten_by_votes(db, scheme):
    got = _all(db, scheme, ["The recount was completed on Tuesday.",
                            "Councillor Dave Marsh said he had been beaten by 40 votes and "
                            "would not seek a second recount."])
    assert got[1].label != "accusation", got[1].label_reason


def test_a_city_beat_other_bids(db, scheme):
    got = _all(db, scheme, ["Northport will host the 2028 sailing world championships.",
                            "The mayor, Helen Ward, said the city had beaten two other bids "
                            "to stage the event."])
    assert got[1].label == "claim", got[1].label_reason


# --- near misses: violence stays a wrong ---

def test_beaten_by_police_stays_an_accusation(db, scheme):
    got = _all(db, scheme, ["Hundreds marched through the capital on Friday.",
                            "One protester said he was beaten by police."])
    assert got[1].label == "accusation", got[1].label_reason


def test_beaten_up_after_a_final_stays_an_accusation(db, scheme):
    got = _all(db, scheme, ["Trouble broke out outside the ground on Saturday.",
                            "A supporter said he was beaten up outside the stadium after "
                            "the final."])
    assert got[1].label == "accusation", got[1].label_reason


def test_a_team_beaten_by_stewards_stays_an_accusation(db, scheme):
    got = _all(db, scheme, ["Trouble broke out outside the ground on Saturday.",
                            "The away team's manager said his players had been beaten by "
                            "stewards in the tunnel."])
    assert got[1].label == "accusation", got[1].label_reason


def test_a_prisoner_beaten_stays_an_accusation(db, scheme):
    got = _all(db, scheme, ["Conditions at Kirkham jail have worsened, a report found.",
                            "The inspector said guards had beaten a prisoner in his cell."])
    assert got[1].label == "accusation", got[1].label_reason
