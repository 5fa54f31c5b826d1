"""A party standing by its own account ("stood by its report", "stands by its findings") or
disowning a part in the act ("played no part in", "had no part in", "no role in", "no
involvement in") rejects what the other side says: a denial cue (fortieth round, issue 11,
bug fix on branch w15deny2; data: the ``denial`` cues of data/cues/en.json). Standing by
anyone or anything else ("stood by its ally", "stood by the decision to sell") and a part
in the act owned stay what they were.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import read_label


def _article(db, scheme, sentences):
    """The proposals on one article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")


def test_a_paper_stands_by_its_reporting(db, scheme):
    got = _article(db, scheme, [
        "A county councillor has complained to the press regulator that a local newspaper "
        "invented quotes in a story about her expenses.",
        "The Harbury Gazette stood by its story.",
        "The regulator said it would assess the complaint."])
    assert got[1].label == "denial", got[1].label_reason


def test_an_inspector_stands_by_its_findings(db, scheme):
    got = _article(db, scheme, [
        "A care home in Torquay says inspectors rated it inadequate on the strength of a "
        "single visit during a flu outbreak.",
        "The Care Inspectorate said it stands by its findings."])
    assert got[1].label == "denial", got[1].label_reason


def test_a_part_in_the_act_disowned(db, scheme):
    got = _article(db, scheme, [
        "Opposition councillors say a housing developer was told about a planning decision "
        "days before it was published.",
        "The developer said it had played no part in the council's decision and had "
        "learned of it from the press."])
    assert got[1].label == "denial", got[1].label_reason
    lex = lexicon("en")
    reading = read_label("The club's owner said he had no part in the transfer and "
                         "would co-operate with the league.", lex)
    assert reading.role == "denies", reading.reason


def test_near_misses_stay_what_they_were(db, scheme):
    lex = lexicon("en")
    for sentence in ("The United States stood by its ally throughout the talks.",
                     "Volunteers stood by the roadside with water for the runners.",
                     "The minister said the government stood by the decision to sell the "
                     "land."):
        reading = read_label(sentence, lex)
        assert reading.role != "denies", (sentence, reading.reason)
