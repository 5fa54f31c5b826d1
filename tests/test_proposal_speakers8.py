"""Who speaks, eighth round: the whole family of speech verbs in every position, a verb in a
comparison, joint statements, the short form an article defines registered with the new
source it names, and titles trimmed from a person's name. Every sentence is invented for
this test from the guidelines' classes (data/guidelines.md), in Indonesian and English where
the class exists in both; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.scheme import load_scheme


@pytest.fixture
def scheme():
    return load_scheme()


def speaker(db, scheme, sentences, language, at=-1):
    return proposals(db, scheme, sentences, language)[at].name


# --- the speech verb's family --------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Yohanes Siregar memaparkan bahwa tanggul itu dibangun sesuai rancangan.", "id",
         "Yohanes Siregar"),
        ("Yohanes Siregar menerangkan bahwa tanggul itu dibangun sesuai rancangan.", "id",
         "Yohanes Siregar"),
        ("Yohanes Siregar mengonfirmasi tanggul itu sudah diperiksa dua kali.", "id",
         "Yohanes Siregar"),
        ("Yohanes Siregar membeberkan tiga kejanggalan dalam laporan itu.", "id",
         "Yohanes Siregar"),
        ('"Tanggul itu sudah diperiksa dua kali," beber Yohanes Siregar.', "id",
         "Yohanes Siregar"),
        ('"Tanggul itu sudah diperiksa dua kali," tandas Yohanes Siregar.', "id",
         "Yohanes Siregar"),
        ("Marion Pike maintained that the levee was built to specification.", "en",
         "Marion Pike"),
        ("Marion Pike reiterated that the levee had been inspected twice.", "en", "Marion Pike"),
        ("The levee was inspected twice, explained Marion Pike.", "en", "Marion Pike"),
        ('"The levee was inspected twice," countered Marion Pike.', "en", "Marion Pike"),
    ],
)
def test_every_form_of_a_speech_verb_names_its_speaker(db, scheme, sentence, language, name):
    assert speaker(db, scheme, [sentence], language) == name


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Yohanes Siregar membantah tanggul itu retak.",
          "Tanggul itu sudah diperiksa dua kali, bebernya."], "id"),
        (["Yohanes Siregar membantah tanggul itu retak.",
          "Pemeriksaan terakhir dilakukan pada Maret, pungkasnya."], "id"),
        (["Marion Pike denied that the levee had cracked.",
          "According to her, the last inspection was in March."], "en"),
    ],
)
def test_a_suffixed_verb_or_an_object_pronoun_is_the_last_named_speaker(db, scheme,
                                                                        sentences, language):
    person = "Yohanes Siregar" if language == "id" else "Marion Pike"
    assert speaker(db, scheme, sentences, language) == person


def test_a_verb_of_belief_after_the_speech_verb_keeps_the_speaker(db, scheme):
    """"said it believed": the body that said it speaks, not whom "it" would mean."""
    assert speaker(db, scheme, [
        "Marion Pike said the levee was sound.",
        "The regional water board said it believed the cracks were cosmetic."], "en"
    ) != "Marion Pike"


def test_a_statement_in_a_comparison_speaks_for_nobody(db, scheme):
    assert speaker(db, scheme, [
        "Volunteers counted 52 more dead fish than the operator disclosed to regulators."],
        "en") is None
