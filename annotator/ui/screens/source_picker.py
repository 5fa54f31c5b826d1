"""The source picker: type, and registry names and aliases are ranked as you type.

A joint statement has several speakers: ``+`` adds the highlighted name (or what you typed)
to the chosen set and keeps the picker open, backspace in an empty field takes the last
one back, and enter saves the set (with the highlighted name, if you typed one)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from annotator.domain.sources import SourceError, add_source, find
from annotator.domain.speakers import SourceIndex, Suggestion
from annotator.ui.screens.typeahead import TypeAhead
from annotator.ui.widgets.data_input import DataInput
from annotator.ui.widgets.literal import literal

NEW = "\x00new:"  # option id prefix for "add as a new source"
NONE = "\x00none"
SAVE = "\x00save"  # option id: save the speakers chosen so far


class SourcePicker(TypeAhead, ModalScreen[str | list[str] | None]):
    """Returns a source name (a new one is for the caller to add), a list of names for a
    joint statement (several speakers, chosen with ``+``), "" for no source, or None when
    cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel"),
        Binding("down", "cursor(1)", "next", show=False),
        Binding("up", "cursor(-1)", "previous", show=False),
        Binding("ctrl+n", "add_new", "add what you typed as a new source"),
        Binding("plus", "add_speaker", "another speaker", key_display="+", priority=True,
                tooltip="add the highlighted name to the speakers and keep choosing (a "
                        "joint statement); enter saves them all"),
        Binding("backspace", "drop_speaker", "take back", show=False, priority=True,
                tooltip="in an empty field: take the last chosen speaker back"),
    ]

    class Ranked(Message):
        def __init__(self, query: str, suggestions: list[Suggestion]) -> None:
            self.query = query
            self.suggestions = suggestions
            super().__init__()

    def __init__(self, index: SourceIndex, current: str | None = None,
                 chosen: list[str] | None = None) -> None:
        super().__init__()
        self.index = index
        self.current = current
        self.chosen: list[str] = list(chosen or [])

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box", classes="dialog"):
            yield Label("Source: type a name or alias; ↑/↓ choose, enter takes it, "
                        "+ adds another speaker, esc cancels")
            yield Label(id="picker-chosen")
            yield DataInput(placeholder=self.current or "e.g. Peskov, Korut", id="picker-input")
            yield OptionList(id="picker-options")

    def on_mount(self) -> None:
        self.show_chosen()
        self.show_options("", [])

    def show_chosen(self) -> None:
        line = self.query_one("#picker-chosen", Label)
        line.display = bool(self.chosen)
        if self.chosen:
            text = literal("speakers: ", "dim")
            text.append_text(literal(" + ".join(self.chosen), "bold"))
            text.append_text(literal("   (enter saves them; backspace takes the last back)",
                                     "dim"))
            line.update(text)

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
        if not typed and self.chosen:  # first, so enter saves the set at once
            save = literal("✓ save the speakers: ", "green")
            save.append_text(literal(" + ".join(self.chosen), "bold green"))
            options.add_option(Option(save, id=SAVE))
            rest = [options.get_option_at_index(i) for i in range(options.option_count - 1)]
            options.clear_options()
            options.add_options([Option(save, id=SAVE), *rest])
        if not typed and not self.chosen:
            options.add_option(Option(literal("(no source)", "italic"), id=NONE))
        options.highlighted = 0 if options.option_count else None

    def action_cursor(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def _highlighted(self) -> str | None:
        """The name enter or + would take: the highlighted option's, else what was typed
        (None for "(no source)", "save" or nothing)."""
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return " ".join(self.query_one(Input).value.split()) or None
        option_id = options.get_option_at_index(options.highlighted).id
        if option_id in (NONE, SAVE):
            return None
        return option_id[len(NEW):] if option_id.startswith(NEW) else option_id

    @on(Input.Submitted)
    def take(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            typed = " ".join(self.query_one(Input).value.split())
            self.finish(typed)
            return
        self.choose(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self.choose(event.option.id)

    def choose(self, option_id: str) -> None:
        if option_id == NONE:
            self.dismiss("")
        elif option_id == SAVE:
            self.finish("")
        elif option_id.startswith(NEW):
            self.finish(option_id[len(NEW):])
        else:
            self.finish(option_id)

    def finish(self, name: str) -> None:
        """Dismiss with one name, or with every chosen speaker (and this one)."""
        if not self.chosen:
            self.dismiss(name)
            return
        names = list(dict.fromkeys([*self.chosen, *([name] if name else [])]))
        self.dismiss(names if len(names) > 1 else names[0])

    def action_add_speaker(self) -> None:
        name = self._highlighted()
        if name is None:
            self.app.bell()
            return
        if name not in self.chosen:
            self.chosen.append(name)
        field = self.query_one(Input)
        field.value = ""
        field.focus()
        self.show_chosen()
        self.show_options("", [])
        self.rank("")

    def action_drop_speaker(self) -> None:
        field = self.query_one(Input)
        if field.value or not self.chosen:
            field.action_delete_left()
            return
        self.chosen.pop()
        self.show_chosen()
        self.show_options("", [])
        self.rank("")

    def action_add_new(self) -> None:
        typed = " ".join(self.query_one(Input).value.split())
        if typed:
            self.finish(typed)

    def action_cancel(self) -> None:
        self.dismiss(None)


def register_picked(screen, picked: str | list[str] | None) -> list[str] | None:
    """The names the picker returned, each found in the registry or added to it (and to the
    app's source index, with a notice): what the labeling and adjudication screens save.
    [] for "no source"; None when cancelled, or when a name cannot be added (the screen says
    why), so that nothing is saved."""
    if picked is None:
        return None
    names = []
    for name in [picked] if isinstance(picked, str) else picked:
        if not name:
            continue
        known = find(screen.app.db, name)
        if known is None:
            try:
                known = add_source(screen.app.db, name)
            except SourceError as exc:  # e.g. a pasted control character
                screen.say(f"✗ {exc}", "red")
                return None
            screen.app.sources.add(known.name, known.name, known.kind)
            screen.notify(f"added {known.name!r} to the sources", markup=False)
        names.append(known.name)
    return list(dict.fromkeys(names))
