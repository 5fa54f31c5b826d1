"""This reviewer's progress over the whole queue, and the save status line."""

from __future__ import annotations

from textual.content import Content, Span
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from annotator.ui.widgets.fast_rows import Cut, content_row, cuttable, styled_rows
from annotator.ui.widgets.literal import Text, as_shown
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
        self._drawn: tuple | None = None  # the line render() made last (its key)
        # the line last asked to be painted: render() may not run for it (a row shown
        # before is taken from what was painted), so _drawn can lag what the terminal shows
        self._asked: tuple | None = None
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
        key = self._key(self.content_size.width)
        if key != self._asked:
            self._asked = key
            self._repaint_bar()

    def _repaint_bar(self) -> None:
        repaint(self)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn = self._asked = None
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
        return self._render_at(self.content_size.width)

    def _render_at(self, width: int) -> Content:
        """``render`` at the content's width ``width``, where the caller has it."""
        key = self._key(width)
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

    def _row(self, y: int) -> Strip | Cut:
        visual, width = self._render(), self.content_size.width
        if y == 0 and isinstance(visual, Content) and "\n" not in visual.plain \
                and "\t" not in visual.plain and visual.cell_length <= width \
                and len(visual.plain) <= width:
            if cuttable(self, visual):
                return Cut(visual, 0)
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
        # one cell a character (digits, words, the bar's ━ and ╸): its length, not counted
        # character by character on every key
        return Content(text, spans, cell_length=len(text) if words.isascii() else None)


def status_content(message: str, style: str = "") -> Content:
    """``to_content(Text(message, style=style))`` made directly: the characters the Text
    holds (``as_shown``), its style a span over them (a new message on every key)."""
    content = Content(as_shown(message))
    return content.stylize_before(style) if style else content


class StatusLine(SteadyStatic):
    """One line saying what just happened; "saved" only after the commit returned."""

    def say(self, message: str, style: str = "") -> None:
        self.show_lines([Text(message, style=style)])


class StatusAndProgress(ReviewerProgress):
    """The status line (StatusLine) over the progress line (ReviewerProgress), drawn by one
    widget: a label key changes both, and each widget on the screen is one more stop for
    the messages a key sends around it. Each row is painted as the two widgets painted it:
    the status as a wrapping Static shows its first row, the progress line as above."""

    DEFAULT_CSS = """
    StatusAndProgress {
        height: 2;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002  # Textual's name
        super().__init__(id=id)
        self._said: tuple = ("", "")
        self._status = Content()  # the message as Textual content
        self._status_row: tuple | None = None  # (message and style, width, its first row)
        self._painted: dict[tuple, Strip] = {}  # each row as painted, by what it shows

    def say(self, message: str, style: str = "") -> None:
        if (message, style) == self._said:
            return
        self._said = (message, style)
        self._status = status_content(message, style)
        repaint(self, Region(0, 0, self.content_size.width, 1))

    def _repaint_bar(self) -> None:
        repaint(self, Region(0, 1, self.content_size.width, 1))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._painted = {}

    def _first_row(self, width: int) -> Content:
        """The message's first row at ``width``, as a Static that wraps it shows it."""
        key = (self._said, width)
        if self._status_row is None or self._status_row[0] != key:
            status = self._status
            if "\n" in status.plain or "\t" in status.plain or status.cell_length > width:
                rows = status.wrap(width) if width > 0 else []
                status = rows[0] if rows else Content()
            self._status_row = (key, status)
        return self._status_row[1]

    def render(self) -> Content:
        return Content("\n").join([self._first_row(self.content_size.width),
                                   super().render()])

    def render_lines(self, crop: Region) -> list[Strip]:
        """Each row styled here (fast_rows.py) and kept while it shows the same, as Textual
        would paint it; else Textual's own path."""
        width = self.region.width
        if crop.column_span != (0, width) or self.hover_style._link_id:
            return super().render_lines(crop)
        content_width = self.content_size.width
        first = self._first_row(content_width)
        shows = {0: (first.plain, tuple(first.spans)),
                 1: self._key(content_width)}
        keys = [(y, width, shows.get(y)) for y in crop.line_range]
        painted = [self._painted.get(key) for key in keys]
        missing = [y for y, strip in zip(crop.line_range, painted, strict=True)
                   if strip is None]
        if missing:
            strips = styled_rows(self, missing, lambda y: self._row(y, content_width))
            if strips is None:
                return super().render_lines(crop)
            if len(self._painted) >= 8:
                self._painted = {}
            made = dict(zip(missing, strips, strict=True))
            painted = [strip if strip is not None else made[y]
                       for y, strip in zip(crop.line_range, painted, strict=True)]
            for key, strip in zip(keys, painted, strict=True):
                self._painted[key] = strip
        return painted

    def _row(self, y: int, width: int | None = None) -> Strip | Cut:
        if width is None:
            width = self.content_size.width
        if y == 0:
            first = self._first_row(width)
            if cuttable(self, first):
                return Cut(first, 0)
            strip = content_row(self, first, 0, width)
            if strip is not None:
                return strip
            return self.render_line(y)
        visual = self._render_at(width)
        if y == 1 and "\n" not in visual.plain and "\t" not in visual.plain \
                and visual.cell_length <= width and len(visual.plain) <= width:
            if cuttable(self, visual):
                return Cut(visual, 1)
            strip = content_row(self, visual, 1, width)
            if strip is not None:
                return strip
        return self.render_line(y)
