"""Proposals on text the rules were not written on (issue 11, fourth round): a group the
sentence describes speaks as that description, and the team's own reading of reported speech
(a party's later statements keep its stance) is learned from its saved labels and carried to
a new article by the features model. Every sentence is written for this test."""

from __future__ import annotations

import pytest
from support.corpus import add_document
from support.proposals import proposals

from annotator.db.connection import write
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import propose, train
from annotator.domain.proposals.features import Discourse, describe
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import ACCUSATION, read_label, read_speaker
from annotator.domain.speakers import SourceIndex


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A regional farmers group said the dam had dried up their wells.",
         "regional farmers group"),
        # a plural of unnamed people has no source (guidelines, 9800635)
        ("Relief groups say clinics in the valley have run out of insulin.", None),
        ("Local fishermen said the spill had killed their catch.", None),
        # a kind of people, not one group: nobody named
        ("Analysts said the bank would hold rates.", None),
        ("Health officials warned that cases could rise.", None),
        ("Some residents said the road was closed.", None),
    ],
)
def test_a_group_the_sentence_describes_speaks_as_that_description(db, scheme, sentence,
                                                                    speaker):
    got = proposals(db, scheme, [sentence], "en")[0].name
    assert (got.casefold() if got else None) == (speaker.casefold() if speaker else None)


ACCUSERS = ["Mara Quill", "Tobias Wren", "Selin Ardent", "Piet Vossen", "Lena Karsk",
            "Omar Feld", "Ines Dorne", "Kasper Lund", "Rhea Solano", "Nils Harte",
            "Yara Penn", "Jonas Brill", "Ada Merrow", "Felix Okoro", "Greta Sund",
            "Hugo Tarn", "Iris Vale", "Leo Marsh", "Nora Fenn", "Ravi Sethi"]
FIRMS = ["Brightwater Ltd", "Corvane Mining", "Delta Freight", "Eastline Foods",
         "Fenwick Energy", "Glenrock Bank", "Harlow Telecom", "Irongate Steel",
         "Juniper Health", "Kestrel Air", "Lowmoor Water", "Marrow Textiles",
         "Northgate Cement", "Orchid Pharma", "Pinecrest Dairy", "Quarry Hill Ltd",
         "Redfern Oil", "Stonebridge Rail", "Thornfield Paper", "Umber Chemicals"]


def team_articles(db) -> None:
    """Twenty articles: an accusation, then the accuser's next statement in its own words,
    which this team labels a claim (the evidence offered; the rules read the accuser going
    on in quotation marks as accusing), then narration."""
    for k, (person, firm) in enumerate(zip(ACCUSERS, FIRMS, strict=True)):
        ids = add_document(db, f"t{k}", [
            f"{person} accused {firm} of hiding losses from its auditors.",
            f'"The accounts for {2000 + k} show gaps of millions," {person.split()[0]} said.',
            f"The company has offices in {k + 3} cities.",
        ], title=f"Article {k}", ordinal=k)
        for sid, label, source in zip(ids, ("accusation", "claim", "context"),
                                      (person, person, None), strict=True):
            set_annotation(db, sid, "ana", label=label, source=source)


def test_the_team_reading_of_an_accusers_next_statement_carries_to_a_new_article(db, scheme):
    new = add_document(db, "fresh", [
        "Vera Holt accused Westbay Shipping of dumping fuel at sea.",
        '"The logs from March show the tanks emptied at night," Holt said.',
    ], title="Fresh", ordinal=99)
    team_articles(db)
    with write(db):
        db.execute("UPDATE documents SET language = 'en'")
    index = SourceIndex.from_db(db)
    rules = [propose(db, sid, "budi", scheme, index) for sid in new]
    assert [p.label for p in rules] == ["accusation", "accusation"]  # the rules alone
    model = train(db, scheme=scheme)
    assert model is not None and model.weights is not None
    first = propose(db, new[0], "budi", scheme, index, model)
    set_annotation(db, new[0], "budi", label=first.label, source=first.name)
    learned = propose(db, new[1], "budi", scheme, index, model)
    assert (learned.label, learned.proposer, learned.name) == (
        "claim", "classifier", "Vera Holt")
    assert "read from the cues, the speaker and the article so far" in learned.label_reason
    assert "cues: accusation, Vera Holt accused before and goes on" in learned.label_reason


def test_what_the_features_model_reads_is_the_article_not_its_topic():
    lex = lexicon("en")
    index = SourceIndex([])
    text = "Holt said the logs from March showed tanks emptied at night."
    discourse = Discourse()
    discourse.take(ACCUSATION, "Vera Holt")
    reading = read_label(text, lex)
    speaker = read_speaker(text, lex, index, previous="Vera Holt", last_named="Vera Holt",
                           names=("Vera Holt",))
    assert speaker.name == "Vera Holt"
    features = describe(text, lex, reading, speaker, discourse)
    assert features["speaker said=alleges&rule=supports"] == 1.0
    assert features["previous=alleges&rule=supports"] == 1.0
    assert not any(name in features for name in ("logs", "tanks", "holt"))
    assert describe(text, lex, reading, speaker, None)["first"] == 1.0


@pytest.mark.parametrize(
    ("sentence", "language", "label"),
    [
        ("A lawyer for the driver said his client was innocent.", "en", "denial"),
        ('"We do not accept the inspectors\' findings," the operator said.', "en", "denial"),
        ("The bakery said it did nothing wrong.", "en", "denial"),
        ("The union sued the port authority over unpaid overtime.", "en", "accusation"),
        ("Serikat buruh menggugat perusahaan itu ke pengadilan hubungan industrial.", "id",
         "accusation"),
        ("Warga mengadukan pencemaran sungai ke DPRD.", "id", "accusation"),
        # the words nearby that are no stance
        ("The innocent bystanders were taken to hospital.", "en", "context"),
    ],
)
def test_words_of_legal_dispute_and_innocence_are_cues(db, scheme, sentence, language, label):
    assert proposals(db, scheme, [sentence], language)[0].label == label


def test_the_league_is_the_league_the_article_named(db, scheme):
    got = proposals(db, scheme, [
        "The Northern Rugby League fined Carlow Rovers for fielding an ineligible player.",
        "The league said the fine would be paid to a players' welfare fund.",
    ], "en")
    assert got[1].name == "Northern Rugby League"
