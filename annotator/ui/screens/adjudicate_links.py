"""The adjudication screen's dispute-link dialog: the adjudicator sets a sentence's links
and roles by hand (like ``adjudicate decide --link`` / ``--no-links``).

It lists the disputes any reviewer linked the sentence to (with who gave which role) and
the decision's; ``/`` searches other disputes by title. On the highlighted dispute ``a``
alleges, ``d`` denies, ``s`` supports, ``c`` context, ``-`` takes it out; ``enter`` saves
the roles marked, ``0`` saves "in no dispute", ``esc`` cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from annotator.ui.widgets.data_input import DataInput
from annotator.ui.widgets.literal import Text, literal

ROLE_KEYS = {"a": "alleges", "d": "denies", "s": "supports", "c": "context"}
NO_LINKS = "\x00none"

Choices = Callable[[str], list[dict[str, Any]]]  # query -> link choices (domain order)


class LinksDialog(ModalScreen[list[dict[str, str]] | None]):
    """Returns the decided links ([{"id", "role"}], [] for "in no dispute"), or None when
    cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel"),
        *(Binding(key, f"mark({role!r})", role, tooltip=f"the sentence {role} in the "
                  "highlighted dispute") for key, role in ROLE_KEYS.items()),
        Binding("minus,delete", "mark('')", "out", key_display="-",
                tooltip="take the sentence out of the highlighted dispute"),
        Binding("0", "no_links", "no links", tooltip="settle that it is in no dispute"),
        Binding("slash", "search", "search", key_display="/",
                tooltip="search other disputes by title"),
    ]

    def __init__(self, choices: Choices, marked: dict[str, str]) -> None:
        super().__init__()
        self.choices = choices
        self.marked = dict(marked)  # dispute id -> role
        self.shown: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="links-box", classes="dialog"):
            yield Label("Dispute links of this sentence: on a dispute a alleges, d denies, "
                        "s supports, c context, - out; enter saves, 0 in no dispute, "
                        "/ searches titles, esc cancels")
            yield DataInput(placeholder="/ search other disputes by title", id="links-search")
            yield OptionList(id="links-options")

    def on_mount(self) -> None:
        self.show_choices("")
        self.query_one(OptionList).focus()

    def show_choices(self, query: str) -> None:
        self.shown = self.choices(query)
        options = self.query_one(OptionList)
        keep = options.highlighted
        options.clear_options()
        for choice in self.shown:
            role = self.marked.get(choice["id"])
            line = Text.assemble((f"[{role or '—':<8}] ", "bold green" if role else "dim"))
            line.append_text(literal(choice["title"] or choice["id"][:8], "bold"))
            given = " · ".join(f"{who}: {r}" for who, r in choice["roles"].items())
            if given:
                line.append_text(literal(f"   {given}", "dim"))
            if choice.get("decided"):
                line.append_text(literal(f"   decided: {choice['decided']}", "dim"))
            options.add_option(Option(line, id=choice["id"]))
        options.add_option(Option(literal("(in no dispute: 0)", "italic"), id=NO_LINKS))
        count = options.option_count
        options.highlighted = min(keep, count - 1) if keep is not None else 0

    def action_mark(self, role: str) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        dispute_id = options.get_option_at_index(options.highlighted).id
        if dispute_id == NO_LINKS:
            return
        if role:
            self.marked[dispute_id] = role
        else:
            self.marked.pop(dispute_id, None)
        self.show_choices(self.query_one(Input).value)

    def action_no_links(self) -> None:
        self.dismiss([])

    def action_search(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed)
    def searched(self, event: Input.Changed) -> None:
        self.show_choices(event.value)

    @on(Input.Submitted)
    def back_to_list(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def save(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NO_LINKS:
            self.dismiss([])
            return
        self.dismiss([{"id": d, "role": r} for d, r in sorted(self.marked.items())])

    def action_cancel(self) -> None:
        self.dismiss(None)
