""""The judge ruled", "the coroner said" with no judge or coroner named: the description
as written ("judge"), never the party's lawyer or the witness who spoke last (thirty-seventh
round, issue 11, bug fix on branch t37c1; domain/proposals/reading.py ``_as_written``).

The try article (t37c, a wire story): a director is disqualified after an Insolvency
Service investigation; "His solicitor, Fiona Ashdown of Ashdown Legal, said ...", then
"'He lost his own home when this business failed,' she said.", then "The judge ruled that
Lowrie had not produced any loan agreements to support his account." The judge was
proposed as Fiona Ashdown ("'the judge': the last named speaker"), as "the official" is
the person just named: but the one who hears a case is never a party's speaker.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_judge_is_not_the_solicitor_who_spoke_last(db, scheme):
    got = _all(db, scheme, [
        "The director of a collapsed scaffolding company has been disqualified from running "
        "businesses for nine years after the Insolvency Service found he moved more than "
        "£640,000 out of the firm in the months before it went bust.",
        "Lowrie contested the proceedings, arguing that the payments were repayments of "
        "money he had lent the company.",
        'His solicitor, Fiona Ashdown of Ashdown Legal, said on Thursday her client was '
        '"disappointed" by the ruling and maintained he had acted "honestly throughout".',
        '"He lost his own home when this business failed," she said.',
        "The judge ruled that Lowrie had not produced any loan agreements to support his "
        "account.",
    ])
    assert got[3].name == "Fiona Ashdown"
    assert got[4].name == "judge", got[4].reason


# --- the class, on sentences of our own ---

def test_the_coroner_is_not_the_witness_who_spoke_last(db, scheme):
    got = _all(db, scheme, [
        "A nurse told the inquest she had raised concerns about the ward twice.",
        "The coroner said the hospital had missed chances to treat her.",
    ])
    assert got[1].name == "coroner", got[1].reason


def test_the_judge_after_the_prosecutor(db, scheme):
    got = _all(db, scheme, [
        "Danny Hale, 29, denies causing death by dangerous driving.",
        "Prosecutor Helen Wray said Hale had been driving at 70mph in a 30mph zone.",
        "The judge told jurors the trial would last two weeks.",
    ])
    assert got[1].name == "Helen Wray"
    assert got[2].name != "Helen Wray", got[2].reason


# --- near misses: a judge or coroner the article names keeps the name ---

def test_the_judge_named_before_keeps_the_name(db, scheme):
    got = _all(db, scheme, [
        "Judge Mary Colton said the evidence against him was overwhelming.",
        "His solicitor, Fiona Ashdown, said her client was innocent.",
        "The judge said she would pass sentence on Friday.",
    ])
    assert got[2].name == "Mary Colton", got[2].reason


def test_the_coroner_named_before_keeps_the_name(db, scheme):
    got = _all(db, scheme, [
        "Coroner Jane Platt opened the inquest on Monday.",
        "A nurse told the inquest she had raised concerns twice.",
        "The coroner said the hospital had missed chances to treat her.",
    ])
    assert got[2].name == "Jane Platt", got[2].reason


def test_the_official_is_still_the_person_just_named(db, scheme):
    got = _all(db, scheme, [
        "Council leader Mark Rowe said the budget would be balanced.",
        "The official said the library closures would save £2 million.",
    ])
    assert got[1].name == "Mark Rowe", got[1].reason
