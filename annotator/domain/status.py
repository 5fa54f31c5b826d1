"""How a sentence's reviewers' annotations resolve into one status and one label.

gold (adjudicated) wins; else one annotation is ``single``; several that agree in label,
source and confidence are ``agreed``; several that differ are a ``conflict`` (resolved values
null, for the adjudicator); none is ``unlabeled``. Reviewers who annotated a sentence
must also link it to the same disputes in the same roles to agree (``links``, optional:
dicts with reviewer, id and role); the adjudication queue uses the same rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

STATUSES = ("gold", "agreed", "single", "conflict", "unlabeled")
SETTLED = ("gold", "agreed")
COMPARED = ("label", "source", "confidence")


def resolve(
    annotations: Sequence[Mapping[str, Any]],
    gold: Mapping[str, Any] | None = None,
    links: Sequence[Mapping[str, Any]] | None = None,
) -> tuple[str, dict[str, Any]]:
    """Return (status, {"label", "source", "confidence"}) for one sentence."""
    if gold:
        return "gold", {field: gold.get(field) for field in COMPARED}
    if not annotations:
        return "unlabeled", dict.fromkeys(COMPARED)
    first = {field: annotations[0].get(field) for field in COMPARED}
    if len(annotations) == 1:
        return "single", first
    if all(
        {field: a.get(field) for field in COMPARED} == first for a in annotations[1:]
    ) and _same_links(annotations, links):
        return "agreed", first
    return "conflict", dict.fromkeys(COMPARED)


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
