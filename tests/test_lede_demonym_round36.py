"""A lede that describes a body with a nationality's adjective first ("A Bangladeshi garment
workers' union has accused ...") takes the name the next sentence gives it as it speaks,
and "the union" later means that body, as without the adjective (thirty-sixth round, issue
11, try helper t36b; named_next.py, reading.py).

The try's article (a wire story): "A Bangladeshi garment workers' union has accused Sonali
Threads Ltd ... of withholding wages ..." / "The National Garment Workers' Alliance said on
Tuesday that staff ... had not been paid since November ..." and, after the company's
denial, "The union disputed that figure, saying fewer than 400 workers had received any
money." The capitalised "Bangladeshi" stopped the lede's description from being read, so
the lede was proposed as "Bangladeshi garment workers' union" (as written) and "The union"
as Sonali Threads, the accused company named last. The guidelines: a speaker the sentence
only describes takes the name the article gives that speaker, before or after.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_GARMENT = [
    "A Bangladeshi garment workers' union has accused Sonali Threads Ltd, a supplier to "
    "several European fashion chains, of withholding wages from more than 2,300 workers "
    "for three months.",
    "The National Garment Workers' Alliance said on Tuesday that staff at the company's two "
    "factories in Gazipur, north of Dhaka, had not been paid since November, and that "
    "managers had threatened to dismiss anyone who joined protests.",
    "Sonali Threads denied that it had withheld wages deliberately.",
    "The union disputed that figure, saying fewer than 400 workers had received any money.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_lede_union_takes_the_name_given_next(db, scheme):
    got = _all(db, scheme, _GARMENT)
    assert got[0].label == "accusation"
    assert got[0].name == "National Garment Workers' Alliance", got[0].reason


def test_the_union_later_is_not_the_company_named_last(db, scheme):
    got = _all(db, scheme, _GARMENT)
    assert got[3].name == "National Garment Workers' Alliance", got[3].reason
    assert got[2].name == "Sonali Threads Ltd"


# --- the class, on sentences of our own ---

def test_a_kenyan_rights_group(db, scheme):
    got = _all(db, scheme, [
        "A Kenyan rights group has accused Tana Flowers of exposing farm workers to banned "
        "pesticides.",
        "Haki Kazi Watch said on Monday that 40 workers at the company's farm near Naivasha "
        "had been treated for skin burns since March.",
        "Tana Flowers rejected the allegations.",
        "The group said it would take its evidence to the labour ministry.",
    ])
    assert got[0].name == "Haki Kazi Watch", got[0].reason
    assert got[3].name == "Haki Kazi Watch", got[3].reason
    assert got[2].name == "Tana Flowers" and got[2].label == "denial"


def test_a_british_consumer_group(db, scheme):
    got = _all(db, scheme, [
        "A British consumer group has accused budget airline Skylark Air of refusing "
        "compensation it owes passengers for long delays.",
        "Fair Fares UK said it had collected 230 complaints about the airline since January.",
        "Skylark Air said it paid every valid claim.",
    ])
    assert got[0].name == "Fair Fares UK", got[0].reason
    assert got[2].name == "Skylark Air"


# --- near misses: no name given next, or not a nationality ---

def test_a_described_union_nobody_names_stays_as_written(db, scheme):
    got = _all(db, scheme, [
        "A Bangladeshi garment workers' union has accused Sonali Threads Ltd of withholding "
        "wages.",
        "Sonali Threads denied that it had withheld wages deliberately.",
    ])
    assert got[0].name == "Bangladeshi garment workers' union", got[0].reason
    assert got[1].name == "Sonali Threads Ltd"


def test_a_lower_case_lede_keeps_its_reading(db, scheme):
    got = _all(db, scheme, [
        "A garment workers' union has accused Sonali Threads Ltd of withholding wages.",
        "The Garment Workers Union said on Tuesday that staff had not been paid since "
        "November.",
        "Sonali Threads denied the claims.",
    ])
    assert got[0].name == "Garment Workers Union", got[0].reason
