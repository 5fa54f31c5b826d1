""""Speaking to the Gazette, Mr Adeyemi said": the person named before in full, not a new
source "Mr Adeyemi" (thirty-fifth round, issue 11, try helper t35a;
domain/proposals/speakers_english.py, ``_honorific_surname``).

The try's article (a local paper): "Clearway's owner, Marcus Adeyemi, told the ASA ..." then
'Speaking to the Gazette, Mr Adeyemi said he was "disappointed" with the ruling ...' and
'"We have taught hundreds of people ...," he said.' The frame before the subject names an
outlet, so the rules before found no speaker; the reading after them took the subject as
written, honorific and all, and the analyst's list gained "Mr Adeyemi" and then "Adeyemi"
beside "Marcus Adeyemi". The guidelines: one source however the article titles the person.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_OWNER = ("Clearway's owner, Marcus Adeyemi, told the ASA the figure was based on the "
          "school's own records of pupils who passed \"when we judged them ready to sit the "
          "test\".")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_speaking_to_the_paper_mr_surname(db, scheme):
    got = _all(db, scheme, [
        _OWNER,
        "Speaking to the Gazette, Mr Adeyemi said he was \"disappointed\" with the ruling "
        "and had already removed the figure from the school's website.",
        "\"We have taught hundreds of people in this city to drive and I stand by our "
        "results,\" he said.",
    ])
    assert got[1].name == "Marcus Adeyemi", got[1].reason
    assert got[2].name == "Marcus Adeyemi", got[2].reason


# --- the class, on sentences of our own ---

def test_writing_on_facebook_ms_surname(db, scheme):
    got = _all(db, scheme, [
        "The nursery's manager, Joanne Pike, said staff had followed every procedure.",
        "Writing on Facebook, Ms Pike said the inspection had been \"deeply unfair\".",
    ])
    assert got[1].name == "Joanne Pike", got[1].reason


# --- near misses ---

def test_an_honorific_surname_nobody_named_in_full_stays(db, scheme):
    got = _all(db, scheme, [
        "The school was told to remove the figure.",
        "Speaking to the Gazette, Mr Adeyemi said he was disappointed.",
    ])
    assert got[1].name == "Mr Adeyemi", got[1].reason


def test_without_a_frame_the_rules_before_read_the_surname(db, scheme):
    got = _all(db, scheme, [_OWNER, "Mr Adeyemi said he was disappointed."])
    assert got[1].name == "Marcus Adeyemi"
