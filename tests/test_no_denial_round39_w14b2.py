"""'false' naming a kind of statement as a topic, and 'never' in a concessive gerund, deny
nothing (thirty-ninth round, issue 11, bug fix on branch w14b2; domain/proposals/no_denial.py
false_topic, concessive_never; data ``deny39_no_denial``).

The try articles: "The Electoral Commission said it did not regulate the content of campaign
literature and that complaints about false statements were a matter for the police." and
"Mr Booth said the result showed that his party was "now the main challenger" across the
city, despite never having stood in the ward before." were denials (cues 'false', 'never').
"said the claims were false", "contained false claims", "a false date of birth" and "said
he had never met" stay denials.

Every sentence but the try articles' is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted, accepted_afresh


def _one(db, scheme, sentence):
    """The proposal on a one-sentence article, the database emptied after it."""
    return accepted_afresh(db, scheme, [sentence], "en")[0]


def test_the_try_articles_deny_nothing(db, scheme):
    for sentence in (
            "The Electoral Commission said it did not regulate the content of campaign "
            "literature and that complaints about false statements were a matter for the "
            "police.",
            "Mr Booth said the result showed that his party was \"now the main challenger\" "
            "across the city, despite never having stood in the ward before."):
        got = _one(db, scheme, sentence)
        assert got.label != "denial", (sentence, got.label_reason)


def test_a_kind_of_statement_named_as_a_topic(db, scheme):
    for sentence in (
            "The regulator said questions over false advertising in the sector were for "
            "trading standards.",
            "The law makes it an offence to publish a false statement about a candidate."):
        got = _one(db, scheme, sentence)
        assert got.label != "denial", (sentence, got.label_reason)


def test_a_concessive_never(db, scheme):
    got = _one(db, scheme, "Ms Lane said she had won the seat despite never holding office "
                           "before.")
    assert got.label != "denial", got.label_reason


def test_near_misses_still_deny(db, scheme):
    for sentence in (
            "The company said the claims were false.",
            "Mr Dean said the report contained false claims about his business.",
            "The company said the student's order had been placed with a false date of "
            "birth.",
            "He said he had never met the developer."):
        got = _one(db, scheme, sentence)
        assert got.label == "denial", (sentence, got.label_reason)


def test_in_a_dispute_a_topic_is_no_reply(db, scheme):
    got = accepted(db, scheme, [
        "Leaflets dressed up as a local newspaper have been reported to police in Marlow "
        "Heath.",
        "Labour candidate Dev Patel accused the Conservatives of spreading lies about his "
        "record.",
        "The Electoral Commission said complaints about false statements were a matter for "
        "the police.",
        "Trading Standards said questions over false advertising in leaflets were for the "
        "courts.",
    ], "en")
    assert got[2].label != "denial", got[2].label_reason
    assert got[3].label != "denial", got[3].label_reason
