"""The document heading: title, outlet, date, and where the analyst is."""

from __future__ import annotations

from textual.content import Content, Span

from annotator.domain.navigation import Place
from annotator.ui.widgets.literal import Text, literal
from annotator.ui.widgets.steady import SteadyStatic


class DocumentBar(SteadyStatic):
    """Title on the first line; outlet, date and position on the second."""

    def show(self, place: Place | None, reviewer: str) -> None:
        if place is None:
            self.show_content(Text("No sentences to label: ingest a corpus first.", style="bold"))
            return
        doc = place.document
        console = self.app.console
        if self._heading is None or self._heading[0] != (doc, reviewer, console):
            # what stays while the analyst moves through the document: built and made
            # Textual content once for it, as show_lines makes each of several lines
            title = literal(doc.title or "(untitled document)", "bold")
            facts = [x for x in (doc.outlet, doc.published, doc.dateline,
                                 f"via {doc.wire}" if doc.wire else None) if x]
            outlet = Text()
            outlet.append_text(literal(" · ".join(facts), "italic"))
            if facts:
                outlet.append("  ")
            who = Text.assemble(("reviewer: ", "dim"), literal(reviewer, "bold"))
            title_row, outlet_row, who_row = (
                Content.from_rich_text(Text("").join([line]), console=console)
                for line in (title, outlet, who))
            self._heading = ((doc, reviewer, console), title_row, outlet_row, who_row,
                             _bold(console))
        _, title_row, outlet_row, who_row, bold = self._heading
        # the one part a key changes, made Textual content directly (digits and words):
        # what converting the same Rich Text gives (a test compares the two)
        words = (f"sentence {place.index_in_document} of {place.sentences_in_document} "
                 f"in this document, document {place.document_number} of "
                 f"{place.documents_total}")
        rows = [title_row, outlet_row + Content(words, [Span(0, len(words), bold)]), who_row]
        self.show_content(Content("\n").join(rows), rows)

    _heading: tuple | None = None  # (the document and reviewer, its rows, the bold style)


def _bold(console):
    """The style "bold" as Textual content takes it from a Rich Text."""
    sample = Text()
    sample.append("x", style="bold")
    return Content.from_rich_text(Text("").join([sample]), console=console).spans[0].style
