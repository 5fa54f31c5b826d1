"""Labels per hour and median seconds per label, for ``stats``.

Read from the sums migration 0016's triggers keep (``label_times``: per reviewer, label and
tenth of a second), a few thousand rows whatever the corpus, never every annotation. The
median is still the exact one: the tenths say which tenth holds the middle label, and
``label_times_exact`` gives the times inside that tenth (at most a hundred distinct ones for
the tool's millisecond times). The total is summed in whole milliseconds, so labels per
hour is what adding up the recorded times gives.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


EVERYONE = "(all)"


@dataclass
class _Times:
    """The recorded times of some reviewers for some labels: per tenth of a second, how
    many labels took that long, and their total."""

    reviewers: set[str]
    label_names: set[str]
    labels: int = 0
    millis: int = 0
    rests: list[float] = field(default_factory=list)
    tenths: Counter[int] = field(default_factory=Counter)

    @classmethod
    def combined(cls, parts: list[_Times]) -> _Times:
        out = cls(set().union(*(p.reviewers for p in parts)),
                  set().union(*(p.label_names for p in parts)))
        for part in parts:
            out.labels += part.labels
            out.millis += part.millis
            out.rests += part.rests
            out.tenths.update(part.tenths)
        return out

    def seconds(self) -> float:
        total = self.millis / 1000
        return total + math.fsum(self.rests) if self.rests else total

    def median(self, db: Database) -> float:
        """The exact median (as statistics.median gives it): the middle label's time, or
        the mean of the two middle ones."""
        n = self.labels
        ranks = [n // 2] if n % 2 else [n // 2 - 1, n // 2]
        wanted: dict[int, list[tuple[int, int]]] = {}  # tenth -> (rank, rank within it)
        below = 0
        for tenth in sorted(self.tenths):
            count = self.tenths[tenth]
            for rank in ranks:
                if below <= rank < below + count:
                    wanted.setdefault(tenth, []).append((rank, rank - below))
            below += count
        values: dict[int, float] = {}
        for tenth, asked in wanted.items():
            times = self._times_in(db, tenth)
            for rank, within in asked:
                values[rank] = _at(times, within)
        if len(ranks) == 1:
            return values[ranks[0]]
        return (values[ranks[0]] + values[ranks[1]]) / 2

    def _times_in(self, db: Database, tenth: int) -> list[tuple[float, int]]:
        """Each distinct time in this tenth, in order, with how many labels took it."""
        reviewers, labels = sorted(self.reviewers), sorted(self.label_names)
        return [(seconds, count) for seconds, count in db.execute(
            "SELECT seconds, sum(labels) FROM label_times_exact "
            f"WHERE reviewer IN ({', '.join('?' for _ in reviewers)}) "
            f"AND label IN ({', '.join('?' for _ in labels)}) AND tenth = ? "
            "GROUP BY seconds ORDER BY seconds", [*reviewers, *labels, tenth])]


def _at(times: list[tuple[float, int]], within: int) -> float:
    for seconds, count in times:
        if within < count:
            return seconds
        within -= count
    raise AssertionError("label_times and label_times_exact disagree")


def throughput(db: Database) -> list[dict[str, Any]]:
    """Per reviewer, over the labels whose time was recorded (seconds from the sentence
    shown to the label saved, idle time capped): how many, labels per hour, and the median
    seconds per label overall and by label (None: no label); the last row, reviewer
    "(all)", is everyone."""
    kept: dict[tuple[str, str], _Times] = {}  # (reviewer, label): as label_times holds it
    for reviewer, label, tenth, labels, millis, rest in db.execute(
            "SELECT reviewer, label, tenth, labels, millis, rest FROM label_times"):
        times = kept.get((reviewer, label))
        if times is None:
            times = kept[reviewer, label] = _Times({reviewer}, {label})
        times.labels += labels
        times.millis += millis
        if rest:
            times.rests.append(rest)
        times.tenths[tenth] = labels
    by_label: dict[str, dict[str, _Times]] = {}
    for (reviewer, label), times in kept.items():
        by_label.setdefault(reviewer, {})[label] = times
    if by_label:
        every_label = {label for reviewer, label in kept}
        by_label[EVERYONE] = {label: _Times.combined(
            [t for (_, x), t in kept.items() if x == label]) for label in every_label}
    overall = {who: _Times.combined(list(labels.values())) for who, labels in by_label.items()}
    rows = []
    for who in sorted(r for r in overall if r != EVERYONE) + ([EVERYONE] if overall else []):
        times = overall[who]
        total = times.seconds()
        rows.append({
            "reviewer": who,
            "labels": times.labels,
            "seconds": round(total, 3),
            "per_hour": round(times.labels * 3600 / total, 1) if total > 0 else None,
            "median_seconds": round(times.median(db), 1),
            "by_label": {label or None: round(by_label[who][label].median(db), 1)
                         for label in sorted(by_label[who], key=lambda x: (x == "", x))},
        })
    return rows
