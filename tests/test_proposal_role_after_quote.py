"""A quotation's speaker named after a speech verb by their role and then their name, the
name ending the sentence: '"...," said its chair, Margaret Hollis.', '"...," kata ketua
serikat itu, Joko Santoso.' The role phrase ("its chair") names nobody; the person after the
comma speaks. Sentences invented for this test, in both languages."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.scheme import load_scheme

OPENING = {
    "en": "The dockers' union Unite accused Harbour Link of withholding overtime pay.",
    "id": "Serikat Pekerja Pelabuhan menuding PT Pelabuhan Jaya menahan upah lembur.",
}


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ('"These men worked every Sunday," said its regional secretary, Tom Bradley.', "en",
         "Tom Bradley"),
        ('"These men worked every Sunday," said the union\'s lawyer, Ann Clarke.', "en",
         "Ann Clarke"),
        ('"These men worked every Sunday," said his deputy, Ann Clarke, on Tuesday.', "en",
         "Ann Clarke"),
        ('"Mereka bekerja setiap Minggu," kata ketua serikat itu, Joko Santoso.', "id",
         "Joko Santoso"),
        ('"Mereka bekerja setiap Minggu," ujar wakilnya, Ani Lestari.', "id", "Ani Lestari"),
    ],
)
def test_the_person_after_a_role_speaks_when_the_name_ends_the_sentence(db, sentence,
                                                                         language, name):
    found = proposals(db, load_scheme(), [OPENING[language], sentence], language)[-1]
    assert found.name == name


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ('"These men worked every Sunday," said the union, adding it would appeal.', "en"),
        ('"Mereka bekerja setiap Minggu," kata serikat itu, menambahkan akan menggugat.',
         "id"),
    ],
)
def test_no_person_after_the_comma_keeps_the_speaker_read_before(db, sentence, language):
    found = proposals(db, load_scheme(), [OPENING[language], sentence], language)[-1]
    assert found.name not in (None, "") and "," not in found.name
