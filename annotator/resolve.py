"""How a sentence's reviewers' annotations resolve into one status and one label.

gold (adjudicated) wins; else one annotation is ``single``; several that agree in label,
source and confidence are ``agreed``; several that differ are a ``conflict`` (resolved values
null, for the adjudicator); none is ``unlabeled``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

STATUSES = ("gold", "agreed", "single", "conflict", "unlabeled")
SETTLED = ("gold", "agreed")
COMPARED = ("label", "source", "confidence")


def resolve(
    annotations: Sequence[Mapping[str, Any]], gold: Mapping[str, Any] | None = None
) -> tuple[str, dict[str, Any]]:
    """Return (status, {"label", "source", "confidence"}) for one sentence."""
    if gold:
        return "gold", {field: gold.get(field) for field in COMPARED}
    if not annotations:
        return "unlabeled", dict.fromkeys(COMPARED)
    first = {field: annotations[0].get(field) for field in COMPARED}
    if len(annotations) == 1:
        return "single", first
    if all({field: a.get(field) for field in COMPARED} == first for a in annotations[1:]):
        return "agreed", first
    return "conflict", dict.fromkeys(COMPARED)
