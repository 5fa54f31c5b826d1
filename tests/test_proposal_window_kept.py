"""Every sentence before the proposed one is read as the window reads it, the document's
reading kept between keys (per document and reviewer) and read on by the rows added since
(engine._read_before; issue 10, forty-sixth round). Whatever happens between keys (labels
saved as proposed or otherwise, an earlier sentence relabelled, a label undone, a source
registered, another reviewer, moving back up, a reading that fails half way), the reading
kept and each proposal are what reading the whole document afresh gives."""

from __future__ import annotations

import re

import pytest
from support.afresh import articles_nothing_kept, proposed_afresh

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation, undo_last
from annotator.domain.proposals import engine, propose
from annotator.domain.speakers import SourceIndex


@pytest.fixture
def articles_db(seeded_db, tmp_path):
    """The seed articles (Indonesian) and three English articles of the readable sets."""
    yield from articles_nothing_kept(seeded_db, tmp_path / "articles")


def _kept(doc_id: str, reviewer: str):
    """The document's reading kept for the reviewer, as a comparable whole."""
    read = engine._BEFORE[(doc_id, reviewer)].read
    return engine._whole((read.chain, read.names, read.described, read.dispute,
                          read.discourse, read.said))


def _afresh(db, sentence, scheme, index, reviewer):
    """The proposal and the reading before it with no document's reading kept (the cache
    cleared for the call, then put back)."""
    held = dict(engine._BEFORE)
    engine._BEFORE.clear()
    try:
        return propose(db, sentence.id, reviewer, scheme, index), \
            _kept(sentence.doc_id, reviewer)
    finally:
        engine._BEFORE.clear()
        engine._BEFORE.update(held)


_walked: list = []  # the sentences the last walk proposed


def _walk(db, scheme, index, between=None, reviewer="ana", labels=None):
    """Label down every article, comparing each key with a fresh reading; ``between(keys,
    sentence, proposal)`` acts after each key's label is saved. Returns the keys and how
    many read on from the reading kept at the key before."""
    sentence, keys, read_on = nav.first_sentence(db), 0, 0
    _walked.clear()
    while sentence is not None:
        _walked.append(sentence)
        before = engine._BEFORE.get((sentence.doc_id, reviewer))
        proposal = propose(db, sentence.id, reviewer, scheme, index)
        kept = engine._BEFORE[(sentence.doc_id, reviewer)]
        read_on += before is not None and kept.read is before.read and bool(before.rows)
        assert (proposal, _kept(sentence.doc_id, reviewer)) == \
            _afresh(db, sentence, scheme, index, reviewer), sentence.text
        label = (labels(keys) if labels else None) or (proposal.label if proposal else None)
        set_annotation(db, sentence.id, reviewer, label=label or "context",
                       source=proposal.name if proposal else None, scheme=scheme)
        if between is not None:
            between(keys, sentence, proposal)
        sentence = nav.next_sentence(db, sentence)
        keys += 1
    return keys, read_on


def test_labeling_down_each_article_reads_on_and_reads_as_afresh(articles_db, scheme):
    index = SourceIndex.from_db(articles_db)
    keys, read_on = _walk(articles_db, scheme, index,
                          labels=lambda k: scheme.names[k % len(scheme.names)]
                          if k % 4 == 0 else None)
    assert keys > 90 and len({s.doc_id for s in _walked}) == 8
    assert read_on > keys * 3 // 4  # the kept reading served and was read on


def test_an_earlier_sentence_relabelled_between_keys_is_read_as_saved(articles_db, scheme):
    index = SourceIndex.from_db(articles_db)
    done: list = []

    def relabel(keys, sentence, _proposal):
        done.append(sentence)
        same = [s for s in done if s.doc_id == sentence.doc_id]
        if keys % 3 == 2 and len(same) > 3:
            set_annotation(articles_db, same[-4].id, "ana",
                           label=scheme.names[keys % len(scheme.names)],
                           source="Someone Else" if keys % 2 else None, scheme=scheme)

    keys, _ = _walk(articles_db, scheme, index, relabel)
    assert keys > 90


def test_a_label_undone_between_keys_leaves_its_sentence_unsaved(articles_db, scheme):
    index = SourceIndex.from_db(articles_db)
    undone = []

    def undo(keys, _sentence, _proposal):
        if keys % 3 == 1:  # the label just saved and the one before it (read kept), removed
            undone.extend((undo_last(articles_db, "ana"), undo_last(articles_db, "ana")))

    keys, _ = _walk(articles_db, scheme, index, undo)
    assert len(undone) > 30 and all(undone)


def _written_alone(texts: list[str]) -> list[str]:
    """The capitalised words standing alone inside the sentences ("Malhotra said"), as an
    analyst registers a source by the name the article uses."""
    return list(dict.fromkeys(
        m.group(0) for t in texts
        for m in re.finditer(r"(?<![\w-] )\b[A-Z][a-z]{3,}\b(?! [A-Z])", t) if m.start() > 0))


def test_a_source_registered_between_keys_is_read_as_registered(articles_db, scheme):
    """A name written alone in an earlier sentence registered between keys: the kept
    reading serves only where the registry's new name could not change it
    (SourceIndex.unchanged)."""
    index = SourceIndex.from_db(articles_db)
    done: list = []
    registered: list[str] = []

    def register(keys, sentence, _proposal):
        done.append(sentence)
        # further back than the sentences the next key reads on: only the kept reading
        # asked about them
        earlier = [s.text for s in done if s.doc_id == sentence.doc_id][:-4]
        for name in _written_alone(earlier):
            if name not in registered:
                index.add(name, name, "person")
                registered.append(name)
                return

    keys, _ = _walk(articles_db, scheme, index, register)
    assert len(registered) > 5


def test_moving_back_up_and_another_reviewer_read_as_afresh(articles_db, scheme):
    index = SourceIndex.from_db(articles_db)
    walked = []
    sentence = nav.first_sentence(articles_db)
    while sentence is not None and len(walked) < 40:
        walked.append(sentence)
        proposal = propose(articles_db, sentence.id, "ana", scheme, index)
        label, source = (proposal.label, proposal.name) if len(walked) % 2 else ("context",
                                                                                  None)
        set_annotation(articles_db, sentence.id, "ana", label=label or "context",
                       source=source, scheme=scheme)
        sentence = nav.next_sentence(articles_db, sentence)
    for sentence in reversed(walked):  # back up: a shorter reading, read afresh
        assert propose(articles_db, sentence.id, "ana", scheme, index) == \
            proposed_afresh(articles_db, sentence.id, scheme, index)
        # another reviewer, who saved nothing, reads the same document without ana's labels
        assert propose(articles_db, sentence.id, "ben", scheme, index) == \
            proposed_afresh(articles_db, sentence.id, scheme, index, reviewer="ben")


def test_a_reading_that_fails_half_way_leaves_nothing_half_read(articles_db, scheme,
                                                                 monkeypatch):
    index = SourceIndex.from_db(articles_db)
    sentence = nav.first_sentence(articles_db)
    document = [sentence]
    while (sentence := nav.next_sentence(articles_db, sentence)) is not None \
            and sentence.doc_id == document[0].doc_id:
        document.append(sentence)
    assert len(document) > 10
    for shown in document[:4]:
        propose(articles_db, shown.id, "ana", scheme, index)
    real, calls = engine._earlier, []

    def failing(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 3:  # two sentences read on, the third fails
            raise RuntimeError("the reading failed half way")
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "_earlier", failing)
    with pytest.raises(RuntimeError):
        propose(articles_db, document[9].id, "ana", scheme, index)
    monkeypatch.setattr(engine, "_earlier", real)
    for shown in document[4:]:
        assert (propose(articles_db, shown.id, "ana", scheme, index),
                _kept(shown.doc_id, "ana")) == _afresh(articles_db, shown, scheme, index,
                                                       "ana")


def test_the_kept_readings_are_bounded(articles_db, scheme):
    index = SourceIndex.from_db(articles_db)
    documents = {}
    sentence = nav.first_sentence(articles_db)
    while sentence is not None:
        documents.setdefault(sentence.doc_id, sentence)
        sentence = nav.next_sentence(articles_db, sentence)
    assert len(documents) == 8
    for reviewer in ("a", "b", "c"):
        for first in documents.values():
            propose(articles_db, first.id, reviewer, scheme, index)
            assert len(engine._BEFORE) <= engine.BEFORE_KEPT
    assert len(engine._BEFORE) == engine.BEFORE_KEPT
    assert (first.doc_id, "c") in engine._BEFORE  # the newest kept, the oldest let go
    assert (next(iter(documents.values())).doc_id, "a") not in engine._BEFORE
