"""This reviewer's progress over the whole queue, and the save status line."""

from __future__ import annotations

from textual.content import Content, Span
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from annotator.ui.widgets.fast_rows import content_row, styled_rows
from annotator.ui.widgets.literal import Text
from annotator.ui.widgets.steady import SteadyStatic, repaint


class ReviewerProgress(Widget):
    """"labeled N of M", a bar and the share, drawn as one line by one widget: a label key
    repaints this row with the rest of the key's frame, never re-arranges the screen, and
    repaints nothing when the line would look the same (on a large corpus one label moves
    the bar by one in a million)."""

    COMPONENT_CLASSES = {"reviewer-progress--done", "reviewer-progress--todo",
                         "reviewer-progress--complete"}
    DEFAULT_CSS = """
    ReviewerProgress {
        height: 1;
        padding: 0 1;
        text-wrap: nowrap;
        & > .reviewer-progress--done { color: $primary; }
        & > .reviewer-progress--todo { color: $surface; }
        & > .reviewer-progress--complete { color: $success; }
    }
    """

    BAR, HALF = "━", "╸"  # a cell, and the left half of one (as Textual's bar draws them)

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002  # Textual's name
        super().__init__(id=id)
        self.figures: tuple[int | None, int | None, bool] = (None, None, False)
        self._drawn: tuple | None = None
        self._text = Content()
        self._bar_styles: dict[str, object] = {}  # Textual forgets its own at each refresh

    @property
    def words(self) -> str:
        labeled, total, assigned = self.figures
        if labeled is None or total is None:
            return "counting…"
        return f"labeled {labeled:,} of {total:,}{' assigned' if assigned else ''}"

    def show(self, labeled: int | None, total: int | None, assigned: bool = False) -> None:
        self.figures = (labeled, total, assigned)
        if self._key(self.content_size.width) != self._drawn:
            repaint(self)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn = None
        self._bar_styles = {}

    def _bar_style(self, component: str) -> Style:
        """A component's style, worked out once per theme (Textual's own cache is cleared
        by every refresh, so once per key), as Textual converts a Rich Text's style."""
        style = self._bar_styles.get(component)
        if style is None:
            style = self._bar_styles[component] = Style.from_rich_style(
                self.get_component_rich_style(component), self.app.ansi_theme)
        return style

    def _key(self, width: int) -> tuple:
        """What the line looks like: the words, the bar's room and filled half cells, the
        percentage."""
        labeled, total, _ = self.figures
        share = min(labeled / max(total, 1), 1.0) if labeled is not None and total else None
        room = max(width - len(self.words) - 2 - 5, 0)
        cells = round(share * room * 2) if share is not None else None  # half cells
        percent = int(share * 100) if share is not None else None
        return (self.words, room, cells, percent, labeled is not None and labeled == total)

    def render(self) -> Content:
        key = self._key(self.content_size.width)
        if key != self._drawn:
            self._drawn = key
            self._text = self._draw(*key)
        return self._text

    def render_lines(self, crop: Region) -> list[Strip]:
        """The line styled here (fast_rows.py) when it fits the width, as Textual would."""
        width = self.region.width
        if crop.column_span == (0, width) and not self.hover_style._link_id:
            strips = styled_rows(self, crop.line_range, self._row)
            if strips is not None:
                return strips
        return super().render_lines(crop)

    def _row(self, y: int) -> Strip:
        visual, width = self._render(), self.content_size.width
        if y == 0 and isinstance(visual, Content) and "\n" not in visual.plain \
                and "\t" not in visual.plain and visual.cell_length <= width \
                and len(visual.plain) <= width:
            strip = content_row(self, visual, 0, width)
            if strip is not None:
                return strip
        return self.render_line(y)

    def _draw(self, words: str, room: int, cells: int | None, percent: int | None,
              complete: bool) -> Content:
        """The line as Textual content, made directly (the words are digits and commas):
        what a Rich Text of the same pieces becomes in Textual, without converting one on
        every key."""
        if room <= 0:
            return Content(words)
        done = self._bar_style(
            "reviewer-progress--complete" if complete else "reviewer-progress--done")
        todo = self._bar_style("reviewer-progress--todo")
        full, half = divmod(cells or 0, 2)
        text, spans = words + "  ", []
        for piece, style in ((self.BAR * full + self.HALF * half, done),
                             (self.BAR * (room - full - half), todo)):
            if piece:
                spans.append(Span(len(text), len(text) + len(piece), style))
                text += piece
        text += f"{percent:>4}%" if percent is not None else "     "
        return Content(text, spans)


class StatusLine(SteadyStatic):
    """One line saying what just happened; "saved" only after the commit returned."""

    def say(self, message: str, style: str = "") -> None:
        self.show_lines([Text(message, style=style)])
