"""An English office after "the" with its holder's name between commas (thirty-third round,
issue 11, bug fix on branch i11titles33; domain/proposals/name_words.py,
``holder_apposed``, read in reading._after_preposition).

The lead's article (invented): bus drivers accuse a bus company of cutting their breaks.
"The Mayor of London, Sadiq Khan, said ..." proposed the office "Mayor of London": the name
between the commas was read as a place in apposition to "London", the object of "of" (as in
"di Kabupaten Indramayu, Jawa Barat,"), because the clause opens with "The", not with the
title ("Kepala BBPOM di Surabaya, Retno Widyastuti," was already the person). The person
named is the source (the guidelines: the most specific name the sentence gives). Round 32
fixed the same office with the holder and no commas ("Mayor of Bristol Helen Carter said").

Every sentence but the lead's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Bus drivers have accused the FirstLine bus company of cutting their rest breaks "
            "to keep services running.")
_DENIAL = "FirstLine denied the claims."


def _name(db, scheme, sentence, language="en"):
    return accepted(db, scheme, [_OPENING, sentence, _DENIAL], language)[1].name


# --- the lead's case ---

def test_the_lead_mayor_of_london_named_between_commas_is_the_person(db, scheme):
    assert _name(db, scheme, "The Mayor of London, Sadiq Khan, said he would ask Transport "
                             "for London to look at the rotas.") == "Sadiq Khan"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("The Mayor of Bristol, Helen Carter, said the bridge would close.", "Helen Carter"),
    ("The Bishop of Durham, Mark Hale, said the drivers deserved better.", "Mark Hale"),
    ("The Minister of State for Trade, Ana Lopes, said the deal was close.", "Ana Lopes"),
    ("The Secretary of State for Transport, Louise Haigh, said the review would report in "
     "spring.", "Louise Haigh"),
    ("The Chief Executive of Network Rail, Mark Dunn, said the line would reopen.",
     "Mark Dunn"),
    ("The Minister of Health, Ana Lopes, denied the claims.", "Ana Lopes"),
])
def test_the_holder_between_commas_after_the_office_is_the_source(db, scheme, sentence,
                                                                   name):
    assert _name(db, scheme, sentence) == name


# --- near misses: a place between the commas, no office opening the clause ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("The Mayor of Leeds, West Yorkshire, said the floods had eased.", "Mayor of Leeds"),
    ("The Governor of Jakarta, Indonesia, said the floods had eased.", "Governor of Jakarta"),
    ("The Mayor of London said the claims were serious.", "Mayor of London"),
    ("Mayor of Bristol Helen Carter said the bridge would close.", "Helen Carter"),
])
def test_a_place_or_no_name_between_commas_is_read_as_before(db, scheme, sentence, name):
    assert _name(db, scheme, sentence) == name

