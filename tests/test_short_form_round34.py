"""A body named with a short form in mixed case ("Office for Gas and Electricity Markets
(Ogem) said", "the Water Services Regulation Authority (Ofwat) said") names the body the
lede described ("..., the energy regulator has found") as well as one whose short form is
all capitals ("(EPRA)") does (thirty-fourth round, issue 11, try branch t34transport;
domain/proposals/named_next.py).

The try article: "Brightwell Energy overcharged about 38,000 households ..., the energy
regulator has found." then "The Office for Gas and Electricity Markets (Ogem) said ...";
later "According to the regulator's report, staff raised the billing fault internally in
March 2025 ...". The short form "(Ogem)" was not read as one, so "the regulator" was bound
to no name, and the report was proposed as its own source, "regulator report" (the
guidelines: a document speaks for whoever issued it, here the regulator the article names).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Brightwell Energy overcharged about 38,000 households on prepayment meters over 18 "
         "months, the energy regulator has found.")
_NAMED = ("The Office for Gas and Electricity Markets (Ogem) said the supplier applied the "
          "wrong standing charge to customers who had switched from credit meters.")
_QUOTE = ('"Brightwell knew about this error for months and did nothing to fix it," said '
          "Priya Haldane, Ogem's director of enforcement.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_regulators_report_speaks_for_the_regulator(db, scheme):
    got = _all(db, scheme, [
        _LEDE, _NAMED, _QUOTE,
        "According to the regulator's report, staff raised the billing fault internally in "
        "March 2025, but the correction was not made until October.",
    ])
    assert got[0].name == "Office for Gas and Electricity Markets"
    assert got[3].name == "Office for Gas and Electricity Markets", got[3].reason


# --- the class, on sentences of our own ---

def test_the_regulator_said_after_a_named_officer(db, scheme):
    got = _all(db, scheme, [
        _LEDE, _NAMED, _QUOTE,
        "The regulator said it had found similar errors at two smaller suppliers.",
    ])
    assert got[3].name == "Office for Gas and Electricity Markets", got[3].reason


def test_a_water_regulators_mixed_case_short_form(db, scheme):
    got = _all(db, scheme, [
        "Severn Vale Water failed to report 212 sewage spills over three years, the water "
        "regulator has found.",
        "The Water Services Regulation Authority (Ofwat) said the company's monitors had "
        "been switched off at 14 treatment works.",
        '"This was not an oversight," said Colin Baptiste, Ofwat\'s head of enforcement.',
        "According to the regulator's findings, managers were told about the faulty "
        "monitors in 2023.",
    ])
    assert got[3].name == "Water Services Regulation Authority", got[3].reason


# --- near misses ---

def test_an_all_capitals_short_form_still_names_it(db, scheme):
    got = _all(db, scheme, [
        "Kenya Power overcharged thousands of prepaid customers, the energy regulator has "
        "found.",
        "The Energy and Petroleum Regulatory Authority (EPRA) said the error ran for six "
        "months.",
        "The regulator said refunds would be paid by March.",
    ])
    assert got[2].name == "Energy and Petroleum Regulatory Authority", got[2].reason


def test_a_bracketed_word_after_a_name_is_no_short_form(db, scheme):
    got = _all(db, scheme, [
        "A consumer group has accused Brightwell Energy of overcharging prepayment "
        "customers.",
        "Fair Power (formerly Energy Watch) said it had found 2,000 wrong bills.",
    ])
    assert got[1].label != "denial", got[1].label_reason
