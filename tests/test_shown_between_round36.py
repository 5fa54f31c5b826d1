"""A noun before "show"/"shows" is not the description of the name after it (thirty-sixth
round, issue 11, bug fix on branch w9group3; data ``speaker19_en`` "acts_between", read by
acts_between.py in entities._verb_between).

The try helper's variant: "Ship-tracking data compiled by the group show the Meridian Star
slowed to under four knots." The entity table read "the group ... the Meridian Star" as a
noun and the name it describes ("the charity Northern Shelter Trust"), so the ship took the
noun "group", and "The group said ..." and "data compiled by the group" elsewhere in the
article were proposed as Meridian Star.

Every sentence but the try helper's variant is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.entities import entity_table


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_group_is_not_the_ship(db, scheme):
    got = _all(db, scheme, [
        "Blue Aegean Watch released satellite images which it said showed a slick trailing "
        "the bulk carrier Meridian Star.",
        "The group said the slick was 12 kilometres long.",
        "According to ship-tracking data compiled by the group, the Meridian Star slowed to "
        "under four knots.",
        "According to data compiled by Blue Aegean Watch, the ship slowed to under four knots.",
        "Ship-tracking data compiled by the group show the Meridian Star slowed to under four "
        "knots.",
    ])
    for k in (1, 2, 4):
        assert got[k].name != "Meridian Star", (k, got[k].reason)


# --- the class, on sentences of our own ---

def test_figures_by_the_union_show_a_company():
    table = entity_table((
        "Figures gathered by the union show Harbour Foods cut 300 jobs last year.",
        "Data released by the charity shows Kestrel Homes evicted 40 families."), "en")
    nouns = {e.name: e.nouns for e in table.entities}
    assert "union" not in nouns["Harbour Foods"]
    assert "charity" not in nouns["Kestrel Homes"]


# --- near misses: nothing changes ---

def test_a_noun_before_its_name_still_describes_it(db, scheme):
    got = _all(db, scheme, [
        "The campaign group Clean Seas Alliance has accused Kessel Shipping of dumping oil.",
        "The group said its divers had filmed the slick.",
    ])
    assert got[1].name == "Clean Seas Alliance", got[1].reason
