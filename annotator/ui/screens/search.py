"""Full-text search over the corpus (FTS5, the text quoted); enter jumps to a result."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from annotator.db.connection import connect
from annotator.domain.navigation import SearchHit, search
from annotator.ui.screens.typeahead import TypeAhead
from annotator.ui.widgets.data_input import DataInput
from annotator.ui.widgets.literal import Text, literal


class SearchScreen(TypeAhead, ModalScreen[str | None]):
    """Returns the id of the chosen sentence, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel"),
        Binding("down", "cursor(1)", "next", show=False),
        Binding("up", "cursor(-1)", "previous", show=False),
    ]

    class Found(Message):
        def __init__(self, query: str, hits: list[SearchHit]) -> None:
            self.query = query
            self.hits = hits
            super().__init__()

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="dialog"):
            yield Label("Search the corpus: type words; ↑/↓ choose, enter jumps, esc cancels")
            yield DataInput(placeholder="e.g. Peskov", id="search-input")
            yield Label("", id="search-count")
            yield OptionList(id="search-results")

    @on(Input.Changed)
    def typed(self, event: Input.Changed) -> None:
        self.find(event.value)

    @work(thread=True, exclusive=True, group="search", name="full-text search")
    def find(self, query: str) -> None:
        db = connect(self.db_path)  # connections are per thread
        try:
            hits = search(db, query)
        finally:
            db.close()
        self.post_message(self.Found(query, hits))

    @on(Found)
    def found(self, message: Found) -> None:
        if message.query != self.query_one(Input).value:
            return
        options = self.query_one(OptionList)
        options.clear_options()
        for hit in message.hits:
            line = literal(hit.sentence.text)
            line.append_text(Text("  — ", style="dim"))
            line.append_text(literal(hit.title or "", "dim italic"))
            options.add_option(Option(line, id=hit.sentence.id))
        count = len(message.hits)
        self.query_one("#search-count", Label).update(
            f"{count}{'+' if count >= 50 else ''} sentences" if message.query.strip() else ""
        )
        options.highlighted = 0 if count else None

    def action_cursor(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(Input.Submitted)
    def take(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
