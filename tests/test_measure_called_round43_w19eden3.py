"""The penalised side calling the measure taken against it a wrong ("called the duties
'disguised protectionism'", "said the penalty was excessive") answers the allegation the
measure rests on: a denial, though its words name a wrong (forty-third round, issue 11, bug
fix on branch w19eden3; domain/proposals/measure_called.py, read in
dispute._measure_called; data ``deny43_measure_called`` in data/cues/en.json). A
campaigner who accused before and calls the fine derisory goes on as before; so does a
speaker calling the fine a welcome first step, and a writers' union condemning the ban
of a book.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

TRADE = ["The European Commission has imposed anti-dumping duties of up to 40% on aluminium "
         "foil from Vietnam, saying exporters sold it below cost.",
         "The Commission said its inquiry had found prices 30% under the cost of production."]
FINE = ["The Gambling Regulator has fined Lucky Lane Bingo 80,000 pounds after finding that "
        "it let self-excluded players back into its halls.",
        "The regulator said staff had ignored its own exclusion list for a year."]


def _last(db, scheme, sentences):
    """The proposal on an article's last sentence, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")[-1]


def test_duties_called_protectionism(db, scheme):
    got = _last(db, scheme, TRADE + [
        "Vietnam's trade ministry said Brussels had overlooked the exporters' cost data "
        "and called the duties \"disguised protectionism\"."])
    assert got.label == "denial", got.label_reason
    assert "a penalty called a wrong" in got.label_reason


def test_penalty_said_excessive(db, scheme):
    for said in ("Lucky Lane's managing director, Gordon Pike, said the penalty was excessive "
                 "and unfair to its staff.",
                 "Lucky Lane's managing director, Gordon Pike, called the fine \"an outrageous "
                 "abuse of power\"."):
        got = _last(db, scheme, FINE + [said])
        assert got.label == "denial", (said, got.label_reason)


def test_near_misses_stay_as_before(db, scheme):
    campaign = FINE + ["Gambling with Lives, which first raised the complaint, said the halls "
                       "had broken the rules for years.",
                       "The group called the fine derisory and urged a licence review."]
    got = _last(db, scheme, campaign)
    assert "a penalty called a wrong" not in got.label_reason, got.label_reason
    got = _last(db, scheme, FINE + ["Gambling with Lives said the fine was a welcome "
                                    "first step."])
    assert "a penalty called a wrong" not in got.label_reason, got.label_reason


def test_near_miss_ban_condemned_by_others(db, scheme):
    book = ["The state schools board has removed a novel about a mining strike from school "
            "libraries, saying it glorifies violence.",
            "The board said parents had complained about two chapters."]
    got = _last(db, scheme, book + [
        "The Writers' Guild condemned the ban as an attack on free expression."])
    assert "a penalty called a wrong" not in got.label_reason, got.label_reason
