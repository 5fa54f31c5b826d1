"""The labeling screen's rows beside Textual's own: what the screen paints, what Textual's
path paints for the same widget, and Textual's formatter for one line. Shared by the tests
of the rows the screen paints itself (tests/test_ui_fast_rows.py, test_ui_still_rows.py,
test_ui_row_pieces.py)."""

from __future__ import annotations

from textual.content import Content, _FormattedLine
from textual.geometry import Region
from textual.style import Style
from textual.widget import Widget

from annotator.ui.widgets.annotation_panel import AnnotationPanel
from annotator.ui.widgets.document_bar import DocumentBar
from annotator.ui.widgets.progress import ReviewerProgress, StatusAndProgress
from annotator.ui.widgets.sentence_view import ReadingView
from annotator.ui.widgets.steady import SteadyStatic

WIDGETS = (DocumentBar, ReadingView, AnnotationPanel, StatusAndProgress)


def painted(widget: Widget) -> list[list]:
    """The widget's rows as the screen paints them (its caches included)."""
    width, height = widget.region.size
    return [list(strip) for strip in widget.render_lines(Region(0, 0, width, height))]


def textual(widget: Widget) -> list[list]:
    """The widget's rows as Textual paints a widget: its styles cache, and for a Static
    the whole content rendered at once."""
    width, height = widget.region.size
    widget._styles_cache.clear()
    if isinstance(widget, SteadyStatic | ReviewerProgress):
        widget._layout_cache.clear()
        widget._render_content()
        widget.render_line = lambda y: Widget.render_line(widget, y)
    try:
        strips = Widget.render_lines(widget, Region(0, 0, width, height))
    finally:
        widget.__dict__.pop("render_line", None)
        widget._styles_cache.clear()
    return [list(strip) for strip in strips]


def both_paintings(screen, key: str) -> list[tuple]:
    """(key, widget kind, its rows as the screen paints them, as Textual paints them) for
    every shown widget of WIDGETS on the screen: what the row tests compare after a key."""
    return [(key, kind.__name__, painted(widget), textual(widget))
            for kind in WIDGETS for widget in screen.query(kind)
            if widget.display and widget.region.area]


def formatted(line: Content, style: Style, x: int, y: int) -> list:
    """The segments Textual's formatter gives one line at (x, y) on ``style``."""
    segments, _ = _FormattedLine(lambda s: s if isinstance(s, Style) else Style.parse(s),
                                 line, 200, x=x, y=y, line_end=True).to_strip(style)
    return segments


class StyleParser:
    """What fast_rows._segments asks of a widget: its styles parsed."""

    @staticmethod
    def _get_style(style):
        return style if isinstance(style, Style) else Style.parse(style)
