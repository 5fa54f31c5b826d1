"""The person named after an opening participial phrase that names a body is the source
(thirty-second round, issue 11, bug fix on branch i11court32;
domain/proposals/speakers_english.py, ``_FRAMES``).

The lead's article, an English court report: a landlord fined after a ceiling collapsed on
a tenant; "Prosecuting for Swindon Borough Council, Sarah Okoye said Lowe had ..." got no
source ("no speaker named"): the name after the comma was read as a place set in apposition
to the body after "for" ("in Kabupaten Indramayu, Jawa Barat,"), so nobody was left as the
subject. "Speaking outside the court, Sarah Okoye said" was right. The guidelines: the
source is the person who speaks, never the body she speaks for.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ARTICLE = [
    "A landlord who ignored repeated warnings about a leaking roof has been fined £12,000 "
    "after a ceiling collapsed on a sleeping tenant in Swindon.",
    "Gareth Lowe, 54, of Wroughton, admitted two offences under the Housing Act at Swindon "
    "Magistrates' Court on Tuesday.",
    "The court heard that tenant Michelle Grant, 31, had reported the leak to Lowe at least "
    "five times in 2025.",
]
_PROSECUTING = (
    'Prosecuting for Swindon Borough Council, Sarah Okoye said Lowe had "put profit before '
    'the safety of the people living in his properties".')


def _last(db, scheme, sentence, before=()):
    return accepted(db, scheme, [*before, sentence], "en")[-1]


# --- the lead's case ---

def test_the_lead_article_prosecutor_is_the_source(db, scheme):
    got = _last(db, scheme, _PROSECUTING, _ARTICLE)
    assert got.name == "Sarah Okoye", got.reason
    assert got.label == "claim", got.label_reason  # the label is left as it was


def test_the_lead_article_speaking_outside_court_is_unchanged(db, scheme):
    got = _last(db, scheme, "Speaking outside the court, Sarah Okoye said Lowe had put "
                            "profit before safety.", _ARTICLE)
    assert got.name == "Sarah Okoye"


# --- the class, on sentences of our own ---

def test_acting_for_a_named_body(db, scheme):
    got = _last(db, scheme, "Acting for Castleford District Council, Hannah Pryce said the "
                            "flat had no working smoke alarm.")
    assert got.name == "Hannah Pryce", got.reason


def test_giving_evidence_for_a_named_body(db, scheme):
    got = _last(db, scheme, "Giving evidence for Castleford District Council, Hannah Pryce "
                            "said she had visited the flat twice.")
    assert got.name == "Hannah Pryce", got.reason


def test_defending_on_behalf_of_a_named_person(db, scheme):
    got = _last(db, scheme, "Defending on behalf of Martin Hale, Tom Briggs said his client "
                            "had been unwell.")
    assert got.name == "Tom Briggs", got.reason


def test_talking_to_a_named_broadcaster(db, scheme):
    got = _last(db, scheme, "Talking to BBC Wiltshire, Joanne Kerr said she had been "
                            "terrified.")
    assert got.name == "Joanne Kerr", got.reason


def test_a_person_named_before_is_named_in_full(db, scheme):
    got = accepted(db, scheme, [
        "Martin Hale, 61, admitted breaching a prohibition order at Leeds Crown Court.",
        "Hannah Pryce, a housing officer, inspected the flat in March.",
        "Prosecuting for Castleford District Council, Pryce said Hale had ignored five "
        "notices.",
    ], "en")[-1]
    assert got.name == "Hannah Pryce", got.reason


# --- near misses: nothing changes ---

def test_a_plural_of_unnamed_people_after_the_phrase_has_no_source(db, scheme):
    got = _last(db, scheme, "Prosecuting for Castleford District Council, residents said the "
                            "roof was unsafe.")
    assert got.name is None


def test_staff_after_the_phrase_are_not_the_body(db, scheme):
    got = _last(db, scheme, "Acting for Castleford District Council, inspectors said the "
                            "roof was unsafe.")
    assert got.name != "Castleford District Council"


def test_an_acting_title_is_no_phrase(db, scheme):
    got = _last(db, scheme, "Acting Chief Constable Sarah Okoye said the force would "
                            "investigate.")
    assert got.name == "Sarah Okoye"


def test_a_participle_with_no_speech_verb_gives_no_source(db, scheme):
    got = _last(db, scheme, "Acting on a tip-off from Castleford District Council, police "
                            "raided the flat.")
    assert got.name is None
