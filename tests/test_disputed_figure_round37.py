"""A verb of saying as a participle after a named owner's thing in the object shares the
clause's subject (thirty-seventh round, issue 11, bug fix on branch t37b1;
domain/proposals/owned_object.py).

The try's article (a local paper: the regulator says a Bolton phone firm overcharged 14,000
customers; its chief executive, Graham Ashworth, blames a billing error): "But he disputed
Ofcom's figure, saying the company's own audit had found that 9,200 accounts were affected,
not 14,000." The owner in the object ("Ofcom's figure") was read as the subject of "saying",
so the regulator was proposed as the speaker of the accused's denial.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.name_words import tokens_and_words
from annotator.domain.proposals.owned_object import object_verb
from annotator.domain.proposals.reading import normalise

_LEDE = ("A broadband and mobile provider based in Bolton overcharged more than 14,000 "
         "customers for calls to freephone numbers over two years, the communications "
         "regulator Ofcom has said.")
_CHIEF = ("Northvale's chief executive, Graham Ashworth, said the charges were the result of "
          "\"a billing system error, not a deliberate policy\".")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_try_case_he_disputed_the_regulators_figure(db, scheme):
    got = _all(db, scheme, [
        _LEDE, _CHIEF,
        "But he disputed Ofcom's figure, saying the company's own audit had found that 9,200 "
        "accounts were affected, not 14,000."])
    assert got[2].name == "Graham Ashworth", got[2].reason
    assert got[2].label == "denial"


# --- the class, on sentences of our own ---

def test_a_named_subject_before_the_owned_object(db, scheme):
    got = _all(db, scheme, [
        _LEDE, _CHIEF,
        "Ashworth disputed Ofcom's figure, saying only 9,200 accounts were affected."])
    assert got[2].name == "Graham Ashworth", got[2].reason


def test_adding_after_a_laboratorys_results(db, scheme):
    got = _all(db, scheme, [
        "Villagers near the Cerro Azul mine say Minera Huallqa has poisoned the Llaucano "
        "river.",
        "Tests by the Lima laboratory Certilab Andina found arsenic at 40 times the legal "
        "limit, the villagers' committee said.",
        "Minera Huallqa's operations manager, Raul Vega, said the mine had never released "
        "untreated water.",
        "Vega challenged Certilab Andina's results, adding that the laboratory was not "
        "accredited."])
    assert got[3].name == "Raul Vega", got[3].reason


def test_a_pronoun_subject_with_an_owned_method(db, scheme):
    got = _all(db, scheme, [
        "Cocoa farmers in Soubre say the exporter Sahel Commodities short-weighs their beans.",
        "Sahel Commodities' country manager, Awa Diallo, said its scales were calibrated "
        "every month.",
        "She questioned UCS-Soubre's method, arguing that the village scales were not "
        "certified."])
    assert got[2].name == "Awa Diallo", got[2].reason


# --- near misses that read as before ---

def test_a_sentence_opening_with_the_owned_office_keeps_the_office(db, scheme):
    got = _all(db, scheme, [
        "Ghana's central bank kept its policy rate unchanged at 27% on Monday, saying "
        "inflation was still too high."])
    assert got[0].name != "Ghana", got[0].reason


def test_a_lower_case_owner_is_not_read(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Ofcom's director of enforcement, Dame Carla Jenkins, defended the regulator's "
        "figures, saying they came from the firm's own billing records."])
    assert got[1].name == "Dame Carla Jenkins", got[1].reason


def test_a_named_object_with_no_possessive_reads_as_before(db, scheme):
    got = _all(db, scheme, [
        _LEDE, _CHIEF,
        "He thanked Citizens Advice Bolton, saying the charity had helped the firm trace "
        "customers."])
    assert got[2].name == "Graham Ashworth", got[2].reason


def _verb(sentence):
    lex = lexicon("en")
    text = normalise(sentence)
    tokens, words = tokens_and_words(text)
    at = words.index("saying")
    return object_verb(text, tokens, words, at, lex), words


def test_the_verb_before_the_owner_is_found():
    at, words = _verb("But he disputed Ofcom's figure, saying it was wrong.")
    assert words[at] == "disputed"


def test_no_verb_after_a_preposition_or_at_the_sentence_start():
    assert _verb("He spoke at Ofcom's hearing, saying the firm had paid.")[0] is None
    assert _verb("Ofcom's report, saying the firm had failed, was published.")[0] is None
    assert _verb("He disputed the regulator's figure, saying it was wrong.")[0] is None
    assert _verb("He disputed Ofcom's figure and its method, saying it was wrong.")[0] is None
