"""The disputes the current sentence is in, under its annotation (hidden when none)."""

from __future__ import annotations

from annotator.ui.widgets.literal import Text, literal
from annotator.ui.widgets.steady import SteadyStatic


class DisputeLine(SteadyStatic):
    def show(self, disputes: list[dict]) -> None:
        """``disputes``: rows of annotator.disputes.disputes_of (id, title, role, reviewers)."""
        self.display = bool(disputes)
        if not disputes:
            self.show_content("")
            return
        line = Text(" disputes    ", style="dim")
        for i, d in enumerate(disputes):
            if i:
                line.append("; ", style="dim")
            line.append_text(literal(d["title"], "bold yellow"))
            line.append(f" ({d['role']}, {', '.join(d['reviewers'])})", style="yellow")
        self.show_content(line)
