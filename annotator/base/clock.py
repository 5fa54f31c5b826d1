"""Time and change ids: every timestamp and history id the tool writes comes from here.

Tests replace the clock (``use_clock``) instead of sleeping to order timestamps.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime


def _system_now() -> datetime:
    return datetime.now(UTC)


_clock: Callable[[], datetime] = _system_now


def use_clock(clock: Callable[[], datetime] | None) -> None:
    """Read time from ``clock`` (an aware datetime factory); None restores the system clock."""
    global _clock
    _clock = clock or _system_now


def now() -> str:
    """UTC timestamp with microseconds, sortable as text."""
    return _clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_change_id() -> str:
    """A globally unique id for one history row, so merges recognise rows they hold."""
    return uuid.uuid4().hex
