"""The dashboard's figures (annotator.analysis.dashboard), shared by the screen and the
HTML report, on two reviewers' work at known times."""

from __future__ import annotations

import pytest
from support.team import two_reviewers

from annotator.analysis.dashboard import confusion, dashboard
from annotator.base.errors import AnnotatorError
from annotator.domain.annotations import set_annotation


def test_figures_of_two_reviewers(seeded_db, clock):
    made = two_reviewers(seeded_db, clock)
    figures = dashboard(seeded_db)

    assert figures["totals"] == {"sentences": 62, "labeled": 10, "settled": 7,
                                 "conflicts": 2, "gold": 1}
    progress = figures["progress"]
    assert progress["bucket"] == "hour"
    assert progress["buckets"] == ["2024-12-31T23:00", "2025-01-01T00:00", "2025-01-01T01:00",
                                   "2025-01-01T02:00", "2025-01-01T03:00"]
    cumulative = {r["reviewer"]: r["cumulative"] for r in progress["reviewers"]}
    assert cumulative == {"ana": [0, 8, 10, 10, 10], "budi": [0, 0, 0, 0, 9]}
    rates = {r["reviewer"]: (r["labels"], r["active_hours"], r["per_hour"])
             for r in progress["rates"]}
    assert rates == {"ana": (10, 2, 5.0), "budi": (9, 1, 9.0)}

    agreement = figures["agreement"]
    assert agreement["reviewers"] == ["ana", "budi"]
    per_label = {row["label"]: row for row in agreement["per_label"]}
    # claim: ana and budi both say it on 2 sentences, and one says it on a third (2a/(2a+b+c))
    assert per_label["claim"]["value"] == pytest.approx(4 / 5)
    assert per_label["claim"]["too_few"] is True
    table = confusion(figures)
    assert table["reviewers"] == ["ana", "budi"] and table["items"] == 9
    labels = table["labels"]
    cell = table["counts"][labels.index("context")][labels.index("claim")]
    assert cell == 1  # ana said context where budi said claim
    assert sum(map(sum, table["counts"])) == 9

    disputes = figures["disputes"]
    assert [(d["title"], d["members"], d["open"], d["settled"]) for d in disputes] == [
        ("Korea Utara memasok senjata ke Rusia", 4, 1, 3),
        ("Rusia membantah", 1, 0, 1),
    ]
    assert disputes[0]["id"] == made["dispute"]["id"]


def test_chosen_pair_and_its_orientation(seeded_db, clock):
    made = two_reviewers(seeded_db, clock)
    for sid in made["ids"][:3]:
        set_annotation(seeded_db, sid, "citra", label="context")
    figures = dashboard(seeded_db)
    # default: the pair sharing most sentences
    assert confusion(figures)["reviewers"] == ["ana", "budi"]
    asked = dashboard(seeded_db, pair=["citra", "ana"])
    table = confusion(asked)
    assert table["reviewers"] == ["citra", "ana"]
    labels = table["labels"]
    # rows are citra's labels: she said context where ana said claim, accusation, denial
    row = table["counts"][labels.index("context")]
    assert row[labels.index("claim")] == 1 and row[labels.index("accusation")] == 1
    assert [len(figures["agreement"]["pairs"])] == [3]
    with pytest.raises(AnnotatorError, match="no annotations by reviewer 'zed'"):
        dashboard(seeded_db, pair=["zed", "ana"])


def test_empty_database_and_daily_buckets(seeded_db, clock):
    empty = dashboard(seeded_db)
    assert empty["progress"]["buckets"] == [] and empty["agreement"]["chosen"] is None
    assert confusion(empty) is None and empty["disputes"] == []
    from support.corpus import queue

    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "ana", label="claim")
    clock.advance(days=5)
    set_annotation(seeded_db, ids[1], "ana", label="claim")
    progress = dashboard(seeded_db)["progress"]
    assert progress["bucket"] == "day"
    assert progress["buckets"][0] == "2024-12-31" and progress["buckets"][-1] == "2025-01-06"
    assert progress["reviewers"][0]["cumulative"] == [0, 1, 1, 1, 1, 1, 2]
