"""Tables for people at a terminal, plain lines for pipes.

A table drawn with box characters and wrapped cells reads well in a terminal and badly in
``grep``, ``cut`` or ``awk``. When stdout is not a terminal, the same rows are printed as
plain lines: a ``# title`` line, a header, then one line per row with cells separated by
tabs (every cell on one line, control characters made visible).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotator.base.text import visible
from annotator.cli import output as tty


def to_terminal() -> bool:
    return tty.console().is_terminal


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                right: Sequence[str] = (), console: Console | None = None) -> None:
    """One table: rich when stdout is a terminal, tab-separated lines otherwise."""
    console = console or tty.console()
    if not console.is_terminal:
        tty.echo(f"# {visible(title)}")
        tty.echo_row(list(columns))
        for row in rows:
            tty.echo_row(["" if cell is None else str(cell) for cell in row])
        return
    table = Table(title=Text(visible(title)))
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left")
    for row in rows:
        table.add_row(*(Text(visible("" if cell is None else str(cell))) for cell in row))
    console.print(table)
