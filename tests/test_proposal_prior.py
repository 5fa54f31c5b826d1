"""The models learned from gold in a whole article (domain/proposals/prior.py), which
bench_proposals.py --cross --model measures against the rules: what they read around a
sentence, that a blend keeps the rules' label unless the model is sure, and that the
sequence model reads each article on its own. Every sentence is written for this test."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.db.connection import write
from annotator.domain.proposals import propose
from annotator.domain.proposals.prior import ROLES, Sentence, fit, in_article, propose_roles
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex


def read(db, doc: str, sentences: list[str], language: str, roles: list[str] | None = None
         ) -> list[Sentence]:
    """The sentences of one made-up article as the rules read them (engine.propose)."""
    scheme = load_scheme()
    ids = add_document(db, doc, sentences)
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = ?", [language, doc])
    index = SourceIndex.from_db(db)
    out = []
    for k, (sid, text) in enumerate(zip(ids, sentences, strict=True)):
        p = propose(db, sid, "ana", scheme, index, described_too=True)
        out.append(Sentence(doc, text, p.features, scheme.role_for(p.label),
                            roles[k] if roles else None, p.label_reason, p.name))
    return out


QUOTED = [
    "Polisi menangkap dua pegawai gudang di Cikarang, Senin.",
    '"Kami tidak pernah menyimpan barang selundupan.',
    "Semua dokumen impor kami lengkap dan bisa diperiksa.",
    'Silakan datang ke gudang kami," kata Direktur PT Sinar Laut, Anton Wijaya.',
    "Sidang pertama dijadwalkan pekan depan.",
]


def test_a_sentence_inside_a_quotation_running_over_sentences_is_read_as_inside(db):
    sentences = in_article(read(db, "d1", QUOTED, "id"))
    assert "opens a running quotation" in sentences[1]
    assert "inside a running quotation" in sentences[2]
    assert "inside a running quotation" in sentences[3]
    assert "inside a running quotation" not in sentences[4]
    assert "inside a running quotation" not in sentences[0]


def test_the_rules_label_of_the_sentences_before_and_after_is_read(db):
    article = read(db, "d1", QUOTED, "id")
    middle = in_article(article)[2]
    assert f"prev:rule={article[1].rule}" in middle
    assert f"next:rule={article[3].rule}" in middle
    assert "prev:none" in in_article(article)[0]
    assert "next:none" in in_article(article)[-1]


ARTICLE_EN = [
    "Residents of Marlow Creek accused the Delta Chemicals plant of dumping solvent.",
    'The company denied the accusation. "Our discharge permits are in order," it said.',
    "Inspectors took water samples on Tuesday.",
    "The results are due next month.",
]


def test_a_blend_keeps_the_rules_label_unless_the_model_is_sure(db):
    article = read(db, "d1", ARTICLE_EN, "en", ["alleges", "denies", "context", "context"])
    # taught the opposite of the rules on every sentence, the model proposes against them
    taught = [Sentence(s.doc, s.text, s.features, s.rule,
                       [r for r in ROLES if r != s.rule][k % 2], s.reason, s.speaker)
              for k, s in enumerate(article)]
    model = fit("stack", taught * 5, c=10.0)
    outright = propose_roles(model, article, None)
    assert outright != [s.rule for s in article]
    assert propose_roles(model, article, 1.01) == [s.rule for s in article]


def test_the_sequence_model_reads_each_article_on_its_own(db):
    first = read(db, "d1", QUOTED, "id", ["context", "denies", "denies", "denies", "context"])
    second = read(db, "d2", ARTICLE_EN, "en", ["alleges", "denies", "context", "context"])
    model = fit("sequence", first + second)
    together = model.probabilities(first + second)
    assert model.probabilities(second) == together[len(first):]
    assert all(len(p) == len(model.roles) for p in together)


def test_an_unknown_model_is_refused_naming_the_known_ones(db):
    article = read(db, "d1", ARTICLE_EN, "en", ["alleges", "denies", "context", "context"])
    with pytest.raises(ValueError, match="known: features, stack"):
        fit("forest", article)
