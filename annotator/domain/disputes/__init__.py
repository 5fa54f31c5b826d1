"""Disputes: a contested proposition and the sentences, from any documents, that take part.

A dispute has a short title ("North Korea supplies arms to Russia") and members: sentences,
each with a role (alleges, denies, supports, context), linked per reviewer. Every change is
appended to ``dispute_history`` in the same transaction; undo reads that history.

The package is split by concern; callers use it as one module
(``from annotator.domain import disputes as model; model.link(...)``):

* records: ids, roles, titles, creating and retitling a dispute;
* links: linking a sentence, its role, unlinking, creating a dispute with members;
* lookup: resolving what an analyst typed into a dispute or sentence id;
* fold: folding duplicate disputes into one, and putting a fold back;
* undo: undoing a reviewer's newest dispute change;
* views: lists, one dispute with its members, its history.
"""

from annotator.domain.disputes.fold import (
    MERGE_PARTS,
    duplicate_groups,
    fold_again,
    merge_disputes,
    overlapping_disputes,
    title_key,
)
from annotator.domain.disputes.links import (
    create_dispute_with_members,
    disputes_of,
    link,
    member,
    set_role,
    unlink,
)
from annotator.domain.disputes.lookup import resolve_dispute_id, resolve_sentence_id
from annotator.domain.disputes.records import (
    MAX_TITLE,
    ROLES,
    DisputeError,
    check_role,
    check_title,
    create_dispute,
    get_dispute,
    new_dispute_id,
    retitle,
)
from annotator.domain.disputes.undo import last_change_at, newest_change, undo_last
from annotator.domain.disputes.views import (
    MEMBER_SQL,
    history,
    list_disputes,
    members,
    sentence_label,
    show,
)

__all__ = [
    "MAX_TITLE", "MEMBER_SQL", "MERGE_PARTS", "ROLES", "DisputeError",
    "check_role", "check_title", "create_dispute", "create_dispute_with_members",
    "disputes_of", "duplicate_groups", "fold_again", "get_dispute", "history",
    "overlapping_disputes",
    "last_change_at", "link", "list_disputes", "member", "members", "merge_disputes",
    "new_dispute_id", "newest_change", "resolve_dispute_id", "resolve_sentence_id",
    "retitle", "sentence_label", "set_role", "show", "title_key", "undo_last", "unlink",
]
