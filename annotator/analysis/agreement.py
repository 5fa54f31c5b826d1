"""How far reviewers agree: Krippendorff's alpha, Cohen's kappa, per-label agreement.

Everything is computed from one read of the annotations, turned into reviewers x sentences
matrices of integer codes per field (-1 where a reviewer did not annotate), so a million
sentences cost a few numpy passes, not Python loops over items. On SQLite the read goes by
rowid spans, each span one row of joined values (ids, packed codes, sources) that numpy
decodes, with no Python object per annotation: on 3M annotations it costs less than reading
the bare rows into Python (benchmarks/bench_agreement.py). The report does not hold one
matrix for the corpus: every figure is a sum over sentences, so it sums partitions of whole
sentences one at a time (summed_ratings, agreement_sums.py) and its memory stays flat;
load_ratings still gives the whole matrices to whoever needs them.

Which items a figure rests on matters as much as the figure: each carries its item count,
and a figure resting on fewer than ``MIN_ITEMS`` items is flagged ``too_few``. Why 30: the
95% interval of an agreement proportion measured on n items is about +-1.96*0.5/sqrt(n);
below 30 items that is wider than +-0.18, more than the distance between Krippendorff's
cut-offs for tentative (0.667) and reliable (0.800) data, so the figure cannot tell them apart.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlite_utils import Database

from annotator.analysis.agreement_sums import (
    Partitions,
    Sums,
    coincidences,
    matrices,
    value_counts,
)
from annotator.base.errors import AnnotatorError
from annotator.db.connection import is_postgres, snapshot
from annotator.domain.scheme import Scheme, load_scheme

MIN_ITEMS = 30
FIELDS = ("label", "source", "confidence")
LEVELS = {"label": "nominal", "source": "nominal", "confidence": "ordinal"}
NO_SOURCE = "(none)"  # a sentence given no source: a value reviewers can agree on
CHUNK = 100_000
FEW_VERSIONS = 16  # guideline versions counted in one pass; more are grouped by sorting
# A joint statement's speakers, as one sorted set, are its value for source agreement.
SOURCE_VALUE = ("CASE WHEN a.sources IS NULL THEN a.source ELSE (SELECT group_concat(value, "
                "' + ') FROM (SELECT value FROM json_each(a.sources) ORDER BY value)) END")
# Above this many cells (pairable units x values x values) the krippendorff package's
# coincidence step (an N x V x V array) would need hundreds of megabytes; the same
# coincidence matrix is then summed pair by pair with numpy instead (tests hold the two
# paths to the same figures).
PACKAGE_CELLS = 4_000_000


class _Codes(dict):
    """Value -> code, giving new values the next code (or -1 when the set is fixed)."""

    def __init__(self, values, *, grow: bool = True, none: str | None = None):
        super().__init__((v, i) for i, v in enumerate(values))
        self.grow, self.none = grow, none

    def __missing__(self, value):
        if value is None and self.none is not None:
            return self[self.none]
        if not self.grow:
            return -1
        self[value] = code = len(self)
        return code


@dataclass
class Ratings:
    """Reviewers x sentences codes per field; ``values[field][code]`` names a code."""

    reviewers: list[str]
    sentence_ids: list[str] | None
    codes: dict[str, np.ndarray]
    values: dict[str, list[str]]
    items: int = 0
    versions: list[dict[str, Any]] | None = None  # guideline_versions(), when counted too

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.reviewers), self.items


@dataclass
class Figure:
    value: float | None
    items: int
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def too_few(self) -> bool:
        return self.items < MIN_ITEMS

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": None if self.value is None else round(float(self.value), 6),
            "items": int(self.items),
            "too_few": self.too_few,
            "note": self.note,
            **self.extra,
        }


def resolve_documents(db: Database, documents: Sequence[str]) -> list[str]:
    """Document ids from what users type: a full id or the first characters of one."""
    out = []
    for given in documents:
        given = given.strip()
        rows = db.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            [given, given + "\uffff"],
        ).fetchall()
        if not rows or not given:
            raise AnnotatorError(f"no document with id {given!r}")
        if len(rows) > 1 and rows[0][0] != given:
            raise AnnotatorError(f"document id {given!r} is ambiguous; type more of it")
        out.append(rows[0][0])
    return out


_NIBBLE = np.full(256, 255, dtype=np.uint8)
_NIBBLE[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16, dtype=np.uint8)
_POWERS = np.uint64(16) ** np.arange(15, -1, -1, dtype=np.uint64)


def _hex_keys(ids: Sequence[str]) -> np.ndarray | None:
    """Sentence ids of 16 lowercase hex digits (what ingestion makes) as uint64, computed
    by numpy; None when some id is anything else."""
    if min(map(len, ids)) != 16 or max(map(len, ids)) != 16:
        return None
    try:
        raw = np.array(ids, dtype="S16")
    except UnicodeEncodeError:
        return None
    nibbles = _NIBBLE[raw.view(np.uint8).reshape(-1, 16)]
    if (nibbles == 255).any():
        return None
    return (nibbles.astype(np.uint64) * _POWERS).sum(axis=1, dtype=np.uint64)


class _SentenceUnits:
    """Sentence id -> unit number, chunk by chunk: in numpy while ids are hex (the usual
    case), else through a dict (ids made some other way)."""

    def __init__(self) -> None:
        self.keys: list[np.ndarray] | None = []
        self.unit_of: dict[str, int] = {}
        self.parts: list[np.ndarray] = []
        self.count = 0

    def add(self, sid: Sequence[str]) -> None:
        if self.keys is not None:
            keys = _hex_keys(sid)
            if keys is not None:
                self.keys.append(keys)
                return
            self._to_dict()
        unit_of = self.unit_of
        fresh = list(itertools.filterfalse(unit_of.__contains__, dict.fromkeys(sid)))
        unit_of.update(zip(fresh, itertools.count(len(unit_of))))
        self.parts.append(np.fromiter(map(unit_of.__getitem__, sid), np.int64, len(sid)))
        self.count = len(unit_of)

    def _to_dict(self) -> None:
        if self.keys:
            unique, inverse = np.unique(np.concatenate(self.keys), return_inverse=True)
            self.unit_of = {format(int(k), "016x"): i for i, k in enumerate(unique)}
            self.parts = [inverse.astype(np.int64)]
            self.count = len(unique)
        self.keys = None

    def finish(self, keep_ids: bool) -> tuple[np.ndarray, list[str]]:
        """(unit of every row read, the sentence id of every unit if asked)."""
        if self.keys is not None:
            if not self.keys:
                return np.zeros(0, dtype=np.int64), []
            # np.unique(return_inverse=True) done by hand, holding half the memory
            keys = np.concatenate(self.keys)
            self.keys.clear()
            order = np.argsort(keys)
            ordered = keys[order]
            del keys
            first = np.empty(len(ordered), dtype=bool)  # where a new sentence starts
            first[0] = True
            np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
            ids = [format(int(k), "016x") for k in ordered[first]] if keep_ids else []
            del ordered
            self.count = int(first.sum())
            unit = np.empty(len(order), dtype=np.int32 if self.count < 2**31 else np.int64)
            unit[order] = np.cumsum(first, dtype=unit.dtype) - 1
            return unit, ids
        unit = np.concatenate(self.parts) if self.parts else np.zeros(0, dtype=np.int64)
        return unit, list(self.unit_of) if keep_ids else []


OUTSIDE = "\x01"  # PostgreSQL: a label outside the scheme comes back after this mark


def _case(column: str, codes: dict[str, int], otherwise: str, *, text: bool = False) -> str:
    """SQL mapping a text column to its integer code (values are quoted literals). With
    ``text`` (PostgreSQL: one CASE, one type) the codes come back as text."""
    if not codes:
        return otherwise
    whens = " ".join(
        f"WHEN '{value.replace(chr(39), chr(39) * 2)}' THEN "
        + (f"'{code}'" if text else f"{code}")
        for value, code in codes.items()
    )
    return f"CASE {column} {whens} ELSE {otherwise} END"


def reviewer_names(db: Database) -> list[str]:
    """Every reviewer who annotated, in order. On SQLite the reviewer index is walked from
    one name to the next (a few seeks), not read entry by entry."""
    if is_postgres(db):
        return [r for (r,) in db.execute(
            "SELECT DISTINCT reviewer FROM annotations ORDER BY reviewer")]
    names = [r for (r,) in db.execute(
        "WITH RECURSIVE names(name) AS (SELECT min(reviewer) FROM annotations UNION ALL "
        "SELECT (SELECT min(reviewer) FROM annotations WHERE reviewer > name) FROM names "
        "WHERE name IS NOT NULL) SELECT name FROM names WHERE name IS NOT NULL")]
    if db.execute("SELECT 1 FROM annotations WHERE reviewer IS NULL LIMIT 1").fetchone():
        names.insert(0, None)  # as DISTINCT would list it
    return names


class _Read:
    """What one read of the annotations gathers, part by part: the unit (sentence) of
    every annotation and its reviewer, label, source and confidence codes."""

    def __init__(self, names: list[str], scheme: Scheme, *, mixed: bool) -> None:
        self.names, self.mixed = names, mixed  # mixed: PostgreSQL (one CASE, one type)
        self.reviewer_code = {name: i for i, name in enumerate(names)}
        self.label_code = _Codes(scheme.names)  # labels outside the scheme still count
        self.conf_code = _Codes(scheme.confidence_scale, grow=False)  # off the scale: missing
        self.source_code = _Codes([NO_SOURCE], none=NO_SOURCE)
        self.units = _SentenceUnits()
        self.revs: list[np.ndarray] = []
        self.labs: list[np.ndarray] = []
        self.srcs: list[np.ndarray] = []
        self.confs: list[np.ndarray] = []

    def rows_select(self) -> str:
        """One row per annotation: reviewer, label and confidence come back as small integer
        codes computed by the database (no Python string per value); a label outside the
        scheme comes back as its text."""
        reviewer_case = _case("a.reviewer", self.reviewer_code, "NULL")
        label_case = _case("a.label", self._known_labels(),
                           f"'{OUTSIDE}' || a.label" if self.mixed else "a.label",
                           text=self.mixed)
        conf_case = _case("a.confidence", self.conf_code, "-1")
        return f"SELECT a.sentence_id, {reviewer_case}, {label_case}, {SOURCE_VALUE}, {conf_case}"

    def _known_labels(self) -> dict[str, int]:
        """The labels coded so far (a missing label is coded in Python, not in SQL)."""
        return {k: v for k, v in self.label_code.items() if isinstance(k, str)}

    def add_rows(self, rows: Sequence[tuple]) -> None:
        sid, rev, lab, src, conf = zip(*rows, strict=True)
        n, label_code = len(sid), self.label_code
        self.units.add(sid)
        self.revs.append(np.fromiter(rev, np.int32, n))
        try:
            self.labs.append(np.fromiter(lab, np.int32, n))
        except (TypeError, ValueError):  # some label outside the scheme: name it a code
            self.labs.append(np.fromiter(
                (x if isinstance(x, int) else label_code[x[1:]] if x[:1] == OUTSIDE
                 else int(x) if self.mixed else label_code[x] for x in lab), np.int32, n))
        self.srcs.append(np.fromiter(map(self.source_code.__getitem__, src), np.int32, n))
        self.confs.append(np.fromiter(conf, np.int32, n))

    def span_select(self) -> str:
        """One row for a span of annotations: their sentence ids joined by commas, their
        reviewer, label and confidence codes packed into one number each and joined, and
        their sources (a joint statement's speakers as one sorted set) joined by SEPARATOR.
        A label not yet coded packs as len(labels): the span is then read row by row."""
        reviewers, labels = len(self.names), len(self.label_code) + 1
        packed = (f"{_case('a.reviewer', self.reviewer_code, 'NULL')} + {reviewers} * ("
                  f"{_case('a.label', self._known_labels(), str(labels - 1))} + {labels} * "
                  f"({_case('a.confidence', self.conf_code, '-1')} + 1))")
        return (f"SELECT count(*), group_concat(a.sentence_id), group_concat({packed}), "
                f"group_concat(coalesce({SOURCE_VALUE}, '{NO_SOURCE}'), '{SEPARATOR}')")

    def add_span(self, n: int, sids: str, packed: str, sources: str) -> bool:
        """Take a span read by span_select(); False (nothing taken) when it must be read
        row by row: an id that is not 16 hex digits, a label not yet coded, a separator
        inside a source, a missing value."""
        if self.units.keys is None:  # ids already numbered through the dict
            return False
        keys = _span_keys(sids, n)
        codes = np.fromstring(packed, dtype=np.int64, sep=",")
        items = sources.split(SEPARATOR)
        if keys is None or len(codes) != n or len(items) != n:
            return False
        reviewers, labels = len(self.names), len(self.label_code) + 1
        codes, rev = np.divmod(codes, reviewers)
        conf, lab = np.divmod(codes, labels)
        if (lab == labels - 1).any():
            return False
        self.units.keys.append(keys)
        self.revs.append(rev.astype(np.int32))
        self.labs.append(lab.astype(np.int32))
        self.srcs.append(np.fromiter(map(self.source_code.__getitem__, items), np.int32, n))
        self.confs.append((conf - 1).astype(np.int32))
        return True


SEPARATOR = "\x1f"  # between the sources of a span: a control character names never hold


def _span_keys(sids: str, n: int) -> np.ndarray | None:
    """n sentence ids joined by commas as uint64 (as _hex_keys numbers them), computed by
    numpy; None unless every id is 16 lowercase hex digits. Ids of other lengths that add
    up to 16 each would put one of the n - 1 commas among the digits, which are checked."""
    if len(sids) != 17 * n - 1 or not sids.isascii():
        return None
    raw = np.frombuffer(sids.encode("ascii") + b",", dtype=np.uint8).reshape(n, 17)
    nibbles = _NIBBLE[raw[:, :16]]
    if (nibbles == 255).any():
        return None
    octets = (nibbles[:, 0::2] << 4) | nibbles[:, 1::2]  # the id's 8 bytes, most significant first
    return np.ascontiguousarray(octets).view(">u8").ravel().astype(np.uint64)


def _read_spans(db: Database, read: _Read, where: list[str], params: list,
                versions: _Versions | None = None, on_chunk: Callable | None = None) -> None:
    """Read SQLite's annotations in rowid spans of CHUNK, each span as one row of joined
    values that numpy decodes: no Python object per annotation. A span that cannot be read
    this way (see _Read.add_span) is read again row by row, in the same order, so codes
    are given as a plain read would give them. ``versions`` are counted in the same pass."""
    where_sql = "".join(f" AND {w}" for w in where)
    span = "FROM annotations AS a NOT INDEXED WHERE a.rowid > ? AND a.rowid <= ?" + where_sql
    counted = f", {versions.select()}" if versions and versions.versions else ""
    lo = db.execute("SELECT min(rowid) - 1 FROM annotations").fetchone()[0]
    labels = -1
    while lo is not None:
        if labels != len(read.label_code):  # a label outside the scheme was met: code it
            labels = len(read.label_code)
            span_sql = f"{read.span_select()}{counted} {span}"
        hi = min(lo + CHUNK, 2**63 - 1)
        n, sids, packed, sources, *figures = db.execute(
            span_sql, [*(versions.params if versions else ()), lo, hi, *params]).fetchone()
        if versions:
            versions.add(figures)
        if n and not read.add_span(n, sids, packed, sources):
            read.add_rows(db.execute(f"{read.rows_select()} {span}", [lo, hi, *params]))
        if n and on_chunk:
            on_chunk(read)
        lo = db.execute("SELECT min(rowid) - 1 FROM annotations WHERE rowid > ?",
                        [hi]).fetchone()[0]


def load_ratings(
    db: Database,
    *,
    documents: Sequence[str] = (),
    reviewers: Sequence[str] = (),
    scheme: Scheme | None = None,
    keep_ids: bool = False,
    without_proposals: bool = False,
    guideline: str | None = None,
    count_versions: bool = False,
) -> Ratings:
    """Read every annotation (optionally of some documents / reviewers, or made under one
    guideline version; optionally leaving out those saved exactly as the tool proposed
    them) into code matrices. ``count_versions``: also give guideline_versions(), counted
    in the same pass when it reads every annotation of a SQLite database (else None).
    One read transaction: the spans and the names are read as of one moment."""
    with snapshot(db):
        return _load_ratings(db, documents, reviewers, scheme or load_scheme(), keep_ids,
                             without_proposals, guideline, count_versions)


def _load_ratings(db: Database, documents: Sequence[str], reviewers: Sequence[str],
                  scheme: Scheme, keep_ids: bool, without_proposals: bool,
                  guideline: str | None, count_versions: bool) -> Ratings:
    read, versions = read_annotations(db, documents, reviewers, scheme, without_proposals,
                                      guideline, count_versions)
    names, label_code, source_code = read.names, read.label_code, read.source_code
    units = read.units
    revs, labs, srcs, confs = read.revs, read.labs, read.srcs, read.confs
    unit, ids = units.finish(keep_ids)
    n_items = units.count
    codes = {}
    if revs:
        rev = np.concatenate(revs)
        for name, parts in (("label", labs), ("source", srcs), ("confidence", confs)):
            matrix = np.full((len(names), n_items), -1, dtype=np.int32)
            matrix[rev, unit] = np.concatenate(parts)
            codes[name] = matrix
    else:
        codes = {name: np.full((len(names), 0), -1, dtype=np.int32) for name in FIELDS}
    return Ratings(
        reviewers=names,
        sentence_ids=ids if keep_ids else None,
        codes=codes,
        values={
            "label": list(label_code),
            "source": list(source_code),
            "confidence": list(scheme.confidence_scale),
        },
        items=n_items,
        versions=versions.rows() if versions else None,
    )


def read_annotations(db: Database, documents: Sequence[str], reviewers: Sequence[str],
                     scheme: Scheme, without_proposals: bool, guideline: str | None,
                     count_versions: bool, on_chunk: Callable | None = None,
                     ) -> tuple[_Read, _Versions | None]:
    """Read the annotations chosen (see load_ratings) into a _Read, calling ``on_chunk``
    with it after each chunk (a caller may take the chunk's arrays away)."""
    where, params = [], []
    if without_proposals:
        where.append("a.accepted_proposal IS NULL")
    if guideline:
        where.append("a.guideline_version = ?")
        params.append(guideline)
    if reviewers:
        where.append(f"a.reviewer IN ({', '.join('?' for _ in reviewers)})")
        params += list(reviewers)
    join = ""
    if documents:
        join = "JOIN sentences s ON s.id = a.sentence_id"
        where.append(f"s.doc_id IN ({', '.join('?' for _ in documents)})")
        params += list(documents)
    names = reviewer_names(db)
    if reviewers:
        unknown = [r for r in reviewers if r not in names]
        if unknown:
            raise AnnotatorError(f"no annotations by reviewer {unknown[0]!r}")
        names = [r for r in names if r in set(reviewers)]
    read = _Read(names, scheme, mixed=is_postgres(db))
    versions = None
    if documents or read.mixed:
        where_sql = f"WHERE {' AND '.join(where)}" if where else ""
        cursor = db.execute(  # table order: no sort, no index lookups
            f"{read.rows_select()} FROM annotations a {join} {where_sql}", params)
        while rows := cursor.fetchmany(CHUNK):
            read.add_rows(rows)
            if on_chunk:
                on_chunk(read)
    else:
        versions = _Versions.listed(db) if count_versions and not where else None
        _read_spans(db, read, where, params, versions, on_chunk)
    return read, versions


@dataclass
class Summed:
    """The report's sums over sentences per field (agreement_sums.Sums), read in bounded
    partitions; ``values[field][code]`` names a code."""

    reviewers: list[str]
    items: int
    sums: dict[str, Any]
    values: dict[str, list[str]]
    versions: list[dict[str, Any]] | None = None


class _NotHex(Exception):
    """A sentence id that is not 16 hex digits: sentences are numbered by a dict instead."""


def summed_ratings(db: Database, *, documents: Sequence[str] = (),
                   reviewers: Sequence[str] = (), scheme: Scheme | None = None,
                   without_proposals: bool = False, guideline: str | None = None,
                   count_versions: bool = False, fields: Sequence[str] = FIELDS) -> Summed:
    """What load_ratings reads, summed sentence by sentence in partitions of about
    agreement_sums.BUDGET annotations (see that module), so memory stays flat. Ids that are
    not 16 hex digits (not made by ingestion) are read whole, by load_ratings. ``fields``:
    the fields summed (all three for the report)."""
    scheme = scheme or load_scheme()
    with snapshot(db):
        expected = db.execute("SELECT count(*) FROM annotations" if is_postgres(db) else
                              "SELECT max(rowid) - min(rowid) + 1 FROM annotations"
                              ).fetchone()[0] or 0
        partitions = Partitions(expected)
        try:
            def take(read: _Read) -> None:
                units = read.units
                if units.keys is None:
                    raise _NotHex
                columns = [units.keys, read.revs, read.labs, read.srcs, read.confs]
                partitions.add(*(np.concatenate(c) for c in columns))
                for column in columns:
                    column.clear()

            try:
                read, versions = read_annotations(db, documents, reviewers, scheme,
                                                  without_proposals, guideline,
                                                  count_versions, take)
            except _NotHex:
                ratings = load_ratings(db, documents=documents, reviewers=reviewers,
                                       scheme=scheme, without_proposals=without_proposals,
                                       guideline=guideline, count_versions=count_versions)
                parts = [ratings.codes]
                names, values = ratings.reviewers, ratings.values
                found = ratings.versions
            else:
                parts = (matrices(rows, len(read.names)) for rows in partitions)
                names, found = read.names, versions.rows() if versions else None
                values = {"label": list(read.label_code), "source": list(read.source_code),
                          "confidence": list(scheme.confidence_scale)}
            sums = {name: Sums(len(names), len(values[name]), per_value=name == "label")
                    for name in fields}
            items = 0
            for codes in parts:
                items += codes["label"].shape[1]
                for name in fields:
                    sums[name].add(codes[name])
        finally:
            partitions.close()
    return Summed(names, items, sums, values, found)


def alpha_from_coincidences(o: np.ndarray, level: str) -> float | None:
    """alpha = 1 - D_o / D_e, as the krippendorff package computes it from o."""
    n_v = o.sum(axis=0)
    n = n_v.sum()
    if n <= 1:
        return None
    e = (np.outer(n_v, n_v) - np.diag(n_v)) / (n - 1)
    idx = np.arange(len(n_v))
    if level == "nominal":
        d = (idx[:, None] != idx[None, :]).astype(np.float64)
    elif level == "ordinal":
        lo, hi = np.minimum.outer(idx, idx), np.maximum.outer(idx, idx)
        cumulative = np.concatenate([[0.0], np.cumsum(n_v)])
        between = cumulative[hi + 1] - cumulative[lo]
        d = (between - (n_v[lo] + n_v[hi]) / 2) ** 2
    else:
        raise ValueError(f"unsupported level {level!r}")
    expected = (e * d).sum()
    if expected == 0:
        return None
    return float(1 - (o * d).sum() / expected)


def alpha(codes: np.ndarray, n_values: int, level: str) -> Figure:
    """Krippendorff's alpha over all coders, with the number of pairable units."""
    m = (codes >= 0).sum(axis=0)
    pairable = int((m >= 2).sum())
    if pairable == 0:
        return Figure(None, 0, "no sentence has two or more annotations")
    shared = codes[:, m >= 2]
    given = shared[shared >= 0]
    if not (given != given[0]).any():
        return Figure(None, pairable, "one value throughout: undefined")
    if pairable * n_values * n_values <= PACKAGE_CELLS:
        import krippendorff

        counts = value_counts(shared, n_values)
        value = float(krippendorff.alpha(
            value_counts=counts, value_domain=list(range(n_values)),
            level_of_measurement=level))
    else:
        value = alpha_from_coincidences(coincidences(codes, n_values), level)
    return Figure(value, pairable)


def alpha_from_sums(o: np.ndarray, pairable: int, level: str) -> Figure:
    """Krippendorff's alpha from the coincidence matrix of the ``pairable`` units, with the
    notes alpha() gives (the same figure, summed another way)."""
    if pairable == 0:
        return Figure(None, 0, "no sentence has two or more annotations")
    if (o.sum(axis=0) > 0).sum() < 2:
        return Figure(None, pairable, "one value throughout: undefined")
    return Figure(alpha_from_coincidences(o, level), pairable)


# Above this chance agreement one value dominates: kappa swings on a handful of sentences
# and reads low even when the reviewers nearly always agree (the "kappa paradox").
DOMINANT_CHANCE = 0.8


def cohen_kappa(a: np.ndarray, b: np.ndarray, n_values: int,
                names: tuple[str, str] = ("the first reviewer", "the second reviewer"),
                values: Sequence[str] | None = None) -> tuple[Figure, Figure, np.ndarray]:
    """(kappa, observed agreement, confusion table) over items both coders annotated."""
    both = (a >= 0) & (b >= 0)
    table = np.bincount(
        a[both] * n_values + b[both], minlength=n_values * n_values
    ).reshape(n_values, n_values)
    return (*kappa_from_table(table, names, values), table)


def kappa_from_table(table: np.ndarray,
                     names: tuple[str, str] = ("the first reviewer", "the second reviewer"),
                     values: Sequence[str] | None = None) -> tuple[Figure, Figure]:
    """(kappa, observed agreement) from a confusion table of the items both coders annotated.

    A kappa that is undefined or misleading carries a note saying why: one value
    throughout (undefined), one reviewer never varying (0 by construction, whatever the
    observed agreement), or one value dominating (kappa understates agreement)."""
    n = int(table.sum())
    if n == 0:
        none = Figure(None, 0, "no sentence annotated by both")
        return none, none
    observed = float(np.trace(table)) / n
    expected = float((table.sum(axis=1) / n) @ (table.sum(axis=0) / n))
    if expected >= 1.0:
        kappa = Figure(None, n, "undefined: both reviewers gave one and the same value "
                                "throughout, so there is no variation to agree on")
        return kappa, Figure(observed, n)
    kappa = Figure((observed - expected) / (1 - expected), n)
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    constant = [(name, int(np.argmax(counts))) for name, counts in zip(names, (rows, cols),
                                                                         strict=True)
                if (counts > 0).sum() == 1]
    if constant:
        name, code = constant[0]
        value = values[code] if values is not None and code < len(values) else "one value"
        kappa.note = (f"misleading: {name} gave {value!r} every time, so kappa is 0 by "
                      f"construction whatever the agreement; read the observed "
                      f"{observed:.0%}")
    elif expected >= DOMINANT_CHANCE:
        kappa.note = (f"one value dominates (chance agreement {expected:.0%}): kappa "
                      f"understates agreement; read it with the observed {observed:.0%}")
    return kappa, Figure(observed, n)


def specific_agreement(codes: np.ndarray, n_values: int) -> list[Figure]:
    """Per-value specific agreement over all coders (Uebersax's generalisation of
    positive agreement): of the pairs of annotations that involve this value on a sentence,
    the share in which both say it. For two coders it is 2a / (2a + b + c)."""
    m = (codes >= 0).sum(axis=0, dtype=np.int32)
    keep = m >= 2
    # per sentence at most one count per coder: int32 halves the memory; sums stay int64
    counts = value_counts(codes[:, keep], n_values, np.int32)
    m = m[keep][:, None]
    agree = (counts * (counts - 1)).sum(axis=0, dtype=np.int64)
    possible = (counts * (m - 1)).sum(axis=0, dtype=np.int64)
    used = (counts > 0).sum(axis=0)
    return specific_from_sums(agree, possible, used)


def specific_from_sums(agree: np.ndarray, possible: np.ndarray,
                       used: np.ndarray) -> list[Figure]:
    """specific_agreement() from its sums over sentences: per value, the agreeing pairs, the
    pairs involving it, and the sentences it was given on."""
    figures = []
    for c in range(len(agree)):
        if possible[c] == 0:
            figures.append(Figure(None, int(used[c]), "never used on a shared sentence"))
        else:
            figures.append(Figure(float(agree[c] / possible[c]), int(used[c])))
    return figures


def report(
    db: Database,
    *,
    documents: Sequence[str] = (),
    reviewers: Sequence[str] = (),
    pair: Sequence[str] | None = None,
    scheme: Scheme | None = None,
    without_proposals: bool = False,
    guideline: str | None = None,
) -> dict[str, Any]:
    """The agreement report: alpha per field, kappa per pair, per-label agreement and a
    confusion table for one pair (the given one, else the pair sharing most sentences);
    the guideline versions the annotations were made under, and why reviewers disagreed
    (the adjudicators' reasons). ``guideline``: only annotations made under that version
    (its first characters will do). ``without_proposals`` leaves out annotations saved
    exactly as proposed (anchoring)."""
    scheme = scheme or load_scheme()
    with snapshot(db):  # the figures, versions and reasons as of one moment
        documents = resolve_documents(db, documents) if documents else []
        versions = guideline_versions(db) if guideline else None
        if guideline:
            matches = [v["version"] for v in versions
                       if v["version"] and v["version"].startswith(guideline)]
            if len(matches) != 1:
                known = ", ".join(v["version"] or "(none)" for v in versions) or "none"
                raise AnnotatorError(f"{'no' if not matches else 'more than one'} guideline "
                                     f"version {guideline!r} (versions: {known})")
            guideline = matches[0]
        summed = summed_ratings(db, documents=documents, reviewers=reviewers, scheme=scheme,
                                without_proposals=without_proposals, guideline=guideline,
                                count_versions=versions is None)
        if versions is None:  # counted in the same pass, unless the read was a selection
            versions = (summed.versions if summed.versions is not None
                        else guideline_versions(db))
        reasons = disagreement_reasons(db)
    names = summed.reviewers
    if pair:
        for name in pair:
            if name not in names:
                raise AnnotatorError(f"no annotations by reviewer {name!r} in this selection")
        if pair[0] == pair[1]:
            raise AnnotatorError("--pair needs two different reviewers")
    out: dict[str, Any] = {
        "filters": {"documents": list(documents), "reviewers": list(reviewers)},
        "reviewers": names,
        "sentences": summed.items,
        "min_items": MIN_ITEMS,
        "alpha": {},
        "pairs": [],
        "per_label": [],
        "confusion": None,
        "guideline": guideline,
        "guideline_versions": versions,
        "reasons": reasons,
    }
    for name in FIELDS:
        sums = summed.sums[name]
        figure = alpha_from_sums(sums.coincidence, sums.pairable, LEVELS[name])
        out["alpha"][name] = {"level": LEVELS[name], **figure.as_dict()}
    tables = {}
    for i, j in itertools.combinations(range(len(names)), 2):
        entry: dict[str, Any] = {"reviewers": [names[i], names[j]]}
        for name in FIELDS:
            table = summed.sums[name].tables[(i, j)]
            kappa, observed = kappa_from_table(table, (names[i], names[j]),
                                               summed.values[name])
            entry[name] = {"kappa": kappa.as_dict(), "observed": observed.as_dict()}
            if name == "label":
                tables[(i, j)] = table
                entry["items"] = kappa.items
        out["pairs"].append(entry)
    labels = summed.values["label"]
    sums = summed.sums["label"]
    for value, figure in zip(labels, specific_from_sums(sums.agree, sums.possible, sums.used),
                             strict=True):
        out["per_label"].append({"label": value, **figure.as_dict()})
    if tables:
        if pair:
            i, j = names.index(pair[0]), names.index(pair[1])
            table = tables[(i, j)] if (i, j) in tables else tables[(j, i)].T
        else:
            (i, j), table = max(tables.items(), key=lambda kv: kv[1].sum())
        out["confusion"] = {
            "reviewers": [names[i], names[j]],
            "labels": labels,
            "counts": table.astype(int).tolist(),
            "items": int(table.sum()),
        }
    return out


def guideline_versions(db: Database) -> list[dict[str, Any]]:
    """The guideline versions annotations were made under, with how many annotations and
    when the first and last were saved; version None: made before versions were recorded.

    SQLite groups by sorting every annotation (seconds on millions); there the few versions
    are listed first (DISTINCT keeps only them) and then counted in one pass."""
    versions = None if is_postgres(db) else _Versions.listed(db)
    if versions is None:
        return [{"version": v, "annotations": n, "first": first, "last": last}
                for v, n, first, last in db.execute(
                    "SELECT guideline_version, count(*), min(updated_at), max(updated_at) "
                    "FROM annotations GROUP BY guideline_version ORDER BY min(updated_at)")]
    if versions.versions:
        versions.add(db.execute(f"SELECT {versions.select()} FROM annotations a",
                                versions.params).fetchone())
    return versions.rows()


class _Versions:
    """Guideline versions counted in a pass over annotations: how many, first, last save."""

    def __init__(self, versions: list[str | None]) -> None:
        self.versions = sorted(versions, key=lambda v: (v is not None, v or ""))  # GROUP BY's
        self.figures = [[0, None, None] for _ in self.versions]
        self.params = [v for v in self.versions for _ in range(3)]

    @classmethod
    def listed(cls, db: Database) -> _Versions | None:
        """The versions in the database; None when too many to count side by side."""
        found = [v for (v,) in db.execute("SELECT DISTINCT guideline_version FROM annotations")]
        return cls(found) if len(found) <= FEW_VERSIONS else None

    def select(self) -> str:
        """Aggregates for a SELECT over ``annotations a`` (with self.params before others)."""
        return ", ".join(f"{f} FILTER (WHERE a.guideline_version IS ?)" for _ in self.versions
                         for f in ("count(*)", "min(a.updated_at)", "max(a.updated_at)"))

    def add(self, counted: Sequence) -> None:
        threes = [counted[i:i + 3] for i in range(0, len(counted), 3)]
        for figures, (n, first, last) in zip(self.figures, threes, strict=True):
            figures[0] += n
            if first is not None and (figures[1] is None or first < figures[1]):
                figures[1] = first
            if last is not None and (figures[2] is None or last > figures[2]):
                figures[2] = last

    def rows(self) -> list[dict[str, Any]]:
        """As GROUP BY ... ORDER BY min(updated_at) gives them (NULL first; a tie keeps the
        versions' order), leaving out a version no annotation of the pass carried."""
        rows = [{"version": v, "annotations": n, "first": first, "last": last}
                for v, (n, first, last) in zip(self.versions, self.figures, strict=True) if n]
        return sorted(rows, key=lambda row: (row["first"] is not None, row["first"] or ""))


def disagreement_reasons(db: Database) -> dict[str, Any]:
    """Why reviewers disagreed, as adjudicators tagged their decisions: counts per reason
    (guideline unclear, ambiguous text, reviewer error) and how many decisions are untagged."""
    counts = dict(db.execute(
        "SELECT coalesce(reason, ''), count(*) FROM gold GROUP BY coalesce(reason, '')"
    ).fetchall())
    return {"guideline": counts.get("guideline", 0), "ambiguous": counts.get("ambiguous", 0),
            "error": counts.get("error", 0), "untagged": counts.get("", 0)}
