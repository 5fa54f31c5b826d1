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
