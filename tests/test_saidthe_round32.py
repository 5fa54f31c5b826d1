"""A name or noun after "said" with a verb of its own opens the reported clause: it is never
the speaker (thirty-second round, issue 11, bug fix on branch i11saidthe32;
domain/proposals/reading.py, ``_opens_reported``).

The lead's article: islanders accuse a ferry firm, CalMarine, of cancelling sailings; "The
Arran Ferry Committee, which represents residents, said the company blamed 'technical
issues' ..." was proposed as CalMarine's ("named after 'said'"): the comma that closes the
relative clause made "said the company" read as the speaker written after the verb
('"...," said the company.'), and "blamed" (a word the name reader stops at) made "the
company" look like the end of the clause. The speaker is the committee, the subject before
"said"; "the company" is the subject of what the committee said.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Islanders on Arran say the ferry operator CalMarine has cancelled hundreds of "
            "sailings this year, leaving patients unable to reach hospital appointments.")
_LEAD = ('The Arran Ferry Committee, which represents residents, said the company blamed '
         '"technical issues" for most of the cancellations but had refused to publish its '
         'maintenance records.')
_REPLY = "CalMarine rejected the claims."


def _second(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, sentence, _REPLY], "en")[1]


# --- the lead's case ---

def test_the_lead_case_is_the_committees(db, scheme):
    got = _second(db, scheme, _LEAD)
    assert got.name == "Arran Ferry Committee", got.reason
    assert got.label == "accusation", got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence, speaker", [
    ("The Arran Ferry Committee, which runs a passenger survey, said the company blamed the "
     "weather for the delays.", "Arran Ferry Committee"),
    ("Ann Kerr, who lives on the island, said the company blamed the weather for every "
     "cancellation.", "Ann Kerr"),
    ("Ann Kerr, who lives on the island, said CalMarine blamed the weather for every "
     "cancellation.", "Ann Kerr"),
    ("Ann Kerr, who lives on the island, said CalMarine had refused to answer her letters.",
     "Ann Kerr"),
    ("Ann Kerr, a retired nurse, said the firm would not say when sailings resume.",
     "Ann Kerr"),
])
def test_the_subject_of_the_reported_clause_is_not_the_speaker(db, scheme, sentence,
                                                                speaker):
    got = _second(db, scheme, sentence)
    assert got.name == speaker, got.reason
    assert "named after 'said'" not in got.reason


# --- near misses: the speaker written after the verb is still read ---

@pytest.mark.parametrize("sentence, speaker", [
    ('"We have run every sailing we safely could," said the company.', "CalMarine"),
    ('"We have been let down again and again," said Ann Kerr, who lives on the island.',
     "Ann Kerr"),
    ('"We have been let down again and again," said Ann Kerr.', "Ann Kerr"),
])
def test_the_speaker_after_the_verb_is_still_read(db, scheme, sentence, speaker):
    got = _second(db, scheme, sentence)
    assert got.name == speaker, got.reason


def test_without_the_relative_clause_nothing_changes(db, scheme):
    got = _second(db, scheme, 'The Arran Ferry Committee said the company blamed "technical '
                              'issues" for most of the cancellations.')
    assert got.name == "Arran Ferry Committee", got.reason
