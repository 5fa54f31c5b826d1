"""A long role after "kata" with the person named between commas: "kata Vice President
Komunikasi Korporat PT Pupuk Agro Nusantara, Rahmat Hidayat," is Rahmat Hidayat
(thirty-fourth round, issue 11, try branch t34id; domain/proposals/speakers_proposed.py,
``role_holder``, OPENED_WORDS).

The try's article (invented, Indonesian national news): a state fertiliser maker's
spokesman answers a lawmaker's charge. The role phrase ran to eight words after "kata",
one past the limit for a role before ", Name,", so the run of capitals before the comma was
proposed: "Vice President Komunikasi Korporat PT Pupuk Agro Nusantara". A role opened by a
speech verb may run three words longer; the person between the commas is the source.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Anggota Komisi IV DPR, Marlina Sihombing, menuding Kementerian Pertanian "
            "membiarkan pupuk bersubsidi dijual ke perusahaan perkebunan.")


def _second(db, scheme, sentence, language="id"):
    return accepted(db, scheme, [_OPENING, sentence], language)[1]


# --- the try's case ---

def test_the_try_vice_president_named_between_commas_is_the_person(db, scheme):
    got = _second(db, scheme, '"Kami sudah menurunkan tim ke lapangan," kata Vice '
                              'President Komunikasi Korporat PT Pupuk Agro Nusantara, '
                              'Rahmat Hidayat, melalui keterangan tertulis.')
    assert got.name == "Rahmat Hidayat", got.reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    '"Tim sudah turun ke lapangan," ujar Senior Vice President Sekretaris Perusahaan PT '
    'Pupuk Agro Nusantara, Rahmat Hidayat.',
    '"Tim sudah turun ke lapangan," kata Kepala Divisi Komunikasi Perusahaan PT Pupuk Agro '
    'Nusantara Wilayah Sumatera, Rahmat Hidayat, Rabu.',
    '"Tim sudah turun ke lapangan," kata VP Corporate Communication PT Pupuk Agro '
    'Nusantara, Rahmat Hidayat.',
])
def test_a_long_role_after_kata_names_the_person_between_commas(db, scheme, sentence):
    assert _second(db, scheme, sentence).name == "Rahmat Hidayat"


# --- near misses ---

def test_a_role_with_no_person_named_stays_as_read(db, scheme):
    got = _second(db, scheme, '"Tim sudah turun ke lapangan," kata Direktur Utama PT Pupuk '
                              'Agro Nusantara.')
    assert got.name != "Rahmat Hidayat"


def test_a_long_subject_role_with_no_speech_verb_before_is_not_read_so(db, scheme):
    """The role phrase may run longer only after a speech verb that opens it."""
    got = _second(db, scheme, "Perusahaan distributor pupuk bersubsidi terbesar di wilayah "
                              "Labuhanbatu dan Asahan, PT Tani Makmur, membantah tudingan "
                              "itu.")
    assert got.name != "Rahmat Hidayat"
    assert got.label == "denial"
