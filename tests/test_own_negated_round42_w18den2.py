"""A party that says none of its own people or things did the act ("none of its vessels had
entered the zone", "no member of staff had opened the envelopes") answers the allegation: a
denial, even where the act's words are no wrong the lexicons know (forty-second round,
issue 11, bug fix on branch w18den2; domain/proposals/own_negated.py, read in
dispute._rebuttal and the rebuttal's reading; data ``deny42_own_negated`` in
data/cues/en.json), read as one that makes the speaker a denier (not the weak "answers the
accusation before" of a bare rebuttal word). "None of them", a complainant's "none of its
members had been told" and a negated thing of another ("none of the vessels' logs had been
checked") are read as before.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

DREDGING = ["Anglers have accused trawler owners in Kirkbay of dredging inside a protected marine "
            "zone off the coast.",
            "The regional fisheries body has opened an inquiry."]
EXAMS = ["Parents say staff at Ridgeway School opened the sealed exam papers before the test.",
         "The exam board has annulled the results of 40 pupils."]


def _last(db, scheme, sentences):
    """The proposal on an article's last sentence, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")[-1]


def test_none_of_its_own_did_it(db, scheme):
    got = _last(db, scheme, DREDGING + [
        "The Kirkbay Boat Owners' Association said none of its vessels had entered the "
        "zone."])
    assert got.label == "denial", got.label_reason
    assert "its own people or things negated" in got.label_reason


def test_no_member_of_staff_did_it(db, scheme):
    got = _last(db, scheme, EXAMS + [
        "Ridgeway's head, Alan Moss, said no member of staff had opened the envelopes."])
    assert got.label == "denial", got.label_reason


def test_near_misses_stay_as_before(db, scheme):
    for said in ("Residents said none of them had been consulted about the plan.",
                 "The inquiry said none of the vessels' logs had been checked.",
                 "Kirkbay Anglers' Club, which made the complaint, said none of its members "
                 "had been told about the dredging."):
        got = _last(db, scheme, DREDGING + [said])
        assert got.label != "denial", (said, got.label_reason)
