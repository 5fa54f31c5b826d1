"""A capitalised "Dan" opening a name in English text (thirty-second round, issue 11, bug
fix on branch i11titleof32; domain/proposals/name_words.py, first_listed).

The lead's article (invented): bus drivers accuse a bus company of cutting their breaks.
"..., Dan Whitfield told councillors ..." gave "Whitfield": the capitalised "Dan" was read as
the Indonesian "dan" ("and") opening a list. In English it is a first name; in Indonesian
"dan" stays the conjunction.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Bus drivers have accused the FirstLine bus company of cutting their rest breaks "
            "to keep services running.")
_DENIAL = "FirstLine denied the claims."


def _name(db, scheme, sentence, language="en"):
    return accepted(db, scheme, [_OPENING, sentence, _DENIAL], language)[1].name


# --- 2. "Dan" opening a name in English ---

def test_the_lead_dan_whitfield_is_named_whole(db, scheme):
    assert _name(db, scheme, "Appearing for the drivers' union at a council hearing, Dan "
                             "Whitfield told councillors the rota was unsafe.") == "Dan Whitfield"


@pytest.mark.parametrize("sentence", [
    "At the hearing, Dan Whitfield said the rota was unsafe.",
    "Dan Whitfield said the rota was unsafe.",
    "The rota was unsafe, Dan Whitfield said.",
    "Councillor Dan Whitfield said the rota was unsafe.",
])
def test_dan_is_a_first_name_in_english(db, scheme, sentence):
    assert _name(db, scheme, sentence) == "Dan Whitfield"


def test_a_list_in_english_still_names_the_first(db, scheme):
    assert _name(db, scheme, "Speaking in Leeds, Dan Whitfield and Mary Cole said the rota "
                             "was unsafe.") == "Dan Whitfield"


def test_indonesian_dan_stays_the_conjunction(db, scheme):
    got = accepted(db, scheme, [
        "Sopir bus menuduh PT Sinar Jaya memangkas waktu istirahat mereka.",
        "Kementerian Perhubungan dan Badan Pengelola Transportasi menyatakan jadwal itu "
        "tidak aman.",
        "PT Sinar Jaya membantah tuduhan itu.",
    ], "id")
    assert got[1].name == "Kementerian Perhubungan"
