"""A story's opening sentence closed by its finder (", an employment tribunal has ruled.")
has the finder as its source, not the person named next (thirty-third round, issue 11, bug
fix on branch w3tribunal; reading._finder_closing).

The try article: "A nurse who was sacked weeks after reporting medication errors at a
Northfield care home was unfairly dismissed, an employment tribunal has ruled." proposed the
nurse named in the next sentences (Joanne Pritchard); the tribunal speaks. Every sentence but
the try article's is invented for this test."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_tribunal_rules_not_the_nurse(db, scheme):
    got = _all(db, scheme, [
        "A nurse who was sacked weeks after reporting medication errors at a Northfield care "
        "home was unfairly dismissed, an employment tribunal has ruled.",
        "Joanne Pritchard, 47, worked at Elmbrook House on Carter Lane for six years before "
        "she was dismissed in March 2025 by its operator, Larchwood Care Group.",
        "The tribunal in Leeds heard that Mrs Pritchard had told managers in January that "
        "residents were being given doses late or not at all on night shifts.",
    ])
    assert got[0].name == "employment tribunal", got[0].reason
    assert got[2].name == "Joanne Pritchard"


# --- the class, on sentences of our own ---

def test_a_tribunal_has_found(db, scheme):
    got = _all(db, scheme, [
        "A bus driver who was sacked after raising safety concerns about worn tyres was "
        "unfairly dismissed, a tribunal has found.",
        '"I was told to keep quiet or find another job," Gary Walsh told the hearing.',
    ])
    assert got[0].name == "tribunal", got[0].reason
    assert got[1].name == "Gary Walsh"


def test_the_housing_ombudsman_has_concluded(db, scheme):
    got = _all(db, scheme, [
        "A housing association left a disabled tenant without a working lift for five months, "
        "the housing ombudsman has concluded.",
        "Maureen Platt, 71, said she had been unable to leave her flat for weeks.",
    ])
    assert got[0].name == "housing ombudsman", got[0].reason


def test_a_court_has_ruled(db, scheme):
    got = _all(db, scheme, [
        "A landlord who kept tenants' deposits in his own account must repay more than "
        "£12,000, a court has ruled.",
        "Tenant Priya Shah said she had waited two years for her money.",
    ])
    assert got[0].name == "court", got[0].reason


# --- near misses: what the finder does not close stays as it was ---

def test_a_named_speaker_closing_is_unchanged(db, scheme):
    got = _all(db, scheme, [
        "A nurse was unfairly dismissed after reporting medication errors, the Royal College "
        "of Nursing said.",
    ])
    assert got[0].name == "Royal College of Nursing"


def test_a_finding_later_in_the_story_is_not_read(db, scheme):
    got = _all(db, scheme, [
        "Gary Walsh said he was sacked after raising safety concerns about worn tyres.",
        "He was unfairly dismissed, the tribunal ruled.",
    ])
    assert "finder" not in got[1].reason
