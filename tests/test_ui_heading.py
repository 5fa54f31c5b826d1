"""The labeling screen's heading builds the position line, the one part a key changes, as
Textual content directly (ui/widgets/document_bar.py): it must be exactly what converting
the heading's Rich Text gives, for every kind of document (with and without outlet, date,
dateline and wire; data holding control characters and markup)."""

from __future__ import annotations

import dataclasses

from support.ui import drive
from textual.content import Content

from annotator.ui.widgets.document_bar import DocumentBar
from annotator.ui.widgets.literal import Text, literal


def converted(place, reviewer: str, console) -> Content:
    """The heading as a Rich Text of three lines, each made Textual content as
    SteadyStatic.show_lines makes it (the way the heading was built before)."""
    doc = place.document
    title = literal(doc.title or "(untitled document)", "bold")
    facts = [x for x in (doc.outlet, doc.published, doc.dateline,
                         f"via {doc.wire}" if doc.wire else None) if x]
    line = Text()
    line.append_text(literal(" · ".join(facts), "italic"))
    if facts:
        line.append("  ")
    line.append(f"sentence {place.index_in_document} of {place.sentences_in_document} "
                f"in this document, document {place.document_number} of "
                f"{place.documents_total}", style="bold")
    who = Text.assemble(("reviewer: ", "dim"), literal(reviewer, "bold"))
    return Content("\n").join(Content.from_rich_text(Text("").join([row]), console=console)
                              for row in (title, line, who))


def test_the_heading_is_its_rich_text_converted(seeded_db, db_path):
    checked = []

    async def scenario(pilot):
        screen = pilot.app.screen
        bar = screen.query_one(DocumentBar)
        for key in ("c", "down", "c"):
            await pilot.press(key)
            await pilot.pause()
            place = screen.place
            variants = [place.document,
                        dataclasses.replace(place.document, outlet=None, published=None,
                                            dateline=None, wire=None, title=None),
                        dataclasses.replace(place.document, wire="AFP", dateline="JAKARTA",
                                            title="[bold]x[/] \x1b[5m\x07 \u202e", outlet="O\tx")]
            for doc in variants:
                for reviewer in ("alice", "[red]bob\x1b"):
                    shown = dataclasses.replace(place, document=doc)
                    bar.show(shown, reviewer)
                    ours = bar.visual
                    theirs = converted(shown, reviewer, pilot.app.console)
                    assert (ours.plain, list(ours.spans)) == (theirs.plain, list(theirs.spans))
                    checked.append(doc)
            bar.show(place, pilot.app.reviewer)

    drive(db_path, scenario)
    assert len(checked) == 18
