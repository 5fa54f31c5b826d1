"""An unnamed official speaks for the body the article names; the place a described
speaker works in is never the speaker (thirty-fourth round, issue 11, bug fix on branch
w4official; domain/proposals/spoken_for.py, reading._unnamed_member / _placed_member; data
``speaker11_spokespeople`` (+ "official"), ``speaker34_place_ends``,
``speaker_company_words`` (+ "knitwear", "garments", "apparels", "fabrics")).

The try's articles (written this round, not from the benchmark's sets): a garment maker,
Meghna Knitwear, denies withholding wages; "A company official, who spoke on condition of
anonymity ..., said the delay in October pay was caused by a foreign buyer's late payment"
kept "a company official" as written, where "a company spokesman" speaks for the company
the article names (the guidelines: officials, members or staff of one body speak as that
body); and "the company said" meant a retailer named last, "Meghna Knitwear" being read as
a person's name. A mine's article: "A police spokesman in the Western Region, who asked not
to be named ..., said the force would study the report" was proposed as the place,
"Western Region".

Every other sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_DHAKA = [
    "A Bangladeshi labour rights group accused one of the country's largest garment "
    "exporters on Thursday of withholding three months of wages from more than 2,000 "
    "workers and locking fire exits during night shifts.",
    "The Workers' Solidarity Forum said in a report that managers at Meghna Knitwear's "
    "factory in Gazipur had padlocked two of the building's four stairwells \"to stop "
    "workers from leaving early\".",
    "Meghna Knitwear denied the allegations.",
    "\"All wages up to September have been paid in full, and every exit in our factory is "
    "open at all times,\" the company said in a statement, adding that it had passed a fire "
    "safety audit in August.",
    "A company official, who spoke on condition of anonymity because he was not authorised "
    "to speak to the media, said the delay in October pay was caused by a foreign buyer's "
    "late payment.",
    "A spokesperson for Nordvik Apparel, a Swedish retailer named in the report as a buyer, "
    "did not respond to a request for comment.",
]

_ACCRA = [
    "Security guards at a gold mine in western Ghana beat and detained at least 14 villagers "
    "suspected of illegal mining last year, Ghana's human rights commission said in a "
    "report published on Wednesday.",
    "Ashanti Crest, which is majority owned by Toronto-listed Halvard Resources, rejected "
    "the findings.",
    "Halvard Resources could not be reached for comment.",
    "A police spokesman in the Western Region, who asked not to be named because he was not "
    "authorised to speak to the media, said the force would study the report.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's cases ---

def test_the_try_company_official_speaks_for_the_company_named(db, scheme):
    got = _all(db, scheme, _DHAKA)
    assert got[4].name == "Meghna Knitwear", got[4].reason
    assert got[4].label == "denial", got[4].label_reason


def test_the_try_company_said_is_the_garment_maker_not_the_retailer_named_later(db, scheme):
    got = _all(db, scheme, _DHAKA)
    assert got[3].name == "Meghna Knitwear", got[3].reason
    assert got[5].name == "Nordvik Apparel"


def test_the_try_police_spokesman_in_a_region_is_no_place(db, scheme):
    got = _all(db, scheme, _ACCRA)[3]
    assert got.name == "a police spokesman", got.reason
    assert "Western Region" not in got.name


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("opening, sentence, body", [
    ("Harwell District Council has been accused of ignoring mould complaints on the Elm "
     "Park estate.",
     "A council official, who asked not to be named, said every complaint had been logged.",
     "Harwell District Council"),
    ("The Ministry of Health said it would review the contract.",
     "A ministry official said the tender had followed the rules.", "Ministry of Health"),
    ("Tuba Garments denied the claims.",
     "A senior company official said the wages had been paid.", "Tuba Garments"),
    ("Tuba Garments denied the claims.",
     "An official at the company said the wages had been paid.", "Tuba Garments"),
])
def test_a_body_official_speaks_for_the_body_named(db, scheme, opening, sentence, body):
    got = _all(db, scheme, [opening, sentence])[1]
    assert got.name == body, got.reason


def test_a_garment_maker_is_the_company(db, scheme):
    got = _all(db, scheme, [
        "Tuba Garments denied the claims.",
        '"We pay every worker on time," the company said.',
        "Brightwell Retail, which buys from the factory, declined to comment.",
    ])
    assert got[1].name == "Tuba Garments", got[1].reason


@pytest.mark.parametrize("sentence, body", [
    ("A company official in Gazipur said the wages had been paid.", "Tuba Garments"),
    ("A company spokesman in Dhaka, who asked not to be named, said the wages had been "
     "paid.", "Tuba Garments"),
])
def test_a_body_speaker_in_a_town_speaks_for_the_body(db, scheme, sentence, body):
    got = _all(db, scheme, ["Tuba Garments denied the claims.", sentence])[1]
    assert got.name == body, got.reason


def test_a_police_spokesman_in_a_region_speaks_for_the_police_named(db, scheme):
    got = _all(db, scheme, [
        "Guards at the Nkwanta mine beat villagers, the Ghana Police Service said.",
        "A police spokesman in the Western Region said the force would study the report.",
    ])[1]
    assert got.name == "Ghana Police Service", got.reason


def test_a_police_official_in_a_town_is_as_written_when_no_police_is_named(db, scheme):
    got = _all(db, scheme, [
        "Guards at the Nkwanta mine beat villagers, a rights group said.",
        "A police official in Takoradi, who asked not to be named, said the force would "
        "study the report.",
    ])[1]
    assert got.name == "a police official", got.reason


# --- near misses: unchanged ---

_RIGHTS = "Guards at the Nkwanta mine beat villagers, a rights group said."


@pytest.mark.parametrize("sentence, name", [
    ("A spokesman in the Ministry of Lands said the licence would be reviewed.",
     "Ministry of Lands"),  # a body after "in the": the body
    ("An official in the Treasury said the licence would be reviewed.", "Treasury"),
    ("A director at Halvard Resources said the guards had acted lawfully.",
     "Halvard Resources"),  # "at" a company
    ("A senior official said the licence would be reviewed.", "a senior official"),
    ("A company official said the licence would be reviewed.", "a company official"),
])
def test_near_misses_keep_their_reading(db, scheme, sentence, name):
    got = _all(db, scheme, [_RIGHTS, sentence])[1]
    assert got.name == name, got.reason


def test_officials_in_the_plural_are_left_to_their_own_rule(db, scheme):
    got = _all(db, scheme, ["Tuba Garments denied the claims.",
                            "Company officials said the wages had been paid."])[1]
    assert got.name is None, got.reason
