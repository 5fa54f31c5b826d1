"""A name after "says" with a verb in the past tense at once after it opens what is said
(thirty-fourth round, issue 11, try helper t34politics; domain/proposals/reading.py,
``_opens_reported``).

The try article: "The complaint, seen by this newspaper, says Mr Pellow claimed rent on a
two-bedroom flat ..." was proposed with the accused MP as its source ("named after 'says'",
as in '"...," says Mr Pellow.'), and so as a denial, the accused side's reply. The name is
the subject of the reported clause, as "said the company blamed ..." and "said CalMarine had
refused ..." already were: a speaker written after the verb ends the clause or takes an
aside. A participle that opens a phrase after the name ("named in", "based in") is no
reported verb.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_a_letter_with_an_aside_says_a_name_acted(db, scheme):
    got = _all(db, scheme, [
        "A councillor in Castlebridge voted on a planning application for land owned by "
        "his brother, a residents' group says.",
        "Councillor Derek Haworth denies any wrongdoing.",
        "The group's letter, sent to the council on Monday, says Mr Haworth voted twice on "
        "the scheme.",
    ])
    assert got[2].name != "Derek Haworth", got[2].reason
    assert got[2].label != "denial", got[2].label_reason


def test_the_speaker_after_says_is_kept(db, scheme):
    got = _all(db, scheme, [
        "A councillor in Castlebridge voted on a planning application for land owned by "
        "his brother, a residents' group says.",
        '"I have nothing to hide and I declared my interest," says Derek Haworth.',
        '"Every vote was recorded," said Derek Haworth, who chairs the committee.',
    ])
    assert got[1].name == "Derek Haworth"
    assert got[2].name == "Derek Haworth"
