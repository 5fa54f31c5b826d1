"""A group the lead only describes ("a residents' group said", "kata sebuah lembaga
konsumen") takes the name a later sentence sets beside a body's noun ("The group, Harrowgate
Bills Action, said", "Lembaga itu, Suara Pelanggan Bogor, menyebut"), even when the name
holds no word such as "union" or "forum"; a later sentence that only describes it again
("The campaign group said") names nobody. Sentences invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.scheme import load_scheme


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["More than 300 households have accused Vale Water of billing them for water they "
          "never used, a residents' group said on Thursday.",
          "The group, Harrowgate Bills Action, said some families had been charged three "
          "times their usual amount."], "en", "Harrowgate Bills Action"),
        (["More than 300 households have accused Vale Water of billing them for water they "
          "never used, a residents' group said on Thursday.",
          "The campaign group said it would take the case to the regulator.",
          "The group, Harrowgate Bills Action, said some families had been charged three "
          "times their usual amount."], "en", "Harrowgate Bills Action"),
        (["Ratusan warga menuding PDAM Tirta Makmur menagih tagihan air berlebihan, kata "
          "sebuah lembaga konsumen, Kamis.",
          "Lembaga itu, Suara Pelanggan Bogor, menyebut sejumlah keluarga ditagih tiga kali "
          "lipat."], "id", "Suara Pelanggan Bogor"),
    ],
)
def test_a_described_group_takes_the_name_set_beside_its_noun_later(db, sentences,
                                                                     language, name):
    first = proposals(db, load_scheme(), sentences, language)[0]
    assert first.name == name
