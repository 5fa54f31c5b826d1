"""The current annotation (label, source, confidence, note), the proposed source,
near-duplicate membership and whether the last change is saved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.ui.session import Session
from annotator.ui.widgets.label_style import label_text
from annotator.ui.widgets.literal import Text, literal
from annotator.ui.widgets.steady import SteadyStatic

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
        rows = []
        label = Text("label       ", style="dim")
        if draft.label:
            label.append_text(label_text(self.app.scheme, draft.label, "bold reverse"))
            label.append("  saved" if draft.saved else "", style="green")
        else:
            label.append("not labeled yet", style="italic")
            proposal = draft.proposal
            if proposal and proposal.label:
                label.append("  proposed: ", style="cyan")
                label.append_text(label_text(self.app.scheme, proposal.label, "bold"))
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
        self.show_lines(rows)
