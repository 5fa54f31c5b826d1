"""A named subject of the first speech verb speaks the sentence, even where the clause it
reports opens with a pronoun ("Brightwater said it had denied ..."): the pronoun is whom the
speaker talks of, often itself, not the person named before (found on a try article, 14th
round; the sentences here are invented)."""

import pytest

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import read_speaker
from annotator.domain.speakers import SourceIndex

BEFORE = "Hannah Greaves"  # the person named in the sentence before


def speaker(text: str, language: str) -> str | None:
    return read_speaker(text, lexicon(language), SourceIndex([]), previous=BEFORE,
                        last_named=BEFORE).name


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Brightwater Utilities said it had denied every allegation.",
     "Brightwater Utilities"),
    ("en", 'Northgate Rail said it "firmly rejects" the findings.', "Northgate Rail"),
    ("en", "Harlow Foods told reporters it would contest the fine.", "Harlow Foods"),
    ("id", "PT Sinar Abadi mengatakan pihaknya membantah tudingan itu.", "PT Sinar Abadi"),
    ("id", "Polres Bantul menyatakan ia tidak pernah menerima laporan itu.", "Polres Bantul"),
])
def test_the_named_subject_speaks_not_the_pronoun_it_reports(language, text, expected):
    assert speaker(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", '"Nobody told me it could fall down," he said.'),  # a quotation's first word
    ("en", "Engineers from Castlebury Council found that the beams had cracked, she said."),
    ("en", "He said it rejected the claims."),  # the pronoun's own verb: carried as before
    ("id", "Ia mengatakan pihaknya membantah tudingan itu."),
])
def test_a_pronoun_speaker_is_still_the_one_named_before(language, text):
    assert speaker(text, language) == BEFORE
