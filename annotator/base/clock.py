"""Time and change ids: every timestamp and history id the tool writes comes from here.

Tests replace the clock (``use_clock``) instead of sleeping to order timestamps.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


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


# Time from outside (an imported file, a colleague's database) may be later than now by
# at most this much: clocks of two machines differ a little, never by days.
MAX_SKEW = timedelta(minutes=5)


class BadTime(ValueError):
    """A timestamp from outside that is not an ISO 8601 time with a zone, or lies ahead."""


def parse_stamp(value: object, *, field: str = "time") -> str:
    """Validate a timestamp that enters from outside and return it in the tool's own form
    (UTC, microseconds, "Z"), so that it sorts as text with every other.

    Refuses (``BadTime``, with a message naming ``field``) anything but an ISO 8601 date
    and time with a zone ("2025-03-01T10:00:00Z", "+07:00"), and times later than now
    plus ``MAX_SKEW``: a stamp from the future would win every merge and import.
    """
    if not isinstance(value, str):
        raise BadTime(f'"{field}" must be a string, not {type(value).__name__}')
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?"
                        r"(Z|z|[+-]\d{2}:?\d{2})", text):
        raise BadTime(f'"{field}" {value!r} is not an ISO 8601 time with a zone '
                      '(e.g. 2025-03-01T10:00:00Z)')
    digits = re.sub(r"\.(\d{6})\d+", r".\1", text)  # Python keeps microseconds at most
    try:
        moment = datetime.fromisoformat(digits.replace("z", "Z"))
    except ValueError as exc:
        raise BadTime(f'"{field}" {value!r} is not a valid time ({exc})') from exc
    if moment.tzinfo is None:
        raise BadTime(f'"{field}" {value!r} has no time zone')
    limit = _clock().astimezone(UTC) + MAX_SKEW
    if moment > limit:
        raise BadTime(f'"{field}" {value!r} is in the future (later than now)')
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def latest_allowed() -> str:
    """The latest stamp from outside accepted now, in the tool's form (for SQL checks)."""
    return (_clock().astimezone(UTC) + MAX_SKEW).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
