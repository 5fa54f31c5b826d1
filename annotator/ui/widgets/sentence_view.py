"""The sentence being labeled, and the sentences around it, dimmed."""

from __future__ import annotations

from rich._wrap import divide_line, re_word
from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Static

from annotator.domain.navigation import Sentence
from annotator.ui.widgets.fast_rows import Cut, content_row, cuttable, plain, styled_rows
from annotator.ui.widgets.literal import Text, literal, visible
from annotator.ui.widgets.steady import repaint


class SentenceView(Static):
    """The current sentence, bold and framed: the one thing the analyst reads closely."""

    def show(self, sentence: Sentence | None) -> None:
        self.update(literal(sentence.text, "bold") if sentence else Text(""))


class ContextView(Static):
    """Neighbouring sentences of the same document, dimmed."""

    def show(self, sentences: list[Sentence]) -> None:
        self.update(Text("\n").join(literal(s.text, "dim") for s in sentences))
        self.display = bool(sentences)


FRAME = "$accent"  # the colour of the frame around the sentence
SENTENCE = "bold $foreground"


class ReadingView(Widget):
    """The sentence framed, with the sentences before and after it dimmed, drawn as one
    picture in a region of fixed size (the screen's free rows).

    Moving to another sentence repaints this one widget: its size does not depend on
    what it shows, so Textual never re-arranges the screen for a keystroke (a relayout
    re-measures and repaints every widget). Each line is rendered once and kept while it
    stays on screen (moving down a document shifts the same lines up). When everything
    does not fit, the sentence stays whole in view and the context is cut: before it at
    the top, after it at the bottom.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown: tuple = ((), None, ())
        self._drawn: tuple | None = None
        self._lines: list[Content] = []
        self._looks: list[tuple] = []  # each line's characters and styles
        self._strips: dict[tuple, Strip] = {}
        self._styled: dict[tuple, Strip] = {}  # lines as painted (padding, colours, filters)

    def show(self, before: list[Sentence], sentence: Sentence | None,
             after: list[Sentence]) -> None:
        self._shown = (tuple(s.text for s in before), sentence.text if sentence else None,
                       tuple(s.text for s in after))
        self._draw()

    @property
    def text(self) -> str:
        """What the view shows, as plain lines."""
        return "\n".join(line.plain for line in self._lines)

    def on_resize(self) -> None:
        self._draw()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a new theme: the lines are coloured again
        self._styled.clear()

    def _draw(self) -> None:
        width, height = self.content_size
        key = (self._shown, width, height)
        if key == self._drawn:
            return  # the same picture: nothing to repaint
        resized = self._drawn is None or self._drawn[1:] != (width, height)
        self._drawn = key
        before, self._lines = self._looks, self.picture(width, height)
        # what each row shows, worked out once per picture: compared here, and the key of
        # the row's painted strip in render_lines (a key's frame visits every row)
        self._looks = [(line.plain, tuple(line.spans)) for line in self._lines]
        if resized:
            self.refresh()
            return
        # only the rows that look different: the blank rows under the context and the
        # lines that stay where they were are not painted again (nor sent to the terminal)
        after = self._looks
        changed = [Region(0, y, width, 1)
                   for y in range(max(len(before), len(after)))
                   if _looks(before, y) != _looks(after, y)]
        if changed:
            repaint(self, *changed)

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        if y >= len(self._lines):
            return Strip.blank(width, self.visual_style.rich_style)
        line = self._lines[y]
        key = (*self._looks[y], width)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) >= 512:
                self._strips.clear()
            strip = self._fast_strip(line, width)
            if strip is None:
                strip = Visual.to_strips(self, line, width, 1, self.visual_style, pad=True)[0]
            self._strips[key] = strip
        return strip

    def _fast_strip(self, line: Content, width: int) -> Strip | None:
        """The line as ``Visual.to_strips`` renders it alone (padded to ``width``), built
        directly when it fits (fast_rows.py); None otherwise."""
        if line.cell_length > width or len(line.plain) > width or "\t" in line.plain \
                or not plain(self):
            return None
        strip = content_row(self, line, 0, width)
        if strip is None:
            return None
        return strip.extend_cell_length(width, self._padding_style())

    def _padding_style(self):
        """What a line is padded with in the widget's style (a Rich style)."""
        visual_style = self.visual_style
        if self._pad_style is None or self._pad_style[0] is not visual_style:
            self._pad_style = (visual_style,
                               (visual_style + Style(reverse=False)).rich_style)
        return self._pad_style[1]

    _pad_style: tuple | None = None  # (the visual style, what a line is padded with in it)

    def _row(self, y: int, width: int) -> Strip | Cut:
        """Row y for ``styled_rows``: the line's ``Cut`` (what ``_fast_strip`` makes of it)
        when it fits, else ``render_line``'s strip. ``width``: the content's, looked up once
        by the caller (each lookup finds the widget in the screen's map again)."""
        if y < len(self._lines):
            line = self._lines[y]
            if line.cell_length <= width and len(line.plain) <= width \
                    and "\t" not in line.plain and cuttable(self, line):
                return Cut(line, 0, 0, width, self._padding_style())
        return self.render_line(y)

    def render_lines(self, crop: Region) -> list[Strip]:
        """Each line as painted, kept by what it shows rather than by its row: moving down
        a document shifts the same lines up, and Textual's own cache (by row) would style
        every one of them again. A line is styled by Textual once (the widget's padding,
        colours and the app's filters), then reused wherever it lands."""
        width = self.region.width
        styles = self.styles
        if crop.column_span != (0, width) or styles.gutter.top or styles.gutter.bottom \
                or self.opacity != 1.0:
            return super().render_lines(crop)
        styled, looks = self._styled, self._looks
        if len(styled) >= 512:
            styled.clear()
        keys = [(*looks[y], width) if y < len(looks) else (width,) for y in crop.line_range]
        strips: list[Strip | None] = [styled.get(key) for key in keys]
        # the rows not styled yet, in runs: Textual styles a run in one call
        k, top = 0, crop.y
        content_width = None  # looked up once, for the rows not styled yet

        def row(y: int) -> Strip | Cut:
            nonlocal content_width
            if content_width is None:
                content_width = self.content_size.width
            return self._row(y, content_width)

        while k < len(strips):
            if strips[k] is not None:
                k += 1
                continue
            end = k
            while end < len(strips) and strips[end] is None:
                end += 1
            run = styled_rows(self, range(top + k, top + end), row) \
                or super().render_lines(Region(0, top + k, width, end - k))
            for j, strip in enumerate(run, k):
                strips[j] = styled.setdefault(keys[j], strip)
            k = end
        return strips

    def picture(self, width: int, height: int) -> list[Content]:
        """The lines shown in ``width`` x ``height`` cells."""
        before, sentence, after = self._shown
        if width < 6 or height < 1:
            return []
        framed = _framed(sentence or "", width)
        above = _wrap(before, width - 2, "dim", indent=True)
        below = _wrap(after, width - 2, "dim", indent=True)
        room = max(height - len(framed), 0)
        lines = above[len(above) - room:] if room < len(above) else above
        lines = lines + framed[:height]
        return lines + below[:max(height - len(lines), 0)]


def _looks(looks: list[tuple], y: int) -> tuple | None:
    """What row ``y`` of a picture shows (None: blank)."""
    return looks[y] if y < len(looks) else None


_WRAPPED: dict[tuple[str, int, str, bool], list[Content]] = {}


def _wrap(texts, width: int, style: str, indent: bool = False) -> list[Content]:
    """Each text (data, shown literally) wrapped to ``width`` cells, in ``style``, each
    line after one blank cell when ``indent`` (the context). Moving down a document shows
    each sentence several times (after, then framed, then before): it is wrapped once."""
    lines: list[Content] = []
    for text in texts:
        key = (text, width, style, indent)
        wrapped = _WRAPPED.get(key)
        if wrapped is None:
            if len(_WRAPPED) >= 256:
                _WRAPPED.clear()
            wrapped = [line.stylize_before(style) for line in wrapped_lines(text, width)]
            if indent:
                wrapped = [Content(" ") + line for line in wrapped]
            _WRAPPED[key] = wrapped
        lines.extend(wrapped)
    return lines


def wrapped_lines(text: str, width: int) -> list[Content]:
    """The text (data, shown literally) in lines of at most ``width`` cells, as Textual wraps
    it (``Content.wrap``): a key wraps two sentences (the one framed, the one coming into
    view), and Textual's wrapping costs about as much again around the word breaks. For
    one line of one-cell characters with no space at its ends, the lines are the text cut
    at rich's word breaks, each but the last without the spaces before the break (a test
    compares the two for any text); anything else is wrapped by Textual."""
    text = visible(text)
    if (not text or "\n" in text or "\t" in text or text[0].isspace()
            or text[-1].isspace() or cell_len(text) != len(text)):
        return Content.from_rich_text(literal(text)).wrap(width)
    breaks = _divide_ascii(text, width) if text.isascii() and text.isprintable() else None
    cuts = [0, *(divide_line(text, width) if breaks is None else breaks), len(text)]
    lines = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        line = text[start:end].rstrip()
        if len(line) > width:  # a word longer than the width, folded: Textual's
            return Content.from_rich_text(literal(text)).wrap(width)
        lines.append(Content(line))
    return lines


def _divide_ascii(text: str, width: int) -> list[int] | None:
    """``rich._wrap.divide_line(text, width)`` for printable ASCII, where a word's cells
    are its characters (rich counts each word's cells; a key wraps two sentences of a few
    dozen words); None when a word is longer than the width (rich folds it)."""
    breaks: list[int] = []
    offset = 0
    match = _WORD.match
    found = match(text, 0)
    while found is not None:
        start, end = found.span()
        word = found.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += end - start
        elif length > width:
            return None
        elif offset and start:
            breaks.append(start)
            offset = end - start
        found = match(text, end)
    return breaks


_WORD = re_word  # rich's word: spaces, the word, the spaces after it


_FRAMED: dict[tuple[str, int], list[Content]] = {}


def _framed(sentence: str, width: int) -> list[Content]:
    """The sentence in its frame, ``width`` cells wide: built once per sentence shown (undo
    and moving back show it again)."""
    key = (sentence, width)
    framed = _FRAMED.get(key)
    if framed is None:
        if len(_FRAMED) >= 64:
            _FRAMED.clear()
        inner = width - 4  # frame and one cell of padding on each side
        framed = [Content.styled("┏" + "━" * (width - 2) + "┓", FRAME)]
        for line in _wrap([sentence], inner, SENTENCE):
            framed.append(Content.assemble(("┃ ", FRAME), line.pad_right(inner - line.cell_length),
                                           (" ┃", FRAME)))
        framed.append(Content.styled("┗" + "━" * (width - 2) + "┛", FRAME))
        _FRAMED[key] = framed
    return framed
