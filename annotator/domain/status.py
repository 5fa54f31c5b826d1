"""How a sentence's reviewers' annotations resolve into one status and one label.

gold (adjudicated) wins; else one annotation is ``single``; several that agree in label,
source, confidence and dispute links are ``agreed``; several that differ are a ``conflict``
(resolved values null, for the adjudicator); none is ``unlabeled``. Reviewers who annotated
a sentence must also link it to the same disputes in the same roles to agree; links of
people who did not annotate the sentence do not count. Values are compared exactly: no
source (NULL) and an empty source are different answers.

The rule is written twice, once per place it runs, and nowhere else:

* the Python form, :func:`resolve` and :func:`differing`, for one sentence at a time (the
  export, which already holds the sentence's rows);
* the SQL form, built from :data:`KEYS` (what is compared, per kind, for one annotation):
  :func:`differs_sql` (does one kind differ on a sentence), :func:`differs_in_group` (the
  same over a GROUP BY of annotations), :data:`STATUS_SQL` (the status of one sentence)
  and :func:`per_sentence_sql` (status and counts of every sentence, for aggregates), for
  the queue, stats and counts that must not load rows into Python.

tests/test_status_rule.py checks on random data that both forms give every sentence the
same status and the same differing kinds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

STATUSES = ("gold", "agreed", "single", "conflict", "unlabeled")
SETTLED = ("gold", "agreed")
COMPARED = ("label", "source", "confidence")
KINDS = (*COMPARED, "disputes")  # what reviewers can differ in


# Python form -------------------------------------------------------------------------------

def resolve(
    annotations: Sequence[Mapping[str, Any]],
    gold: Mapping[str, Any] | None = None,
    links: Sequence[Mapping[str, Any]] | None = None,
) -> tuple[str, dict[str, Any]]:
    """Return (status, {"label", "source", "confidence"}) for one sentence.

    ``links`` (optional) are dicts with reviewer, id and role: the sentence's dispute links.
    """
    if gold:
        return "gold", {field: gold.get(field) for field in COMPARED}
    if not annotations:
        return "unlabeled", dict.fromkeys(COMPARED)
    first = {field: annotations[0].get(field) for field in COMPARED}
    if len(annotations) == 1:
        return "single", first
    if not differing(annotations, links):
        return "agreed", first
    return "conflict", dict.fromkeys(COMPARED)


def differing(
    annotations: Sequence[Mapping[str, Any]], links: Sequence[Mapping[str, Any]] | None = None
) -> list[str]:
    """The kinds (of :data:`KINDS`) in which the annotations of one sentence differ."""
    kinds = [field for field in COMPARED
             if len({_compared(a, field) for a in annotations}) > 1]
    if not _same_links(annotations, links):
        kinds.append("disputes")
    return kinds


def _compared(annotation: Mapping[str, Any], field: str) -> Any:
    """The value compared: a joint statement's set of speakers stands for its source (the
    same speakers in another order agree)."""
    if field == "source" and annotation.get("sources"):
        speakers = annotation["sources"]
        if isinstance(speakers, str):
            speakers = json.loads(speakers)
        return ("sources", *sorted(speakers))
    return annotation.get(field)


def _same_links(
    annotations: Sequence[Mapping[str, Any]], links: Sequence[Mapping[str, Any]] | None
) -> bool:
    """Did every reviewer who annotated the sentence link it to the same disputes, roles?"""
    if not links:
        return True
    linked: dict[Any, set] = {a.get("reviewer"): set() for a in annotations}
    for link in links:
        if link.get("reviewer") in linked:
            linked[link["reviewer"]].add((link.get("id"), link.get("role")))
    return len({frozenset(v) for v in linked.values()}) <= 1


# SQL form ----------------------------------------------------------------------------------

# A reviewer's dispute signature on a sentence: their dispute:role links, sorted, as one
# text (NULL when they linked it nowhere). quote() keeps every value apart: quoted texts
# joined cannot run into each other, and quote(NULL) is the bare word NULL, never a text.
# The guard (an index lookup, "is this sentence linked at all?") spares the sorted subquery
# for the many annotations of sentences in no dispute.
_SIGNATURE = """(CASE WHEN a.sentence_id IN (SELECT sentence_id FROM dispute_members)
  THEN (SELECT group_concat(link, '') FROM (
    SELECT quote(m.dispute_id) || quote(m.role) AS link FROM dispute_members m
    WHERE m.sentence_id = a.sentence_id AND m.reviewer = a.reviewer ORDER BY link)) END)"""

# What is compared, per kind, for one annotation ``a``: two annotations agree in a kind when
# these are equal (NULL-safe, like Python's ==).
KEYS = {
    "label": "quote(a.label)",
    # a joint statement's speakers, as a sorted set, stand for its source
    "source": ("(CASE WHEN a.sources IS NULL THEN quote(a.source) ELSE 'sources:' || "
               "(SELECT group_concat(quote(value), ',') FROM "
               "(SELECT value FROM json_each(a.sources) ORDER BY value)) END)"),
    "confidence": "quote(a.confidence)",
    "disputes": f"quote({_SIGNATURE})",
}
# All kinds at once: two annotations agree when these are equal.
AGREEMENT_KEY = " || ".join(KEYS[kind] for kind in KINDS)


def _differ(key: str) -> str:
    """SQL aggregate: a group of annotations gives more than one value of ``key`` (keys are
    never NULL, thanks to quote(), so every annotation counts)."""
    return f"(count(DISTINCT {key}) > 1)"


def differs_sql(kind: str, sentence: str = "s") -> str:
    """SQL: do the annotations of sentence ``sentence`` (an alias) differ in ``kind``?"""
    return f"(SELECT {_differ(KEYS[kind])} FROM annotations a WHERE a.sentence_id = {sentence}.id)"


def differs_in_group(kinds: Sequence[str] = KINDS) -> str:
    """SQL aggregate over the annotations ``a`` of one sentence (GROUP BY its id): do they
    differ in any of ``kinds``?"""
    return "(" + " OR ".join(_differ(KEYS[kind]) for kind in kinds) + ")"


def _status_case(gold: str, annotations: str, differ: str) -> str:
    """The rule as an SQL CASE over three figures of one sentence."""
    return (f"CASE WHEN {gold} THEN 'gold' WHEN {annotations} = 0 THEN 'unlabeled' "
            f"WHEN {annotations} = 1 THEN 'single' WHEN NOT {differ} THEN 'agreed' "
            "ELSE 'conflict' END")


# SQL: the status of sentence ``s``, with correlated lookups (for one or a few sentences).
STATUS_SQL = _status_case(
    "EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id)",
    "(SELECT count(*) FROM annotations a WHERE a.sentence_id = s.id)",
    f"(SELECT {_differ(AGREEMENT_KEY)} FROM annotations a WHERE a.sentence_id = s.id)",
)


def per_sentence_sql(where: str = "s.excluded IS NULL") -> str:
    """SQL: one row per sentence ``s`` matching ``where``, with columns sentence_id, doc_id,
    annotations (how many), differ (0/1: they give more than one answer), gold (0/1) and
    status.

    Use it as a CTE for counts over many sentences: one grouped pass, no Python per row.
    """
    return f"""
        SELECT sentence_id, doc_id, annotations, differ, gold,
               {_status_case("gold", "annotations", "differ")} AS status
        FROM (
            SELECT s.id AS sentence_id, s.doc_id, count(a.reviewer) AS annotations,
                   {_differ(f"CASE WHEN a.reviewer IS NOT NULL THEN {AGREEMENT_KEY} END")}
                       AS differ,
                   EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id) AS gold
            FROM sentences s LEFT JOIN annotations a ON a.sentence_id = s.id
            WHERE {where}
            GROUP BY s.id
        )
    """
