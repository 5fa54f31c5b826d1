"""A word of the speaker's name standing inside another body's name does not name the
speaker (thirty-fourth round, issue 11, try branch t34transport; domain/proposals/own_act.py
``speaker_at``).

The try article: "A passengers' group has accused Northvale Rail of routinely rejecting
compensation claims ...", the group named next as the Eastway Rail Users' Association. The
side reading looked for the group's name in the sentence by a word that tells it from
others and found "Rail" of "Northvale Rail", right after "accused": the group was read as
the one accused, and everything it said next was proposed as "the accused side's reply to
the allegation", a denial.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("A passengers' group has accused Northvale Rail of routinely rejecting "
            "compensation claims from commuters whose trains were delayed by more than "
            "30 minutes.")
_COUNT = ("The Eastway Rail Users' Association said it had collected 412 claims from members "
          "since June, more than half of which met the operator's own criteria for a payout.")
_QUOTE = ('"People are being told their train ran on time when the station boards showed it '
          'was cancelled," said Moira Gethin, the association\'s chair.')
_DENIAL = "Northvale Rail rejected the allegation."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_accusers_evidence_is_not_the_accused_sides_reply(db, scheme):
    got = _all(db, scheme, [_OPENING, _COUNT, _QUOTE, _DENIAL])
    count, quote, denial = got[1], got[2], got[3]
    assert count.label != "denial", count.label_reason
    assert "accused side" not in count.label_reason
    assert quote.label != "denial", quote.label_reason
    assert "accused side" not in quote.label_reason
    assert denial.label == "denial" and denial.name == "Northvale Rail"


# --- the class, on sentences of our own ---

def test_a_shared_place_word_is_not_the_accusers_name(db, scheme):
    got = _all(db, scheme, [
        "A residents' group has accused Millbrook Energy of cutting off vulnerable "
        "customers in the cold snap.",
        "The Millbrook Action Group said it had recorded 57 disconnections in January.",
        "Millbrook Energy denied the claims.",
    ])
    assert got[1].label != "denial", got[1].label_reason
    assert "accused side" not in got[1].label_reason
    assert got[2].label == "denial" and got[2].name == "Millbrook Energy"


def test_a_water_companys_word_is_not_the_residents_name(db, scheme):
    got = _all(db, scheme, [
        "A patients' group has accused Kingsmead Water of supplying discoloured water to "
        "4,000 homes for a fortnight.",
        "The Kingsmead Residents' Association said it had collected 300 photographs of "
        "brown tap water.",
        "Kingsmead Water said the discolouration was harmless.",
    ])
    assert got[1].label != "denial", got[1].label_reason
    assert "accused side" not in got[1].label_reason
    assert got[2].label == "denial", got[2].label_reason


def test_a_shared_word_is_still_no_accuser_where_nothing_matched_before(db, scheme):
    got = _all(db, scheme, [
        "A drivers' group has accused Severn Coaches of cutting rest breaks on its longest "
        "routes.",
        "The Severn Drivers' Forum said 40 members had signed a grievance.",
        "Severn Coaches rejected the allegation.",
    ])
    assert got[1].label != "denial", got[1].label_reason
    assert got[2].label == "denial"


# --- near misses: the speaker's own word, alone or after a title, still names it ---

def test_a_surname_alone_still_names_the_accuser(db, scheme):
    got = _all(db, scheme, [
        "Dan Hughes, a former driver, said Severn Buses had cut his pay without notice.",
        "Hughes accused the company of breaking his contract.",
    ])
    assert got[1].label == "accusation" and got[1].name == "Dan Hughes"
