"""The eighteenth round's English labels: accusations and denials the rules read as claims.

- real English ways of denying the lexicon lacked: the base form of "dispute" ("We dispute
  the claims", as "disputed the" already was), "disagree with" (guarded as "reject" is: a
  stance on a plan is no denial), "a publicity stunt";
- a filing as the subject ("The complaint was made by"), allegations raised with a body
  that handles complaints, a party reported to a law enforcement office;
- enforcement by a body that grades or polices adverts ("downgraded ... to two stars",
  "banned by the advertising watchdog");
- a wrong a body that inspects or judges has found (findings.py): a finding told as the
  news ("has found"), or a finding or ruling whose clause names a wrong ("failed to",
  "likely to mislead"). A finding without a wrong, a finding of nothing, researchers'
  findings and a conditional finding stay what they were;
- denial cues that deny nothing where they stand (no_denial.py): "never" in the passive
  ("was never triggered"), "false" naming a device ("a false wall"); a reply owed and
  never given ("never replied") states the wrong;
- Indonesian: suspects named in the object-focus form ("kami tetapkan sebagai
  tersangka"), a report lodged with a law enforcement office ("Balai Penegakan Hukum").

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals import lexicon
from annotator.domain.proposals.findings import found_wrong
from annotator.domain.proposals.reading import (
    ACCUSATION,
    DENIAL,
    normalise,
    read_label,
    words_of,
)

EN = lexicon("en")


def role(sentence: str) -> str:
    return read_label(sentence, EN).role


# --- denials the lexicon lacked ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    '"We dispute the allegations and will defend the case," the bakery chain said.',
    "The landlord said it would dispute these figures at the hearing.",
    "The club said it disagreed with the panel's conclusions about the match.",
    '"We disagree with the inspector\'s report," the head teacher said.',
    "A spokesman for the mayor called the lawsuit a publicity stunt.",
    'The minister called the report "a political stunt" on Tuesday.',
])
def test_a_denial_in_words_the_lexicon_lacked(sentence):
    assert role(sentence) == DENIAL


@pytest.mark.parametrize("sentence", [
    "The council disagreed with the plan to close the library.",  # a stance on a plan
    "Residents said they disagree with the proposal for a new car park.",
    "The band said the festival was a great stunt for the town.",  # no publicity stunt
])
def test_a_stance_on_a_plan_is_no_denial(sentence):
    assert role(sentence) != DENIAL


# --- filings the lexicon lacked ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The complaint was made by a residents' group in Ashford in March.",
    "Complaints were made by three former tenants of the block.",
    "The tenants' union said it had raised the allegations with the housing regulator in May.",
    "Neighbours reported the scrapyard to the county's environmental enforcement office.",
])
def test_a_filing_in_words_the_lexicon_lacked(sentence):
    assert role(sentence) == ACCUSATION


@pytest.mark.parametrize("sentence", [
    "The announcement was made by the mayor on Friday.",  # no filing as the subject
    "The decision was made by the board after a long meeting.",
    "She said she had raised the allegations at a family dinner.",  # no body that handles them
])
def test_no_filing_without_a_filing_or_a_body(sentence):
    assert role(sentence) != ACCUSATION


# --- enforcement the lexicon lacked ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The food standards agency said it had downgraded the Harbour Grill to two stars after "
    "a visit in June.",
    "Posters for the energy drink have been banned by the advertising watchdog.",
])
def test_enforcement_in_words_the_lexicon_lacked(sentence):
    assert role(sentence) == ACCUSATION


@pytest.mark.parametrize("sentence", [
    "Analysts downgraded their growth forecast for the year.",  # no grade given
    "A ratings agency downgraded the bank's debt to junk on Monday.",  # no stars
    "Fireworks have been banned in the park since 2019.",  # no watchdog or regulator
])
def test_no_enforcement_without_its_grade_or_watchdog(sentence):
    assert role(sentence) != ACCUSATION


# --- a wrong found by a body that inspects or judges (findings.py) -----------------------

@pytest.mark.parametrize("sentence", [
    "The housing ombudsman has found that Millbrook Homes took 11 months to repair a leaking "
    "roof.",
    "A children's home in Luton kept no record of restraints used on residents, the schools "
    "inspectorate has found.",
    "Auditors found that the trust had failed to record £2m of spending on consultants.",
    "The tribunal found the council's handling of the tender careless.",
    "The advertising watchdog ruled that the slimming tea adverts were likely to mislead "
    "customers.",
    "Inspectors from the county's trading standards office found that the garage had failed "
    "to return customers' deposits, according to the notice.",
])
def test_a_wrong_found_is_the_finders_accusation(sentence):
    assert role(sentence) == ACCUSATION


@pytest.mark.parametrize("sentence", [
    "Auditors found 12 invoices dated in the wrong month.",  # evidence with no wrong
    "The inspection found that 40 of the 60 rooms had been refurbished.",
    "The regulator has found no evidence that the firm misled its customers.",  # nothing
    "Researchers have found that the river's trout carry high levels of mercury.",
    "If the inquiry finds that rules were broken, the chairman will resign.",
    "The tribunal found that the dismissal was not unfair.",  # a wrong negated
    "The company said it had found out about the leak from a neighbour.",
    "The employment tribunal has found in favour of the bakery in a dispute over breaks.",
])
def test_no_accusation_from_a_finding_without_a_wrong(sentence):
    assert role(sentence) != ACCUSATION


def test_the_finding_and_its_wrong_are_the_cue():
    sentence = "The commission found that the charity had failed to keep proper accounts."
    found = found_wrong(EN, words_of(normalise(sentence)), lambda k: False)
    assert found == "found ... had failed to"
    assert "a wrong found by a body that inspects or judges" in read_label(sentence, EN).reason


# --- "never" in the passive tells what was not done (no_denial.py) -----------------------

@pytest.mark.parametrize("sentence", [
    "Tenants say the boiler was never repaired after the flood in March.",
    '"Half of the ballots had never been opened when the count closed," the observer said.',
    "Parents said the complaints were never logged by the school office.",
])
def test_never_in_the_passive_is_no_denial(sentence):
    assert role(sentence) != DENIAL


@pytest.mark.parametrize("sentence", [
    '"We have never cut a single corner on safety," the ferry operator said.',
    "The club said its stewards had never turned fans away from the ground.",
    "The company said the spill never happened.",
    '"The evidence should never have been heard," the defendant\'s lawyer said.',
    "The manager said he was never aware of any complaint about the lifts.",  # an adjective
])
def test_never_before_an_active_verb_still_denies(sentence):
    assert role(sentence) == DENIAL


# --- "false" naming a device is no denial (no_denial.py) ---------------------------------

@pytest.mark.parametrize("sentence", [
    "Customs officers said the van had a false floor packed with cigarettes.",
    "Police said the gang fitted false fronts to ticket machines at three stations.",
])
def test_a_false_thing_is_no_denial(sentence):
    assert role(sentence) != DENIAL


@pytest.mark.parametrize("sentence", [
    "The bank said the loan had been taken out under a false name.",
    "The council said the residents' claims were false.",
])
def test_false_said_of_a_statement_or_a_name_still_denies(sentence):
    assert role(sentence) == DENIAL


# --- a reply owed and not given states the wrong (the duties' family) ---------------------

def test_a_reply_never_given_is_the_wrong_stated(db, scheme):
    got = accepted(db, scheme, [
        "A tenants' group has accused Oakridge Lettings of ignoring repair requests.",
        "The group said it had written to the agency four times and it had never replied.",
    ], "en")
    assert got[1].label != "denial"


# --- Indonesian: an inflection and bodies the lexicon lacked ------------------------------

ID = lexicon("id")


@pytest.mark.parametrize("sentence", [
    '"Pengelola koperasi itu sudah kami tetapkan sebagai tersangka," kata Kapolres, Senin.',
    "Nelayan telah melaporkan kapal itu ke Balai Penegakan Hukum Kelautan pada pekan lalu.",
    "Warga melaporkan pabrik tahu itu ke Gakkum Kehutanan pada Senin sore.",
])
def test_indonesian_enforcement_and_filings_the_lexicon_lacked(sentence):
    assert read_label(sentence, ID).role == ACCUSATION


@pytest.mark.parametrize("sentence", [
    '"Tarif parkir itu kami tetapkan sejak Januari," kata Kepala Dinas Perhubungan.',
    "Ia melaporkan hasil panen ke balai desa setiap bulan.",
])
def test_indonesian_no_accusation_without_a_suspect_or_a_body(sentence):
    assert read_label(sentence, ID).role != ACCUSATION
