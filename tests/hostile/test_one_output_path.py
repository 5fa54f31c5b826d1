"""The one path for data on a terminal is the only path: commands print through
``annotator.cli.output`` and UI modules build text with ``ui.widgets.literal.Text``."""

from __future__ import annotations

import re
from pathlib import Path

import annotator

PACKAGE = Path(annotator.__file__).parent


def _lines(source: str, pattern: str) -> list[int]:
    return [n for n, line in enumerate(source.splitlines(), start=1) if re.search(pattern, line)]


def _offenders(folder: str, pattern: str, allowed: set[str]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        if path.name in allowed:
            continue
        source = path.read_text()
        found += [f"{path.relative_to(PACKAGE)}:{n}: {source.splitlines()[n - 1].strip()}"
                  for n in _lines(source, pattern)]
    return found


def test_commands_print_only_through_the_output_module():
    pattern = (r"click\.(echo|secho)\(|(?<![.\w])print\(|Console\(|sys\.std(out|err)\.write\("
               r"|json\.dumps\(")
    assert _offenders("cli", pattern, {"output.py", "common.py"}) == []


RICH_TEXT = r"from rich\.text import|rich\.text\.Text\("
PLAIN_INPUT = r"(?<![\w.])Input\(|widgets\.Input\("


def test_ui_modules_build_text_only_with_the_safe_text():
    assert _offenders("ui", RICH_TEXT, {"literal.py"}) == []


def test_every_input_line_is_a_data_input():
    """An editor pre-filled from data shows it as visible symbols and refuses pasted
    controls only through ui/widgets/data_input.DataInput."""
    assert _offenders("ui", PLAIN_INPUT, {"data_input.py"}) == []


def test_the_checks_find_a_bad_module():
    bad = ("from rich.text import Text\n"
           "from textual.widgets import Input, Label\n"
           "def compose(self):\n"
           "    yield Input(self.note)\n"
           "    yield DataInput(self.note)\n")
    assert _lines(bad, RICH_TEXT) == [1]
    assert _lines(bad, PLAIN_INPUT) == [4]
