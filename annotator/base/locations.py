"""Where the project's folders are: the tool runs from its checkout (an editable install)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SEEDS_DIR = PROJECT_ROOT / "seeds"
EXPORTS_DIR = PROJECT_ROOT / "exports"
DEFAULT_DB = DATA_DIR / "annotator.db"


def default_db_path() -> Path:
    """``ANNOTATOR_DB`` if set, else ``data/annotator.db`` in the checkout."""
    env = os.environ.get("ANNOTATOR_DB")
    return Path(env) if env else DEFAULT_DB


def default_reviewer() -> str:
    """``ANNOTATOR_REVIEWER``, else the login name."""
    env = os.environ.get("ANNOTATOR_REVIEWER")
    if env:
        return env
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers): fall back to a fixed name
        return "reviewer"
