"""The label scheme a team uses (data/labels.json): labels, their keys, the confidence scale."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from annotator.base.errors import AnnotatorError
from annotator.base.resources import data_file


class UnknownLabel(AnnotatorError):
    pass


@dataclass(frozen=True)
class Label:
    name: str
    key: str
    number: str
    description: str = ""


@dataclass(frozen=True)
class Scheme:
    """The labels and the ordinal confidence scale a team uses (data/labels.json)."""

    labels: tuple[Label, ...]
    confidence_scale: tuple[str, ...]
    default_confidence: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(label.name for label in self.labels)

    def check_label(self, label: str) -> str:
        if label not in self.names:
            raise UnknownLabel(f"unknown label {label!r} (known: {', '.join(self.names)})")
        return label

    def check_confidence(self, confidence: str) -> str:
        if confidence not in self.confidence_scale:
            raise UnknownLabel(
                f"unknown confidence {confidence!r} "
                f"(scale: {', '.join(self.confidence_scale)})"
            )
        return confidence

    def step_confidence(self, confidence: str | None, step: int) -> str:
        """Move up (+1) or down (-1) the ordinal scale, stopping at its ends."""
        scale = self.confidence_scale
        index = scale.index(confidence) if confidence in scale else scale.index(
            self.default_confidence
        )
        return scale[max(0, min(len(scale) - 1, index + step))]


def load_scheme(path: str | Path | None = None) -> Scheme:
    """The scheme in ``path`` (default data/labels.json), read once per process."""
    return _load_scheme(Path(path) if path else data_file("labels.json"))


@functools.lru_cache(maxsize=8)
def _load_scheme(path: Path) -> Scheme:
    raw = json.loads(path.read_text(encoding="utf-8"))
    labels = tuple(Label(**item) for item in raw["labels"])
    scale = tuple(raw["confidence"]["scale"])
    default = raw["confidence"].get("default", scale[len(scale) // 2])
    if default not in scale:
        raise AnnotatorError(f"{path}: default confidence {default!r} is not on the scale")
    return Scheme(labels, scale, default)
