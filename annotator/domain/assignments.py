"""Who labels what: a lead gives documents (or a share of the corpus) to named reviewers
with an overlap rule, and each reviewer's queue follows their assignment.

An assignment is one row per (sentence, reviewer) in ``assignments``: giving a document
to a reviewer gives them its presented sentences, and "20% of sentences double-labeled"
gives a second reviewer a fifth of the sentences. Every change is appended to
``assignment_history`` (assign or unassign, by whom, when), so a merge can tell an
assignment the lead removed from one it never had.

Plans are deterministic: the same corpus, reviewers and rule give the same plan on every
machine (documents in corpus order go to the least-loaded reviewers, ties by name; the
double-labeled share is the sentences whose ids hash lowest).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.base.clock import new_change_id, now
from annotator.base.errors import AnnotatorError
from annotator.base.names import check_reviewer
from annotator.db.connection import write

if TYPE_CHECKING:
    from sqlite_utils import Database

# SQL: sentence ``s`` is in reviewer ``?``'s assignment (an index lookup)
ASSIGNED_TO = ("EXISTS (SELECT 1 FROM assignments x WHERE x.sentence_id = s.id "
               "AND x.reviewer = ?)")


class AssignmentError(AnnotatorError):
    pass


@dataclass
class Plan:
    """Sentence id -> the reviewers it goes to, with each document's sentences in order."""

    reviewers: list[str]
    rule: str
    documents: list[tuple[str, str | None, list[str]]] = field(default_factory=list)
    assign: dict[str, list[str]] = field(default_factory=dict)

    def rows(self) -> list[dict]:
        """One row per reviewer: documents touched, sentences, of them shared with another
        reviewer (the overlap that agreement figures rest on)."""
        table = {r: {"reviewer": r, "documents": set(), "sentences": 0, "overlap": 0}
                 for r in self.reviewers}
        doc_of = {sid: doc for doc, _, sids in self.documents for sid in sids}
        for sid, who in self.assign.items():
            for reviewer in who:
                row = table[reviewer]
                row["documents"].add(doc_of[sid])
                row["sentences"] += 1
                row["overlap"] += len(who) > 1
        return [{**row, "documents": len(row["documents"])} for row in table.values()]

    def by_document(self) -> list[dict]:
        """One row per document: its title, sentences, and who gets how many of them."""
        out = []
        for doc_id, title, sids in self.documents:
            counts: dict[str, int] = {}
            for sid in sids:
                for reviewer in self.assign.get(sid, []):
                    counts[reviewer] = counts.get(reviewer, 0) + 1
            out.append({"doc_id": doc_id, "title": title, "sentences": len(sids),
                        "reviewers": counts})
        return out


def _reviewer(name: str) -> str:
    """A reviewer name as typed for an assignment: refused (one line) when empty, overlong
    or holding a control character, as every other typed name is."""
    try:
        return check_reviewer(name)
    except AnnotatorError as exc:
        raise AssignmentError(str(exc)) from None


def _clean_names(reviewers: Iterable[str]) -> list[str]:
    names = []
    for name in reviewers:
        parts = [p for p in name.split(",") if p.strip()] if "," in name else [name]
        for part in parts:  # "ana, budi," is two names; an empty name is refused
            part = _reviewer(part)
            if part not in names:
                names.append(part)
    if not names:
        raise AssignmentError("name at least one reviewer")
    return names


def _documents(db: Database, documents: Sequence[str] = ()) -> list[tuple[str, str | None,
                                                                          list[str]]]:
    """(doc id, title, presented sentence ids in order) of the corpus or of some documents."""
    where, params = "", []
    if documents:
        where = f"WHERE d.id IN ({', '.join('?' for _ in documents)})"
        params = list(documents)
    docs = db.execute(f"SELECT d.id, d.title FROM documents d {where} ORDER BY d.ordinal",
                      params).fetchall()
    out = []
    for doc_id, title in docs:
        sids = [sid for (sid,) in db.execute(
            "SELECT id FROM sentences WHERE doc_id = ? AND excluded IS NULL ORDER BY position",
            [doc_id])]
        if sids:
            out.append((doc_id, title, sids))
    return out


def _least_loaded(load: dict[str, int], count: int, exclude: Iterable[str] = ()) -> list[str]:
    skip = set(exclude)
    order = sorted((r for r in load if r not in skip), key=lambda r: (load[r], r))
    return order[:count]


def _hash(sentence_id: str) -> str:
    import hashlib  # its OpenSSL library is loaded when first needed, not at start

    return hashlib.sha256(sentence_id.encode()).hexdigest()


def parse_share(text: str | float) -> float:
    """"20%", "20" or "0.2" -> 0.2; anything outside 0-100% is refused."""
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        raw = text.strip().rstrip("%").strip()
        try:
            value = float(raw)
        except ValueError:
            raise AssignmentError(f"not a share: {text!r} (e.g. 20%)") from None
        if text.strip().endswith("%") or value > 1:
            value /= 100
    if not 0 <= value <= 1:
        raise AssignmentError(f"a share is between 0% and 100%, not {text!r}")
    return value


def make_plan(
    db: Database,
    reviewers: Sequence[str],
    *,
    per_document: int = 1,
    overlap: float = 0.0,
    documents: Sequence[str] = (),
    share: float = 1.0,
) -> Plan:
    """A plan for some documents (all by default; ``share`` takes the first part of them in
    corpus order): every document to ``per_document`` reviewers, and on top ``overlap`` of
    the sentences (a share, 0.2 for 20%) to one more reviewer each, for agreement.

    Load is counted in sentences, so long and short documents even out.
    """
    names = _clean_names(reviewers)
    if per_document < 1:
        raise AssignmentError("--per-document must be 1 or more")
    if per_document > len(names):
        raise AssignmentError(f"{per_document} reviewers per document needs {per_document} "
                              f"reviewers; {len(names)} named ({', '.join(names)})")
    if overlap and per_document + 1 > len(names):
        raise AssignmentError("double-labeling a share needs at least two reviewers")
    docs = _documents(db, documents)
    if not docs:
        raise AssignmentError("no documents with sentences to assign")
    if share < 1.0:
        docs = docs[: max(1, math.ceil(len(docs) * share))]
    load = dict.fromkeys(names, 0)
    assign: dict[str, list[str]] = {}
    for _doc_id, _title, sids in docs:
        chosen = sorted(_least_loaded(load, per_document), key=names.index)
        for reviewer in chosen:
            load[reviewer] += len(sids)
        for sid in sids:
            assign[sid] = list(chosen)
    if overlap:
        every = [sid for _, _, sids in docs for sid in sids]
        extra = sorted(every, key=_hash)[: round(len(every) * overlap)]
        for sid in sorted(extra, key=every.index):
            (reviewer,) = _least_loaded(load, 1, exclude=assign[sid])
            load[reviewer] += 1
            assign[sid].append(reviewer)
            assign[sid].sort(key=names.index)
    parts = [f"{per_document} reviewer(s) per document"]
    if overlap:
        parts.append(f"{overlap:.0%} of sentences to one more")
    return Plan(names, ", ".join(parts), docs, assign)


def _history(db: Database, rows: list[tuple[str, str]], action: str, by: str, at: str) -> None:
    db.conn.executemany(
        "INSERT INTO assignment_history (change_id, sentence_id, reviewer, action, "
        "assigned_by, at) VALUES (?, ?, ?, ?, ?, ?)",
        [(new_change_id(), sid, reviewer, action, by, at) for sid, reviewer in rows])


def _assign_rows(db: Database, rows: list[tuple[str, str, str]], by: str, at: str) -> int:
    """Add (sentence, reviewer, doc) assignments not held yet; returns how many."""
    fresh = [(sid, reviewer, doc) for sid, reviewer, doc in rows if not db.execute(
        "SELECT 1 FROM assignments WHERE sentence_id = ? AND reviewer = ?",
        [sid, reviewer]).fetchone()]
    db.conn.executemany(
        "INSERT INTO assignments (sentence_id, reviewer, doc_id, assigned_by, assigned_at) "
        "VALUES (?, ?, ?, ?, ?)", [(sid, reviewer, doc, by, at) for sid, reviewer, doc in fresh])
    _history(db, [(sid, reviewer) for sid, reviewer, _ in fresh], "assign", by, at)
    return len(fresh)


def _unassign_rows(db: Database, rows: list[tuple[str, str]], by: str, at: str) -> int:
    db.conn.executemany("DELETE FROM assignments WHERE sentence_id = ? AND reviewer = ?", rows)
    _history(db, rows, "unassign", by, at)
    return len(rows)


@dataclass
class Applied:
    added: int = 0
    removed: int = 0


def apply_plan(db: Database, plan: Plan, assigned_by: str) -> Applied:
    """Make the plan the assignment of its documents (others keep theirs), in one
    transaction: assignments the plan does not hold are removed, new ones added."""
    by = assigned_by.strip()
    if not by:
        raise AssignmentError("the lead's name cannot be empty")
    result = Applied()
    with write(db):
        at = now()
        doc_of = {sid: doc for doc, _, sids in plan.documents for sid in sids}
        held = set()
        for doc_id, _, _ in plan.documents:
            held.update(db.execute(
                "SELECT sentence_id, reviewer FROM assignments WHERE doc_id = ?", [doc_id]))
        wanted = {(sid, r) for sid, who in plan.assign.items() for r in who}
        result.removed = _unassign_rows(db, sorted(held - wanted), by, at)
        result.added = _assign_rows(
            db, [(sid, r, doc_of[sid]) for sid, r in sorted(wanted - held)], by, at)
    return result


def assign_documents(db: Database, documents: Sequence[str], reviewer: str,
                     assigned_by: str) -> int:
    """Give whole documents to one more reviewer (keeping who else has them)."""
    reviewer = _reviewer(reviewer)
    docs = _documents(db, documents)
    with write(db):
        at = now()
        return _assign_rows(db, [(sid, reviewer, doc) for doc, _, sids in docs for sid in sids],
                            assigned_by, at)


def clear(db: Database, assigned_by: str, reviewers: Sequence[str] = ()) -> int:
    """Remove every assignment (or those of some reviewers); queues show everything again."""
    where, params = "", []
    if reviewers:
        where = f"WHERE reviewer IN ({', '.join('?' for _ in reviewers)})"
        params = list(reviewers)
    with write(db):
        rows = db.execute(f"SELECT sentence_id, reviewer FROM assignments {where}",
                          params).fetchall()
        return _unassign_rows(db, [tuple(r) for r in rows], assigned_by, now())


def rebalance(db: Database, reviewers: Sequence[str], assigned_by: str) -> Applied:
    """Share the remaining work evenly among ``reviewers`` (someone joins or leaves),
    keeping the overlap: work a reviewer has done stays theirs; each document's unlabeled
    sentences held by someone not named, or by the most loaded, move to the least loaded
    reviewer not already on them, a document at a time, while that evens the load."""
    names = _clean_names(reviewers)
    result = Applied()
    with write(db):
        at = now()
        # remaining work: (doc, reviewer) -> unlabeled assigned sentences
        chunks: dict[tuple[str, str], list[str]] = {}
        for sid, reviewer, doc in db.execute(
            "SELECT x.sentence_id, x.reviewer, x.doc_id FROM assignments x "
            "JOIN sentences s ON s.id = x.sentence_id JOIN documents d ON d.id = x.doc_id "
            "WHERE NOT EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = x.sentence_id"
            " AND a.reviewer = x.reviewer) ORDER BY d.ordinal, s.position"
        ):
            chunks.setdefault((doc, reviewer), []).append(sid)
        on_doc: dict[str, set[str]] = {}
        for (doc, reviewer) in chunks:
            on_doc.setdefault(doc, set()).add(reviewer)
        load = dict.fromkeys(names, 0)
        for (_, reviewer), sids in chunks.items():
            if reviewer in load:
                load[reviewer] += len(sids)

        def move(doc: str, giver: str, taker: str) -> None:
            sids = chunks.pop((doc, giver))
            busy = {sid for (sid,) in db.execute(
                "SELECT sentence_id FROM assignments WHERE doc_id = ? AND reviewer = ?",
                [doc, taker])}
            result.removed += _unassign_rows(db, [(sid, giver) for sid in sids], assigned_by, at)
            result.added += _assign_rows(
                db, [(sid, taker, doc) for sid in sids if sid not in busy], assigned_by, at)
            chunks.setdefault((doc, taker), []).extend(sids)
            on_doc[doc].discard(giver)
            on_doc[doc].add(taker)
            if giver in load:
                load[giver] -= len(sids)
            load[taker] += len(sids)

        for (doc, reviewer) in list(chunks):
            if reviewer not in load:
                options = _least_loaded(load, 1, exclude=on_doc[doc])
                if not options:
                    raise AssignmentError(
                        f"{reviewer}'s work on document {doc[:8]} has nobody to go to: every "
                        "named reviewer is on it already; name one more reviewer")
                move(doc, reviewer, options[0])
        while True:  # even out: move a chunk from the most to the least loaded if it helps
            best = None
            for (doc, giver), sids in chunks.items():
                for taker in _least_loaded(load, len(load), exclude=on_doc[doc]):
                    before = max(load[giver], load[taker])
                    after = max(load[giver] - len(sids), load[taker] + len(sids))
                    if after < before and (best is None or before - after > best[0]):
                        best = (before - after, doc, giver, taker)
                    break
            if best is None:
                break
            move(*best[1:])
    return result


def has_assignment(db: Database, reviewer: str) -> bool:
    """Does this reviewer have an assignment (then their queue follows it)?"""
    return db.execute("SELECT 1 FROM assignments WHERE reviewer = ? LIMIT 1",
                      [reviewer]).fetchone() is not None


def assigned_reviewers(db: Database, sentence_id: str) -> list[str]:
    return [r for (r,) in db.execute(
        "SELECT reviewer FROM assignments WHERE sentence_id = ? ORDER BY reviewer",
        [sentence_id])]


def progress(db: Database) -> list[dict]:
    """Per reviewer with an assignment: documents, sentences assigned, done (labeled by
    them), remaining."""
    return [dict(zip(("reviewer", "documents", "assigned", "done"), row, strict=True))
            | {"remaining": row[2] - row[3]}
            for row in db.execute(
                "SELECT x.reviewer, count(DISTINCT x.doc_id), count(*), "
                "sum(EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = x.sentence_id "
                "AND a.reviewer = x.reviewer)) FROM assignments x "
                "GROUP BY x.reviewer ORDER BY x.reviewer")]


def current_plan(db: Database) -> Plan:
    """The assignment in force, as a plan (for showing it as a table)."""
    reviewers = [r for (r,) in db.execute(
        "SELECT DISTINCT reviewer FROM assignments ORDER BY reviewer")]
    docs = [(doc, title, sids) for doc, title, sids in _documents(db) if db.execute(
        "SELECT 1 FROM assignments WHERE doc_id = ? LIMIT 1", [doc]).fetchone()]
    assign: dict[str, list[str]] = {}
    for sid, reviewer in db.execute(
            "SELECT sentence_id, reviewer FROM assignments ORDER BY reviewer"):
        assign.setdefault(sid, []).append(reviewer)
    return Plan(reviewers, "in force", docs, assign)


def import_assigned(db: Database, sentence_id: str, doc_id: str, reviewers: Sequence[str],
                    assigned_by: str = "import") -> int:
    """Add the assignments a record names (import); ones held already are left alone.
    Runs inside the caller's transaction."""
    return _assign_rows(db, [(sentence_id, r, doc_id) for r in reviewers], assigned_by, now())
