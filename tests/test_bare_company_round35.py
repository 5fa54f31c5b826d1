"""A business the article names only by a bare name is what "the company", "the firm" or
"the X-based company" means (thirty-fifth round, issue 11, bug fix on branch w6company;
domain/proposals/article_kinds.py ``_bare_company``, read by ``bodies_told``; data
``speaker35_bare_company``).

Two try helpers' blind articles: a wire story ("Cafés Altamira denied the allegations. In a
statement, the Medellín-based company said ...") proposed "the Medellín-based company" as a
new source, and a local paper's festival story ("Organisers Northgate Live pulled the plug
... / The company initially told customers ...") proposed no source. A name with no
company word ("Ltd", "Foods", "Group") reads as a person's by its shape, so "the company"
found no business. Such a name that the article names before its first "the company", has
speak ("X said", "X denied") and never writes as a person nor tells as anything is the
company where it is the only such name and no name of a company's kind is given, else where
it is the one the article has deny or accuses.

Every sentence but the two try articles' is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helpers' cases ---

def test_the_coffee_exporter_is_the_medellin_based_company(db, scheme):
    got = _all(db, scheme, [
        "BOGOTA, March 3 (Meridian News) - A Colombian coffee exporter shipped at least "
        "14,000 sacks of cheaper Brazilian beans to roasters in Germany and Belgium labelled "
        "as single-origin coffee from the Huila region, a growers' association alleged on "
        "Tuesday.",
        "The association, Acasur, said customs records it obtained show that Cafés Altamira "
        "imported the beans through the port of Buenaventura between June and November and "
        're-exported them weeks later under its "Huila Reserva" brand.',
        '"They are selling Brazilian coffee with our name on it, and they know it," said '
        "Acasur president Hernán Villamizar.",
        "He said laboratory isotope tests on four bags bought in Hamburg pointed to beans "
        "grown in Minas Gerais.",
        "Cafés Altamira denied the allegations.",
        "In a statement, the Medellín-based company said all coffee it sells under the Huila "
        "name is bought from registered farms in the department and that the Brazilian beans "
        "were destined for a separate blend sold in Colombia.",
        '"We have nothing to hide, and we will show every invoice to anyone who asks," chief '
        "executive Rodrigo Peñaloza told Meridian News by telephone.",
        "One of the Belgian buyers, Antwerp roaster Van Damme Koffie, said it had pulled the "
        "Huila Reserva line from its shelves pending the results of its own tests.",
    ])
    assert got[4].name == "Cafés Altamira"
    assert got[5].name == "Cafés Altamira", got[5].reason
    assert got[6].name == "Rodrigo Peñaloza"
    assert got[7].name == "Van Damme Koffie"


def test_the_festival_organisers_are_the_company(db, scheme):
    got = _all(db, scheme, [
        "Ticket holders for Riverbank Sound say they are still waiting for their money back "
        "more than a week after the festival's final day was cancelled because of high winds.",
        "Organisers Northgate Live pulled the plug on the Sunday programme at 9am on August "
        "2, after the Met Office issued an amber warning for gusts of up to 60mph on the "
        "South Common.",
        "The company initially told customers that weekend ticket holders would receive a 50 "
        'per cent refund for the lost day, because the cancellation was "beyond our control".',
        '"Under the Consumer Rights Act, if the service isn\'t provided, you are entitled to '
        'your money back, all of it," said Martin Oduya, a consumer rights solicitor at '
        "Kesteven Law.",
        "In a statement on Monday, Northgate Live said it had \"acted in the interests of "
        'public safety" and denied withholding refunds, saying all Sunday-only customers had '
        "been paid in full.",
        "The company said weekend ticket holders would now be offered a further 25 per cent, "
        "or a free ticket for next year's event.",
        "Northgate Live's director, Craig Fennimore, did not respond to calls from the "
        "Gazette.",
    ])
    assert got[2].name == "Northgate Live", got[2].reason
    assert got[3].name == "Martin Oduya"
    assert got[4].name == "Northgate Live"
    assert got[5].name == "Northgate Live"
    assert got[6].name == "Craig Fennimore"


# --- the class, on sentences of our own ---

def test_the_firm_named_bare_before_the_leeds_based_company(db, scheme):
    got = _all(db, scheme, [
        "Parents say a nursery chain has kept deposits for places that were never offered.",
        "Little Acorns said every deposit was refundable within 30 days.",
        "The Leeds-based company said it had refunded 41 families since January.",
    ])
    assert got[2].name == "Little Acorns", got[2].reason


def test_the_firm_before_anyone_speaks(db, scheme):
    got = _all(db, scheme, [
        "Tenants in Salford say repairs to their flats have been left undone for months.",
        "Cobalt Haven took over the block in March.",
        "The firm told tenants that repairs would start in the spring.",
        '"Nothing has happened since," said Joan Price, a tenant of 12 years.',
        "Salford City Council said it had inspected four of the flats.",
        "Cobalt Haven said a contractor had been appointed.",
    ])
    assert got[2].name == "Cobalt Haven", got[2].reason


def test_of_two_bare_names_the_one_that_denies(db, scheme):
    got = _all(db, scheme, [
        "A caterer has accused a school supplier of selling it out-of-date meat.",
        "Marston Vale said it had thrown away 200kg of chicken.",
        "Tidewell Farm denied the allegations.",
        "In a statement, the Bristol-based firm said every delivery had been checked.",
    ])
    assert got[3].name == "Tidewell Farm", got[3].reason


# --- near misses: a person, two businesses, "the company" before any is named ---

def test_a_person_is_no_company(db, scheme):
    got = _all(db, scheme, [
        "Parents say a nursery chain has kept deposits for places that were never offered.",
        "Mark Ellis, 54, said he had waited four months for his money.",
        "The Leeds-based company said it had refunded 41 families since January.",
    ])
    assert got[2].name != "Mark Ellis", got[2].reason


def test_two_bare_names_neither_accused(db, scheme):
    got = _all(db, scheme, [
        "Shoppers in Derby say two bakeries have raised prices twice this year.",
        "Marston Vale said flour had cost a third more since March.",
        "Tidewell Farm said energy bills had doubled.",
        "In a statement, the Derby-based firm said prices would be reviewed in June.",
    ])
    assert got[3].name not in ("Marston Vale", "Tidewell Farm"), got[3].reason


def test_a_bare_name_beside_a_company_named_by_its_kind(db, scheme):
    got = _all(db, scheme, [
        "Shoppers in Derby say bread prices have risen twice this year.",
        "Marston Vale said flour had cost a third more since March.",
        "Tidewell Foods said energy bills had doubled.",
        "In a statement, the Derby-based firm said prices would be reviewed in June.",
    ])
    assert got[3].name != "Marston Vale", got[3].reason


def test_the_company_before_any_business_is_named(db, scheme):
    got = _all(db, scheme, [
        "Parents say a nursery has kept deposits for places that were never offered.",
        "The Leeds-based company said every deposit was refundable within 30 days.",
        "Little Acorns said it had refunded 41 families since January.",
    ])
    assert got[1].name != "Little Acorns", got[1].reason
