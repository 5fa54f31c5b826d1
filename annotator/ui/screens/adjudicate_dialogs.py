"""The adjudication screen's two small dialogs: the rationale, and the queue filter."""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from annotator.domain.adjudication import KINDS
from annotator.ui.widgets.data_input import DataInput, hidden_note
from annotator.ui.widgets.literal import Text, literal


@dataclass(frozen=True)
class QueueFilter:
    """Which disagreements the queue shows: one document or all, one kind or all."""

    document: str | None = None
    document_title: str | None = None
    kind: str | None = None

    def describe(self) -> str:
        doc = self.document_title or self.document or "all documents"
        return f"{doc} · {self.kind or 'every kind'}"


class RationaleScreen(ModalScreen[str | None]):
    """Returns the rationale typed (empty string removes it; the stored rationale itself
    when enter is pressed without a change), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, rationale: str = "") -> None:
        super().__init__()
        self._rationale = rationale

    def compose(self) -> ComposeResult:
        with Vertical(id="rationale-box", classes="dialog"):
            yield Label("Rationale for the decision (enter saves, esc cancels)")
            yield DataInput(self._rationale, placeholder="why this gold label?",
                            id="rationale-input", select_on_focus=False)
            if hidden_note(self._rationale):
                yield Label(Text(hidden_note(self._rationale)), id="rationale-hidden")

    @on(Input.Submitted)
    def save(self, event: Input.Submitted) -> None:
        rationale = self.query_one(DataInput).result()
        if rationale is not None:
            self.dismiss(rationale)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FilterScreen(ModalScreen[QueueFilter | None]):
    """Pick a kind of disagreement or a document; enter applies it, esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, current: QueueFilter, documents: list[tuple[str, str]]) -> None:
        super().__init__()
        self.current = current
        self.documents = documents  # (id, title) in corpus order

    def compose(self) -> ComposeResult:
        options: list[Option] = [Option("every kind of disagreement", id="kind:")]
        options += [Option(f"only {kind} disagreements", id=f"kind:{kind}") for kind in KINDS]
        options.append(None)
        options.append(Option("all documents", id="doc:"))
        options += [Option(literal(title or doc_id), id=f"doc:{doc_id}")
                    for doc_id, title in self.documents]
        with Vertical(id="filter-box", classes="dialog"):
            yield Label(Text(f"Filter the queue (now: {self.current.describe()})"))
            yield OptionList(*options, id="filter-options")

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        what, _, value = (event.option.id or "").partition(":")
        if what == "kind":
            self.dismiss(replace(self.current, kind=value or None))
        else:
            title = dict(self.documents).get(value)
            self.dismiss(replace(self.current, document=value or None,
                                 document_title=title if value else None))

    def action_cancel(self) -> None:
        self.dismiss(None)
