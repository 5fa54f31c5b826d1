"""The proposal read with nothing remembered: every memory the proposal engine and the
speaker reading keep between keys cleared for one call, then put back as it was, so a
test can walk an article with the memories and compare each key with a fresh reading.
Used by tests/test_proposal_look_back.py, tests/test_proposal_memo17.py and
tests/test_proposal_memo18.py."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotator.corpus.ingest import ingest_paths
from annotator.domain.proposals import (
    enforcer_finding,
    engine,
    name_words,
    naming,
    parties,
    propose,
    reading,
    whole_article,
)

MEMORIES = (engine._BEFORE, engine._EARLIER, engine._RULED, engine._SPOKEN,
            naming._SHORT_NAMES, name_words._TOKENISED, parties._SAID,
            reading._ACTS, reading._NORMALISED, reading._VERBS, enforcer_finding._PARTS)


SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "proposals"
ARTICLES = ("heldout2/en_crypto_trial.txt", "heldout2/en_housing_minister.txt",
            "dev/en_league_fixing.txt")  # readable sets, beside the five seed articles


def ingest_articles(db, folder: Path) -> None:
    """Three English articles of the readable sets, ingested beside the seed articles."""
    folder.mkdir()
    for article in ARTICLES:
        shutil.copyfile(SETS / article, folder / Path(article).name)
    ingest_paths(db, [folder])


def articles_nothing_kept(db, folder: Path):
    """A fixture's body: the articles ingested, and the documents' readings the engine keeps
    between keys emptied before the test and after it (yields ``db``)."""
    ingest_articles(db, folder)
    engine._BEFORE.clear()
    whole_article._READ.clear()
    yield db
    engine._BEFORE.clear()
    whole_article._READ.clear()


def proposed_afresh(db, sentence_id, scheme, index, reviewer: str = "ana"):
    kept = [dict(memory) for memory in MEMORIES]
    for memory in MEMORIES:
        memory.clear()
    try:
        return propose(db, sentence_id, reviewer, scheme, index)
    finally:
        for memory, held in zip(MEMORIES, kept, strict=True):
            memory.clear()
            memory.update(held)


def read_before(rows, scheme, lex):
    """The sentences ``rows`` (text, saved, saved source, saved label) read as the sentences
    before a proposed one are (engine._read_on), from nothing, with an empty registry: the
    names, descriptions, dispute and discourse read."""
    from annotator.domain.proposals.entities import entity_table
    from annotator.domain.speakers import SourceIndex

    texts = tuple(row[0] for row in rows)
    read = engine._Read()
    engine._read_on(read, rows, 0, texts, scheme, SourceIndex([]), lex.language, lex,
                    entity_table(texts, lex.language))
    return read.names, read.described, read.dispute, read.discourse
