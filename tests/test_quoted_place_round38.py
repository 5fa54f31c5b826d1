"""A quotation that ends on a place name does not hide the speaker named after it
(thirty-eighth round, issue 11, bug fix on branch t38c2; domain/proposals/reading.py,
_after_preposition).

The try article (a care worker on trial for stealing from residents): '"Mum hadn't left the
building in two years, so she certainly hadn't booked a week in Tenerife," Susan Aldous said
in a statement read to the court.' was proposed with no speaker: the name after the
quotation's closing comma was read as a place in apposition to the place before it ("in
Tenerife, Susan Aldous", as "di Kabupaten Indramayu, Jawa Barat"), so the object of "in",
never a speaker. A closing quotation mark ends the quotation's clause: the name after it is
the speech verb's subject.

Every sentence here is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A care worker stole more than £11,000 from elderly residents of a Felixstowe nursing "
         "home, using their bank cards to pay for holidays, a jury has heard.")
_DENIES = ("Donna Whitcombe, 44, of Trimley St Mary, denies 14 counts of theft and three of "
           "fraud by abuse of position.")


def _last(db, scheme, sentence, before=(_LEDE, _DENIES)):
    return accepted(db, scheme, [*before, sentence], "en")[-1]


# --- the try article's case ---

def test_the_try_article_daughter_speaks(db, scheme):
    got = _last(db, scheme, '"Mum hadn\'t left the building in two years, so she certainly '
                            'hadn\'t booked a week in Tenerife," Susan Aldous said in a '
                            'statement read to the court.')
    assert got.name == "Susan Aldous", got.reason


# --- the class, on sentences of our own ---

def test_a_quotation_ending_on_a_country(db, scheme):
    got = _last(db, scheme, '"We had been saving for years for a week in Portugal," Tom Hale '
                            'said in a statement read to the jury.')
    assert got.name == "Tom Hale", got.reason


def test_a_quotation_ending_on_a_town_before_a_verb_with_a_listener(db, scheme):
    got = _last(db, scheme, '"Every one of those withdrawals was made at a machine in '
                            'Felixstowe," Detective Constable Ruth Palmer told the court.')
    assert got.name == "Ruth Palmer", got.reason


# --- near misses that must not change ---

def test_a_place_in_apposition_is_still_no_speaker(db, scheme):
    got = _last(db, scheme, "The cards were used at cash machines in Felixstowe, Suffolk, "
                            "the court heard.")
    assert got.name is None, got.reason


def test_a_quotation_without_a_place_keeps_its_speaker(db, scheme):
    got = _last(db, scheme, '"Mum hadn\'t left the building in two years," Susan Aldous said '
                            'in a statement read to the court.')
    assert got.name == "Susan Aldous", got.reason
