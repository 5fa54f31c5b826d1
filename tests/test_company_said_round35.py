""""The company" in a company's results story (thirty-fifth round, issue 11, bug fix on
branch t35e; domain/proposals/speakers_english.py).

The try article: a supermarket chain with a one-word name reports its half-year results
("Halden's, Britain's fifth-largest supermarket chain, reported ..."). Two speakers went
wrong: "Operating profit rose to 412 million pounds in the 26 weeks to Oct. 3, the company
said, ..." had no source (the name in a possessive apposition was never read as the
company's, and "the company said" set off by commas inside the sentence was never read as
its subject), and "The company also raised its interim dividend" took "Oct. 3" as the
company: "Oct. 3, the company said" was read as an apposition naming it.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Halden's, Britain's fifth-largest supermarket chain, reported a 9% rise in "
         "half-year operating profit on Wednesday, helped by price cuts on 1,500 products.")
_SAID = ("Operating profit rose to 412 million pounds in the 26 weeks to Oct. 3, the company "
         "said, on sales up 4.6% to 11.8 billion pounds.")
_QUOTE = ('"Customers have noticed that we are cheaper than we were a year ago," Chief '
          'Executive Sarah Kettering told reporters on a call.')
_DIVIDEND = "The company also raised its interim dividend by 7% to 4.1 pence a share."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_company_said_between_commas_is_the_chain(db, scheme):
    got = _all(db, scheme, [_LEDE, _SAID, _QUOTE, _DIVIDEND])
    assert got[0].name == "Halden's"
    assert got[1].label == "claim" and got[1].name == "Halden's", got[1].reason


def test_a_date_before_the_company_said_is_no_name(db, scheme):
    got = _all(db, scheme, [_LEDE, _SAID, _QUOTE, _DIVIDEND])
    assert got[3].name != "Oct. 3", got[3].reason
    assert got[3].name in (None, "Halden's")


# --- the class, on sentences of our own ---

def test_a_day_before_the_company_said_is_no_name(db, scheme):
    got = _all(db, scheme, [
        "Brightwell Logistics will close its depot in Rugby, putting 240 jobs at risk.",
        "Staff were told of the plan on Friday, the company said.",
        "The company also cut its forecast for the year.",
    ])
    assert got[2].name != "Friday", got[2].reason


def test_a_one_word_retailer_in_a_possessive_apposition(db, scheme):
    got = _all(db, scheme, [
        "Corby's, Scotland's biggest furniture retailer, said sales fell 3% in the year to "
        "March.",
        "Pre-tax profit dropped to 18 million pounds, the company said, as shoppers delayed "
        "big purchases.",
    ])
    assert got[1].name == "Corby's", got[1].reason


def test_a_date_then_the_company_said_closing_the_sentence_still_reads(db, scheme):
    got = _all(db, scheme, [
        "Marlow Foods reported a fall in profit on Tuesday.",
        "Sales fell in the 12 weeks to Sept. 30, the company said.",
    ])
    assert got[1].name == "Marlow Foods", got[1].reason


# --- near misses that must not change ---

def test_a_real_apposition_still_names_the_company(db, scheme):
    got = _all(db, scheme, [
        "Gulfline Shipping, the company that runs the ferry, cancelled 40 sailings in June.",
        "The company said the cancellations were caused by a shortage of crew.",
    ])
    assert got[1].name == "Gulfline Shipping", got[1].reason


def test_a_possessive_apposition_of_no_business_names_nothing_new(db, scheme):
    got = _all(db, scheme, [
        "Harlow, Britain's oldest new town, will get a new hospital, officials said.",
        "The company said the building would open in 2029.",
    ])
    assert got[1].name != "Harlow", got[1].reason
