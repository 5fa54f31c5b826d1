"""What the labeling screen proposes on a made-up document, for the proposal rule tests."""

from __future__ import annotations

from annotator.db.connection import write
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import propose
from annotator.domain.proposals.registering import register_proposed
from annotator.domain.speakers import SourceIndex
from support.corpus import add_document


def proposals(db, scheme, sentences: list[str], language: str) -> list:
    """What `enter` would save on each sentence of one document, read in order."""
    ids = add_document(db, "d1", sentences)
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = 'd1'", [language])
    index = SourceIndex.from_db(db)
    return [propose(db, sid, "ana", scheme, index) for sid in ids]


def speaker(db, scheme, sentences, language, at=-1):
    """The source proposed on one sentence of a made-up document (the last by default)."""
    return proposals(db, scheme, sentences, language)[at].name


def accepted(db, scheme, sentences: list[str], language: str) -> list:
    """What a reviewer pressing only `enter` saves on each sentence of one document, in
    order: each proposal is read with the ones saved before it, as on the labeling screen."""
    ids = add_document(db, "d1", sentences)
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = 'd1'", [language])
    index = SourceIndex.from_db(db)
    out = []
    for sid in ids:
        got = propose(db, sid, "ana", scheme, index)
        set_annotation(db, sid, "ana", label=got.label, source=got.name,
                       confidence=got.confidence, scheme=scheme, proposal=got.proposer)
        out.append(got)
    return out


def accepted_alone(db, scheme, sentence: str, language: str = "en"):
    """What an `enter` reviewer saves on a one-sentence document (``accepted``'s first)."""
    return accepted(db, scheme, [sentence], language)[0]


def accepted_afresh(db, scheme, sentences: list[str], language: str) -> list:
    """As ``accepted``, then the database emptied, so that one test can read several
    articles each as the first the database holds."""
    got = accepted(db, scheme, sentences, language)
    with write(db):
        db.execute("DELETE FROM annotations")
        db.execute("DELETE FROM sentences")
        db.execute("DELETE FROM documents")
    return got


def registered(db, scheme, sentences: list[str], language: str = "en") -> list:
    """As ``accepted``, and each new source registered (with the short forms the article
    defines) before the next sentence is read, as `enter` does on the labeling screen."""
    ids = add_document(db, "d1", sentences)
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = 'd1'", [language])
    index = SourceIndex.from_db(db)
    out = []
    for sid in ids:
        got = propose(db, sid, "ana", scheme, index)
        for known in register_proposed(db, got, got.name):
            index.add(known.name, known.name, known.kind)
            for alias in known.aliases:
                index.add(alias, known.name, known.kind)
        set_annotation(db, sid, "ana", label=got.label, source=got.name,
                       confidence=got.confidence, scheme=scheme, proposal=got.proposer)
        out.append(got)
    return out
