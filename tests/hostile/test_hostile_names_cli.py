"""The attack on every command's output: a table of commands (one row each) run against a
database, files and names written by an attacker. A new command is attacked by adding
one row to ``COMMANDS``.

Every row must end without a traceback, with nothing but visible characters on stdout
and stderr — in its human output and in its ``--json`` output (JSON escapes the controls,
C1 and bidi characters included, the way the export does).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.hostile import (
    BLINK,
    FILE_NAME,
    HOSTILE,
    OTHER_REVIEWER,
    REVIEWER,
    SOURCE,
    hostile_database,
    leaks,
    run_cli,
)


@dataclass
class Stage:
    """What a row may use: the hostile database and its ids, files, a scratch folder."""

    db: Path
    sentences: list[str]
    dispute: str
    folder: Path
    other_db: Path
    export_file: Path
    text_file: Path


def _stage(tmp_path: Path, empty_template: Path) -> Stage:
    db = tmp_path / "hostile.db"
    ids = hostile_database(db)
    other = tmp_path / f"colleague{BLINK}.db"
    shutil.copyfile(empty_template, other)
    export_file = tmp_path / f"labels{BLINK}.jsonl"
    assert run_cli(["export", "--db", db, "-o", export_file]).exit_code == 0
    text_file = tmp_path / FILE_NAME
    text_file.write_text(f"Judul {HOSTILE}\n\nKremlin membantah laporan itu, kata juru bicara.\n")
    return Stage(db, ids["sentences"], ids["dispute"], tmp_path, other, export_file, text_file)


# (row id, arguments from the stage, has --json). One row per command a user runs.
COMMANDS = [
    ("stats", lambda s: ["stats", "--db", s.db], True),
    ("sources list", lambda s: ["sources", "list", "--db", s.db], True),
    ("sources alias", lambda s: ["sources", "alias", "--db", s.db, SOURCE, "Peskov"], False),
    ("disputes list", lambda s: ["disputes", "list", "--db", s.db], True),
    ("disputes show", lambda s: ["disputes", "show", "--db", s.db, s.dispute], True),
    ("disputes suggest", lambda s: ["disputes", "suggest", "--db", s.db, "--reviewer",
                                    REVIEWER, s.sentences[2]], True),
    ("disputes link", lambda s: ["disputes", "link", "--db", s.db, "--reviewer", REVIEWER,
                                 s.dispute, s.sentences[2], "--role", "denies"], True),
    ("disputes retitle", lambda s: ["disputes", "retitle", "--db", s.db, "--reviewer",
                                    REVIEWER, s.dispute, "Senjata"], True),
    ("disputes undo", lambda s: ["disputes", "undo", "--db", s.db, "--reviewer",
                                 REVIEWER], True),
    ("agreement", lambda s: ["agreement", "--db", s.db], True),
    ("adjudicate queue", lambda s: ["adjudicate", "queue", "--db", s.db], True),
    ("adjudicate take", lambda s: ["adjudicate", "take", "--db", s.db, "--reviewer", "lead",
                                   s.sentences[0], REVIEWER], True),
    ("adjudicate decide", lambda s: ["adjudicate", "decide", "--db", s.db, "--reviewer",
                                     "lead", s.sentences[1], "--label", "denial",
                                     "--source", SOURCE], True),
    ("export", lambda s: ["export", "--db", s.db, "-o", s.folder / f"out{BLINK}.jsonl"], False),
    ("export stdout", lambda s: ["export", "--db", s.db, "-o", "-"], False),
    ("export disputes", lambda s: ["export", "--db", s.db, "--disputes", "-o", "-"], False),
    ("import", lambda s: ["import", "--db", s.db, s.export_file], True),
    ("ingest", lambda s: ["ingest", "--db", s.db, s.text_file], True),
    ("merge", lambda s: ["merge", "--db", s.other_db, s.db], True),
    ("where", lambda s: ["--db", s.db, "where"], True),
    ("copy", lambda s: ["copy", s.db, s.folder / f"copy{BLINK}.db"], True),
    ("assign make", lambda s: ["assign", "make", "--db", s.db, "--reviewer", "lead",
                               REVIEWER, OTHER_REVIEWER, "--per-document", "1"], True),
    ("assign show", lambda s: ["assign", "show", "--db", s.db], True),
    ("adjudicate links", lambda s: ["adjudicate", "links", "--db", s.db, "--reviewer", "lead",
                                    s.sentences[2], "--none"], True),
    ("report", lambda s: ["report", "--db", s.db, "-o", s.folder / f"r{BLINK}.html"], False),
    ("bad --db", lambda s: ["stats", "--db", s.folder / f"no{BLINK}[/]folder" / "x.db"], False),
    ("bad file", lambda s: ["import", "--db", s.db, s.folder / f"missing{HOSTILE}.jsonl"],
     False),
]


def _variants():
    for name, args, has_json in COMMANDS:
        yield pytest.param(args, False, id=name)
        if has_json:
            yield pytest.param(args, True, id=f"{name} --json")


@pytest.mark.parametrize(("args", "as_json"), list(_variants()))
def test_no_command_lets_data_drive_the_terminal(args, as_json, tmp_path, empty_template):
    stage = _stage(tmp_path, empty_template)
    argv = [str(a) for a in args(stage)] + (["--json"] if as_json else [])
    result = run_cli(argv)
    output = result.stdout + result.stderr
    assert "Traceback" not in output and not isinstance(result.exception, Exception) or \
        isinstance(result.exception, SystemExit), repr(result.exception)
    assert leaks(output) == [], output
    if result.exit_code != 0:  # a refusal is one line on stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_db_path_with_markup_on_the_first_run_is_printed_literally(tmp_path, capfd):
    """The first run (``annotator --db PATH``) prints the path while it ingests the seeds;
    "[/]" in it is text, not Rich markup."""
    from annotator.cli.label import ingest_seeds_if_empty

    folder = tmp_path / "odd[/]name"
    folder.mkdir(parents=True)
    assert ingest_seeds_if_empty(folder / f"a{BLINK}.db") > 0
    err = capfd.readouterr().err
    assert "odd[/]name" in err and leaks(err) == []


def test_a_subprocess_run_shows_hostile_names_as_visible_characters(tmp_path, empty_template):
    stage = _stage(tmp_path, empty_template)
    for argv in (["disputes", "show", "--db", stage.db, stage.dispute],
                 ["stats", "--db", stage.db], ["agreement", "--db", stage.db]):
        done = subprocess.run([sys.executable, "-m", "annotator", *map(str, argv)],
                              capture_output=True)
        text = (done.stdout + done.stderr).decode("utf-8", "replace")
        assert done.returncode == 0, text
        assert leaks(text) == [] and OTHER_REVIEWER not in text, text


def test_typed_names_refuse_control_characters_as_dispute_titles_do(tmp_path, empty_template):
    stage = _stage(tmp_path, empty_template)
    for argv in (["sources", "add", "--db", stage.db, f"Peskov{BLINK}"],
                 ["sources", "alias", "--db", stage.db, SOURCE, f"Dmitry{BLINK}"],
                 ["disputes", "new", "--db", stage.db, f"T{BLINK}"]):
        result = run_cli(argv)
        assert result.exit_code == 1 and "control characters" in result.stderr, argv
