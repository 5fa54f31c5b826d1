"""What a speaker reading remembers between keys (issue 10, seventeenth round): a sentence's
tokens, the merged phrase list of acts, a one-word name's owner in the registry, how a
reading state's type is read into a cache key. Each is read once and then served; a saved
label or a new source still gives the proposal read afresh."""

from __future__ import annotations

import dataclasses

from support.afresh import MEMORIES, proposed_afresh, read_before

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import apart, engine, name_words, naming, propose, reading
from annotator.domain.proposals.dispute import Dispute
from annotator.domain.proposals.features import Discourse
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.registering import register_proposed
from annotator.domain.speakers import SourceIndex


def test_labels_saved_and_sources_registered_leave_each_proposal_as_read_afresh(
        seeded_db, scheme):
    """Down every seed article, each proposal accepted as the label key does (its new
    speakers registered, as the screen adds them to its registry, from an empty one): each
    key's proposal is the one read with nothing remembered."""
    with seeded_db.conn:
        seeded_db.execute("DELETE FROM source_aliases")
        seeded_db.execute("DELETE FROM sources")
    index = SourceIndex.from_db(seeded_db)
    assert len(index) == 0
    for memory in MEMORIES:
        memory.clear()
    sentence, keys, registered = nav.first_sentence(seeded_db), 0, 0
    while sentence is not None:
        proposal = propose(seeded_db, sentence.id, "ana", scheme, index)
        assert proposal == proposed_afresh(seeded_db, sentence.id, scheme, index), sentence.text
        source = proposal.name if proposal else None
        for known in register_proposed(seeded_db, proposal, source):
            index.add(known.name, known.name, known.kind)
            for alias in known.aliases:
                index.add(alias, known.name, known.kind)
            registered += 1
        set_annotation(seeded_db, sentence.id, "ana",
                       label=proposal.label if proposal and proposal.label else "context",
                       source=source, scheme=scheme)
        sentence = nav.next_sentence(seeded_db, sentence)
        keys += 1
    assert keys > 50
    assert registered > 3  # the registry grew under the memories


def test_a_one_word_name_is_ranked_once_until_the_registry_grows(monkeypatch):
    index = SourceIndex([("Kim Jong Un", "Kim Jong Un")])
    asked: list[str] = []
    real = SourceIndex.suggest

    def suggest(self, query, *args, **kwargs):
        asked.append(query)
        return real(self, query, *args, **kwargs)

    monkeypatch.setattr(SourceIndex, "suggest", suggest)
    naming._SHORT_NAMES.clear()
    known = naming.Known(index)
    assert naming._short_name(known, "Kim") == "Kim Jong Un"
    assert naming._short_name(index, "Kim") == "Kim Jong Un"  # the same registry, asked
    assert asked == ["Kim"]
    index.add("Kim Yo Jong", "Kim Yo Jong")  # a new source: two owners of "Kim" now
    assert naming._short_name(known, "Kim") is None
    assert asked == ["Kim", "Kim"]
    other = SourceIndex([("Kim Jong Un", "Kim Jong Un")])  # another registry: its own answer
    assert naming._short_name(other, "Kim") == "Kim Jong Un"
    assert asked == ["Kim", "Kim", "Kim"]


def test_a_sentence_is_tokenised_once_and_each_caller_gets_its_own_lists(monkeypatch):
    text = "Juru bicara PT Sumber Air, Rudi Hartono, membantah tudingan itu."
    calls: list[str] = []
    real = name_words.TOKEN

    class Counting:
        def finditer(self, string):
            calls.append(string)
            return real.finditer(string)

    monkeypatch.setattr(name_words, "TOKEN", Counting())
    name_words._TOKENISED.clear()
    tokens, words = name_words.tokens_and_words(text)
    assert [m.group() for m in tokens] == real.findall(text)
    assert words == [w.casefold() for w in real.findall(text)]
    words.append("x")  # a caller's change stays its own
    tokens.pop()
    again = name_words.tokens_and_words(text)
    assert calls == [text]
    assert [m.group() for m in again[0]] == real.findall(text)
    assert again[1] == [w.casefold() for w in real.findall(text)]


def test_the_acts_a_speaker_reading_finds_are_merged_once_per_lexicon():
    from annotator.domain.proposals.speaker_acts import silent_phrases
    from annotator.domain.proposals.speech_family import speaking

    for language in ("en", "id"):
        lex = speaking(lexicon(language))
        merged = reading._acts(lex)
        assert merged == {**silent_phrases(lex), **lex.appeals, **lex.appeal_context}
        assert reading._acts(lex) is merged


def _whole_as_before(value):
    """engine._whole as it read every value before its routes were kept per type."""
    from annotator.domain.proposals.whole_article import ArticleSides

    if isinstance(value, str) or value is None:
        return value
    if isinstance(value, ArticleSides):
        return value.token
    if isinstance(value, dict):
        return tuple((k, v if type(v) is str else _whole_as_before(v))
                     for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return (type(value).__name__,
                tuple(v if type(v) is str else _whole_as_before(v) for v in value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple(_whole_as_before(getattr(value, f.name))
                                            for f in dataclasses.fields(value)))
    return value


def test_a_reading_states_key_is_read_as_before(scheme):
    """The rules' memory keys a dispute by its whole content (engine._whole): read by
    type routes now, the same key as before, for the states a document's reading leaves."""
    lex = lexicon("id")
    texts = ['Warga menuding PT Sumber Air mencemari sungai.',
             '"Airnya berbau dan ikan mati," kata Slamet.',
             'Perusahaan membantah tudingan itu.',
             'Juru bicara PT Sumber Air, Rudi Hartono, mengatakan air sudah diuji.']
    rows = tuple((text, k % 2 == 1, "Slamet" if k % 2 else None, "claim" if k % 2 else None)
                 for k, text in enumerate(texts))
    names, described, dispute, discourse = read_before(rows, scheme, lex)
    assert dispute.seen and dispute.accused
    for value in (dispute, discourse, Dispute(), Discourse(), names, tuple(described),
                  {"a": [1, ("b", None)], "c": {2.5, "d"}}, None, "x", 3, True):
        assert engine._whole(value) == _whole_as_before(value)
    assert engine._whole(dispute) != engine._whole(Dispute())


def test_phrases_are_found_where_they_stand_whatever_their_first_word():
    words = "the firm did not respond to requests for comment and did not respond".split()
    for phrase in [("did", "not", "respond"), ("respond",), ("absent",), ("not", "there"),
                   ("comment", "and")]:
        for start in (0, 3, 11):
            assert apart._at(words, phrase, start) == [
                i for i in range(start, len(words) - len(phrase) + 1)
                if tuple(words[i:i + len(phrase)]) == phrase]


def test_an_officer_is_named_for_a_body_only_where_the_sentence_writes_it():
    from annotator.domain.proposals.speakers_proposed import named_for

    lex = lexicon("en")
    said = "Network Rail's spokeswoman, Joan Ames, denied the claims."
    assert named_for("Network Rail", said, lex) == "Joan Ames"
    assert named_for("network rail", said, lex) is None  # the body as written, case kept
    assert named_for("Ofwat", said, lex) is None


def test_a_sentence_is_normalised_once(monkeypatch):
    text = "JAKARTA, KOMPAS.com - Juru bicara PT Sumber Air’s kantor membantah."
    calls: list[str] = []
    real = reading._normalise

    def normalising(given):
        calls.append(given)
        return real(given)

    monkeypatch.setattr(reading, "_normalise", normalising)
    reading._NORMALISED.clear()
    assert reading.normalise(text) == real(text)
    assert reading.normalise(text) == real(text)
    assert len(reading.normalise(text)) == len(text)
    assert calls == [text]


def test_patterns_made_from_a_name_are_compiled_once_per_name():
    """The agent's pattern, kept per name (re's own cache is shared with every other pattern
    and refilled before a document is read again); named_for's and is_place's find the
    name itself by str.find (round 35) and read what stands around it as before."""
    import re

    from annotator.domain.proposals import places_named, speakers_proposed, targeted
    from annotator.domain.proposals.literal import search_after, written_at

    text = "The complaint was filed by Harlow Water, and Harlow Water's spokesman, Ian Reid, said."
    assert targeted._agent("Harlow Water") is targeted._agent("Harlow Water")
    # named_for's and is_place's: no pattern per name at all since round 35 (the name found
    # by str.find, literal.py)
    found = search_after("Harlow Water", speakers_proposed._OFFICER_AFTER, text)
    assert found.group(2) == "Ian Reid"
    assert [k for k, _ in written_at("Harlow Water", text, places_named._NOT_AFTER_WORD,
                                     places_named._NOT_BEFORE_WORD)] == [
        m.start() for m in re.finditer(r"(?<![\w])Harlow Water(?![\w])", text)]
    assert targeted._agent("harlow water").search(text)  # in any case, as before
    assert not targeted._agent("Ian Reid").search(text)
