"""A remembered reading and the registry (issue 10, thirtieth round): a sentence read back is
read again only when a name the registry took in since could change it (one beginning with
a word of a text the reading looked names up in, or any name where it ranked the registry),
not whenever the registry grows. Every answer served from memory is the one a fresh engine
with a fresh registry gives."""

from __future__ import annotations

from support.afresh import proposed_afresh

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, propose
from annotator.domain.proposals.registering import register_proposed
from annotator.domain.sources import names_and_aliases
from annotator.domain.speakers import SourceIndex

SAID = '"Kami tidak pernah menerima uang itu," kata Sutrisno Hadi.'


def test_a_name_taken_in_reads_again_only_the_sentences_it_may_change(scheme, monkeypatch):
    index = SourceIndex([])
    engine._EARLIER.clear()
    first = engine._earlier(SAID, scheme, index, "id", engine.Chain())
    assert first.name == "Sutrisno Hadi" and first.new_source
    read = []
    real = engine.propose_text
    monkeypatch.setattr(engine, "propose_text", lambda *a, **k: read.append(a[0]) or real(*a, **k))
    index.add("Bambang Wijaya", "Bambang Wijaya")  # no word of the sentence begins it
    assert engine._earlier(SAID, scheme, index, "id", engine.Chain()) is first
    assert not read
    index.add("Sutrisno Hadi", "Sutrisno Hadi Wibowo")  # an alias the sentence holds
    again = engine._earlier(SAID, scheme, index, "id", engine.Chain())
    assert read == [SAID]
    assert again.name == "Sutrisno Hadi Wibowo"
    fresh = SourceIndex([("Bambang Wijaya", "Bambang Wijaya"),
                         ("Sutrisno Hadi", "Sutrisno Hadi Wibowo")])
    assert again == real(SAID, scheme, fresh, "id", remember=False)


def test_a_reading_that_ranked_the_registry_is_read_again_after_any_name(scheme):
    """"kata Sutrisno": one word, ranked against the registry for the only source with it
    (naming._short_name): any name taken in may change that."""
    index = SourceIndex([("Sutrisno Hadi", "Sutrisno Hadi")])
    text = '"Kami tidak pernah menerima uang itu," kata Sutrisno.'
    engine._EARLIER.clear()
    first = engine._earlier(text, scheme, index, "id", engine.Chain())
    index.add("Agus Sutrisno", "Agus Sutrisno")  # "Sutrisno" now names two sources
    again = engine._earlier(text, scheme, index, "id", engine.Chain())
    assert again is not first and again.name != first.name
    fresh = SourceIndex([("Sutrisno Hadi", "Sutrisno Hadi"),
                         ("Agus Sutrisno", "Agus Sutrisno")])
    assert again == engine.propose_text(text, scheme, fresh, "id", remember=False)


def test_labeling_down_the_seed_articles_every_remembered_answer_is_a_fresh_engines(
        seeded_db, scheme, monkeypatch):
    """Every key as ``enter`` does it (the proposal saved, its new sources registered), some
    keys saved otherwise (another label, a "no source"): each proposal made with the
    memories equals the one made with none, from a registry built afresh with every name
    taken in so far, in the same order; and the memories did serve readings across names
    taken in. The seed articles' sources are left out of the registry at the start, so that
    labeling them takes them in."""
    for table in ("source_aliases", "sources"):
        seeded_db.execute(f"DELETE FROM {table}")
    kinds = dict(seeded_db.execute("SELECT name, kind FROM sources").fetchall())
    pairs = list(names_and_aliases(seeded_db))
    index = SourceIndex(list(pairs), kinds)
    for memory in (engine._BEFORE, engine._EARLIER, engine._RULED, engine._SPOKEN):
        memory.clear()
    kept_across = []
    unchanged = SourceIndex.unchanged

    def counted(self, since, asked):
        kept = unchanged(self, since, asked)
        kept_across.append(kept and since != len(self))
        return kept

    monkeypatch.setattr(SourceIndex, "unchanged", counted)
    asked = []  # each sentence read back, with what it was read with, as it stood
    earlier = engine._earlier

    def recorded(text, scheme, index, language, chain, names=(), described=(), dispute=None,
                 later=(), table=None, at=0, whole=None):
        asked.append((text, language, engine.Chain(chain.previous, chain.last_named), names,
                      described, engine._copied(dispute), later, table, at))
        return earlier(text, scheme, index, language, chain, names, described, dispute, later,
                       table, at, whole)

    monkeypatch.setattr(engine, "_earlier", recorded)
    sentence, keys, taken = nav.first_sentence(seeded_db), 0, 0
    while sentence is not None:
        walked = propose(seeded_db, sentence.id, "ana", scheme, index)
        fresh = SourceIndex(list(pairs), kinds)
        assert walked == proposed_afresh(seeded_db, sentence.id, scheme, fresh), sentence.text
        label, source = walked.label or "context", walked.name
        if keys % 5 == 3:
            source = None  # "no source", where a speaker may have been proposed
        elif keys % 7 == 4:
            label = "claim" if label != "claim" else "context"  # another label
        else:
            for known in register_proposed(seeded_db, walked, source):
                for written in (known.name, *known.aliases):
                    index.add(written, known.name, known.kind)
                    pairs.append((written, known.name))
                    kinds[known.name] = known.kind
                    taken += 1
            fresh = SourceIndex(list(pairs), kinds)
            for text, language, chain, names, described, dispute, later, table, at in \
                    asked[-40:]:  # what the memory answers now: a fresh engine's answer
                assert earlier(text, scheme, index, language, chain, names, described,
                               dispute, later, table, at) == engine.propose_text(
                    text, scheme, fresh, language, previous=chain.previous,
                    last_named=chain.last_named, names=names, described=described,
                    dispute=dispute, later=later, table=table, at=at, remember=False), text
        set_annotation(seeded_db, sentence.id, "ana", label=label, source=source,
                       scheme=scheme)
        sentence = nav.next_sentence(seeded_db, sentence)
        keys += 1
    assert keys > 50 and taken > 5
    assert sum(kept_across) > 20  # readings served though the registry had grown
