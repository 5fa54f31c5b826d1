"""An instruction others were given, told inside the clause a speech verb reports (thirtieth
round, issue 11, branch i11enacc30; reported_instruction.py, data
``accuse30_reported_instruction`` in data/cues/en.json, read in dispute.py ``_ordered``).

instructed.py already reads "said managers told staff to fill in records" as the wrong
ordered. When the speech verb has an object of its own and "that" ("told the Chronicle
that ...", "told Halcyon she had been asked to ..."), the rules read a plain claim; after an
allegation, from a speaker not on the accused side, it is now the accusation. A former
member of the accused body ("A former nurse at the hospital") no longer speaks for it.

Told by a former member, or given to or by people named by their work ("staff were told
to"); not an instruction to the public ("residents were told to keep their windows closed").
Not: no instruction in the reported clause ("who asked not to be named, told Reuters the
firm cut ..."), the speaker's own request ("she had asked officers to check"), a question
word after the verb ("told what treatment to provide"), a negated one ("We have never
asked anyone to"), before any allegation, the accused side's own spokesperson.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A regional bus operator has been accused by a passengers' group of running "
         "coaches with faulty brakes on its longest routes.")


def test_an_instruction_told_after_that_is_the_accusation(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Three former mechanics told the Evening Post that depot managers regularly asked "
        "fitters to sign off brake checks they had not carried out.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "instruction others were given" in got[1].label_reason


def test_a_passive_instruction_told_to_an_outlet_is_the_accusation(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A former driver at the company, who asked not to be named, told the Post she had "
        "been told to keep driving when the warning light came on.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "instruction others were given" in got[1].label_reason


def test_no_instruction_in_the_reported_clause_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A former driver, who asked not to be named, told the Post the company bought "
        "twelve new coaches in 2024.",
        "The council's transport officer said she had asked officers to check the "
        "operator's maintenance logs.",
    ], "en")
    assert all("instruction others were given" not in g.label_reason for g in got[1:]), [
        g.label_reason for g in got[1:]]


def test_a_question_word_or_a_negation_is_no_instruction(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A mechanic told the Post that nobody at the depot has ever been told what parts "
        "to order.",
        '"We have never asked anyone to skip a brake check," the operator\'s managing '
        'director, Alan Price, told the Post.',
    ], "en")
    assert all("instruction others were given" not in g.label_reason for g in got[1:]), [
        g.label_reason for g in got[1:]]


def test_an_ordinary_instruction_to_the_public_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The fire service told reporters that residents near the depot were told to keep "
        "their windows closed.",
    ], "en")
    assert got[1].label != "accusation", got[1].label_reason


def test_before_any_allegation_it_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        "A regional bus operator opened a new depot in Leeds on Monday.",
        "Its director told the Post that drivers were told to arrive an hour early for "
        "the opening.",
    ], "en")
    assert got[1].label != "accusation", got[1].label_reason
