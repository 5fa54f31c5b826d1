"""A lead's picture of the work, as data: the dashboard screen and report.html draw these.

One call, :func:`dashboard`, reads everything the pictures need in a few grouped queries
and one pass over the annotations (the agreement matrices), so the terminal dashboard and
the HTML report show the same figures:

* progress over time: per reviewer, how many sentences they had labeled by the end of each
  hour (or day, when the work spans more than three days), from ``annotations.created_at``
  (when the reviewer first labeled the sentence; a relabel is not new progress), starting
  one bucket before the first label, where everyone is at 0;
* labels per hour: per reviewer, the labels they made divided by the clock hours in which
  they labeled at all (their pace while at work, not diluted by nights and weekends);
* agreement per label (specific agreement over all reviewers, with its item count and the
  "too few items" flag of :mod:`annotator.analysis.agreement`), and alpha on the label;
* the label confusion table of every pair of reviewers, and which pair is chosen (the given
  one, else the pair sharing most sentences);
* every dispute with its member sentences and how many of them are open disagreements
  (reviewers differ and no gold label yet: the adjudication queue's rule).

Totals and each sentence's status come from the progress tables that triggers keep current
(``db/progress.py``), so they agree with ``annotator stats``; progress over time and the
agreement figures read the annotations (a grouped query and one pass into numpy).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from annotator.analysis.agreement import (
    MIN_ITEMS,
    alpha_from_sums,
    kappa_from_table,
    specific_from_sums,
    summed_ratings,
)
from annotator.base.clock import now
from annotator.base.errors import AnnotatorError
from annotator.domain.scheme import Scheme, load_scheme
from annotator.domain.status import SETTLED

# Above this many hours between the first and the last label, progress is counted per day.
HOURLY_SPAN = 72

_SETTLED = ", ".join(f"'{status}'" for status in SETTLED)


def _hour(text: str) -> datetime:
    """'2026-11-22T23' (an hour bucket) as an aware datetime."""
    return datetime.strptime(text, "%Y-%m-%dT%H").replace(tzinfo=UTC)


def totals(db: Database) -> dict[str, int]:
    """Sentences to label, and how many are labeled, settled, in conflict and gold: read from
    the progress tables the triggers keep current (migration 0007), as ``annotator stats``
    does, so the figures agree with it and cost nothing on a large corpus."""
    sentences, labeled, settled, conflicts = (value or 0 for value in db.execute(
        "SELECT sum(sentences), sum(labeled), sum(settled), sum(conflicts) "
        "FROM progress_documents").fetchone())
    gold = db.execute(
        "SELECT count(*) FROM progress_sentences WHERE status = 'gold'").fetchone()[0]
    return {"sentences": sentences, "labeled": labeled, "settled": settled,
            "conflicts": conflicts, "gold": gold}


def progress(db: Database) -> dict[str, Any]:
    """Per reviewer: cumulative sentences labeled at the end of each time bucket, and their
    labels per active hour. Buckets run without gaps from the first label to the last."""
    counts: dict[str, dict[str, int]] = {}
    for reviewer, hour, n in db.execute(
        "SELECT reviewer, substr(created_at, 1, 13) AS hour, count(*) FROM annotations "
        "WHERE created_at IS NOT NULL GROUP BY reviewer, hour ORDER BY reviewer, hour"
    ):
        counts.setdefault(reviewer, {})[hour] = n
    if not counts:
        return {"bucket": "hour", "buckets": [], "reviewers": [], "rates": []}
    hours = sorted({hour for per in counts.values() for hour in per})
    first, last = _hour(hours[0]), _hour(hours[-1])
    span = int((last - first).total_seconds() // 3600)
    daily = span > HOURLY_SPAN
    step = timedelta(days=1) if daily else timedelta(hours=1)
    # one bucket before the first label, where every line starts from 0
    start = (first.replace(hour=0) if daily else first) - step
    buckets: list[datetime] = []
    at = start
    while at <= last:
        buckets.append(at)
        at += step
    fmt = "%Y-%m-%d" if daily else "%Y-%m-%dT%H:00"

    def bucket_of(hour: str) -> int:
        moment = _hour(hour)
        return int((moment - start) / step)

    reviewers, rates = [], []
    for reviewer, per in counts.items():
        added = [0] * len(buckets)
        for hour, n in per.items():
            added[bucket_of(hour)] += n
        points = list(itertools.accumulate(added))
        labels = points[-1]
        reviewers.append({"reviewer": reviewer, "labeled": labels, "cumulative": points})
        rates.append({"reviewer": reviewer, "labels": labels, "active_hours": len(per),
                      "per_hour": labels / len(per), "busiest_hour": max(per.values())})
    return {
        "bucket": "day" if daily else "hour",
        "buckets": [b.strftime(fmt) for b in buckets],
        "reviewers": reviewers,
        "rates": rates,
    }


def disputes(db: Database) -> list[dict[str, Any]]:
    """Every dispute with its member sentences (each counted once, whoever linked it), the
    documents they come from, and how many are open disagreements; most open first."""
    rows = db.execute(
        f"""
        WITH members AS (SELECT DISTINCT dispute_id, sentence_id FROM dispute_members)
        SELECT d.id, d.title, count(m.sentence_id), count(DISTINCT s.doc_id),
               coalesce(sum(p.status = 'conflict'), 0),
               coalesce(sum(p.status IN ({_SETTLED})), 0)
        FROM disputes d
        LEFT JOIN members m ON m.dispute_id = d.id
        LEFT JOIN sentences s ON s.id = m.sentence_id
        LEFT JOIN progress_sentences p ON p.sentence_id = m.sentence_id
        GROUP BY d.id
        """
    ).fetchall()
    out = [
        {"id": i, "title": title, "members": members, "documents": documents,
         "open": open_, "settled": settled}
        for i, title, members, documents, open_, settled in rows
    ]
    out.sort(key=lambda d: (-d["open"], -d["members"], (d["title"] or "").casefold(), d["id"]))
    return out


def agreement(db: Database, scheme: Scheme, pair: Sequence[str] | None = None) -> dict[str, Any]:
    """Label agreement: alpha, specific agreement per label, and a confusion table per pair
    of reviewers (``chosen`` indexes the given pair, else the pair sharing most sentences)."""
    summed = summed_ratings(db, scheme=scheme, fields=("label",))  # flat memory
    names = summed.reviewers
    labels = summed.values["label"]
    sums = summed.sums["label"]
    if pair:
        a, b = pair
        for name in pair:
            if name not in names:
                raise AnnotatorError(f"no annotations by reviewer {name!r}")
        if a == b:
            raise AnnotatorError("--pair needs two different reviewers")
    per_label = [
        {"label": value, **figure.as_dict()}
        for value, figure in zip(labels, specific_from_sums(sums.agree, sums.possible,
                                                            sums.used), strict=True)
    ]
    pairs = []
    for i, j in itertools.combinations(range(len(names)), 2):
        table = sums.tables[(i, j)]
        kappa, observed = kappa_from_table(table)
        pairs.append({
            "reviewers": [names[i], names[j]],
            "items": kappa.items,
            "kappa": kappa.as_dict(),
            "observed": observed.as_dict(),
            "counts": table.astype(int).tolist(),
        })
    chosen = None
    if pairs:
        if pair:
            wanted = {pair[0], pair[1]}
            chosen = next(n for n, p in enumerate(pairs) if set(p["reviewers"]) == wanted)
            if pairs[chosen]["reviewers"][0] != pair[0]:  # as asked: rows are the first
                p = pairs[chosen]
                p["reviewers"].reverse()
                p["counts"] = [list(col) for col in zip(*p["counts"], strict=True)]
        else:
            chosen = max(range(len(pairs)), key=lambda n: pairs[n]["items"])
    return {
        "reviewers": names,
        "sentences": summed.items,
        "min_items": MIN_ITEMS,
        "labels": labels,
        "alpha": alpha_from_sums(sums.coincidence, sums.pairable, "nominal").as_dict(),
        "per_label": per_label,
        "pairs": pairs,
        "chosen": chosen,
    }


def dashboard(db: Database, *, scheme: Scheme | None = None,
              pair: Sequence[str] | None = None) -> dict[str, Any]:
    """Every figure of the dashboard and the report (see the module's docstring)."""
    scheme = scheme or load_scheme()
    return {
        "generated_at": now(),
        "totals": totals(db),
        "progress": progress(db),
        "agreement": agreement(db, scheme, pair),
        "disputes": disputes(db),
    }


def confusion(figures: dict[str, Any], index: int | None = None) -> dict[str, Any] | None:
    """The confusion table of pair ``index`` (default: the chosen pair), or None."""
    agreement_ = figures["agreement"]
    index = agreement_["chosen"] if index is None else index
    if index is None:
        return None
    pair = agreement_["pairs"][index]
    return {"reviewers": pair["reviewers"], "labels": agreement_["labels"],
            "counts": pair["counts"], "items": pair["items"]}
