"""A denial that a silent party has not answered is neither that party's denial nor a
negated one: "Hingga berita ini diturunkan, Galih belum menanggapi bantahan dari pihak Raka"
is context with Galih as source (the guidelines: "did not respond" is context with the silent
party), not a claim ("'bantahan' is negated") (thirty-fourth round, issue 11, try branch
t34idb; domain/proposals/reading.py).

The helper's article (Indonesian entertainment news, written blind): a band accuses a
singer of plagiarism, the singer denies it, and the band's vocalist has not answered the
denial by the time of publication.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ACCUSED = [
    "Band indie Lentera Pagi menuding penyanyi Raka Adiwangsa menjiplak lagu mereka.",
    "Vokalis Lentera Pagi, Galih Pratama, mengatakan melodi reff kedua lagu itu sama persis.",
    "Raka membantah tudingan tersebut melalui akun Instagram-nya.",
]


def _last(db, scheme, sentence):
    return accepted(db, scheme, [*_ACCUSED, sentence], "id")[-1]


# --- the helper's case ---

def test_the_article_silence_on_the_denial_is_context(db, scheme):
    got = _last(db, scheme, "Hingga berita ini diturunkan, Galih belum menanggapi bantahan "
                            "dari pihak Raka.")
    assert got.label == "context", got.label_reason
    assert got.name == "Galih Pratama", got.reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "Galih belum merespons bantahan itu hingga Kamis malam.",
    "Galih tidak menanggapi bantahan tersebut saat dihubungi.",
])
def test_other_silences_on_a_denial(db, scheme, sentence):
    got = _last(db, scheme, sentence)
    assert got.label == "context", got.label_reason


# --- near misses: unchanged ---

def test_a_denial_after_a_silence_still_denies(db, scheme):
    got = _last(db, scheme, "Raka belum menanggapi somasi itu, tetapi kuasa hukumnya, Hendra "
                            "Wiratama, membantah tudingan tersebut.")
    assert got.label == "denial", got.label_reason


def test_a_negated_denial_elsewhere_is_still_read_as_negated(db, scheme):
    got = _last(db, scheme, "Raka tidak membantah bahwa kedua lagu itu memiliki kemiripan.")
    assert got.label != "denial", got.label_reason
