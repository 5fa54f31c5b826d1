"""A state's coast guard or border guard is a body, and "the coast guard" the one the
article names (thirty-eighth round, issue 11, bug fix on branch t38b2;
domain/proposals/kinds.py, ``_guard_ended``; speakers_english.py, ``_tail_named``).

The try helper's wire story: "The Philippine Coast Guard on Tuesday accused ... Halverson
Marine of causing an oil spill", then "The coast guard said samples taken from the slick
matched the bunker fuel ..." and "According to the coast guard, the tanker was carrying
...". "Philippine Coast Guard" was read as a person's name (no body's head word), so "the
coast guard" found no body and both sentences had no source. A name ending in "Coast
Guard", "Border Guard" or "National Guard" is now a government body, and "according to
the coast guard" takes the body whose name ends in those words.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("The Philippine Coast Guard on Tuesday accused Singapore-based tanker operator "
         "Halverson Marine of causing an oil spill that has fouled more than 40 km of "
         "coastline in Oriental Mindoro province.")
_SAMPLES = ("The coast guard said samples taken from the slick matched the bunker fuel "
            "carried by the Halverson-operated tanker Sea Corsair.")
_ACCORDING = ("According to the coast guard, the tanker was carrying about 800,000 litres "
              "of industrial fuel oil when it ran aground.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_coast_guard_is_the_body_the_article_names(db, scheme):
    got = _all(db, scheme, [_LEDE, _SAMPLES, "Halverson Marine denied that the Sea Corsair "
                            "was the source of the spill.", _ACCORDING])
    assert got[0].name == "Philippine Coast Guard"
    assert got[1].name == "Philippine Coast Guard", got[1].reason
    assert got[3].name == "Philippine Coast Guard", got[3].reason


# --- the class, on sentences of our own ---

def test_a_border_guard_speaks_as_its_body(db, scheme):
    got = _all(db, scheme, [
        "The Polish Border Guard accused Belarusian officers of pushing 60 migrants across "
        "the frontier on Sunday night.",
        "The border guard said the group had been brought to the fence in military trucks.",
        "According to the border guard, 14 of the migrants were children.",
    ])
    assert [g.name for g in got] == ["Polish Border Guard"] * 3, [g.reason for g in got]


def test_the_hellenic_coast_guard_after_a_rescue(db, scheme):
    got = _all(db, scheme, [
        "The Hellenic Coast Guard said on Monday it had rescued 43 people from a sinking "
        "boat off Lesbos.",
        "According to the coast guard, two people were still missing.",
    ])
    assert got[0].name == "Hellenic Coast Guard"
    assert got[1].name == "Hellenic Coast Guard", got[1].reason


# --- near misses that must not change ---

def test_a_person_called_guard_stays_a_person(db, scheme):
    got = _all(db, scheme, [
        "Harbour master Peter Guard said the ferry had left port 20 minutes late.",
        "Guard said the crew had followed every procedure.",
    ])
    assert got[0].name == "Peter Guard"
    assert got[1].name == "Peter Guard"


def test_a_security_guard_is_no_coast_guard(db, scheme):
    got = _all(db, scheme, [
        "The Philippine Coast Guard said the ferry had capsized in strong winds.",
        "A security guard at the port, Ramon Dizon, said passengers had been turned away.",
    ])
    assert got[1].name == "Ramon Dizon"


def test_according_to_a_description_no_name_ends_in(db, scheme):
    got = _all(db, scheme, [
        "The Philippine Coast Guard said the ferry had capsized in strong winds.",
        "According to the local fishermen, the boat had been overloaded.",
    ])
    assert got[1].name != "Philippine Coast Guard"
