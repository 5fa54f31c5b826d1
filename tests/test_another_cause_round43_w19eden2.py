"""The accused side offering a possible other cause of what it is blamed for ("said the
clenbuterol came from contaminated pork", "a tub left open could have been contaminated
after it was sold") replies to the allegation: a denial, though a word of wrong stands in
the cause it offers (forty-third round, issue 11, bug fix on branch w19eden2;
domain/proposals/another_cause.py, read in dispute._another_cause; data
``deny43_another_cause`` in data/cues/en.json). A speaker who accused before and says the
wells could have been contaminated goes on accusing.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

BAN = ["A national anti-doping panel has banned rower Kasia Lind for two years after a test "
       "found the steroid clenbuterol in her sample.",
       "The panel said the amount found pointed to deliberate use."]
SPILL = ["Residents of Marlow Vale accused Tarnside Chemicals of letting solvent leak into "
         "the village reservoir.",
         "Marlow Vale Residents' Association chair Ruth Okoro said the leak began in spring."]


def _last(db, scheme, sentences):
    """The proposal on an article's last sentence, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")[-1]


def test_source_named_contaminated(db, scheme):
    got = _last(db, scheme, BAN + [
        "Lind's coach, Piotr Nowak, said the clenbuterol came from contaminated pork she ate "
        "at a training camp in Spain."])
    assert got.label == "denial", got.label_reason
    assert "another cause offered" in got.label_reason


def test_possibly_contaminated_after_sale(db, scheme):
    got = _last(db, scheme, BAN + [
        "The nutrition company that supplied her, Fuelwell, said its powders were tested in "
        "every batch and that a tub left open could have been contaminated after it was "
        "sold."])
    assert got.label == "denial", got.label_reason


def test_near_miss_accuser_goes_on(db, scheme):
    got = _last(db, scheme, SPILL + [
        "Okoro said wells near the plant could have been contaminated for months."])
    assert "another cause offered" not in got.label_reason, got.label_reason
