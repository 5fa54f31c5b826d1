"""A body's unit that speaks is the source (thirty-second round, issue 11, bug fix on branch
i11branch32; domain/proposals/body_units.py, data ``speaker32_units``).

The lead's article: dock workers accuse a terminal operator; "The Unite branch at the terminal
said engineers reported the cracks ..." proposed no source ("no speaker named"), as did "The
RMT branch said" and "The Seaforth branch of Unite said", while "The Unite union said" gave
"Unite union". The unit speaks as the article names it ("Unite branch"); a place's branch of a
body ("The Seaforth branch of Unite", "The insurer's Bekasi branch") is no side of its own: it
speaks as the body when the sentence or the article names it, else nothing new is proposed.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = "Dock workers accuse the operator of the Seaforth container terminal of ignoring " \
    "cracks in its cranes."
_LEAD = ("The Unite branch at the terminal said engineers reported the cracks in a written note "
         "on October 12, and the cranes were used for another three weeks.")


def _said(db, scheme, subject, opening=_OPENING):
    sentence = f"{subject} said engineers reported the cracks in a written note on October 12."
    return accepted(db, scheme, [opening, sentence], "en")[1]


# --- the lead's case ---

def test_the_lead_article_unit_is_the_source(db, scheme):
    got = accepted(db, scheme, [_OPENING, _LEAD], "en")[1]
    assert got.name == "Unite branch", got.reason
    assert got.label == "claim"


# --- the class, on sentences of our own ---

def test_a_union_branch_by_its_initials(db, scheme):
    assert _said(db, scheme, "The RMT branch").name == "RMT branch"


def test_a_branch_placed_after_it(db, scheme):
    assert _said(db, scheme, "The GMB branch at the terminal").name == "GMB branch"


def test_a_section_and_a_wing(db, scheme):
    assert _said(db, scheme, "The Unite section at the depot").name == "Unite section"


def test_a_wing_with_its_modifier(db, scheme):
    assert _said(db, scheme, "The Hamas military wing").name == "Hamas military wing"


def test_a_place_branch_of_a_named_body_is_the_body(db, scheme):
    assert _said(db, scheme, "The Liverpool branch of Unite").name == "Unite"


def test_a_local_branch_of_a_named_union(db, scheme):
    got = _said(db, scheme, "The local branch of the University and College Union")
    assert got.name == "University and College Union"


def test_a_place_branch_of_a_described_body_is_the_body(db, scheme):
    got = accepted(db, scheme, [
        "The national insurer Medisafe has reported a private clinic to police, accusing it "
        "of inflating treatment claims.",
        "The insurer's Harrow branch said an audit had found hundreds of claims coded as more "
        "expensive treatments than the records showed.",
    ], "en")[1]
    assert got.name == "Medisafe", got.reason


# --- near misses: nothing new ---

def test_a_place_branch_is_no_side_of_its_own(db, scheme):
    got = accepted(db, scheme, [
        "Dock workers at a container terminal in Seaforth accuse its operator of ignoring "
        "cracks in its cranes.",
        "The Seaforth branch said engineers reported the cracks in a written note on "
        "October 12."], "en")[1]
    assert got.name is None


def test_a_dateline_city_branch_is_no_side(db, scheme):
    got = _said(db, scheme, "The Seaforth branch",
                opening="SEAFORTH, Oct 3 (Halcyon) - Dock workers accuse the terminal "
                        "operator of ignoring cracks in its cranes.")
    assert got.name is None


def test_a_described_body_branch_unnamed_stays_unnamed(db, scheme):
    assert _said(db, scheme, "The union's Seaforth branch").name is None


def test_a_nationality_branch_is_no_body(db, scheme):
    assert _said(db, scheme, "The British branch").name is None


def test_the_union_itself_is_unchanged(db, scheme):
    assert _said(db, scheme, "The Unite union").name == "Unite union"


def test_a_group_is_unchanged(db, scheme):
    assert _said(db, scheme, "The Labour group").name == "Labour group"


def test_a_possessed_branch_of_a_named_body_is_unchanged(db, scheme):
    assert _said(db, scheme, "Unite's Seaforth branch").name == "Unite"


def test_a_branch_as_object_is_no_speaker(db, scheme):
    got = accepted(db, scheme, [
        _OPENING, "The operator said it had written to the Unite branch at the terminal on "
        "October 12."], "en")[1]
    assert got.name != "Unite branch"
