"""The lead's dashboard: progress over time per reviewer, labels per hour, agreement per
label, a pair's confusion heat map and the disputes with their open disagreements.

The figures come from :func:`annotator.analysis.dashboard.dashboard` (the same ones
``annotator report`` writes to HTML), computed in a thread worker on its own connection; the
worker posts :class:`DashboardReady` and the screen draws them with textual-plotext.
"""

from __future__ import annotations

from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual_plotext import PlotextPlot

from annotator.analysis.dashboard import confusion, dashboard
from annotator.analysis.report import PALETTE
from annotator.base.errors import AnnotatorError
from annotator.db.connection import connect
from annotator.ui.keymap import install_bindings
from annotator.ui.screens.keys import dashboard_bindings  # noqa: F401
from annotator.ui.session import Session
from annotator.ui.widgets.heatmap import Heatmap
from annotator.ui.widgets.literal import Text, literal, visible


def rgb(colour: str) -> tuple[int, int, int]:
    """'#0072b2' as (0, 114, 178), the form plotext takes."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


class DashboardReady(Message):
    """The worker computed the figures (or ``error`` says why not)."""

    def __init__(self, figures: dict[str, Any] | None, error: str | None = None) -> None:
        self.figures = figures
        self.error = error
        super().__init__()


class DashboardScreen(Screen):
    CSS_PATH = "../dashboard.tcss"

    app: Session  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        install_bindings(self, dashboard_bindings())
        self.figures: dict[str, Any] | None = None
        self.pair: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("computing the figures…"), id="dash-totals")
        with Grid(id="dash-charts"):
            yield PlotextPlot(id="progress-plot")
            yield PlotextPlot(id="rate-plot")
            yield PlotextPlot(id="agreement-plot")
            with Vertical(id="confusion-box"):
                yield Static(Text("confusion of a pair"), id="confusion-title")
                yield Heatmap(id="confusion")
        yield DataTable(id="dash-disputes", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#dash-disputes", DataTable)
        table.add_column("dispute", width=72)
        for name in ("members", "documents", "open", "settled"):
            table.add_column(name)
        table.border_title = "disputes: member sentences, open disagreements"
        self.compute()

    @work(thread=True, exclusive=True, group="dashboard", name="dashboard figures")
    def compute(self) -> None:
        db = connect(self.app.db_path)  # connections are per thread
        try:
            figures = dashboard(db, scheme=self.app.scheme)
        except AnnotatorError as exc:
            self.post_message(DashboardReady(None, str(exc)))
            return
        finally:
            db.close()
        self.post_message(DashboardReady(figures))

    def on_dashboard_ready(self, message: DashboardReady) -> None:
        if message.figures is None:
            self.query_one("#dash-totals", Static).update(
                literal(f"✗ the figures could not be computed: {message.error}"))
            return
        self.figures = message.figures
        chosen = self.figures["agreement"]["chosen"]
        pairs = self.figures["agreement"]["pairs"]
        if self.pair is None or self.pair >= len(pairs):
            self.pair = chosen
        self.draw()

    # drawing ----------------------------------------------------------------------------

    def draw(self) -> None:
        figures = self.figures
        assert figures is not None
        totals = figures["totals"]
        share = totals["labeled"] / totals["sentences"] if totals["sentences"] else 0.0
        self.query_one("#dash-totals", Static).update(literal(
            f"{totals['sentences']:,} sentences · {totals['labeled']:,} labeled ({share:.0%})"
            f" · {totals['settled']:,} settled · {totals['conflicts']:,} open disagreements"
            f" · {totals['gold']:,} gold      figures of {figures['generated_at'][:19]} UTC"))
        self.draw_progress(figures["progress"])
        self.draw_rates(figures["progress"])
        self.draw_agreement(figures["agreement"])
        self.draw_confusion()
        self.draw_disputes(figures["disputes"])

    def draw_progress(self, progress: dict[str, Any]) -> None:
        widget = self.query_one("#progress-plot", PlotextPlot)
        plt = widget.plt
        plt.clear_data()
        plt.clear_figure()
        plt.title(f"sentences labeled, per reviewer, by {progress['bucket']}")
        buckets = progress["buckets"]
        if buckets:
            xs = list(range(len(buckets)))
            for k, row in enumerate(progress["reviewers"]):
                plt.plot(xs, row["cumulative"], label=visible(row["reviewer"]),
                         marker="braille",
                         color=rgb(PALETTE[k % len(PALETTE)]))
            ticks = sorted({0, len(buckets) - 1})
            plt.xticks(ticks, [buckets[i].replace("T", " ") for i in ticks])
            top = max(max(row["cumulative"]) for row in progress["reviewers"])
            step = max(1, -(-top // 4))  # whole sentences on the y axis
            plt.yticks(list(range(0, top + step, step)))
            plt.ylim(0, top + step // 2 if top else 1)
        widget.refresh()

    def draw_rates(self, progress: dict[str, Any]) -> None:
        widget = self.query_one("#rate-plot", PlotextPlot)
        plt = widget.plt
        plt.clear_data()
        plt.clear_figure()
        plt.title("labels per active hour")
        rates = progress["rates"]
        if rates:
            rates = rates[::-1]  # plotext stacks horizontal bars bottom up
            plt.bar([visible(f"{r['reviewer']} {r['per_hour']:.1f}") for r in rates],
                    [round(r["per_hour"], 1) for r in rates],
                    orientation="horizontal", color=rgb(PALETTE[0]), width=0.4)
        widget.refresh()

    def draw_agreement(self, agreement: dict[str, Any]) -> None:
        widget = self.query_one("#agreement-plot", PlotextPlot)
        plt = widget.plt
        plt.clear_data()
        plt.clear_figure()
        alpha = agreement["alpha"]
        value = "–" if alpha["value"] is None else f"{alpha['value']:.2f}"
        plt.title("agreement per label")
        widget.border_subtitle = (f"alpha {value} on {alpha['items']} sentences · "
                                  "* fewer than 30")
        rows = agreement["per_label"][::-1]  # plotext stacks horizontal bars bottom up
        if rows:
            names = [visible(row["label"]) + ("*" if row["too_few"] else "")
                     + (" –" if row["value"] is None else f" {row['value']:.2f}")
                     for row in rows]
            plt.bar(names, [round(row["value"] or 0.0, 2) for row in rows],
                    orientation="horizontal", color=rgb(PALETTE[2]), width=0.4)
            plt.xlim(0, 1)
        widget.refresh()

    def draw_confusion(self) -> None:
        figures = self.figures
        assert figures is not None
        pairs = figures["agreement"]["pairs"]
        table = confusion(figures, self.pair) if pairs else None
        title = "confusion of a pair"
        if table:
            title = (f"confusion: {table['reviewers'][0]} (rows) × {table['reviewers'][1]}"
                     f" (columns), pair {self.pair + 1} of {len(pairs)}"
                     + ("; p: next pair" if len(pairs) > 1 else ""))
        self.query_one("#confusion-title", Static).update(literal(title))
        self.query_one("#confusion", Heatmap).show(table, self.app.scheme)

    def draw_disputes(self, disputes: list[dict[str, Any]]) -> None:
        table = self.query_one("#dash-disputes", DataTable)
        table.clear()
        for d in disputes:
            table.add_row(literal(d["title"] or d["id"]), Text(str(d["members"])),
                          Text(str(d["documents"])), Text(str(d["open"])),
                          Text(str(d["settled"])), key=d["id"])
        table.border_title = (f"{len(disputes)} disputes: member sentences, open "
                              "disagreements" if disputes else "no disputes yet")

    # keys -------------------------------------------------------------------------------

    def action_next_pair(self) -> None:
        if not self.figures or not self.figures["agreement"]["pairs"]:
            return
        self.pair = ((self.pair or 0) + 1) % len(self.figures["agreement"]["pairs"])
        self.draw_confusion()

    def action_refresh(self) -> None:
        self.query_one("#dash-totals", Static).update(Text("computing the figures…"))
        self.compute()

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 2:  # opened from another screen: back to it
            self.app.pop_screen()
        else:
            self.app.exit()
