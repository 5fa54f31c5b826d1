"""A proposal read with the memory of the sentences before it (engine.py: the document's
reading, kept between keys and read on by the rows added since) is the proposal read afresh:
labeling down every seed article, each key's proposal equals the one made with no reading
remembered."""

from __future__ import annotations

import pytest
from support.afresh import proposed_afresh

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, propose
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex


@pytest.mark.parametrize("labels", ["as proposed", "mixed"])
def test_remembered_look_back_proposes_as_a_fresh_reading(seeded_db, labels):
    scheme = load_scheme()
    index = SourceIndex.from_db(seeded_db)
    engine._BEFORE.clear()
    engine._EARLIER.clear()
    engine._RULED.clear()
    engine._SPOKEN.clear()
    sentence, keys, read_on = nav.first_sentence(seeded_db), 0, 0
    while sentence is not None:
        before = dict(engine._BEFORE)
        walked = propose(seeded_db, sentence.id, "ana", scheme, index)
        kept = engine._BEFORE[(sentence.doc_id, "ana")]
        # the document's reading one sentence shorter, read on from
        shorter = before.get((sentence.doc_id, "ana"))
        read_on += shorter is not None and kept.read is shorter.read \
            and len(kept.rows) == len(shorter.rows) + 1
        assert walked == proposed_afresh(seeded_db, sentence.id, scheme, index), sentence.text
        label, source = (walked.label, walked.name) if walked else (None, None)
        if labels == "mixed" and keys % 3 == 0:
            label, source = "context", None  # the analyst chose otherwise
        set_annotation(seeded_db, sentence.id, "ana", label=label or "context",
                       source=source, scheme=scheme)
        sentence = nav.next_sentence(seeded_db, sentence)
        keys += 1
    assert keys > 50
    assert read_on > 20


def test_the_reading_before_keeps_every_sentence_it_read_in_order(seeded_db):
    """The dispute's memory of the sentences before (Dispute.seen: whether a quotation opened
    further back is still open, who replied before) holds every sentence before, in order,
    whether read afresh or read on from the reading kept at the key before; a merge that
    moved part of that reading out of the loop once left them out."""
    scheme, index = load_scheme(), SourceIndex.from_db(seeded_db)
    engine._BEFORE.clear()
    sentence, texts = nav.first_sentence(seeded_db), []
    try:
        for _ in range(9):
            propose(seeded_db, sentence.id, "ana", scheme, index)
            kept = engine._BEFORE[(sentence.doc_id, "ana")]
            assert kept.read.dispute.seen == texts
            assert [said.text for said in kept.read.said] == texts
            texts.append(sentence.text)
            following = nav.next_sentence(seeded_db, sentence)
            assert following.doc_id == sentence.doc_id
            sentence = following
    finally:
        engine._BEFORE.clear()


@pytest.fixture
def read(monkeypatch) -> list[str]:
    """The sentences the proposals read for their speaker, in order (engine.read_speaker
    watched)."""
    seen: list[str] = []
    real = engine.read_speaker

    def reading(text, *args, **kwargs):
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(engine, "read_speaker", reading)
    return seen


def test_the_next_key_does_not_read_the_sentence_just_shown_again(seeded_db, read):
    """The key after a sentence was shown reads it back for its speaker, in the same place,
    with the same speakers, names and dispute before it: the rules' reading made when it
    was shown serves (engine._ruled), only the new sentence is read."""
    scheme = load_scheme()
    index = SourceIndex.from_db(seeded_db)
    for memory in (engine._BEFORE, engine._EARLIER, engine._RULED, engine._SPOKEN):
        memory.clear()
    shown = nav.first_sentence(seeded_db)
    following = nav.next_sentence(seeded_db, shown)
    proposal = propose(seeded_db, shown.id, "ana", scheme, index)
    assert read == [shown.text]
    set_annotation(seeded_db, shown.id, "ana", label=proposal.label or "context",
                   source=proposal.name, scheme=scheme)
    read.clear()
    assert propose(seeded_db, following.id, "ana", scheme, index) == \
        proposed_afresh(seeded_db, following.id, scheme, index)
    assert shown.text not in read[:read.index(following.text)]


def test_a_sentence_read_again_in_another_dispute_is_not_read_again_for_its_speaker(
        read):
    """When the window moves on, a sentence may be read back with the same speakers and
    names before it but the dispute read otherwise (an accusation that left the window is
    read from its words, not its saved label): its speaker is read once, and the dispute
    reading still follows the dispute given."""
    from annotator.domain.proposals.dispute import Dispute
    from annotator.domain.proposals.lexicon import lexicon

    scheme, index = load_scheme(), SourceIndex([("PT Sumber Air", "PT Sumber Air")])
    for memory in (engine._RULED, engine._SPOKEN):
        memory.clear()
    text = "Perusahaan itu menyebut air sungai sudah diuji dan memenuhi baku mutu."
    accused = Dispute()
    accused.accused = True
    accused.named("accusation", None, ["PT Sumber Air"],
                  "Warga menuding PT Sumber Air mencemari sungai.", lexicon("id"))
    calm = engine.propose_text(text, scheme, index, "id", dispute=Dispute(), at=3)
    answered = engine.propose_text(text, scheme, index, "id", dispute=accused, at=3)
    assert read == [text]
    assert (calm.label, answered.label) == ("claim", "denial")
    for memory in (engine._RULED, engine._SPOKEN):
        memory.clear()
    assert engine.propose_text(text, scheme, index, "id", dispute=accused, at=3) == answered


def test_the_rules_reading_is_kept_apart_for_disputes_that_differ_in_anything():
    """The sentence shown is remembered by the dispute's whole content, not only by what
    ``Dispute.frozen`` holds: the form a party was named in and the sentences seen count."""
    from annotator.domain.proposals.dispute import Dispute

    one, other = Dispute(), Dispute()
    one.accusers, other.accusers = {"pt abc": "PT ABC"}, {"pt abc": "Pt Abc"}
    one.seen, other.seen = ["Warga menuding PT ABC."], ["Warga menuding Pt Abc."]
    assert one.frozen() == other.frozen()
    assert engine._whole(one) != engine._whole(other)
    same = Dispute(accusers={"pt abc": "PT ABC"}, seen=["Warga menuding PT ABC."])
    assert engine._whole(one) == engine._whole(same)
    assert hash(engine._whole(one)) == hash(engine._whole(same))
