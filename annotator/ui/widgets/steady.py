"""A Static that repaints alone: the screen is re-arranged only when its height changes.

Textual's ``Static.update`` asks for a relayout of the whole screen by default, which
re-measures and repaints every widget. A keystroke on the labeling screen changes the
words of a few widgets but rarely their height, so each repaints only itself, and an
update with the words already shown does nothing.
"""

from __future__ import annotations

from rich._wrap import divide_line
from rich.cells import cell_len
from textual.content import Content, Span
from textual.dom import NoScreen
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.style import Style as TextualStyle
from textual.visual import Visual, visualize
from textual.widgets import Static

from annotator.ui.widgets.fast_rows import Cut, content_row, cuttable, styled_rows
from annotator.ui.widgets.literal import Text


def _key(content) -> tuple:
    """What a content looks like: its characters and styles."""
    spans = getattr(content, "spans", None)
    return (str(getattr(content, "plain", content)), tuple(spans or ()),
            str(getattr(content, "style", "")))


class SteadyStatic(Static):
    """``show_content`` repaints; the screen is re-arranged only when the height changes.
    With ``GROW_ONLY`` the widget keeps the tallest height it has needed (a blank row at
    its foot rather than the screen re-arranged for every sentence whose words wrap
    differently)."""

    GROW_ONLY = False
    _shown_key: tuple | None = None
    _shown_height: int | None = None
    _styled: dict[tuple, Strip] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """Rows as painted, kept by what they show: a key that changes one row of a
        heading (the sentence's number) styles that row alone, not the title and the
        reviewer's line again (Textual keeps painted rows only until the next update)."""
        width, height = self.region.size
        if crop.column_span != (0, width) or self.opacity != 1.0 \
                or self.hover_style._link_id:  # a link under the mouse: styled per render
            return super().render_lines(crop)
        if self._styled is None or len(self._styled) >= 256:
            self._styled = {}
        styled, gutter = self._styled, self.styles.gutter
        rows = self._rows()
        keys = []
        for y in crop.line_range:
            inside = gutter.top <= y < height - gutter.bottom
            if not inside:
                key = (y, width, height)
            elif rows is not None:  # what the row shows, without rendering the content
                row = rows[y - gutter.top] if y - gutter.top < len(rows) else None
                key = (y, width, row.plain, tuple(row.spans), self._place(y - gutter.top)) \
                    if row is not None else (y, width)
            else:
                key = (tuple(self.render_line(y - gutter.top)), width)
            keys.append(key)
        strips: list[Strip | None] = [styled.get(key) for key in keys]
        missing = [k for k, strip in enumerate(strips) if strip is None]
        # several rows changed (a proposal's lines): the content rendered once for all of
        # them, and Textual styles them in one call (each call costs as much as a row)
        self._whole = len(missing) > 1
        if missing and rows is not None:  # the rows changed, styled here (fast_rows.py)
            fast = styled_rows(self, [crop.y + k for k in missing],
                               lambda y: self._row_strip(rows, y))
            if fast is not None:
                for k, strip in zip(missing, fast, strict=True):
                    strips[k] = styled[keys[k]] = strip
                return strips
        if missing:
            first, last = missing[0], missing[-1]
            run = super().render_lines(Region(0, crop.y + first, width, last - first + 1))
            for k, strip in enumerate(run, first):
                if strips[k] is None:
                    strips[k] = styled[keys[k]] = strip
        return strips

    def _row_strip(self, rows: list[Content], y: int) -> Strip | Cut:
        """Content row y, as ``render_line`` would give it (or its ``Cut``)."""
        if y < len(rows):
            x, line = self._place(y)
            if cuttable(self, rows[y]):
                return Cut(rows[y], line, x)
            strip = content_row(self, rows[y], line, self.size.width, x)
            if strip is not None:
                return strip
        return self.render_line(y)

    _whole = False  # render_line: several rows are being rendered, the content at once

    # (the visual, its width, its rows or None, where each row starts in the content when
    # lines wrap: None when row y is line y)
    _lines: tuple | None = None

    def _rows(self, width: int | None = None) -> list[Content] | None:
        """The content's rows: its lines when no line reaches the edge (nothing wraps, so
        row y shows line y as Textual would paint it), else the lines as Textual wraps them
        (``_wrapped``); None where Textual's options are not the plain ones. ``width``: the
        content's, when the caller has it (each lookup finds the widget in the screen's
        map again)."""
        visual = self.visual
        if width is None:
            width = self.size.width
        if self._lines is None or self._lines[0] is not visual or self._lines[1] != width:
            rows = places = None
            if isinstance(visual, Content) and width:
                lines = visual.split(allow_blank=True)
                if all(line.cell_length < width and "\t" not in line.plain
                       for line in lines):
                    rows = lines
                else:
                    rows, places = self._wrapped(visual, width)
            self._lines = (visual, width, rows, places)
        return self._lines[2]

    def _wrapped(self, visual: Content, width: int) -> tuple[list | None, list | None]:
        """The rows of a content some of whose lines wrap, and where each starts (its
        offset in its line, the line's number: what Textual keeps in each cell for text
        selection), wrapped by Textual's own formatter as its render does (textual is
        pinned: a private method), without making every row's strip: a proposal's reason
        that wraps changes a row or two of the annotation, not all five."""
        rules = self.styles.get_rule
        if "\t" in visual.plain or rules("line_pad", 0) \
                or rules("text_wrap", "wrap") != "wrap" \
                or rules("text_overflow", "fold") != "fold" \
                or rules("text_align", "left") not in ("left", "start"):
            return None, None
        formatted = visual._wrap_and_format(width, align=rules("text_align", "left"),
                                            overflow="fold", no_wrap=False, line_pad=0,
                                            tab_size=8)
        return ([line.content for line in formatted],
                [(line.x, line.y) for line in formatted])

    def _place(self, y: int) -> tuple[int, int]:
        """Where row y of ``_rows`` starts: (offset in its line, the line's number)."""
        places = self._lines[3] if self._lines is not None else None
        return places[y] if places is not None else (0, y)

    _looked: tuple | None = None  # (the rows of ``_lines``, what each shows)

    def _looks(self, width: int | None = None) -> list[tuple] | None:
        """What each row shows (characters, styles, where it starts), or None; worked out
        once for each set of rows (a key compares the rows shown with the new ones, which
        the next key compares again)."""
        rows = self._rows(width)
        if rows is None:
            return None
        lines = self._lines
        if self._looked is not None and self._looked[0] is lines:
            return self._looked[1]
        looks = [(row.plain, row.spans, self._place(y)) for y, row in enumerate(rows)]
        self._looked = (lines, looks)
        return looks

    def render_line(self, y: int) -> Strip:
        """Row y alone when the rows are known (``_rows``): a key renders the rows it
        changed, not the whole content. The lines before it are blank ones, so the row
        keeps its place for text selection."""
        rows = self._rows()
        if rows is None or self._whole or self.styles.content_align != ("left", "top") \
                or self._lines[3] is not None:  # wrapped rows: Textual renders the whole
            return super().render_line(y)
        if y >= len(rows):
            return Strip.blank(self.size.width, self.visual_style.rich_style)
        picture = Content("\n" * y) + rows[y] if y else rows[y]
        return Visual.to_strips(self, picture, self.size.width, y + 1, self.visual_style)[y]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styled = None  # a new theme: every row is coloured again

    _converted: dict[tuple, Content] | None = None  # the lines shown, as Textual content

    def show_lines(self, lines: list[Text]) -> None:
        """``show_content`` for lines joined by line breaks, each made Textual content once
        while it is shown (the heading's title and reviewer line stay from key to key), the
        rows being the lines rather than found again by splitting the whole."""
        converted, kept, rows = self._converted or {}, {}, []
        console = self.app.console
        for line in lines:
            key = (_key(line), len(lines) == 1)
            row = converted.get(key)
            if row is None:  # as Textual converts the whole: one line alone, or the lines
                # joined by Rich (each line's own style made its first span)
                row = to_content(line, console, self.app.ansi_theme, joined=len(lines) > 1)
            kept[key] = row
            rows.append(row)
        self._converted = kept
        self.show_content(Content("\n").join(rows), rows)

    def show_rows(self, rows: list[Content]) -> None:
        """``show_content`` for rows made Textual content already, one line each."""
        self.show_content(Content("\n").join(rows), rows)

    def show_content(self, content, rows: list[Content] | None = None) -> None:
        key = _key(content)
        if key == self._shown_key:
            return
        self._shown_key = key
        width = self.content_size.width
        self._repaint_rows(content, rows, width)
        fixed = self.styles.height
        if fixed is not None and not fixed.is_auto:
            return  # a fixed height (the status line): no content changes the arrangement
        height = self._rows_shown(key[0], width) if width else None
        if height is None or self._shown_height is None:
            self._shown_height = height
            self.refresh(layout=True)
        elif self.GROW_ONLY and height > self._shown_height:
            self._shown_height = height
            self.styles.min_height = height + self.styles.gutter.height  # a relayout
        elif not self.GROW_ONLY and height != self._shown_height:
            self._shown_height = height
            self.refresh(layout=True)


    def _repaint_rows(self, content, rows: list[Content] | None = None,
                      width: int | None = None) -> None:
        """``Static.update`` without a layout, repainting only the rows that look different
        when each line is one row before and after (the heading's position line, not its
        title and reviewer; the proposal's lines, not the rule above them); else the whole
        widget, as ``update`` does (textual is pinned: its private content fields)."""
        if width is None:
            width = self.content_size.width
        before = self._looks(width) if self.is_mounted else None
        self._Static__content = content
        self._Static__visual = visualize(self, content, markup=self._render_markup)
        if rows is not None:  # the content's lines, given: the rows when none wraps
            fits = width and all(row.cell_length < width and "\t" not in row.plain
                                 for row in rows)
            self._lines = (self._Static__visual, width, rows, None) if fits else None
        after = self._looks(width) if before is not None else None
        if before is None or after is None or len(before) != len(after):
            repaint(self)
            return
        changed = [Region(0, y, width, 1)
                   for y, (old, new) in enumerate(zip(before, after, strict=True))
                   if old != new]
        repaint(self, *changed)

    def _rows_shown(self, plain: str, width: int) -> int:
        """``_height``, counted from the rows ``_repaint_rows`` has just made of this
        content at this width, where it made them (each line one row, or the lines as
        Textual's formatter wraps them, which is what Textual counts): a proposal's reason
        that wraps is not divided a second time to count its rows."""
        lines = self._lines
        if lines is not None and lines[2] is not None and lines[1] == width \
                and lines[0] is self._Static__visual and (
                    lines[3] is not None  # wrapped by Textual's own formatter
                    or len(lines[2]) == plain.count("\n") + 1):  # one row a line
            return len(lines[2])
        return self._height(plain, width)

    def _height(self, plain: str, width: int) -> int:
        """Rows the content needs at ``width``: one a line when no line reaches the edge
        (nothing wraps), else as Textual measures it (wrapping the whole content)."""
        lines = plain.split("\n")
        if plain and all(cell_len(line) < width for line in lines):
            return len(lines)
        rules = self.styles.get_rule
        if "\t" not in plain and not rules("line_pad", 0) and rules("text_wrap", "wrap") == \
                "wrap" and rules("text_overflow", "fold") == "fold":
            return rows_needed(lines, width)
        return self.get_content_height(Size(0, 0), self.app.size, width)


_CONVERTED: dict[tuple, TextualStyle] = {}


def to_content(line: Text, console, theme, joined: bool = False) -> Content:
    """``Content.from_rich_text(line, console=console)`` (with ``joined``: of
    ``Text("").join([line])``, the line's own style made its first span), each Rich style
    converted once: the label, source and confidence lines a key changes carry the same
    dozen styles on every key, and Textual converts each span's style again."""
    base = line.style
    items = [(0, len(line), base), *line._spans] if joined and base else line._spans
    content = Content(line.plain, [Span(start, end, converted_style(style, console, theme))
                                   for start, end, style in items])
    if base and not joined:
        content = content.stylize_before(
            base if isinstance(base, str) else TextualStyle.from_rich_style(base, theme))
    return content


def converted_style(style, console, theme) -> TextualStyle:
    """A Rich style (or its definition) as ``Content.from_rich_text`` converts a span's,
    converted once while the console and ANSI theme are the same."""
    key = (style, console, theme)
    converted = _CONVERTED.get(key)
    if converted is None:
        if len(_CONVERTED) >= 512:
            _CONVERTED.clear()
        converted = _CONVERTED[key] = TextualStyle.from_rich_style(
            console.get_style(style) if isinstance(style, str) else style, theme)
    return converted


def rows_needed(lines: list[str], width: int) -> int:
    """Rows the lines take wrapped (and folded) at ``width``, as Textual counts them
    (``Content.get_height``: each line cut at rich's word breaks), without making the
    lines: a long proposal's reason wraps on about half the keys."""
    return sum(len(divide_line(line, width)) + 1 if cell_len(line) > width else 1
               for line in lines)


def repaint(widget, *regions: Region) -> None:
    """``widget.refresh(*regions)`` for new words in the same rows, handed to its screen at
    once, as ``paint_together`` does after a key: the widget's own message loop is not woken
    (a Prompt message per changed widget, each a turn of the event loop on the key's time)
    only to hand it over at its idle. Anything else (not on an arranged screen yet, hidden,
    a layout pending) takes Textual's path (textual is pinned: its private refresh fields)."""
    try:
        screen = widget.screen
    except NoScreen:
        screen = None
    if screen is None or not widget.is_mounted or not widget.display \
            or widget._layout_required or widget._closing or screen not in screen._compositor:
        widget.refresh(*regions)
        return
    widget._layout_cache.clear()  # what Widget.refresh does for a repaint, but its idle
    widget._set_dirty(*regions)
    widget.clear_cached_dimensions()
    widget._rich_style_cache.clear()
    screen._dirty_widgets.add(widget)
    screen.check_idle()


def paint_together(screen) -> None:
    """Hand every widget a key changed to the screen now, so they are painted in one frame.

    A widget tells the screen it needs painting when its own message loop next goes idle;
    the screen paints at its next tick. A key that changes six widgets (the next sentence,
    its heading, the annotation, the status and progress lines) was painted in two frames
    whenever the tick fell between the first widgets' turns and the last ones'. Called after
    each key's action (the app's run_action), this does for each widget what its idle would
    (Textual's ``Widget._check_refresh``; textual is pinned). A widget that only needs
    repainting is handed over directly, as the screen's handler of its Update message would
    (``Screen._on_update``): one message fewer per widget a key changes."""
    direct = screen in screen._compositor
    handed = False
    for widget in screen.walk_children():
        if widget._layout_required or (widget._repaint_required and not direct) \
                or widget._refresh_styles_required or widget._scroll_required:
            widget._check_refresh()
        elif widget._repaint_required:
            widget._repaint_required = False
            if widget.display:
                screen._dirty_widgets.add(widget)
                handed = True
    if handed:
        screen.check_idle()
