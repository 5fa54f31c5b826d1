"""The disagreement queue and the adjudicator's decisions (the gold labels).

A sentence needs adjudication when two or more reviewers annotated it and they differ in
label, source or confidence, or link it to disputes differently (different disputes, or
the same dispute with different roles). Where everyone agrees there is nothing to do: the
export calls it ``agreed``. A decision is the gold label, written with its history row in
one transaction; the adjudicator can undo their last decision, and the history keeps both.

The queue is read page by page in corpus order (document, then sentence), checking each
sentence with indexed lookups, so opening it on a million sentences costs a page, not a
scan of everything; documents with no open conflict (progress_documents) are skipped
whole, so a queue that is mostly settled opens as fast as a fresh one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from annotator.base.clock import now
from annotator.base.errors import AnnotatorError
from annotator.db.connection import write
from annotator.db.fts import contains
from annotator.db.history import GOLD_HISTORY
from annotator.domain.scheme import Scheme, load_scheme
from annotator.domain.sources import find as find_source
from annotator.domain.status import COMPARED, KINDS, differing, differs_sql

GOLD_FIELDS = ("label", "source", "confidence")
# Why reviewers disagreed, as the adjudicator tags it (annotator agreement reports them).
REASONS = ("guideline", "ambiguous", "error")
REASON_NAMES = {"guideline": "guideline unclear", "ambiguous": "ambiguous text",
                "error": "reviewer error"}
KEEP: Any = object()  # decide(): keep what the decision in force says

# What each kind of disagreement means, as SQL over one sentence ``s``: the definitions of
# status.py (a reviewer's dispute signature is their sorted set of dispute:role links on
# the sentence; only reviewers who annotated the sentence are compared).
_DIFFERS = {kind: differs_sql(kind) for kind in KINDS}
_KIND_FLAGS = ",\n".join(f"{sql} AS {kind}_differs" for kind, sql in _DIFFERS.items())


class AdjudicationError(AnnotatorError):
    pass


@dataclass
class Disagreement:
    """One sentence in the queue: where it is, what differs, and whether it is settled."""

    sentence_id: str
    doc_id: str
    doc_ordinal: int
    position: int
    text: str
    kinds: list[str]
    gold: dict[str, Any] | None = None
    reviewers: list[str] = field(default_factory=list)

    @property
    def settled(self) -> bool:
        return self.gold is not None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _flags_to_kinds(flags: Sequence[int]) -> list[str]:
    return [kind for kind, flag in zip(KINDS, flags, strict=True) if flag]


def iter_queue(
    db: Database,
    *,
    documents: Sequence[str] = (),
    kinds: Sequence[str] = (),
    include_settled: bool = False,
    after: tuple[int, int] | None = None,
    before: tuple[int, int] | None = None,
    page: int = 200,
) -> Iterator[Disagreement]:
    """Disagreements in corpus order (or backwards from ``before``), read a page at a time.

    ``after``/``before`` are (document ordinal, sentence position) bounds, exclusive.
    """
    for kind in kinds:
        if kind not in KINDS:
            raise AdjudicationError(f"unknown kind {kind!r} (kinds: {', '.join(KINDS)})")
    wanted = set(kinds or KINDS)
    backwards = before is not None
    bound = before if backwards else after
    if bound is None:  # a bound keeps SQLite walking documents in order (no sort)
        bound = (2**62, 2**62) if backwards else (-(2**62), -(2**62))
    differs = "(" + " OR ".join(_DIFFERS[kind] for kind in KINDS if kind in wanted) + ")"
    if not include_settled:
        # 'conflict' in progress_sentences means no gold, two annotations or more, and a
        # difference in some kind: only a narrower choice of kinds is checked again
        narrower = differs if wanted != set(KINDS) else "1 = 1"
        yield from _open_queue(db, documents, narrower, bound, backwards, page)
        return
    while True:
        where = [
            "s.excluded IS NULL",
            "(SELECT count(*) FROM annotations a WHERE a.sentence_id = s.id) > 1",
        ]
        params: list[Any] = []
        if documents:
            where.append(f"s.doc_id IN ({', '.join('?' for _ in documents)})")
            params += list(documents)
        where.append(differs)
        where.append(f"(d.ordinal, s.position) {'<' if backwards else '>'} (?, ?)")
        params += list(bound)
        order = "DESC" if backwards else "ASC"
        rows = db.execute(
            f"""
            SELECT s.id, s.doc_id, d.ordinal, s.position, s.text, {_KIND_FLAGS}
            FROM sentences s JOIN documents d ON d.id = s.doc_id
            WHERE {" AND ".join(where)}
            ORDER BY d.ordinal {order}, s.position {order}
            LIMIT ?
            """,
            [*params, page],
        ).fetchall()
        if not rows:
            return
        for sid, doc_id, ordinal, position, text, *flags in rows:
            yield Disagreement(sid, doc_id, ordinal, position, text, _flags_to_kinds(flags))
        bound = (rows[-1][2], rows[-1][3])
        if len(rows) < page:
            return


def _open_queue(db: Database, documents: Sequence[str], differs: str,
                bound: tuple[int, int], backwards: bool, page: int
                ) -> Iterator[Disagreement]:
    """The open disagreements from ``bound`` on, by index seeks only: the next document
    with conflicts (progress_documents, kept by triggers, indexed by ordinal over the
    documents with conflicts: migration 0014), then its sentences in order up to the first
    in conflict. Nothing is built from the whole queue, so a step costs the same whatever
    has been settled before or after it."""
    compare, order = ("<", "DESC") if backwards else (">", "ASC")
    only = f"AND p.doc_id IN ({', '.join('?' for _ in documents)})" if documents else ""
    ordinal, position = bound
    inclusive = True  # the document of ``bound`` itself, after its sentence
    while True:
        found = db.execute(
            f"""SELECT p.doc_id, p.ordinal FROM progress_documents p
                WHERE p.conflicts > 0 AND p.ordinal {compare}{'=' if inclusive else ''} ?
                {only}
                ORDER BY p.ordinal {order} LIMIT 1""",
            [ordinal, *documents]).fetchone()
        if found is None:
            return
        doc_id, doc_ordinal = found
        after = position if doc_ordinal == ordinal else (2**62 if backwards else -(2**62))
        while True:
            rows = db.execute(
                f"""SELECT s.id, s.position, s.text, {_KIND_FLAGS}
                    FROM sentences s JOIN progress_sentences ps ON ps.sentence_id = s.id
                    WHERE s.doc_id = ? AND s.excluded IS NULL AND s.position {compare} ?
                      AND ps.status = 'conflict' AND {differs}
                    ORDER BY s.position {order} LIMIT ?""",
                [doc_id, after, page]).fetchall()
            for sid, sentence_position, text, *flags in rows:
                yield Disagreement(sid, doc_id, doc_ordinal, sentence_position, text,
                                   _flags_to_kinds(flags))
            if len(rows) < page:
                break
            after = rows[-1][1]
        ordinal, inclusive = doc_ordinal, False


def _upsert_gold(db: Database, row: dict[str, Any]) -> None:
    """Insert or update one decision, leaving columns not in ``row`` as they are: one
    statement on the adjudicator's keystroke (sqlite-utils' upsert reads the schema first)."""
    names = list(row)
    changed = ", ".join(f"{n} = excluded.{n}" for n in names if n != "sentence_id")
    db.execute(f"INSERT INTO gold ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
               f"ON CONFLICT (sentence_id) DO UPDATE SET {changed}", list(row.values()))


def queue(db: Database, **filters: Any) -> list[Disagreement]:
    """The whole queue (for the CLI and tests; the UI pages through ``iter_queue``)."""
    items = list(iter_queue(db, **filters))
    if filters.get("include_settled"):
        for item in items:
            item.gold = get_gold(db, item.sentence_id)
    return items


def disagreement_at(db: Database, sentence_id: str) -> Disagreement | None:
    """A sentence as a queue item (its kinds left empty), wherever it is: the adjudication
    screen shows the sentence an undo went back to, open or not."""
    row = db.execute(
        "SELECT s.id, s.doc_id, d.ordinal, s.position, s.text FROM sentences s "
        "JOIN documents d ON d.id = s.doc_id WHERE s.id = ?", [sentence_id]).fetchone()
    return Disagreement(*row, kinds=[]) if row else None


def kinds_of(db: Database, sentence_id: str) -> list[str]:
    """What reviewers differ in on one sentence (empty when they agree or fewer than two)."""
    row = db.execute(
        f"""SELECT (SELECT count(*) FROM annotations a WHERE a.sentence_id = s.id), {_KIND_FLAGS}
            FROM sentences s WHERE s.id = ?""",
        [sentence_id],
    ).fetchone()
    if row is None:
        raise AdjudicationError(f"no sentence with id {sentence_id}")
    count, *flags = row
    return _flags_to_kinds(flags) if count > 1 else []


def _rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def reviewer_annotations(db: Database, sentence_id: str) -> list[dict[str, Any]]:
    """Each reviewer's annotation of a sentence (sorted by reviewer: reviewer N is the
    N-th), with the disputes they linked it to."""
    annotations = _rows(
        db,
        "SELECT reviewer, label, source, sources, confidence, note, updated_at "
        "FROM annotations "
        "WHERE sentence_id = ? ORDER BY reviewer",
        [sentence_id],
    )
    links = _rows(
        db,
        "SELECT m.reviewer, m.dispute_id, d.title, m.role FROM dispute_members m "
        "JOIN disputes d ON d.id = m.dispute_id WHERE m.sentence_id = ? "
        "ORDER BY m.dispute_id, m.role",
        [sentence_id],
    )
    for annotation in annotations:
        annotation["disputes"] = [
            {"id": link["dispute_id"], "title": link["title"], "role": link["role"]}
            for link in links
            if link["reviewer"] == annotation["reviewer"]
        ]
    return annotations


def get_gold(db: Database, sentence_id: str) -> dict[str, Any] | None:
    rows = _rows(db, "SELECT * FROM gold WHERE sentence_id = ?", [sentence_id])
    return rows[0] if rows else None


def gold_speakers(gold: dict[str, Any] | None) -> list[str]:
    """Every speaker a decision names: its ``sources`` (a joint statement), else its
    ``source``, else none."""
    if not gold:
        return []
    if gold.get("sources"):
        return list(json.loads(gold["sources"]))
    return [gold["source"]] if gold.get("source") else []


def _speakers_column(db: Database, names: Sequence[str], strict: bool
                     ) -> tuple[str | None, str | None]:
    """(source, sources column) of a decision: each name as the registry spells it (an
    alias or another case gives the registry's name; with ``strict`` a name outside the
    registry is refused), each once; several keep them all, the first is ``source``."""
    out: list[str] = []
    for name in names:
        if not name or not name.strip():
            continue
        known = find_source(db, name)
        if known is None and strict:
            raise AdjudicationError(
                f"unknown source {name!r}: add it first (`annotator sources add`) or "
                "name one in the registry (`annotator sources list`)")
        spelled = known.name if known else name
        if spelled not in out:
            out.append(spelled)
    if len(out) > 1:
        return out[0], json.dumps(out, ensure_ascii=False)
    return (out[0] if out else None), None


def gold_links(gold: dict[str, Any] | None) -> list[dict[str, str]] | None:
    """The dispute links a decision settled ([] for "in no dispute"), or None when the
    decision left links undecided."""
    if not gold or gold.get("disputes") is None:
        return None
    return json.loads(gold["disputes"])


def link_choices(db: Database, sentence_id: str, query: str = "",
                 limit: int = 20) -> list[dict[str, Any]]:
    """The disputes an adjudicator settles a sentence's links with: first every dispute a
    reviewer linked it to or a decision put it in (``roles``: who gave which role;
    ``decided``: the decision's role), then, for a ``query``, other disputes whose title
    contains it (db.fts.contains: any case for ASCII letters), newest first."""
    choices: dict[str, dict[str, Any]] = {}
    for dispute_id, title, reviewer, role in db.execute(
            "SELECT m.dispute_id, d.title, m.reviewer, m.role FROM dispute_members m "
            "JOIN disputes d ON d.id = m.dispute_id WHERE m.sentence_id = ? "
            "ORDER BY d.created_at, m.dispute_id, m.reviewer", [sentence_id]):
        entry = choices.setdefault(dispute_id, {"id": dispute_id, "title": title,
                                                "roles": {}, "decided": None})
        entry["roles"][reviewer] = role
    for link in gold_links(get_gold(db, sentence_id)) or []:
        if link["id"] not in choices:
            row = db.execute("SELECT title FROM disputes WHERE id = ?", [link["id"]]).fetchone()
            choices[link["id"]] = {"id": link["id"], "title": row[0] if row else "",
                                   "roles": {}, "decided": None}
        choices[link["id"]]["decided"] = link["role"]
    words = " ".join(query.split())
    if words:
        condition, pattern = contains("title", words)
        for dispute_id, title in db.execute(
                f"SELECT id, title FROM disputes WHERE {condition} "
                "ORDER BY created_at DESC LIMIT ?", [pattern, limit]):
            choices.setdefault(dispute_id, {"id": dispute_id, "title": title, "roles": {},
                                            "decided": None})
    return list(choices.values())


def check_links(db: Database, links: Sequence[Any]) -> str:
    """Decided links as stored: a JSON list of {"id", "role"}, sorted, each dispute once.
    Accepts dicts or "DISPUTE:ROLE" strings (a dispute id or its first characters)."""
    from annotator.domain.disputes import ROLES, resolve_dispute_id

    out: dict[str, str] = {}
    for link in links:
        if isinstance(link, str):
            dispute, sep, role = link.rpartition(":")
            if not sep or not dispute:
                raise AdjudicationError(f"a link is DISPUTE:ROLE, not {link!r}")
        else:
            dispute, role = link.get("id") or "", link.get("role") or ""
        if role not in ROLES:
            raise AdjudicationError(f"unknown role {role!r} (roles: {', '.join(ROLES)})")
        dispute_id = resolve_dispute_id(db, dispute)
        if dispute_id in out and out[dispute_id] != role:
            raise AdjudicationError(f"dispute {dispute_id[:8]} given two roles")
        out[dispute_id] = role
    return json.dumps([{"id": d, "role": r} for d, r in sorted(out.items())])


def check_reason(reason: str | None) -> str | None:
    if reason is None or reason == "":
        return None
    if reason not in REASONS:
        raise AdjudicationError(
            f"unknown reason {reason!r} (reasons: {', '.join(REASONS)}: "
            + ", ".join(REASON_NAMES[r] for r in REASONS) + ")")
    return reason


def decide(
    db: Database,
    sentence_id: str,
    *,
    label: str,
    source: str | None,
    confidence: str | None,
    adjudicator: str,
    rationale: str | None = None,
    scheme: Scheme | None = None,
    disputes: Sequence[Any] | None = KEEP,
    reason: str | None = KEEP,
    strict_source: bool = False,
    sources: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Make (or replace) the gold label of a sentence, with its history row. A source
    named by an alias (or in another case) is stored as the registry's name; with
    ``strict_source`` a name outside the registry is refused. ``sources``: every speaker
    of a joint statement (the first becomes ``source``); without it, ``source`` alone.

    ``disputes``: the decided dispute links (dicts or "DISPUTE:ROLE"; [] for none; None
    leaves links undecided); ``reason``: why reviewers disagreed (:data:`REASONS`). Either
    left out keeps what the decision in force says."""
    scheme = scheme or load_scheme()
    scheme.check_label(label)
    confidence = scheme.check_confidence(confidence or scheme.default_confidence)
    adjudicator = (adjudicator or "").strip()
    if not adjudicator:
        raise AdjudicationError("the adjudicator's name cannot be empty")
    with write(db):
        if not db.execute("SELECT 1 FROM sentences WHERE id = ?", [sentence_id]).fetchone():
            raise AdjudicationError(f"no sentence with id {sentence_id}")
        if isinstance(sources, str):
            sources = json.loads(sources)
        source, sources_column = _speakers_column(
            db, list(sources) if sources else [source or ""], strict_source)
        prev = get_gold(db, sentence_id)
        if disputes is KEEP:
            links = prev.get("disputes") if prev else None
        else:
            links = None if disputes is None else check_links(db, disputes)
        reason = (prev.get("reason") if prev else None) if reason is KEEP else check_reason(
            reason)
        at = now()
        new = {
            "sentence_id": sentence_id,
            "label": label,
            "source": source or None,
            "sources": sources_column,
            "confidence": confidence,
            "adjudicator": adjudicator,
            "rationale": (rationale or "").strip() or None,
            "decided_at": at,
            "disputes": links,
            "reason": reason,
        }
        _upsert_gold(db, new)
        GOLD_HISTORY.record(db, action="decide", actor=adjudicator, at=at,
                            sentence_id=sentence_id, **GOLD_HISTORY.changes(new, prev))
    return new


def take(
    db: Database,
    sentence_id: str,
    reviewer: str | int,
    *,
    adjudicator: str,
    rationale: str | None = None,
    scheme: Scheme | None = None,
    reason: str | None = KEEP,
) -> dict[str, Any]:
    """Make a reviewer's annotation the gold (by name, or N for the N-th reviewer): their
    label, speakers and confidence, and their dispute links with their roles. The annotation
    is read in the decision's transaction, so the gold is what it says."""
    with write(db):
        annotations = reviewer_annotations(db, sentence_id)
        if isinstance(reviewer, int):
            if not 1 <= reviewer <= len(annotations):
                raise AdjudicationError(
                    f"sentence {sentence_id} has {len(annotations)} reviewer(s); "
                    f"no reviewer {reviewer}"
                )
            chosen = annotations[reviewer - 1]
        else:
            matches = [a for a in annotations if a["reviewer"] == reviewer]
            if not matches:
                raise AdjudicationError(f"{reviewer} did not annotate sentence {sentence_id}")
            chosen = matches[0]
        rationale = rationale or f"took {chosen['reviewer']}'s annotation"
        return decide(
            db, sentence_id, label=chosen["label"], source=chosen["source"],
            sources=chosen["sources"], confidence=chosen["confidence"],
            adjudicator=adjudicator, rationale=rationale, scheme=scheme,
            disputes=chosen["disputes"], reason=reason,
        )


def decide_links(db: Database, sentence_id: str, links: Sequence[Any], *, adjudicator: str,
                 rationale: str | None = None) -> dict[str, Any]:
    """Settle only the dispute links of a sentence (dicts or "DISPUTE:ROLE"; [] for "in no
    dispute"). The label, source and confidence are the decision in force, else the ones
    every reviewer agrees on; where they differ, decide the label first."""
    with write(db):
        gold = get_gold(db, sentence_id)
        if gold is None:
            annotations = reviewer_annotations(db, sentence_id)
            if not annotations:
                raise AdjudicationError(f"sentence {sentence_id} has no annotations")
            if set(differing(annotations)) & set(COMPARED):  # speakers compared as a set
                raise AdjudicationError(
                    f"reviewers differ on the label, source or confidence of {sentence_id}: "
                    "decide those first (take or decide)")
            gold = {**{f: annotations[0][f] for f in (*GOLD_FIELDS, "sources")},
                    "rationale": None}
        return decide(db, sentence_id, label=gold["label"], source=gold["source"],
                      sources=gold.get("sources"),
                      confidence=gold["confidence"], adjudicator=adjudicator,
                      rationale=rationale or gold["rationale"], disputes=links)


def set_rationale(db: Database, sentence_id: str, rationale: str, adjudicator: str) -> dict:
    """Add or change the rationale of an existing decision (a new decision row)."""
    gold = get_gold(db, sentence_id)
    if gold is None:
        raise AdjudicationError(f"sentence {sentence_id} has no decision yet")
    return decide(
        db, sentence_id, label=gold["label"], source=gold["source"], sources=gold["sources"],
        confidence=gold["confidence"], adjudicator=adjudicator, rationale=rationale,
    )


def undo_last(db: Database, adjudicator: str) -> dict[str, Any] | None:
    """Revert this adjudicator's most recent decision not yet undone.

    Returns {"sentence_id", "restored"} (the gold now in force, or None), or None when
    there is nothing left to undo. The undo is itself a history row.
    """
    outcome: dict[str, Any] = {}

    def revert(change: dict[str, Any], at: str) -> dict[str, Any]:
        sentence_id = change["sentence_id"]
        current = get_gold(db, sentence_id)
        if change["prev_label"] is None:
            db.execute("DELETE FROM gold WHERE sentence_id = ?", [sentence_id])
            restored = None
        else:
            restored = {
                "sentence_id": sentence_id,
                "label": change["prev_label"],
                "source": change["prev_source"],
                "sources": change["prev_sources"],
                "confidence": change["prev_confidence"],
                "adjudicator": change["prev_adjudicator"],
                "rationale": change["prev_rationale"],
                "decided_at": at,  # a change now: a merge must not bring the undone one back
                "disputes": change["prev_disputes"],
                "reason": change["prev_reason"],
            }
            _upsert_gold(db, restored)
        outcome.update(sentence_id=sentence_id, restored=restored)
        return {"sentence_id": sentence_id, **GOLD_HISTORY.changes(restored, current)}

    if GOLD_HISTORY.undo(db, adjudicator, revert) is None:
        return None
    return outcome
