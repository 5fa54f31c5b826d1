"""Time from outside is validated where it enters; import and merge are idempotent byte
for byte; an export is one snapshot; counts are of what changed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.hostile import labeled_copy, run_cli

from annotator.db.connection import open_db, write
from annotator.domain.annotations import set_annotation
from annotator.exchange.records import ALL, export_records


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def first_ids(path: Path, n: int = 3) -> list[str]:
    db = open_db(path)
    try:
        return [r[0] for r in db.execute(
            "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position LIMIT ?", [n])]
    finally:
        db.close()


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def annotation(reviewer="budi", label="claim", **extra) -> dict:
    return {"reviewer": reviewer, "label": label, **extra}


BAD_TIMES = ["9999-garbage", "9999-01-01T00:00:00Z", "2025-01-01T10:00:00", "yesterday",
             "2025-02-30T00:00:00Z", 20250101, "2025-01-01T10:00:00Z\x1b[5m"]


def test_a_bad_or_future_time_is_refused_and_nothing_changes(seeded_copy, tmp_path):
    db_file = labeled_copy(seeded_copy("a.db"))
    sid = first_ids(db_file)[0]
    before = dump(db_file)
    for n, stamp in enumerate(BAD_TIMES):
        src = jsonl(tmp_path / f"t{n}.jsonl", [
            {"id": sid, "annotations": [annotation(updated_at="2025-01-01T00:00:00Z")]},
            {"id": sid, "annotations": [annotation("cici", updated_at=stamp)]}])
        result = run_cli(["import", "--db", db_file, src])
        assert result.exit_code == 1, stamp
        assert f"t{n}.jsonl:2:" in result.stderr and "updated_at" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert dump(db_file) == before
    gold = jsonl(tmp_path / "gold.jsonl", [
        {"id": sid, "gold": {"label": "claim", "decided_at": "9999-12-31T00:00:00Z"}}])
    result = run_cli(["import", "--db", db_file, gold])
    assert result.exit_code == 1 and "gold.jsonl:1:" in result.stderr
    assert dump(db_file) == before


def test_a_time_with_a_zone_is_stored_in_utc_so_it_orders_with_the_rest(seeded_copy,
                                                                           tmp_path):
    db_file = seeded_copy("a.db")
    sid = first_ids(db_file)[0]
    src = jsonl(tmp_path / "z.jsonl", [{"id": sid, "annotations": [
        annotation(updated_at="2025-01-01T07:00:00+07:00")]}])
    assert run_cli(["import", "--db", db_file, src]).exit_code == 0
    db = open_db(db_file)
    assert db.execute("SELECT updated_at FROM annotations").fetchone()[0] == \
        "2025-01-01T00:00:00.000000Z"
    db.close()


def test_undated_and_equally_dated_conflicting_lines_import_idempotently(seeded_copy,
                                                                          tmp_path):
    db_file = seeded_copy("a.db")
    a, b = first_ids(db_file, 2)
    stamp = "2025-01-01T00:00:00.000000Z"
    src = jsonl(tmp_path / "c.jsonl", [
        {"id": a, "annotations": [annotation(label="claim")]},  # no updated_at
        {"id": b, "annotations": [annotation(label="claim", updated_at=stamp)]},
        {"id": b, "annotations": [annotation(label="denial", updated_at=stamp)]},
    ])
    assert run_cli(["import", "--db", db_file, src]).exit_code == 0
    once = dump(db_file)
    for _ in range(2):
        result = run_cli(["import", "--db", db_file, src])
        assert result.exit_code == 0
        assert dump(db_file) == once  # byte for byte: no new history, no new stamps


_stamps = st.one_of(st.none(), st.sampled_from([
    "2024-05-01T00:00:00Z", "2024-05-01T00:00:00.000000Z", "2024-05-01T07:00:00+07:00",
    "2024-06-01T12:30:00Z"]))
_lines = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["ana", "budi"]),
                            st.sampled_from(["claim", "denial", "context"]),
                            st.one_of(st.none(), st.sampled_from(["Rusia", "Peskov"])),
                            _stamps), min_size=1, max_size=8)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=_lines)
def test_any_file_imported_twice_gives_the_same_database(seeded_template, tmp_path_factory,
                                                         lines):
    import shutil

    folder = tmp_path_factory.mktemp("idem")
    db_file = folder / "a.db"
    shutil.copyfile(seeded_template, db_file)
    ids = first_ids(db_file)
    records = [{"id": ids[i], "annotations": [
        {"reviewer": who, "label": label, "source": source,
         **({"updated_at": stamp} if stamp else {})}]}
        for i, who, label, source, stamp in lines]
    src = jsonl(folder / "in.jsonl", records)
    assert run_cli(["import", "--db", db_file, src]).exit_code == 0
    once = dump(db_file)
    assert run_cli(["import", "--db", db_file, src]).exit_code == 0
    assert dump(db_file) == once


def test_a_merge_refuses_a_database_with_a_forged_time(seeded_copy):
    mine = labeled_copy(seeded_copy("mine.db"), "ana")
    theirs = labeled_copy(seeded_copy("theirs.db"), "budi")
    conn = sqlite3.connect(theirs)
    conn.execute("UPDATE annotations SET updated_at = '9999-garbage'")
    conn.commit()
    conn.close()
    before = dump(mine)
    result = run_cli(["merge", "--db", mine, theirs])
    assert result.exit_code == 1 and "theirs.db" in result.stderr
    assert "9999-garbage" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert dump(mine) == before


def test_a_merge_twice_gives_the_same_database_and_counts_what_it_copied(seeded_copy,
                                                                         empty_template,
                                                                         tmp_path):
    import shutil

    theirs = labeled_copy(seeded_copy("theirs.db"), "budi")
    mine = tmp_path / "mine.db"
    shutil.copyfile(empty_template, mine)
    result = run_cli(["merge", "--db", mine, theirs, "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)[0]
    db = open_db(mine)
    copied = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    db.close()
    assert report["sentences"] == copied and report["documents"] == documents
    assert report["annotations_added"] == 3 and report["annotation_history"] == 3
    human = run_cli(["merge", "--db", mine, theirs])
    assert human.exit_code == 0 and "(nothing new)" in human.stdout
    once = dump(mine)
    assert run_cli(["merge", "--db", mine, theirs]).exit_code == 0
    assert dump(mine) == once


def test_an_export_is_one_snapshot_while_an_import_commits(seeded_copy, tmp_path):
    db_file = seeded_copy("a.db")
    first, *_, last = first_ids(db_file, 1000)
    db = open_db(db_file)
    other = open_db(db_file)
    written = []

    def commit_meanwhile(read: int = 1):
        if not written:  # after the first record was read, another process commits two
            with write(other):
                set_annotation(other, first, "budi", label="claim")
                set_annotation(other, last, "budi", label="claim")
            written.append(True)

    out = tmp_path / "snap.jsonl"
    export_records(db, out, ALL, on_row=commit_meanwhile)
    db.close()
    other.close()
    records = [json.loads(line) for line in out.read_text().splitlines()]
    budi = [r["id"] for r in records if any(a["reviewer"] == "budi" for a in r["annotations"])]
    assert written and budi == []  # neither of the two rows: the state before the commit


def _zoned(path: Path) -> dict[str, str]:
    """Rewrite every annotation and history time of ``path`` as an older import stored it:
    the same moment at +07:00, without microseconds. Returns {old: new}."""
    conn = sqlite3.connect(path)
    moved = {}
    for table, columns in (("annotations", ("created_at", "updated_at")),
                           ("annotation_history", ("at",))):
        for column in columns:
            for (value,) in conn.execute(f"SELECT DISTINCT {column} FROM {table} "
                                         f"WHERE {column} IS NOT NULL").fetchall():
                from datetime import datetime, timedelta, timezone
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
                zoned = moment.astimezone(timezone(timedelta(hours=7))).isoformat()
                moved[value] = zoned
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
                             [zoned, value])
    conn.commit()
    conn.close()
    return moved


def test_a_merge_takes_valid_times_in_any_zone_as_utc_and_stays_idempotent(seeded_copy,
                                                                            tmp_path):
    mine = labeled_copy(seeded_copy("mine.db"), "ana")
    theirs = labeled_copy(seeded_copy("theirs.db"), "budi")
    moved = _zoned(theirs)
    assert any("+07:00" in v for v in moved.values())
    theirs_before = Path(theirs).read_bytes()
    result = run_cli(["merge", "--db", mine, theirs, "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["annotations_added"] == 3
    db = open_db(mine)
    stamps = [r[0] for r in db.execute(
        "SELECT updated_at FROM annotations WHERE reviewer = 'budi' "
        "UNION ALL SELECT at FROM annotation_history WHERE reviewer = 'budi'")]
    db.close()
    assert len(stamps) == 6
    assert set(stamps) <= set(moved)  # each the same moment, back in the tool's UTC form
    assert Path(theirs).read_bytes() == theirs_before  # the colleague's file untouched
    assert not [p for p in tmp_path.rglob(".merge-utc*")]  # no scratch copy left
    once = dump(mine)
    again = run_cli(["merge", "--db", mine, theirs])
    assert again.exit_code == 0 and "(nothing new)" in again.stdout
    assert dump(mine) == once  # byte for byte
    assert run_cli(["merge", "--db", mine, theirs]).exit_code == 0
    assert dump(mine) == once


def test_a_merge_still_refuses_garbage_and_future_times_among_zoned_ones(seeded_copy):
    for bad, why in (("2025-13-45T00:00:00+07:00", "not an ISO 8601 time"),
                     ("9000-01-01T00:00:00+07:00", "in the future"),
                     ("2025-01-01 10:00", "not an ISO 8601 time")):
        mine = labeled_copy(seeded_copy("mine.db"), "ana")
        theirs = labeled_copy(seeded_copy("theirs.db"), "budi")
        _zoned(theirs)
        conn = sqlite3.connect(theirs)
        conn.execute("UPDATE annotations SET updated_at = ? WHERE rowid = "
                     "(SELECT max(rowid) FROM annotations)", [bad])
        conn.commit()
        conn.close()
        before = dump(mine)
        result = run_cli(["merge", "--db", mine, theirs])
        assert result.exit_code == 1, (bad, result.stdout)
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and "theirs.db" in line, line
        assert "annotations.updated_at" in line and repr(bad) in line and why in line, line
        assert dump(mine) == before
