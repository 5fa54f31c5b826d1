""""The chair of the bench" is one who rules, never the defendant named last (thirty-eighth
round, issue 11, bug fix on branch t38c3; domain/proposals/reading.py, _of_a_bench beside
_ADJUDICATORS of t37c1).

The try article (a market trader found guilty of selling fakes): after the trader's own
account ("Dunmore told the court he had bought the stock from a wholesaler ..."), "The chair
of the bench rejected that account, saying the prices and the packaging "should have rung
every alarm bell"." was proposed as Kevin Dunmore's denial: "the chair" was read as a title
meaning the last named speaker, as "The official said" does. A title "of the bench", "of the
jury", "of the tribunal" or "of the court" names who hears the case, like "the judge"
(t37c1): the description as written when the article names nobody in that role.

Every sentence here is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A market trader who sold counterfeit trainers and perfume from a stall at Birkenhead "
         "Market has been fined £9,000 after a prosecution by trading standards.")
_FOUND = ("Kevin Dunmore, 52, of Wallasey, was found guilty at Wirral Magistrates' Court of six "
          "offences under the Trade Marks Act 1994.")
_ACCOUNT = ("Representing himself, Dunmore told the court he had bought the stock from a "
            "wholesaler in Manchester who assured him it was \"end-of-line genuine\".")


def _last(db, scheme, sentence, before=(_LEDE, _FOUND, _ACCOUNT)):
    return accepted(db, scheme, [*before, sentence], "en")[-1]


# --- the try article's case ---

def test_the_try_article_chair_of_the_bench(db, scheme):
    got = _last(db, scheme, 'The chair of the bench rejected that account, saying the prices '
                            'and the packaging "should have rung every alarm bell".')
    assert got.name != "Kevin Dunmore", got.reason
    assert got.name == "chair of the bench", got.reason


# --- the class, on sentences of our own ---

def test_the_chairman_of_the_bench_told_him(db, scheme):
    got = _last(db, scheme, "The chairman of the bench told Dunmore his explanation was not "
                            "credible.")
    assert got.name != "Kevin Dunmore", got.reason


def test_the_chair_of_the_tribunal(db, scheme):
    got = accepted(db, scheme, [
        "A former warehouse manager has won his claim for unfair dismissal against a parcel "
        "firm, an employment tribunal has ruled.",
        "Gary Linden, 47, told the hearing he had been sacked for raising safety concerns.",
        "The chair of the tribunal said the firm's account of his dismissal was not credible.",
    ], "en")[-1]
    assert got.name != "Gary Linden", got.reason


# --- near misses that must not change ---

def test_the_chair_of_a_party_body_is_no_adjudicator(db, scheme):
    got = accepted(db, scheme, [
        "Residents say a developer cut down protected trees on the edge of Ashby Park.",
        "Margaret Olsen, who chairs the Ashby Park Residents' Association, said 14 oaks had "
        "been felled in a single morning.",
        "The chair of the association said residents had photographs of the felling.",
    ], "en")[-1]
    assert got.name in ("Margaret Olsen", "Ashby Park Residents' Association"), got.reason


def test_the_official_is_still_the_last_named(db, scheme):
    got = accepted(db, scheme, [
        "Residents say a developer cut down protected trees on the edge of Ashby Park.",
        "Tom Reeve, a council tree officer, said 14 oaks had been felled.",
        "The official said the council would consider enforcement action.",
    ], "en")[-1]
    assert got.name == "Tom Reeve", got.reason
