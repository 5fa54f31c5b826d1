"""An order given to workers, told by the accusing side, is the wrong ordered (thirty-second
round, issue 11, bug fix on branch i11tryfix32d; data ``label21_instructed`` gains
"ordered" beside told/asked/pressed/instructed/directed).

The lead's article: dock workers accuse a terminal operator of keeping cracked cranes in
service; "According to Moore, a supervisor ordered crews to keep working on the night of
October 28 despite high winds." was proposed a claim, as "ordered" was not among the verbs of
an instruction others were given ("supervisors asked fitters to ..." was read so).

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = [
    "Dock workers at the Seaforth container terminal have accused the operator, Mersey "
    "Gateway Terminals, of keeping two cranes in service after engineers flagged cracks in "
    "their booms.",
    '"We raised it, we put it in writing, and they carried on loading ships," branch '
    "secretary Kevin Moore told reporters outside the gates.",
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the lead's case ---

def test_the_lead_article_order_to_crews_is_an_accusation(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "According to Moore, a supervisor ordered crews to keep working on the night of "
        "October 28 despite high winds.",
    ])
    assert got.label == "accusation", got.label_reason
    assert got.name == "Kevin Moore"


# --- the class, on sentences of our own ---

def test_managers_ordered_staff_is_an_accusation(db, scheme):
    got = _last(db, scheme, [
        "Former employees have accused the recruitment firm Talentbridge of faking "
        "candidates' references.",
        "One former recruiter, Nadia Cole, said managers ordered staff to write the "
        "references themselves.",
    ])
    assert got.label == "accusation", got.label_reason


# --- near misses: "ordered" that gives no order to workers ---

def test_something_ordered_is_no_instruction(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "Moore said he ordered a coffee and waited for the manager to arrive.",
    ])
    assert got.label == "claim", got.label_reason


def test_fans_ordering_tickets_is_no_instruction(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "Moore said fans ordered tickets to the final through the club's website.",
    ])
    assert got.label == "claim", got.label_reason
