"""A row of a plain widget styled without Textual's per-row machinery.

Textual styles every row it paints through ``StylesCache.render_line``, which works out the
widget's borders, outline, hatch, tint and opacity and builds two closures for each row,
and renders a content row through ``Visual.to_strips``, which wraps the whole content to
find the row. The labeling screen's widgets that change on a key (the heading, the
annotation, the status and progress lines, the sentences) have none of those effects, and
their rows never wrap (``SteadyStatic._rows``), so a row is: the content line's segments,
the widget's left and right padding, its background, the app's line filters. Built here
from the same Textual pieces in the same order, so the row is the one Textual would paint
(tests compare the two); any widget or row outside that plain case takes Textual's path.
Textual is pinned (pyproject): this reads its private line formatter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual._segment_tools import line_pad
from textual.content import Content, _FormattedLine
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget


def plain(widget: Widget) -> bool:
    """No border at the sides, no outline, hatch, tint or opacity: a row between the
    widget's top and bottom gutters is content, padding, background."""
    styles = widget.styles
    _, right, _, left = styles.border
    return (left[0] == "" and right[0] == ""
            and all(edge[0] == "" for edge in styles.outline)
            and not styles.tint.a and widget.opacity == 1.0 and styles.text_opacity == 1.0
            and (not styles.has_rule("hatch") or styles.hatch == "none")
            and widget.styles.content_align == ("left", "top"))


def content_row(widget: Widget, line: Content, y: int, width: int) -> Strip | None:
    """Content row ``y`` holding ``line`` (shorter than ``width``, no tab), as
    ``Visual.to_strips`` renders it for the whole content; None when its options are not
    the plain ones (aligned text, padded lines, a selection)."""
    rules = widget.styles.get_rule
    if widget.text_selection is not None or rules("line_pad", 0) \
            or rules("text_align", "left") not in ("left", "start"):
        return None
    segments, length = _FormattedLine(widget._get_style, line, width, y=y,
                                      line_end=True).to_strip(widget.visual_style)
    strip = Strip(segments, length)
    if widget.auto_links and not widget.is_container and not widget.screen._selecting:
        strip = strip._apply_link_style(widget.link_style)
    return strip


def styled_rows(widget: Widget, rows: Iterable[int],
                content: Callable[[int], Strip]) -> list[Strip] | None:
    """Rows ``rows`` (the widget's own, padding included) styled as Textual's
    ``StylesCache.render_line`` styles them, from ``content`` (content row -> strip);
    None when the widget is not plain or a row is padding above or below the content."""
    if not plain(widget):
        return None
    styles = widget.styles
    width, height = widget.region.size
    content_width, content_height = widget.content_region.size
    gutter = styles.gutter
    top, right, bottom, left = styles.padding
    rows = list(rows)
    if any(y < gutter.top or y >= height - gutter.bottom for y in rows):
        return None
    base_background, background = widget.background_colors
    inner = Style(background=base_background + background).rich_style
    filters = widget.get_line_filters()
    strips = []
    for y in rows:
        content_y = y - gutter.top
        if content_y < content_height:
            line = content(content_y).adjust_cell_length(content_width, inner)
        else:
            line = Strip.blank(content_width, inner)
        strip = Strip(line_pad(line, left, right, inner) if left or right else line, width)
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, background)
        strips.append(strip)
    return strips
