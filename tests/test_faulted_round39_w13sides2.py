"""The other side's evidence faulted is a denial (thirty-ninth round, issue 11, branch
w13sides2; faulted.py, data ``deny39_faulted`` in data/cues/en.json).

The class, seen on the tuned-on sets: a speaker saying what a figure, a report or a study in
the dispute wrongly counted, confused or compared ("said the group's figure counted delayed
flights that were scheduled before 11.30pm", "The researchers have confused diagnostic
signals with advertising data") was proposed a claim by its speech verb. The guidelines:
anyone saying one side's statement is wrong makes a denial.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A tenants' union has accused a housing association in Grimsby of leaving more "
         "than 600 repairs unfinished for over a year.")
_UNION = ("\"People have been living with broken boilers since last winter,\" said the "
          "union's secretary, Janet Cole.")


def _last(db, scheme, sentence: str):
    return accepted(db, scheme, [_LEDE, _UNION, sentence], "en")[-1]


# --- the class: what the evidence counted, confused or compared ---

def test_a_figure_that_counted_the_wrong_things_is_a_denial(db, scheme):
    got = _last(db, scheme, "Estate manager Paul Grady said the union's figure counted "
                            "repairs that tenants had cancelled themselves.")
    assert got.label == "denial", got.label_reason
    assert "evidence faulted" in got.label_reason


def test_researchers_who_confused_is_a_denial(db, scheme):
    got = _last(db, scheme, "Paul Grady said the researchers had confused maintenance "
                            "requests with complaints.")
    assert got.label == "denial", got.label_reason


def test_a_survey_compared_with_the_wrong_thing_is_a_denial(db, scheme):
    got = _last(db, scheme, "Councillor Amir Shah said the survey compared waiting times "
                            "with national targets, not with the association's own contract.")
    assert got.label == "denial", got.label_reason


# --- near misses that must not change ---

def test_the_speakers_own_figures_are_not_faulted(db, scheme):
    got = _last(db, scheme, "The union said its figures counted every repair logged since "
                            "January.")
    assert "evidence faulted" not in got.label_reason, got.label_reason


def test_a_report_that_included_recommendations_is_not_faulted(db, scheme):
    got = _last(db, scheme, "The council said the report included 14 recommendations for "
                            "the association.")
    assert "evidence faulted" not in got.label_reason, got.label_reason


def test_a_figure_from_a_source_with_no_contrast_is_not_faulted(db, scheme):
    got = _last(db, scheme, "Councillor Amir Shah said the figure came from the "
                            "association's repair logs.")
    assert "evidence faulted" not in got.label_reason, got.label_reason
