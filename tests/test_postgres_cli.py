"""Every command on PostgreSQL prints what it prints on SQLite after the same steps.

The real CLI (click's runner) runs a sequence of commands, reading and writing, against a
SQLite file and against a fresh PostgreSQL database given as ``--db postgresql://...``;
each command's exit code and output must be the same (the database's name aside).
"""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from support.team import two_reviewers

from annotator.base import clock as clock_module
from annotator.base.resources import SEEDS_DIR
from annotator.cli import main
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db


def _run_all(target: str, tmp: Path, monkeypatch, clock) -> list[tuple[list[str], int, str]]:
    fake = type(clock)(start=datetime(2025, 1, 1, tzinfo=UTC))  # conftest's FakeClock
    clock_module.use_clock(fake)
    counter = itertools.count(1)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))
    db = open_db(target)
    try:
        ingest_paths(db, [SEEDS_DIR])
        work = two_reviewers(db, fake)
        ids, first_dispute = work["ids"], work["dispute"]["id"]
    finally:
        db.close()
    exported = tmp / "export.jsonl"
    commands = [
        ["stats"], ["stats", "--json"], ["agreement"], ["agreement", "--json"],
        ["ingest", str(SEEDS_DIR)],  # again: nothing new
        ["sources", "list"], ["sources", "add", "Juru Bicara Baru"],
        ["sources", "alias", "Juru Bicara Baru", "Jubir"],
        ["sources", "add", "Juru Bicara Lama"],
        ["sources", "merge", "Juru Bicara Baru", "Juru Bicara Lama"],
        ["disputes", "list"], ["disputes", "list", "--json"],
        ["disputes", "new", "Rusia membantah lagi", ids[0]],
        ["disputes", "link", first_dispute, ids[3], "--role", "context"],
        ["disputes", "retitle", first_dispute, "Korea Utara dan Rusia"],
        ["disputes", "undo"], ["disputes", "suggest", ids[2]],
        ["adjudicate", "queue"], ["adjudicate", "decide", ids[3], "--label", "claim"],
        ["adjudicate", "take", ids[5], "budi"], ["adjudicate", "undo"],
        ["assign", "make", "ana", "budi"], ["assign", "show"], ["assign", "clear", "budi"],
        ["stats"], ["agreement"],
        ["export", "-o", "-", "--all"], ["export", "-o", "-", "--gold-only"],
        ["export", "-o", "-", "--reviewer", "ana"], ["export", "-o", str(exported)],
        ["import", str(exported)], ["export", "-o", "-"],
        ["report", "-o", str(tmp / "report.html")],
    ]
    results = []
    for command in commands:
        result = CliRunner().invoke(main, ["--db", target, "--reviewer", "lead", *command])
        text = result.output.replace(target, "DB").replace(str(tmp), "TMP")
        results.append((command, result.exit_code, text))
    clock_module.use_clock(None)
    return results


def test_every_command_prints_the_same_on_both_engines(pg_url, tmp_path, monkeypatch, clock):
    (tmp_path / "lite").mkdir()
    (tmp_path / "pg").mkdir()
    lite = _run_all(str(tmp_path / "lite" / "team.db"), tmp_path / "lite", monkeypatch, clock)
    pg = _run_all(pg_url, tmp_path / "pg", monkeypatch, clock)
    assert [(command, code) for command, code, _ in lite if code] == []
    for (command, code, text), (_, pg_code, pg_text) in zip(lite, pg, strict=True):
        assert (pg_code, pg_text) == (code, text), command
    assert (tmp_path / "pg" / "report.html").stat().st_size > 1000


def test_a_server_url_survives_the_db_option(pg_url):
    """``--db postgresql://...`` is a server's database, never a path (no folder made,
    the password never printed)."""
    result = CliRunner().invoke(main, ["--db", pg_url, "where", "--json"])
    assert result.exit_code == 0, result.output
    assert '"path": "postgresql://' in result.output
    secret = pg_url.replace("postgresql://", "postgresql://postgres:hunter2@", 1) \
        if "@" not in pg_url.split("//", 1)[1].split("/", 1)[0] else pg_url
    result = CliRunner().invoke(main, ["--db", secret, "where"])
    assert "hunter2" not in result.output
