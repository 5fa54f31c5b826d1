"""Two reviewers' work on the seeds, at known times: what the dashboard and report show."""

from __future__ import annotations

from annotator.domain.adjudication import decide
from annotator.domain.annotations import set_annotation
from annotator.domain.disputes import create_dispute_with_members, link
from support.corpus import queue

# (label by ana, label by budi) for the first ten sentences of the queue: None = not labeled
LABELS = [
    ("claim", "claim"),
    ("accusation", "accusation"),
    ("denial", "denial"),
    ("context", "claim"),        # disagree
    ("claim", "claim"),
    ("accusation", "denial"),    # disagree, in the dispute, stays open
    ("denial", "denial"),
    ("claim", None),
    ("context", "context"),
    ("denial", "accusation"),    # disagree, then adjudicated
]


def two_reviewers(db, clock) -> dict:
    """ana labels ten sentences in her first hour and budi nine an hour later, two hours
    apart; one dispute holds two agreed sentences, one open disagreement and one settled by
    gold; returns the sentence ids and the dispute."""
    ids = queue(db)[:len(LABELS)]
    for n, (sid, (mine, _)) in enumerate(zip(ids, LABELS, strict=True)):
        if n == 8:
            clock.advance(hours=1)  # ana's last two labels are in her second hour
        set_annotation(db, sid, "ana", label=mine)
    clock.advance(hours=2)
    for sid, (_, theirs) in zip(ids, LABELS, strict=True):
        if theirs:
            set_annotation(db, sid, "budi", label=theirs)
    dispute = create_dispute_with_members(
        db, "Korea Utara memasok senjata ke Rusia", "ana",
        [(ids[1], "alleges"), (ids[2], "denies"), (ids[5], "alleges"), (ids[9], "denies")])
    for sid, role in ((ids[1], "alleges"), (ids[2], "denies"), (ids[5], "denies"),
                      (ids[9], "denies")):
        link(db, dispute["id"], sid, "budi", role)
    decide(db, ids[9], label="denial", source=None, confidence=None, adjudicator="lead")
    other = create_dispute_with_members(db, "Rusia membantah", "budi", [(ids[6], "denies")])
    link(db, other["id"], ids[6], "ana", "denies")
    return {"ids": ids, "dispute": dispute}
