"""A document's table of speakers (entities.py) reads each sentence's names once: the table
is built on the first key of every document, and its finders (who speaks for whom, who
acts for a party, who issued a document) all ask for the same names. Read five times, the
build cost a label key about 10 ms at each new document."""

from __future__ import annotations

import annotator.domain.proposals.entities as entities
from annotator.domain.proposals.entities import _speaking_for, entity_table
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.titles import titled

ARTICLE = (
    "The family's lawyer, Ana Ruiz, said the Harbour Board had ignored the warnings.",
    "Mark Dunn, for the Harbour Board, said the report by Coastal Watch was wrong.",
    "The ferry operator Seaford Lines sued the Harbour Board on Monday.",
    "Ana Ruiz said the family would wait for the court.",
)


def test_each_sentence_s_names_are_read_once_for_the_table(monkeypatch):
    read = []
    real = entities._names

    def counted(text, lex):
        read.append(text)
        return real(text, lex)

    monkeypatch.setattr(entities, "_names", counted)
    entity_table.cache_clear()
    table = entity_table(ARTICLE, "en")
    assert sorted(read) == sorted(ARTICLE)
    names = {e.name for e in table.entities}
    assert {"Ana Ruiz", "Mark Dunn", "Seaford Lines"} <= names


def test_the_names_given_read_as_the_names_found():
    lex = titled(lexicon("en"))
    for text in ARTICLE:
        assert _speaking_for(text, lex, entities._names(text, lex)) == _speaking_for(text, lex)
    assert ("family", "Ana Ruiz") in _speaking_for(ARTICLE[0], lex)


def test_the_table_reads_the_same_twice():
    entity_table.cache_clear()
    first = entity_table(ARTICLE, "en")
    entity_table.cache_clear()
    second = entity_table(ARTICLE, "en")
    assert [vars(e) for e in first.entities] == [vars(e) for e in second.entities]
