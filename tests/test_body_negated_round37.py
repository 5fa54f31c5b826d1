"""A speaker who says "the <body> had not <done the act alleged>" denies it, as "it had not"
already did (thirty-seventh round, issue 11, bug fix on branch t37a2;
domain/proposals/negated_act.py, data ``deny37_body_negated`` in data/cues/en.json).

The try article: parents accuse a primary school's leaders of keeping money paid for a
cancelled trip; then "Headteacher Anita Gormley said the centre had cancelled the booking
after a staffing shortage and the school had not kept any of the money." was proposed a
claim. The negated act of the accused body, on the thing alleged (money kept), was read only
after a pronoun ("The school said it had not kept any of the money" was already a denial).
Now "the <body noun>" before the negation is read as the pronoun is, unless an allegation
before was of a failure to act ("failing to protect their deposits"), where a body's "had
not protected" confirms the wrong.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Parents at a primary school in Chesterfield have accused its leaders of keeping "
         "money paid for a residential trip that was cancelled in October.")
_PAID = ("Families at Brookfield Lane Primary School paid £285 per child for a three-night "
         "stay at an outdoor centre in the Peak District, which was called off five days "
         "before the coach was due to leave.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_try_article_headteacher_denies(db, scheme):
    got = _all(db, scheme, [
        _LEDE, _PAID,
        "More than 40 parents have signed a letter to the governing body saying they were "
        "offered only a credit note towards a trip next year.",
        "Headteacher Anita Gormley said the centre had cancelled the booking after a staffing "
        "shortage and the school had not kept any of the money.",
    ])
    assert got[3].label == "denial", got[3].label_reason
    assert got[3].name == "Anita Gormley"


# --- the class, on sentences of our own ---

def test_a_body_noun_before_the_negation(db, scheme):
    got = _all(db, scheme, [
        _LEDE, _PAID,
        "Deputy head Martin Shaw said the school had not kept any of the money.",
    ])
    assert got[2].label == "denial", got[2].label_reason
    assert got[2].name == "Martin Shaw"


def test_never_and_another_body(db, scheme):
    got = _all(db, scheme, [
        "Tenants have accused a Plymouth letting agent of keeping deposits after they moved "
        "out.",
        "Gareth Lomas, who runs the business, said the agency had never kept a tenant's "
        "deposit without a reason.",
    ])
    assert got[1].label == "denial", got[1].label_reason


# --- near misses that must not change ---

def test_a_failure_alleged_is_confirmed_not_denied(db, scheme):
    got = _all(db, scheme, [
        "Tenants have accused a Plymouth letting agent of failing to protect their deposits.",
        "Housing charity Shelter Point said the agency had not protected the deposits of at "
        "least 11 tenants.",
    ])
    assert got[1].label != "denial", got[1].label_reason


def test_the_accusing_side_stays(db, scheme):
    got = _all(db, scheme, [
        "Residents of a Leeds estate have accused the city council of ignoring reports about "
        "a flooded underpass.",
        "Colin Mawer, who chairs the residents' association, said the council had not "
        "repaired the drains despite 14 reports.",
    ])
    assert got[1].label != "denial", got[1].label_reason


def test_what_the_body_did_not_receive_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Headteacher Anita Gormley said the school had not received any refund from the "
        "centre yet.",
    ])
    assert got[1].label != "denial", got[1].label_reason


def test_another_act_on_the_thing_alleged_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        "Tenants have accused a Plymouth letting agent of keeping deposits after they moved "
        "out.",
        "Priya Nandakumar, a nurse, said the agency had never returned her deposit of £950.",
    ])
    assert got[1].label != "denial", got[1].label_reason


def test_another_act_told_by_the_accuser_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        "Tenants have accused a Plymouth letting agent of keeping deposits after they moved "
        "out.",
        '"We left the flat spotless," said Priya Nandakumar, a nurse who rented a flat in '
        "Stonehouse.",
        "She said the agency had not returned the deposit despite two promises.",
    ])
    assert got[2].label != "denial", got[2].label_reason
