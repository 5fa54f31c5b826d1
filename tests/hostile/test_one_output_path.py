"""The one path for data on a terminal is the only path: commands print through
``annotator.cli.output`` and UI modules build text with ``ui.widgets.literal.Text``."""

from __future__ import annotations

import re
from pathlib import Path

import annotator

PACKAGE = Path(annotator.__file__).parent


def _offenders(folder: str, pattern: str, allowed: set[str]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        if path.name in allowed:
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if re.search(pattern, line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    return found


def test_commands_print_only_through_the_output_module():
    pattern = (r"click\.(echo|secho)\(|(?<![.\w])print\(|Console\(|sys\.std(out|err)\.write\("
               r"|json\.dumps\(")
    assert _offenders("cli", pattern, {"output.py", "common.py"}) == []


def test_ui_modules_build_text_only_with_the_safe_text():
    pattern = r"from rich\.text import|rich\.text\.Text\("
    assert _offenders("ui", pattern, {"literal.py"}) == []
