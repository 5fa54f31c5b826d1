"""The document heading: title, outlet, date, and where the analyst is."""

from __future__ import annotations

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
        if self._heading is None or self._heading[0] != (doc, reviewer):
            # what stays while the analyst moves through the document: built once for it
            title = literal(doc.title or "(untitled document)", "bold")
            facts = [x for x in (doc.outlet, doc.published, doc.dateline,
                                 f"via {doc.wire}" if doc.wire else None) if x]
            outlet = literal(" · ".join(facts), "italic"), bool(facts)
            who = Text.assemble(("reviewer: ", "dim"), literal(reviewer, "bold"))
            self._heading = ((doc, reviewer), title, outlet, who)
        _, title, outlet, who = self._heading
        line = Text()
        line.append_text(outlet[0])
        if outlet[1]:
            line.append("  ")
        line.append(
            f"sentence {place.index_in_document} of {place.sentences_in_document} "
            f"in this document, document {place.document_number} of {place.documents_total}",
            style="bold",
        )
        self.show_lines([title, line, who])

    _heading: tuple | None = None  # (the document and reviewer, title, facts, reviewer line)
