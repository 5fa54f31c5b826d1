"""An input line pre-filled from data (a stored note, a rationale, a title to keep).

A stored value may hold what a colleague's database or an imported file carried in:
escape sequences, 8-bit controls, bidi overrides. Textual's ``Input`` would paint them as
they are, so the terminal would obey them. ``DataInput`` shows the stored text as visible
symbols (ESC as ␛), gives the stored value back byte for byte while the analyst has not
changed what is shown, and refuses control characters typed or pasted in, with a line that
says so. Every dialog that edits data uses it (a test walks them with hostile values).
"""

from __future__ import annotations

from textual.widgets import Input

from annotator.base.text import has_controls, visible

__all__ = ["DataInput", "hidden_note"]

# what an analyst can type: everything but the characters ``visible`` would replace
_TYPABLE = r"[^\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]*"
REFUSED = ("✗ not inserted: the text holds control characters (escape sequences, bidi "
           "controls); type or paste plain text")


def hidden_note(stored: str | None) -> str:
    """A line saying the stored text holds characters shown as symbols, or "" if none."""
    hidden = sum(1 for ch in stored or "" if has_controls(ch))
    if not hidden:
        return ""
    what = "a control character" if hidden == 1 else f"{hidden} control characters"
    return f"It holds {what}, shown as ␛ or �; enter unchanged keeps it as stored."


class DataInput(Input):
    """An Input showing ``stored`` as visible characters; ``result`` is ``stored`` itself
    while the shown text is unchanged, else what the analyst typed (never a control)."""

    def __init__(self, stored: str | None = "", *, placeholder: str = "", **kwargs) -> None:
        self.stored = stored or ""
        self.shown = visible(self.stored)
        super().__init__(self.shown, placeholder=visible(placeholder), restrict=_TYPABLE,
                         **kwargs)

    @property
    def changed(self) -> bool:
        return self.value != self.shown

    def result(self) -> str | None:
        """The stored value verbatim if unchanged; the typed text if it is plain; None (and
        a notice) if it holds a control character."""
        if not self.changed:
            return self.stored
        if has_controls(self.value):  # only a program can set such a value; refuse it too
            self.restricted()
            return None
        return self.value

    def restricted(self) -> None:
        self.app.bell()
        self.notify(REFUSED, severity="warning", markup=False)
