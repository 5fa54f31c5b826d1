"""A command's start pays for what it uses: `annotator --help` lists every command without
importing one, and a command that draws no bar or table does not import rich (its import
was about 0.3 s of every command's start). Checked in fresh processes, as a user runs them."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from annotator.cli import COMMANDS, SUMMARIES, main


def fresh(*args: str, db=None) -> tuple[str, set[str]]:
    """Run `annotator ARGS` in a new interpreter, stdout and stderr piped; its output and
    the top-level packages it imported."""
    code = ("import sys, json\n"
            "from annotator.cli import main\n"
            "try:\n"
            "    main(sys.argv[1:], prog_name='annotator')\n"
            "except SystemExit as e:\n"
            "    code = e.code\n"
            "else:\n"
            "    code = 0\n"
            "print('\\x00' + json.dumps([code, sorted(sys.modules)]), file=sys.stderr)\n")
    argv = [sys.executable, "-c", code, *args] + (["--db", str(db)] if db else [])
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    code, modules = json.loads(done.stderr.rsplit("\x00", 1)[1])
    assert code in (0, None), done.stderr
    return done.stdout, set(modules)


def test_every_summary_is_its_commands_own_first_paragraph():
    assert set(SUMMARIES) == set(COMMANDS)
    for name, (module, attribute) in COMMANDS.items():
        command = getattr(importlib.import_module(module), attribute)
        first = inspect.cleandoc(command.help or "").split("\n\n")[0]
        assert SUMMARIES[name] == " ".join(first.split()), name


@pytest.mark.parametrize("width", [60, 80, 200])
def test_help_lists_the_commands_as_click_would(width, monkeypatch):
    """The listing read from SUMMARIES is the one click makes from the commands themselves
    (once every command is imported, the group lists them from their own help)."""
    monkeypatch.setenv("COLUMNS", str(width))
    runner = CliRunner()
    lazy = runner.invoke(main, ["--help"], terminal_width=width)
    group = click.Group(name="annotator", commands={
        name: getattr(importlib.import_module(m), a) for name, (m, a) in COMMANDS.items()})
    rows = click.Context(group, terminal_width=width).make_formatter()
    group.format_commands(click.Context(group, terminal_width=width), rows)
    assert lazy.exit_code == 0
    assert lazy.output.endswith(rows.getvalue())
    assert "stats  " in lazy.output and "Show how far labeling has come" in lazy.output


def test_help_imports_no_command():
    out, modules = fresh("--help")
    assert "Commands:" in out and "where" in out
    assert not {m for m in modules if m.startswith("annotator.cli.")} - {
        "annotator.cli.common"}
    assert "rich" not in {m.split(".")[0] for m in modules}


@pytest.mark.parametrize("args", [["where"], ["stats"], ["stats", "--json"],
                                  ["export", "--all", "-o", "-"], ["--version"]])
def test_a_piped_command_without_a_bar_or_table_does_not_import_rich(args, seeded_copy):
    db = seeded_copy()
    out, modules = fresh(*args, db=db if args != ["--version"] else None)
    assert out.strip()
    top = {m.split(".")[0] for m in modules}
    assert "rich" not in top, args
    assert "textual" not in top
    if args[0] in ("where", "stats", "--version"):
        assert "sqlite_utils" not in top, args  # read with plain SELECTs (db/lazy_database)


def _with_a_dispute(db_path) -> str:
    """A dispute on the seeds' accusation; its id."""
    from annotator.db.connection import open_db
    from annotator.domain.disputes import create_dispute_with_members

    db = open_db(db_path)
    accusation = db.execute("SELECT id FROM sentences WHERE text LIKE 'Pejabat AS menuduh%'"
                            ).fetchone()[0]
    made = create_dispute_with_members(db, "Senjata untuk Rusia", "budi",
                                       [(accusation, "alleges")])
    db.close()
    return made["id"]


@pytest.mark.parametrize("args", [["sources", "list"], ["sources", "list", "--uses"],
                                  ["disputes", "list"]])
def test_a_piped_table_is_tab_separated_lines_without_rich(args, seeded_copy):
    db = seeded_copy()
    dispute = _with_a_dispute(db)
    out, modules = fresh(*args, db=db)
    assert "rich" not in {m.split(".")[0] for m in modules}, args
    title, header, *rows = out.splitlines()
    assert title.startswith("# ") and "\t" in header
    assert rows and all(row.count("\t") == header.count("\t") for row in rows)
    if args[0] == "disputes":
        assert rows == [f"{dispute}\tSenjata untuk Rusia\t1 alleges\t1\tbudi"]
    else:
        names = {row.split("\t")[0]: row.split("\t") for row in rows}
        assert names["Korea Utara"][1] == "government"
        assert "Korut" in names["Korea Utara"][2].split(", ")
        assert title == f"# {len(rows)} sources"


@pytest.mark.parametrize("args", [["sources", "list"], ["disputes", "list"]])
def test_on_a_terminal_the_table_is_drawn(args, seeded_copy):
    """Stdout a pseudo-terminal: rich's table with its box, not tab-separated lines."""
    import os

    db = seeded_copy()
    _with_a_dispute(db)
    master, slave = os.openpty()
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm-256color"}
    env.pop("TTY_COMPATIBLE", None)
    env.pop("FORCE_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "annotator", *args, "--db", str(db)],
                               stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child's side is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.wait() == 0, process.stderr.read()
    text = shown.decode()
    assert "━" in text or "─" in text, text
    assert "\t" not in text
    assert ("Korea Utara" if args[0] == "sources" else "Senjata untuk Rusia") in text
