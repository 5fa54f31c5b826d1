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
Textual is pinned (pyproject): this makes a line's segments as its private line formatter
(``_FormattedLine``) does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual._segment_tools import line_pad
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget


def plain(widget: Widget) -> bool:
    """No border at the sides, no outline, hatch, tint or opacity: a row between the
    widget's top and bottom gutters is content, padding, background."""
    return _context(widget).plain


class _Context:
    """What every row of a widget shares (its effects, gutters, background, link style),
    worked out once while its styles and size stay the same rather than for every row a
    key paints: each is a walk up the widget's ancestors or through its style rules."""

    __slots__ = ("key", "seen", "plain", "gutter", "padding", "inner", "background", "link_style",
                 "plain_text", "layouts", "templates")

    def __init__(self, widget: Widget, key: tuple) -> None:
        self.key = key
        # the pieces of the lines painted (``_pieces``), kept while the widget's style is the
        # same object: a new theme makes a new one, and a named span style ("$accent") may
        # then be another colour
        self.layouts: dict[tuple, list] = {}
        self.templates: dict[tuple, tuple] = {}  # rows as styled, by their pieces (Cut)
        styles = widget.styles
        _, right, _, left = styles.border
        self.plain = (left[0] == "" and right[0] == ""
                      and all(edge[0] == "" for edge in styles.outline)
                      and not styles.tint.a and widget.opacity == 1.0
                      and styles.text_opacity == 1.0
                      and (not styles.has_rule("hatch") or styles.hatch == "none")
                      and styles.content_align == ("left", "top"))
        self.gutter = styles.gutter
        self.padding = styles.padding
        base_background, self.background = widget.background_colors
        self.inner = Style(background=base_background + self.background).rich_style
        rules = styles.get_rule
        self.plain_text = not rules("line_pad", 0) and rules("text_align", "left") in (
            "left", "start")
        self.link_style = widget.link_style if widget.auto_links \
            and not widget.is_container else None


def _context(widget: Widget) -> _Context:
    """The widget's shared row styling, kept until Textual works out a new style for it
    (``visual_style`` is a new object whenever its styles or a theme change) or its size
    changes."""
    # its size as the last arrangement gave it (``outer_size``: what ``region.size`` finds
    # again in the screen's map, a lookup each) and whether it shows scrollbars (their room
    # is outside ``content_region``; their size and gutter are styles)
    key = (widget.visual_style, widget._size, widget.show_vertical_scrollbar,
           widget.show_horizontal_scrollbar)
    context = widget.__dict__.get("_fast_rows_context")
    if context is None or context.seen[0] is not key[0] or context.seen[1:] != key[1:]:
        context = widget.__dict__["_fast_rows_context"] = _Context(
            widget, (key[0], widget.region.size, widget.content_region.size))
        context.seen = key
    return context


def content_row(widget: Widget, line: Content, y: int, width: int, x: int = 0
                ) -> Strip | None:
    """Content row ``y`` holding ``line`` (shorter than ``width``, no tab), as
    ``Visual.to_strips`` renders it for the whole content; None when its options are not
    the plain ones (aligned text, padded lines, a selection). A wrapped line's later rows
    give the line's number as ``y`` and where the row starts in it as ``x``."""
    context = _context(widget)
    if widget.text_selection is not None or not context.plain_text:
        return None
    strip = Strip(_segments(widget, line, context.key[0], x, y, context.layouts),
                  line.cell_length)
    if context.link_style is not None and _clickable(line, context.key[0]) \
            and not widget.screen._selecting:
        strip = strip._apply_link_style(context.link_style)
    return strip


_OFFSET_STYLES: dict[tuple, RichStyle] = {}


def _segments(widget: Widget, line: Content, style: Style, x: int, y: int,
              layouts: dict[tuple, list] | None = None) -> list[Segment]:
    """The line's segments as ``_FormattedLine.to_strip`` makes them for a left-aligned
    line: each piece in the widget's style plus its own, as a Rich style carrying where it
    starts (the offset Textual's text selection reads). Those Rich styles are kept by what
    they are made of: a key's new rows repeat the pieces and places of the rows before
    (the "label" column, the frame's edges, a line's dimmed indent), and making one costs
    more than the rest of its segment. With ``layouts`` (the widget's, ``_Context``) the
    pieces of a line are kept by its length, spans and place, and a line that says other
    characters in the same pieces is cut from them."""
    text = line.plain
    if layouts is None:
        return [Segment(text[start:end], rich)
                for start, end, rich in _pieces(widget, line, style, x, y)]
    if len(layouts) >= 512:
        layouts.clear()
    key = (style, tuple(line.spans), len(text), x, y)
    pieces = layouts.get(key)
    if pieces is None:
        pieces = layouts[key] = _pieces(widget, line, style, x, y)
    return [Segment(text[start:end], rich) for start, end, rich in pieces]


def _pieces(widget: Widget, line: Content, style: Style, x: int, y: int
            ) -> list[tuple[int, int, RichStyle]]:
    """Where each piece of the line starts and ends, with its Rich style: what ``_segments``
    makes of any line of the same length, spans and place (``Content.render`` depends on
    nothing else but the widget's style and how it parses a named style), kept by the
    widget for the lines it paints next: the status, progress and position lines say new
    numbers in the same pieces on every key, and rendering a line costs more than
    cutting its text."""
    made = _OFFSET_STYLES
    if len(made) >= 4096:
        made.clear()
    pieces = []
    start = 0
    for text, text_style in line.render(style, end="", parse_style=widget._get_style):
        key = (style, text_style, x, y)
        rich = made.get(key)
        if rich is None:
            rich = made[key] = (style + text_style).rich_style_with_offset(x, y)
        pieces.append((start, start + len(text), rich))
        start += len(text)
        x += len(text)
    return pieces


def _clickable(line: Content, style: Style) -> bool:
    """Does a segment of the row carry an action (``@click``), the only thing Textual's
    link styling changes? Asked of the line's few styles rather than by decoding every
    segment's meta, as ``Strip._apply_link_style`` does for each row."""
    for candidate in (style, *(span.style for span in line.spans)):
        if isinstance(candidate, str):
            if "@click" in candidate:
                return True
        elif candidate._meta is not None and "@click" in candidate.meta:
            return True
    return False


class Cut(NamedTuple):
    """What ``content_row(widget, line, y, width, x)`` would make, extended to ``extend``
    cells in ``pad`` (a Rich style) when given: a content callback of ``styled_rows`` gives
    this instead of the strip when ``cuttable``, and the row is styled from the pieces of
    a row styled before with the same pieces (one strip made, not four: the content's, its
    length adjusted, its padding, the app's filters)."""

    line: Content
    y: int
    x: int = 0
    extend: int = 0
    pad: RichStyle | None = None


def cuttable(widget: Widget, line: Content) -> bool:
    """May ``line`` be given as a ``Cut``: ``content_row`` would make it (no selection, the
    plain text options) without styling a link in it."""
    context = _context(widget)
    return widget.text_selection is None and context.plain_text and not (
        context.link_style is not None and _clickable(line, context.key[0]))


def _cut_row(widget: Widget, context: _Context, cut: Cut, filters: list,
             content_width: int, width: int) -> Strip:
    """The row of ``cut`` styled as ``styled_rows`` styles ``content_row``'s strip: made
    that way the first time its pieces are met (and its segments kept as a template: the
    padding's and the content pieces' final styles), cut from the template after."""
    line, style = cut.line, context.key[0]
    text = line.plain
    key = (style, tuple(line.spans), len(text), cut.x, cut.y, line.cell_length, cut.extend,
           cut.pad, tuple(filters))
    templates = context.templates
    template = templates.get(key)
    if template is not None:
        before, pieces, after = template
        return Strip([*before, *[Segment(text[start:end], rich)
                                 for start, end, rich in pieces], *after], width)
    strip = Strip(_segments(widget, line, style, cut.x, cut.y, context.layouts),
                  line.cell_length)
    if cut.extend:
        strip = strip.extend_cell_length(cut.extend, cut.pad)
    strip = _styled(strip, context, filters, content_width, width)
    pieces = context.layouts.get(key[:5])
    if pieces is not None:  # the pieces, found again one for one in the styled row
        segments = list(strip)
        lead = 1 if context.padding.left else 0
        cut_pieces = segments[lead:lead + len(pieces)]
        if len(cut_pieces) == len(pieces) and all(
                segment.text == text[start:end] and not segment.control
                for segment, (start, end, _) in zip(cut_pieces, pieces, strict=True)):
            if len(templates) >= 512:
                templates.clear()
            templates[key] = (segments[:lead],
                              [(start, end, segment.style) for segment, (start, end, _)
                               in zip(cut_pieces, pieces, strict=True)],
                              segments[lead + len(pieces):])
    return strip


def _styled(line: Strip, context: _Context, filters: list, content_width: int,
            width: int) -> Strip:
    """A content row's strip as ``StylesCache.render_line`` styles it (``styled_rows``)."""
    inner = context.inner
    _, right, _, left = context.padding
    line = line.adjust_cell_length(content_width, inner)
    strip = Strip(line_pad(line, left, right, inner) if left or right else line, width)
    for line_filter in filters:
        strip = strip.apply_filter(line_filter, context.background)
    return strip


def styled_rows(widget: Widget, rows: Iterable[int],
                content: Callable[[int], Strip | Cut]) -> list[Strip] | None:
    """Rows ``rows`` (the widget's own, padding included) styled as Textual's
    ``StylesCache.render_line`` styles them, from ``content`` (content row -> strip, or a
    ``Cut`` of a line); None when the widget is not plain or a row is padding above or
    below the content."""
    context = _context(widget)
    if not context.plain:
        return None
    _, (width, height), (content_width, content_height) = context.key
    gutter = context.gutter
    top, right, bottom, left = context.padding
    rows = list(rows)
    if any(y < gutter.top or y >= height - gutter.bottom for y in rows):
        return None
    inner = context.inner
    filters = widget.get_line_filters()
    strips = []
    for y in rows:
        content_y = y - gutter.top
        if content_y < content_height:
            line = content(content_y)
            if type(line) is Cut:
                strips.append(_cut_row(widget, context, line, filters, content_width, width))
                continue
        else:
            line = Strip.blank(content_width, inner)
        strips.append(_styled(line, context, filters, content_width, width))
    return strips
