"""The labeling screen: one sentence in its context, one keystroke per label.

Every change goes through annotator.labels (one committed write transaction with its
history row) before the screen says "saved". Moving only ever reads the few rows it
shows, so the keystroke costs the same on five articles or a million sentences.
"""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget

from annotator.base.errors import AnnotatorError
from annotator.domain import navigation as nav
from annotator.domain.annotations import (
    apply_to_group,
    get_annotation,
    set_annotation,
    speakers,
    update_annotation,
)
from annotator.domain.assignments import has_assignment
from annotator.domain.disputes import disputes_of
from annotator.domain.proposals.registering import register_proposed
from annotator.domain.scheme import Scheme
from annotator.domain.undo import undo_newest
from annotator.ui.busy import reports_busy_database
from annotator.ui.collector import keep_the_start
from annotator.ui.keymap import install_bindings
from annotator.ui.messages import AnnotationSaved, SentenceChanged, followed
from annotator.ui.screens.label_foresight import AHEAD, Foresight
from annotator.ui.session import Session
from annotator.ui.training import TrainingFailed
from annotator.ui.widgets.annotation_panel import AnnotationPanel, Draft
from annotator.ui.widgets.dispute_line import DisputeLine
from annotator.ui.widgets.document_bar import DocumentBar
from annotator.ui.widgets.key_line import KeyLine
from annotator.ui.widgets.progress import ReviewerProgress, StatusAndProgress
from annotator.ui.widgets.sentence_view import ReadingView
from annotator.ui.widgets.still import StillLines
from annotator.ui.worker_db import Left, WorkerConnections

if TYPE_CHECKING:  # the proposals are imported once the first sentence is shown
    from annotator.domain.proposals import Model, Proposal

_UNSET = object()
W = TypeVar("W", bound=Widget)


SAVE_AND_MOVE = "save with source and confidence shown; go to next unlabeled"
# The label keys are one group: the footer spells each out ("c claim a accusation") when
# the terminal is wide enough, else shows them as "c a d x label"; the help lists each.
LABEL_KEYS = Binding.Group("label")
RETRAIN_EVERY = 10  # labels saved on this screen between two trainings of the classifier


def labeling_bindings(scheme: Scheme) -> list[Binding]:
    """The labeling screen's keys, each with an id a keymap can rebind: the label keys and
    their numbers come from the scheme (c and 1 for claim), the rest are the defaults."""
    labels = []
    for label in scheme.labels:
        labels.append(Binding(label.key, f"label({label.name!r})", label.name,
                              tooltip=SAVE_AND_MOVE, id=f"label.{label.name}",
                              group=LABEL_KEYS))
        labels.append(Binding(label.number, f"label({label.name!r})", label.name, show=False,
                              tooltip=SAVE_AND_MOVE, id=f"label.{label.name}.number"))
    # Footer order is priority order: what an analyst presses most comes first; a narrow
    # terminal drops keys from the end (all of them are in `?`), 120 columns show them all.
    return [
        *labels,
        Binding("s", "pick_source", "source",
                tooltip="pick or add the source (who said it); in the picker + adds another "
                        "speaker of a joint statement, enter saves them all", id="source"),
        Binding("n", "next_unlabeled", "next",
                tooltip="go to the next sentence you have not labeled", id="unlabeled.next"),
        Binding("slash", "search", "search", key_display="/",
                tooltip="full-text search of the corpus; enter jumps", id="search"),
        Binding("l", "link", "link",
                tooltip="link to a dispute; shows what this sentence answers or repeats",
                id="link"),
        # the app's quit key, listed here so the footer shows it among the keys used most
        Binding("q", "app.quit", "quit", tooltip="leave; every saved label is on disk",
                id="quit"),
        Binding("enter", "accept", "accept", key_display="⏎",
                tooltip="accept the proposal shown (label, source, confidence); go to next "
                        "unlabeled", id="accept"),
        Binding("u", "undo", "undo", tooltip="revert your last change and show that sentence",
                id="undo"),
        Binding("question_mark", "help", "help", key_display="?", tooltip="this list of keys",
                id="help"),
        Binding("g", "guidelines", "guidelines",
                tooltip="the labeling guidelines (definitions with examples)", id="guidelines"),
        Binding("quotation_mark", "same_source", "same source", show=False, key_display='"',
                tooltip="the source of the sentence before (ditto)", id="source.previous"),
        Binding("plus,equals_sign", "confidence(1)", "confidence",
                key_display="+/-", tooltip="one step up the confidence scale",
                id="confidence.up"),
        Binding("minus", "confidence(-1)", "confidence", show=False, key_display="-",
                tooltip="one step down the confidence scale", id="confidence.down"),
        Binding("e", "note", "note", tooltip="write a note on this annotation", id="note"),
        Binding("down", "move(1)", "next sentence", show=False, key_display="↓/j",
                id="sentence.next"),
        Binding("j", "move(1)", "next sentence", show=False, key_display="↓/j",
                id="sentence.next.alias"),
        Binding("up", "move(-1)", "previous sentence", show=False, key_display="↑/k",
                id="sentence.previous"),
        Binding("k", "move(-1)", "previous sentence", show=False, key_display="↑/k",
                id="sentence.previous.alias"),
        Binding("G", "apply_group", "group", show=False, key_display="G",
                tooltip="your label, to its near-duplicates elsewhere", id="group.apply"),
        Binding("A", "toggle_scope", "mine/all", show=False, key_display="A",
                tooltip="switch the queue between your assignment and every sentence",
                id="queue.scope"),
    ]


def _describe(changes: dict) -> str:
    """"source Dmitry Peskov" or "sources Korea Selatan + Jepang" for the status line."""
    if changes.get("sources"):
        changes = {k: v for k, v in changes.items() if k != "source"}
        changes["sources"] = " + ".join(changes["sources"])
    return ", ".join(f"{k} {v or 'none'}" for k, v in changes.items())


class LabelScreen(StillLines, Screen):
    """Shows the current sentence and saves labels. Its keys are built when it is created,
    from the app's scheme (labeling_bindings); a subclass may still add Binding objects to
    BINDINGS. Others listen for SentenceChanged / AnnotationSaved."""

    app: Session  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        install_bindings(self, labeling_bindings(self.app.scheme))
        self.place: nav.Place | None = None
        self.annotation: dict | None = None
        self.proposal = None
        self.pending: dict = {}
        self.labeled: int | None = None  # counted in a worker, then kept up to date
        self.presented: int | None = None
        self.documents = 0
        self.saved_this_session = 0
        self.shown_at = time.monotonic()
        # the queue (n, resume, progress) follows the reviewer's assignment when they have
        # one, unless the app was started to see everything (`annotator label --all`)
        self.assigned = (not getattr(self.app, "everything", False)
                         and has_assignment(self.app.db, self.app.reviewer))
        # trained on the team's labels, in a worker; its guesses made ahead (Foresight)
        self.model: Foresight | None = None
        self.saved_since_training = 0
        self.reader = nav.DocumentReader(self.app.db)  # the document on screen, read once
        self.worker_dbs = WorkerConnections(self.app.db_path)  # interrupted when it goes

    def compose(self) -> ComposeResult:
        yield DocumentBar(id="document")
        yield ReadingView(id="reading")
        yield AnnotationPanel(id="annotation")
        # the disputes line (DisputeLine) is mounted under the annotation when a sentence
        # first has one: most sessions never show it, and every widget in the screen's tree
        # is visited by the messages a key sends around it
        yield StatusAndProgress(id="progress")  # the status line over the progress line
        yield KeyLine()

    def on_mount(self) -> None:
        db, reviewer = self.app.db, self.app.reviewer
        self.documents = nav.count_documents(db)
        start = (nav.resume_guess(db, reviewer, assigned=self.assigned)
                 or nav.first_sentence(db))
        self.go_to(start, propose_later=True)  # the sentence first; its proposal a frame later
        if self.assigned:
            self.say("your queue follows your assignment (A: every sentence)")
        if start is not None and nav.has_labeled(db, reviewer):
            self.say("resumed at the first sentence you have not labeled")
            self.call_after_refresh(self.find_resume, start.id)
        # after the first sentence is painted: the counts (workers reading whole indexes
        # would share the cores with the first frame), sqlite-utils, which saving uses (the
        # sentence was read without it); the classifier's training once the counts are in
        # (counted), so that they do not wait behind its 20 s at a million sentences
        self.call_after_refresh(self.count_progress)
        self.call_after_refresh(self.app.prepare_writes)

    def on_unmount(self) -> None:
        self.worker_dbs.close()  # `q` does not wait for a long count to finish

    class Trained(Message):
        def __init__(self, model: Model | None, problem: str | None = None) -> None:
            self.model = model
            self.problem = problem
            super().__init__()

    training = False  # a training run is under way
    train_again = False  # ... and labels arrived meanwhile that it does not know
    training_asked = False  # the first training was asked for

    def train_classifier(self) -> None:
        """Train the classifier on the database's labels, one run at a time."""
        self.training_asked = True
        if self.training:
            self.train_again = True
            return
        self.training = True
        self.train_in_child()

    @work(thread=True, group="classifier", name="train classifier")
    def train_in_child(self) -> None:
        """Wait for the training process (ui/training.py: scikit-learn, the other core,
        ended when the app leaves) off the UI thread, and load its model here."""
        try:
            model = self.app.training.train(self.app.db_path)
        except TrainingFailed as exc:
            self.post_message(self.Trained(None, str(exc)))
            return
        self.post_message(self.Trained(model))

    @on(Trained)
    def trained(self, message: Trained) -> None:
        self.training = False
        if self.train_again:
            self.train_again = False
            self.train_classifier()
        if message.problem:
            self.say(f"proposals without the classifier: training failed ({message.problem})",
                     "yellow")
            return
        self.model = Foresight(message.model) if message.model is not None else None
        gc.freeze()  # the model lives until the next one: out of the full passes too
        if message.model is not None and self.place is not None and self.annotation is None \
                and not self.pending:
            self.proposal = self._propose(self.place)  # the sentence on screen, re-proposed
            self.refresh_view()
        self._foresee()

    def _foresight_due(self) -> bool:
        """Whether ``_foresee`` has anything to do for the sentence on screen: a key asks
        for it after the frame only then, not on every key (each call after a refresh is a
        message through the screen's queue on the key's time)."""
        model, place = self.model, self.place
        if model is None or place is None:
            return False
        if len(place.after) < 2 and self._next_document_foreseen != place.document.id:
            return True
        return not all(model.knows(s.text) for s in place.after[:2])

    def _foresee(self) -> None:
        """The classifier's guesses for the sentences after the one on screen, made in a
        worker once it is painted, so the keys that move there do not wait for them: the
        rest of the document in one batch when the next two are not guessed yet."""
        model, place = self.model, self.place
        if model is None or place is None:
            return
        if len(place.after) < 2 and self._next_document_foreseen != place.document.id:
            # the end of the document is near: the next document's first sentence too
            self._next_document_foreseen = place.document.id
            last = self.reader.sentences[-1] if self.reader.sentences else place.sentence
            self.foresee_next_document(model, last)
        if all(model.knows(s.text) for s in place.after[:2]):
            return
        i = self.reader.positions.get(place.sentence.id)
        ahead = (self.reader.sentences[i + 1:i + 1 + AHEAD] if i is not None
                 else place.after)
        texts = [s.text for s in ahead if not model.knows(s.text)]
        if texts:
            self.foresee(model, texts)

    @work(thread=True, exclusive=True, group="foresight", name="classifier guesses ahead")
    def foresee(self, model: Foresight, texts: list[str]) -> None:
        model.foresee(texts)

    _next_document_foreseen: str | None = None  # the document whose successor was guessed

    @work(thread=True, exclusive=True, group="foresight-next",
          name="classifier guesses the next document's first sentence")
    def foresee_next_document(self, model: Foresight, last: nav.Sentence) -> None:
        """The sentence a label key on this document's last sentence moves to, guessed
        before that key (else the key waits for the guess: 7 ms at a million sentences)."""
        try:
            with self.worker_dbs.open() as db:
                following = nav.next_unlabeled(db, self.app.reviewer, last,
                                               assigned=self.assigned)
        except Left:
            return
        if following is not None and following.doc_id != last.doc_id:
            model.foresee([following.text])

    class Resume(Message):
        def __init__(self, guess_id: str, first_id: str | None) -> None:
            self.guess_id = guess_id
            self.first_id = first_id
            super().__init__()

    @work(thread=True, exclusive=True, group="resume", name="first unlabeled sentence")
    def find_resume(self, guess_id: str) -> None:
        """Confirm the resume point: the first unlabeled sentence in queue order means
        walking past everything labeled (seconds after 500,000 labels), so the screen
        opens after the reviewer's last change and corrects itself if a sentence was
        skipped earlier."""
        try:
            with self.worker_dbs.open() as db:
                first = nav.first_unlabeled(db, self.app.reviewer, assigned=self.assigned)
        except Left:
            return
        self.post_message(self.Resume(guess_id, first.id if first else None))

    @on(Resume)
    def resumed(self, message: Resume) -> None:
        if message.first_id is None or message.first_id == message.guess_id:
            return
        if self.sentence is not None and self.sentence.id == message.guess_id:
            self.show_sentence(message.first_id)  # the analyst has not moved yet
            self.say("resumed at the first sentence you have not labeled")
        else:
            self.say("an earlier sentence is still unlabeled (n finds it after the last)")

    class Counted(Message):
        def __init__(self, presented: int, labeled: int, history_mark: int) -> None:
            self.presented = presented
            self.labeled = labeled
            self.history_mark = history_mark
            super().__init__()

    @work(thread=True, exclusive=True, group="progress-count", name="count progress")
    def count_progress(self) -> None:
        """The two counts that read a whole index (a million rows take a few hundred ms),
        off the UI thread; the screen shows the sentence meanwhile."""
        try:
            with self.worker_dbs.open() as db:  # connections are per thread
                presented, labeled, mark = nav.progress_snapshot(db, self.app.reviewer,
                                                                 assigned=self.assigned)
        except Left:
            return
        self.post_message(self.Counted(presented, labeled, mark))

    @on(Counted)
    def counted(self, message: Counted) -> None:
        changed = nav.labeled_change_since(self.app.db, self.app.reviewer, message.history_mark,
                                           assigned=self.assigned)
        self.presented = message.presented
        self.labeled = message.labeled + changed
        self._part(ReviewerProgress).show(self.labeled, self.presented, self.assigned)
        if not self.training_asked:
            self.train_classifier()  # the counts first, then the classifier
            # what the start made lives as long as the app: frozen out of the
            # collector's passes, young collections made rare (ui/collector.py)
            keep_the_start()

    # showing --------------------------------------------------------------------------

    @property
    def sentence(self) -> nav.Sentence | None:
        return self.place.sentence if self.place else None

    def show_sentence(self, sentence_id: str) -> bool:
        """Jump to a sentence by id (search, command palette, other screens)."""
        sentence = nav.get_sentence(self.app.db, sentence_id)
        if sentence is None:
            return False
        self.go_to(sentence)
        return True

    def go_to(self, sentence: nav.Sentence | None, *, unlabeled: bool = False,
              propose_later: bool = False) -> None:
        """Show a sentence. ``unlabeled``: it was just found by the query for sentences
        this reviewer has not labeled, so there is no annotation of theirs to read.
        ``propose_later``: paint it first and its proposal in the next frame (the start:
        the proposals' modules and the first proposal cost about 50 ms; any key waits for
        it, see settle)."""
        db, reviewer = self.app.db, self.app.reviewer
        self.pending = {}
        self.proposal_due = None
        self.shown_at = time.monotonic()  # the label's seconds count from here
        if sentence is None:
            self.place = self.annotation = self.proposal = None
        else:
            # a tall terminal shows more of the document around the sentence
            context = 4 if self.app.size.height >= 36 else 2
            self.place = self.reader.place(sentence, documents_total=self.documents,
                                           context=context)
            self.annotation = None if unlabeled else get_annotation(db, sentence.id, reviewer)
            if propose_later:
                self.proposal, self.proposal_due = None, self.place
                self.call_after_refresh(self.settle)
            else:
                self.proposal = self._propose(self.place)
            if self._foresight_due():  # most keys find the next guesses made
                self.call_after_refresh(self._foresee)
        self.refresh_view()
        if followed(self, SentenceChanged):
            self.post_message(SentenceChanged(sentence.id if sentence else None))

    proposal_due: nav.Place | None = None  # painted without its proposal yet (the start)

    def settle(self) -> None:
        """The proposal of the sentence painted without it, made and shown now: after the
        first frame, or before any key's action (the app calls this first), so a key never
        acts on a proposal not made yet."""
        place, self.proposal_due = self.proposal_due, None
        if place is not None and place is self.place:
            self.proposal = self._propose(place)
            self.refresh_view()

    def _propose(self, place: nav.Place) -> Proposal | None:
        """The label, source and confidence `enter` would save, each with its reason: read
        from the sentence and the ones before it in its document, with this reviewer's
        saved labels (domain.proposals)."""
        from annotator.domain.proposals import propose

        return propose(self.app.db, place.sentence.id, self.app.reviewer, self.app.scheme,
                       self.app.sources, self.model)

    def draft(self) -> Draft:
        """What a label key saves now."""
        scheme = self.app.scheme
        if self.annotation:
            a = self.annotation
            return Draft(a["label"], a["source"], a["confidence"] or scheme.default_confidence,
                         a["note"], True, self.proposal, sources=tuple(speakers(a)))
        source = self.pending.get("source", _UNSET)
        if source is _UNSET:
            source = self.proposal.name if self.proposal else None
        proposed_confidence = self.proposal.confidence if self.proposal else None
        return Draft(None, source or None,
                     self.pending.get("confidence",
                                      proposed_confidence or scheme.default_confidence),
                     self.pending.get("note"), False, self.proposal,
                     picked="source" in self.pending,
                     sources=tuple(self.pending.get("sources") or self._proposed_speakers()))

    def _proposed_speakers(self) -> tuple[str, ...]:
        """A joint statement's proposed speakers, while its source is not picked over."""
        if self.proposal is None or "source" in self.pending:
            return ()
        return self.proposal.sources

    def refresh_view(self) -> None:
        place = self.place
        self._part(DocumentBar).show(place, self.app.reviewer)
        self._part(ReadingView).show(place.before if place else [],
                                         place.sentence if place else None,
                                         place.after if place else [])
        panel = self._part(AnnotationPanel)
        panel.display = place is not None
        if place:
            panel.show(self.draft(), self.app.scheme.confidence_scale, place.also_in)
        if not self._progress_follows:
            self._part(ReviewerProgress).show(self.labeled, self.presented, self.assigned)
        self._show_disputes(disputes_of(self.app.db, place.sentence.id) if place else [])

    _dispute_line: DisputeLine | None = None  # mounted when a sentence first has disputes
    # a label key's refresh: the progress line is shown by ``_saved`` right after, with the
    # label counted
    _progress_follows = False

    def _show_disputes(self, disputes: list[dict]) -> None:
        line = self._dispute_line
        if line is None:
            if not disputes:
                return
            line = self._dispute_line = DisputeLine(id="disputes")
            self.mount(line, after=self._part(AnnotationPanel))
        line.show(disputes)

    _parts: dict | None = None

    def _part(self, kind: type[W]) -> W:
        """The screen's widget of a kind, looked up once (a key updates six of them; each
        query walks the screen's tree)."""
        parts = self._parts
        if parts is None:
            parts = self._parts = {}
        widget = parts.get(kind)
        if widget is None or not widget.is_attached:
            widget = parts[kind] = self.query_one(kind)
        return widget

    def say(self, message: str, style: str = "") -> None:
        self._part(StatusAndProgress).say(message, style)

    # saving ---------------------------------------------------------------------------

    def _saved(self, annotation: dict | None, was_labeled: bool, what: str) -> None:
        """Book-keeping after a committed change; the status says "saved" only now."""
        if (annotation is not None and not was_labeled and self.labeled is not None
                and self._counts(annotation["sentence_id"])):
            self.labeled += 1
        self.saved_this_session += 1
        self._part(ReviewerProgress).show(self.labeled, self.presented, self.assigned)
        self.saved_since_training += 1
        # a model trained on thousands of labels learns little from ten more: retrained
        # when the labels it knows grew by a tenth
        every = max(RETRAIN_EVERY, self.model.trained_on // 10 if self.model else 0)
        if self.saved_since_training >= every:
            self.saved_since_training = 0
            self.train_classifier()  # retrained as labels arrive, never on the key's time
        if followed(self, AnnotationSaved):
            self.post_message(AnnotationSaved(annotation["sentence_id"], annotation))
        self.say(f"✓ saved {what} ({self.saved_this_session} saved this session)", "green")

    @reports_busy_database
    def action_accept(self) -> None:
        """`enter`: save the proposal shown, as a label key would, and move on."""
        if self.sentence is None:
            return
        if self.annotation is not None:
            self.action_next_unlabeled()
            return
        if self.proposal is None or self.proposal.label is None:
            self.say("nothing proposed here: press a label key", "yellow")
            return
        self.action_label(self.proposal.label)

    def _register(self, name: str | None) -> None:
        """The proposed speakers the registry does not know yet become sources when saved,
        with the short forms the article defines for them (registering.py)."""
        for known in register_proposed(self.app.db, self.proposal, name):
            self.app.sources.add(known.name, known.name, known.kind)
            for alias in known.aliases:
                self.app.sources.add(alias, known.name, known.kind)
            also = f" (also {', '.join(known.aliases)})" if known.aliases else ""
            self.notify(f"added {known.name!r} to the sources{also}", markup=False)

    @reports_busy_database
    def action_label(self, name: str) -> None:
        if self.sentence is None:
            return
        draft, current = self.draft(), self.sentence
        was_labeled = self.annotation is not None
        proposal = self.proposal
        accepted = None
        if not was_labeled and proposal is not None and not set(self.pending) - {"note"} \
                and proposal.label == name:
            accepted = proposal.proposer  # saved exactly as proposed
        confidence = draft.confidence
        if not was_labeled and "confidence" not in self.pending and proposal is not None \
                and proposal.label != name:
            # the proposed confidence goes with the proposed label; another label key
            # overrides both
            confidence = self.app.scheme.default_confidence
        if not was_labeled:
            self._register(draft.source)
        annotation = set_annotation(
            self.app.db, current.id, self.app.reviewer, label=name, source=draft.source,
            confidence=confidence, note=draft.note, scheme=self.app.scheme,
            proposal=accepted,
            sources=self._speakers(draft.source),
            seconds=time.monotonic() - self.shown_at,
            guideline_version=self.app.guidelines.version,
        )
        spoken = " + ".join(speakers(annotation)) or None  # every speaker of a joint one
        what = " · ".join(x for x in (name, spoken, confidence) if x)
        if accepted:
            what += f" (proposal accepted, by {accepted})"
        following = nav.next_unlabeled(self.app.db, self.app.reviewer, current,
                                       assigned=self.assigned)
        if following is None:
            self._saved(annotation, was_labeled, what)
            self.annotation = annotation
            self.refresh_view()
            self.say(f"✓ saved {what}: every sentence {self._scope_words()}is labeled "
                     f"({self.saved_this_session} saved this session)", "green")
        else:
            # the next sentence first, then the counts and "saved": every widget the key
            # changes asks for its repaint in one go, and Textual paints them in one frame
            # (the progress words asked first were painted in a frame of their own)
            self._progress_follows = True
            try:
                self.go_to(following, unlabeled=True)
            finally:
                self._progress_follows = False
            self._saved(annotation, was_labeled, what)

    def _speakers(self, source: str | None) -> list[str] | None:
        """Every speaker a label key saves: a joint statement's (kept while its first
        speaker is the source shown), else None (the one source)."""
        held = (speakers(self.annotation) if self.annotation
                else self.pending.get("sources") or list(self._proposed_speakers()))
        return held if len(held) > 1 and held[0] == source else None

    @reports_busy_database
    def _change(self, **changes) -> None:
        """Apply a source/confidence/note change: saved at once if the sentence is labeled,
        else kept for the label key."""
        if self.sentence is None:
            return
        if self.annotation:
            self.annotation = update_annotation(
                self.app.db, self.sentence.id, self.app.reviewer, **changes
            )
            self.refresh_view()
            what = _describe(changes)
            self._saved(self.annotation, True, what)
        else:
            self.pending.update(changes)
            if "source" in changes and "sources" not in changes:
                self.pending.pop("sources", None)  # one source picked: not a joint statement
            self.refresh_view()
            what = _describe(changes)
            self.say(f"{what}: will be saved with the label")

    def action_confidence(self, step: int) -> None:
        if self.sentence is None:
            return
        level = self.app.scheme.step_confidence(self.draft().confidence, step)
        self._change(confidence=level)

    def action_pick_source(self) -> None:
        from annotator.ui.screens.source_picker import SourcePicker

        if self.sentence is None:
            return
        self.app.push_screen(SourcePicker(self.app.sources, self.draft().source),
                             self._source_picked)

    def _source_picked(self, picked: str | list[str] | None) -> None:
        """One name (or "" for none), or a joint statement's speakers (a list)."""
        from annotator.ui.screens.source_picker import register_picked

        names = register_picked(self, picked)
        if names is None:
            return
        if len(names) > 1:
            self._change(source=names[0], sources=names)
        else:
            self._change(source=names[0] if names else None)

    @reports_busy_database
    def action_apply_group(self) -> None:
        """Your label of this sentence, given to every near-duplicate you have not labeled."""
        if self.sentence is None:
            return
        if not self.place.also_in:
            self.say("this sentence has no near-duplicates in other documents")
            return
        if self.annotation is None:
            self.say("label this sentence first; G then gives its label to its near-duplicates")
            return
        counts = apply_to_group(self.app.db, self.sentence.id, self.app.reviewer,
                                scheme=self.app.scheme)
        if self.labeled is not None and not self.assigned:
            self.labeled += counts["applied"]
        if self.assigned:
            self.count_progress()
        self._part(ReviewerProgress).show(self.labeled, self.presented, self.assigned)
        kept = f"; {counts['kept']} you had labeled kept theirs" if counts["kept"] else ""
        self.say(f"✓ applied {self.annotation['label']} to {counts['applied']} "
                 f"near-duplicate(s) in other documents{kept}", "green")

    def action_same_source(self) -> None:
        """The source (or every speaker) you gave the sentence before this one."""
        if self.sentence is None:
            return
        before = self.place.before[-1] if self.place.before else None
        done = get_annotation(self.app.db, before.id, self.app.reviewer) if before else None
        if not done or not (done.get("source") or done.get("sources")):
            self.say("the sentence before has no source of yours to repeat")
            return
        if done.get("sources"):
            self._change(source=done["source"], sources=speakers(done))
        else:
            self._change(source=done["source"])

    def action_note(self) -> None:
        from annotator.ui.screens.note import NoteScreen

        if self.sentence is None:
            return
        self.app.push_screen(NoteScreen(self.draft().note or ""), self._note_written)

    def _note_written(self, note: str | None) -> None:
        if note is not None and note != (self.draft().note or ""):  # unchanged: kept as stored
            self._change(note=note.strip() or None)

    @reports_busy_database
    def action_undo(self) -> None:
        try:
            undone = undo_newest(self.app.db, self.app.reviewer)
        except AnnotatorError as exc:
            self.say(str(exc), "red")
            return
        if undone is None:
            self.say("nothing to undo")
            return
        if undone.kind == "dispute":  # the newest change was a dispute link (`l`)
            if undone.sentence_id:
                self.show_sentence(undone.sentence_id)
            else:
                self.refresh_view()
            self.say(f"↶ undone: {undone.what} in a dispute", "yellow")
            return
        if self.labeled is not None and self._counts(undone.sentence_id):
            self.labeled += undone.labeled_change
        self.show_sentence(undone.sentence_id)
        restored = undone.restored
        if followed(self, AnnotationSaved):
            self.post_message(AnnotationSaved(undone.sentence_id, restored))
        self.say(f"↶ undone: now {restored['label'] if restored else 'not labeled'}", "yellow")

    # moving ---------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.sentence is None:
            return
        db = self.app.db
        target = (nav.next_sentence if step > 0 else nav.previous_sentence)(db, self.sentence)
        if target is None:
            self.say("end of the corpus" if step > 0 else "start of the corpus")
            return
        self.go_to(target)
        self.say("")

    def action_next_unlabeled(self) -> None:
        target = nav.next_unlabeled(self.app.db, self.app.reviewer, self.sentence,
                                    assigned=self.assigned)
        if target is None:
            self.say(f"every sentence {self._scope_words()}is labeled")
            return
        self.go_to(target, unlabeled=True)
        self.say("")

    def _scope_words(self) -> str:
        return "of your assignment " if self.assigned else ""

    def _counts(self, sentence_id: str) -> bool:
        """Does a change to this sentence move the progress bar (in the queue's scope)?"""
        return not self.assigned or nav.is_assigned(self.app.db, sentence_id, self.app.reviewer)

    def action_toggle_scope(self) -> None:
        """Switch the queue (n, progress) between the assignment and every sentence."""
        if not self.assigned and not has_assignment(self.app.db, self.app.reviewer):
            self.say("you have no assignment: the queue is every sentence")
            return
        self.assigned = not self.assigned
        self.labeled = self.presented = None
        self._part(ReviewerProgress).show(None, None, self.assigned)
        self.count_progress()
        self.say("queue: your assignment" if self.assigned else "queue: every sentence")

    def action_search(self) -> None:
        from annotator.ui.screens.search import SearchScreen

        self.app.push_screen(SearchScreen(self.app.db_path), self._search_picked)

    def _search_picked(self, sentence_id: str | None) -> None:
        if sentence_id:
            self.show_sentence(sentence_id)

    def action_link(self) -> None:
        from annotator.ui.screens.link import open_link_panel  # suggestions: not at start

        open_link_panel(self)

    def action_guidelines(self) -> None:
        from annotator.ui.screens.guidelines import GuidelinesScreen

        self.app.push_screen(GuidelinesScreen(self.app.guidelines))

    def action_help(self) -> None:
        from annotator.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.active_bindings))
