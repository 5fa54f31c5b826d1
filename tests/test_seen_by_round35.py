"""Who saw or obtained a document is not its speaker: "According to a letter seen by the
Echo, ..." has no source from the Echo (thirty-fifth round, issue 11, try branch t35d;
domain/proposals/seen.py ``_only_seen``, data ``speaker35_seen_not_issued``).

The try article (a local paper: a rugby club accuses its council landlord of pricing it
out of its ground): "According to a letter seen by the Echo, the council's property team
has proposed a new 10-year lease at £17,500 a year ..." was proposed with the source
"Echo" (named after 'according to' (agent of 'seen by')): the paper that saw the letter
was read as the one who said what it says. The guidelines: a document speaks for whoever
issued it; the readable gold leaves such sentences with no source ("A copy of the contract
seen by the AP lists ...", "Maintenance logs seen by Meridian Wire show ...", "..., according
to redundancy letters seen by the Herald"). The agent after "seen by", "obtained by",
"reviewed by" and the like is no longer read as the speaker; a newsroom that says it has
seen a document, an agent of issuing ("released by", "commissioned by"), "leaked to" and
Indonesian are read as before.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = [
    "Rodborough Rovers RFC has accused Severn Vale District Council of trying to force the "
    "club off its Fromeside ground by demanding a rent rise of more than 400 per cent.",
    "The club, which has played at Fromeside since 1921, pays £3,200 a year under a lease "
    "that expires next March.",
]
_LEAD = ("According to a letter seen by the Echo, the council's property team has proposed "
         "a new 10-year lease at £17,500 a year and asked the club to take on repairs to the "
         "grandstand roof.")


def _all(db, scheme, sentences, language="en"):
    return accepted(db, scheme, sentences, language)


def test_the_try_sentence_is_not_the_paper_s(db, scheme):
    got = _all(db, scheme, _OPENING + [_LEAD])[-1]
    assert got.name != "Echo", got.reason
    assert "seen by" not in got.reason


@pytest.mark.parametrize("sentence", [
    "Invoices seen by the Evening Courier show the contractor was paid twice for the roof.",
    "A copy of the tenancy agreement obtained by the Gazette lists a rent of £900 a month.",
    "Six of the ten kitchens failed, according to inspection reports reviewed by the "
    "Herald.",
    "The spreadsheets, seen by Northern Wire, list a bonus beside each manager's name.",
    "Bank statements examined by the tenants' association show the deposits were never "
    "protected.",
])
def test_who_saw_a_document_does_not_speak_for_it(db, scheme, sentence):
    got = _all(db, scheme, [sentence])[0]
    assert got.name is None, got.reason


# --- near misses: read as before ---

@pytest.mark.parametrize("sentences, name", [
    (["The Daily Courier has seen letters in which the mayor asks for the land."],
     "Daily Courier"),
    (["Tenants at Castle Road say their landlord overcharged them for heating.",
      "Emails leaked to the Westbury Herald show the manager knew of the fault in May."],
     "Westbury Herald"),
    (["The council ignored warnings about the bridge, according to a report published by "
      "the Local Government Ombudsman."], "Local Government Ombudsman"),
    (["The consumer group Fair Basket says supermarket honey is often diluted.",
      "In laboratory tests commissioned by the group, six of ten jars contained added sugar "
      "syrup."], "Fair Basket"),
])
def test_a_newsroom_s_own_seeing_and_an_issuer_still_speak(db, scheme, sentences, name):
    got = _all(db, scheme, sentences)[-1]
    assert got.name == name, got.reason


def test_indonesian_is_read_as_before(db, scheme):
    got = _all(db, scheme, [
        "Salinan kontrak yang diperoleh Harian Nusantara Pos menunjukkan harga naik dua kali "
        "lipat."], "id")[0]
    assert got.name == "Harian Nusantara Pos", got.reason
