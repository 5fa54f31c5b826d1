""""The prosecution", "the prosecutor" or "Prosecutors" means the prosecutor the article
names (thirty-sixth round, issue 11, bug fix on branch w9prosecution1;
domain/proposals/prosecuting.py, data ``prosecuting36`` and ``description_heads``).

The try's article: a builder's fraud trial; "Prosecutor Catrin Hale told the jury that ...",
then "Bank records show that ..., according to the prosecution." The source was proposed as
"prosecution", a description as written, where the article had named the prosecutor two
sentences before (the guidelines' Sources: a speaker the sentence only describes takes the
name the article gives it). A person named in the role of one who prosecutes ("X,
prosecuting,", "Prosecuting, X said", "X KC, for the prosecution,") is that prosecutor too.
With no prosecutor named, the reading is as before.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A builder took deposits totalling more than £180,000 from 14 families for home "
         "extensions that were left half-built or never started, a jury at Cardiff Crown "
         "Court heard.")
_ROOFER = "A roofer overcharged elderly customers by thousands of pounds, a jury heard."
_PROSECUTION = "The work was billed at five times its value, according to the prosecution."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_try_article_according_to_the_prosecution(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Lee Marsden, 51, of Caerphilly, denies 14 counts of fraud by false representation "
        "and one of money laundering.",
        "Prosecutor Catrin Hale told the jury that Marsden, who traded as LM Home "
        "Improvements, asked customers for up to 40 per cent of the price upfront \"to order "
        "materials\" that were never bought.",
        "\"This was a man who took money he knew he could not earn,\" she said.",
        "One couple from Penarth paid £22,000 in June 2023 and saw nothing more than a trench "
        "dug in their back garden, the court was told.",
        "Bank records show that much of the money was transferred to an online betting account "
        "within days, according to the prosecution.",
        "Giving evidence on Wednesday, Marsden said he had always intended to finish the work.",
    ])
    assert got[5].name == "Catrin Hale", got[5].reason
    assert got[6].name == "Lee Marsden"


# --- the class, on sentences of our own ---

def test_the_prosecution_as_subject_is_the_named_prosecutor(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "Prosecutor Anna Reyes told the jury that Kevin Doyle, 44, quoted for repairs that "
        "were never needed.",
        _PROSECUTION,
        "The prosecution said Doyle targeted people living alone.",
    ])
    assert [g.name for g in got[2:]] == ["Anna Reyes", "Anna Reyes"]


def test_named_with_prosecuting_after_the_name(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "Prosecutors allege that Kevin Doyle, 44, quoted for repairs that were never needed.",
        "Tom Gale, prosecuting, told the jury that Doyle kept two sets of invoices.",
        _PROSECUTION,
    ])
    assert got[1].name == "Tom Gale", got[1].reason  # named in the sentence after
    assert got[3].name == "Tom Gale"


def test_named_after_an_opening_for_the_prosecution(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "Opening the case for the prosecution, Ruth Lyle said Doyle had targeted people "
        "living alone.",
        _PROSECUTION,
    ])
    assert got[2].name == "Ruth Lyle"


def test_named_after_prosecuting_for_a_council(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "Prosecuting for Leeds City Council, Sarah Okoye said Doyle had ignored two warnings.",
        "The prosecution said Doyle targeted people living alone.",
    ])
    assert got[2].name == "Sarah Okoye"


def test_counsel_for_the_prosecution_between_commas(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "Jane Hollis KC, for the prosecution, said the losses ran to £90,000.",
        _PROSECUTION,
    ])
    assert got[2].name == "Jane Hollis"


# --- near misses: nobody named as prosecuting ---

def test_no_prosecutor_named_keeps_the_description(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "Kevin Doyle, 44, denies fraud.",
        _PROSECUTION,
    ])
    assert got[2].name != "Kevin Doyle"
    assert got[2].name == "prosecution", got[2].reason


def test_a_witness_for_the_prosecution_is_no_prosecutor(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "The key witness for the prosecution, Mark Jones, told the court he saw the invoices.",
        _PROSECUTION,
    ])
    assert got[1].name == "Mark Jones"
    assert got[2].name != "Mark Jones"


def test_defending_counsel_is_no_prosecutor(db, scheme):
    got = _all(db, scheme, [
        _ROOFER,
        "Defending, Paul Hart said Doyle had repaid most of the money.",
        "The prosecution said Doyle targeted people living alone.",
    ])
    assert got[2].name != "Paul Hart"
