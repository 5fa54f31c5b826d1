"""Denials the rules proposed for a speaker the article only seemed to have talked of
(thirtieth round, issue 11, branch i11overdeny30; domain/proposals/spoken_of.py).

``talked_of`` ties a speaker to a party an earlier sentence named (the accused side's reply).
Two readings fired where nobody denies:

- a namesake: the earlier name shares one word with the speaker's name but has another
  name's word before it ("clerk Ruth Ann Hollis" before "Hollis' daughter, Carla Hollis,
  said"), or the speaker's name has one the earlier name lacks ("Harbour Light Media"
  before "Bristol Harbour chief executive Mark Dunleavy said"): a relative or a rival, not
  the accused. A shortened name still ties ("Redgum Orchards" before "Redgum's manager").
- the body a report went to, written with its acronym after its full name ("melaporkan ke
  Badan Siber dan Sandi Negara (BSSN)"): the word before the full name counts.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals import lexicon
from annotator.domain.proposals.spoken_of import talked_of

EN, ID = lexicon("en"), lexicon("id")


# --- whole articles, as a reviewer pressing only `enter` saves them ----------------------

def test_the_victims_relative_is_not_the_accused_side(db, scheme):
    got = accepted(db, scheme, [
        "Lawyers for a man jailed for the 2019 killing of shop owner Mary Ellen Tandy accuse "
        "prosecutors of hiding evidence from the jury.",
        "Tandy's son, Peter Tandy, said the family had waited years for an answer.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert got[1].label != "denial", got[1].label_reason


def test_the_company_talked_of_still_replies_under_a_short_name(db, scheme):
    got = accepted(db, scheme, [
        "A tenants' group has accused a letting agency of keeping deposits without cause.",
        "The group said 40 tenants who rented through Marlow Homes lost part of their "
        "deposit last year.",
        "Marlow's director, Jane Hale, said the tenants had left the flats in a poor state.",
    ], "en")
    assert got[2].label == "denial", got[2].label_reason
    assert "talked of 'marlow'" in got[2].label_reason


# --- the tie itself ----------------------------------------------------------------------

@pytest.mark.parametrize(("speaker", "text", "seen", "lex"), [
    # another person with the same family name
    ("Carla Tandy", "Tandy's daughter, Carla Tandy, said the family was tired.",
     ["He was convicted of killing shop owner Mary Ellen Tandy in 2019."], EN),
    # a rival club named for the same harbour
    ("Joe Price", "Eastport Harbour chief executive Joe Price said the sums were large.",
     ["Players were paid fees by Harbour Light Media, a firm owned by the club's owner."],
     EN),
    # the body a report went to, its acronym after its full name
    ("Andi Wijaya", "Juru bicara BSSN, Andi Wijaya, mengatakan timnya sudah turun.",
     ["Dinas telah melaporkan kebocoran itu ke Badan Siber dan Sandi Negara (BSSN) dan "
      "polisi."], ID),
    ("Andi Wijaya", "Juru bicara BSSN, Andi Wijaya, mengatakan pihaknya menerima laporan.",
     ["KPU telah berkoordinasi dengan Badan Siber dan Sandi Negara (BSSN) untuk menelusuri "
      "data."], ID),
])
def test_no_tie(speaker, text, seen, lex):
    assert talked_of(speaker, text, seen, {}, lex) is None


@pytest.mark.parametrize(("speaker", "text", "seen", "lex"), [
    # the same company, named in full before and short now
    ("Kestrel Orchards", "Kestrel's manager said the water had been bought.",
     ["The agency said meters at Kestrel Orchards' pump station recorded twice the "
      "allocation."], EN),
    # the same person, named in full before
    ("Sugeng Haryanto", "Melalui kuasa hukumnya, Sugeng menyatakan semua pintu dibuka.",
     ["Polisi pada Senin resmi menetapkan Sugeng Haryanto sebagai tersangka."], ID),
    # the body named in full now, short before
    ("Halden Foods", "Halden Foods said its labels were correct.",
     ["The council said the pies Halden supplied to schools contained pork."], EN),
])
def test_the_tie_holds(speaker, text, seen, lex):
    assert talked_of(speaker, text, seen, {}, lex)
