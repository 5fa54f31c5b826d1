"""The source picker: type, and registry names and aliases are ranked as you type."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from annotator.domain.speakers import SourceIndex, Suggestion
from annotator.ui.screens.typeahead import TypeAhead
from annotator.ui.widgets.data_input import DataInput
from annotator.ui.widgets.literal import literal

NEW = "\x00new:"  # option id prefix for "add as a new source"
NONE = "\x00none"


class SourcePicker(TypeAhead, ModalScreen[str | None]):
    """Returns a source name (a new one is for the caller to add), "" for no source,
    or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel"),
        Binding("down", "cursor(1)", "next", show=False),
        Binding("up", "cursor(-1)", "previous", show=False),
        Binding("ctrl+n", "add_new", "add what you typed as a new source"),
    ]

    class Ranked(Message):
        def __init__(self, query: str, suggestions: list[Suggestion]) -> None:
            self.query = query
            self.suggestions = suggestions
            super().__init__()

    def __init__(self, index: SourceIndex, current: str | None = None) -> None:
        super().__init__()
        self.index = index
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box", classes="dialog"):
            yield Label("Source: type a name or alias; ↑/↓ choose, enter takes it, esc cancels")
            yield DataInput(placeholder=self.current or "e.g. Peskov, Korut", id="picker-input")
            yield OptionList(id="picker-options")

    def on_mount(self) -> None:
        self.show_options("", [])

    @on(Input.Changed)
    def typed(self, event: Input.Changed) -> None:
        self.rank(event.value)

    @work(thread=True, exclusive=True, group="source-suggestions", name="rank sources")
    def rank(self, query: str) -> None:
        self.post_message(self.Ranked(query, self.index.suggest(query)))

    @on(Ranked)
    def ranked(self, message: Ranked) -> None:
        if message.query == self.query_one(Input).value:
            self.show_options(message.query, message.suggestions)

    def show_options(self, query: str, suggestions: list[Suggestion]) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        typed = " ".join(query.split())
        for s in suggestions:
            text = literal(s.name, "bold")
            if s.matched != s.name:
                text.append("  ← ")
                text.append_text(literal(s.matched, "dim"))
            options.add_option(Option(text, id=s.name))
        if typed and not any(typed.casefold() in (s.name.casefold(), s.matched.casefold())
                             for s in suggestions):
            # second, right under the best match (one ↓ away, or ctrl+n), never ninth
            label = literal("+ add new source: ", "green")
            label.append_text(literal(typed, "bold green"))
            add = Option(label, id=NEW + typed)
            if options.option_count:
                rest = [options.get_option_at_index(i) for i in range(1, options.option_count)]
                first = options.get_option_at_index(0)
                options.clear_options()
                options.add_options([first, add, *rest])
            else:
                options.add_option(add)
        if not typed:
            options.add_option(Option(literal("(no source)", "italic"), id=NONE))
        options.highlighted = 0 if options.option_count else None

    def action_cursor(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(Input.Submitted)
    def take(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            typed = " ".join(self.query_one(Input).value.split())
            self.dismiss(typed)
            return
        self.choose(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self.choose(event.option.id)

    def choose(self, option_id: str) -> None:
        if option_id == NONE:
            self.dismiss("")
        elif option_id.startswith(NEW):
            self.dismiss(option_id[len(NEW):])
        else:
            self.dismiss(option_id)

    def action_add_new(self) -> None:
        typed = " ".join(self.query_one(Input).value.split())
        if typed:
            self.dismiss(typed)

    def action_cancel(self) -> None:
        self.dismiss(None)
