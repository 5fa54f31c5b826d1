"""Tables for people at a terminal, plain lines for pipes.

A table drawn with box characters and wrapped cells reads well in a terminal and badly in
``grep``, ``cut`` or ``awk``. When stdout is not a terminal, the same rows are printed as
plain lines: a ``# title`` line, a header, then one line per row with cells separated by
tabs (every cell on one line, control characters made visible).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotator.base.text import visible
from annotator.cli import output as tty

if TYPE_CHECKING:
    from rich.console import Console


def surely_no_terminal(stream=None) -> bool:
    """What rich's console would call no terminal, known without importing rich (a pipe
    or a file, and neither TTY_COMPATIBLE nor FORCE_COLOR set): plain lines then cost
    none of rich's import. ``stream``: stdout unless given (progress bars ask of stderr)."""
    if "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ:
        return False
    isatty = getattr(sys.stdout if stream is None else stream, "isatty", None)
    try:
        return isatty is None or not isatty()
    except ValueError:  # closed: rich decides
        return False


def to_terminal() -> bool:
    return not surely_no_terminal() and tty.console().is_terminal


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                right: Sequence[str] = (), console: Console | None = None) -> None:
    """One table: rich when stdout is a terminal, tab-separated lines otherwise."""
    if console is None and surely_no_terminal():
        print_lines(title, columns, rows)
        return
    console = console or tty.console()
    if not console.is_terminal:
        print_lines(title, columns, rows)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(visible(title)))
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left")
    for row in rows:
        table.add_row(*(Text(visible("" if cell is None else str(cell))) for cell in row))
    console.print(table)


def print_lines(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """The rows for a pipe: ``# title``, the header, one tab-separated line per row."""
    tty.echo(f"# {visible(title)}")
    tty.echo_row(list(columns))
    for row in rows:
        tty.echo_row(["" if cell is None else str(cell) for cell in row])
