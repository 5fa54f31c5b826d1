"""The label scheme a team uses (data/labels.json): labels, their keys, the confidence scale.

Each label has a name, a key and a number (the keys that save it), the role its sentences
take in a dispute (alleges, denies, supports, context), a colour (a colour name used
wherever the label is shown) and a description. Everything that knows about labels asks
the scheme, so a team can add a label ("rumour") by editing one file. ``ANNOTATOR_LABELS``
points every command at another scheme file.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from annotator.base import strict_json
from annotator.base.errors import AnnotatorError
from annotator.base.resources import data_file
from annotator.base.small_file import read_small_file
from annotator.domain.disputes import ROLES

LABEL_FIELDS = ("name", "key", "number", "role", "colour", "description")


class UnknownLabel(AnnotatorError):
    pass


class SchemeError(AnnotatorError):
    """A label scheme file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Label:
    name: str
    key: str
    number: str
    role: str = "context"  # labels.json always names it; a default for schemes built in code
    colour: str = ""
    description: str = ""


@dataclass(frozen=True)
class Scheme:
    """The labels and the ordinal confidence scale a team uses (data/labels.json)."""

    labels: tuple[Label, ...]
    confidence_scale: tuple[str, ...]
    default_confidence: str
    path: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(label.name for label in self.labels)

    def label(self, name: str | None) -> Label | None:
        """The label called ``name``, or None for a label outside the scheme."""
        return self._by_name.get(name)

    @functools.cached_property
    def _by_name(self) -> dict[str, Label]:
        """Each label by its name (the first, should two share one), made once: a label key
        asks the role of every sentence it reads back, some thirty times."""
        by_name: dict[str, Label] = {}
        for label in self.labels:
            by_name.setdefault(label.name, label)
        return by_name

    def role_for(self, name: str | None) -> str | None:
        """The dispute role a sentence with this label takes (None outside the scheme)."""
        label = self.label(name)
        return label.role if label else None

    def colour_for(self, name: str | None) -> str:
        """The colour the label is shown in ("" outside the scheme)."""
        label = self.label(name)
        return label.colour if label else ""

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


def scheme_path(path: str | Path | None = None) -> Path:
    """``path``, else ``ANNOTATOR_LABELS``, else the shipped data/labels.json."""
    if path:
        return Path(path)
    env = os.environ.get("ANNOTATOR_LABELS")
    return Path(env) if env else data_file("labels.json")


def load_scheme(path: str | Path | None = None) -> Scheme:
    """The scheme in ``path`` (see scheme_path), read once per process while it is unchanged."""
    where = scheme_path(path)
    try:
        stat = where.stat()
    except OSError as exc:
        raise SchemeError(f"{where}: cannot read the label scheme ({exc.strerror})") from None
    return _load_scheme(where, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _load_scheme(path: Path, _mtime: int, _size: int) -> Scheme:
    try:
        raw = strict_json.loads(read_small_file(path, "label scheme").decode("utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise SchemeError(f"{path}: not a readable JSON label scheme ({exc})") from None
    return parse_scheme(raw, str(path))


def parse_scheme(raw: object, path: str) -> Scheme:
    """Check a scheme as read from JSON: every label complete, names, keys and numbers
    each used once, roles known, a confidence scale with its default on it."""

    def bad(message: str) -> SchemeError:
        return SchemeError(f"{path}: {message}")

    if not isinstance(raw, dict) or not isinstance(raw.get("labels"), list) \
            or not raw["labels"]:
        raise bad('needs a non-empty "labels" list')
    labels: list[Label] = []
    taken: dict[str, str] = {}  # key or number -> the label using it
    for index, item in enumerate(raw["labels"], start=1):
        if not isinstance(item, dict):
            raise bad(f"label {index} is not an object")
        name = item.get("name")
        what = f"label {name!r}" if isinstance(name, str) and name else f"label {index}"
        for field in LABEL_FIELDS:
            value = item.get(field)
            if isinstance(value, int) and not isinstance(value, bool) and field == "number":
                continue
            if not isinstance(value, str) or (not value.strip() and field != "description"):
                raise bad(f'{what}: missing or empty field "{field}"')
        unknown = set(item) - set(LABEL_FIELDS)
        if unknown:
            raise bad(f"{what}: unknown field {sorted(unknown)[0]!r} "
                      f"(fields: {', '.join(LABEL_FIELDS)})")
        number = str(item["number"])
        if not (len(number) == 1 and number.isdigit() and number != "0"):
            raise bad(f"{what}: number {number!r} is not one of 1-9")
        key = item["key"]
        if len(key) != 1 or not key.isprintable() or key.isspace() or key.isdigit() \
                or key == ",":
            raise bad(f"{what}: key {key!r} is not a single letter or sign")
        if item["role"] not in ROLES:
            raise bad(f"{what}: unknown role {item['role']!r} (roles: {', '.join(ROLES)})")
        if name in (label.name for label in labels):
            raise bad(f"label {name!r} appears twice")
        for kind, value in (("key", key), ("number", number)):
            if value in taken:
                raise bad(f"{what}: {kind} {value!r} is already the key of {taken[value]!r}")
            taken[value] = name
        labels.append(Label(name, key, number, item["role"], item["colour"],
                            item["description"]))

    confidence = raw.get("confidence")
    scale = confidence.get("scale") if isinstance(confidence, dict) else None
    if not isinstance(scale, list) or not scale or \
            not all(isinstance(level, str) and level for level in scale):
        raise bad('needs a "confidence" object with a non-empty "scale" list of names')
    if len(set(scale)) != len(scale):
        raise bad("the confidence scale names a level twice")
    default = confidence.get("default", scale[len(scale) // 2])
    if default not in scale:
        raise bad(f"default confidence {default!r} is not on the scale")
    return Scheme(tuple(labels), tuple(scale), default, path)
