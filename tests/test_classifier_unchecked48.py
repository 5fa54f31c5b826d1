"""The classifier answers without scikit-learn's per-call checks (classifier.predicting):
the same probabilities as with them, and the checks are back for anyone else afterwards."""

from __future__ import annotations

import sklearn
from test_classifier import labeled_corpus

from annotator.domain.proposals import train
from annotator.ui.screens.label_foresight import Foresight

TEXTS = ["Harga cabai di pasar Ternate naik 9 persen pekan ini.",
         "Cuaca di Ambon berawan.",
         "Juru bicara itu membantah tuduhan tersebut, kata dia.",
         "",
         "The ministry denied sending weapons, officials said."]


def checked(model, texts):
    """What scikit-learn answers with its checks on (its default)."""
    assert sklearn.get_config()["skip_parameter_validation"] is False
    out = []
    for probabilities in model.pipeline.predict_proba(texts):
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        out.append((str(model.pipeline.classes_[best]), float(probabilities[best])))
    return out


def test_the_answers_are_the_ones_scikit_learn_gives_with_its_checks(db):
    labeled_corpus(db, 30, 30)
    model = train(db)
    expected = checked(model, TEXTS)
    assert [model.predict(t) for t in TEXTS] == expected
    assert Foresight(model).predict_many(TEXTS) == expected


def test_the_checks_are_on_again_after_each_answer(db):
    labeled_corpus(db, 30, 30)
    model = train(db)
    model.predict(TEXTS[0])
    assert not sklearn.get_config()["skip_parameter_validation"]
    assert not sklearn.get_config()["assume_finite"]
    Foresight(model).predict_many(TEXTS)
    assert not sklearn.get_config()["skip_parameter_validation"]
    assert not sklearn.get_config()["assume_finite"]
