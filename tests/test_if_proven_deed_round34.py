"""A wrongful deed inside an "if" clause is no accusation: "akan mencabut kontrak
distributor jika terbukti menyalahgunakan pupuk bersubsidi" (thirty-fourth round, issue 11,
try branch t34id; domain/proposals/reading.py, the deed read by taken.deed_at now passes
``_conditional`` as a listed wrong already did).

The try's article (invented, Indonesian national news): a fertiliser maker's spokesman
says "Kami sudah menurunkan tim ke lapangan dan akan mencabut kontrak distributor jika
terbukti menyalahgunakan pupuk bersubsidi". It was proposed an accusation ("reported
wrongdoing 'menyalahgunakan' (a wrongful deed stated)"). The guidelines: wrongdoing "put as
a condition ('if it is true') is not yet an accusation"; what happens next is context. The
readable sets' gold has every "jika/kalau terbukti ..." sentence context (twelve lines in
eleven articles).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Anggota Komisi IV DPR, Marlina Sihombing, menuding Kementerian Pertanian "
            "membiarkan pupuk bersubsidi dijual ke perusahaan perkebunan.")


def _second(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, sentence], "id")[1]


# --- the try's case ---

def test_the_try_revoking_a_contract_if_abuse_is_proven_is_context(db, scheme):
    got = _second(db, scheme, '"Kami sudah menurunkan tim ke lapangan dan akan mencabut '
                              'kontrak distributor jika terbukti menyalahgunakan pupuk '
                              'bersubsidi," kata Rahmat Hidayat.')
    assert got.label == "context", got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "Rahmat Hidayat mengatakan perusahaan akan mencabut kontrak distributor jika terbukti "
    "menyalahgunakan pupuk bersubsidi.",
    '"Jika terbukti melakukan pungutan liar, oknum tersebut akan kami pecat," ujar Kepala '
    'Dinas Pendidikan, Suharti.',
])
def test_a_deed_under_a_condition_of_proof_is_not_an_accusation(db, scheme, sentence):
    assert _second(db, scheme, sentence).label != "accusation"


# --- near misses: the deed stated stays an accusation ---

@pytest.mark.parametrize("sentence", [
    "Rahmat Hidayat mengatakan distributor itu terbukti menyalahgunakan pupuk bersubsidi.",
    '"Distributor itu menyalahgunakan pupuk bersubsidi, jadi kontraknya kami cabut," kata '
    'Rahmat Hidayat.',
])
def test_a_deed_stated_stays_an_accusation(db, scheme, sentence):
    assert _second(db, scheme, sentence).label == "accusation"
