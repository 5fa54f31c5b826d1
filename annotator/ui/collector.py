"""The cyclic garbage collector set for an interactive app once its start is done.

CPython collects its youngest generation every 700 net new container objects. A label key
leaves a few hundred (the proposal's and the reader's caches, Textual's messages), so
about every second key paid a young collection and every sixteenth a middle one (0.2 ms a
key on average, measured at 1M sentences). What the start made lives as long as the app
and is frozen out of every pass; with a young generation of ``YOUNG`` objects a key pays a
young collection about once in 20-25 keys (0.06-0.11 ms a key). Textual leaves the thresholds
alone (it only pauses the collector while scrolling): a bare Textual app keeps CPython's.
"""

from __future__ import annotations

import gc

YOUNG = 10_000  # net new container objects between two young collections

_before: tuple[int, ...] | None = None  # the thresholds the app found


def keep_the_start() -> None:
    """Collect the start's garbage once, freeze what is left (modules, the app, its widgets,
    the registry: kept out of every later pass, including the full ones that otherwise walk
    all of it every few hundred keys, a 70 ms pause) and collect the young rarely."""
    global _before
    gc.collect()
    gc.freeze()
    thresholds = gc.get_threshold()
    if _before is None:
        _before = thresholds
    if thresholds[0] < YOUNG:
        gc.set_threshold(YOUNG, *thresholds[1:])


def restore() -> None:
    """The thresholds as the app found them (the app has ended: tests run apps one after
    another in one process)."""
    global _before
    if _before is not None:
        gc.set_threshold(*_before)
        _before = None
