"""Reviewer names typed by people (a browser's ?reviewer=, the name prompt): checked once."""

from __future__ import annotations

from annotator.base.errors import AnnotatorError

MAX_REVIEWER = 64


def check_reviewer(name: str | None) -> str:
    """The name with its spaces tidied; refuses an empty, overlong or unprintable one."""
    name = " ".join(str(name or "").split())
    if not name:
        raise AnnotatorError("the reviewer name cannot be empty")
    if len(name) > MAX_REVIEWER:
        raise AnnotatorError(f"a reviewer name is at most {MAX_REVIEWER} characters")
    if not name.isprintable():
        raise AnnotatorError("a reviewer name cannot contain control characters")
    return name
