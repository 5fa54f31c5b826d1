"""What a label key remembers or reads faster (issue 10, eighteenth round): the sentences
before the window as the label model reads them, what party_features reads of each
sentence before, a label by its name, a reading state copied field by field, the passive
phrases of enforcement looked up by length. Each gives what was read before; a saved
label, a label changed further back or a new source still gives the proposal read afresh."""

from __future__ import annotations

import dataclasses
import itertools
import random

from support.afresh import MEMORIES, proposed_afresh, read_before

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, parties, propose, speakers_indonesian
from annotator.domain.proposals.dispute import Dispute
from annotator.domain.proposals.features import Discourse
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.parties import Said, party_features
from annotator.domain.proposals.reading import ACCUSATION, CLAIM, DENIAL
from annotator.domain.proposals.registering import register_proposed
from annotator.domain.scheme import Label, Scheme
from annotator.domain.speakers import SourceIndex

FURTHER_BACK = 8  # sentences before the one proposed: once beyond the look-back window


def test_labels_other_than_proposed_and_relabels_further_back_leave_each_proposal_afresh(
        seeded_db, scheme):
    """Down every seed article, each key saves a label other than the one proposed (the
    labels in turn) with the proposed source or none, registering new sources; every
    fifth key also relabels a sentence further back (FURTHER_BACK). Each key's proposal is
    the one read with nothing remembered."""
    with seeded_db.conn:
        seeded_db.execute("DELETE FROM source_aliases")
        seeded_db.execute("DELETE FROM sources")
    index = SourceIndex.from_db(seeded_db)
    for memory in MEMORIES:
        memory.clear()
    labels = itertools.cycle(scheme.names)
    sentence, keys, relabelled = nav.first_sentence(seeded_db), 0, 0
    read: list = []
    while sentence is not None:
        proposal = propose(seeded_db, sentence.id, "ana", scheme, index)
        assert proposal == proposed_afresh(seeded_db, sentence.id, scheme, index), sentence.text
        source = proposal.name if proposal and keys % 3 else None
        for known in register_proposed(seeded_db, proposal, source):
            index.add(known.name, known.name, known.kind)
            for alias in known.aliases:
                index.add(alias, known.name, known.kind)
        label = next(labels)
        if proposal and label == proposal.label:
            label = next(labels)
        set_annotation(seeded_db, sentence.id, "ana", label=label, source=source, scheme=scheme)
        read.append(sentence)
        back = [s for s in read if s.doc_id == sentence.doc_id][:-FURTHER_BACK]
        if keys % 5 == 4 and back:
            set_annotation(seeded_db, back[-1].id, "ana", label=next(labels),
                           source="Someone Else" if keys % 2 else None, scheme=scheme)
            relabelled += 1
        sentence = nav.next_sentence(seeded_db, sentence)
        keys += 1
    assert keys > 50
    assert relabelled > 3


def test_party_features_read_each_sentence_before_once_by_its_role_and_speaker(
        monkeypatch):
    accusation, denial, claim = ACCUSATION, DENIAL, CLAIM
    before = [Said('Warga menuding PT Sumber Air mencemari sungai "dengan limbah.', accusation,
                   "Slamet"),
              Said("PT Sumber Air membantah tudingan itu.", denial, "PT Sumber Air"),
              Said('"Kami sudah menguji airnya," katanya.', claim, None)]
    text = "Rudi Hartono dari PT Sumber Air mengatakan air sudah diuji."
    parties._SAID.clear()
    first = party_features(text, "id", "Rudi Hartono", claim, before)
    calls: list[str] = []
    real = parties._quotes
    monkeypatch.setattr(parties, "_quotes", lambda t: calls.append(t) or real(t))
    assert party_features(text, "id", "Rudi Hartono", claim, before) == first
    assert calls == []  # every sentence before remembered
    # the same sentence and speaker read with another role: its own reading
    swapped = [before[0], Said(before[1].text, accusation, before[1].speaker), before[2]]
    parties._SAID.clear()
    fresh = party_features(text, "id", "PT Sumber Air", denial, swapped)
    parties._SAID.clear()
    assert party_features(text, "id", "PT Sumber Air", denial, before) != fresh
    assert party_features(text, "id", "PT Sumber Air", denial, swapped) == fresh


def test_a_label_is_found_by_its_name_the_first_of_two_as_before():
    first, second = Label("claim", "c", "1"), Label("claim", "x", "9", role="alleges")
    other = Label("denial", "d", "3", role="denies")
    scheme = Scheme((first, other, second), ("low", "high"), "low")
    assert scheme.label("claim") is first
    assert scheme.label("denial") is other
    assert scheme.label("rumour") is None
    assert scheme.label(None) is None
    assert scheme.role_for("denial") == "denies"
    assert scheme == Scheme((first, other, second), ("low", "high"), "low")  # equal as before
    assert dataclasses.replace(scheme, labels=(second,)).label("claim") is second


def test_a_reading_state_is_copied_field_by_field_as_replace_copied_it(scheme):
    lex = lexicon("id")
    texts = ['Warga menuding PT Sumber Air mencemari sungai.',
             '"Airnya berbau dan ikan mati," kata Slamet.',
             'Perusahaan membantah tudingan itu.']
    rows = tuple((text, k == 1, "Slamet" if k == 1 else None, "claim" if k == 1 else None)
                 for k, text in enumerate(texts))
    _names, _described, dispute, discourse = read_before(rows, scheme, lex)
    assert engine._plain_fields(Dispute) and engine._plain_fields(Discourse)
    for state in (dispute, discourse):
        copied = engine._copied(state)
        replaced = dataclasses.replace(state, **{
            f.name: engine._copied(getattr(state, f.name))
            for f in dataclasses.fields(state) if f.init})
        assert type(copied) is type(state) and copied == replaced == state
        assert vars(copied).keys() == vars(replaced).keys()
        for f in dataclasses.fields(state):  # containers its own, the rest shared
            value = getattr(state, f.name)
            if isinstance(value, list | dict | set):
                assert getattr(copied, f.name) is not value
    dispute_copy = engine._copied(dispute)
    dispute_copy.seen.append("another")
    dispute_copy.accusers["x"] = "X"
    assert "another" not in dispute.seen and "x" not in dispute.accusers


def test_a_dataclass_that_does_more_in_its_init_is_still_copied_by_replace():
    @dataclasses.dataclass
    class Counted:
        items: list = dataclasses.field(default_factory=list)
        made: int = dataclasses.field(default=0, init=False)

        def __post_init__(self):
            self.made += 1

    @dataclasses.dataclass
    class Plain:
        items: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass
    class Own:
        items: list

        def __init__(self, items):
            self.items = list(items) + ["own"]

    assert engine._plain_fields(Counted) == ()
    assert engine._plain_fields(Own) == ()
    assert engine._plain_fields(Plain) == ("items",)
    assert engine._copied(Counted([1])).made == 1  # through __post_init__, as replace does
    assert engine._copied(Own(["a"])).items == ["a", "own", "own"]  # its __init__, as before
    plain = Plain([1])
    assert engine._copied(plain) == plain and engine._copied(plain).items is not plain.items


def _written_as_before(plain: list[str], phrases) -> bool:
    return any(tuple(p.split()) == tuple(plain[k:k + len(p.split())])
               for p in phrases for k in range(len(plain)))


def test_enforcement_phrases_are_found_as_every_phrase_tried_at_every_word_found_them():
    phrases = speakers_indonesian._data("id")[4]
    assert phrases
    vocabulary = sorted({w for p in phrases for w in p.split()}) + ["dan", "polisi", "itu"]
    chosen = random.Random(18)
    for _ in range(3000):
        plain = [chosen.choice(vocabulary) for _ in range(chosen.randint(0, 7))]
        assert speakers_indonesian._written_in(plain, phrases) == \
            _written_as_before(plain, phrases), plain
    for odd in (frozenset(), frozenset({""}), frozenset({"", "ditahan"}),
                frozenset({"a b c d", "b"})):
        for plain in ([], ["b"], ["a", "b", "c"], ["a", "b", "c", "d"], ["ditahan"]):
            assert speakers_indonesian._written_in(plain, odd) == \
                _written_as_before(plain, odd), (odd, plain)


def test_a_sentence_before_read_with_another_role_is_read_again():
    lex = lexicon("id")
    text = "PT Sumber Air menuding Dinas Lingkungan Hidup lalai mengawasi."
    parties._SAID.clear()
    as_accusation = parties._read_said(Said(text, ACCUSATION, "PT Sumber Air"), lex)
    as_denial = parties._read_said(Said(text, DENIAL, "PT Sumber Air"), lex)
    assert as_accusation[2] and not as_denial[2]  # the others an accusation names
    assert parties._read_said(Said(text, ACCUSATION, "PT Sumber Air"), lex) == as_accusation
    parties._SAID.clear()
    assert parties._read_said(Said(text, DENIAL, "PT Sumber Air"), lex) == as_denial
