"""The attack on every command's output: a table of commands (one row each) run against a
database, files and names written by an attacker. A new command is attacked by adding
one row to ``COMMANDS``.

Every row must end without a traceback, with nothing but visible characters on stdout
and stderr — in its human output and in its ``--json`` output (JSON escapes the controls,
C1 and bidi characters included, the way the export does).
"""

from __future__ import annotations

import shutil
import signal
import socket
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


# (row id, arguments from the stage, has --json[, how it runs]). One row per command a user
# runs; "app" runs a command that opens the UI headless, "served" one that runs until stopped.
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
    ("stats --documents", lambda s: ["stats", "--db", s.db, "--documents", "1"], True),
    ("agreement --without-proposals", lambda s: ["agreement", "--db", s.db,
                                                 "--without-proposals"], True),
    ("agreement --guideline", lambda s: ["agreement", "--db", s.db, "--guideline",
                                         f"v{HOSTILE}"], True),
    ("assign rebalance", lambda s: ["assign", "rebalance", "--db", s.db, "--reviewer", "lead",
                                    REVIEWER, OTHER_REVIEWER], True),
    ("assign give", lambda s: ["assign", "give", "--db", s.db, "--reviewer", "lead",
                               f"Cici{BLINK}", "dochostile"], False),
    ("assign clear", lambda s: ["assign", "clear", "--db", s.db, "--reviewer", "lead",
                                REVIEWER], False),
    ("adjudicate decide --link --reason", lambda s: [
        "adjudicate", "decide", "--db", s.db, "--reviewer", "lead", s.sentences[0],
        "--label", "accusation", "--link", f"{s.dispute}:alleges", "--reason", "ambiguous",
        "--rationale", f"why{HOSTILE}"], True),
    # the dashboard: the real command, its app run headless; the screen is its output
    ("dashboard", lambda s: ["dashboard", "--db", s.db, "--reviewer", "lead"], False, "app"),
    ("dashboard bad --db", lambda s: ["dashboard", "--db", s.folder / f"x{BLINK}" / "a.db",
                                      "--reviewer", "lead"], False, "app"),
    # serve: a real process on a free port, read until its banner, then stopped
    ("serve", lambda s: ["serve", "--db", s.other_db, "--port", free_port(),
                         "--token", "a-token-of-20-chars"], False, "served"),
    ("serve hostile token", lambda s: ["serve", "--db", s.db, "--port", free_port(),
                                       "--token", f"tok{HOSTILE}0123456789"], False,
     "served"),
    ("serve hostile host", lambda s: ["serve", "--db", s.db, "--host", f"h{HOSTILE}",
                                      "--allow-remote"], False, "served"),
    ("serve bad port", lambda s: ["serve", "--db", s.db, "--port", "0"], False, "served"),
    ("serve hostile public url", lambda s: ["serve", "--db", s.db, "--port", free_port(),
                                            "--public-url", f"http://x{HOSTILE}"], False,
     "served"),
    ("bad --db", lambda s: ["stats", "--db", s.folder / f"no{BLINK}[/]folder" / "x.db"], False),
    ("bad file", lambda s: ["import", "--db", s.db, s.folder / f"missing{HOSTILE}.jsonl"],
     False),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Ran:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None


def _run_app(argv: list[str]) -> Ran:
    """The real command in-process, its Textual app run headless: the screen, once the
    workers are done, is added to what it printed."""
    from support.ui import screen_text, settle

    from annotator.ui.app import AnnotatorApp

    shown: list[str] = []
    run = AnnotatorApp.run

    def headless(app, *args, **kwargs):
        async def look(pilot):
            await settle(pilot)
            await pilot.pause(0.5)
            await settle(pilot)
            shown.append(screen_text(app) + app.title + app.sub_title + "".join(
                str(n.message) for n in app._notifications))
            app.exit()
        return run(app, headless=True, size=(140, 45), auto_pilot=look)

    AnnotatorApp.run = headless
    try:
        result = run_cli(argv)
    finally:
        AnnotatorApp.run = run
    assert result.exit_code != 0 or "Ana" in "".join(shown), shown  # the screen was seen
    return Ran(result.exit_code, result.stdout + "".join(shown), result.stderr,
               result.exception)


def _run_served(argv: list[str]) -> Ran:
    """A command that runs until stopped, as a real process: read until it printed its
    address (then SIGTERM) or it ended by itself (a refusal). Its stdout and stderr are
    read as one stream (the banner is on stdout, a refusal on stderr)."""
    proc = subprocess.Popen([sys.executable, "-m", "annotator", *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    seen = b""
    try:
        while b"Ctrl+C" not in seen and proc.poll() is None:
            seen += proc.stdout.read1(4096) if proc.stdout else b""
    finally:
        stopped = proc.poll() is None
        if stopped:
            proc.send_signal(signal.SIGTERM)
        seen += proc.communicate(timeout=30)[0] or b""
    text = seen.decode("utf-8", "replace")
    if stopped:  # it served: its address was printed, and SIGTERM ends it cleanly
        assert "serving" in text, text
        return Ran(0, text, "")
    return Ran(proc.returncode, "", text)


def _variants():
    for name, args, has_json, *kind in COMMANDS:
        yield pytest.param(args, False, *kind or ["cli"], id=name)
        if has_json:
            yield pytest.param(args, True, "cli", id=f"{name} --json")


@pytest.mark.parametrize(("args", "as_json", "kind"), list(_variants()))
def test_no_command_lets_data_drive_the_terminal(args, as_json, kind, tmp_path,
                                                 empty_template):
    stage = _stage(tmp_path, empty_template)
    argv = [str(a) for a in args(stage)] + (["--json"] if as_json else [])
    result = {"cli": run_cli, "app": _run_app, "served": _run_served}[kind](argv)
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
                 ["disputes", "new", "--db", stage.db, f"T{BLINK}"],
                 ["assign", "make", "--db", stage.db, "--reviewer", "lead", f"Ana{BLINK}"],
                 ["assign", "give", "--db", stage.db, "--reviewer", "lead", f"Ana{BLINK}",
                  "dochostile"],
                 ["assign", "rebalance", "--db", stage.db, "--reviewer", "lead",
                  f"Ana{BLINK}"]):
        result = run_cli(argv)
        assert result.exit_code == 1 and "control characters" in result.stderr, argv
