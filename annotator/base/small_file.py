"""Reading a small file a person names (guidelines, a keymap, a label scheme, cleaning
rules): a FIFO or a device named by mistake is refused at once instead of hanging the start,
and a file far too large is refused instead of filling memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from annotator.base.errors import AnnotatorError

MAX_BYTES = 2 * 1024 * 1024


def read_small_file(path: Path, what: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path`` (at most ``max_bytes``); AnnotatorError naming
    the file and ``what`` it should be otherwise. OSError passes through for the caller to
    word (missing file, permission)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise AnnotatorError(f"{path}: the {what} must be a regular file")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise AnnotatorError(f"{path}: the {what} is larger than "
                             f"{max_bytes // 1048576} MiB; is this the right file?")
    return data
