"""JSON Lines in and out: the one reader and the one atomic writer every exchange uses.

Lines written escape every control character (a line can never drive a terminal); files
appear only once fully written and fsynced; the reader names the file and line of any bad
input.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, AnyStr

from annotator.base import strict_json
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
                obj = strict_json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"malformed JSON: {exc.msg} (column {exc.colno})",
                                 number) from exc
            except ValueError as exc:  # a key twice, NaN, a number too long to read
                raise InputError(path, f"malformed JSON: {exc}", number) from exc
            except RecursionError as exc:
                raise InputError(path, "JSON nested too deeply", number) from exc
            if not isinstance(obj, dict):
                raise InputError(path, "each line must be a JSON object", number)
            if _ESCAPED_SURROGATE.search(text) and _has_lone_surrogate(obj):
                raise InputError(path, "a string holds a lone surrogate (\\ud800-\\udfff "
                                       "without its pair), which is not text", number)
            yield number, obj


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_lone_surrogate(value: Any, depth: int = 0) -> bool:
    """True when a string anywhere in ``value`` holds half a surrogate pair (JSON lets
    "\\udc80" through; SQLite and UTF-8 cannot store it)."""
    if isinstance(value, str):
        return bool(_LONE_SURROGATE.search(value))
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v, depth + 1)
                   for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v, depth + 1) for v in value)
    return False


# json escapes C0 controls itself; escape DEL, the C1 controls (\x9b is a terminal CSI),
# the Unicode line separators, the bidi embeddings, overrides and isolates (which reorder
# what a terminal shows) and lone surrogates (which UTF-8 cannot encode) too, so a line of
# the file can never drive a terminal, split in a line-oriented reader or fail to write.
UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_encode_str = json.encoder.encode_basestring  # the C encoder: quotes and escapes one string


def json_str(value: str | None) -> str:
    return "null" if value is None else _encode_str(value)


def escape_unsafe(line: str) -> str:
    if not line.isascii() and UNSAFE.search(line):
        line = UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    return line


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 text kept readable, every control character escaped."""
    return escape_unsafe(_encode(record))


# Temporary files are named ".<target>.<pid>.<random>.tmp": a run that was killed before it
# could clean up (kill -9, power cut) leaves one behind, and the next write to that folder
# removes it once its process is gone.
_TEMP_NAME = re.compile(r"^\..+\.(\d+)\.[A-Za-z0-9_]+\.tmp$")


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Delete temporary files of writers that died (see ``_TEMP_NAME``); returns them."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if not match or _process_alive(int(match.group(1))):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_error(target: Path, exc: OSError) -> AnnotatorError:
    reason = exc.strerror or str(exc)
    return AnnotatorError(f"{target}: cannot write ({reason}); nothing was written there")


@contextmanager
def _stream_to_node(target: Path) -> Iterator[IO[str]]:
    """Write straight into a character device or a FIFO, as ``cp`` would (no rename)."""
    try:
        handle = open(target, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as exc:
        raise AnnotatorError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    try:
        with handle:
            yield handle
            handle.flush()
    except OSError as exc:
        if exc.filename:
            raise
        raise AnnotatorError(f"{target}: cannot write ({exc.strerror or exc})") from exc


@contextmanager
def atomic_output(path: str | Path, *, exclusive: bool = False) -> Iterator[IO[str]]:
    """A text file that appears at ``path`` only once fully written and fsynced.

    What is at ``path`` decides how: a regular file (or nothing) is replaced atomically,
    keeping the old file's permissions (a new file gets the umask's); a symbolic link is
    followed and the file it points to replaced, the link kept; a character device or a
    FIFO (``/dev/stdout``, ``/dev/null``, a pipe) is written into, as ``cp`` would; a
    block device, a socket or a folder is refused. ``exclusive`` refuses to replace an
    existing file (used for generated names, so two exports never overwrite each other).
    Nothing half-written is ever left: the temporary file goes on any error, on SIGTERM
    (the CLI turns it into an exception) and, after a kill -9, on the next write here.
    """
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        info = target.stat()
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except OSError as exc:
        raise AnnotatorError(f"{given}: cannot write ({exc.strerror or exc})") from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise AnnotatorError(f"{given}: is a folder")
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            with _stream_to_node(given) as handle:
                yield handle
            return
        if not stat.S_ISREG(info.st_mode):
            raise AnnotatorError(f"{given}: is not a regular file (a block device or a "
                                 "socket); refusing to write there")
        if exclusive:
            raise AnnotatorError(f"{given}: already exists; nothing was overwritten")
    folder = target.parent if str(target.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        raise AnnotatorError(f"{given}: {folder} is a file, not a folder")
    if not folder.is_dir():
        raise AnnotatorError(f"{given}: folder {folder} does not exist")
    remove_stale_temp_files(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.",
                                        suffix=".tmp", dir=folder)
    except OSError as exc:
        raise AnnotatorError(f"{given}: cannot write here ({exc.strerror})") from exc
    try:
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        try:
            os.fchmod(fd, mode)
        except OSError:
            pass
        try:
            handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        except BaseException:
            os.close(fd)
            raise
        try:
            with handle:  # closing flushes too, and a full disk can fail there
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            if exc.filename:
                raise
            raise _write_error(given, exc) from exc
        try:
            if exclusive:
                try:
                    os.link(tmp_name, target)  # fails if the name was taken meanwhile
                except FileExistsError:
                    raise
                except OSError:  # a file system without hard links: check, then rename
                    if target.exists() or target.is_symlink():
                        raise FileExistsError(str(target)) from None
                    os.replace(tmp_name, target)
                else:
                    os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
        except FileExistsError as exc:
            raise AnnotatorError(f"{given}: already exists; nothing was overwritten") from exc
        except OSError as exc:
            raise _write_error(given, exc) from exc
        _fsync_folder(folder)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_lines(lines: Iterable[AnyStr], out: IO[AnyStr], batch: int = 256) -> int:
    """Write each line and a newline, ``batch`` lines per write call (fewer calls into the
    file object for a file; 1 for a stream whose reader should get lines as they come).
    Lines are text, or UTF-8 bytes for a binary file."""
    count = 0
    pending: list = []
    newline = None
    for line in lines:
        pending.append(line)
        if len(pending) == batch:
            newline = newline or ("\n" if isinstance(line, str) else b"\n")
            pending.append(newline[:0])
            out.write(newline.join(pending))
            count += batch
            pending.clear()
    if pending:
        newline = "\n" if isinstance(pending[0], str) else b"\n"
        pending.append(newline[:0])
        out.write(newline.join(pending))
        count += len(pending) - 1
    return count
