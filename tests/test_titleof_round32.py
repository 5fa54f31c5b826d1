"""An English title, "of", a place of one word and then the holder's name (thirty-second
round, issue 11, bug fix on branch i11titleof32; domain/proposals/name_words.py, data
``speaker32_title_of_holder``).

The lead's article (invented): bus drivers accuse a bus company of cutting their breaks.
"Mayor of Bristol Helen Carter said ..." was read as the office "Mayor of Bristol Helen
Carter". The source is the person (the guidelines): "Helen Carter". "The Mayor of London
said" (no holder) stays the office.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Bus drivers have accused the FirstLine bus company of cutting their rest breaks "
            "to keep services running.")
_DENIAL = "FirstLine denied the claims."


def _name(db, scheme, sentence, language="en"):
    return accepted(db, scheme, [_OPENING, sentence, _DENIAL], language)[1].name


# --- 1. a title, "of", a place and the holder's name ---

def test_the_lead_mayor_of_bristol_is_the_person(db, scheme):
    assert _name(db, scheme, 'Mayor of Bristol Helen Carter said the claims were "deeply '
                             'worrying" and called for an inquiry.') == "Helen Carter"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Bishop of Durham Mark Hale said the drivers deserved better.", "Mark Hale"),
    ("Minister of Health Ana Lopes said the breaks were a safety matter.", "Ana Lopes"),
    ("Archbishop of Canterbury Justin Welby said the claims were serious.", "Justin Welby"),
    ("The rota was unsafe, said Mayor of Leeds Priya Shah.", "Priya Shah"),
    ("Mayor of Bristol Helen Carter, who chairs the panel, said the rota was unsafe.",
     "Helen Carter"),
    # already right on the base: a longer office before the name
    ("Secretary of State for Transport Ruth Ellison said the company must respond.",
     "Ruth Ellison"),
])
def test_the_holder_after_the_office_is_the_source(db, scheme, sentence, name):
    assert _name(db, scheme, sentence) == name


@pytest.mark.parametrize(("sentence", "office"), [
    ("The Mayor of London said the claims were serious.", "Mayor of London"),
    ("Governor of New South Wales said the claims were serious.",
     "Governor of New South Wales"),
    ("The Mayor of Salt Lake City said the claims were serious.", "Mayor of Salt Lake City"),
    ("The Minister of Home Affairs said the claims were serious.", "Minister of Home Affairs"),
    ("The Mayor of Greater Manchester said the claims were serious.",
     "Mayor of Greater Manchester"),
    ("The Duke of Cambridge said the claims were serious.", "Duke of Cambridge"),
])
def test_an_office_of_a_place_without_a_holder_stays_the_office(db, scheme, sentence, office):
    assert _name(db, scheme, sentence) == office
