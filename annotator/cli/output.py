"""The one way commands print: every line and every table cell passes through
``base.text.visible`` on its way out, so no command can forget it.

``echo`` prints a line (or several), ``echo_json`` prints JSON with the controls escaped
the way the export escapes them, and ``console`` gives a Rich console that renders no
markup and makes every character that comes out of a renderable visible.
"""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment

from annotator.base.text import visible_lines
from annotator.exchange.jsonl import escape_unsafe


def echo(message: str = "", *, err: bool = False) -> None:
    """Print a line (several, with "\\n"); data in it shows as visible characters."""
    click.echo(visible_lines(str(message)), err=err)


def echo_row(cells: list[str], *, err: bool = False) -> None:
    """One tab-separated line for pipes: each cell made visible (a tab or newline inside a
    cell becomes a space), the tabs between cells kept."""
    click.echo("\t".join(visible_lines(str(cell)).replace("\n", " ") for cell in cells),
               err=err)


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """JSON text with every control character escaped (C0 by json, C1, bidi controls and
    lone surrogates by ``escape_unsafe``): safe on a terminal, the same values when read."""
    return escape_unsafe(json.dumps(data, ensure_ascii=False, indent=indent))


def echo_json(data: Any, *, indent: int | None = 2) -> None:
    click.echo(json_text(data, indent=indent))


class _Visible:
    """Wraps a renderable: its text segments come out as visible characters (style and
    cursor-control segments Rich makes itself are kept)."""

    def __init__(self, renderable: RenderableType):
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.renderable, options):
            if segment.control:
                yield segment
            else:
                yield Segment(visible_lines(segment.text), segment.style)


class _VisibleHook:
    def process_renderables(self, renderables: list) -> list:
        return [_Visible(r) for r in renderables]


def console(*, err: bool = False) -> Console:
    """A Rich console for tables and text: no markup, no highlighting, every character of
    every renderable made visible."""
    out = Console(stderr=err, markup=False, highlight=False, emoji=False)
    out.push_render_hook(_VisibleHook())
    return out


def stdout():
    """The standard output to write data to (``-o -``); one line when it was closed."""
    import sys

    from annotator.base.errors import AnnotatorError

    if sys.stdout is None:
        raise AnnotatorError("standard output is closed; give a file with -o FILE")
    return sys.stdout
