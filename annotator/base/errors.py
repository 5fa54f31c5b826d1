"""Errors the user can act on: the CLI prints them as one line, never a traceback."""

from __future__ import annotations

from pathlib import Path


class AnnotatorError(Exception):
    """Base for every error that is the user's to fix."""


class InputError(AnnotatorError):
    """Bad input in a file the user gave: names the file and, when known, the line."""

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class StoreError(AnnotatorError):
    """The database cannot be used as asked (newer schema, unwritable, corrupt)."""
