"""JSON Lines in and out: the one reader and the one atomic writer every exchange uses.

Lines written escape every control character (a line can never drive a terminal); files
appear only once fully written and fsynced; the reader names the file and line of any bad
input.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from annotator.base.errors import AnnotatorError, InputError

MAX_LINE_BYTES = 16 * 1024 * 1024


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; errors name the file and line."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            if len(raw) > MAX_LINE_BYTES:
                raise InputError(path, f"line longer than {MAX_LINE_BYTES} bytes", number)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not UTF-8 (byte {exc.start})", number) from exc
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"malformed JSON: {exc.msg} (column {exc.colno})",
                                 number) from exc
            if not isinstance(obj, dict):
                raise InputError(path, "each line must be a JSON object", number)
            yield number, obj


# json escapes C0 controls itself; escape DEL, the C1 controls (\x9b is a terminal CSI) and
# the Unicode line separators too, so a line of the file can never drive a terminal or
# split in a line-oriented reader.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_encode_str = json.encoder.encode_basestring  # the C encoder: quotes and escapes one string


def json_str(value: str | None) -> str:
    return "null" if value is None else _encode_str(value)


def escape_unsafe(line: str) -> str:
    if not line.isascii() and _UNSAFE.search(line):
        line = _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    return line


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 text kept readable, every control character escaped."""
    return escape_unsafe(_encode(record))


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[str]]:
    """A text file that appears at ``path`` only once fully written and fsynced."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        raise AnnotatorError(f"{target}: {folder} is a file, not a folder")
    if not folder.is_dir():
        raise AnnotatorError(f"{target}: folder {folder} does not exist")
    if target.is_dir():
        raise AnnotatorError(f"{target}: is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise AnnotatorError(f"{target}: cannot write here ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def write_lines(lines: Iterable[str], out: IO[str]) -> int:
    count = 0
    for line in lines:
        out.write(line)
        out.write("\n")
        count += 1
    return count
