"""JSON read the way a careful user expects: one value per key, numbers that are numbers.

Python's ``json.loads`` keeps the last of two equal keys (``{"text": "a", "text": "b"}``
silently loses "a") and accepts ``NaN`` and ``Infinity``, which are not JSON. The readers
of .jsonl corpora and exchange files load through ``loads`` here, which refuses both.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["NotStrictJSON", "loads"]


class NotStrictJSON(ValueError):
    """Valid for Python's parser, not for a careful reader: the message says why."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise NotStrictJSON(f'key "{key}" appears twice in one object')
        obj[key] = value
    return obj


def _constant(name: str) -> float:
    raise NotStrictJSON(f"{name} is not a JSON number")


def loads(text: str) -> Any:
    """``json.loads`` refusing repeated keys and NaN/Infinity (NotStrictJSON)."""
    return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
