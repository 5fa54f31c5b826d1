"""A run's near-duplicate keys in bulk: each packed with its sentence's rowid into one int,
sorted, and tested against or set in the ingest's filter of stored keys.

The analysis workers hand each document's keys over as bytes (native unsigned 64-bit ints,
``key << UNIT_BITS | unit index``). The main thread files them some 150,000 at a time and
tests a batch's keys against the filter; one step of Python per key was a fifth of its
work at 1M sentences, and SQLite's sorter sorting them as it filed them another tenth.
Many keys take numpy (whole arrays at once); a few take plain Python (importing numpy
costs a day's ingest a tenth of a second). Both give the same ints in the same order.
"""

from __future__ import annotations

import bisect
import sys
from array import array
from collections.abc import Iterator

NUMPY_FROM = 20_000  # keys: fewer are handled in Python
NUMPY_LOADED_FROM = 512  # unless numpy is imported already (a large run's first filing)
# keys whose filter bits numpy works out at a time: the bits of a whole filing (some 200,000
# keys at 1,000,000 sentences) made a dozen arrays of that length at once, 10-14 MB of the C
# heap on top of the ingest's peak, where a slice's are under 3 MB (50th round)
MARK_SLICE = 32_768
# the filter's second bit: the key times this (Fibonacci hashing), bits 40 and up
MIX = 0x9E3779B97F4A7C15
LOW = 0xFFFFFFFF


def _numpy(count: int) -> bool:
    """Whether ``count`` keys take numpy."""
    return count >= NUMPY_FROM or (count >= NUMPY_LOADED_FROM and "numpy" in sys.modules)


def as_bytes(keys: list[int]) -> bytes:
    """A document's keys as a worker sends them."""
    return array("Q", keys).tobytes()


def packed(documents: list[tuple[int, bytes]], unit_bits: int, rowid_bits: int,
           filed: bytearray | None = None, mask: int = 0):
    """Sorted ``key << rowid_bits | sentence rowid`` of documents given as (the rowid
    before their first unit, their keys as bytes), a list of ints or, for many, a numpy
    array; with ``filed``, both filter bits of each key set there too."""
    total = sum(len(keys) for _, keys in documents) >> 3
    unit_mask = (1 << unit_bits) - 1
    if not _numpy(total):
        out = []
        for before, keys in documents:
            start = before + 1
            out.extend((value >> unit_bits) << rowid_bits | (start + (value & unit_mask))
                       for value in array("Q", keys))
        if filed is not None:
            mark(filed, [value >> rowid_bits for value in out], mask)
        out.sort()
        return out
    import numpy as np  # noqa: PLC0415 - only for large runs

    values = np.frombuffer(b"".join(keys for _, keys in documents), dtype=np.uint64)
    counts = np.fromiter((len(keys) >> 3 for _, keys in documents), dtype=np.int64,
                         count=len(documents))
    starts = np.fromiter((before + 1 for before, _ in documents), dtype=np.uint64,
                         count=len(documents))
    keys = values >> np.uint64(unit_bits)
    if filed is not None:
        mark(filed, keys, mask)
    rowids = np.repeat(starts, counts)
    rowids += values & np.uint64(unit_mask)
    del values, starts, counts
    keys <<= np.uint64(rowid_bits)
    keys |= rowids
    del rowids
    keys.sort()
    return keys


def merged(generations: list):
    """Several ``packed`` values (each sorted) as one sorted sequence: a list when every one
    is, else a numpy array."""
    if len(generations) == 1:
        return generations[0]
    if all(isinstance(values, list) for values in generations):
        out = [value for values in generations for value in values]
        out.sort()
        return out
    import numpy as np  # noqa: PLC0415 - only for large runs

    out = np.concatenate([np.array(values, dtype=np.uint64) if isinstance(values, list)
                          else values for values in generations])
    out.sort()
    return out


def filed_under(generations: list, keys: list[int], rowid_bits: int) -> dict[int, list[int]]:
    """The rowids filed under each of ``keys`` in ``packed`` values (several, each sorted),
    in the order of the generations and within each by rowid; keys with none are left out.
    A numpy generation is searched for every key at once."""
    out: dict[int, list[int]] = {}
    mask = (1 << rowid_bits) - 1
    for values in generations:
        if isinstance(values, list):
            bounds = [(bisect.bisect_left(values, key << rowid_bits),
                       bisect.bisect_left(values, (key + 1) << rowid_bits)) for key in keys]
        else:
            import numpy as np  # noqa: PLC0415 - only for large runs

            wanted = np.array(keys, dtype=np.uint64)
            shift = np.uint64(rowid_bits)
            bounds = zip(values.searchsorted(wanted << shift).tolist(),
                         values.searchsorted((wanted + np.uint64(1)) << shift).tolist(),
                         strict=True)
        for key, (start, end) in zip(keys, bounds, strict=True):
            if start < end:
                found = values[start:end]
                out.setdefault(key, []).extend(
                    value & mask for value in (found if isinstance(found, list)
                                               else found.tolist()))
    return out


def json_slices(values, size: int) -> Iterator[str]:
    """``packed``'s values as JSON arrays of ``size`` at most, in order (one text of every
    key would hold them all in memory at once, as Python ints and as digits)."""
    for start in range(0, len(values), size):
        part = values[start:start + size]
        # a list's own text is a JSON array of its ints ("[1, 2]"), made in C: 40% less
        # CPU than joining each int's text (0.37 s against 0.63 s for 3.6 million keys)
        yield str(part if isinstance(part, list) else part.tolist())


def pairs(values, rowid_bits: int) -> list[tuple[int, int]]:
    """``packed``'s values as (key, sentence rowid), in order."""
    values = values if isinstance(values, list) else values.tolist()
    mask = (1 << rowid_bits) - 1
    return [(value >> rowid_bits, value & mask) for value in values]


def _keys_of(documents: list[bytes], unit_bits: int):
    import numpy as np  # noqa: PLC0415 - only for large runs

    return np.frombuffer(b"".join(documents), dtype=np.uint64) >> np.uint64(unit_bits)


def _bits_numpy(keys, mask: int):
    import numpy as np  # noqa: PLC0415 - only for large runs

    keys = np.asarray(keys, dtype=np.uint64)
    first = keys & np.uint64(mask)
    # (key * MIX) >> 40 exactly, in 32-bit limbs (the product is 97 bits): keys are under
    # 2 * EXACT (window keys a crc32, exact-text keys EXACT + a crc32), so no limb overflows
    low, high = keys & np.uint64(LOW), keys >> np.uint64(32)
    mix_low, mix_high = np.uint64(MIX & LOW), np.uint64(MIX >> 32)
    p0, p1 = low * mix_low, low * mix_high
    mid = (p0 >> np.uint64(32)) + (p1 & np.uint64(LOW)) + high * mix_low
    top = (p1 >> np.uint64(32)) + high * mix_high + (mid >> np.uint64(32))
    second = (((mid & np.uint64(LOW)) >> np.uint64(8)) | (top << np.uint64(24))) \
        & np.uint64(mask)
    return first, second


def mark(filed: bytearray, keys, mask: int) -> None:
    """Set both filter bits of each key (a list of ints, or a numpy array of many)."""
    if isinstance(keys, list) and not _numpy(len(keys)):
        for key in keys:
            bit = key & mask
            filed[bit >> 3] |= 1 << (bit & 7)
            bit = (key * MIX >> 40) & mask
            filed[bit >> 3] |= 1 << (bit & 7)
        return
    import numpy as np  # noqa: PLC0415 - only for large runs

    view = np.frombuffer(filed, dtype=np.uint8)
    for start in range(0, len(keys), MARK_SLICE):
        for bits in _bits_numpy(keys[start:start + MARK_SLICE], mask):
            np.bitwise_or.at(view, bits >> np.uint64(3),
                             (np.uint8(1) << (bits & np.uint64(7)).astype(np.uint8)))


def passing(filed: bytearray, documents: list[bytes], unit_bits: int, mask: int
            ) -> set[int]:
    """The keys of documents (their keys as bytes) whose two filter bits are both set."""
    if not _numpy(sum(map(len, documents)) >> 3):
        found = set()
        for keys in documents:
            for value in array("Q", keys):
                key = value >> unit_bits
                bit = key & mask
                if filed[bit >> 3] >> (bit & 7) & 1:
                    bit = (key * MIX >> 40) & mask
                    if filed[bit >> 3] >> (bit & 7) & 1:
                        found.add(key)
        return found
    import numpy as np  # noqa: PLC0415 - only for large runs

    view = np.frombuffer(filed, dtype=np.uint8)
    keys = _keys_of(documents, unit_bits)
    hit = np.ones(len(keys), dtype=bool)
    for bits in _bits_numpy(keys, mask):
        hit &= ((view[bits >> np.uint64(3)] >> (bits & np.uint64(7)).astype(np.uint8)) & 1
                ).astype(bool)
    return set(keys[hit].tolist())
