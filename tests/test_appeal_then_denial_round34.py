"""An appeal that opens a quotation does not hide the denial made after it in a clause of
its own (thirty-fourth round, issue 11, bug fix on branch i11jangan34;
domain/proposals/reading.py, ``_main_act`` and ``_denied_after``).

The lead's article: a club manager accuses the referee of taking a bribe; the other club's
secretary replies, "Jangan cari kambing hitam. Kami tidak pernah berhubungan dengan wasit,"
kata Hendra saat dihubungi. That was proposed context, "an appeal or a call: 'jangan'": the
appeal stood before the denial, and the same two sentences in the other order were a
denial. A denial cue after a comma or a full stop that follows the appeal now decides; a cue
inside the appeal's own clause ("Jangan menyebar fitnah") is what the appeal wants stopped.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ACCUSED = [
    "Manajer Persikota Tangerang, Agus Salim, menuding wasit yang memimpin laga melawan "
    "Persipa Pati pada Minggu (29/11) menerima suap.",
    "Manajemen Persipa Pati menepis tudingan itu.",
    "Sekretaris Persipa, Hendra Wijaya, menyebut kemenangan timnya murni hasil kerja keras "
    "pemain.",
]
_LEAD = ("\"Jangan cari kambing hitam. Kami tidak pernah berhubungan dengan wasit,\" kata "
         "Hendra saat dihubungi.")


def test_the_lead_sentence_is_a_denial(db, scheme):
    got = accepted(db, scheme, _ACCUSED + [_LEAD], "id")[-1]
    assert got.label == "denial", got.label_reason
    assert got.name == "Hendra Wijaya"


@pytest.mark.parametrize("sentence", [
    "\"Jangan asal tuduh. Kami tidak pernah menerima uang dari siapa pun,\" ujar Hendra.",
    "\"Jangan menyebar fitnah, tuduhan itu tidak benar,\" kata Hendra.",
    "\"Jangan percaya kabar itu. Semua tudingan itu hoaks,\" kata Hendra.",
])
def test_an_appeal_then_a_denial_of_its_own_denies(db, scheme, sentence):
    got = accepted(db, scheme, _ACCUSED + [sentence], "id")[-1]
    assert got.label == "denial", got.label_reason


@pytest.mark.parametrize("sentence", [
    # the appeal alone, or its own object, stays an appeal
    "\"Jangan khawatir, kami akan membayar semua tunggakan,\" kata Hendra.",
    "\"Jangan menyebar fitnah soal klub kami,\" kata Hendra.",
    "Ia meminta semua pihak tidak menyebarkan kabar bohong.",
])
def test_an_appeal_without_a_denial_of_its_own_stays_context(db, scheme, sentence):
    got = accepted(db, scheme, _ACCUSED + [sentence], "id")[-1]
    assert got.label == "context", got.label_reason
    assert "an appeal or a call" in got.label_reason
