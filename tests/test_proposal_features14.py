"""The label model's features as an analyst reads a sentence (families.py, features.py):
cue families hit anywhere and whether negated, a that-clause, a question, numbers and
dates, in both languages, never the sentence's words. Every sentence is written for this
test."""

from __future__ import annotations

import json

from annotator.base.resources import data_file
from annotator.domain.proposals import lexicon, read_label
from annotator.domain.proposals.families import FAMILIES, family_features
from annotator.domain.proposals.features import Discourse, describe
from annotator.domain.proposals.naming import SpeakerReading
from annotator.domain.proposals.reading import words_of


def fam(text: str, language: str) -> dict[str, float]:
    return family_features(text, words_of(text), language)


def test_families_are_found_anywhere_in_both_languages():
    en = fam("The council said inspectors found the contractor had embezzled funds.", "en")
    assert {"fam:speech", "fam:finding", "fam:wrong"} <= set(en)
    id_ = fam("Kuasa hukum itu membantah tuduhan bahwa perusahaan menggelapkan dana.", "id")
    assert {"fam:deny", "fam:accuse", "fam:wrong", "stances mixed"} <= set(id_)


def test_a_negated_family_is_told_apart():
    assert "fam:wrong negated" in fam("He said the firm did not embezzle anything.", "en")
    assert "fam:wrong negated" not in fam("He said the firm embezzled the money.", "en")
    assert "fam:wrong negated" in fam("Ia menyebut perusahaan tidak menggelapkan dana.", "id")


def test_reported_speech_with_a_that_clause_a_question_numbers_and_dates():
    en = fam("The mayor said on Monday that 12 families had moved.", "en")
    assert {"that-clause", "number", "date"} <= set(en)
    assert "that-clause" in fam("Budi mengatakan bahwa dana itu sudah dikembalikan.", "id")
    assert "question" in fam("Who approved the permit?", "en")
    assert not {"that-clause", "question", "number", "date"} & set(
        fam("The mayor spoke to residents.", "en"))


def test_the_features_name_families_never_words():
    text = "Warga menuding pabrik itu membuang limbah ke sungai Cisadane."
    names = set(fam(text, "id"))
    for word in words_of(text):
        assert not any(word in name.split(":")[-1].split() for name in names), word


def test_every_family_reads_tables_the_cue_files_have():
    for keys in FAMILIES.values():
        for key in keys:
            assert any(key in json.loads(data_file(f"cues/{code}.json").read_text("utf-8"))
                       for code in ("en", "id")), key


def test_describe_carries_the_families_to_every_model():
    lex = lexicon("en")
    text = "The ministry said the contractor had not falsified the safety records."
    f = describe(text, lex, read_label(text, lex), SpeakerReading("the ministry", "named"),
                 Discourse())
    assert {"fam:speech", "fam:wrong", "fam:wrong negated"} <= set(f)
