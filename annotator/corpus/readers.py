"""Files and folders into documents: .txt (one article), .jsonl and .csv (one per row).

Every problem is an InputError naming the file and, where it helps, the line, raised
before anything is written.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.base import strict_json
from annotator.base.errors import InputError

SUFFIXES = (".txt", ".jsonl", ".csv")
FIELDS = ("id", "title", "url", "published", "outlet", "language")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


@dataclass
class SourceDocument:
    """One document as given, before analysis."""

    path: str  # file, or file#line for a row of a .jsonl/.csv file
    file: str
    line: int | None  # first line of the document in its file
    raw: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None
    given_id: str | None = None
    doc_id: str | None = None  # content hash, set when the ingester looks at it
    read: float = 1.0  # share of its file read once this document is (for progress bars)


def collect_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files to read: given files, and the .txt/.jsonl/.csv files inside folders."""
    if not paths:
        raise InputError(".", "no files or folders given")
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputError(path, "folder has no .txt, .jsonl or .csv files")
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(path, "not a .txt, .jsonl or .csv file")
            files.append(path)
        elif path.exists():
            raise InputError(path, "not a regular file or folder")
        else:
            raise InputError(path, "no such file or folder")
    unique: list[Path] = []
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def has_words(text: str) -> bool:
    """True when ``text`` holds a letter or a digit: what a sentence needs to be read."""
    return any(ch.isalnum() for ch in text)


def read_text(path: Path) -> str:
    """The file as text: refuses binary, non-UTF-8 and empty files."""
    data = path.read_bytes()
    nul = data.find(b"\x00")  # anywhere in the file, not only near its ends
    if nul >= 0:
        raise InputError(path, f"binary file, not text (a NUL byte at offset {nul})",
                         data[:nul].count(b"\n") + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8", line
        ) from exc
    if not text.strip():
        raise InputError(path, "empty file")
    if not has_words(text):
        raise InputError(path, "no letter or digit in the file (only spaces, marks or "
                               "control characters)")
    return text


def _optional(path: Path, line: int, record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(path, f'"{name}" must be text, not {type(value).__name__}', line)
    return str(value)


def _from_record(path: Path, line: int, record: dict, label: str) -> SourceDocument:
    text = record.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"{type(text).__name__}, not text"
        raise InputError(path, f'"text" is {what}', line)
    if not text.strip():
        raise InputError(path, '"text" is empty', line)
    if not has_words(text):
        raise InputError(path, '"text" has no letter or digit (only spaces, marks or '
                               'control characters)', line)
    language = _optional(path, line, record, "language")
    if language is not None and not LANGUAGE.match(language):
        raise InputError(path, f'"language" {language!r} is not a language code such as "id"', line)
    return SourceDocument(
        path=label,
        file=str(path),
        line=line,
        raw=text,
        title=_optional(path, line, record, "title"),
        url=_optional(path, line, record, "url"),
        published=_optional(path, line, record, "published"),
        outlet=_optional(path, line, record, "outlet"),
        language=language,
        given_id=_optional(path, line, record, "id"),
    )


def _lines_of(path: Path) -> Iterator[tuple[int, str, float]]:
    """(line number, text, share of the file read) of a UTF-8 file, streamed: a large
    .jsonl never has to be in memory whole. Refuses binary and non-UTF-8 input."""
    size = max(path.stat().st_size, 1)
    offset = 0
    with path.open("rb") as f:
        if b"\x00" in f.read(65536):
            raise InputError(path, "binary file, not text")
        f.seek(0)
        for number, data in enumerate(f, start=1):
            offset += len(data)
            if b"\x00" in data:
                raise InputError(path, "binary file, not text", number)
            try:
                text = data.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    path, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8",
                    number,
                ) from exc
            yield number, text, offset / size


def _jsonl(path: Path) -> Iterator[SourceDocument]:
    for number, line, read in _lines_of(path):
        if not line.strip():
            continue
        try:
            record = strict_json.loads(line)
        except strict_json.NotStrictJSON as exc:
            raise InputError(path, f"not valid JSON ({exc})", number) from exc
        except ValueError as exc:
            raise InputError(path, f"not valid JSON ({getattr(exc, 'msg', exc)})",
                             number) from exc
        except RecursionError as exc:
            raise InputError(path, "JSON nested too deeply", number) from exc
        if _ESCAPED_SURROGATE.search(line):  # "\udc80": half a pair, which is not text
            try:
                json.dumps(record, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InputError(path, "a string holds a lone surrogate (\\ud800-\\udfff "
                                       "without its pair), which is not text", number) from exc
        if not isinstance(record, dict):
            raise InputError(path, "each line must be a JSON object with a \"text\" field", number)
        doc = _from_record(path, number, record, f"{path}#{number}")
        doc.read = min(read, 1.0)
        yield doc


# the kinds of value that start rows (an id, a number, a date, a URL): a line inside a
# quoted field that starts with the same kind of value as its own row is a row swallowed
_ROW_KEY = (("date", re.compile(r"\d{4}-\d\d-\d\d\S*")), ("number", re.compile(r"\d+")),
            ("url", re.compile(r"https?://\S+")), ("id", re.compile(r"(?=\S*\d)[\w.:/#-]+")))


def _kind(value: str) -> str | None:
    value = value.strip()
    return next((kind for kind, shape in _ROW_KEY if shape.fullmatch(value)), None)


def _swallowed(row: list[str], physical: list[str], width: int) -> bool:
    """True when a row read across several lines looks like rows swallowed by a quote that
    opened and closed at line ends: every line after its first parses alone as a row of the
    header's width, starting (in the first column that is not the spanning field) with the
    same kind of value (id, number, date, URL) as the row itself. Text that really spans
    lines seldom has that shape, and is read as one field."""
    spanning = {i for i, value in enumerate(row) if "\n" in value}
    key = next((i for i in range(len(row)) if i not in spanning and _kind(row[i])), None)
    if key is None or len(physical) < 2:
        return False
    for line in physical[1:]:
        fields = next(csv.reader([line.rstrip("\r")]), [])
        if len(fields) != width or _kind(fields[key]) != _kind(row[key]):
            return False
    return True


def _csv(path: Path, text: str) -> Iterator[SourceDocument]:
    # strict: a quote left open mid-file is an error, not a field that swallows the rows
    # after it up to the next quote
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    lines = max(text.count("\n") + (not text.endswith("\n")), 1)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise InputError(path, f"not valid CSV ({exc})", 1) from exc
    names = [h.strip().casefold() if h else "" for h in header]
    if "text" not in names:
        raise InputError(path, 'no "text" column in the header', 1)
    repeated = sorted({n for n in names if n and names.count(n) > 1})
    if repeated:
        raise InputError(path, f'column "{repeated[0]}" appears twice in the header', 1)
    start = reader.line_num + 1
    physical: list[str] | None = None  # the file's lines, split once a row spans several
    try:
        for row in reader:
            record = {
                (k.strip().casefold() if k else ""): v for k, v in row.items() if k is not None
            }
            if None in row:
                raise InputError(path, "more fields than the header has", start)
            if reader.line_num > start:
                physical = physical or io.StringIO(text, newline="").readlines()
                values = [row[k] or "" for k in header]
                if _swallowed(values, physical[start - 1:reader.line_num], len(header)):
                    inner = (f"line {reader.line_num} reads" if reader.line_num == start + 1
                             else f"lines {start + 1}-{reader.line_num} each read")
                    raise InputError(
                        path, f"a quoted field runs from line {start} to line "
                        f"{reader.line_num}, and {inner} as a row of its own: a quote that "
                        "opened and closed at line ends swallowed rows? Check the quotes, or "
                        "give text that spans lines as .jsonl", start)
            doc = _from_record(path, start, record, f"{path}#{start}")
            doc.read = min(reader.line_num / lines, 1.0)
            yield doc
            start = reader.line_num + 1
    except csv.Error as exc:
        # the row that could not be read starts at ``start``; a quote it left open runs
        # on to where the reader gave up
        where = (f" (the row starting on line {start} runs on to line {reader.line_num})"
                 if reader.line_num > start else "")
        raise InputError(path, f"not valid CSV ({exc}){where}; a quote left open?",
                         start) from exc


def read_documents(path: Path) -> Iterator[SourceDocument]:
    """The documents of one file, in order."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        count = 0
        for doc in _jsonl(path):
            count += 1
            yield doc
        if not count:
            raise InputError(path, "empty file")
        return
    text = read_text(path)
    if suffix == ".csv":
        count = 0
        for doc in _csv(path, text):
            count += 1
            yield doc
        if not count:
            raise InputError(path, "no rows under the header")
    else:
        yield SourceDocument(path=str(path), file=str(path), line=None, raw=text)
