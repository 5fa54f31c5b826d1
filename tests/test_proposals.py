"""Proposals: the label, source and confidence `enter` would save, each with its reason, read
from a sentence's own words and the sentences before it, in Indonesian and English."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.corpus.language import detect
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import lexicon, propose, propose_text, read_label
from annotator.domain.speakers import SourceIndex


@pytest.fixture
def index(db):
    return SourceIndex.from_db(db)


@pytest.mark.parametrize(
    ("sentence", "language", "label", "cue"),
    [
        ("Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia.", "id", "accusation",
         "menuduh"),
        ("Korea Utara mengecam Yoon karena memfitnah kerja sama itu.", "id", "accusation",
         "mengecam"),
        ("Peskov mengatakan laporan itu tidak berdasar.", "id", "denial", "tidak berdasar"),
        ("Kementerian itu menepis kabar tersebut sebagai hoaks.", "id", "denial", "menepis"),
        ("Korea Utara menolak tuduhan itu.", "id", "denial", "menolak tuduhan"),
        # (a promise, "Kami siap membantu", is context by the guidelines: a plan)
        ('"Kami sudah mengirim bantuan," ujar Lavrov.', "id", "claim", "ujar"),
        ("Moskow menandatangani pakta pertahanan dengan Pyongyang.", "id", "context", None),
        ("Rusia tidak membantah laporan tersebut.", "id", "claim", "membantah"),
        ("Seoul tidak menuduh siapa pun.", "id", "denial", "tidak menuduh"),
        ("US officials accused North Korea of sending arms to Russia.", "en", "accusation",
         "accused"),
        ("The Kremlin dismissed the reports as groundless.", "en", "denial", "groundless"),
        ("Investigators have not said what caused the crash.", "en", "context", None),
    ],
)
def test_label_from_cues_with_negation(sentence, language, label, cue, scheme, index):
    proposal = propose_text(sentence, scheme, index, language)
    assert proposal.label == label
    if cue:
        assert cue in proposal.label_reason
    else:
        assert proposal.label_reason == "context: no speech verb"


def test_hedges_lower_the_confidence(scheme, index):
    firm = propose_text("Pejabat AS menuduh Korea Utara mengirim senjata.", scheme, index, "id")
    hedged = propose_text("Pejabat AS menuduh Korea Utara diduga mengirim senjata.", scheme,
                          index, "id")
    assert firm.confidence == "high"
    assert hedged.confidence == "medium"
    assert "hedge 'diduga'" in hedged.confidence_reason
    english = propose_text("US officials accused North Korea of allegedly sending arms.",
                           scheme, index, "en")
    assert english.confidence == "medium"


@pytest.mark.parametrize(
    ("sentence", "previous", "speaker"),
    [
        # the subject of the accusation verb, never its object
        ("Korea Utara mengecam Yoon karena memfitnah kerja sama itu.", None, "Korea Utara"),
        # after a closing quote, a short name the registry knows as part of one source
        ('"Situasi semakin buruk," tutur Kim.', "Vladimir Putin", "Kim Jong Un"),
        ('"Itu bohong," kata Lavrov.', None, "Sergei Lavrov"),
        # pronouns and "menurut dia" take the last named speaker
        ("Ia mengatakan kerja sama itu akan berlanjut.", "Dmitry Peskov", "Dmitry Peskov"),
        ("Menurut dia, laporan itu tidak benar.", "Dmitry Peskov", "Dmitry Peskov"),
        ('"Kami siap," imbuhnya.', "Sergei Lavrov", "Sergei Lavrov"),
        # the first of a list of subjects
        ("Korea Selatan, Jepang, dan Amerika Serikat mengutuk aksi Pyongyang.", None,
         "Korea Selatan"),
        # narration: no source, even with names in it
        ("Presiden Vladimir Putin menandatangani pakta dengan Kim Jong Un.", "Sergei Lavrov",
         None),
        ('"Claims that Russia targets food are groundless," Peskov said.', None,
         "Dmitry Peskov"),
        ("Dmitry Peskov, the Kremlin spokesman, said the reports were false.", None,
         "Dmitry Peskov"),
    ],
)
def test_speaker_read_as_an_analyst_does(sentence, previous, speaker, scheme, index):
    language = "en" if detect(sentence) == "en" or " said" in sentence else "id"
    proposal = propose_text(sentence, scheme, index, language, previous=previous)
    assert proposal.name == speaker, proposal.reason


def test_unknown_names_are_proposed_as_new_sources(scheme, index):
    p = propose_text("Direktur Utama Perum Bulog Bayu Krisnamurthi mengatakan stok aman.",
                     scheme, index, "id")
    assert (p.name, p.new_source) == ("Bayu Krisnamurthi", True)
    assert p.reason.startswith("new source: subject of 'mengatakan'")
    p = propose_text('"There was no fraud," said Wafula Chebukati.', scheme, index, "en")
    assert (p.name, p.new_source) == ("Wafula Chebukati", True)


def test_carry_over_respects_what_the_analyst_saved(db, scheme):
    ids = add_document(db, "d1", [
        "Juru bicara Kremlin Dmitry Peskov mengatakan laporan itu tidak berdasar.",
        '"Kami tidak melihat gunanya mengomentari ini," katanya.',
        '"Laporan seperti itu sudah lama ada."',
    ])
    index = SourceIndex.from_db(db)
    assert propose(db, ids[2], "ana", scheme, index).name == "Dmitry Peskov"
    assert propose(db, ids[2], "ana", scheme, index).reason == "continues the previous sentence"
    # the analyst says nobody speaks in the middle sentence: the chain breaks there
    set_annotation(db, ids[1], "ana", label="context", source=None)
    assert propose(db, ids[2], "ana", scheme, index).name is None
    # another reviewer's labels do not touch this reviewer's chain
    assert propose(db, ids[2], "budi", scheme, index).name == "Dmitry Peskov"
    # a saved source is carried on
    set_annotation(db, ids[1], "ana", label="claim", source="Kremlin")
    assert propose(db, ids[2], "ana", scheme, index).name == "Kremlin"


def test_pronoun_after_narration_means_the_person_it_was_about(db, scheme):
    ids = add_document(db, "d1", [
        "Gubernur Sumatera Barat Mahyeldi Ansharullah meninjau lokasi pengungsian.",
        "Ia berjanji pemerintah provinsi akan membantu warga.",
    ])
    index = SourceIndex.from_db(db)
    first = propose(db, ids[0], "ana", scheme, index)
    assert (first.label, first.name) == ("context", None)
    assert first.reason == "narration: no speech verb"
    assert propose(db, ids[1], "ana", scheme, index).name == "Mahyeldi Ansharullah"


def test_language_detection_and_lexicons():
    assert detect("Korea Utara menolak tuduhan itu, kata juru bicara yang tidak disebutkan "
                  "namanya kepada wartawan di Seoul.") == "id"
    assert detect("North Korea rejected the accusation, a spokesman said on Friday, and "
                  "called it a fabrication by the United States.") == "en"
    assert detect("12 34 56") == "id"  # too little to tell: the default
    assert lexicon("en-GB").language == "en"
    assert lexicon("fr").language == "en"  # no French lexicon: read with the English one
    assert read_label("Peskov denied it.", lexicon("en")).role == "denies"


def test_a_near_duplicate_labeled_elsewhere_proposes_the_same(db, scheme):
    from annotator.db.connection import write

    wire = "Korea Utara membantah laporan pengiriman senjata ke Rusia."
    first = add_document(db, "d1", [wire], title="Outlet A", ordinal=1)
    second = add_document(db, "d2", ["Pembukaan artikel lain.", wire], title="Outlet B",
                          ordinal=2)
    with write(db):
        db.execute("UPDATE sentences SET group_id = ? WHERE id IN (?, ?)",
                   [first[0], first[0], second[1]])
    index = SourceIndex.from_db(db)
    assert propose(db, second[1], "ana", scheme, index).reason == "subject of 'membantah'"
    set_annotation(db, first[0], "budi", label="claim", source="Kremlin", confidence="low")
    twin = propose(db, second[1], "ana", scheme, index)
    assert (twin.label, twin.name, twin.confidence) == ("claim", "Kremlin", "low")
    assert twin.label_reason == "claim: as labeled in its near-duplicate in 'Outlet A'"
