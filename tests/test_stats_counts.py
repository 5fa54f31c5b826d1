"""Throughput in ``stats`` (labels per hour, median seconds per label) and accepted proposals,
read from what migration 0016's triggers keep summed, equal to working them out from every
annotation."""

from __future__ import annotations

import math
from statistics import median

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database
from support.corpus import add_document, queue

from annotator.analysis.stats import stats
from annotator.cli import main
from annotator.db.connection import open_db, write
from annotator.db.migrations import migrations, recount_stats_0016
from annotator.domain.annotations import set_annotation, undo_last
from annotator.sync import merge

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL

REVIEWERS = ("ana", "budi", "citra")
LABELS = ("claim", "denial", "context")
# Times that sit on or beside a tenth's edge or a rounding half, and the ones an import can
# bring that the label key never writes (more than milliseconds, over the cap, huge).
AWKWARD = (0.0, 0.001, 0.05, 0.0625, 0.0995, 0.1, 0.1005, 0.15, 0.25, 1.05, 2.45, 2.55,
           9.999, 10.0, 119.999, 120.0, 3.14159265, 0.30000000000000004, 3600.0, 999999.9995,
           1e6, 2.5e9)


def brute_force(db) -> list[dict]:
    """The figures worked out from every recorded time, the way the tool did before 0016
    (the total summed exactly, as math.fsum does)."""
    per: dict[str, dict[str | None, list[float]]] = {}
    for reviewer, label, seconds in db.execute(
            "SELECT reviewer, label, seconds FROM annotations WHERE seconds IS NOT NULL"):
        for who in (reviewer, "(all)"):
            per.setdefault(who, {}).setdefault(label, []).append(seconds)
    rows = []
    for who in sorted(r for r in per if r != "(all)") + (["(all)"] if per else []):
        every = [x for times in per[who].values() for x in times]
        total = math.fsum(every)
        rows.append({
            "reviewer": who, "labels": len(every), "seconds": round(total, 3),
            "per_hour": round(len(every) * 3600 / total, 1) if total > 0 else None,
            "median_seconds": round(median(every), 1),
            "by_label": {label: round(median(times), 1)
                         for label, times in sorted(per[who].items(), key=lambda x: x[0] or "")},
        })
    return rows


def kept_rows(db) -> list[tuple]:
    """What 0016's tables hold (the accepted proposals too)."""
    return sorted((*row[:5], round(row[5], 6)) for row in db.execute(
        "SELECT reviewer, label, tenth, labels, millis, rest FROM label_times")) + sorted(
        db.execute("SELECT reviewer, label, annotations FROM accepted_proposals").fetchall())


def accepted(db) -> tuple[dict, dict]:
    """Accepted proposals per label and per reviewer: from stats, and counted afresh."""
    figures = stats(db)
    shown = ({r["label"]: r["accepted"] for r in figures["labels"]},
             {r["reviewer"]: r["accepted"] for r in figures["reviewers"]})
    counted = tuple({key: sum(1 for row in rows if row[0] == key) for key in shown[side]}
                    for side, rows in enumerate((
                        db.execute("SELECT label FROM annotations "
                                   "WHERE accepted_proposal IS NOT NULL").fetchall(),
                        db.execute("SELECT reviewer FROM annotations "
                                   "WHERE accepted_proposal IS NOT NULL").fetchall())))
    return shown, counted


class _Undone(Exception):
    pass


def recounted(db) -> list[tuple]:
    """What the label times hold when worked out afresh (inside a rolled back write)."""
    rows: list[tuple] = []
    with pytest.raises(_Undone), write(db):
        recount_stats_0016(db)
        rows = kept_rows(db)
        raise _Undone
    return rows


key_times = st.integers(0, 130_000).map(lambda k: k / 1000)  # what the label key can save
writes = st.lists(st.tuples(st.integers(0, 11), st.sampled_from(REVIEWERS),
                            st.sampled_from(LABELS),
                            st.one_of(st.none(), key_times, st.sampled_from(AWKWARD[:14])),
                            st.sampled_from([None, "cues", "classifier"])),
                  min_size=1, max_size=40)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=writes, undo=st.integers(0, 3))
def test_throughput_and_accepted_proposals_equal_the_figures_from_every_annotation(
        seeded_db, writes, undo):
    ids = queue(seeded_db)[:12]
    with write(seeded_db):
        seeded_db.execute("DELETE FROM annotations")
        seeded_db.execute("DELETE FROM annotation_history")
    for at, reviewer, label, seconds, proposal in writes:
        set_annotation(seeded_db, ids[at], reviewer, label=label, seconds=seconds,
                       proposal=proposal)
    for _ in range(undo):
        undo_last(seeded_db, writes[-1][1])
    assert stats(seeded_db)["throughput"] == brute_force(seeded_db)
    shown, counted = accepted(seeded_db)
    assert shown == counted
    assert kept_rows(seeded_db) == recounted(seeded_db)


def close_to(figures: list[dict], expected: list[dict]) -> bool:
    """Equal, but for the total (and so labels per hour) of times beyond milliseconds:
    summed as floats, they can land a last printed digit apart from the exact sum."""
    def loose(rows):
        return [{**r, "seconds": None, "per_hour": None} for r in rows]

    return loose(figures) == loose(expected) and all(
        math.isclose(a["seconds"], b["seconds"], rel_tol=1e-12, abs_tol=0.0011)
        and math.isclose(a["per_hour"], b["per_hour"], rel_tol=1e-12, abs_tol=0.11)
        for a, b in zip(figures, expected, strict=True))


def test_imported_times_beyond_milliseconds_keep_exact_medians(seeded_db, db_path):
    """Times an import or an old file can hold (more than milliseconds, over the cap,
    absurdly large): the medians stay exact, the totals exact but for float rounding,
    through every change to them."""
    ids = queue(seeded_db)
    for index in range(len(AWKWARD)):
        set_annotation(seeded_db, ids[index], REVIEWERS[index % 3],
                       label=LABELS[index % 2], seconds=1.0)
    with write(seeded_db):
        for index, seconds in enumerate(AWKWARD):
            seeded_db.execute("UPDATE annotations SET seconds = ? WHERE sentence_id = ?",
                              [seconds, ids[index]])
    assert close_to(stats(seeded_db)["throughput"], brute_force(seeded_db))
    assert kept_rows(seeded_db) == recounted(seeded_db)
    with write(seeded_db):  # moved to another label and reviewer, then some times dropped
        seeded_db.execute("UPDATE annotations SET label = 'context' WHERE sentence_id = ?",
                          [ids[3]])
        seeded_db.execute("UPDATE annotations SET reviewer = 'dewi' WHERE sentence_id = ?",
                          [ids[4]])
        seeded_db.execute("UPDATE annotations SET seconds = NULL WHERE sentence_id IN (?, ?)",
                          [ids[5], ids[6]])
        seeded_db.execute("DELETE FROM annotations WHERE sentence_id = ?", [ids[7]])
    assert close_to(stats(seeded_db)["throughput"], brute_force(seeded_db))
    assert kept_rows(seeded_db) == recounted(seeded_db)
    with write(seeded_db):  # a label-less annotation (an old or foreign file) counts as none
        seeded_db.execute("UPDATE annotations SET label = NULL, seconds = 2.5 "
                          "WHERE sentence_id = ?", [ids[8]])
    figures = stats(seeded_db)["throughput"]
    assert close_to(figures, brute_force(seeded_db))
    assert figures[-1]["by_label"][None] == 2.5
    table = CliRunner().invoke(main, ["stats", "--db", str(db_path)]).output
    assert "median s\tclaim\tcontext\tdenial\t(none)\n" in table


def test_each_time_falls_in_its_tenth_on_either_engine(seeded_db):
    """The same tenth on SQLite and PostgreSQL, so a database copied between them keeps
    one order of tenths."""
    ids = queue(seeded_db)
    for index, _ in enumerate(AWKWARD):
        set_annotation(seeded_db, ids[index], "ana", label="claim", seconds=1.0)
    with write(seeded_db):
        for index, seconds in enumerate(AWKWARD):
            seeded_db.execute("UPDATE annotations SET seconds = ? WHERE sentence_id = ?",
                              [seconds, ids[index]])
    tenths = dict(seeded_db.execute("SELECT seconds, tenth FROM label_times_exact").fetchall())
    # the tenth of the time to the millisecond; a million seconds or more: one last tenth
    assert [tenths[s] for s in AWKWARD] == [0, 0, 0, 0, 1, 1, 1, 1, 2, 10, 24, 25, 99, 100,
                                            1199, 1200, 31, 3, 36000, 10**7, 10**7, 10**7]


def test_a_merge_brings_the_other_reviewers_times_into_throughput(seeded_db, db_path,
                                                                  seeded_copy):
    a, there = seeded_db, seeded_copy("budi.db")
    b = open_db(there)
    ids = queue(a)
    set_annotation(a, ids[0], "ana", label="claim", seconds=4.2, proposal="cues")
    set_annotation(a, ids[1], "ana", label="denial", seconds=7.25)
    for index, seconds in enumerate((3.1, 9.0, 12.345, 0.5)):
        set_annotation(b, ids[index], "budi", label=LABELS[index % 3], seconds=seconds,
                       proposal="classifier" if index % 2 else None)
    b.close()
    merge.merge_database(a, there)
    figures = stats(a)["throughput"]
    assert figures == brute_force(a)
    assert [r["reviewer"] for r in figures] == ["ana", "budi", "(all)"]
    assert figures[1]["labels"] == 4 and figures[1]["median_seconds"] == 6.0
    shown, counted = accepted(a)
    assert shown == counted == ({"claim": 2, "denial": 1, "context": 0},
                                {"ana": 1, "budi": 2})
    assert kept_rows(a) == recounted(a)
    result = CliRunner().invoke(main, ["stats", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "budi\t4\t577.3\t6.0\t1.8\t12.3\t9.0" in result.output


def test_a_database_made_before_0016_gets_its_times_and_proposals_counted(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="0016_stats_counts")
    ids = add_document(old, "d1", ["Satu kalimat.", "Dua kalimat.", "Tiga kalimat."])
    for index, seconds in enumerate((2.5, 3.75, 100.0)):
        set_annotation(old, ids[index], REVIEWERS[index], label="claim", seconds=seconds,
                       proposal="cues" if index else None)
    old.close()
    db = open_db(path)
    assert [m.name for m in migrations.pending(db)] == []
    figures = stats(db)
    assert figures["throughput"] == brute_force(db)
    assert figures["throughput"][-1]["median_seconds"] == 3.8
    assert [(r["label"], r["accepted"]) for r in figures["labels"]] == [("claim", 2)]
    assert [r["accepted"] for r in figures["reviewers"]] == [0, 1, 1]
    db.close()
