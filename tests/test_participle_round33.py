"""After a quotation, "said the <description>" followed by a participle phrase: the
description is the speaker (thirty-third round, issue 11, bug fix on branch i11titles33;
domain/proposals/reading.py, ``_described_participle``, read in step 1 of
``_read_speaker``).

The lead's article (invented): '"We were never told why," said the ferry company blamed
for the cancellations.' proposed "continues the previous sentence" (the minister quoted
before). Nothing read the description written after "said": "blamed" was read as a verb
of its own whose subject was the company, and with no name for the company the sentence
went to the speaker before. The participle phrase only describes the company; the
company, which the article never names, is the source as written (the guidelines: a
description that singles out one body is the source as written), or the name the article
gives it.

Every sentence but the lead's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Bus drivers in London have accused Arriva of cutting their rest breaks to keep "
            "timetables.")
_MINISTER = "Ana Lopes, the transport minister, said the tariff would be reviewed next month."


def _name(db, scheme, sentences, language="en"):
    return accepted(db, scheme, sentences, language)[-1].name


# --- the lead's case ---

def test_the_lead_ferry_company_blamed_for_the_cancellations_speaks(db, scheme):
    got = _name(db, scheme, [_OPENING, _MINISTER, '"We were never told why," said the ferry '
                                                  'company blamed for the cancellations.'])
    assert got == "the ferry company"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name"), [
    ('"We were never told why," said the ferry operator criticised for the cancellations.',
     "the ferry operator"),
    ('"We were never told why," said the ferry company accused of cutting services.',
     "the ferry company"),
    ('"We will not sign it," said a union accused of stalling the talks.', "a union"),
    ('"We acted within the rules," said the bus operator fined by the regulator.',
     "the bus operator"),
])
def test_the_description_before_a_participle_phrase_is_the_speaker(db, scheme, sentence,
                                                                   name):
    assert _name(db, scheme, [_OPENING, _MINISTER, sentence]) == name


def test_the_name_the_article_gives_the_description_is_kept(db, scheme):
    # so on the base too (read there as the subject of "blamed")
    got = _name(db, scheme, [
        "Brightwater Ferries runs the route to the islands.", _MINISTER,
        '"We were never told why," said the ferry company blamed for the cancellations.'])
    assert got == "Brightwater Ferries"


# --- near misses: read as before ---

@pytest.mark.parametrize(("sentence", "name"), [
    # a plural of unnamed people names nobody
    ('"We were never told why," said the drivers blamed for the delays.', None),
    # a name after "said" is the speaker as before
    ('"We were never told why," said Brightwater Ferries, blamed for the cancellations.',
     "Brightwater Ferries"),
    # no quotation before "said": the reported clause's subject ("the operator blamed")
    ("Residents said the operator blamed the weather for every cancellation.", None),
])
def test_other_shapes_are_read_as_before(db, scheme, sentence, name):
    assert _name(db, scheme, [_OPENING, sentence]) == name
