"""A person named as the subject after a titled run is the person alone (forty-first round,
issue 11, branch w17ttl1; speakers_proposed.person_untitled).

"Harbour Police Chief Dana Whitlock said" proposed the whole run, "Harbour Police Chief
Dana Whitlock", as the source, and a later "Ms Whitlock said" resolved to that run: the
guidelines' source is the person, "Dana Whitlock". A title word ("chief") before a name of
two capitalised words now leaves the person alone, wherever the run opens (a place, a
service). A body a title word opens ("National Audit Office", "National Trading
Standards": a word that only qualifies an office) keeps its name whole.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each new source registered as
`enter` registers it before the next sentence is read."""

from __future__ import annotations

import pytest
from support.proposals import registered


@pytest.mark.parametrize(("sentences", "person"), [
    (["Harbour Police Chief Dana Whitlock said the crowd had been warned twice.",
      "Ms Whitlock said officers had acted lawfully."], "Dana Whitlock"),
    (["Westfield Fire Chief Tom Barrow said the blaze started in a storage room.",
      "Barrow added that the alarms had been switched off."], "Tom Barrow"),
    (["Police Chief Arnold Kemp told reporters the officers would be suspended."],
     "Arnold Kemp"),
])
def test_the_titled_run_leaves_the_person(db, scheme, sentences, person):
    got = registered(db, scheme, sentences, "en")
    assert [g.name for g in got] == [person] * len(sentences), [g.reason for g in got]


@pytest.mark.parametrize(("sentence", "body"), [
    ("The National Audit Office said the ministry had overpaid.", "National Audit Office"),
    ("The General Dental Council said it was investigating the clinic.",
     "General Dental Council"),
    ("Nine sellers were fined last year, according to National Trading Standards.",
     "National Trading Standards"),
])
def test_a_body_a_title_word_opens_stays_whole(db, scheme, sentence, body):
    got = registered(db, scheme, [sentence], "en")
    assert got[0].name == body, got[0].reason
