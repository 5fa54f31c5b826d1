"""A company's role after "selaku" of five or six words, and a company never taken for the
longer run of a role that ends in its name (thirty-fourth round, issue 11, try branch t34id;
domain/proposals/speakers_indonesian.py, AS_WORDS; domain/proposals/entities.py,
``EntityTable.fullest``).

The try's article (invented, Indonesian national news): "PT Pupuk Agro Nusantara selaku
produsen dan distributor pupuk subsidi menyatakan akan menelusuri temuan di Labuhanbatu."
was proposed with no source: the role after "selaku" ran to five words, one past the limit,
so it was never set between commas. Read so, the company was then proposed as "Vice
President Komunikasi Korporat PT Pupuk Agro Nusantara", the fuller name the article's
entities held for it from a later sentence ("kata Vice President Komunikasi Korporat PT
Pupuk Agro Nusantara, Rahmat Hidayat,"): a name that opens with "PT" is a company's whole
name, and words before it are a role, not more of the name.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Anggota Komisi IV DPR, Marlina Sihombing, menuding Kementerian Pertanian "
            "membiarkan pupuk bersubsidi dijual ke perusahaan perkebunan.")
_LATER = ('"Kami sudah menurunkan tim ke lapangan," kata Vice President Komunikasi Korporat '
          'PT Pupuk Agro Nusantara, Rahmat Hidayat, melalui keterangan tertulis.')


# --- the try's case ---

def test_the_try_company_with_a_long_role_after_selaku(db, scheme):
    got = accepted(db, scheme, [
        _OPENING,
        "PT Pupuk Agro Nusantara selaku produsen dan distributor pupuk subsidi menyatakan "
        "akan menelusuri temuan di Labuhanbatu.", _LATER], "id")
    assert got[1].name == "PT Pupuk Agro Nusantara", got[1].reason
    assert got[1].label == "context"
    assert got[2].name == "Rahmat Hidayat"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "PT Pupuk Agro Nusantara selaku produsen dan distributor pupuk subsidi membantah "
    "tudingan itu.",
    "PT Pupuk Agro Nusantara selaku produsen dan penyalur resmi pupuk bersubsidi menyatakan "
    "akan menelusuri temuan itu.",
])
def test_a_role_of_five_or_six_words_after_selaku(db, scheme, sentence):
    assert accepted(db, scheme, [_OPENING, sentence], "id")[1].name == \
        "PT Pupuk Agro Nusantara"


def test_a_company_named_alone_is_not_the_role_run_named_later(db, scheme):
    got = accepted(db, scheme, [
        _OPENING, "PT Pupuk Agro Nusantara menyatakan akan menelusuri temuan itu.", _LATER],
        "id")
    assert got[1].name == "PT Pupuk Agro Nusantara"


# --- near misses ---

def test_a_role_after_selaku_read_before_stays(db, scheme):
    got = accepted(db, scheme, [_OPENING, "Kementerian Pertanian selaku regulator menyatakan "
                                          "akan menelusuri temuan itu."], "id")
    assert got[1].name == "Kementerian Pertanian"
