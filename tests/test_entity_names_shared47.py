"""The entity table reads each sentence's name runs once (issue 10, forty-seventh round):
with the speaker readings' lexicon (``titled(lexicon(language))``, the table's own), the
names it gathers (entities._names) take the runs described_in reads too
(reading._name_runs, remembered per sentence), rather than reading them a second time.
The names are the same as read apart, and the same entity table is made."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from annotator.domain.proposals import entities, reading
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.titles import titled

DEV = Path(__file__).resolve().parent.parent / "benchmarks" / "proposals" / "dev"


def _sentences(name: str) -> list[str]:
    lines = [line.strip() for line in (DEV / name).read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line]


@pytest.mark.parametrize("article, language", [
    ("en_league_fixing.txt", "en"), ("en_council_data.txt", "en"),
    ("id_banjir.txt", "id"), ("id_tambang_nikel.txt", "id")])
def test_the_names_read_from_the_shared_runs_are_the_names_read_apart(article, language):
    lex = titled(lexicon(language))
    apart = dataclasses.replace(lex)  # an equal lexicon, not the same one: read apart
    assert apart is not lex
    texts = _sentences(article)
    assert sum(bool(entities._names(t, lex)) for t in texts) >= 3
    for text in texts:
        reading._name_runs.cache_clear()
        read_apart = entities._names(text, apart)
        assert reading._name_runs.cache_info().currsize == 0  # read apart: nothing shared
        shared = entities._names(text, lex)
        assert reading._name_runs.cache_info().currsize == 1  # the runs, kept for described_in
        hits = reading._name_runs.cache_info().hits
        reading._name_runs(text, language)  # the very runs described_in asks for
        assert reading._name_runs.cache_info().hits == hits + 1
        assert shared == read_apart, text


def test_the_entity_table_is_the_same_with_the_runs_shared(monkeypatch):
    texts = tuple(_sentences("en_league_fixing.txt"))
    entities.entity_table.cache_clear()
    shared = entities.entity_table(texts, "en")
    entities.entity_table.cache_clear()
    monkeypatch.setattr(entities, "_name_runs", lambda *_: pytest.fail("shared"))
    lex = titled(lexicon("en"))
    real_names = entities._names
    monkeypatch.setattr(entities, "_names",
                        lambda text, given: real_names(text, dataclasses.replace(given))
                        if given is lex else real_names(text, given))
    apart = entities.entity_table(texts, "en")
    entities.entity_table.cache_clear()
    assert [(e.name, e.kind, e.mentions) for e in shared.entities] == \
        [(e.name, e.kind, e.mentions) for e in apart.entities]
    assert shared.entities == apart.entities
