"""The reference data the package ships: label scheme, cleaning rules, sources, schemas, seeds.

They live inside the package (``annotator/data`` and ``annotator/seeds``, built from the
top-level ``data/`` and ``seeds/`` of the checkout), so a wheel or ``pipx install`` finds
them from any folder.
"""

from __future__ import annotations

from pathlib import Path

# annotator/base/resources.py -> annotator/: what importlib.resources.files("annotator")
# names for a package installed as files (a wheel, an editable install), without importing
# importlib.resources and zipfile at every start
_PACKAGE = Path(__file__).resolve().parent.parent

DATA_DIR = _PACKAGE / "data"
SEEDS_DIR = _PACKAGE / "seeds"


def data_file(name: str) -> Path:
    """A file of the shipped reference data (``labels.json``, ``chrome_rules.json`` …)."""
    return DATA_DIR / name
