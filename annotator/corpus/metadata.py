"""Metadata read from the page: publication date, dateline city, outlet, wire."""

from __future__ import annotations

import re

MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "december": 12,
    # short forms, English and Indonesian ("Nov. 30, 2026", "30 Okt 2023")
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "agu": 8,
    "agt": 8, "ags": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12,
    "des": 12,
}
# a zone written after the time; ET, PT and CST name more than one offset: left out
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "GMT": "+00:00",
         "UTC": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
         "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00", "PDT": "-07:00"}
DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"

_ZONE = r"(?P<zone>WIB|WITA|WIT|GMT|UTC|BST|CEST|CET|EST|EDT|PST|PDT|ET|PT)"
_OFFSET = r"(?P<offset>[+-]\d{1,2}(?::?\d{2})?)"  # GMT+7, UTC-05:00
_TIME = (rf"(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})(?:\s*(?P<half>[AaPp]\.?[Mm]\.?)(?!\w))?"
         rf"(?:\s*{_ZONE}(?!\w){_OFFSET}?)?")
_DAY_FIRST = r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{4})"
_MONTH_FIRST = r"\b(?P<month>[A-Za-z]{3,})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
_TIME_AFTER = rf"(?:\s*[,/|]?\s*(?:pukul\s+|at\s+)?{_TIME})?"
_TIME_BEFORE = rf"\b{_TIME}\s*,?\s*(?:on\s+)?(?:[A-Z][a-z]{{2,8}}\.?,?\s+)?"
# 27 Oktober 2023 / 07:37 WIB; November 30, 2026 9:12 AM; 9:12 AM GMT, November 30, 2026
_LONG_DATES = tuple(re.compile(p) for p in (
    _DAY_FIRST + _TIME_AFTER, _MONTH_FIRST + _TIME_AFTER,
    _TIME_BEFORE + _DAY_FIRST.removeprefix(r"\b"), _TIME_BEFORE + _MONTH_FIRST.removeprefix(r"\b"),
))
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
    """ISO date or datetime from the first long date in ``text``: 'Jumat, 27 Oktober 2023 /
    07:37 WIB', 'Published 9:12 AM GMT, November 30, 2026', 'Updated Nov. 30, 2026'."""
    found = []
    for order, pattern in enumerate(_LONG_DATES):
        for m in pattern.finditer(text):
            month = MONTHS.get(m["month"].casefold())
            year, day = int(m["year"]), int(m["day"])
            if month and _valid(year, month, day):
                found.append((m.start(), order, m, year, month, day))
                break
    if not found:
        return None
    _, _, m, year, month, day = min(found, key=lambda f: f[:2])
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    clock = _clock(m)
    return iso + clock if clock else iso


def _clock(m: re.Match) -> str | None:
    """'T09:12:00' and the zone's offset when known, from a date match's time groups."""
    if m["hour"] is None:
        return None
    hour, minute = int(m["hour"]), int(m["minute"])
    half = (m["half"] or "").replace(".", "").casefold()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour >= 24 or minute >= 60:
        return None
    out = f"T{hour:02d}:{minute:02d}:00"
    offset = m["offset"]
    if offset and m["zone"] in ("GMT", "UTC"):
        sign, rest = offset[0], offset[1:].replace(":", "")
        hours, minutes = (rest[:-2], rest[-2:]) if len(rest) > 2 else (rest, "00")
        if int(hours) <= 14 and int(minutes) < 60:
            out += f"{sign}{int(hours):02d}:{minutes}"
    elif m["zone"] in ZONES:
        out += ZONES[m["zone"]]
    return out


def parse_short_dates(text: str) -> list[str]:
    """ISO dates from 'Rabu (4/1/2022)' style mentions (day/month/year)."""
    found = []
    for m in _SHORT_DATE.finditer(text):
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
        if _valid(year, month, day):
            found.append(f"{year:04d}-{month:02d}-{day:02d}")
    return found


# a date written in numbers, day first ('04/12/2026', '4.12.2026', 'Kamis (3/12/2026)'), a
# time after it or not ('27/11/2026 - 09:30 WIB')
_NUMERIC_DATE = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}})(?P<sep>[./-])(?P<month>\d{{1,2}})(?P=sep)(?P<year>\d{{4}})"
    rf"(?![\d.]\d)\)?(?:\s*[,/|–—-]?\s*(?:pukul\s+|at\s+)?{_TIME})?"
)


def parse_numeric_date(text: str, month_first: bool = False) -> str | None:
    """ISO date or datetime from the first date written in numbers in ``text``, read day
    first as Indonesian and British pages write it ('04/12/2026' is 4 December); month first
    only where day first is no date ('12/31/2026'), or where the page says it writes the
    month first (``month_first``: '12/3/2026' on an American page is 3 December)."""
    for m in _NUMERIC_DATE.finditer(text):
        year, first, second = int(m["year"]), int(m["day"]), int(m["month"])
        if month_first and _valid(year, first, second):
            day, month = second, first
        elif _valid(year, second, first):
            day, month = first, second
        elif _valid(year, first, second):
            day, month = second, first
        else:
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        clock = _clock(m)
        return iso + clock if clock else iso
    return None


def numeric_readings(text: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The two dates the first date in numbers in ``text`` may be, (year, month, day) day
    first and month first, when both are dates and differ ('12/3/2026'); else None."""
    m = _NUMERIC_DATE.search(text)
    if m is None:
        return None
    year, first, second = int(m["year"]), int(m["day"]), int(m["month"])
    if first == second or not (_valid(year, second, first) and _valid(year, first, second)):
        return None
    return (year, second, first), (year, first, second)


# where a page writes the day and the month: a date in numbers one of whose parts is over 12
# ('13/11/2026' day first, '11/13/2026' month first), and a date with the month's name
# ('Dec. 3', 'December 3, 2026' month first; '3 December' day first)
_NUMERIC_ANY = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d])")
_MONTH_NAMES = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})")
_NAME_DAY = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?!\d|[:.]\d)")
_DAY_NAME = re.compile(rf"(?<![\d.:])\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\b\.?")


def month_first_by_evidence(line: str, page: str, *, dateline: str | None = None,
                            month_first_places: frozenset[str] = frozenset(),
                            month_first_zones: frozenset[str] = frozenset(),
                            day_first_zones: frozenset[str] = frozenset()
                            ) -> tuple[bool, str] | None:
    """Whether an English page's date line in numbers ('12/3/2026') writes the month first,
    from the page's own evidence, and which, in this order: the weekday the line names, when
    one reading falls on it; the time zone after it (American zones month first, British and
    Australian day first); another date in numbers on the page with a part over 12; a date
    with the month's name that is one of the readings ('Dec. 3'); the page's dateline naming
    a place that writes the month first ('LEXINGTON, Ky. —', casefolded in
    ``month_first_places``); the order in which the page writes dates with the month's name.
    None: no evidence (the caller keeps day first)."""
    readings = numeric_readings(line)
    if readings is None:
        return None
    import datetime

    (year, month_d, day_d), (_, month_m, day_m) = readings
    named = _WEEKDAY.findall(line)
    if named:
        wanted = {k for k, w in enumerate(_WEEKDAYS) for n in named
                  if w.startswith(n.casefold())}
        day_first_fits = datetime.date(year, month_d, day_d).weekday() in wanted
        month_first_fits = datetime.date(year, month_m, day_m).weekday() in wanted
        if day_first_fits != month_first_fits:
            return month_first_fits, "weekday"
    for word in re.findall(r"[A-Za-z]+", line):
        if word in month_first_zones:
            return True, "zone"
        if word in day_first_zones:
            return False, "zone"
    day_first = month_first = 0
    for m in _NUMERIC_ANY.finditer(page):
        first, second = int(m.group(1)), int(m.group(3))
        if 12 < first <= 31 and second <= 12:
            day_first += 1
        elif 12 < second <= 31 and first <= 12:
            month_first += 1
    if day_first != month_first:
        return month_first > day_first, "numbers"
    fits = {False: 0, True: 0}
    order = {False: 0, True: 0}
    for pattern, month_before in ((_NAME_DAY, True), (_DAY_NAME, False)):
        for m in pattern.finditer(page):
            month = MONTHS.get(m["month"].casefold())
            if month is None or not 1 <= int(m["day"]) <= 31:
                continue
            order[month_before] += 1
            fits[False] += (month, int(m["day"])) == (month_d, day_d)
            fits[True] += (month, int(m["day"])) == (month_m, day_m)
    if bool(fits[False]) != bool(fits[True]):
        return bool(fits[True]), "named date"
    if dateline:
        # a place's name whole, an abbreviation with its full stop ('Ky.', never 'LA PAZ')
        words = [w.strip(",()").casefold() for w in re.split(r"[\s,]+", dateline) if w]
        names = {" ".join(words[i:i + n]) for n in (1, 2, 3)
                 for i in range(len(words) - n + 1)}
        if names & month_first_places:
            return True, "dateline"
    if order[True] != order[False]:
        return order[True] > order[False], "named dates' order"
    return None


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
