"""The dispute's whole content as a key (engine._whole) is made once a key (issue 10,
fiftieth round): at the end of the document's reading (``_read_before``), for the sentence
proposed, and kept with the reading (``_Kept.whole_now``), so the next key reads that
sentence back from the same dispute under the same key without making it again. A kept
key is used only while the article's token is the one it was made with: the sides read in
between (a rule asked one) make it again. Every key given is the one ``_whole`` makes of
the dispute it keys, and every proposal equals one made with no reading kept."""

from __future__ import annotations

import pytest
from support.afresh import articles_nothing_kept

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, propose, whole_article
from annotator.domain.speakers import SourceIndex


@pytest.fixture
def articles_db(seeded_db, tmp_path):
    yield from articles_nothing_kept(seeded_db, tmp_path / "articles")


def _afresh(db, sentence, scheme, index):
    held = dict(engine._BEFORE)
    engine._BEFORE.clear()
    try:
        return propose(db, sentence.id, "ana", scheme, index)
    finally:
        engine._BEFORE.clear()
        engine._BEFORE.update(held)


def test_every_key_given_is_the_disputes_own_and_proposals_are_unchanged(
        articles_db, scheme, monkeypatch):
    index = SourceIndex.from_db(articles_db)
    given = {"read back": 0, "proposed": 0, "remade": 0}
    earlier, propose_text = engine._earlier, engine.propose_text

    def checked_earlier(text, *args, whole=None, **kwargs):
        dispute = args[6] if len(args) > 6 else kwargs.get("dispute")
        if whole is not None:  # the kept key: the dispute's own, as it reads the article now
            given["read back"] += 1
            assert whole == engine._whole(dispute), text
        return earlier(text, *args, whole=whole, **kwargs)

    def checked_propose_text(text, *args, dispute_key=None, **kwargs):
        if dispute_key is not None and kwargs.get("model", "") is None \
                and kwargs.get("before") is not None:  # the sentence proposed
            given["proposed"] += 1
            kept = engine._BEFORE[current[0]]
            assert dispute_key == engine._whole(kept.read.dispute), text
        return propose_text(text, *args, dispute_key=dispute_key, **kwargs)

    whole_now = engine._Kept.whole_now

    def counted_whole_now(self, article):
        if self.whole is not None and self.whole_token != article.token:
            given["remade"] += 1
        return whole_now(self, article)

    monkeypatch.setattr(engine, "_earlier", checked_earlier)
    monkeypatch.setattr(engine, "propose_text", checked_propose_text)
    monkeypatch.setattr(engine._Kept, "whole_now", counted_whole_now)
    current = [None]
    sentence, keys = nav.first_sentence(articles_db), 0
    while sentence is not None:
        current[0] = (sentence.doc_id, "ana")
        proposal = propose(articles_db, sentence.id, "ana", scheme, index)
        assert proposal == _afresh(articles_db, sentence, scheme, index), sentence.text
        label = proposal.label or "context"
        if keys % 6 == 4:  # another label than proposed: the next reading differs
            label = "claim" if label != "claim" else "context"
        set_annotation(articles_db, sentence.id, "ana", label=label,
                       source=None if keys % 5 == 3 else proposal.name, scheme=scheme)
        keys += 1
        sentence = nav.next_sentence(articles_db, sentence)
        if sentence is not None and keys % 7 == 5:  # labeled elsewhere (another screen):
            set_annotation(articles_db, sentence.id, "ana", label="context", scheme=scheme)
            sentence = nav.next_sentence(articles_db, sentence)  # two rows read on at once
    assert keys > 20
    assert given["read back"] > keys // 2  # most keys read the last sentences back so
    assert given["proposed"] == 2 * keys  # each key, and the same made afresh
    assert given["remade"] >= 1  # an article's sides were read between two keys


def test_a_kept_key_is_made_again_when_the_articles_token_changed(articles_db, scheme):
    """The kept key is the dispute's own as long as its article token is; once the
    article's sides are read (another token), it is made again, not handed on."""
    index = SourceIndex.from_db(articles_db)
    sentence = nav.next_sentence(articles_db, nav.first_sentence(articles_db))
    propose(articles_db, sentence.id, "ana", scheme, index)
    kept = engine._BEFORE[(sentence.doc_id, "ana")]
    article = kept.read.dispute.article
    assert article.unread  # nothing asked a side yet
    made, token = kept.whole, kept.whole_token
    assert made == engine._whole(kept.read.dispute) and token == article.token
    article._reading.finish()  # the sides read: the article's token is the sides now
    now = whole_article.ArticleSides(article._reading, index)
    assert now.token != token
    kept.read.dispute.article = now
    again = kept.whole_now(now)
    assert again == engine._whole(kept.read.dispute) and again != made
    assert kept.whole_token == now.token and kept.whole_now(now) is again
