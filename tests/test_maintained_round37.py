"""Innocence maintained is a denial (thirty-seventh round, issue 11, bug fix on branch
w10court2; domain/proposals/maintained.py, data ``deny37_maintained``).

The try's article: a director is disqualified after the Insolvency Service found he moved
£640,000 out of his firm; his solicitor "said on Thursday her client was 'disappointed' by
the ruling and maintained he had acted 'honestly throughout'", proposed a claim. To
maintain one's innocence, or that one acted honestly or properly, is the accused side's
denial. "Maintained the building", "maintained its forecast" stay as they were.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "The director of a collapsed scaffolding company has been disqualified from running "
    "businesses for nine years after the Insolvency Service found he moved more than "
    "£640,000 out of the firm in the months before it went bust.")
_NAMED = (
    "Gareth Lowrie, 46, of Bolton, was the sole director of Apex Rise Scaffolding Ltd, which "
    "entered creditors' voluntary liquidation in October 2024 owing £1.9 million.")
_SOLICITOR = (
    'His solicitor, Fiona Ashdown of Ashdown Legal, said on Thursday her client was '
    '"disappointed" by the ruling and maintained he had acted "honestly throughout".')

_FINED = ("The regulator fined Brookfield Energy Ltd £2m after finding it had overcharged "
          "thousands of customers.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [_FINED, sentence], "en")[1]


# --- the try's case ---

def test_the_try_article_solicitor_maintained_is_a_denial(db, scheme):
    got = accepted(db, scheme, [_OPENING, _NAMED, _SOLICITOR], "en")[2]
    assert got.label == "denial", got.label_reason
    assert got.name == "Fiona Ashdown"


# --- the class, on sentences of our own ---

def test_maintained_it_had_acted_properly(db, scheme):
    got = _one(db, scheme, "The company maintained that it had acted properly at all times.")
    assert got.label == "denial", got.label_reason
    assert "maintained" in got.label_reason


def test_maintains_he_did_nothing_wrong(db, scheme):
    got = _one(db, scheme, "Its chief executive, Alan Pryce, maintains he has done nothing "
                           "wrong.")
    assert got.label == "denial", got.label_reason
    assert got.name == "Alan Pryce"


def test_maintained_his_innocence(db, scheme):
    got = _one(db, scheme, "Pryce has maintained his innocence throughout the inquiry.")
    assert got.label == "denial", got.label_reason
    assert "maintained his innocence" in got.label_reason


# --- near misses: not read as innocence maintained ---

def test_maintained_a_building_or_a_forecast_is_not_read(db, scheme):
    sentences = ["The council maintained the building for decades.",
                 "The bank maintained its forecast for growth next year.",
                 "The firm said it had never maintained that it acted alone."]
    got_all = accepted(db, scheme, [_FINED, *sentences], "en")[1:]
    for sentence, got in zip(sentences, got_all, strict=True):
        assert "maintained" not in got.label_reason or got.label != "denial", (
            sentence, got.label_reason)
