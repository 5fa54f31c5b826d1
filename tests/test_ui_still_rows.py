"""Round 46 (issue 10): the rows the screen hands back unchanged (widgets/still.py) and the
segments it makes itself (fast_rows._segments) are what Textual paints: after a key, a
repaint of the widget with new words, a resize and a new theme."""

from __future__ import annotations

import random

from support.rows import StyleParser, formatted
from support.ui import drive, shown
from textual.content import Content, Span
from textual.geometry import Region
from textual.style import Style
from textual.widget import Widget

from annotator.ui.widgets import fast_rows
from annotator.ui.widgets.key_line import KeyLine
from annotator.ui.widgets.label_style import label_text
from annotator.ui.widgets.literal import Text, literal


def painted(widget: Widget) -> list[list]:
    width, height = widget.region.size
    return [list(strip) for strip in widget.render_lines(Region(0, 0, width, height))]


def textual(widget: Widget) -> list[list]:
    """The rows through Textual's own path, its styles cache emptied (and left empty, so
    the next frame renders them again)."""
    width, height = widget.region.size
    widget._styles_cache.clear()
    try:
        strips = Widget.render_lines(widget, Region(0, 0, width, height))
    finally:
        widget._styles_cache.clear()
    return [list(strip) for strip in strips]


def test_still_rows_follow_every_change_textual_paints(seeded_db, db_path, monkeypatch):
    seen = []

    async def scenario(pilot):
        app = pilot.app
        line = app.screen.query_one(KeyLine)

        def check(when):
            for widget in (line, app.screen):
                first = painted(widget)
                assert painted(widget) == first, when  # handed back the second time
                assert first == textual(widget), (when, type(widget).__name__)
                seen.append(when)

        await pilot.press("c")
        await shown(pilot)
        check("after a label key")
        # the key line redrawn with other words: the rows it hands back must follow
        monkeypatch.setattr(KeyLine, "_draw",
                            lambda self, items: Text(" other words entirely"))
        painted(line)
        line._drawn = None
        line.refresh()
        await pilot.pause()
        assert "other words entirely" in "".join(s.text for s in line.render_lines(
            Region(0, 0, *line.region.size)))
        check("the key line redrawn")
        monkeypatch.undo()
        await pilot.resize_terminal(100, 30)
        await shown(pilot)
        check("resized")
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        await shown(pilot)
        check("a new theme")

    drive(db_path, scenario)
    assert seen == ["after a label key"] * 2 + ["the key line redrawn"] * 2 + \
        ["resized"] * 2 + ["a new theme"] * 2


def test_segments_are_textuals_formatted_line():
    """Each Rich style kept by what it is made of gives the segments Textual's formatter
    gives, the first time and when met again, at any offset and row."""
    chance = random.Random(46)
    styles = [Style(bold=True), Style.parse("dim"), Style.parse("italic"),
              Style.parse("red on blue"), Style(), Style.parse("bold reverse")]
    bases = [Style(), Style.parse("white on black"), Style.parse("dim")]
    fast_rows._OFFSET_STYLES.clear()
    for _ in range(400):
        text = "".join(chance.choice("ab c·é━") for _ in range(chance.randint(0, 30)))
        spans = []
        for _ in range(chance.randint(0, 4)):
            if not text:
                break
            start = chance.randrange(len(text))
            end = chance.randint(start + 1, len(text))
            spans.append(Span(start, end, chance.choice(styles)))
        line = Content(text, spans)
        base, x, y = chance.choice(bases), chance.randint(0, 3), chance.randint(0, 3)
        for _ in range(2):  # made, then met again
            assert fast_rows._segments(StyleParser, line, base, x, y) == \
                formatted(line, base, x, y), (text, spans, x, y)


def test_lines_converted_with_kept_styles_are_textuals_conversion():
    """``steady.to_content`` gives what ``Content.from_rich_text`` gives (one line alone, and
    a line joined by Rich, its own style its first span), the first time a style is met and
    after, for string and Rich styles, base styles and none."""
    from rich.console import Console
    from rich.style import Style as RichStyle
    from textual._context import active_app

    from annotator.ui.widgets.steady import _CONVERTED, to_content

    class _App:  # from_rich_text reads the active app's ANSI theme
        ansi_theme = None

    console = Console()
    token = active_app.set(_App())
    try:
        chance = random.Random(4646)
        styles = ["dim", "bold", "green", "italic", "cyan", "bold reverse", "magenta",
                  RichStyle.parse("bold") + RichStyle(color="dark_orange"),
                  RichStyle(color="#aabbcc", bgcolor="grey62"), ""]
        _CONVERTED.clear()
        for _ in range(300):
            line = Text("label  " if chance.random() < 0.5 else "",
                        style=chance.choice(styles))
            for _ in range(chance.randint(0, 5)):
                piece = "".join(chance.choice("ab ·✓[]/") for _ in range(chance.randint(0, 8)))
                if chance.random() < 0.5:
                    line.append(piece, style=chance.choice(styles) or None)
                else:
                    line.append_text(Text(piece, style=chance.choice(styles)))
            for joined in (False, True):
                source = Text("").join([line]) if joined else line
                theirs = Content.from_rich_text(source, console=console)
                for _ in range(2):
                    ours = to_content(line, console, None, joined=joined)
                    assert (ours.plain, ours.spans) == (theirs.plain, theirs.spans), \
                        (line, joined)
    finally:
        active_app.reset(token)


def test_ascii_sentences_are_divided_where_rich_divides_them():
    from rich._wrap import divide_line, words

    from annotator.ui.widgets.sentence_view import _divide_ascii

    chance = random.Random(464)
    compared = 0
    for _ in range(3000):
        text = "".join(chance.choice(["a", "bb", "ccc", " ", "  ", "-", ",", "x" * 12])
                       for _ in range(chance.randint(1, 60)))
        width = chance.randint(1, 40)
        ours = _divide_ascii(text, width)
        if ours is not None:
            assert ours == divide_line(text, width), (text, width)
            compared += 1
        else:  # only where a word (rich's: with the spaces before it, at the start) is
            # longer than the width, which rich folds
            assert any(len(word.rstrip()) > width for _, _, word in words(text))
    assert compared > 1000


def test_the_progress_line_counts_its_cells_as_rich_does():
    from rich.cells import cell_len

    from annotator.ui.widgets.progress import ReviewerProgress

    bar = ReviewerProgress()
    bar._bar_style = lambda component: Style(bold=True)
    for labeled, total, room in ((0, 10, 30), (5, 10, 30), (10, 10, 7), (1234, 100000, 80)):
        bar.figures = (labeled, total, False)
        line = bar._draw(*bar._key(room + len(bar.words) + 7))
        assert line.cell_length == cell_len(line.plain)


def test_rows_kept_by_the_widgets_follow_a_new_theme_and_size(seeded_db, db_path):
    """The pad style, row context and rows each widget keeps are made again for a new
    theme or size: every widget's rows are Textual's after each."""
    from support.rows import WIDGETS
    from support.rows import painted as widget_rows
    from support.rows import textual as textual_rows

    from annotator.ui.widgets.sentence_view import ReadingView

    compared = []

    async def scenario(pilot):
        app = pilot.app

        def reference(widget):
            """Textual's rows; the reading view's lines too rendered by Textual
            (``Visual.to_strips``), not by its own ``_fast_strip``."""
            if not isinstance(widget, ReadingView):
                return textual_rows(widget)
            widget._strips.clear()
            widget._fast_strip = lambda line, width: None
            try:
                return textual_rows(widget)
            finally:
                del widget._fast_strip
                widget._strips.clear()

        def compare(when):
            for kind in WIDGETS:
                for widget in app.screen.query(kind):
                    if widget.display and widget.region.area:
                        compared.append((when, kind.__name__))
                        assert widget_rows(widget) == reference(widget), \
                            (when, kind.__name__)

        await pilot.press("c")
        await shown(pilot)
        compare("a key")
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await shown(pilot)
        await pilot.press("c")
        await shown(pilot)
        compare("a new theme")
        await pilot.resize_terminal(90, 30)
        await shown(pilot)
        await pilot.press("x")
        await shown(pilot)
        compare("resized")

    drive(db_path, scenario)
    assert {when for when, _ in compared} == {"a key", "a new theme", "resized"}
    assert len({name for _, name in compared}) == 4


# --- the annotation panel's lines made as Textual content directly -------------------
def _rich_lines(scheme, draft, scale, also_in):
    """Main's AnnotationPanel.show (46f875b4): the lines as Rich Text."""
    rows = []
    label = Text("label       ", style="dim")
    if draft.label:
        label.append_text(label_text(scheme, draft.label, "bold reverse"))
        label.append("  saved" if draft.saved else "", style="green")
    else:
        label.append("not labeled yet", style="italic")
        proposal = draft.proposal
        if proposal and proposal.label:
            label.append("  proposed: ", style="cyan")
            label.append_text(label_text(scheme, proposal.label, "bold"))
            reason = proposal.label_reason.split(": ", 1)[-1]
            if not reason.startswith(proposal.proposer):
                reason += f"; by {proposal.proposer}"
            label.append(f" ({reason})  enter accepts", style="cyan")
    rows.append(label)

    source = Text("source      ", style="dim")
    if len(draft.sources) > 1:
        source.append_text(literal(" + ".join(draft.sources), "bold"))
        if draft.proposal and draft.proposal.sources == draft.sources and not draft.saved:
            source.append(f"  (proposed: {draft.proposal.reason})", style="cyan")
    elif draft.source:
        source.append_text(literal(draft.source, "bold"))
        if draft.picked and not draft.saved:
            source.append("  (your pick)", style="cyan")
        elif draft.proposal and draft.proposal.name == draft.source and not draft.saved:
            source.append(f"  (proposed: {draft.proposal.reason})", style="cyan")
    else:
        source.append("none", style="italic")
        if draft.proposal and draft.proposal.name:
            source.append("  proposed: ", style="cyan")
            source.append_text(literal(draft.proposal.name, "cyan"))
        elif draft.proposal and not draft.saved and not draft.picked:
            source.append(f"  (proposed: {draft.proposal.reason})", style="cyan")
    if draft.proposal and draft.proposal.new_source and not draft.saved \
            and draft.source == draft.proposal.name:
        source.append("  new: added when saved", style="cyan")
        if draft.proposal.aliases:
            source.append(f", with {', '.join(draft.proposal.aliases)}", style="cyan")
    rows.append(source)

    confidence = Text("confidence  ", style="dim")
    for level in scale:
        if level == draft.confidence:
            confidence.append(f"[{level}]", style="bold")
        else:
            confidence.append(f" {level} ", style="dim")
    if draft.proposal and not draft.saved and draft.confidence == draft.proposal.confidence:
        confidence.append(f"  (proposed with {draft.proposal.label}: "
                          f"{draft.proposal.confidence_reason})", style="cyan")
    rows.append(confidence)

    if draft.note:
        rows.append(Text.assemble(("note        ", "dim"), literal(draft.note)))
    if also_in:
        shown = Text("also in     ", style="dim")
        shown.append_text(literal("; ".join(also_in), "magenta"))
        rows.append(shown)
    return rows


def test_the_annotation_lines_made_directly_are_the_rich_lines_converted(seeded_db, db_path):
    """AnnotationPanel.show's rows (made by ``_Line``) are what main's Rich lines, joined
    and converted by Textual, give: for drafts with and without labels, proposals, picks,
    joint sources, new sources, notes and duplicates, and names holding markup, control
    characters and line breaks."""
    from types import SimpleNamespace

    from rich.text import Text as RichText

    from annotator.ui.widgets.annotation_panel import AnnotationPanel, Draft

    chance = random.Random(4600)
    names = ["Joko Widodo", "[bold]Pak[/] \x1b[31mX", "line\nbreak\ttab", "", "Kementerian",
             "\u202etxt", "é ✓ 中文"]
    reasons = ["cue: said", "classifier: 0.71", "learned: x", "[red]markup[/]", "a\x07b",
               "a long reason " * 12]
    compared = []

    async def scenario(pilot):
        app = pilot.app
        scheme = app.scheme
        labels = [label.name for label in scheme.labels] + ["[i]odd\x1b"]
        scale = scheme.confidence_scale
        panel = app.screen.query_one(AnnotationPanel)
        made = []
        panel.show_rows = made.append
        for _ in range(400):
            proposal = None
            if chance.random() < 0.8:
                sources = tuple(chance.sample(names, chance.choice([0, 0, 2, 3])))
                proposal = SimpleNamespace(
                    label=chance.choice(labels + [None]),
                    label_reason=chance.choice(reasons), proposer=chance.choice(
                        ["cues", "classifier", "learned"]),
                    name=chance.choice(names + [None]), reason=chance.choice(reasons),
                    confidence=chance.choice(scale),
                    confidence_reason=chance.choice(reasons),
                    new_source=chance.random() < 0.3, sources=sources,
                    aliases=tuple(chance.sample(names, chance.choice([0, 1, 2]))))
            source = chance.choice(names + [None, None])
            if proposal is not None and chance.random() < 0.4:
                source = proposal.name
            joint = tuple(chance.sample(names, chance.choice([0, 0, 2])))
            if proposal is not None and chance.random() < 0.2:
                joint = proposal.sources
            draft = Draft(chance.choice(labels + [None, None]), source,
                          chance.choice(scale), chance.choice([None, None, "a note",
                                                               "two\nlines\x1b"]),
                          chance.random() < 0.5, proposal, picked=chance.random() < 0.3,
                          sources=joint)
            also_in = chance.sample(names, chance.choice([0, 0, 1, 2]))
            panel.show(draft, scale, also_in)
            ours = made.pop()
            theirs = [Content.from_rich_text(RichText("").join([line]),
                                             console=app.console)
                      for line in _rich_lines(scheme, draft, scale, also_in)]
            assert [(row.plain, row.spans) for row in ours] == \
                [(row.plain, row.spans) for row in theirs], draft
            compared.append(len(ours))
        del panel.show_rows

    drive(db_path, scenario)
    assert len(compared) == 400 and max(compared) == 5
