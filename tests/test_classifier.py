"""The classifier learns from the database's labels and blends with the cues: it takes over
where the cues are weak, never from a strong accusation or denial cue; the labeling screen
trains it in a worker and says which proposed."""

from __future__ import annotations

import sys

from support.corpus import add_document
from support.ui import drive, shown

from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import MIN_LABELS, propose, propose_text, train
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex

CITIES = ["Medan", "Bandung", "Surabaya", "Makassar", "Padang", "Malang", "Bogor", "Depok",
          "Solo", "Semarang", "Bekasi", "Ambon", "Kupang", "Jambi", "Palu", "Kendari"]


def labeled_corpus(db, n_claims: int, n_context: int) -> list[str]:
    """Sentences about prices (labeled claim by the team: a house rule the cues cannot know)
    and about the weather (context); then one unlabeled sentence about prices."""
    prices = [f"Harga cabai di pasar {c} naik {i + 3} persen pekan ini."
              for i, c in enumerate(CITIES * 4)][:n_claims]
    weather = [f"Cuaca di {c} berawan sepanjang hari ke-{i}." for i, c in
               enumerate(CITIES * 4)][:n_context]
    ids = add_document(db, "d1", prices + weather + [
        "Harga cabai di pasar Ternate naik 9 persen pekan ini.",
        "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia.",
    ])
    for sid in ids[:n_claims]:
        set_annotation(db, sid, "ana", label="claim")
    for sid in ids[n_claims:n_claims + n_context]:
        set_annotation(db, sid, "ana", label="context")
    return ids


def test_no_model_before_enough_labels(db):
    labeled_corpus(db, 10, 10)
    assert train(db) is None


def test_the_classifier_takes_over_where_cues_are_weak(db):
    ids = labeled_corpus(db, 30, 30)
    model = train(db)
    assert model is not None and model.trained_on == 60 >= MIN_LABELS
    scheme, index = load_scheme(), SourceIndex.from_db(db)
    cues_only = propose(db, ids[60], "budi", scheme, index)
    assert (cues_only.label, cues_only.proposer) == ("context", "cues")
    learned = propose(db, ids[60], "budi", scheme, index, model)
    assert (learned.label, learned.proposer) == ("claim", "classifier")
    assert learned.label_reason.startswith("claim: classifier ")
    assert "on 60 labels; cues: context, no speech verb" in learned.label_reason
    # a strong accusation cue is never overruled
    strong = propose(db, ids[61], "budi", scheme, index, model)
    assert (strong.label, strong.proposer) == ("accusation", "cues")
    agree = propose_text("Cuaca di Ternate berawan sepanjang hari ke-3.", scheme, index, "id",
                         model=model)
    assert agree.label == "context" and "classifier agrees" in agree.label_reason


def test_the_screen_trains_in_a_worker_and_says_which_proposed(db, db_path):
    ids = labeled_corpus(db, 30, 30)
    seen = {}

    async def scenario(pilot):
        seen["at"] = pilot.app.screen.sentence.id
        seen["text"] = await shown(pilot)
        await pilot.press("enter")

    drive(db_path, scenario, reviewer="ana")
    assert seen["at"] == ids[60]
    assert "proposed: claim (classifier " in seen["text"]
    assert "on 60 labels; cues: context" in seen["text"]
    row = db.execute("SELECT label, accepted_proposal FROM annotations WHERE sentence_id = ? "
                     "AND reviewer = 'ana'", [ids[60]]).fetchone()
    assert row == ("claim", "classifier")


def test_scikit_learn_is_not_imported_until_a_model_is_trained():
    import subprocess

    code = ("import sys, annotator.ui.app, annotator.domain.proposals, annotator.cli; "
            "assert 'sklearn' not in sys.modules, 'sklearn imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_classifiers_labels_are_plain_strings(db):
    """scikit-learn hands back numpy strings; a proposal carries plain ``str`` (what is saved,
    exported as JSON and compared with the scheme's labels) whoever proposed it."""
    from annotator.ui.screens.label_foresight import Foresight

    ids = labeled_corpus(db, 30, 30)
    model = train(db)
    assert all(type(label) is str for label in model.labels)
    label, _ = model.predict("Harga cabai di pasar Ternate naik 9 persen pekan ini.")
    assert type(label) is str
    (guess, _), = Foresight(model).predict_many(["Cuaca di Ambon berawan."])
    assert type(guess) is str
    learned = propose(db, ids[60], "budi", load_scheme(), SourceIndex.from_db(db), model)
    assert learned.proposer == "classifier" and type(learned.label) is str
