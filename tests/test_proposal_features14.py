"""The label model's features as an analyst reads a sentence (families.py, features.py,
parties.py): cue families hit anywhere and whether negated, a that-clause, a question, the
role words beside the speaker, where the sentence stands to the article's first allegation,
and whether it names the allegation's target or its accuser. Every sentence is written for
this test."""

from __future__ import annotations

import json

from annotator.base.resources import data_file
from annotator.domain.proposals import lexicon, read_label
from annotator.domain.proposals.families import FAMILIES, ROLES, family_features, role_features
from annotator.domain.proposals.features import Discourse, describe
from annotator.domain.proposals.naming import SpeakerReading
from annotator.domain.proposals.parties import Said, party_features
from annotator.domain.proposals.reading import ACCUSATION, CLAIM, DENIAL, words_of


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


def test_the_role_words_beside_the_speaker():
    text = "Lawyer for the company, Maria Lopez, rejected the claim."
    f = role_features(text, words_of(text), "en", "Maria Lopez")
    assert f["speaker role:lawyer"] == 1.0
    text = "Kuasa hukum PT Sinar, Andi Wijaya, membantah tuduhan itu."
    f = role_features(text, words_of(text), "id", "Andi Wijaya")
    assert "speaker role:lawyer" in f
    assert "speaker role:court" not in f  # "PT" is a company here, not a high court


def test_the_features_name_families_never_words():
    text = "Warga menuding pabrik itu membuang limbah ke sungai Cisadane."
    names = set(fam(text, "id")) | set(role_features(text, words_of(text), "id", "Warga"))
    for word in words_of(text):
        assert not any(word in name.split(":")[-1].split() for name in names), word


def test_every_family_reads_tables_the_cue_files_have():
    for keys in (*FAMILIES.values(), *ROLES.values()):
        for key in keys:
            assert any(key in json.loads(data_file(f"cues/{code}.json").read_text("utf-8"))
                       for code in ("en", "id")), key


def test_the_place_to_the_first_allegation_is_counted_from_it():
    lex = lexicon("en")
    text = "The company said its permits were in order."
    reading = read_label(text, lex)
    speaker = SpeakerReading("Acme", "named", new=False)
    d = Discourse()
    assert "since allegation=none" in describe(text, lex, reading, speaker, d)
    d.take(CLAIM, "Ann")
    d.take(ACCUSATION, "Residents")
    d.take(DENIAL, "Acme")
    f = describe(text, lex, reading, speaker, d)
    assert "since allegation<=3" in f and "since allegation=none" not in f
    assert d.first_accusation == 1


def test_a_sentence_naming_the_accused_or_the_accuser():
    before = [Said("Residents of Kampung Baru accused Acme Chemicals of dumping solvent.",
                   ACCUSATION, "Residents of Kampung Baru")]
    names_target = party_features("Acme Chemicals has not replied to the allegation.", "en",
                                  None, CLAIM, before)
    assert "names the accused" in names_target
    names_accuser = party_features(
        "Acme Chemicals said the Residents of Kampung Baru were misinformed.", "en",
        "Acme Chemicals", CLAIM, before)
    assert "names an accuser" in names_accuser
    assert "no allegation before" in party_features("The plant opened in 1998.", "en", None,
                                                    CLAIM, [])
