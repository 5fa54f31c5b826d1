"""What an export reads, as SQL: the options, the nested JSON SQLite makes per sentence
(its annotations, gold decision, dispute links, assignments) and the sentences chosen.

Shared by the line SQLite writes (lines.py) and the records Python resolves (records.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.domain.status import COMPARED

if TYPE_CHECKING:
    from sqlite_utils import Database

ANNOTATION = """json_object(
        'reviewer', a.reviewer, 'label', a.label, 'source', a.source,
        'confidence', a.confidence, 'note', a.note, 'updated_at', a.updated_at,
        'accepted_proposal', a.accepted_proposal,
        'sources', json(a.sources), 'guideline_version', a.guideline_version,
        'seconds', a.seconds, 'applied_from', a.applied_from)"""
# A sentence's annotations in reviewer order. On SQLite the lookup by sentence walks the
# primary key (sentence_id, reviewer), the only index that starts with sentence_id, so its
# rows come in reviewer order without the sorted subquery PostgreSQL needs (a third of the
# export's SQL time); tests/test_export_import.py checks the order with reviewers saved
# out of it. The JSON comes after one letter that spares Python parsing and resolving the
# common cases (status.py's rule for label, source and confidence, compared exactly, NULL
# apart): s one annotation, a several that agree in all three, c several that differ in
# one, p anything else (joint speakers), which Python resolves in full. '[]': none.
SAME = " AND ".join(f"(min(a.{c}) IS max(a.{c}) AND count(a.{c}) IN (0, count(*)))"
                     for c in COMPARED)
ANNOTATIONS_SQLITE = f"""
    (SELECT CASE WHEN count(*) = 0 THEN '[]' ELSE
         CASE WHEN count(a.sources) > 0 THEN 'p' WHEN count(*) = 1 THEN 's'
              WHEN {SAME} THEN 'a' ELSE 'c' END
         || json_group_array({ANNOTATION}) END
     FROM annotations a WHERE a.sentence_id = s.id {{reviewer_filter}})
"""
ANNOTATIONS_POSTGRES = f"""
    (SELECT json_group_array({ANNOTATION})
     FROM (SELECT * FROM annotations a WHERE a.sentence_id = s.id {{reviewer_filter}}
           ORDER BY a.reviewer) a)
"""
GOLD = """
    (SELECT json_object('label', g.label, 'source', g.source, 'confidence', g.confidence,
                        'adjudicator', g.adjudicator, 'rationale', g.rationale,
                        'decided_at', g.decided_at, 'disputes', json(g.disputes),
                        'reason', g.reason, 'sources', json(g.sources))
     FROM gold g WHERE g.sentence_id = s.id)
"""
# Most sentences are in no dispute and assigned to nobody: one index lookup answers '[]'
# for them instead of a grouped subquery each.
DISPUTES = """
    CASE WHEN EXISTS (SELECT 1 FROM dispute_members m WHERE m.sentence_id = s.id
                      {reviewer_filter}) THEN
    (SELECT json_group_array(json(entry)) FROM (
        SELECT json_object('id', m.dispute_id, 'title', d2.title, 'role', m.role,
                           'reviewers', json_group_array(m.reviewer)) AS entry
        FROM (SELECT * FROM dispute_members m WHERE m.sentence_id = s.id {reviewer_filter}
              ORDER BY m.dispute_id, m.role, m.reviewer) m
        JOIN disputes d2 ON d2.id = m.dispute_id
        GROUP BY m.dispute_id, m.role
        ORDER BY m.dispute_id, m.role))
    ELSE '[]' END
"""
ASSIGNED = """
    CASE WHEN EXISTS (SELECT 1 FROM assignments x WHERE x.sentence_id = s.id
                      {reviewer_filter}) THEN
    (SELECT json_group_array(x.reviewer) FROM (
        SELECT reviewer FROM assignments x WHERE x.sentence_id = s.id {reviewer_filter}
        ORDER BY reviewer) x)
    ELSE '[]' END
"""


@dataclass(frozen=True)
class ExportOptions:
    include_unlabeled: bool = False  # --all
    settled_only: bool = False  # --gold-only: gold or agreed
    reviewer: str | None = None  # --reviewer: only this reviewer's annotations and links


ALL = ExportOptions(include_unlabeled=True)
LABELED = ExportOptions()  # the default export



def selection(db: Database, options: ExportOptions) -> tuple[str, str, dict[str, bool],
                                                            dict[str, Any]]:
    """What every export query shares: (the reviewer filter of the nested subqueries, the
    WHERE clause over ``sentences s``, which of gold, dispute_members and assignments hold
    any row, the parameters)."""
    reviewer_filter = "AND reviewer = :reviewer" if options.reviewer else ""
    where = ["s.excluded IS NULL"]
    if not options.include_unlabeled:
        mine = "AND a.reviewer = :reviewer" if options.reviewer else ""
        # a sentence assigned but not labeled yet is exported too (status unlabeled), so a
        # lead's plan travels through export and import whatever is exported; the gold set
        # (--gold-only) keeps settled sentences only
        planned = "" if options.settled_only else (
            "OR EXISTS (SELECT 1 FROM assignments x WHERE x.sentence_id = s.id "
            f"{mine.replace('a.', 'x.')})")
        where.append(
            f"(EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = s.id {mine}) "
            f"OR EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id) {planned})"
        )
    # a table with no row at all (nothing adjudicated, no dispute, no plan yet) is not looked
    # up once per sentence; read inside the export's snapshot, so it holds for all of it
    held = {table: db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for table in ("gold", "dispute_members", "assignments")}
    params: dict[str, Any] = {"reviewer": options.reviewer} if options.reviewer else {}
    return reviewer_filter, " AND ".join(where), held, params


def nested(held: dict[str, bool], reviewer_filter: str) -> str:
    """The gold, disputes and assigned columns of a sentence ``s``, as JSON text."""
    return f"""{GOLD if held["gold"] else "NULL"} AS gold,
               {DISPUTES.format(reviewer_filter=reviewer_filter)
                if held["dispute_members"] else "'[]'"} AS disputes,
               {ASSIGNED.format(reviewer_filter=reviewer_filter)
                if held["assignments"] else "'[]'"} AS assigned"""
