"""Forty-first round (issue 11, branch w17ctx3): a remedy the accused side promises ("will be
paid back", "will be refunded") is a promise: context (data/guidelines.md, context). Where
the rules read it so, the shipped label model may not turn it into a denial. The model's
answer is fixed here (the shipped model reads these lines as a denial only inside longer
articles); the rules and the engine's gate are the real ones. Sentences made up for the
test, not taken from any set."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.db.connection import write
from annotator.domain.proposals import LEARNED, propose
from annotator.domain.proposals.label_model import shipped
from annotator.domain.proposals.remedy_kept import promise_kept
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex

ARTICLE = [
    "Drivers accused the courier firm Swiftbox of docking their pay for parcels that were "
    "never delivered late.",
    "Swiftbox denied that it had docked pay unfairly and said the deductions followed its "
    "contract.",
    '"If the audit finds any driver has lost pay by mistake, they will be paid back with '
    'interest," a Swiftbox spokesman said.',
    "The company said every affected driver would be refunded within 14 days.",
    "A Swiftbox manager said the deductions had been explained to every driver.",
]


@pytest.fixture
def sure_of_a_denial(monkeypatch):
    """The shipped model speaking (conftest silences it in files of a round's reading), sure
    the sentence is a denial whatever it reads."""
    monkeypatch.setattr("annotator.domain.proposals.engine.shipped", shipped)
    monkeypatch.setattr("annotator.domain.proposals.engine.learned_role",
                        lambda *args, **kwargs: ("denies", 0.95))


def _proposed(db) -> list:
    ids = add_document(db, "en1", ARTICLE)
    with write(db):
        db.execute("UPDATE documents SET language = 'en' WHERE id = 'en1'")
    scheme = load_scheme()
    return [propose(db, sid, "ana", scheme, SourceIndex.from_db(db)) for sid in ids]


def test_a_remedy_promised_stays_context_against_the_models_denial(db, sure_of_a_denial):
    proposals = _proposed(db)
    for p in proposals[2:4]:
        assert (p.label, p.proposer) == ("context", "cues"), p.label_reason
        assert "a remedy promised" in p.label_reason


def test_a_reported_claim_of_the_accused_side_is_still_the_models(db, sure_of_a_denial):
    # near miss: no promise read, the model's denial stands as before
    p = _proposed(db)[4]
    assert (p.label, p.proposer) == ("denial", LEARNED), p.label_reason


def test_only_the_model_s_denial_over_the_promise_listed():
    paid = "a promise: a remedy promised: 'will ... be paid back'"
    assert promise_kept("en", "context", paid, "denies")
    assert promise_kept("en", "context", f"context: {paid}", "denies")
    assert not promise_kept("en", "context", paid, "supports")
    assert not promise_kept("en", "context", "a promise or plan reported: 'will'", "denies")
    assert not promise_kept("id", "context", paid, "denies")
