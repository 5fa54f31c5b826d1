"""The label model shipped with the package (data/label_model.json, domain/proposals/
label_model.py): written as plain data and read back the same, its probabilities those of
scikit-learn's model it was exported from, read on a label key without scikit-learn, scipy or
numpy, and proposing over the rules through engine.propose with its reason and proposer.
Every sentence is written for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support.corpus import add_document

from annotator.analysis.stats import stats
from annotator.db.connection import write
from annotator.domain.annotations import PROPOSERS, get_annotation, set_annotation
from annotator.domain.proposals import LEARNED, propose
from annotator.domain.proposals.label_model import LabelModel, model_text, shipped
from annotator.domain.proposals.prior import ROLES, Sentence, _rows, exported, fit
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex

ROOT = Path(__file__).resolve().parent.parent


def read(db, doc: str, sentences: list[str], language: str, roles: list[str]
         ) -> list[Sentence]:
    """A made-up article as the rules alone read it (what the model is trained on)."""
    scheme = load_scheme()
    ids = add_document(db, doc, sentences)
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = ?", [language, doc])
    index = SourceIndex.from_db(db)
    out = []
    for sid, text, role in zip(ids, sentences, roles, strict=True):
        p = propose(db, sid, "ana", scheme, index, described_too=True, learned=False)
        set_annotation(db, sid, "ana", label=p.label, source=p.name, scheme=scheme)
        out.append(Sentence(doc, text, p.features, scheme.role_for(p.label), role,
                            p.label_reason, p.name))
    return out


ARTICLE_EN = [
    "Residents of Marlow Creek accused the Delta Chemicals plant of dumping solvent.",
    "Delta Chemicals said its discharge permits were in order.",
    "Inspectors took water samples from the creek on Tuesday.",
    "The mayor, Joan Pike, said the town would pay for new water filters.",
    "The results are due next month.",
]
ARTICLE_ID = [
    "Warga Desa Sukamaju menuduh PT Sinar Laut membuang limbah ke sungai.",
    "PT Sinar Laut membantah tuduhan itu.",
    "Bupati Agus Salim mengatakan air sungai sudah diuji dua kali.",
    "Petugas mengambil sampel air pada Selasa.",
]


@pytest.fixture
def articles(db) -> list[Sentence]:
    return (read(db, "en1", ARTICLE_EN, "en",
                 ["alleges", "denies", "context", "supports", "context"])
            + read(db, "id1", ARTICLE_ID, "id", ["alleges", "denies", "supports", "context"]))


@pytest.mark.parametrize("name", ["parties", "parties-text", "features"])
def test_the_pure_python_model_gives_scikit_learns_probabilities(articles, name):
    learned = fit(name, articles * 3)  # thrice: the words' vectorizer keeps words seen twice
    model = LabelModel.from_data(json.loads(model_text(exported(learned))))
    expected = learned.probabilities(articles)
    rows = _rows(name, articles)
    assert (name == "parties-text") == bool(model.terms)
    for row, s, sk in zip(rows, articles, expected, strict=True):
        mine = model.probabilities(row, s.text)
        assert set(mine) == set(ROLES)
        for role in ROLES:
            assert mine[role] == pytest.approx(sk[role], abs=1e-9)


def test_the_model_file_reads_back_as_written_and_the_same_rows_give_the_same_bytes(articles):
    data = {"model": "parties-text", "take": None,
            "trained_on": {"made-up": len(articles)}, "gold": {},
            **exported(fit("parties-text", articles * 3))}
    text = model_text(data)
    assert json.loads(text) == data
    again = {**data, **exported(fit("parties-text", articles * 3))}
    assert model_text(again) == text
    model = LabelModel.from_data(json.loads(text))
    assert model.trained_on == {"made-up": len(articles)} and model.take is None


def test_the_shipped_model_names_what_it_learned_from():
    model = shipped()
    assert model is not None
    assert set(model.classes) == set(ROLES)
    data = json.loads((ROOT / "data" / "label_model.json").read_text(encoding="utf-8"))
    # sealed sets nobody has read (heldout13-24, since the fortieth round), never a decision
    # set (heldout25 on) nor a set rules were written from
    assert set(data["trained_on"]) == {f"heldout{n}_{lang}" for n in range(13, 25)
                                       for lang in ("id", "en")}
    # a policy for each language the package proposes in (benchmarks/choose_take.py)
    assert set(data["policies"]) == {"en", "id"}
    assert model.for_language("en") is not None and model.for_language("fr") is None
    assert all(len(digest) == 64 for digest in data["gold"].values())
    assert "date" not in data and "pickle" not in text_of(data)


def text_of(data: dict) -> str:
    return json.dumps({k: v for k, v in data.items() if k not in ("features", "text")})


def test_a_proposal_reads_the_model_without_scikit_learn_scipy_or_numpy(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT / 'tests')!r})
        from pathlib import Path
        from support.corpus import add_document
        from annotator.db.connection import open_db
        from annotator.domain.proposals import engine
        from annotator.domain.proposals.label_model import shipped
        from annotator.domain.scheme import load_scheme
        from annotator.domain.speakers import SourceIndex
        db = open_db(Path({str(tmp_path / 'start.db')!r}))
        ids = add_document(db, "d1", {OVERRULED!r})
        p = engine.propose(db, ids[0], "ana", load_scheme(), SourceIndex.from_db(db))
        assert shipped() is not None and shipped.cache_info().hits >= 1, "model not read"
        print(sorted(m for m in ("sklearn", "scipy", "numpy") if m in sys.modules))
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# found by running the shipped model over made-up articles: the rules read the sentence one
# way, the model learned from reviewed articles another (a retrained model may not: then
# find another the same way)
# read alone, with no article around it, the shipped model is at least its take sure of a
# label the rules did not give: here wrongly (a director saying the permits were in hand,
# read as an accusation; in an article the model also reads the dispute). These tests are
# about who proposes and what the screen is told, not whether the model is right
OVERRULED = ["Direktur perusahaan, Hendra, menyebut semua izin lingkungan telah dikantongi "
             "sejak 2019."]
OVERRULED_LANGUAGE = "id"
RULES_LABEL, MODEL_LABEL = "claim", "accusation"


def overruled(db):
    ids = add_document(db, "d1", OVERRULED)
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = ?",
                   [OVERRULED_LANGUAGE, "d1"])
    return ids


def test_the_engine_proposes_the_models_label_over_the_rules_and_says_who(db):
    scheme, ids = load_scheme(), overruled(db)
    index = SourceIndex.from_db(db)
    rules = propose(db, ids[0], "ana", scheme, index, learned=False)
    learned = propose(db, ids[0], "ana", scheme, index)
    assert (rules.label, rules.proposer) == (RULES_LABEL, "cues")
    assert (learned.label, learned.proposer) == (MODEL_LABEL, LEARNED)
    head, _, rest = learned.label_reason.partition(": ")
    assert head == MODEL_LABEL
    assert rest.startswith("learned from reviewed articles, ")
    assert rest.split(", ", 1)[1].split("%")[0].isdigit()
    # the rules' label and reason follow, as the rules gave them
    assert rest.endswith(f"rules: {RULES_LABEL}, {rules.label_reason.split(': ', 1)[1]}")
    # the speaker and the confidence stay the rules'
    assert (learned.name, learned.confidence) == (rules.name, rules.confidence)


def test_a_near_duplicates_label_keeps_priority_over_the_model(db):
    scheme, ids = load_scheme(), overruled(db)
    twin = add_document(db, "d2", OVERRULED)
    with write(db):
        db.execute("UPDATE sentences SET group_id = 'g1' WHERE id IN (?, ?)", [ids[0], twin[0]])
    set_annotation(db, twin[0], "bo", label=RULES_LABEL, source=None, scheme=scheme)
    p = propose(db, ids[0], "ana", scheme, SourceIndex.from_db(db))
    assert p.label == RULES_LABEL and "near-duplicate" in p.label_reason


def test_an_accepted_learned_proposal_is_stored_and_counted_as_accepted(db):
    scheme, ids = load_scheme(), overruled(db)
    assert LEARNED in PROPOSERS
    p = propose(db, ids[0], "ana", scheme, SourceIndex.from_db(db))
    set_annotation(db, ids[0], "ana", label=p.label, source=p.name, confidence=p.confidence,
                   scheme=scheme, proposal=p.proposer)
    assert get_annotation(db, ids[0], "ana")["accepted_proposal"] == "learned"
    figures = stats(db)
    [row] = [r for r in figures["labels"] if r["label"] == MODEL_LABEL]
    assert row["accepted"] == 1
    [reviewer] = figures["reviewers"]
    assert reviewer["accepted"] == 1


def shipped_data() -> dict:
    """The shipped file's top-level model (the model every language reads that has no model
    of its own: tests/test_label_model_languages_round42_lm42.py reads those)."""
    data = json.loads((ROOT / "data" / "label_model.json").read_text(encoding="utf-8"))
    data.pop("by_language", None)
    return data


def test_the_takes_and_the_gate_are_read_from_the_model_file():
    data = shipped_data()
    cue = LabelModel.from_data({**data, "take": 0.8, "calm_take": 0.6, "gate": "cue"})
    # an accusation or denial needs the take, a claim or context the calm take
    assert not cue.overrules("alleges", 0.79) and cue.overrules("denies", 0.8)
    assert cue.overrules("context", 0.6) and not cue.overrules("supports", 0.59)
    # the cue gate: over a default and over a class rule's claim or context, never over an
    # accusation or denial a cue gave
    assert cue.consulted("alleges", by_default=True)
    assert cue.consulted("supports", by_default=False)
    assert cue.consulted("context", by_default=False)
    assert not cue.consulted("alleges", by_default=False)
    assert not cue.consulted("denies", by_default=False)
    default = LabelModel.from_data({**data, "gate": "default"})
    assert default.consulted("supports", by_default=True)
    assert not default.consulted("supports", by_default=False)
    outright = LabelModel.from_data({**data, "take": None, "calm_take": None})
    assert outright.overrules("alleges", 0.3) and outright.overrules("context", 0.3)
    # a file written before the calm take and the gate: one take, over defaults only
    older = LabelModel.from_data({k: v for k, v in data.items()
                                  if k not in ("calm_take", "gate")})
    assert (older.calm_take, older.gate) == (older.take, "default")


def test_under_the_cue_gate_an_accusation_or_denial_a_cue_gave_stands(db, monkeypatch):
    # found by running the shipped model, gate open and outright, over made-up sentences:
    # read alone, it turns these cues' denials into an accusation and a context (a retrained
    # model may not: then find others the same way). Under the cue gate they stay the rules'
    data = shipped_data()
    scheme = load_scheme()
    for text, label in (("I have never cheated in my life, he said.", "denial"),
                        ("She dismissed the allegations as politically motivated.", "denial")):
        doc = f"d{abs(hash(text))}"
        sid = add_document(db, doc, [text])[0]
        with write(db):
            db.execute("UPDATE documents SET language = 'en' WHERE id = ?", [doc])
        index = SourceIndex.from_db(db)
        model = LabelModel.from_data({**data, "take": None, "calm_take": None, "gate": "cue",
                                      "policies": None})  # one policy, every language
        monkeypatch.setattr("annotator.domain.proposals.engine.shipped", lambda m=model: m)
        p = propose(db, sid, "ana", scheme, index)
        assert (p.label, p.proposer) == (label, "cues"), p.label_reason
        with monkeypatch.context() as forced:  # its gate forced open, it would overrule
            forced.setattr(LabelModel, "consulted", lambda *args, **kwargs: True)
            p = propose(db, sid, "ana", scheme, index)
            assert (p.label, p.proposer) != (label, "cues"), "the example no longer flips"


def test_each_language_has_its_own_policy_and_a_language_without_one_reads_the_rules():
    data = {**shipped_data(), "policies": {"en": {"gate": "cue", "take": 0.7,
                                                  "calm_take": 0.5},
                                           "id": None}}
    model = LabelModel.from_data(data)
    english = model.for_language("en")
    assert (english.gate, english.take, english.calm_take) == ("cue", 0.7, 0.5)
    assert model.for_language("id") is None  # the rules alone read Indonesian better
    assert model.for_language("fr") is None and model.for_language(None) is None
    # a file with one policy for every language (before the fortieth round)
    one = LabelModel.from_data({**data, "policies": None, "gate": "default", "take": 0.8})
    assert one.for_language("id") is one and one.for_language("en") is one


def test_the_engine_reads_the_model_only_in_a_language_its_policy_opens(db, monkeypatch):
    scheme, ids = load_scheme(), overruled(db)
    index = SourceIndex.from_db(db)
    data = shipped_data()
    opened = {"gate": "cue", "take": None, "calm_take": None}
    for policies, proposer in (({OVERRULED_LANGUAGE: opened}, LEARNED),
                               ({OVERRULED_LANGUAGE: None, "xx": opened}, "cues")):
        model = LabelModel.from_data({**data, "policies": policies})
        monkeypatch.setattr("annotator.domain.proposals.engine.shipped", lambda m=model: m)
        p = propose(db, ids[0], "ana", scheme, index)
        assert p.proposer == proposer, p.label_reason
