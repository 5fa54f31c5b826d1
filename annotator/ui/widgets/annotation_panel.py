"""The current annotation (label, source, confidence, note), the proposed source,
near-duplicate membership and whether the last change is saved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.content import Content, Span

from annotator.base.text import visible
from annotator.ui.session import Session
from annotator.ui.widgets.label_style import label_style
from annotator.ui.widgets.literal import as_shown
from annotator.ui.widgets.steady import SteadyStatic, converted_style

if TYPE_CHECKING:  # imported after the first sentence is shown
    from annotator.domain.proposals import Proposal


@dataclass
class Draft:
    """What the label keys will save: the annotation on disk, or what the analyst has
    picked for this sentence so far, or the proposal."""

    label: str | None
    source: str | None
    confidence: str
    note: str | None
    saved: bool  # True when these values are the committed annotation
    proposal: Proposal | None
    picked: bool = False  # the analyst chose this source (s) for the coming label
    sources: tuple[str, ...] = ()  # every speaker of a joint statement (source is the first)


class AnnotationPanel(SteadyStatic):
    app: Session  # type: ignore[assignment]
    GROW_ONLY = True  # a proposal's reason that wraps does not re-arrange the screen

    def show(self, draft: Draft, scale: tuple[str, ...], also_in: list[str]) -> None:
        """Each line made Textual content directly (``_Line``: what the same Rich Text,
        built with ``append`` and ``append_text`` and joined by Rich, converts to; a test
        compares the two on many drafts): the label, source and confidence lines change on
        every key."""
        scheme = self.app.scheme
        rows = []
        label = _Line("label       ", "dim")
        if draft.label:
            label.add_text(visible(draft.label), self._label_style(scheme, draft.label,
                                                                    "bold reverse"))
            label.add("  saved" if draft.saved else "", "green")
        else:
            label.add("not labeled yet", "italic")
            proposal = draft.proposal
            if proposal and proposal.label:
                label.add("  proposed: ", "cyan")
                label.add_text(visible(proposal.label),
                               self._label_style(scheme, proposal.label, "bold"))
                reason = proposal.label_reason.split(": ", 1)[-1]
                if not reason.startswith(proposal.proposer):
                    reason += f"; by {proposal.proposer}"
                label.add(f" ({reason})  enter accepts", "cyan")
        rows.append(label)

        source = _Line("source      ", "dim")
        if len(draft.sources) > 1:
            source.add_text(visible(" + ".join(draft.sources)), "bold")
            if draft.proposal and draft.proposal.sources == draft.sources and not draft.saved:
                source.add(f"  (proposed: {draft.proposal.reason})", "cyan")
        elif draft.source:
            source.add_text(visible(draft.source), "bold")
            if draft.picked and not draft.saved:
                source.add("  (your pick)", "cyan")
            elif draft.proposal and draft.proposal.name == draft.source and not draft.saved:
                source.add(f"  (proposed: {draft.proposal.reason})", "cyan")
        else:
            source.add("none", "italic")
            if draft.proposal and draft.proposal.name:
                source.add("  proposed: ", "cyan")
                source.add_text(visible(draft.proposal.name), "cyan")
            elif draft.proposal and not draft.saved and not draft.picked:
                source.add(f"  (proposed: {draft.proposal.reason})", "cyan")
        if draft.proposal and draft.proposal.new_source and not draft.saved \
                and draft.source == draft.proposal.name:
            source.add("  new: added when saved", "cyan")
            if draft.proposal.aliases:
                source.add(f", with {', '.join(draft.proposal.aliases)}", "cyan")
        rows.append(source)

        confidence = _Line("confidence  ", "dim")
        for level in scale:
            if level == draft.confidence:
                confidence.add(f"[{level}]", "bold")
            else:
                confidence.add(f" {level} ", "dim")
        if draft.proposal and not draft.saved and draft.confidence == draft.proposal.confidence:
            confidence.add(f"  (proposed with {draft.proposal.label}: "
                           f"{draft.proposal.confidence_reason})", "cyan")
        rows.append(confidence)

        if draft.note:
            note = _Line()
            note.add("note        ", "dim")
            note.add_text(visible(draft.note), "")
            rows.append(note)
        if also_in:
            shown = _Line("also in     ", "dim")
            shown.add_text(visible("; ".join(also_in)), "magenta")
            rows.append(shown)
        console, theme = self.app.console, self.app.ansi_theme
        self.show_rows([row.content(console, theme) for row in rows])

    _label_styles: tuple | None = None  # (the scheme, {(label, style): its Rich style})

    def _label_style(self, scheme, name: str, style: str):
        """``label_style``, made once per label and style while the scheme is the same."""
        if self._label_styles is None or self._label_styles[0] is not scheme:
            self._label_styles = (scheme, {})
        made = self._label_styles[1]
        found = made.get((name, style))
        if found is None:
            found = made[(name, style)] = label_style(scheme, name, style)
        return found


class _Line:
    """A line as a Rich ``Text`` of ``widgets.literal`` builds it (``Text(text, style)``,
    ``append(text, style)``, ``append_text(literal(...))``: the same cleaning of each
    piece, the same spans in the same order), made Textual content as Textual converts
    the Text joined by Rich (its own style the first span), without making the Text."""

    __slots__ = ("parts", "length", "spans", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        text = as_shown(text)
        self.parts, self.length, self.spans, self.style = [text], len(text), [], style

    def add(self, text: str, style: str = "") -> None:
        """``Text.append(text, style)``: nothing for no characters, a span for a style."""
        text = as_shown(text)
        if text:
            if style:
                self.spans.append((self.length, self.length + len(text), style))
            self.parts.append(text)
            self.length += len(text)

    def add_text(self, text: str, style) -> None:
        """``Text.append_text(Text(text, style=style))`` (a ``literal``): its style a span
        over it, even over no characters."""
        text = as_shown(text)
        if style:
            self.spans.append((self.length, self.length + len(text), style))
        self.parts.append(text)
        self.length += len(text)

    def content(self, console, theme) -> Content:
        spans = [(0, self.length, self.style), *self.spans] if self.style else self.spans
        return Content("".join(self.parts),
                       [Span(start, end, converted_style(style, console, theme))
                        for start, end, style in spans])
