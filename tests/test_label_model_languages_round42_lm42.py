"""A label model per language (forty-second round, branch lm42): the shipped file
(data/label_model.json) may hold, beside its top-level model (every language's), a language's
own model under ``by_language``; LabelModel.for_language reads it in that language and the
top level elsewhere, the app's proposal path with it. benchmarks/train_prior.py --language
writes one language's model into the file, every other byte kept, and --check compares it;
benchmarks/choose_take.py --language --folds chooses its policy and folds. Trained here on
readable sets only (train15, train16, classes8). Every sentence is written for this test."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from support.corpus import add_document

from annotator.db.connection import write
from annotator.domain.proposals import LEARNED, propose
from annotator.domain.proposals import label_model as label_model_module
from annotator.domain.proposals.label_model import LabelModel, model_text, shipped
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "annotator" / "data" / "label_model.json"
sys.path.insert(0, str(ROOT / "benchmarks"))

import choose_take  # noqa: E402
import train_prior  # noqa: E402

# an English model of its own: the shipped model's words and features, its intercepts made
# sure of a denial, spoken outright over any default or class rule's claim or context
DENIAL_SURE = [-40.0, -40.0, 40.0, -40.0]  # alleges, context, denies, supports
OWN_POLICY = {"en": {"gate": "cue", "take": None, "calm_take": None}}


def shipped_data() -> dict:
    """The shipped file's top-level model (every language but those with a model of their
    own), as these tests build their own files from it."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data.pop("by_language", None)
    return data


def top_level_text() -> str:
    """The shipped file as it would be with no language's own model (its top level)."""
    return train_prior.with_own(SHIPPED.read_text(encoding="utf-8"), "en", None)


def english_model(**changes) -> dict:
    data = shipped_data()
    data.pop("about")
    return {**data, "intercept": DENIAL_SURE, "policies": OWN_POLICY,
            "trained_on": {"train15_en": 49, "heldout30_id": 7}, **changes}


@pytest.fixture
def fresh_shipped():
    shipped.cache_clear()
    yield
    shipped.cache_clear()


def test_a_languages_own_model_is_read_there_and_the_top_level_elsewhere():
    today = LabelModel.from_data(shipped_data())
    both = LabelModel.from_data({**shipped_data(), "by_language": {"en": english_model()}})
    english = both.for_language("en")
    assert english.intercept == tuple(DENIAL_SURE)
    assert (english.gate, english.take, english.calm_take) == ("cue", None, None)
    assert both.for_language("en") is english  # asked of every sentence: made once
    row = {"lang_en": 1.0, "cue_said": 1.0}
    for text in ("The minister said the budget would grow.",
                 "Polisi menyebut tersangka sudah ditahan sejak Senin."):
        assert english.probabilities(row, text)["denies"] > 0.99
        indonesian, before = both.for_language("id"), today.for_language("id")
        assert indonesian.probabilities(row, text) == before.probabilities(row, text)
        assert (indonesian.gate, indonesian.take, indonesian.calm_take) == (
            before.gate, before.take, before.calm_take)
        assert indonesian.intercept == today.intercept != english.intercept
    # a language the file names no policy and no model for stays silent, as today
    assert both.for_language("fr") is None and both.for_language(None) is None
    # an own model with no policy for its language: the rules alone there
    silent = LabelModel.from_data({**shipped_data(), "by_language": {
        "en": english_model(policies={"id": OWN_POLICY["en"]})}})
    assert silent.for_language("en") is None and silent.for_language("id") is not None


def test_the_sets_learned_from_are_the_union_by_language(monkeypatch):
    import bench_proposals

    model = LabelModel.from_data({**shipped_data(), "by_language": {"en": english_model()}})
    learned = model.learned_from()
    assert learned["train15_en"] == 49 and learned["heldout30_id"] == 7
    assert set(model.trained_on) < set(learned)  # the top level's sets are all kept
    assert model.sentences() == sum(shipped_data()["trained_on"].values())
    monkeypatch.setattr(label_model_module, "shipped", lambda: model)
    marked = bench_proposals.trained_on()
    assert marked["train15"] == "label model trained on it (en)"
    assert marked["heldout30"] == "label model trained on it (id)"
    assert marked["heldout13"] == "label model trained on it (en, id)"


def proposed(db, doc: str, text: str, language: str):
    sid = add_document(db, doc, [text])[0]
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = ?", [language, doc])
    return propose(db, sid, "ana", load_scheme(), SourceIndex.from_db(db))


# the rules read each as a claim (no cue of a dispute): the English model, sure of a denial,
# takes over in English; in Indonesian the top level reads as it does today
ENGLISH = ["The ministry said 40 schools had been closed since the flood.",
           "Inspectors found cracks in three of the bridge's pillars, the report said."]
INDONESIAN = ["Bupati Agus Salim mengatakan air sungai sudah diuji dua kali.",
              "Direktur perusahaan, Hendra, menyebut semua izin lingkungan telah dikantongi "
              "sejak 2019."]


def test_the_engine_reads_the_english_model_in_english_and_the_top_level_in_indonesian(
        db, monkeypatch, tmp_path, fresh_shipped):
    engine = "annotator.domain.proposals.engine.shipped"
    path = tmp_path / "label_model.json"
    path.write_text(model_text({**shipped_data(), "by_language": {"en": english_model()}}),
                    encoding="utf-8")
    before = {}
    monkeypatch.setattr(engine, lambda: LabelModel.from_data(shipped_data()))
    for n, text in enumerate(ENGLISH + INDONESIAN):
        p = proposed(db, f"a{n}", text, "en" if text in ENGLISH else "id")
        before[text] = (p.label, p.label_reason, p.proposer)
    # the top level overrules the rules on the second Indonesian sentence (an accusation,
    # test_proposal_prior_model.OVERRULED): it is read there, not silent
    assert before[INDONESIAN[1]][2] == LEARNED
    monkeypatch.setattr(engine, lambda: shipped(path))
    for n, text in enumerate(ENGLISH + INDONESIAN):
        p = proposed(db, f"b{n}", text, "en" if text in ENGLISH else "id")
        if text in ENGLISH:
            assert (p.label, p.proposer) == ("denial", LEARNED), p.label_reason
            assert p.label_reason.startswith("denial: learned from reviewed articles, 100%")
            assert before[text][0] != "denial"
        else:
            assert (p.label, p.label_reason, p.proposer) == before[text]
    assert shipped.cache_info().hits >= 1  # the file is read once


def test_the_shipped_file_holds_the_english_model_own_models_names_and_reads_back():
    # forty-second round: English reads a model of its own (trained on heldout13-44), every
    # other language the top level, kept as trained on heldout13-24
    text = SHIPPED.read_text(encoding="utf-8")
    data = json.loads(text)
    assert set(data["by_language"]) == set(train_prior.OWN_MODELS) == {"en"}
    assert model_text(data) == text  # so writing a language in keeps its bytes
    assert set(data["trained_on"]) == {f"heldout{n}_{language}" for n in range(13, 25)
                                       for language in ("id", "en")}
    english = data["by_language"]["en"]
    assert set(english["trained_on"]) == {f"{name}_{language}" for name, language
                                          in train_prior.OWN_MODELS["en"]["folds"]}
    model = LabelModel.from_data(data)
    assert model.for_language("en").intercept == tuple(english["intercept"])
    assert model.for_language("id").intercept == tuple(data["intercept"])


@pytest.fixture
def train15(monkeypatch):
    monkeypatch.setattr(train_prior, "OWN_MODELS", {
        "en": {"folds": [("train15", "en")], "policy": ("cue", 0.7, 0.5)}})


def test_train_prior_writes_one_languages_model_and_keeps_every_other_byte(
        tmp_path, train15, capsys):
    original = top_level_text()
    out = tmp_path / "label_model.json"
    out.write_text(original, encoding="utf-8")
    train_prior.main(["--language", "en", "--out", str(out)])
    written = out.read_text(encoding="utf-8")
    # the top level, byte for byte, up to where the English model is added
    assert written.startswith(original[:-len("\n}\n")] + ',\n"by_language": {\n"en": {\n')
    data = json.loads(written)
    english = data.pop("by_language")["en"]
    assert data == json.loads(original)
    assert english["trained_on"] == {"train15_en": english["trained_on"]["train15_en"]}
    assert english["policies"] == {"en": {"gate": "cue", "take": 0.7, "calm_take": 0.5}}
    assert set(english["gold"]) == {"gold_train15_en.jsonl", "gold_train15_id.jsonl"}
    assert '\n["said", ' in written.split('"by_language"')[1]  # a word a line, nested too
    model = LabelModel.from_data(json.loads(written))
    assert model.for_language("en").intercept == tuple(english["intercept"])
    assert model.for_language("id").intercept == tuple(data["intercept"])
    # the same code and gold give the same bytes; taken out again, the file is as it was
    train_prior.main(["--language", "en", "--out", str(out)])
    assert out.read_text(encoding="utf-8") == written
    assert train_prior.with_own(written, "en", None) == original
    # --check: passes on what it wrote, fails once the English part is changed
    capsys.readouterr()
    train_prior.main(["--check", "--language", "en", "--out", str(out)])
    assert "the en model is what the current code and gold train" in capsys.readouterr().out
    head, tail = written.split('"by_language"')
    changed = tail.replace(f'"intercept": [{json.dumps(english["intercept"][0])}, ',
                           '"intercept": [1.5, ', 1)
    assert changed != tail
    out.write_text(head + '"by_language"' + changed, encoding="utf-8")
    with pytest.raises(SystemExit) as failed:
        train_prior.main(["--check", "--language", "en", "--out", str(out)])
    assert failed.value.code == 1
    said = capsys.readouterr().out
    assert "by_language.en (the en model) differs in intercept" in said
    # a model the file holds that OWN_MODELS does not name is stale; one it names and the
    # file lacks is missing
    assert train_prior._own_differs(written, "id") == []
    assert "does not name" in train_prior._own_differs(
        train_prior.with_own(original, "id", english), "id")[0]
    assert "is absent" in train_prior._own_differs(original, "en")[0]


def test_train_prior_writes_into_the_shipped_file_when_out_is_new(tmp_path, train15):
    out = tmp_path / "new.json"
    train_prior.main(["--language", "en", "--out", str(out)])
    assert train_prior.with_own(out.read_text(encoding="utf-8"), "en", None) == top_level_text()
    with pytest.raises(SystemExit, match="no model for 'id'"):
        train_prior.main(["--language", "id", "--out", str(out)])


def test_choose_take_reads_one_languages_folds_left_out_and_keys_its_cache(
        tmp_path, monkeypatch, capsys):
    assert choose_take.set_names("heldout13-15") == ["heldout13", "heldout14", "heldout15"]
    assert choose_take.set_names("train15,train17-18") == ["train15", "train17", "train18"]
    assert choose_take.training_languages("en", "en") == ("en",)
    assert choose_take.training_languages("en", "both") == ("en", "id")
    keys = {choose_take.language_cache(tmp_path, "en", names, languages).name
            for names in (["train15", "train16"], ["train15", "train17"], ["train16"])
            for languages in (("en",), ("en", "id"))}
    assert len(keys) == 6  # different fold lists, or training languages, never share a file
    monkeypatch.setattr(choose_take, "tuned_folds", lambda: [("classes8", "en")])
    choose_take.main(["--language", "en", "--folds", "train15-16", "--train-languages", "en",
                      "--workdir", str(tmp_path)])
    table = capsys.readouterr().out
    assert table.startswith("[en]\n")
    rules = next(line for line in table.splitlines() if line.startswith("rules alone"))
    assert int(rules.split()[2].split("/")[1]) > 0
    assert "OWN_MODELS['en'] = {'folds': [('train15', 'en'), ('train16', 'en')], " in table
    cached = list(tmp_path.glob("choose-take-en-from-en-*.pickle"))
    assert len(cached) == 1
    # the left-out English fold of train15 was read by a model trained on train16 alone
    sentences, probs, *_ = choose_take.read_language(tmp_path, "en", ["train15", "train16"],
                                                     ("en",))
    assert set(sentences) == {("train15", "en"), ("train16", "en")}
    assert all(len(probs[f]) == len(sentences[f]) for f in sentences)
