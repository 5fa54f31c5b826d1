"""A confusion table as a heat map: one coloured cell per pair of labels, the count in it."""

from __future__ import annotations

from typing import Any

from rich.color import Color
from rich.console import Group
from rich.style import Style
from rich.table import Table
from textual.widgets import Static

from annotator.domain.scheme import Scheme
from annotator.ui.widgets.label_style import label_text
from annotator.ui.widgets.literal import Text, literal

LOW = (236, 242, 248)  # an empty cell
HIGH = (0, 84, 150)  # the largest count


def shade(fraction: float) -> Color:
    """The cell colour for a count that is ``fraction`` of the largest one."""
    return Color.from_rgb(*(round(lo + (hi - lo) * fraction)
                            for lo, hi in zip(LOW, HIGH, strict=True)))


def heatmap(table: dict[str, Any] | None, scheme: Scheme, *, width: int | None = None
            ) -> Group | Text:
    """Rows: the first reviewer's labels; columns: the second's; darker is more sentences,
    the diagonal (agreement) in bold."""
    if not table:
        return Text("No two reviewers have labeled the same sentence yet.")
    first, second = table["reviewers"]
    labels, counts = table["labels"], table["counts"]
    if width is None:  # room for the names, up to 10 characters
        width = min(max([5, *map(len, labels)]), 10)
    most = max((max(row) for row in counts), default=0) or 1
    grid = Table(box=None, padding=(0, 1, 0, 0), show_edge=False, pad_edge=False)
    grid.add_column(literal(f"{first} ↓ {second} →"), no_wrap=True)
    for name in labels:
        grid.add_column(label_text(scheme, name[:width]), justify="center", width=width,
                        no_wrap=True)
    for i, name in enumerate(labels):
        cells = []
        for j in range(len(labels)):
            n = counts[i][j]
            fraction = n / most
            ink = "white" if fraction > 0.55 else "black"
            style = Style(color=ink, bgcolor=shade(fraction), bold=i == j)
            cells.append(Text(f"{n:^{width}}", style=style))
        grid.add_row(label_text(scheme, name), *cells)
    caption = literal(f"{table['items']} sentences labeled by both; the diagonal is agreement")
    return Group(grid, caption)


class Heatmap(Static):
    """Shows :func:`heatmap` of the table it is given."""

    def show(self, table: dict[str, Any] | None, scheme: Scheme) -> None:
        self.update(heatmap(table, scheme))
