"""A hedge over what one underwent is a wrong alleged when a wrong's word or its agent
follows ("diduga mengalami pelecehan oleh gurunya", "diduga mengalami penganiayaan selama
pemeriksaan"), where branch w19iacc3 read every "diduga mengalami" as what befell, a claim
(forty-third round, issue 11, a narrowing of w19iacc3 on branch w19iacc6;
``acts._befell_at``; data ``w19iacc_hedged_befell.undergone`` in data/cues/id.json). What
befell with no wrong named ("disinyalir mengalami kerusakan mesin") stays a claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh


def _alone(db, scheme, sentence):
    """The proposal on a one-sentence article, the database emptied after it."""
    return accepted_afresh(db, scheme, [sentence], "id")[0]


def test_what_befell_with_no_wrong_stays_a_claim(db, scheme):
    got = _alone(db, scheme, "Kapal motor penyeberangan itu disinyalir mengalami kerusakan "
                             "mesin sebelum terbalik di perairan Selayar.")
    assert got.label == "claim", got.label_reason


def test_a_wrong_undergone_is_an_accusation(db, scheme):
    for said in ("Seorang siswi SMP di Kendal diduga mengalami pelecehan seksual oleh guru "
                 "olahraganya sendiri.",
                 "Dua tahanan Polsek Medan Timur diduga mengalami penganiayaan selama "
                 "pemeriksaan."):
        got = _alone(db, scheme, said)
        assert got.label == "accusation", (said, got.label_reason)
