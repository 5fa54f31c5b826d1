"""What screens and widgets may ask of the running app, without importing the app module.

The app imports the screens; a screen that imported the app back would make a cycle. Screens
type ``self.app`` with this protocol instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from annotator.domain.guidelines import Guidelines
from annotator.domain.scheme import Scheme
from annotator.domain.speakers import SourceIndex

if TYPE_CHECKING:
    from sqlite_utils import Database

    from annotator.ui.training import Training


class Session(Protocol):
    db: Database  # the UI thread's connection; workers open their own
    db_path: Path
    reviewer: str
    scheme: Scheme
    sources: SourceIndex
    guidelines: Guidelines
    training: Training  # the classifier's training runs, ended when the app leaves
