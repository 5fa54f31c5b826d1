"""Metadata read from the page: publication date, dateline city, outlet, wire."""

from __future__ import annotations

import re

MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "december": 12,
}
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"

_LONG_DATE = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})"
    r"(?:\s*[,/|]?\s*(?:pukul\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<zone>WIB|WITA|WIT)?)?"
)
_SHORT_DATE = re.compile(
    rf"\b(?:{DAYS})\s*\(\s*(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}})\s*\)"
)


def _valid(year: int, month: int, day: int) -> bool:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def parse_long_date(text: str) -> str | None:
    """ISO date or datetime from 'Jumat, 27 Oktober 2023 / 07:37 WIB' style text."""
    for m in _LONG_DATE.finditer(text):
        month = MONTHS.get(m["month"].casefold())
        if not month:
            continue
        year, day = int(m["year"]), int(m["day"])
        if not _valid(year, month, day):
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if m["hour"] is not None and int(m["hour"]) < 24 and int(m["minute"]) < 60:
            iso += f"T{int(m['hour']):02d}:{m['minute']}:00"
            if m["zone"]:
                iso += ZONES[m["zone"]]
        return iso
    return None


def parse_short_dates(text: str) -> list[str]:
    """ISO dates from 'Rabu (4/1/2022)' style mentions (day/month/year)."""
    found = []
    for m in _SHORT_DATE.finditer(text):
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
        if _valid(year, month, day):
            found.append(f"{year:04d}-{month:02d}-{day:02d}")
    return found


def normalise_iso(value: str | None) -> str | None:
    """A user-given date kept as given when it is ISO-like, else parsed from Indonesian."""
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value
    return parse_long_date(value) or (parse_short_dates(value) or [value])[0]
