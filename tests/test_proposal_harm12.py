"""An allegation stated as a harm a party caused (twelfth round, harmed.py; data/guidelines.md,
accusation: "someone alleges wrongdoing by someone else"): a speaker says another party's act
sickened, injured, killed, polluted or ruined others. Every sentence is invented, in both
languages; none is taken from a benchmark set. Written before the rule."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.proposals.lexicon import lexicon

HARMED = [
    ("Tenants say the landlord's contractor left asbestos dust in the stairwell, leaving "
     "residents coughing.", "en"),
    ("Residents say the plant's discharge turned the river brown and killed fish.", "en"),
    ("Parents said the caterer served tainted chicken to the pupils.", "en"),
    ("The smelter poisoned the village wells, the farmers told reporters.", "en"),
    ("According to fishermen, the mine dumped tailings into the bay, causing mass deaths of "
     "shellfish.", "en"),
    ("Commuters claimed the driver had ignored the signal, injuring four passengers.", "en"),
    ("Warga menyebut limbah pabrik PT Sinar membuat sumur mereka berbau dan gatal-gatal.", "id"),
    ("Penumpang menyebut sopir bus ugal-ugalan hingga dua orang terluka.", "id"),
    ("Menurut orang tua murid, kantin sekolah menjual makanan basi kepada siswa.", "id"),
    ("Nelayan mengatakan tambang itu membuang tailing ke teluk sehingga ribuan ikan mati.", "id"),
    ("Petani mengeluhkan pabrik gula mencemari irigasi hingga sawah mereka rusak.", "id"),
    ("Pedagang mengaku kontraktor proyek menutup saluran air, mengakibatkan kios mereka "
     "kebanjiran dan merugi.", "id"),
    ("Residents said the sewage leak from the treatment works has made dozens of children "
     "sick.", "en"),
    ("Parents said the nursery fed the children expired milk.", "en"),
    ("Menurut warga, debu dari pabrik semen itu menyebabkan anak-anak mereka batuk dan sesak "
     "napas.", "id"),
    # the speaker's harm told first, then the act of a party after which it came
    ("Pasien mengaku kehilangan penglihatan setelah disuntik filler di Klinik Ayu Estetika.",
     "id"),
    ("Puluhan siswa mengaku keracunan usai menyantap nasi kotak dari katering sekolah.", "id"),
    ("Diners said they fell ill after eating oysters at Harbour Grill.", "en"),
]

NOT_HARMED = [
    # the harm with no party whose act caused it
    ("Officials said twelve residents fell ill on Monday.", "en"),
    ("Kepala puskesmas mengatakan dua belas warga jatuh sakit pada Senin.", "id"),
    # a natural cause
    ("The mayor said heavy rain flooded the market, leaving traders with heavy losses.", "en"),
    ("Warga mengatakan hujan deras membuat tanggul jebol sehingga rumah mereka rusak.", "id"),
    # a harm the speaker causes, or the party's own account of its own act
    ("We accidentally cut the cable, leaving the street without power, the foreman said.",
     "en"),
    ("Kami tidak sengaja menutup saluran sehingga kios kebanjiran, kata mandor proyek.", "id"),
    ("Warga mengaku sakit setelah banjir merendam kampung mereka.", "id"),
    ("The farmers said they lost their harvest after the drought.", "en"),
    ("Officials said two workers died after the scaffolding collapsed at the Westfield site.",
     "en"),
    # the harm not the act's: a procedure, then a finding
    ("Dinas mengatakan petugas mengambil sampel dari enam sumur dan empat di antaranya "
     "tercemar.", "id"),
    ("Inspectors said they took samples from six wells and found four contaminated.", "en"),
    # a cause only investigated or asked about
    ("Police said they were investigating whether the factory caused the fish deaths.", "en"),
    ("Dinas Lingkungan Hidup mengatakan masih menyelidiki apakah limbah pabrik membuat ikan "
     "mati.", "id"),
    # no harm told, or an accident's harm told by the police
    ("The company said the new line left staff with more time for training.", "en"),
    ("Polisi mengatakan kecelakaan itu membuat tiga orang luka-luka.", "id"),
    ("The storm left thousands without power, officials said.", "en"),
    # told as narration by the article
    ("The bus left the road near Kendal, injuring four passengers.", "en"),
    ("Bus itu terperosok ke jurang hingga dua penumpang terluka.", "id"),
]


def label(db, scheme, sentence: str, language: str):
    return proposals(db, scheme, [sentence], language)[-1]


@pytest.mark.parametrize(("sentence", "language"), HARMED)
def test_a_harm_a_party_caused_is_an_accusation(db, scheme, sentence, language):
    got = label(db, scheme, sentence, language)
    assert got.label == "accusation", got.label_reason


@pytest.mark.parametrize(("sentence", "language"), NOT_HARMED)
def test_a_harm_nobody_is_said_to_cause_is_no_harm_accusation(db, scheme, sentence, language):
    got = label(db, scheme, sentence, language)
    assert "a harm" not in (got.label_reason or ""), got.label_reason


@pytest.mark.parametrize(("text", "names", "language", "party"), [
    ("Residents say Tarrow Chemicals turned the river brown and killed fish.",
     ("Tarrow Chemicals",), "en", "Tarrow Chemicals"),
    ("Warga menyebut PT Sinar Kimia membuat sumur mereka berbau dan gatal-gatal.",
     ("PT Sinar Kimia",), "id", "PT Sinar Kimia"),
])
def test_the_party_a_harm_is_told_of_is_held_responsible(text, names, language, party):
    from annotator.domain.proposals.dispute import doer

    assert doer(text, names, None, lexicon(language)) == party


@pytest.mark.parametrize(("sentence", "language", "party"), [
    ("Tenants say their landlord's contractor left asbestos dust in the stairwell, leaving "
     "residents coughing.", "en", "landlord"),
    ("Warga menyebut limbah pabrik PT Sinar membuat sumur mereka berbau dan gatal-gatal.", "id",
     "PT Sinar"),
    ("Penumpang menyebut sopir bus ugal-ugalan hingga dua orang terluka.", "id", "sopir bus"),
])
def test_the_reason_names_the_harm_and_who_caused_it(db, scheme, sentence, language, party):
    got = label(db, scheme, sentence, language)
    assert "a harm" in got.label_reason and party in got.label_reason, got.label_reason


@pytest.mark.parametrize(("lines", "language"), [
    (["Warga Desa Cikembang menyebut PT Sinar Kimia membuat sumur mereka berbau dan "
      "gatal-gatal.",
      "Manajer PT Sinar Kimia, Budi Santoso, mengatakan limbah perusahaan sudah diolah sesuai "
      "baku mutu."], "id"),
    (["Residents of Millbrook say Tarrow Chemicals turned the river brown and killed fish.",
      "A Tarrow Chemicals spokesperson, Anne Lowe, said the plant's water is tested every "
      "week."], "en"),
])
def test_the_accused_sides_reply_to_a_harm_is_its_denial(db, scheme, lines, language):
    got = proposals(db, scheme, lines, language)
    assert got[0].label == "accusation", got[0].label_reason
    assert got[1].label == "denial", got[1].label_reason
