"""The reference data the package ships: label scheme, cleaning rules, sources, schemas, seeds.

They live inside the package (``annotator/data`` and ``annotator/seeds``, built from the
top-level ``data/`` and ``seeds/`` of the checkout), so a wheel or ``pipx install`` finds
them from any folder.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE = Path(str(files("annotator")))

DATA_DIR = _PACKAGE / "data"
SEEDS_DIR = _PACKAGE / "seeds"


def data_file(name: str) -> Path:
    """A file of the shipped reference data (``labels.json``, ``chrome_rules.json`` …)."""
    return DATA_DIR / name
