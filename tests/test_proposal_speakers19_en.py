"""Who speaks in English, nineteenth round (issue 11, speakers). Every sentence is invented
for this test; none is taken from the benchmark's sets.

A plural of people opening the sentence as its subject (plural_people.py): the guidelines
give a plural of unnamed people no source, whatever the word, and never the body named
inside the plural's subject."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def speakers(db, scheme, sentences):
    return [p.name for p in accepted(db, scheme, sentences, "en")]


# --- a plural of people opening the sentence: no source -----------------------------------

@pytest.mark.parametrize(
    "sentences",
    [
        ["Leaseholders say they were billed twice for the same roof repairs.",
         "Northgate Homes said the bills were correct."],
        ["Divers have accused scallop boats of dredging inside a protected bay.",
         "The harbour board said it would look into the complaint."],
        # where the people are, after the plural
        ["Councillors in Wrexham have accused a housing firm of leaving tenants in damp "
         "flats.",
         "Marchland Homes said it had repaired 40 flats."],
        # a past tense agrees with anything: the word in lower case elsewhere tells
        ["Beekeepers accused the council of spraying weedkiller during the flowering "
         "season.",
         "Two beekeepers said their hives had lost half their bees."],
    ],
)
def test_a_plural_opening_the_sentence_has_no_source(db, scheme, sentences):
    assert speakers(db, scheme, sentences)[0] is None


def test_the_body_named_inside_the_plural_subject_does_not_speak(db, scheme):
    got = speakers(db, scheme, [
        "Dairy farmers supplying Fenwick Dairies have accused the processor of cutting "
        "prices without notice.",
        "Fenwick Dairies said world prices had fallen.",
    ])
    assert got == [None, "Fenwick Dairies"]


def test_customers_of_a_bank_are_not_the_bank(db, scheme):
    got = speakers(db, scheme, [
        "Customers of Harlow Mutual say the bank froze their accounts without warning.",
        "Harlow Mutual said the accounts had been flagged by its fraud checks.",
    ])
    assert got[0] is None


# --- negatives: a name ending in "s", a body's own staff ----------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        # a singular verb: a name
        (["Barclays says it will refund the customers.",
          "The bank said the fault was fixed."], "Barclays"),
        # a past tense, the word never in lower case: a name
        (["Greggs said it would close the shop.",
          "A spokesman said staff would be moved."], "Greggs"),
        # the article writes it capitalised inside a sentence: a name
        (["Rovers have accused the league of bias.",
          "The league fined Rovers in March."], "Rovers"),
        # "of" and a name going on: one name
        (["Friends of the Earth have accused the water company of hiding spills.",
          "The company said it reported every spill."], "Friends of the Earth"),
    ],
)
def test_a_name_ending_in_s_still_speaks(db, scheme, sentences, name):
    assert speakers(db, scheme, sentences)[0] == name


def test_a_bodys_figures_are_no_plural_of_people(db, scheme):
    got = speakers(db, scheme, [
        "Records from the Harbour Statistics Office show ferry delays doubled in a year.",
    ])
    assert got == ["Harbour Statistics Office"]


def test_a_bodys_own_staff_speak_as_the_body(db, scheme):
    got = speakers(db, scheme, [
        "Inspectors from the Food Standards Agency have found mouse droppings in a "
        "bakery's kitchen.",
        "The bakery said it had called in pest control.",
    ])
    assert got[0] == "Food Standards Agency"


# --- one body whose name holds "and" (whole_names.py) -------------------------------------
# (the guidelines: an organisation is one speaker, under its name and its short form)

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        # after "the", one word before "and": one body
        (["The Marine and Coastguard Executive has fined a ferry operator for sailing "
          "with a broken radar.",
          "The operator said the radar had been repaired."],
         "Marine and Coastguard Executive"),
        # no "the", but the article uses the whole name's initials
        (["Fire and Rescue Wales said the blaze at the mill was started deliberately.",
          "FRW said it had found traces of petrol."],
         "Fire and Rescue Wales"),
    ],
)
def test_a_name_with_and_is_one_body(db, scheme, sentences, name):
    got = accepted(db, scheme, sentences, "en")[0]
    assert got.name == name
    assert not got.sources[1:]


def test_a_short_form_with_a_word_in_capitals_is_the_body(db, scheme):
    got = speakers(db, scheme, [
        "UK Water and Sewerage Services said the pipe burst was caused by frost.",
        "A spokesman for UKWSS said repairs would take a week.",
        "UKWSS said customers would be compensated.",
    ])
    assert got[-1] == "UK Water and Sewerage Services"


@pytest.mark.parametrize(
    ("sentences", "first"),
    [
        # two bodies, each with its own "the"
        (["The Environment Agency and the Marine Trust said the spill had killed fish.",
          "The agency said it would prosecute."], "Environment Agency"),
        # places listed: a joint statement
        (["Britain and France said the talks had failed."], "Britain"),
        # acronyms listed after "the"
        (["The BBC and ITV said they would show the debate."], "BBC"),
    ],
)
def test_a_list_of_speakers_stays_a_list(db, scheme, sentences, first):
    got = accepted(db, scheme, sentences, "en")[0]
    assert got.name == first
    assert len(got.sources) >= 2


# --- a noun and a name with an act between them (acts_between.py) ------------------------
# (the guidelines: a description takes the name the article gives that speaker, never the
# name of the party it acts on)

@pytest.mark.parametrize(
    "sentences",
    [
        ["The energy regulator has fined Sunfield Energy £3 million for billing customers "
         "late.",
         "Sunfield Energy said it had apologised to customers.",
         "The regulator said the supplier had ignored three warnings."],
        ["The food regulator ordered Harbour Foods to recall its tuna.",
         "Harbour Foods said the tins were safe.",
         "The regulator said tests had found mercury in two batches."],
    ],
)
def test_the_regulator_is_not_the_party_it_acts_on(db, scheme, sentences):
    got = speakers(db, scheme, sentences)
    assert got[0] not in ("Sunfield Energy", "Harbour Foods")
    assert got[-1] not in ("Sunfield Energy", "Harbour Foods")


def test_a_noun_right_before_a_name_still_describes_it(db, scheme):
    got = speakers(db, scheme, [
        "The mining company Meridian Metals has denied polluting the river.",
        "Residents of Ashby say the water turned orange in May.",
        "The company said its own tests showed no pollution.",
    ])
    assert got[-1] == "Meridian Metals"


def test_a_naming_participle_still_describes_the_name(db, scheme):
    got = speakers(db, scheme, [
        "A charity called Safe Harbour Network has accused a landlord of ignoring damp.",
        "Residents of Ashby say their flats are unsafe.",
        "The charity said it had written to the council.",
    ])
    assert got[-1] == "Safe Harbour Network"


# --- a body known by the shape of its name (body_shapes.py) -------------------------------

@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("NHS Grampian", "organisation"),
        ("BBC Scotland", "organisation"),
        ("Ofgem", "organisation"),
        ("Ofwat", "organisation"),
        # negatives: a person's name, a person's letters, a country's before people
        ("Claire Hendry", "person"),
        ("Claire Hendry MP", "person"),
        ("Henry VIII", "person"),
        ("Offord", "person"),
    ],
)
def test_a_body_by_the_shape_of_its_name(name, kind):
    from annotator.domain.proposals.kinds import kind_of
    from annotator.domain.proposals.lexicon import lexicon

    assert kind_of(name, lexicon("en")) == kind


def test_an_indonesian_name_keeps_its_kind():
    from annotator.domain.proposals.kinds import kind_of
    from annotator.domain.proposals.lexicon import lexicon

    assert kind_of("Ahmad RKS", lexicon("id")) == "person"




@pytest.mark.parametrize("sentence, name", [
    ("The Kremlin and Beijing said the talks had been useful.", "Kremlin"),
    ("The Pentagon and Seoul said the drills would go ahead.", "Pentagon"),
])
def test_two_parties_of_one_word_each_after_the_are_no_one_body(sentence, name):
    """"the Kremlin and Beijing": two speakers, not one body's name holding "and"."""
    from annotator.domain.proposals import lexicon
    from annotator.domain.proposals.whole_names import whole_body

    assert whole_body(name, sentence, lexicon("en")) is None
