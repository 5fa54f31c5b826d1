"""The one way commands print: every line and every table cell passes through
``base.text.visible`` on its way out, so no command can forget it.

``echo`` prints a line (or several), ``echo_json`` prints JSON with the controls escaped
the way the export escapes them, and ``console`` gives a Rich console that renders no
markup and makes every character that comes out of a renderable visible.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # rich is imported when a table or console is drawn, not for plain lines
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

from annotator.base.text import visible_lines


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
    from annotator.exchange.jsonl import escape_unsafe  # not for commands printing no JSON

    if indent is None:
        return escape_unsafe(json.dumps(data, ensure_ascii=False))
    return escape_unsafe(_indented(data, indent, 0))


def _indented(value: Any, indent: int, depth: int) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, byte for byte. json indents
    only in Python, which made ``stats --json`` on 20,000 documents spend most of its JSON
    time there; a list of rows (objects of plain values: documents, reviewers) is written
    here by json's C encoder in one call instead."""
    inner, outer = "\n" + " " * (indent * (depth + 1)), "\n" + " " * (indent * depth)
    if isinstance(value, (list, tuple)) and value and all(_is_row(v) for v in value):
        return _rows(value, inner, "\n" + " " * (indent * (depth + 2)), outer)
    if isinstance(value, dict) and value:
        items = (f"{_plain(_key(k))}: {_indented(v, indent, depth + 1)}"
                 for k, v in value.items())
        return "{" + inner + ("," + inner).join(items) + outer + "}"
    if isinstance(value, (list, tuple)) and value:
        items = (_indented(v, indent, depth + 1) for v in value)
        return "[" + inner + ("," + inner).join(items) + outer + "]"
    return _plain(value)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _is_row(value: Any) -> bool:
    return type(value) is dict and bool(value) and set(map(type, value.values())) <= _PLAIN


def _rows(rows: Any, row_pad: str, member_pad: str, outer: str) -> str:
    """Rows encoded at once with NUL between members and rows: json escapes every control
    character inside a string, so a NUL in its output is a separator, and one between
    "}" and "{" is a separator between rows."""
    body = _nul_encoder(rows)[2:-2]  # without the list's "[{" and "}]"
    body = body.replace("}\x00{", "\x01").replace("\x00", "," + member_pad)
    body = body.replace("\x01", row_pad + "}," + row_pad + "{" + member_pad)
    return "[" + row_pad + "{" + member_pad + body + row_pad + "}" + outer + "]"


_plain = json.JSONEncoder(ensure_ascii=False).encode
_nul_encoder = json.JSONEncoder(ensure_ascii=False, separators=("\x00", ": ")).encode


def _key(key: Any) -> Any:
    """A key as json writes it: a string as it is, None, a number or a truth value as text."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (int, float)):
        return _plain(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def echo_json(data: Any, *, indent: int | None = 2) -> None:
    click.echo(json_text(data, indent=indent))


class _Visible:
    """Wraps a renderable: its text segments come out as visible characters (style and
    cursor-control segments Rich makes itself are kept)."""

    def __init__(self, renderable: RenderableType):
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment

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
    from rich.console import Console

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
