"""Label scheme files for tests: the shipped four labels, and a fifth ("rumour")."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.base.resources import data_file

FOUR: list[dict] = json.loads(data_file("labels.json").read_text(encoding="utf-8"))["labels"]

RUMOUR = {"name": "rumour", "key": "r", "number": "5", "role": "alleges",
          "colour": "orange1", "description": "Unconfirmed talk passed on as news"}


def write_scheme(folder: Path, labels: list[dict], name: str = "labels.json") -> Path:
    """A scheme file with these labels and the default confidence scale."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps({"labels": labels, "confidence": {
        "scale": ["low", "medium", "high"], "default": "medium"}}), encoding="utf-8")
    return path
