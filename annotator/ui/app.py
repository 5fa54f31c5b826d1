"""The annotator Textual app: one database connection, one reviewer, a start screen.

``AnnotatorApp(db_path, reviewer)`` opens on the labeling screen;
``start="adjudicate"`` (with ``documents``/``kinds`` filters) on the adjudication screen.
``keymap`` is a keymap.toml (default: annotator.ui.keymap.keymap_path()).
The app sits above the screens: it imports them, they never import it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from annotator.base.errors import AnnotatorError
from annotator.base.locations import database_target
from annotator.base.text import visible
from annotator.db.checkpoint import checkpoints_in_background
from annotator.db.connection import connect, open_db
from annotator.db.lazy_database import LazyDatabase
from annotator.domain.guidelines import load_guidelines
from annotator.domain.scheme import Scheme, load_scheme
from annotator.domain.speakers import SourceIndex
from annotator.ui.busy import problem_line, server_fault
from annotator.ui.collector import restore as restore_collector
from annotator.ui.commands import CorpusCommands
from annotator.ui.hangup import watch_terminal
from annotator.ui.keymap import keymap_path, load_keys
from annotator.ui.screens.typeahead import forward_type_ahead
from annotator.ui.terminal_guard import terminal_safe
from annotator.ui.training import Training
from annotator.ui.widgets.label_style import check_colours
from annotator.ui.widgets.steady import paint_together


class AnnotatorApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "annotator"
    COMMANDS = App.COMMANDS | {CorpusCommands}
    BINDINGS = [Binding("q", "quit", "quit", tooltip="leave; every saved label is on disk",
                        id="quit"),
                Binding("D", "dashboard", "dashboard", show=False, id="dashboard",
                        tooltip="the lead's dashboard: progress, pace, agreement, disputes")]

    START_SCREENS = ("label", "adjudicate", "dashboard")

    def __init__(self, db_path: str | Path, reviewer: str, *, start: str = "label",
                 scheme: Scheme | None = None, documents: list[str] | None = None,
                 kinds: list[str] | None = None, keymap: str | Path | None = None,
                 ask_reviewer: bool = False, everything: bool = False) -> None:
        super().__init__()
        self.everything = everything  # the labeling queue is every sentence, assigned or not
        if start not in self.START_SCREENS:
            raise ValueError(f"unknown start screen {start!r}")
        self.filters = {"documents": documents or [], "kinds": kinds or []}
        self.db_path = database_target(db_path)  # a file, or a server's database
        self.reviewer = reviewer
        self.start = start
        self.db = open_db(self.db_path)
        self.scheme = scheme or load_scheme()
        check_colours(self.scheme)
        self.keymap_file = Path(keymap) if keymap else keymap_path()
        self.set_keymap(self.read_keys())
        self.ask_reviewer = ask_reviewer  # a browser session given no name: ask first
        self.sub_title = "" if ask_reviewer else visible(f"reviewer: {reviewer}")
        self.guidelines = load_guidelines()  # its version is stored with every label
        self.training = Training()  # the classifier's, in a child process (ui/training.py)

    _sources: SourceIndex | None = None

    @property
    def sources(self) -> SourceIndex:
        """The registry's names, for proposals and the source picker: read when first
        needed (the first proposal, after the first sentence is on screen)."""
        if self._sources is None:
            self._sources = SourceIndex.from_db(self.db)
        return self._sources

    def _display(self, screen: Screen, renderable) -> None:
        """Every screen update passes the terminal guard on its way out: no control
        character inside any widget's text reaches the terminal (ui/terminal_guard.py)."""
        super()._display(screen, terminal_safe(renderable))

    def read_keys(self) -> dict[str, str]:
        """The user's keymap, checked against the keys of both screens (built from the
        scheme): a bad entry or a key doing two things stops the start with one line."""
        from annotator.ui.screens.keys import adjudication_bindings, dashboard_bindings
        from annotator.ui.screens.label import labeling_bindings

        screens = {"labeling": labeling_bindings(self.scheme),
                   "adjudication": adjudication_bindings(self.scheme),
                   "dashboard": dashboard_bindings()}
        return load_keys(screens, list(Binding.make_bindings(self.BINDINGS)),
                         path=self.keymap_file, scheme_file=self.scheme.path)

    def on_key(self, event: events.Key) -> None:
        forward_type_ahead(self, event)  # "sPeskov" typed in one burst

    def first_screen(self) -> Screen:
        if self.start == "dashboard":
            from annotator.ui.screens.dashboard import DashboardScreen

            return DashboardScreen()
        if self.start == "adjudicate":
            from annotator.ui.screens.adjudicate import AdjudicateScreen

            return AdjudicateScreen(self.filters["documents"], self.filters["kinds"])
        from annotator.ui.screens.label import LabelScreen

        return LabelScreen()

    def on_mount(self) -> None:
        self.terminal_watch = watch_terminal(self)  # a lost terminal ends the app (hangup.py)
        # db/checkpoint.py; the loop times the quiet after each commit this thread makes
        self.checkpoints = checkpoints_in_background(self.db, self.db_path,
                                                     loop=asyncio.get_running_loop())
        if self.ask_reviewer:
            from annotator.ui.screens.reviewer import ReviewerScreen

            self.push_screen(ReviewerScreen(), self._start_as)
        else:
            self.push_screen(self.first_screen())

    def prepare_writes(self) -> None:
        """Make the connection's sqlite-utils Database now (db/lazy_database.py) and the
        guidelines' version, so the first label key does not import sqlite-utils nor
        hashlib; called once the first sentence is on screen."""
        if isinstance(self.db, LazyDatabase):
            self.db.database  # noqa: B018  # made on first use
        self.guidelines.version  # noqa: B018  # hashed when first asked for

    def _start_as(self, reviewer: str | None) -> None:
        self.reviewer = reviewer or self.reviewer
        self.sub_title = f"reviewer: {self.reviewer}"
        self.push_screen(self.first_screen())

    def label_screen(self):
        """The labeling screen if it is on the stack (palette jumps use it)."""
        from annotator.ui.screens.label import LabelScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, LabelScreen):
                return screen
        return None

    def jump_to(self, sentence_id: str) -> None:
        screen = self.label_screen()
        if screen is not None:
            screen.show_sentence(sentence_id)

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every notification (from any screen) shows data as visible text, never markup."""
        rack = self._toasts_beside_heading()
        if rack is not None:  # one at a time: a second would cover the sentences
            self.clear_notifications()
            rack.remove_children()  # the holders too: one left empty still takes its line
        super().notify(visible(str(message)), title=visible(title), severity=severity,
                       timeout=timeout, markup=False)

    def _toasts_beside_heading(self):
        """On a screen with a document heading (#document: title, facts, reviewer), the
        toast shows on its last line, the reviewer's (app.tcss puts it at the top right,
        one line): a title that wraps pushes it down with it, so it covers the blank end of
        a short line, not the sentence, the proposal lines or the status below."""
        from textual.css.query import NoMatches
        from textual.widgets._toast import ToastRack

        try:
            heading = self.screen.query_one("#document")
            rack = self.screen.query_one(ToastRack)
        except NoMatches:
            return None
        rack.styles.margin = (max(0, heading.outer_size.height - 1), 0, 0, 0)
        return rack

    # commands of the palette ------------------------------------------------------------

    def action_export_labels(self) -> None:
        self.notify("exporting labels…")
        self.export_labels()

    @work(thread=True, exclusive=True, group="export", name="export labels")
    def export_labels(self) -> None:
        from annotator.exchange.records import default_export_path, export_records

        db = connect(self.db_path)  # connections are per thread
        try:
            target = default_export_path()
            count = export_records(db, target, exclusive=True)
        except (AnnotatorError, OSError, sqlite3.Error) as exc:
            self.call_from_thread(self.notify, problem_line(exc), severity="error",
                                  markup=False)
            return
        finally:
            db.close()
        self.call_from_thread(self.notify, visible(f"exported {count} records to {target}"),
                              markup=False)

    def action_dashboard(self) -> None:
        from annotator.ui.screens.dashboard import DashboardScreen

        if not isinstance(self.screen, DashboardScreen):
            self.push_screen(DashboardScreen())

    def action_show_stats(self) -> None:
        self.compute_stats()

    @work(thread=True, exclusive=True, group="stats", name="stats")
    def compute_stats(self) -> None:
        from annotator.analysis.stats import stats

        db = connect(self.db_path)
        try:
            figures = stats(db, documents=200)
        finally:
            db.close()
        self.call_from_thread(self._show_stats, figures)

    def _show_stats(self, figures: dict) -> None:
        from annotator.ui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(figures))

    async def run_action(self, action, default_namespace=None, namespaces=None) -> bool:
        """Every key's action, with a database server's fault met outside a key that saves
        (moving, searching: reads) said on screen instead of ending the app, and a new
        connection tried at once (the next key uses it). Anything else propagates."""
        try:
            settle = getattr(self.screen, "settle", None)
            if settle is not None:  # what the screen left for after its first frame, first
                settle()
            done = await super().run_action(action, default_namespace, namespaces)
            paint_together(self.screen)
            return done
        except Exception as error:
            if not server_fault(error):
                raise
            import contextlib

            from annotator.db.problems import recover

            self.bell()
            self.notify("✗ " + problem_line(error) + "; press the key again",
                        severity="error", markup=False)
            with contextlib.suppress(Exception):  # still out of reach: the next key retries
                recover(self.db)
            return True

    def on_unmount(self) -> None:
        restore_collector()  # the collector's thresholds as the app found them
        self.training.stop()  # a training process is ended, not waited for
        if getattr(self, "checkpoints", None) is not None:
            self.checkpoints.stop()
        self.db.close()
