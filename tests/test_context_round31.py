"""English statements the rules proposed as claims where gold has context (thirty-first round,
issue 11, branch i11enclaim31; data ``context31_own_measure`` and ``context31_referred``,
read by own_measure.py where the sentence would otherwise be a claim by reported speech).

The guidelines: procedure stated by a named speaker is context with that speaker, not a
claim. Two shapes of it:

- a measure the speaker says it took itself, its own pronoun right after the speech verb
  ("said it had paused new placements", "said it had banned all e-scooters from its
  sites"); not a named body as the subject ("said the company had stopped ..."), not the
  verbs the accused side answers with ("removed", "stopped"), not negated, and not where the
  sentence states the wrong the measure punishes (that stays an accusation);
- the matter said to be another body's ("said petitions were a matter for the courts");
  not "a matter for concern", not negated.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Residents of Carrow Bay say a quarry run by Hillmead Aggregates has been dumping "
         "silt into the estuary since June.")
_FIRE = ("A fire that destroyed a warehouse in Dunmore last month was started by a faulty "
         "charger, investigators say.")


def test_a_measure_the_speaker_took_itself_is_context(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Calder County Council said it had paused new dredging permits in the bay.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "it had paused" in got[1].label_reason
    assert got[1].name == "Calder County Council"


def test_a_ban_after_that_is_the_speakers_own_measure(db, scheme):
    got = accepted(db, scheme, [
        _FIRE,
        "The warehouse's owner, Brightline Storage, said that it has banned all chargers "
        "from its units and was seeking damages from the supplier.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "it has banned" in got[1].label_reason


def test_a_contract_terminated_is_the_speakers_own_measure(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A haulage firm that carried the silt, Norcott Freight, said it had terminated its "
        "contract with the quarry.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason


def test_a_named_body_as_the_subject_is_not_the_speakers_measure(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A harbour official said the quarry had suspended dumping in August.",
    ], "en")
    assert "the speaker took" not in got[1].label_reason


def test_removing_is_not_read_as_a_measure(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Hillmead Aggregates said it had removed 4,000 tonnes of silt from the shore.",
    ], "en")
    assert "the speaker took" not in got[1].label_reason


def test_a_measure_not_taken_is_not_read(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Calder County Council said it had not paused any permits.",
    ], "en")
    assert "the speaker took" not in got[1].label_reason


def test_a_suspension_for_a_wrong_stated_stays_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The sailing club said it had suspended a member for falsifying race results.",
    ], "en")
    assert "the speaker took" not in got[1].label_reason
    assert got[1].label == "accusation", got[1].label_reason


def test_a_matter_for_another_body_is_context(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The Marine Management Organisation said the silt in the bay was a matter for the "
        "Environment Agency.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "was a matter for" in got[1].label_reason
    assert got[1].name == "Marine Management Organisation"


def test_matters_for_the_courts_is_context(db, scheme):
    got = accepted(db, scheme, [
        _FIRE,
        "The county's fire chief, Owen Price, said claims for the lost stock were matters "
        "for the insurers.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason


def test_a_matter_for_concern_is_not_given_to_a_body(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A local councillor, Maeve Doran, said the silt levels were a matter for concern.",
    ], "en")
    assert "another body" not in got[1].label_reason


def test_not_a_matter_for_a_body_is_not_read(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Hillmead Aggregates said the silt was not a matter for the regulator.",
    ], "en")
    assert "another body" not in got[1].label_reason


def test_a_promise_they_made_recounted_in_a_quotation_is_no_plan(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        '"They came to the harbour in June and promised us new moorings," said Ellen '
        'Rook, who fishes from the bay.',
    ], "en")
    assert "promise or plan" not in got[1].label_reason
    assert got[1].label != "context", got[1].label_reason


def test_a_promise_kept_recounted_in_a_quotation_is_no_plan(db, scheme):
    got = accepted(db, scheme, [
        _FIRE,
        '"We promised the staff new chargers, and that promise was kept in a week," the '
        'warehouse manager, Tom Reyes, said.',
    ], "en")
    assert "promise or plan" not in got[1].label_reason


def test_a_promise_made_in_a_quotation_stays_a_plan(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        '"We promised to clean the shore by spring," said Hillmead\'s manager, Ian Hale.',
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "promise or plan" in got[1].label_reason


def test_a_promise_in_narration_stays_a_plan(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The county has promised to dredge the harbour mouth next year.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
