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
        title = literal(doc.title or "(untitled document)", "bold")
        facts = [x for x in (doc.outlet, doc.published, doc.dateline,
                             f"via {doc.wire}" if doc.wire else None) if x]
        line = Text()
        line.append_text(literal(" · ".join(facts), "italic"))
        if facts:
            line.append("  ")
        line.append(
            f"sentence {place.index_in_document} of {place.sentences_in_document} "
            f"in this document, document {place.document_number} of {place.documents_total}",
            style="bold",
        )
        who = Text.assemble(("reviewer: ", "dim"), literal(reviewer, "bold"))
        self.show_content(Text("\n").join([title, line, who]))
