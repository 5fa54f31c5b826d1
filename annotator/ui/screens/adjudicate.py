"""The adjudication screen: each disagreement in turn, every reviewer's annotation side by
side, one key to settle it.

``1``-``9`` take reviewer N's annotation as the gold label; the label keys decide with the
adjudicator's own label (with the source and confidence shown as the draft: ``s`` and
``+``/``-`` change them); ``l`` sets the dispute links and roles by hand; ``e`` adds the
rationale; ``u`` undoes the last decision. After a
decision the screen moves on to the next open disagreement. ``n``/``j`` and ``p``/``k`` walk
the queue including settled ones, so any decision can be revisited. Every decision goes
through annotator.adjudication (one committed transaction with its history row) before
the screen says so. The queue is read a sentence at a time from indexes; only the count
of open disagreements is a full pass, done in a thread worker.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen

from annotator.analysis.stats import count_queue
from annotator.db.connection import connect
from annotator.domain import adjudication as adj
from annotator.domain import navigation as nav
from annotator.domain.annotations import speakers
from annotator.ui.busy import reports_busy_database
from annotator.ui.keymap import install_bindings
from annotator.ui.screens.adjudicate_dialogs import FilterScreen, QueueFilter, RationaleScreen
from annotator.ui.screens.keys import DECIDE, adjudication_bindings  # noqa: F401
from annotator.ui.session import Session
from annotator.ui.widgets.adjudication import DecisionPanel, QueueBar, ReviewerCards
from annotator.ui.widgets.document_bar import DocumentBar
from annotator.ui.widgets.key_line import KeyLine
from annotator.ui.widgets.progress import StatusLine
from annotator.ui.widgets.sentence_view import ContextView, SentenceView


class GoldDecided(Message):
    """A gold label was committed (or undone: gold is None) for a sentence."""

    def __init__(self, sentence_id: str, gold: dict | None) -> None:
        self.sentence_id = sentence_id
        self.gold = gold
        super().__init__()


class QueueCounted(Message):
    """The count worker finished: open and settled disagreements under the filter."""

    def __init__(self, open_count: int, settled: int, filters: QueueFilter) -> None:
        self.open_count = open_count
        self.settled = settled
        self.filters = filters
        super().__init__()


def _summary(gold: dict[str, Any]) -> str:
    return " · ".join(x for x in (gold["label"], " + ".join(adj.gold_speakers(gold)),
                                  gold["confidence"]) if x)


def _links_text(links: list[dict[str, str]]) -> str:
    return ", ".join(f"{link['role']} in {link['id'][:8]}" for link in links) or "in no dispute"


def _described(changes: dict[str, Any]) -> str:
    return ", ".join(f"source {' + '.join(v) or 'none'}" if k == "sources" else
                     f"dispute links {_links_text(v)}" if k == "disputes" else
                     f"{k} {v or 'none'}" for k, v in changes.items())


def _most_common(values: list[Any]) -> Any:
    """The value most reviewers gave (ties: the first reviewer's)."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


class AdjudicateScreen(Screen):
    """Settle disagreements one at a time; see the module docstring for the keys."""

    CSS_PATH = "../adjudicate.tcss"

    app: Session  # type: ignore[assignment]

    def __init__(self, documents: list[str] | None = None, kinds: list[str] | None = None):
        super().__init__()
        install_bindings(self, adjudication_bindings(self.app.scheme))
        self.filters = QueueFilter(document=(documents or [None])[0],
                                   kind=(kinds or [None])[0])
        self.item: adj.Disagreement | None = None
        self.annotations: list[dict[str, Any]] = []
        self.gold: dict[str, Any] | None = None
        self.draft: dict[str, Any] = {}
        self.open_count: int | None = None
        self.settled: int | None = None
        self.decided_this_session = 0

    def compose(self) -> ComposeResult:
        yield QueueBar(id="queue-bar")
        yield DocumentBar(id="adj-document")
        with VerticalScroll(id="adj-reading", can_focus=False):
            yield ContextView(id="adj-before")
            yield SentenceView(id="adj-sentence")
            yield ContextView(id="adj-after")
        yield ReviewerCards(id="reviewer-cards")
        yield DecisionPanel(id="decision")
        yield StatusLine(id="adj-status")
        yield KeyLine()

    def on_mount(self) -> None:
        if self.filters.document:
            doc = nav.get_document(self.app.db, self.filters.document)
            self.filters = QueueFilter(self.filters.document, doc.title if doc else None,
                                       self.filters.kind)
        first = self._next_open(after=None)
        self.show_item(first)
        self.count_queue()
        if first is None:
            self.say("nothing to adjudicate: where reviewers annotated the same sentence "
                     "they agree, or it is settled", "green")

    # the queue ----------------------------------------------------------------------

    def _query(self, **extra) -> dict[str, Any]:
        return {
            "documents": [self.filters.document] if self.filters.document else [],
            "kinds": [self.filters.kind] if self.filters.kind else [],
            **extra,
        }

    def _next_open(self, after: tuple[int, int] | None) -> adj.Disagreement | None:
        """The next open disagreement after a position, wrapping round to the start."""
        found = next(adj.iter_queue(self.app.db, **self._query(after=after, page=1)), None)
        if found is None and after is not None:
            found = next(adj.iter_queue(self.app.db, **self._query(page=1)), None)
        return found

    @work(thread=True, exclusive=True, group="adjudication-count", name="count disagreements")
    def count_queue(self) -> None:
        filters = self.filters
        db = connect(self.app.db_path)  # connections are per thread
        try:
            counted = count_queue(db, **self._query())
        finally:
            db.close()
        self.post_message(QueueCounted(counted["open"], counted["settled"], filters))

    @on(QueueCounted)
    def counted(self, message: QueueCounted) -> None:
        if message.filters != self.filters:
            return  # a count for a filter no longer shown
        self.open_count, self.settled = message.open_count, message.settled
        self.refresh_bar()

    # showing ------------------------------------------------------------------------

    def show_item(self, item: adj.Disagreement | None) -> None:
        db = self.app.db
        self.item = item
        if item is None:
            self.annotations, self.gold, self.draft = [], None, {}
        else:
            item.kinds = adj.kinds_of(db, item.sentence_id)
            self.annotations = adj.reviewer_annotations(db, item.sentence_id)
            self.gold = adj.get_gold(db, item.sentence_id)
            spoken = adj.gold_speakers(self.gold) if self.gold else list(_most_common(
                [tuple(speakers(a)) for a in self.annotations]) or ())
            confidence = self.gold["confidence"] if self.gold else _most_common(
                [a["confidence"] for a in self.annotations])
            self.draft = {"sources": spoken,
                          "confidence": confidence or self.app.scheme.default_confidence,
                          "rationale": self.gold["rationale"] if self.gold else None}
        self.refresh_view()

    def refresh_view(self) -> None:
        db, item = self.app.db, self.item
        place = None
        if item is not None:
            sentence = nav.get_sentence(db, item.sentence_id)
            place = nav.place(db, sentence, documents_total=nav.count_documents(db),
                              context=1)
        self.query_one(DocumentBar).show(place, self.app.reviewer)
        if place is None:
            self.query_one(DocumentBar).update("No disagreement to show.")
        self.query_one("#adj-before", ContextView).show(place.before if place else [])
        self.query_one(SentenceView).show(place.sentence if place else None)
        self.query_one("#adj-after", ContextView).show(place.after if place else [])
        reading = self.query_one("#adj-reading", VerticalScroll)
        self.call_after_refresh(reading.scroll_to_widget, self.query_one(SentenceView),
                                animate=False, top=False)
        self.query_one(ReviewerCards).show(self.annotations)
        panel = self.query_one(DecisionPanel)
        panel.display = item is not None
        if item is not None:
            panel.show(self.gold, self.draft, item.kinds)
        self.refresh_bar()

    def refresh_bar(self) -> None:
        self.query_one(QueueBar).show(open_count=self.open_count, settled=self.settled,
                                      filters=self.filters.describe(),
                                      adjudicator=self.app.reviewer)

    def say(self, message: str, style: str = "") -> None:
        self.query_one(StatusLine).say(message, style)

    # deciding -----------------------------------------------------------------------

    def _decided(self, gold: dict[str, Any], what: str) -> None:
        """Book-keeping after a committed decision, then on to the next open one."""
        was_open = self.gold is None
        self.decided_this_session += 1
        if was_open and self.open_count is not None:
            self.open_count -= 1
            self.settled += 1
        self.post_message(GoldDecided(gold["sentence_id"], gold))
        current = self.item
        following = self._next_open(after=(current.doc_ordinal, current.position))
        if following is None or following.sentence_id == current.sentence_id:
            self.show_item(current)
            self.say(f"✓ gold {what}: every disagreement here is settled "
                     f"({self.decided_this_session} decided this session)", "green")
        else:
            self.show_item(following)
            self.say(f"✓ gold {what} ({self.decided_this_session} decided this session)",
                     "green")

    @reports_busy_database
    def action_take(self, number: int) -> None:
        if self.item is None:
            return
        if number > len(self.annotations):
            self.say(f"there is no reviewer {number} on this sentence", "red")
            return
        chosen = self.annotations[number - 1]
        gold = adj.take(self.app.db, self.item.sentence_id, number,
                        adjudicator=self.app.reviewer,
                        rationale=self.draft.get("rationale"), scheme=self.app.scheme)
        self._decided(gold, f"{_summary(gold)} (from {chosen['reviewer']})")

    @reports_busy_database
    def action_decide(self, label: str) -> None:
        if self.item is None:
            return
        gold = adj.decide(self.app.db, self.item.sentence_id, label=label,
                          source=None, sources=self.draft.get("sources"),
                          disputes=self.draft.get("disputes", adj.KEEP),
                          confidence=self.draft.get("confidence"),
                          adjudicator=self.app.reviewer,
                          rationale=self.draft.get("rationale"), scheme=self.app.scheme)
        self._decided(gold, _summary(gold))

    @reports_busy_database
    def _redecide(self, **changes: Any) -> None:
        """A change to the speakers, confidence or rationale: saved at once on a decided
        sentence, else kept in the draft for the next decision."""
        self.draft.update(changes)
        if self.gold is not None:
            values = {k: self.gold[k] for k in ("label", "confidence", "rationale")}
            values.update(source=None, sources=adj.gold_speakers(self.gold))
            values.update(changes)
            self.gold = adj.decide(self.app.db, self.item.sentence_id,
                                   adjudicator=self.app.reviewer, scheme=self.app.scheme,
                                   **values)
            self.post_message(GoldDecided(self.gold["sentence_id"], self.gold))
            self.say("✓ decision updated: " + _described(changes), "green")
        else:
            self.say(_described(changes) + ": used by your next label key")
        self.refresh_view()

    def action_reason(self) -> None:
        """Tag the decision with why the reviewers disagreed (the next reason in turn)."""
        if self.item is None:
            return
        if self.gold is None:
            self.say("decide first (1-9 or a label key), then w tags why they disagreed")
            return
        order = [None, *adj.REASONS]
        reason = order[(order.index(self.gold.get("reason")) + 1) % len(order)]
        self._redecide(reason=reason)

    def action_confidence(self, step: int) -> None:
        if self.item is None:
            return
        level = self.app.scheme.step_confidence(self.draft.get("confidence"), step)
        self._redecide(confidence=level)

    def action_pick_source(self) -> None:
        from annotator.ui.screens.source_picker import SourcePicker

        if self.item is None:
            return
        spoken = " + ".join(self.draft.get("sources") or [])
        self.app.push_screen(SourcePicker(self.app.sources, spoken or None),
                             self._source_picked)

    def _source_picked(self, picked: str | list[str] | None) -> None:
        from annotator.ui.screens.source_picker import register_picked

        names = register_picked(self, picked)
        if names is not None:
            self._redecide(sources=names)

    def action_links(self) -> None:
        from annotator.ui.screens.adjudicate_links import LinksDialog

        if self.item is None:
            return
        sentence_id = self.item.sentence_id
        decided = adj.gold_links(self.gold)
        draft = self.draft.get("disputes")
        marked = {link["id"]: link["role"] for link in (
            draft if draft is not None else decided or [])}
        self.app.push_screen(
            LinksDialog(lambda query: adj.link_choices(self.app.db, sentence_id, query),
                        marked), self._links_chosen)

    @reports_busy_database
    def _links_chosen(self, links: list[dict[str, str]] | None) -> None:
        """Saved at once on a decided sentence, or where reviewers agree on everything
        but the links; else kept for the next label key."""
        if links is None or self.item is None:
            return
        if self.gold is not None:
            self._redecide(disputes=links)
            return
        try:
            gold = adj.decide_links(self.app.db, self.item.sentence_id, links,
                                    adjudicator=self.app.reviewer,
                                    rationale=self.draft.get("rationale"))
        except adj.AdjudicationError:  # they differ in the label too: decide that next
            self.draft["disputes"] = links
            self.say(_described({"disputes": links}) + ": used by your next label key")
            self.refresh_view()
            return
        self._decided(gold, "dispute links " + _links_text(links))

    def action_rationale(self) -> None:
        if self.item is None:
            return
        self.app.push_screen(RationaleScreen(self.draft.get("rationale") or ""),
                             self._rationale_written)

    def _rationale_written(self, text: str | None) -> None:
        if text is not None and text != (self.draft.get("rationale") or ""):  # kept as stored
            self._redecide(rationale=text.strip() or None)

    @reports_busy_database
    def action_undo(self) -> None:
        undone = adj.undo_last(self.app.db, self.app.reviewer)
        if undone is None:
            self.say("nothing to undo")
            return
        restored = undone["restored"]
        if restored is None and self.open_count is not None:
            self.open_count += 1
            self.settled -= 1
        self.post_message(GoldDecided(undone["sentence_id"], restored))
        self._show_sentence(undone["sentence_id"])
        state = f"gold is {restored['label']} again" if restored else "open again"
        self.say(f"↶ undone: {state}", "yellow")

    def _show_sentence(self, sentence_id: str) -> None:
        item = adj.disagreement_at(self.app.db, sentence_id)
        if item is not None:
            self.show_item(item)

    # moving -------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.item is None:
            return
        here = (self.item.doc_ordinal, self.item.position)
        where = {"after": here} if step > 0 else {"before": here}
        target = next(adj.iter_queue(self.app.db, **self._query(
            include_settled=True, page=1, **where)), None)
        if target is None:
            self.say("end of the queue" if step > 0 else "start of the queue")
            return
        self.show_item(target)
        self.say("")

    def action_filter(self) -> None:
        documents = nav.document_titles(self.app.db)
        self.app.push_screen(FilterScreen(self.filters, documents), self._filtered)

    def _filtered(self, filters: QueueFilter | None) -> None:
        if filters is None or filters == self.filters:
            return
        self.filters = filters
        self.open_count = self.settled = None
        first = self._next_open(after=None)
        self.show_item(first)
        self.count_queue()
        self.say(f"filter: {filters.describe()}" + ("" if first else " — nothing open here"))

    def action_help(self) -> None:
        from annotator.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.active_bindings))
