"""A region's office speaking with no holder named is the source as written ("Gubernur Sumut",
"Bupati Klaten"), never its place (thirty-second round, issue 11, bug fix on branch
i11office32; domain/proposals/regions.py office_of_place, name_words.person_in).

The lead's article: "Gubernur Sumut menyatakan akan membangun tanggul laut sepanjang tiga
kilometer tahun depan." proposed "Sumut", a province, as the source. The title was read as a
person's, and the one word after it as the name. A region's title followed only by a place
that shows (speaker10_places, or a place's several words, "Jawa Tengah") names the office;
with a holder named after the place ("Bupati Klaten Sri Mulyani") the person stays the source.
English had the same shape: "The Mayor of London said" proposed "of London".

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.corpus import add_document
from support.proposals import accepted, speaker

from annotator.domain.proposals import propose
from annotator.domain.speakers import SourceIndex

_LEAD = ("Gubernur Sumut menyatakan akan membangun tanggul laut sepanjang tiga kilometer tahun "
         "depan.")


def _id(db, scheme, sentence):
    return speaker(db, scheme, [sentence], "id")


# --- the lead's case ---

def test_the_lead_governor_of_a_province_is_the_office(db, scheme):
    assert _id(db, scheme, _LEAD) == "Gubernur Sumut"


# --- the class, on sentences of our own ---

def test_a_province_of_two_words(db, scheme):
    assert _id(db, scheme, "Gubernur Jawa Tengah menyatakan akan menambah kuota pupuk "
                           "bersubsidi.") == "Gubernur Jawa Tengah"


def test_a_regent_of_a_listed_regency(db, scheme):
    assert _id(db, scheme, "Bupati Klaten mengatakan pihaknya akan memeriksa semua kios "
                           "pupuk.") == "Bupati Klaten"


def test_a_province_short_form(db, scheme):
    assert _id(db, scheme, "Gubernur Sulsel mengatakan pihaknya akan memeriksa semua kios "
                           "pupuk.") == "Gubernur Sulsel"


def test_a_police_chief_of_a_province(db, scheme):
    assert _id(db, scheme, "Kapolda Jatim menegaskan pihaknya akan menindak tegas para "
                           "penimbun.") == "Kapolda Jatim"


def test_a_later_bare_title_is_the_office_named_before(db, scheme):
    got = accepted(db, scheme, [
        _LEAD,
        "Warga pesisir mengeluhkan banjir rob yang terus datang.",
        "Gubernur mengatakan tanggul itu akan selesai pada 2027.",
    ], "id")
    assert got[0].name == "Gubernur Sumut"
    assert got[2].name == "Gubernur Sumut", got[2].reason


def test_a_bare_title_in_another_article_is_not_that_office(db, scheme):
    accepted(db, scheme, [_LEAD], "id")
    ids = add_document(db, "d2", ["Gubernur mengatakan pihaknya akan menambah kuota pupuk."],
                       ordinal=1)
    got = propose(db, ids[0], "ana", scheme, SourceIndex.from_db(db))
    assert got.name == "Gubernur", got.reason  # a new source, as written


def test_english_an_office_of_a_place(db, scheme):
    assert speaker(db, scheme, ["The Mayor of London said the city would build a flood "
                                "barrier next year."], "en") == "Mayor of London"


def test_english_an_office_of_a_portfolio(db, scheme):
    assert speaker(db, scheme, ["The Minister of Health said the clinics would reopen next "
                                "week."], "en") == "Minister of Health"


# --- near misses that must not change ---

def test_a_holder_named_after_the_place_stays_the_source(db, scheme):
    assert _id(db, scheme, "Bupati Klaten Sri Mulyani mengatakan pihaknya akan memeriksa "
                           "semua kios pupuk.") == "Sri Mulyani"


def test_a_holder_after_a_province_of_two_words(db, scheme):
    assert _id(db, scheme, "Gubernur Jawa Timur Khofifah Indar Parawansa mengatakan pihaknya "
                           "akan memeriksa semua kios.") == "Khofifah Indar Parawansa"


def test_a_mayor_is_read_as_before(db, scheme):
    assert _id(db, scheme, "Wali Kota Medan mengatakan pihaknya akan memeriksa semua kios "
                           "pupuk.") == "Wali Kota Medan"


def test_one_unlisted_word_after_a_title_stays_a_name(db, scheme):
    assert _id(db, scheme, "Bupati Ade mengatakan pihaknya akan memeriksa semua kios "
                           "pupuk.") == "Ade"


def test_english_a_person_of_a_firm_stays_the_person(db, scheme):
    assert speaker(db, scheme, ["Paul Orme of Kestrel Mining said the mine would reopen next "
                                "week."], "en") == "Paul Orme"


def test_a_holder_named_between_commas_is_read_as_before(db, scheme):
    got = accepted(db, scheme, [
        "Kapolres Klaten, AKBP Rudi Hartono, mengatakan pihaknya akan memeriksa semua kios.",
        "Gubernur Sumut, yang hadir dalam rapat itu, menyatakan akan membangun tanggul laut.",
    ], "id")
    assert got[0].name == "Rudi Hartono"
    assert got[1].name == "Gubernur Sumut"
