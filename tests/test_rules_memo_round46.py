"""What a speaker reading remembers per sentence (issue 10, forty-sixth round): the verbs
of a sentence (reading._verbs_read) and a speech verb's attribution and clause
(enforcer_finding._parts). Each is the sentence's alone, kept by the sentence and the
lexicon object: another lexicon reads the sentence afresh, and each call hands out new
lists (the reading adds to them)."""

from __future__ import annotations

import dataclasses

from annotator.domain.proposals import enforcer_finding, reading
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.name_words import tokens_and_words


def _verbs(text: str, lex):
    text = reading.normalise(text)
    tokens, words = tokens_and_words(text)
    return reading._verbs_read(text, tokens, words, lex)


def test_the_verbs_remembered_are_the_sentences_read_afresh_and_new_lists_each_call():
    lex = lexicon("en")
    text = "The ministry said on Monday that it had denied the claims."
    verbs, acts, first = _verbs(text, lex)
    tokens, words = tokens_and_words(reading.normalise(text))
    assert (verbs, acts, first) == reading._read_verbs(reading.normalise(text), tokens,
                                                       words, lex)
    assert verbs and first == 2
    verbs.append((99, 100))
    acts.append((98, 99))
    again = _verbs(text, lex)
    assert (99, 100) not in again[0] and (98, 99) not in again[1]


def test_another_lexicon_reads_the_sentence_afresh():
    """Kept by the lexicon object, not its language: a lexicon with another speech verb
    (as speech_family.speaking widens one) finds it in a sentence the first read
    before."""
    lex = lexicon("en")
    text = "Budi zorped quietly."
    assert _verbs(text, lex)[0] == []
    wider = dataclasses.replace(lex, speech={**lex.speech, ("zorped",): 1.0})
    assert _verbs(text, wider)[0] == [(1, 2)]
    assert _verbs(text, lex)[0] == []


def test_the_parts_remembered_are_new_lists_each_call_and_kept_by_the_lexicon():
    lex = lexicon("en")
    told = "on Monday that the company had broken the safety rules at its plant in the north"
    text = f"The regulator said {told}."
    who, clause = enforcer_finding._parts(text, lex)
    assert (who, clause) == tuple(list(p) for p in enforcer_finding._read_parts(text, lex))
    who.append("x")
    clause.clear()
    assert enforcer_finding._parts(text, lex) == (["The", "regulator"], f"{told}.".split())
    odd = f"The regulator zorped {told}."
    assert enforcer_finding._parts(odd, lex) is None
    wider = dataclasses.replace(lex, speech={**lex.speech, ("zorped",): 1.0})
    assert enforcer_finding._parts(odd, wider) is not None
