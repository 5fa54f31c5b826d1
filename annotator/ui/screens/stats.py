"""Progress figures (annotator.stats) in a modal, computed in a worker."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from annotator.domain.scheme import Scheme
from annotator.ui.widgets.label_style import label_text
from annotator.ui.widgets.literal import literal


def stats_tables(figures: dict, scheme: Scheme | None = None) -> Group:
    """Tables by label (each in its scheme colour), by reviewer and by document, every
    corpus string literal."""
    labels = Table(title="by label", expand=True)
    for column in ("label", "annotations", "sentences"):
        labels.add_column(column)
    for row in figures["labels"]:
        name = label_text(scheme, row["label"]) if scheme else literal(row["label"])
        labels.add_row(name, str(row["annotations"]), str(row["sentences"]))
    reviewers = Table(title="by reviewer", expand=True)
    for column in ("reviewer", "labeled", "share"):
        reviewers.add_column(column)
    for row in figures["reviewers"]:
        reviewers.add_row(literal(row["reviewer"]), str(row["labeled"]), f"{row['share']:.0%}")
    documents = Table(title="by document", expand=True)
    for column in ("document", "sentences", "labeled", "conflicts"):
        documents.add_column(column)
    for row in figures["documents"]:
        documents.add_row(literal(row["title"] or row["id"]), str(row["sentences"]),
                          str(row["labeled"]), str(row["conflicts"]))
    return Group(literal(f"{figures['sentences']:,} sentences, {figures['gold']:,} gold"),
                 labels, reviewers, documents)


class StatsScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "close", key_display="esc")]

    def __init__(self, figures: dict) -> None:
        super().__init__()
        self.figures = figures

    def compose(self) -> ComposeResult:
        with Vertical(id="stats-box", classes="dialog"):
            yield Static("Stats  (esc closes)", id="stats-title")
            with VerticalScroll():
                yield Static(stats_tables(self.figures, self.app.scheme))

    def action_close(self) -> None:
        self.dismiss(None)
