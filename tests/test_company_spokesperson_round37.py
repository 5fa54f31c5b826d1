"""A company's unnamed spokesperson speaks for the one-word company quoted before, not for
another company the article names only later (thirty-seventh round, issue 11, bug fix on
branch t37e1; domain/proposals/spoken_for.py ``_one_word_body_quoted``).

The try's article (a wire story): a charity says the broadband provider Linkwave mis-sold
contracts to elderly customers; "Linkwave rejected the charity's findings."; then '"Our
agents follow a strict code of conduct ...," a company spokesperson said'; near the end
"The regulator fined another provider, Halcyon Telecom, ... for similar practices." The
article's table of names keeps no one-word name, so the only company it knew was Halcyon
Telecom, named three sentences after: the spokesperson and "The company said it would
review the cases" were both proposed as Halcyon Telecom's.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEAD = ("Britain's fifth-largest broadband provider, Linkwave, sold costly long-term "
         "contracts to elderly customers who did not need them, a charity for older people "
         "said on Wednesday.")
_REJECTED = "Linkwave rejected the charity's findings."
_SPOKESPERSON = ('"Our agents follow a strict code of conduct and every sale is confirmed by a '
                 'recorded call," a company spokesperson said in an emailed statement.')
_PROMISE = "The company said it would review the cases raised by the charity."
_OTHER = ("The regulator fined another provider, Halcyon Telecom, 2.1 million pounds in 2024 "
          "for similar practices.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_spokesperson_speaks_for_the_company_quoted_before(db, scheme):
    got = _all(db, scheme, [_LEAD, _REJECTED, _SPOKESPERSON, _PROMISE, _OTHER])
    assert got[1].name == "Linkwave"
    assert got[2].name == "Linkwave", got[2].reason
    assert got[3].name == "Linkwave", got[3].reason


# --- the class, on sentences of our own ---

def test_a_spokesman_for_the_firm(db, scheme):
    got = _all(db, scheme, [
        "Hundreds of households say Voltra billed them twice for their October energy use.",
        "Voltra denied that any customer had been charged twice.",
        'A spokesman for the firm said: "The second payment was a pending authorisation."',
        "Its rival Brightline Energy was fined in 2023 over a billing error.",
    ])
    assert got[2].name == "Voltra", got[2].reason


def test_the_company_spokeswoman_with_a_rival_named_later(db, scheme):
    got = _all(db, scheme, [
        "Jumblo, one of the country's biggest toy makers, sold a stroller with a faulty brake, "
        "a parents' group said.",
        "Jumblo said the stroller passed every safety test.",
        "A company spokeswoman said the brake had been checked at the factory.",
        "A similar stroller made by Cradle Works Ltd was recalled last year.",
    ])
    assert got[2].name == "Jumblo", got[2].reason


# --- near misses that must not change ---

def test_a_company_named_in_two_words_before_is_kept(db, scheme):
    got = _all(db, scheme, [_LEAD.replace("Linkwave,", "Linkwave Broadband,"),
                            _REJECTED.replace("Linkwave", "Linkwave Broadband"),
                            _SPOKESPERSON, _PROMISE, _OTHER])
    assert got[2].name == "Linkwave Broadband"


def test_a_person_quoted_last_is_no_company(db, scheme):
    got = _all(db, scheme, [
        "Residents say the landlord ignored damp in their flats for two years.",
        '"We complained again and again," said tenant Maria Lowe.',
        "A company spokesperson said repairs had been booked.",
        "The flats are managed by Greystone Property Ltd.",
    ])
    assert got[2].name != "Maria Lowe"
    assert "quoted before" not in got[2].reason


def test_a_council_spokesperson_is_not_the_company(db, scheme):
    got = _all(db, scheme, [
        "Shoppers say the market trader Fennick sold them fake perfume.",
        "Fennick denied selling counterfeit goods.",
        "A council spokesperson said trading standards were looking into the complaints.",
        "Harlow District Council licensed the market in 2021.",
    ])
    assert got[2].name != "Fennick"
