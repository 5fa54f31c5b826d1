"""An accuser named after a long title, with an aside before "said", is no party the article
talked of (thirty-sixth round, issue 11, bug fix on branch t36d1;
domain/proposals/spoken_of.py, ``_said_after_aside``, folded into
``_spoke_past_aside`` in the thirty-seventh round).

The try article: four boxers accuse a promoter of withholding their purses; then "Former
Welsh super-middleweight champion Lewis Adeyemi, who topped the bill at the Ice Arena, said
he had received only £8,000 of the £45,000 written into his contract." His name stands
five words into the sentence and "said" comes after the aside, so when he spoke again
("Adeyemi said ...") the whole article's reading took that sentence for one that talked of
him before he spoke (the party a complaint is about), put him on the accused side, and his
own complaint ("only £8,000") and his later claims were proposed as the accused side's
denials. The name was the subject of that sentence's verb of saying.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.spoken_of import _spoke_past_aside


def _said_after_aside(sentence, name, lex):
    """The folded reading (thirty-seventh round) asked as this branch's was: the name's
    run and its last word."""
    return _spoke_past_aside(sentence, name, name[-1], lex)


_LEDE = ("Four boxers who fought on a sold-out show in Cardiff last November say they are "
         "still waiting to be paid, and have accused promoter Dafydd Kerrigan of withholding "
         "more than £180,000 in purses.")
_FIGURE = ("Former Welsh super-middleweight champion Lewis Adeyemi, who topped the bill at "
           "the Ice Arena, said he had received only £8,000 of the £45,000 written into his "
           "contract.")
_LATER = "Adeyemi said he had taken a job as a delivery driver to cover his mortgage."
_DENIAL = ("Kerrigan, 52, denied withholding any money and blamed a broadcaster that he said "
           "had failed to pay its rights fee.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article ---

def test_the_boxer_is_not_the_accused_side(db, scheme):
    got = _all(db, scheme, [_LEDE, _FIGURE,
                            '"He looked me in the eye and told me the money was in the post, '
                            'and that was four months ago," Adeyemi said.',
                            _DENIAL, _LATER])
    figure, later, denial = got[1], got[4], got[3]
    assert figure.name == "Lewis Adeyemi"
    assert figure.label == "claim", figure.label_reason
    assert "accused side" not in figure.label_reason
    assert later.label == "claim", later.label_reason
    assert denial.label == "denial" and denial.name == "Dafydd Kerrigan"


# --- the class, on sentences of our own ---

def test_long_title_and_aside_before_said(db, scheme):
    got = _all(db, scheme, [
        "Parents at Oakfield Primary have accused the Brightwater Academy Trust of cutting "
        "support hours for children with special needs without consultation.",
        "Retired special needs teacher Margaret Ellory, whose grandson is in year four, said "
        "only two of the nine pupils who had one-to-one help last year still had it.",
        "Ellory said she had written to every governor.",
        "The trust rejected the claims.",
    ])
    assert got[1].name == "Margaret Ellory"
    assert got[1].label == "claim", got[1].label_reason
    assert "accused side" not in got[1].label_reason
    assert got[2].label != "denial", got[2].label_reason
    assert got[3].label == "denial"


def test_aside_with_whose(db, scheme):
    got = _all(db, scheme, [
        "Tenants of a block in Salford have accused their landlord, Castlegate Homes, of "
        "leaving them without heating for a month.",
        "Long-serving tenants' association secretary Derek Amos, whose flat is on the top "
        "floor, said the boiler had failed on 2 January.",
        "Amos said repairs had been promised four times.",
    ])
    assert got[1].name == "Derek Amos"
    assert got[1].label != "denial", got[1].label_reason
    assert got[2].label != "denial", got[2].label_reason


# --- near misses: a party the article talked of still answers as the accused side ---

def test_party_talked_of_still_answers(db, scheme):
    got = _all(db, scheme, [
        "Customers have accused the online retailer HomeHeat Direct of selling dangerous fan "
        "heaters.",
        "Buyers of heaters made by Kitchenmate Appliances, which supplies the retailer, say "
        "the units reached 118C within an hour.",
        "Kitchenmate said only 12 of the 40,000 heaters it sold last winter had been "
        "returned.",
    ])
    assert got[2].name == "Kitchenmate Appliances"
    assert got[2].label == "denial", got[2].label_reason


def test_only_the_opening_subject_spoke_there():
    lex = lexicon("en")
    assert _said_after_aside(_FIGURE, ["lewis", "adeyemi"], lex)
    # the name inside another subject's words: "Buyers of heaters made by X, which ..., say"
    assert not _said_after_aside(
        "Buyers of heaters made by Kitchenmate Appliances, which supplies the retailer, say "
        "the units overheated.", ["kitchenmate", "appliances"], lex)
    # no verb of saying after the aside: the party acted, or was talked of
    assert not _said_after_aside(
        "Former site manager Paul Rigby, who left in March, signed the permits.",
        ["paul", "rigby"], lex)
    # the aside is itself a quotation or speaks: not an aside
    assert not _said_after_aside(
        'Veteran trainer Tom Hale, who said "never again", told reporters he would retire.',
        ["tom", "hale"], lex)
