"""What officers believe is their body's claim (thirty-seventh round, issue 11, bug fix on
branch w10court4; domain/proposals/officials_believe.py, read for the label in
reading._own_words and for the speaker in reading.read_speaker; data
``speech37_officials_believe``).

The try's article: a tractor stolen from a farm, "West Mercia Police said" earlier, then
"Officers believe the thieves cut through a padlock and towed away a livestock trailer at
the same time." proposed context with no speaker, where "Officers say ..." is a claim by
West Mercia Police. Officials of one body speak as that body (the guidelines).

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Police are appealing for information after a tractor worth about £90,000 was stolen "
    "from a farm near Market Drayton overnight on Tuesday.")
_SAID = (
    "The green 2023-registered tractor, fitted with a front loader, was taken from a locked "
    "shed at Pell Wall Farm between 10pm and 6am, West Mercia Police said.")
_BELIEVE = ("Officers believe the thieves cut through a padlock and towed away a livestock "
            "trailer at the same time.")

_KENT = "Three vans were broken into on a trading estate in Ashford, Kent Police said."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_try_article_officers_believe_is_the_police_claim(db, scheme):
    got = _all(db, scheme, [_OPENING, _SAID, _BELIEVE])[2]
    assert got.label == "claim", got.label_reason
    assert got.name == "West Mercia Police", got.reason


# --- the class, on sentences of our own ---

def test_detectives_believe_that(db, scheme):
    got = _all(db, scheme, [_KENT, "Detectives believe that the same gang targeted a "
                                   "depot in Folkestone last month."])[1]
    assert got.label == "claim", got.label_reason
    assert got.name == "Kent Police", got.reason


def test_officers_claim(db, scheme):
    got = _all(db, scheme, [_KENT, "Officers claim the vans were opened between 2am and "
                                   "4am."])[1]
    assert got.label == "claim", got.label_reason
    assert got.name == "Kent Police", got.reason


# --- near misses: as before ---

def test_residents_believe_is_not_read_as_officials(db, scheme):
    got = _all(db, scheme, [_KENT, "Residents believe the gang has been watching the "
                                   "estate for weeks."])[1]
    assert got.name != "Kent Police", got.reason


def test_no_body_named_no_speaker_from_officers(db, scheme):
    got = _all(db, scheme, ["A tractor was stolen from a farm near Ludlow on Monday night.",
                            "Officers believe the thieves cut through a padlock."])[1]
    assert got.name is None or "officials of it" not in got.reason, got.reason
