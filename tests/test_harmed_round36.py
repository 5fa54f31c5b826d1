"""One the article talked of only as harmed is not the accused side when they speak
(thirty-sixth round, issue 11, bug fix on branch w8court2; spoken_of.talked_of, data
``harmed`` in ``label19_talked_of`` of ``data/cues/en.json``).

The lead's blind try: a scaffolding firm fined after a labourer fell from a platform. "The
court heard that Kieran Matthews, 24, fell more than five metres ..." and at the end "Mr
Matthews, who is still unable to work, said after the hearing that he hoped no other worker
would go through what he had." was proposed a denial: "the accused side's reply (Kieran
Matthews: the article talked of 'kieran' before it spoke)". The article talked of him, but
only as the one harm came to (he fell, was injured, was hurt, died): the injured worker, not
the party accused; the company is. The class: a person whose first mention is followed, after
an apposition, by what befell them. Near misses: the accused person talked of first by an act
of their own still speaks for the accused side.

The lead article's lines are the lead's own blind try; every other sentence is invented for
this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_COURT = [
    "A scaffolding company has been fined £180,000 after a labourer suffered a broken back "
    "when he fell through a gap in a platform at a building site in Swindon.",
    "Ridgeway Access Ltd admitted breaching health and safety law at Swindon Crown Court on "
    "Monday.",
    "The court heard that Kieran Matthews, 24, fell more than five metres in March 2024 while "
    "carrying boards across a platform on which two guard rails were missing.",
]
_HOPED = ("Mr Matthews, who is still unable to work, said after the hearing that he hoped no "
          "other worker would go through what he had.")



def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_injured_worker_is_no_denial(db, scheme):
    got = _all(db, scheme, [*_COURT, _HOPED])
    hoped = got[3]
    assert hoped.label != "denial", hoped.label_reason
    assert "accused side" not in hoped.label_reason
    assert hoped.name == "Kieran Matthews"


# --- the class, on sentences of our own ---

def test_one_injured_or_hurt_is_not_the_accused_side(db, scheme):
    got = _all(db, scheme, [
        *_COURT[:2],
        "The court heard that Paul Denton, 51, was seriously injured when a reversing "
        "lorry pinned him against a trailer.",
        "Mr Denton, who is still unable to work, said after the hearing that he hoped no "
        "other worker would go through what he had.",
    ])
    assert got[3].label != "denial", got[3].label_reason
    assert "accused side" not in got[3].label_reason


def test_one_hit_by_a_load_is_not_the_accused_side(db, scheme):
    got = _all(db, scheme, [
        *_COURT[:2],
        "The court heard that Amir Khan, a roofer from Didcot, was struck by a falling board "
        "in 2023.",
        "Mr Khan, who is still unable to work, said after the hearing that he hoped no other "
        "worker would go through what he had.",
    ])
    assert "talked of" not in got[3].label_reason, got[3].label_reason
    assert got[3].label != "denial", got[3].label_reason


# --- near misses that must not change ---

def test_the_accused_person_talked_of_first_still_replies(db, scheme):
    got = _all(db, scheme, [
        *_COURT[:2],
        "The court heard that Gary Hale, 44, removed two guard rails in March 2024 to speed "
        "up the work.",
        "Mr Hale, who still works for the firm, said after the hearing that the rails had "
        "been put back the same day.",
    ])
    # (the thirty-ninth round: "that he hoped ..." here is a feeling, context, as right after
    # the verb (t39b1); the reply is now one of fact, which still answers as the accused)
    assert got[3].label == "denial", got[3].label_reason
    assert "talked of" in got[3].label_reason


def test_hit_a_pedestrian_is_no_harm_done_to_him(db, scheme):
    got = _all(db, scheme, [
        *_COURT[:2],
        "The court heard that Liam Porter, 29, hit a worker with a forklift in March 2024.",
        "Mr Porter, who still works for the firm, said after the hearing that the forklift's "
        "brakes had failed.",
    ])
    assert got[3].label == "denial", got[3].label_reason
    assert "talked of" in got[3].label_reason
