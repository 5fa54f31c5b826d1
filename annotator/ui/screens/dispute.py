"""The dispute view: every member grouped by role (alleges, denies, supports, context) with
its document, outlet, date, label and source; enter jumps to a member."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from annotator.domain import disputes as model
from annotator.ui.widgets.label_style import label_text
from annotator.ui.widgets.literal import Text, literal


class DisputeScreen(ModalScreen[str | None]):
    """Returns the id of the member to jump to, or None."""

    CSS_PATH = "../disputes.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "close"),
        Binding("x", "unlink", "take out",
                tooltip="take the highlighted sentence out of this dispute (your link)"),
        Binding("t", "retitle", "title", tooltip="give the dispute a new title"),
    ]

    def __init__(self, dispute_id: str) -> None:
        super().__init__()
        self.dispute_id = dispute_id

    def compose(self) -> ComposeResult:
        with Vertical(id="dispute-box", classes="dialog"):
            yield Static("", id="dispute-title")
            yield OptionList(id="dispute-members")
            yield Label("enter: go to the sentence · x take it out (your link) · t new title · "
                        "esc closes", id="dispute-keys")

    def on_mount(self) -> None:
        self.show_members()
        self.query_one(OptionList).focus()

    def show_members(self) -> None:
        data = model.show(self.app.db, self.dispute_id)
        title = Text("Dispute  ", style="bold")
        title.append_text(literal(data["title"], "bold yellow"))
        title.append(f"\n{data['sentences']} sentences in {data['documents']} documents",
                     style="dim")
        self.query_one("#dispute-title", Static).update(title)
        options = self.query_one(OptionList)
        options.clear_options()
        for role in model.ROLES:
            members = data["members"][role]
            if not members:
                continue
            options.add_option(Option(Text(f"{role} ({len(members)})", style="bold underline"),
                                      disabled=True))
            for m in members:
                line = literal(m["text"])
                meta = Text("\n    ", style="dim")
                meta.append_text(literal(m["doc_title"] or "(untitled)", "italic"))
                meta.append(f" · {m['outlet'] or '?'} · {m['published'] or '?'}")
                meta.append(" · ")
                meta.append_text(label_text(self.app.scheme, m["label"]) if m["label"]
                                 else Text("unlabeled"))
                if m["source"]:
                    meta.append(" · ")
                    meta.append_text(literal(m["source"], "bold"))
                meta.append(f" · linked by {', '.join(m['reviewers'])}")
                line.append_text(meta)
                options.add_option(Option(line, id=f"{role}:{m['sentence_id']}"))
        if not options.option_count:
            options.add_option(Option(Text("no members yet", style="italic"), disabled=True))
        else:
            options.highlighted = next(
                i for i in range(options.option_count)
                if not options.get_option_at_index(i).disabled)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((event.option.id or "").partition(":")[2] or None)

    def action_unlink(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        sentence_id = (options.get_option_at_index(options.highlighted).id or "") \
            .partition(":")[2]
        if not sentence_id:
            return
        if model.unlink(self.app.db, self.dispute_id, sentence_id, self.app.reviewer):
            self.notify("taken out of the dispute", markup=False)
        else:
            self.notify("only the reviewer who linked it can take it out", markup=False)
        self.show_members()

    def action_retitle(self) -> None:
        from annotator.ui.screens.title import TitleScreen

        current = model.get_dispute(self.app.db, self.dispute_id)["title"]
        prompt = "New title for the dispute (enter on an empty line keeps it)"
        self.app.push_screen(TitleScreen(prompt, current, keeps=True), self._retitled)

    def _retitled(self, title: str | None) -> None:
        if title:
            model.retitle(self.app.db, self.dispute_id, title, self.app.reviewer)
            self.show_members()

    def action_cancel(self) -> None:
        self.dismiss(None)
