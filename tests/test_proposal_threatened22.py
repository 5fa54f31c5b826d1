"""Enforcement that is only the consequence of a condition, still to come ("Kalau hasilnya
melebihi baku mutu, kami akan memberikan sanksi"), is a warning: context, not an accusation
(twenty-second round: met on a fresh Indonesian article). Enforcement taken, or a condition
with no enforcement to come, reads as before. Every sentence is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

ALLEGATION = {
    "id": "Warga menuding bengkel cat itu membuang sisa cat ke selokan.",
    "en": "Residents have accused a paint workshop of pouring waste paint into a drain.",
}


def label(db, scheme, sentence, language):
    return accepted(db, scheme, [ALLEGATION[language], sentence], language)[-1].label


@pytest.mark.parametrize("sentence, language", [
    ('"Kalau terbukti mencemari, kami akan memberikan sanksi administratif," kata Camat '
     "Sukasari, Rahmat Hidayat.", "id"),
    ("Jika hasil uji melampaui ambang batas, dinas akan menjatuhkan denda kepada bengkel "
     "itu.", "id"),
])
def test_enforcement_to_come_under_a_condition_is_context(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "context"


@pytest.mark.parametrize("sentence, language", [
    ("Dinas Lingkungan Hidup menjatuhkan denda Rp 50 juta kepada bengkel itu pada Senin.",
     "id"),
    ("The council fined the workshop £4,000 on Monday for polluting the drain.", "en"),
])
def test_enforcement_taken_is_still_an_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"
