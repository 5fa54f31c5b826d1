"""A party named as the subject of another's reported speech ("The authority said Skyvale Air
kept the fees") is a party the article talked of, not a speaker written after its verb
("...," said Marta Kowalczyk): when it speaks later, after the allegation, it is the accused
side and its reply a denial (forty-first round, issue 11, bug fix on branch w16deny1;
domain/proposals/spoken_of.py, ``_reported_subject``). Before, the verb of saying just
before the name was taken for the inverted "said NAME" of a speaker, and the party stayed
on no side, its reply a claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

from annotator.domain.proposals.lexicon import lexicon


def _article(db, scheme, sentences):
    """The proposals on one article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")


def test_the_airline_the_authority_said_kept_the_fees(db, scheme):
    got = _article(db, scheme, [
        "The Civil Aviation Authority has found that a budget airline billed passengers "
        "twice for checked bags on more than 9,000 flights.",
        "The authority said Skyvale Air kept the duplicate fees for up to four months.",
        "Skyvale Air said in a statement that the second charge was a card authorisation "
        "that never left customers' accounts."])
    assert got[2].label == "denial", got[2].label_reason


def test_the_care_operator_the_inspectorate_said_fixed_too_few(db, scheme):
    got = _article(db, scheme, [
        "The Care Inspectorate has found that a care home operator in Fife left residents "
        "without hot water for most of the winter.",
        "The inspectorate said Oakbrook Care fixed fewer than half of the faults its staff "
        "logged.",
        "Oakbrook Care said in a statement that the boiler had been serviced twice and that "
        "the fault lay in a part from its supplier."])
    assert got[2].label == "denial", got[2].label_reason


def test_a_speaker_after_its_verb_is_still_the_one_who_spoke():
    from annotator.domain.proposals.spoken_of import _reported_subject

    lex = lexicon("en")
    assert _reported_subject("The authority said Skyvale Air kept the fees.", "skyvale", lex)
    assert _reported_subject("The regulator says that Oakbrook Care ignored them.",
                             "oakbrook", lex)
    assert not _reported_subject("\"We paid twice,\" said Marta Kowalczyk, a passenger.",
                                 "marta", lex)
    assert not _reported_subject("The fees were kept for months, said Marta Kowalczyk.",
                                 "marta", lex)


def test_near_miss_the_passenger_quoted_before_stays_where_she_was(db, scheme):
    got = _article(db, scheme, [
        "The Civil Aviation Authority has found that a budget airline billed passengers "
        "twice for checked bags on more than 9,000 flights.",
        "\"I was charged 90 pounds for one suitcase,\" said Marta Kowalczyk, a passenger "
        "from Leeds.",
        "Marta Kowalczyk said she had written to the airline three times."])
    assert got[2].label != "denial", got[2].label_reason
