"""Claims, denials and accusations the rules proposed where gold has context (twenty-ninth
round, issue 11, branch i11context29b; domain/proposals/if_proven.py and
ruling_reaction.py, data ``context29_if_proven`` and ``context29_ruling_reaction``).

The guidelines: wrongdoing put as a condition is not yet an accusation, and a plan, a
feeling or what happens next is context, keeping its speaker. Two shapes the rules read as
the speaker's claim or as the accused side's reply:

- a penalty under a condition of proof ("Kalau terbukti ..., izinnya bisa kami bekukan",
  "has the power to suspend the permit if the tests confirm a breach"); without a word of
  possibility ("Kalau terbukti, itu pelanggaran berat") or with the proof negated it is
  left to the other rules;
- a party's reaction to a ruling against it: it accepts or welcomes the decision, or says
  it will (not) appeal; not when it argues beside it ("arguing that ...", "karena"), nor an
  admission.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE_EN = ("Residents of Carrow Bay say a quarry run by Hillmead Aggregates has been dumping "
            "silt into the estuary since June.")
_LEDE_ID = ("Warga Desa Sukaraja menuding PT Batu Alam Perkasa menambang pasir di luar "
            "wilayah izinnya sejak Juni.")


def test_a_penalty_if_proven_is_context_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Kepala Dinas Lingkungan Hidup, Rahmat Subagyo, mengatakan timnya sudah mengambil "
        "sampel air sungai.",
        "\"Jika terbukti mencemari sungai, kegiatan tambangnya bisa kami hentikan,\" ujarnya.",
    ], "id")
    assert got[2].label == "context", got[2].label_reason
    assert "terbukti" in got[2].label_reason


def test_a_penalty_if_the_tests_confirm_is_context_in_english(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The regulator has the power to close the quarry if the samples confirm a breach, "
        "its director Alan Pryce said.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason


def test_a_judgement_under_a_condition_is_not_read_as_a_penalty(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "\"Kalau terbukti, itu pelanggaran berat terhadap izin lingkungan,\" kata Ketua "
        "Walhi Jawa Barat, Dedi Suhendar.",
    ], "id")
    assert "terbukti" not in got[1].label_reason


def test_a_negated_proof_is_not_read_as_a_penalty(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "If the claims are not proven, the residents could face a defamation suit, the "
        "company's lawyer Mark Ellison said.",
    ], "en")
    assert "not proven" not in got[1].label_reason


_RULED_EN = ("The Competition Authority fined three bakery chains a total of £40m on Tuesday "
             "for fixing the price of bread.")
_RULED_ID = ("Komisi Informasi Daerah memutuskan PT Tirta Jaya Abadi melanggar aturan "
             "keterbukaan informasi dan wajib membuka data tarif airnya.")


def test_accepting_the_ruling_is_context_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        _RULED_ID,
        "Direktur PT Tirta Jaya Abadi, Hendra Wijaya, menerima putusan itu dan menyatakan "
        "akan membuka data tarif bulan depan.",
    ], "id")
    assert got[1].label == "context", got[1].label_reason


def test_saying_it_would_appeal_is_context_after_the_fine_in_a_relative_clause(db, scheme):
    got = accepted(db, scheme, [
        _RULED_EN,
        "Loafwell, which was fined £18m, said it would appeal.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "would appeal" in got[1].label_reason


def test_accepting_the_findings_is_context_in_english(db, scheme):
    got = accepted(db, scheme, [
        _RULED_EN,
        "Crumb & Co said it accepted the authority's findings and would not appeal.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason


def test_an_appeal_that_argues_is_not_read_as_a_reaction(db, scheme):
    got = accepted(db, scheme, [
        _RULED_EN,
        "Loafwell said it would appeal, arguing that its prices had followed the cost of "
        "flour.",
    ], "en")
    assert "reaction to a ruling" not in got[1].label_reason


def test_rejecting_the_ruling_and_appealing_is_not_read_as_a_reaction(db, scheme):
    got = accepted(db, scheme, [
        _RULED_ID,
        "Manajemen PT Tirta Jaya Abadi menolak putusan itu dan akan mengajukan keberatan.",
    ], "id")
    assert "reaction to a ruling" not in got[1].label_reason


def test_receiving_a_copy_of_the_ruling_is_not_accepting_it(db, scheme):
    got = accepted(db, scheme, [
        _RULED_ID,
        "Kuasa hukum perusahaan, Rudi Santoso, mengatakan pihaknya belum menerima salinan "
        "putusan tersebut.",
    ], "id")
    assert "reaction to a ruling" not in got[1].label_reason


def test_a_policy_of_not_commenting_is_declining_to_comment(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "Hillmead Aggregates said it does not comment on matters before the courts.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason
    assert "does not comment" in got[1].label_reason


def test_saying_it_cannot_comment_is_declining_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Humas PT Batu Alam Perkasa, Yoga Pratama, mengatakan pihaknya tidak dapat "
        "berkomentar selama pemeriksaan berjalan.",
    ], "id")
    assert got[1].label == "context", got[1].label_reason


def test_not_accepting_the_findings_is_no_reaction(db, scheme):
    got = accepted(db, scheme, [
        _RULED_EN,
        "\"We don't accept the authority's findings,\" Loafwell's chief executive said.",
    ], "en")
    assert "reaction to a ruling" not in got[1].label_reason
