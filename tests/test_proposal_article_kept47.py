"""The document's reading kept between keys (engine._read_before) goes on serving the key
after the whole article's sides are first read (issue 10, forty-seventh round): its rows
were read while the sides were unread, so none of them asked a side (asking reads them)
and none depends on them. Before, the article's token changed when its sides were read and
the next key read the document again from its start. Each key still proposes and keeps
what reading the whole document afresh gives; a reading during which a row asked a side
keeps the sides' token, not the unread article's."""

from __future__ import annotations

import pytest
from support.afresh import ARTICLES, SETS, articles_nothing_kept

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, propose, whole_article
from annotator.domain.speakers import SourceIndex


@pytest.fixture
def articles_db(seeded_db, tmp_path):
    yield from articles_nothing_kept(seeded_db, tmp_path / "articles")


def _article_read(doc_id: str) -> bool:
    """Whether the document's whole-article sides have been read (asked for)."""
    return any(key[0] == doc_id and reading.result is not None
               for key, reading in whole_article._READ.items())


def _kept(doc_id: str, reviewer: str = "ana"):
    read = engine._BEFORE[(doc_id, reviewer)].read
    return engine._whole((read.chain, read.names, read.described, read.dispute,
                          read.discourse, read.said))


def _afresh(db, sentence, scheme, index):
    held = dict(engine._BEFORE)
    engine._BEFORE.clear()
    try:
        return propose(db, sentence.id, "ana", scheme, index), _kept(sentence.doc_id)
    finally:
        engine._BEFORE.clear()
        engine._BEFORE.update(held)


def test_the_kept_reading_serves_the_key_after_the_sides_are_read(articles_db, scheme):
    index = SourceIndex.from_db(articles_db)
    sentence = nav.first_sentence(articles_db)
    served_after_reading = finished = 0
    while sentence is not None:
        doc = sentence.doc_id
        read_before_key = _article_read(doc)
        before = engine._BEFORE.get((doc, "ana"))
        proposal = propose(articles_db, sentence.id, "ana", scheme, index)
        kept = engine._BEFORE[(doc, "ana")]
        if read_before_key and before is not None and before.unread and before.rows:
            # the kept reading was read before the sides: it serves, read on
            finished += 1
            served_after_reading += kept.read is before.read
        assert (proposal, _kept(doc)) == _afresh(articles_db, sentence, scheme, index), \
            sentence.text
        if kept.unread:  # read before the sides, by the unread article's token
            assert kept.token == kept.read.dispute.article.unread_token
        set_annotation(articles_db, sentence.id, "ana",
                       label=proposal.label if proposal else "context",
                       source=proposal.name if proposal else None, scheme=scheme)
        sentence = nav.next_sentence(articles_db, sentence)
    assert finished >= 3  # documents whose sides were read after a key kept its reading
    assert served_after_reading == finished


def test_a_reading_that_asked_a_side_keeps_the_sides_token(articles_db, scheme,
                                                           monkeypatch):
    """A row that asks a side reads the sides: the kept reading is not marked unread, and
    holds the sides' token, so it serves only while the sides are those."""
    index = SourceIndex.from_db(articles_db)
    reading_rows, asked_in_rows = [False], []
    real_read_on, real_finish = engine._read_on, whole_article._Reading.finish

    def read_on(*args, **kwargs):
        reading_rows[0] = True
        try:
            return real_read_on(*args, **kwargs)
        finally:
            reading_rows[0] = False

    def finish(self):
        if self.result is None and reading_rows[0]:
            asked_in_rows.append(self)
        return real_finish(self)

    monkeypatch.setattr(engine, "_read_on", read_on)
    monkeypatch.setattr(whole_article._Reading, "finish", finish)
    sentence = nav.first_sentence(articles_db)
    seen = 0
    while sentence is not None:
        doc = sentence.doc_id
        asked_in_rows.clear()
        proposal = propose(articles_db, sentence.id, "ana", scheme, index)
        kept = engine._BEFORE[(doc, "ana")]
        article = kept.read.dispute.article
        if asked_in_rows:  # a row read at this key asked a side
            seen += 1
            assert not kept.unread
            assert kept.token == article.token != article.unread_token
        elif kept.unread:
            assert kept.token == article.unread_token
        set_annotation(articles_db, sentence.id, "ana",
                       label=proposal.label if proposal else "context",
                       source=proposal.name if proposal else None, scheme=scheme)
        sentence = nav.next_sentence(articles_db, sentence)
    assert seen >= 1


def test_the_sides_token_is_made_once_and_is_the_sides():
    """A key asks an article's token for every reading state it makes: once its sides are
    read, the token is made once per article object, and is the sides themselves."""
    from annotator.domain.proposals.engine import _read_whole
    from annotator.domain.scheme import load_scheme

    texts = tuple(line.strip() for line in (SETS / ARTICLES[2]).read_text(
        encoding="utf-8").splitlines() if line.strip())
    whole_article._READ.clear()
    try:
        article = whole_article.article_sides("doc", texts, "en", load_scheme(), _read_whole)
        assert article.unread and article.token == article.unread_token
        sides = dict(article.items())  # asking reads the sides
        assert not article.unread and sides
        token = article.token
        assert token == tuple(sorted(sides.items())) != article.unread_token
        assert article.token is token  # made once
        again = whole_article.article_sides("doc", texts, "en", load_scheme(), _read_whole)
        assert again.token == token and again.token is not token  # per article object
    finally:
        whole_article._READ.clear()
