"""A family named by a person's possessive speaks through the lawyer it names (thirty-eighth
round, issue 11, bug fix on branch t38c5; domain/proposals/speakers_proposed.family_through).

The try article (an inquest into a cyclist's death): "Ms Fitch's family, through their
solicitor Rachel Oduya, has accused Kennet Valley Haulage of failing to fit the lorry with a
side-scan sensor ..." was proposed as an accusation by Eleanor Fitch, the cyclist who died:
the possessive's owner was read as the subject. The guidelines: a family the sentence only
describes that speaks through a named person takes that person's name. "<Name>'s family,
through <its role>, <Person>," and, in English, "through their solicitor <Person>," with no
comma before the name ("The Fitch family, through their solicitor Rachel Oduya,") now give
that person, as "The family, through its lawyer, Jane Moss, said" did.

Every sentence here is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A lorry driver told an inquest he did not see a cyclist in his mirrors before "
         "turning left, moments before she was crushed beneath his trailer.")
_DIED = ("Eleanor Fitch, 34, a physiotherapist from Old Town, died at the scene on Cheney "
         "Manor Road in Swindon on 14 March.")


def _last(db, scheme, sentence, before=(_LEDE, _DIED)):
    return accepted(db, scheme, [*before, sentence], "en")[-1]


# --- the try article's case ---

def test_the_try_article_family_through_solicitor(db, scheme):
    got = _last(db, scheme, "Ms Fitch's family, through their solicitor Rachel Oduya, has "
                            "accused Kennet Valley Haulage of failing to fit the lorry with a "
                            "side-scan sensor that had been standard on its newer vehicles "
                            "since 2021.")
    assert got.name == "Rachel Oduya", got.reason


# --- the class, on sentences of our own ---

def test_the_name_between_commas(db, scheme):
    got = _last(db, scheme, "Ms Fitch's family, through their lawyer, Daniel Okafor, said the "
                            "company had ignored warnings about the junction.")
    assert got.name == "Daniel Okafor", got.reason


def test_a_spokesperson_with_no_comma(db, scheme):
    got = accepted(db, scheme, [
        "A teenager who died after a fall at a trampoline park had not been given a safety "
        "briefing, an inquest heard.",
        "Callum Reyes, 15, from Dudley, suffered a head injury at the park in March.",
        "Callum's family, through their spokeswoman Jo Perrin, said the park had been warned "
        "about the same equipment a year earlier.",
    ], "en")[-1]
    assert got.name == "Jo Perrin", got.reason


def test_the_family_named_by_its_own_name_with_no_comma(db, scheme):
    got = _last(db, scheme, "The Fitch family, through their solicitor Rachel Oduya, has "
                            "accused Kennet Valley Haulage of failing to fit the sensor.")
    assert got.name == "Rachel Oduya", got.reason


# --- near misses that must not change ---

def test_a_statement_released_through_a_body_is_no_person(db, scheme):
    got = _last(db, scheme, "Ms Fitch's family, through a statement released by Wiltshire "
                            "Police, said she had been a careful and experienced cyclist.")
    assert got.name != "Wiltshire Police", got.reason
