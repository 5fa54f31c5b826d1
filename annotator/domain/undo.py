"""Undo the newest change of any kind a reviewer made: an annotation or a dispute change.

On the labeling screen one key, `u`, undoes whatever the reviewer did last, a label or a
link made with `l`. Which one is newer is read from the two history tables (the newest
change not yet undone in each; on a tie the dispute change, made with the label on screen,
goes first), and the undo is made in the same write transaction as that decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.db.connection import write
from annotator.db.history import ANNOTATION_HISTORY
from annotator.domain import annotations, disputes

if TYPE_CHECKING:
    from sqlite_utils import Database

# How a dispute change is named to the analyst ("undone: role change in a dispute").
DISPUTE_ACTIONS = {"link": "link", "role": "role change", "unlink": "unlink",
                   "create": "new dispute", "retitle": "new title", "merge": "merge"}


@dataclass(frozen=True)
class Undone:
    """What one undo reverted.

    ``kind`` is "annotation" or "dispute". For an annotation, ``restored`` is the annotation
    now in force (None: the sentence is unlabeled again) and ``labeled_change`` how the
    reviewer's count of labeled sentences changed (-1, 0 or +1). For a dispute change,
    ``action`` is what was undone (link, role, unlink, create, retitle, merge), with the
    dispute and the role or title now in force.
    """

    kind: str
    sentence_id: str | None
    restored: dict[str, Any] | None = None
    labeled_change: int = 0
    action: str | None = None
    dispute_id: str | None = None
    role: str | None = None
    title: str | None = None

    @property
    def what(self) -> str:
        """The change undone, in the analyst's words."""
        if self.kind == "annotation":
            return "label"
        return DISPUTE_ACTIONS.get(self.action or "", self.action or "change")


def undo_newest(db: Database, reviewer: str) -> Undone | None:
    """Undo this reviewer's newest change, annotation or dispute; None if there is none.

    Raises DisputeError when the newest change is a dispute change that cannot be undone
    (e.g. others have linked sentences to a dispute whose creation would be undone); the
    annotation before it is then left alone, as undo goes strictly newest first.
    """
    with write(db):
        link = disputes.newest_change(db, reviewer)
        label = ANNOTATION_HISTORY.newest_undoable(db, reviewer)
        if link is not None and (label is None or link["at"] >= label["at"]):
            done = disputes.undo_last(db, reviewer)
            if done is not None:
                return Undone("dispute", done["sentence_id"], action=done["action"],
                              dispute_id=done["dispute_id"], role=done["role"],
                              title=done["title"])
        done = annotations.undo_last(db, reviewer)
    if done is None:
        return None
    restored, replaced = done["restored"], done["replaced"]
    return Undone("annotation", done["sentence_id"], restored=restored,
                  labeled_change=(restored is not None) - (replaced is not None))
