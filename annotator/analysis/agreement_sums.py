"""Agreement figures from sums over sentences, gathered in bounded partitions, so the
report's memory stays the same whatever the size of the corpus.

Every figure of the report is a sum over sentences: Krippendorff's coincidence matrix
(alpha), a confusion table per pair of reviewers (kappa), per-label pair counts (specific
agreement), the number of sentences. The annotations are read in table order, the fast
way (agreement.read_annotations), and dealt out by the leading bits of their sentence id
(16 hex digits of a hash, so evenly) into partitions of about BUDGET annotations each,
written to a temporary folder when there is more than one. Each partition then holds
whole sentences: it becomes its small reviewers x sentences matrices, is summed and
dropped. Memory: one chunk while reading, one partition while summing.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from annotator.base.errors import AnnotatorError

BUDGET = 250_000  # annotations per partition
_ROW = np.dtype([("key", "<u8"), ("rev", "<i4"), ("lab", "<i4"), ("src", "<i4"),
                 ("conf", "<i4")])


class Partitions:
    """Annotations dealt out by sentence, about ``budget`` to a partition (a power of two
    of them, by the leading bits of the sentence key); one partition stays in memory."""

    def __init__(self, expected: int, budget: int | None = None) -> None:
        budget = budget or BUDGET
        count = 1
        while count * budget < expected:
            count *= 2
        self.held: list[np.ndarray] = []
        self.folder, self.files = None, []
        if count > 1:
            try:
                self.folder = tempfile.TemporaryDirectory(prefix="annotator-agreement-")
                self.files = [open(Path(self.folder.name) / f"{n}.bin", "wb")  # noqa: SIM115
                              for n in range(count)]
            except OSError:  # no temporary folder to write in: everything stays in memory
                self.close()
                self.folder, self.files, count = None, [], 1
        self.count, self.shift = count, np.uint64(64 - (count.bit_length() - 1))

    def add(self, keys: np.ndarray, rev: np.ndarray, lab: np.ndarray, src: np.ndarray,
            conf: np.ndarray) -> None:
        rows = np.empty(len(keys), dtype=_ROW)
        rows["key"], rows["rev"], rows["lab"], rows["src"], rows["conf"] = (
            keys, rev, lab, src, conf)
        if not self.files:
            self.held.append(rows)
            return
        # 16-bit partition numbers: numpy sorts them stably by radix, in one pass
        part = (keys >> self.shift).astype(np.uint16 if self.count < 2**16 else np.intp)
        order = np.argsort(part, kind="stable")
        rows, part = rows[order], part[order]
        bounds = np.searchsorted(part, np.arange(self.count + 1, dtype=part.dtype))
        try:
            for n in range(self.count):
                if bounds[n] < bounds[n + 1]:
                    rows[bounds[n]:bounds[n + 1]].tofile(self.files[n])
        except OSError as exc:
            raise AnnotatorError(
                f"{self.folder.name}: cannot write the agreement's partitions there "
                f"({exc.strerror or exc}); set TMPDIR to a folder with room") from exc

    def __iter__(self) -> Iterator[np.ndarray]:
        """Each partition's annotations (key, rev, lab, src, conf), one at a time."""
        if not self.files:
            if self.held:
                rows, self.held = np.concatenate(self.held), []
                yield rows
            return
        for handle in self.files:
            handle.close()
        for n in range(self.count):
            path = Path(self.folder.name) / f"{n}.bin"
            rows = np.fromfile(path, dtype=_ROW)
            os.unlink(path)
            if len(rows):
                yield rows

    def close(self) -> None:
        for handle in self.files:
            handle.close()
        if self.folder:
            self.folder.cleanup()


def matrices(rows: np.ndarray, reviewers: int) -> dict[str, np.ndarray]:
    """A partition's reviewers x sentences code matrices per field (-1: not annotated)."""
    keys = rows["key"]
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    first = np.empty(len(ordered), dtype=bool)  # where a new sentence starts
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    unit = np.empty(len(order), dtype=np.int64)
    unit[order] = np.cumsum(first) - 1
    units = int(first.sum())
    out = {}
    for name, column in (("label", "lab"), ("source", "src"), ("confidence", "conf")):
        matrix = np.full((reviewers, units), -1, dtype=np.int32)
        matrix[rows["rev"], unit] = rows[column]
        out[name] = matrix
    return out


def coincidences(codes: np.ndarray, n_values: int) -> np.ndarray:
    """Krippendorff's coincidence matrix o (V x V) from a coders x units code matrix."""
    present = codes >= 0
    m = present.sum(axis=0)
    weight = np.zeros(m.shape, dtype=np.float64)
    pairable = m >= 2
    weight[pairable] = 1.0 / (m[pairable] - 1)
    # coder j against coder i is coder i against j transposed, cell by cell summed in the
    # same order: counted once per pair, added in the order of every ordered pair
    tables = {}
    for i, j in itertools.combinations(range(codes.shape[0]), 2):
        both = present[i] & present[j] & pairable
        tables[i, j] = np.bincount(
            codes[i, both] * n_values + codes[j, both],
            weights=weight[both],
            minlength=n_values * n_values,
        ).reshape(n_values, n_values)
    o = np.zeros((n_values, n_values), dtype=np.float64)
    for i, j in itertools.permutations(range(codes.shape[0]), 2):
        o += tables[i, j] if i < j else tables[j, i].T
    return o


def value_counts(codes: np.ndarray, n_values: int, dtype: type = np.int64) -> np.ndarray:
    """Units x values: how many coders gave each value to each unit."""
    counts = np.zeros((codes.shape[1], n_values), dtype=dtype)
    units = np.arange(codes.shape[1])
    for row in codes:
        present = row >= 0
        counts[units[present], row[present]] += 1
    return counts


class Sums:
    """What the figures of one field need, summed over partitions of whole sentences."""

    def __init__(self, reviewers: int, n_values: int, *, per_value: bool = False) -> None:
        self.n_values = n_values
        self.coincidence = np.zeros((n_values, n_values), dtype=np.float64)
        self.pairable = 0
        self.tables = {pair: np.zeros((n_values, n_values), dtype=np.int64)
                       for pair in itertools.combinations(range(reviewers), 2)}
        self.per_value = per_value  # specific agreement (labels)
        self.agree = np.zeros(n_values, dtype=np.int64)
        self.possible = np.zeros(n_values, dtype=np.int64)
        self.used = np.zeros(n_values, dtype=np.int64)

    def add(self, codes: np.ndarray) -> None:
        """Add the sentences of a reviewers x sentences code matrix."""
        n_values = self.n_values
        present = codes >= 0
        m = present.sum(axis=0, dtype=np.int32)
        keep = m >= 2
        self.pairable += int(keep.sum())
        if keep.any():
            self.coincidence += coincidences(codes[:, keep], n_values)
        for (i, j), table in self.tables.items():
            both = present[i] & present[j]
            table += np.bincount(codes[i, both] * n_values + codes[j, both],
                                 minlength=n_values * n_values).reshape(n_values, n_values)
        if self.per_value:
            counts = value_counts(codes[:, keep], n_values, np.int32)
            shared = m[keep][:, None]
            self.agree += (counts * (counts - 1)).sum(axis=0, dtype=np.int64)
            self.possible += (counts * (shared - 1)).sum(axis=0, dtype=np.int64)
            self.used += (counts > 0).sum(axis=0)
