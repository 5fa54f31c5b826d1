"""The labeling guidelines: definitions with examples, one key away in the UI, and their
version (a hash of their text) stored with every annotation.

The guidelines are ``ANNOTATOR_GUIDELINES`` if set, else ``guidelines.md`` in the project
folder (``annotator init``) if there is one, else the shipped ``data/guidelines.md``. A team
edits its copy; the version changes with the text, so agreement can be read per version.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from annotator.base.errors import AnnotatorError
from annotator.base.locations import find_project
from annotator.base.resources import data_file
from annotator.base.small_file import read_small_file

ENV = "ANNOTATOR_GUIDELINES"
FILE_NAME = "guidelines.md"


@dataclass(frozen=True)
class Guidelines:
    path: Path
    text: str

    @functools.cached_property
    def version(self) -> str:
        """The first 12 hex digits of the SHA-256 of the text; hashed when first asked for
        (the labeling screen asks once its first sentence is shown)."""
        return version_of(self.text)


def guidelines_path() -> Path:
    given = os.environ.get(ENV)
    if given:
        return Path(given)
    project = find_project()
    if project is not None and (project / FILE_NAME).is_file():
        return project / FILE_NAME
    return data_file(FILE_NAME)


def version_of(text: str) -> str:
    import hashlib  # its OpenSSL library is loaded when first needed, not at start

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def load_guidelines(path: Path | None = None) -> Guidelines:
    """Read the guidelines; a file that is missing, not a regular file, too large, binary or
    not UTF-8 is one line naming it."""
    path = Path(path) if path else guidelines_path()
    try:
        data = read_small_file(path, "guidelines")
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot read the guidelines ({exc.strerror})") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise AnnotatorError(f"{path}: guidelines are a binary file (a NUL byte at offset "
                             f"{nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AnnotatorError(f"{path}: guidelines are not UTF-8 (byte {exc.start})") from exc
    return Guidelines(path, text)
