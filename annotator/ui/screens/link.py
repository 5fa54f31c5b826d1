"""The link panel (`l`): the disputes a sentence could join and the sentences it most likely
answers or repeats, best first; one key adds it to a dispute with a role proposed from its
label, `N` starts a new dispute from it.

Suggestions are computed in a thread worker on its own connection and arrive as a message,
so the panel opens at once even on a million sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from annotator.base.errors import AnnotatorError
from annotator.db.connection import connect
from annotator.domain import disputes as model
from annotator.domain.scheme import Scheme
from annotator.domain.suggest import SentenceSuggestion, Suggestions, suggest
from annotator.ui.busy import reports_busy_database
from annotator.ui.screens.title import TitleScreen
from annotator.ui.widgets.literal import Text, literal

OPPOSITE = {"alleges": "denies", "denies": "alleges"}


@dataclass
class LinkOutcome:
    """What the panel did: "linked" (to an existing dispute), "created" (a new dispute), or
    "jump" (the analyst asked to see another sentence)."""

    action: str
    sentence_id: str
    dispute_id: str | None = None
    title: str | None = None
    role: str | None = None


class LinkPanel(ModalScreen[LinkOutcome | None]):
    """Link one sentence into a dispute."""

    CSS_PATH = "../disputes.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "close"),
        Binding("N", "new_dispute", "new dispute", key_display="N",
                tooltip="start a new dispute from this sentence (asks for a title)"),
        Binding("r", "cycle_role", "role", tooltip="change the role this sentence gets"),
        Binding("v", "view_dispute", "view dispute",
                tooltip="all members of the highlighted dispute, by role"),
        Binding("g", "go_to", "go to sentence", tooltip="show the highlighted sentence"),
        Binding("u", "undo", "undo", tooltip="undo your last dispute change (link, role, new)"),
    ]

    class Suggested(Message):
        def __init__(self, result: Suggestions | None, error: str | None = None) -> None:
            self.result = result
            self.error = error
            super().__init__()

    def __init__(self, db_path: Path, sentence_id: str, text: str, reviewer: str,
                 label: str | None) -> None:
        super().__init__()
        self.db_path = db_path
        self.sentence_id = sentence_id
        self.text = text
        self.reviewer = reviewer
        self.role = self.app.scheme.role_for(label) or ""
        self.role_reason = "from its label" if self.role else ""
        self.result: Suggestions | None = None
        self.sentences: dict[str, SentenceSuggestion] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="link-box", classes="dialog"):
            yield Static(Text.assemble(("Link  ", "bold"), literal(self.text)), id="link-text")
            yield Label("", id="link-role")
            yield Label("Disputes it could join", classes="link-heading")
            yield OptionList(id="link-disputes")
            yield Label("Sentences it answers or repeats (finding them…)", id="link-found",
                        classes="link-heading")
            yield OptionList(id="link-sentences")
            yield Label("enter adds (on a sentence: its dispute, or a new one with both) · "
                        "N new · r role · v view · g go to · u undo · tab · esc", id="link-keys")

    def on_mount(self) -> None:
        self.show_role()
        self.show_disputes()
        # open on a list enter can act on: the disputes when there are some, else the
        # sentences (filled by the worker), so enter works without tab first
        (self.query_one("#link-disputes", OptionList) if self._disputes_offered()
         else self.query_one("#link-sentences", OptionList)).focus()
        self.find()

    # suggestions, in a worker -----------------------------------------------------------

    @work(thread=True, exclusive=True, group="link-suggestions", name="link suggestions")
    def find(self) -> None:
        db = connect(self.db_path)  # connections are per thread
        try:
            result = suggest(db, self.sentence_id, reviewer=self.reviewer, limit=15,
                             scheme=self.app.scheme)
        except AnnotatorError as exc:
            self.post_message(self.Suggested(None, str(exc)))
            return
        finally:
            db.close()
        self.post_message(self.Suggested(result))

    @on(Suggested)
    def suggested(self, message: Suggested) -> None:
        found = self.query_one("#link-found", Label)
        if message.result is None:
            found.update(Text(f"no suggestions: {message.error}", style="red"))
            return
        self.result = message.result
        if not self.role:
            self.role = message.result.proposed_role
            reads = {"alleges": "an accusation", "denies": "a denial"}
            self.role_reason = ("no label; it reads as " + reads[message.result.stance]
                                if message.result.stance in reads else "no label yet")
        self.show_role()
        self.show_disputes()
        sentences = self.query_one("#link-sentences", OptionList)
        sentences.clear_options()
        self.sentences = {s.sentence_id: s for s in message.result.sentences}
        for s in message.result.sentences:
            sentences.add_option(Option(self._sentence_line(s), id=s.sentence_id))
        if self.sentences:
            sentences.highlighted = 0
        # now both lists are known: enter acts on the disputes if any, else the sentences
        if self._disputes_offered():
            self.query_one("#link-disputes", OptionList).focus()
        elif self.sentences:
            sentences.focus()
        found.update(f"Sentences it answers or repeats ({len(self.sentences)})"
                     if self.sentences else "No sentence looks related")

    def _disputes_offered(self) -> bool:
        """Does the disputes list hold one to act on (not just "none yet")?"""
        options = self.query_one("#link-disputes", OptionList)
        return any(not options.get_option_at_index(i).disabled
                   for i in range(options.option_count))

    def _sentence_line(self, s: SentenceSuggestion) -> Text:
        line = Text(f"{s.score:.2f} {s.relation:<8} ", style="bold")
        line.append_text(literal(s.text))
        meta = Text("\n          ", style="dim")
        meta.append_text(literal(s.doc_title or "(untitled)", "italic"))
        meta.append(f" · {s.outlet or '?'} · {s.published or '?'} · {s.label or 'unlabeled'}")
        if s.source:
            meta.append(" · ")
            meta.append_text(literal(s.source))
        if s.disputes:
            meta.append(" · in ")
            meta.append_text(literal(s.disputes[0]["title"], "yellow"))
        meta.append("\n          why: ")
        meta.append_text(literal(s.why))
        line.append_text(meta)
        return line

    def show_role(self) -> None:
        text = Text("role for this sentence: ", style="dim")
        text.append(self.role or "…", style="bold")
        if self.role_reason:
            text.append(f" ({self.role_reason}; r changes it)", style="dim")
        self.query_one("#link-role", Label).update(text)

    def show_disputes(self) -> None:
        """Disputes it is already in first (marked), then the suggested ones."""
        options = self.query_one("#link-disputes", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        db = self.app.db
        mine = model.disputes_of(db, self.sentence_id, self.reviewer)
        for d in mine:
            line = Text("✓ in   ", style="green")
            line.append_text(literal(d["title"], "bold"))
            line.append(f"  as {d['role']}", style="green")
            options.add_option(Option(line, id=f"in:{d['id']}"))
        member = {d["id"] for d in mine}
        for d in self.result.disputes if self.result else []:
            if d.dispute_id in member:
                continue
            line = Text(f"{d.score:.2f}  ", style="bold")
            line.append_text(literal(d.title, "bold"))
            line.append(f"  ({d.members} sentences) — {d.why}", style="dim")
            options.add_option(Option(line, id=f"join:{d.dispute_id}"))
        if not options.option_count:
            options.add_option(Option(Text("none yet: N starts one", style="dim italic"),
                                      disabled=True))
        if highlighted is not None and highlighted < options.option_count:
            options.highlighted = highlighted
        elif not options.get_option_at_index(0).disabled:
            options.highlighted = 0

    # keys -------------------------------------------------------------------------------

    def action_cycle_role(self) -> None:
        roles = model.ROLES
        self.role = roles[(roles.index(self.role) + 1) % len(roles)] if self.role in roles \
            else roles[0]
        self.role_reason = "chosen"
        self.show_role()

    @on(OptionList.OptionSelected, "#link-disputes")
    def dispute_chosen(self, event: OptionList.OptionSelected) -> None:
        kind, _, dispute_id = (event.option.id or "").partition(":")
        if kind in ("join", "in"):
            self._link(dispute_id)

    @on(OptionList.OptionSelected, "#link-sentences")
    def sentence_chosen(self, event: OptionList.OptionSelected) -> None:
        other = self.sentences.get(event.option.id or "")
        if other is None:
            return
        if other.disputes:  # join the dispute that sentence is already in
            self._link(other.disputes[0]["id"])
            return
        self.app.push_screen(
            TitleScreen("A new dispute with both sentences: its title (enter takes it)",
                        _title_hint(other.text)),
            lambda title: self._create(title, other) if title else None)

    def _role(self) -> str:
        return self.role or "supports"

    @reports_busy_database
    def _link(self, dispute_id: str) -> None:
        db = self.app.db
        try:
            model.link(db, dispute_id, self.sentence_id, self.reviewer, self._role())
            title = model.get_dispute(db, dispute_id)["title"]
        except AnnotatorError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.dismiss(LinkOutcome("linked", self.sentence_id, dispute_id, title, self._role()))

    def action_new_dispute(self) -> None:
        self.app.push_screen(
            TitleScreen("Title of the new dispute (the contested proposition; enter takes it)",
                        _title_hint(self.text)),
            lambda title: self._create(title, None) if title else None)

    @reports_busy_database
    def _create(self, title: str, other: SentenceSuggestion | None) -> None:
        role = self._role()
        members = [(self.sentence_id, role)]
        if other is not None:
            members.append((other.sentence_id, _role_of(other, role, self.app.scheme)))
        try:
            dispute = model.create_dispute_with_members(self.app.db, title, self.reviewer,
                                                        members)
        except AnnotatorError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.dismiss(LinkOutcome("created", self.sentence_id, dispute["id"], dispute["title"],
                                 role))

    def action_view_dispute(self) -> None:
        from annotator.ui.screens.dispute import DisputeScreen

        options = self.query_one("#link-disputes", OptionList)
        dispute_id = None
        if options.highlighted is not None:
            dispute_id = (options.get_option_at_index(options.highlighted).id or "") \
                .partition(":")[2] or None
        if dispute_id is None:
            self.notify("no dispute highlighted", markup=False)
            return
        self.app.push_screen(DisputeScreen(dispute_id), self._viewed)

    def _viewed(self, sentence_id: str | None) -> None:
        if sentence_id:
            self.dismiss(LinkOutcome("jump", sentence_id))

    def action_go_to(self) -> None:
        options = self.query_one("#link-sentences", OptionList)
        if options.highlighted is None:
            return
        self.dismiss(LinkOutcome("jump", options.get_option_at_index(options.highlighted).id))

    @reports_busy_database
    def action_undo(self) -> None:
        try:
            undone = model.undo_last(self.app.db, self.reviewer)
        except AnnotatorError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if undone is None:
            self.notify("no dispute change to undo", markup=False)
            return
        now = f"now {undone['role']}" if undone["role"] else "undone"
        self.notify(f"↶ {undone['action']} {now}", markup=False)
        self.show_disputes()

    def action_cancel(self) -> None:
        self.dismiss(None)


def _role_of(other: SentenceSuggestion, mine: str, scheme: Scheme) -> str:
    """The other sentence's role: from its label, else from how it relates to this one."""
    if scheme.role_for(other.label):
        return scheme.role_for(other.label)
    if other.relation == "answers" and mine in OPPOSITE:
        return OPPOSITE[mine]
    if other.relation == "repeats":
        return mine
    return "context"


def _title_hint(text: str) -> str:
    words = text.split()
    hint = " ".join(words[:10])
    return hint if len(words) <= 10 else hint + "…"


def open_link_panel(screen) -> None:
    """`l` on the labeling screen: open the panel for its sentence; on return, say what was
    done, refresh the disputes line, or jump to the sentence the analyst chose."""
    sentence = screen.sentence
    if sentence is None:
        return
    app = screen.app
    label = (screen.annotation or {}).get("label")

    def done(outcome: LinkOutcome | None) -> None:
        if outcome is None:
            return
        if outcome.action == "jump":
            screen.show_sentence(outcome.sentence_id)
            return
        screen.refresh_view()
        verb = "started" if outcome.action == "created" else "linked to"
        screen.say(f"✓ {verb} dispute “{outcome.title}” as {outcome.role}", "green")

    app.push_screen(LinkPanel(app.db_path, sentence.id, sentence.text, app.reviewer, label),
                    done)


def disputes_here(screen) -> list[dict]:
    """The disputes the labeling screen's sentence is in (all reviewers' links)."""
    sentence = screen.sentence
    return model.disputes_of(screen.app.db, sentence.id) if sentence else []
