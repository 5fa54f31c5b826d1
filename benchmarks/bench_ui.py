"""The labeling UI on a large corpus, beside a bare Textual app in the same run.

    python benchmarks/bench_ui.py --sentences 1000000 [--keys 200]

Builds (once, cached under --workdir) a corpus with benchmarks/bigdb.py, then prints:

* startup: seconds from process start to the first frame holding the labeling screen's
  first sentence (a fresh interpreter, headless), beside a bare Textual app with one Static
  doing the same;
* memory: peak RSS of both processes, and the labeling app's peak Python allocations
  (tracemalloc) while starting, next to the size of the corpus text: the UI never loads
  the corpus, so its memory does not grow with it;
* one label keystroke: the time for Pilot to press "c" and the app to save (committed,
  synchronous=FULL, with its history row), move to the next unlabeled sentence and render
  it, beside a bare app answering "c" by updating a Static, in the same Pilot run; the same
  two keys again in turns (each app in a process of its own, one key of each per pair, which
  goes first alternating), so that a load that changes over the run moves both sides alike;
  and the core work alone (save + next unlabeled + the rows shown) without Textual;
* the same keystroke in a real terminal (tmux, 120x40): ``send-keys c``, then
  ``capture-pane`` until the pane shows the next sentence (the bare app: its new count),
  wall time per key (median and max) and the process's CPU per key (/proc), both apps
  measured the same way in the same run. Pilot's own wait per press (~80 ms) hides the
  difference; a terminal shows what an analyst waits for;
* the limits a label key cannot go under, measured in the same run: a bare app whose key
  repaints a screenful of new text (the labeling screen's key changes nearly every line:
  the next sentence, its context, the proposal), and one committed SQLite row with
  synchronous=FULL (the storage promise: the label is on disk before the key returns);
* where the start goes: Textual's import, sqlite-utils', the rest of annotator's, and
  from the app's creation to the first sentence; and the start in the real terminal
  (``annotator label`` launched in tmux until the sentence is on the pane) beside the
  bare app launched the same way.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import compileall  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shlex  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import add_workdir, copy_db, fresh_copy, remove_db, workdir  # noqa: E402

REVIEWER = "bench-ui"  # a reviewer with no labels yet; cleared before each run
KEY = "c"  # the label key pressed: the apps' and the core loop's
ROWS_KEYS = 20  # keys of the pass that counts the rows a key's frame writes


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# children: one fresh process per startup measurement --------------------------------


def child_bare() -> dict:
    from textual.app import App
    from textual.widgets import Footer, Static

    class Bare(App):
        painted = None

        def compose(self):
            yield Static("a sentence")
            yield Footer()

        def _display(self, screen, renderable):  # its first frame
            if self.painted is None:
                self.painted = time.perf_counter() - START
                self.cpu = time.process_time()
            super()._display(screen, renderable)

    async def main():
        app = Bare()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            return app.painted, app.cpu

    ready, cpu = asyncio.run(main())
    return {"ready_s": ready, "ready_cpu_s": cpu, "rss_mb": peak_rss_mb()}


def child_annotator(db_path: str, trace: bool = False) -> dict:
    import tracemalloc

    import textual.app  # noqa: F401  # what the bare app imports too
    import textual.widgets  # noqa: F401

    textual_s = time.perf_counter() - START
    from annotator.ui.app import AnnotatorApp
    from annotator.ui.screens.label import LabelScreen

    imported = time.perf_counter() - START
    if trace:  # allocations after the imports: what the app itself holds (slows it down)
        tracemalloc.start()
    app = AnnotatorApp(db_path, REVIEWER)
    painted = []
    display = app._display

    def first_paint(screen, renderable):  # the first frame holding the sentence
        if not painted and isinstance(screen, LabelScreen) and screen.sentence is not None:
            painted.append(time.perf_counter() - START)
            painted.append(time.process_time())
            painted.append("sqlite_utils" in sys.modules)  # imported after the first frame
        display(screen, renderable)

    app._display = first_paint
    arrived = {}
    from annotator.ui.training import Training
    from annotator.ui.widgets.progress import ReviewerProgress

    show, train = ReviewerProgress.show, Training.train

    def on_show(widget, labeled, total, *args):  # the progress counts reach the screen
        if total is not None:
            arrived.setdefault("counted", time.perf_counter() - START)
        return show(widget, labeled, total, *args)

    def on_train(training, *args):  # the classifier's model (or none) is back
        try:
            return train(training, *args)
        finally:
            arrived.setdefault("trained", time.perf_counter() - START)

    ReviewerProgress.show, Training.train = on_show, on_train
    settle = getattr(LabelScreen, "settle", None)

    def on_settle(screen, *args):  # the first sentence's proposal, painted after it
        try:
            return settle(screen, *args)
        finally:
            arrived.setdefault("proposed", time.perf_counter() - START)

    if settle is not None:
        LabelScreen.settle = on_settle

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, LabelScreen) and app.screen.sentence is not None
            ready = painted[:3]
            await settled(app, pilot)  # the counts, then the training they start
            assert app.screen.presented is not None
            return ready

    ready = asyncio.run(main())
    traced_peak = tracemalloc.get_traced_memory()[1] if trace else 0
    return {"ready_s": ready[0], "ready_cpu_s": ready[1], "sqlite_utils_at_paint": ready[2],
            "counted_s": arrived["counted"], "trained_s": arrived.get("trained"),
            "proposed_s": arrived.get("proposed"),
            "imported_s": imported, "textual_s": textual_s,
            "rss_mb": peak_rss_mb(),
            "traced_peak_mb": traced_peak / 2**20}


async def settled(app, pilot) -> None:
    """Wait until the app's start-up workers (the counts, and the classifier's training the
    counts start) are done, off any measured key."""
    while True:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            return


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# keystrokes: both apps in this process, the same Pilot calls -------------------------


async def press_times(app, keys: int, ready=None
                      ) -> tuple[list[float], list[float], list[float]]:
    """Wall time per press (includes Pilot's idle waits), the process's CPU time per press
    (every thread: workers started by the key count), and the UI thread's alone.
    ``ready(app)``: called once the app's start is done, before the first press, outside
    the times (the floor's apps prepare what their keys show there)."""
    times, cpu, ui = [], [], []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await settled(app, pilot)  # counts and the classifier (started by the counts)
        if ready is not None:
            ready(app)
            await pilot.pause()
        for _ in range(keys):
            t0, c0, u0 = time.perf_counter(), time.process_time(), time.thread_time()
            await pilot.press(KEY)
            await pilot.pause()  # until the next sentence has been rendered
            await app.workers.wait_for_complete()  # and what the key left to a worker
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            ui.append(time.thread_time() - u0)
    return times, cpu, ui


def screenful(n: int, width: int = 116, rows: int = 36) -> str:
    """``rows`` lines of words, different for every ``n``: what a key that changes the whole
    screen paints."""
    words = ("kata", "menurut", "pejabat", "Moskow", "Kyiv", "membantah", "tuduhan", "bahwa")
    lines = []
    for row in range(rows):
        line, i = f"{n}:{row}", n + row
        while len(line) < width - 10:
            line += " " + words[i % len(words)]
            i += 3
        lines.append(line)
    return "\n".join(lines)


def bare_app(full: bool = False):
    """A bare Textual app: "c" counts up in a Static; ``full``: and repaints a screenful of
    new text (the floor for a key that changes every line)."""
    from textual.app import App
    from textual.binding import Binding
    from textual.widgets import Footer, Static

    class Bare(App):
        BINDINGS = [Binding("c", "count", "count")]
        n = 0

        def compose(self):
            yield Static("count 0", id="n")
            if full:
                yield Static(screenful(0), id="page")
            yield Footer()

        def action_count(self):
            self.n += 1
            self.query_one("#n", Static).update(f"count {self.n}")
            if full:
                self.query_one("#page", Static).update(screenful(self.n))

    return Bare()


def bare_keys(keys: int, full: bool = False) -> tuple[list[float], list[float], list[float]]:
    return asyncio.run(press_times(bare_app(full), keys))


def label_rows(db_path: Path, folder: Path) -> dict[str, float]:
    """The median rows a key's frame writes, for the bare app, the screenful app and the
    labeling screen (on a copy of the database without the reviewer's labels, so the runs
    after this one find it as it was)."""
    from annotator.ui.app import AnnotatorApp

    rows = {"bare": statistics.median(rows_per_key(bare_app(), ROWS_KEYS)),
            "full": statistics.median(rows_per_key(bare_app(full=True), ROWS_KEYS))}
    copy = copy_db(db_path, folder / f"rows-of-{db_path.name}")
    try:
        _clear(copy)
        rows["ours"] = statistics.median(rows_per_key(AnnotatorApp(copy, REVIEWER), ROWS_KEYS))
    finally:
        remove_db(copy)
    return rows


def rows_per_key(app, keys: int) -> list[int]:
    """The screen rows each key's frames write to the terminal (Textual's compositor: the
    lines of the regions it repaints, or every line for a whole frame), per key, in a pass
    of its own after the timed ones: counting inside a timed key would add to its time."""
    from textual._compositor import Compositor

    original = Compositor.__dict__["_regions_to_spans"]
    real, real_full = Compositor._regions_to_spans, Compositor.render_full_update
    written: set[int] = set()

    def counted(regions):
        spans = list(real(regions))
        written.update(y for y, _, _ in spans)
        return iter(spans)

    def counted_full(compositor, *args, **kwargs):  # a whole frame: every row
        written.update(range(compositor.size.height))
        return real_full(compositor, *args, **kwargs)

    async def run() -> list[int]:
        per_key = []
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await settled(app, pilot)
            for _ in range(keys):
                written.clear()
                await pilot.press(KEY)
                await pilot.pause()
                await app.workers.wait_for_complete()
                per_key.append(len(written))
        return per_key

    Compositor._regions_to_spans = staticmethod(counted)
    Compositor.render_full_update = counted_full
    try:
        return asyncio.run(run())
    finally:
        Compositor._regions_to_spans = original
        Compositor.render_full_update = real_full


def annotator_keys(db_path: Path, keys: int, shown: dict | None = None
                   ) -> tuple[list[float], list[float], list[float], int]:
    """``shown``: filled with each sentence's proposal as the screen made it, by sentence
    id, in the order shown (the floor's painting key shows the same)."""
    from annotator.ui.app import AnnotatorApp
    from annotator.ui.screens.label import LabelScreen

    real = LabelScreen._propose

    def recorded(screen, place):
        proposal = shown[place.sentence.id] = real(screen, place)
        return proposal

    if shown is not None:
        LabelScreen._propose = recorded
    try:
        app = AnnotatorApp(db_path, REVIEWER)
        times, cpu, ui = asyncio.run(press_times(app, keys))
    finally:
        LabelScreen._propose = real
    return times, cpu, ui, _labeled(db_path)


# the two apps in processes of their own, taking turns key by key -----------------------


def child_turns(db_path: str | None) -> None:
    """One app (the bare one, or the label screen on ``db_path``) in this process, pressing
    one key each time the parent writes a line, and answering with that key's wall and
    process CPU since its last answer (the key, and what its threads and timers did while
    the other app had its turn: nothing a key leaves behind goes uncounted), and the bare
    app's count, which shows its key was answered. The parent alternates two of these, so
    that both sides of every pair are measured within the same second, each in a process
    as the user runs it (its own heap, its own event loop)."""

    answers = sys.__stdout__  # not the app's: Textual may capture print() while it runs

    async def main() -> None:
        if db_path is None:
            app = bare_app()
        else:
            from annotator.ui.app import AnnotatorApp

            app = AnnotatorApp(Path(db_path), REVIEWER)
        loop = asyncio.get_running_loop()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await settled(app, pilot)
            print("ready", file=answers, flush=True)
            answered = time.process_time()
            while (await loop.run_in_executor(None, sys.stdin.readline)).strip() == "key":
                t0 = time.perf_counter()
                await pilot.press(KEY)
                await pilot.pause()
                await app.workers.wait_for_complete()
                # CPU since the last answer: the key, and whatever the process's threads
                # and timers did while the other app had its turn
                cpu, answered = time.process_time() - answered, time.process_time()
                print(json.dumps([time.perf_counter() - t0, cpu, getattr(app, "n", None)]),
                      file=answers, flush=True)

    asyncio.run(main())


def turn_keys(db_path: Path, keys: int) -> dict[str, list[float]]:
    """The bare key and the label key in turns, each app in a process of its own (which
    goes first alternates from pair to pair): a load or a clock that changes over the
    minutes a run takes moves both sides of a pair alike, where the separate passes above
    measure the bare app's keys and then the label screen's, seconds apart. Process CPU per
    key, by side, and each pair's own ratio."""
    command = [sys.executable, __file__, "--child", "turns"]
    sides = {"bare": command, "ours": [*command, str(db_path)]}
    _clear(db_path)
    running = {side: subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      text=True) for side, argv in sides.items()}
    spent: dict[str, list[float]] = {"bare": [], "ours": [], "pair": []}
    counted = None
    try:
        for child in running.values():
            assert child.stdout.readline().strip() == "ready"
        for n in range(keys):
            for side in ("bare", "ours") if n % 2 == 0 else ("ours", "bare"):
                child = running[side]
                child.stdin.write("key\n")
                child.stdin.flush()
                _, cpu, count = json.loads(child.stdout.readline())
                spent[side].append(cpu)
                counted = count if side == "bare" else counted
            spent["pair"].append(spent["ours"][-1] / spent["bare"][-1])
    finally:
        for child in running.values():
            child.communicate("done\n")
    try:
        assert all(child.returncode == 0 for child in running.values())
        assert counted == keys, "the bare app answered every key"
        assert _labeled(db_path) == keys, "every label key saved a label"
    finally:
        _clear(db_path)
    return spent


# the floor: the bare key with one part of the label key's work each ---------------------


def saved_in_order(db_path: Path, order: list[str]) -> list[dict]:
    """What the label keys saved on the sentences ``order`` names, as set_annotation's
    arguments: the floor's saving key saves the same again."""
    from annotator.db.connection import open_db
    from annotator.domain.annotations import get_annotation, speakers

    db = open_db(db_path)
    try:
        rows = [get_annotation(db, sentence_id, REVIEWER) for sentence_id in order]
    finally:
        db.close()
    saved = []
    for row in rows:
        if row is None:
            continue
        joint = speakers(row)
        saved.append({"sentence_id": row["sentence_id"], "label": row["label"],
                      "source": row["source"], "confidence": row["confidence"],
                      "note": row["note"], "sources": joint if len(joint) > 1 else None,
                      "proposal": row.get("accepted_proposal"), "seconds": row.get("seconds"),
                      "guideline_version": row.get("guideline_version")})
    return saved


def saving_app(db_path: Path, saves: list[dict]):
    """The bare app whose key also saves what a label key saved (set_annotation: the same
    statements and triggers, on the same database, its WAL checkpointed in the background
    as the label screen's is): the floor of a key that saves."""
    from annotator.db.checkpoint import checkpoints_in_background
    from annotator.db.connection import open_db
    from annotator.domain.annotations import set_annotation
    from annotator.domain.scheme import load_scheme

    app = bare_app()
    db, scheme, left = open_db(db_path), load_scheme(), list(saves)
    checkpoints = checkpoints_in_background(db, db_path)
    counted = app.action_count

    def action_count():
        counted()
        if left:
            save = dict(left.pop(0))
            set_annotation(db, save.pop("sentence_id"), REVIEWER, scheme=scheme, **save)

    app.action_count = action_count
    app.closing = lambda: (checkpoints.stop() if checkpoints else None, db.close())
    return app


def saving_keys(db_path: Path, saves: list[dict]) -> list[float]:
    app = saving_app(db_path, saves)
    try:
        _, cpu, _ = asyncio.run(press_times(app, len(saves)))
    finally:
        app.closing()
    return cpu


def painting_keys(db_path: Path, order: list[str], proposals: dict) -> list[float]:
    """The label screen whose key only shows the next sentence with the proposal it showed
    there (made before the presses) and says "saved": no save, no proposal, no query for
    the next sentence (their places are read before the presses); its widgets painted as a
    label key paints them (refresh_view, which reads the sentence's disputes line)."""
    from annotator.domain import navigation as nav
    from annotator.ui.app import AnnotatorApp
    from annotator.ui.screens.label import LabelScreen
    from annotator.ui.widgets.progress import ReviewerProgress

    places: list = []

    def ready(app) -> None:
        screen = app.screen
        context = 4 if app.size.height >= 36 else 2
        for sentence_id in order[1:]:
            sentence = nav.get_sentence(app.db, sentence_id)
            places.append(screen.reader.place(sentence, documents_total=screen.documents,
                                              context=context))

    def shown_only(screen, name: str) -> None:
        if not places:
            return
        place = places.pop(0)
        screen.pending, screen.proposal_due, screen.annotation = {}, None, None
        screen.place, screen.proposal = place, proposals.get(place.sentence.id)
        screen.refresh_view()
        screen.saved_this_session += 1
        if screen.labeled is not None:
            screen.labeled += 1
        screen._part(ReviewerProgress).show(screen.labeled, screen.presented, screen.assigned)
        screen.say(f"✓ saved {name} ({screen.saved_this_session} saved this session)", "green")

    real = LabelScreen.action_label
    LabelScreen.action_label = shown_only
    try:
        app = AnnotatorApp(db_path, REVIEWER)
        _, cpu, _ = asyncio.run(press_times(app, len(order) - 1, ready))
    finally:
        LabelScreen.action_label = real
    return cpu


def floor_figures(db_path: Path, order: list[str], saves: list[dict], ours_cpu: list[float],
                  bare_cpu: list[float], shown: dict, proposal_cpu: list[float]) -> None:
    """Print the floor beside the bare key and the label key, all from the same run."""
    keys = len(saves)
    median = statistics.median
    # each part just after a bare key of its own, so that a load that changes between the
    # parts (the bench takes minutes) moves both: a part's cost is over its own bare key
    _clear(db_path)
    bare_a = median(bare_keys(keys)[1])
    save_cpu = saving_keys(db_path, saves)
    _clear(db_path)
    bare_b = median(bare_keys(keys)[1])
    paint_cpu = painting_keys(db_path, order, shown)
    bare, ours = median(bare_cpu), median(ours_cpu)
    saving, painting, proposing = median(save_cpu), median(paint_cpu), median(proposal_cpu)
    floor = bare + (saving - bare_a) + (painting - bare_b) + proposing
    print(f"the floor (CPU per key, process time, medians of {keys} presses, same run, each "
          f"part over a bare key measured just before it): the bare key {bare * 1000:.2f} ms "
          f"(again {bare_a * 1000:.2f} and {bare_b * 1000:.2f} ms); (a) the bare key that "
          f"also saves what the label key saved (same statements, same database, its WAL "
          f"checkpointed in the background as the app's) {saving * 1000:.2f} ms "
          f"(+{(saving - bare_a) * 1000:.2f}); (b) our label screen painting the next "
          f"sentence with its proposal made beforehand, no save, no proposal, no query for "
          f"the next sentence {painting * 1000:.2f} ms (+{(painting - bare_b) * 1000:.2f}); "
          f"(c) the proposal alone (the core loop's, after the app's wait) "
          f"{proposing * 1000:.2f} ms")
    print(f"  the bare key with (a)'s, (b)'s and (c)'s parts: {floor * 1000:.2f} ms = "
          f"{floor / bare:.2f}x the bare key (without the proposal "
          f"{(floor - proposing) / bare:.2f}x); the label key {ours * 1000:.2f} ms "
          f"({ours / bare:.2f}x; {(ours - floor) * 1000:+.2f} ms beside the floor's sum); "
          f"2x the bare key is {2 * bare * 1000:.2f} ms")


def commit_floor(folder: Path, keys: int) -> list[float]:
    """One row committed per key by raw sqlite3 in WAL with synchronous=FULL, in the
    benchmark's folder: the wait the storage promise puts on every label key."""
    import sqlite3

    path = folder / "bench-ui-commit.db"
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, at TEXT)")
        times = []
        for i in range(keys):
            t0 = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (label, at) VALUES (?, ?)", ["claim", str(i)])
            conn.execute("COMMIT")
            times.append(time.perf_counter() - t0)
        return times
    finally:
        conn.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)


def _labeled(db_path: Path) -> int:
    from annotator.db.connection import open_db

    db = open_db(db_path)
    try:
        return db.execute("SELECT count(*) FROM annotations WHERE reviewer = ?",
                          [REVIEWER]).fetchone()[0]
    finally:
        db.close()


def core_keys(db_path: Path, keys: int, pause: float = 0.0
              ) -> tuple[list[float], dict[str, list[float]]]:
    """The same work without Textual: save, find the next unlabeled, read what is shown
    (the screen's document reader), propose, and the disputes line; wall time per key, and
    the CPU time of each part (the save, the reads, the proposal) per key. Each key saves
    what the app's "c" saves: its label with the source (and joint speakers) proposed,
    the proposed confidence only with the proposed label (what is saved is what the next
    proposals read back). ``pause``: seconds idle between keys, outside the times, as the
    app's keys come after Pilot's wait: work after an idle wait finds the CPU's caches
    cold (measured at 1M on a loaded machine: the save 0.47 -> 0.63 ms, the proposal
    1.15 -> 1.55 ms after 80 ms of sleep), so the split is taken in the app's condition."""
    from annotator.db.connection import open_db
    from annotator.domain import navigation as nav
    from annotator.domain.annotations import set_annotation
    from annotator.domain.disputes import disputes_of
    from annotator.domain.proposals import propose
    from annotator.domain.scheme import load_scheme
    from annotator.domain.speakers import SourceIndex

    _clear(db_path)
    db = open_db(db_path)
    scheme = load_scheme()
    index = SourceIndex.from_db(db)
    reader = nav.DocumentReader(db)
    documents = nav.count_documents(db)
    sentence = nav.first_unlabeled(db, REVIEWER)
    label = next(item.name for item in scheme.labels if item.key == KEY)
    proposal = propose(db, sentence.id, REVIEWER, scheme, index)
    times, parts = [], {"save": [], "reads": [], "proposal": []}
    for _ in range(keys):
        t0, c0 = time.perf_counter(), time.thread_time()
        source = proposal.name if proposal else None
        joint = list(proposal.sources) if proposal and len(proposal.sources) > 1 \
            and proposal.sources[0] == source else None
        confidence = proposal.confidence if proposal and proposal.label == label \
            and proposal.confidence else scheme.default_confidence
        set_annotation(db, sentence.id, REVIEWER, label=label, source=source,
                       sources=joint, confidence=confidence, scheme=scheme)
        c1 = time.thread_time()
        sentence = nav.next_unlabeled(db, REVIEWER, sentence)
        reader.place(sentence, documents_total=documents, context=4)
        c2 = time.thread_time()
        proposal = propose(db, sentence.id, REVIEWER, scheme, index)
        c3 = time.thread_time()
        disputes_of(db, sentence.id)
        times.append(time.perf_counter() - t0)
        if pause:
            time.sleep(pause)
        for part, spent in (("save", c1 - c0), ("reads", c2 - c1 + time.thread_time() - c3),
                            ("proposal", c3 - c2)):
            parts[part].append(spent)
    db.close()
    return times, parts


# the keystroke in a real terminal -----------------------------------------------------


def child_bare_terminal(full: bool = False) -> None:
    """The bare app as a terminal program (bare_app)."""
    bare_app(full).run()


class Pane:
    """A tmux session (on a socket under --workdir) running one program."""

    def __init__(self, folder: Path, name: str, command: list[str]) -> None:
        self.socket = str(folder / "bench-ui.tmux")
        self.name = name
        for attempt in range(20):  # the server of the previous pane may still be exiting
            try:
                self.tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40",
                          "exec env TERM=xterm-256color " + shlex.join(command))
                break
            except subprocess.CalledProcessError:
                if attempt == 19:
                    raise
                time.sleep(0.25)

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True,
                              text=True, check=True).stdout

    def text(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def wait(self, ready, timeout: float = 120.0) -> str:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            text = self.text()
            if ready(text):
                return text
        raise SystemExit(f"{self.name} never showed what was awaited:\n{self.text()}")

    def cpu_seconds(self) -> float:
        pid = int(self.tmux("display", "-p", "-t", self.name, "#{pane_pid}"))
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def children(self) -> list[str]:
        pid = int(self.tmux("display", "-p", "-t", self.name, "#{pane_pid}"))
        return [c for task in Path(f"/proc/{pid}/task").glob("*")
                for c in (task / "children").read_text().split()]

    def idle(self, timeout: float = 600.0) -> None:
        """Wait until the program has used under 2% of a core for a second and has no
        child process (the classifier's training runs in one)."""
        deadline = time.perf_counter() + timeout
        before = self.cpu_seconds()
        while time.perf_counter() < deadline:
            time.sleep(1.0)
            now = self.cpu_seconds()
            if now - before < 0.02 and not self.children():
                return
            before = now

    def close(self) -> None:
        subprocess.run(["tmux", "-S", self.socket, "kill-session", "-t", self.name],
                       capture_output=True)


def _framed(text: str) -> str:
    """The first line of the framed sentence on the labeling screen."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "┏" in line and i + 1 < len(lines):
            return lines[i + 1]
    return ""


def _count(text: str) -> str:
    return text.splitlines()[0] if text else ""


def terminal_keys(folder: Path, name: str, command: list[str], first, ready, shown,
                  keys: int) -> tuple[list[float], float, float]:
    """Wall seconds from send-keys to the pane showing the change, per key, the program's
    CPU seconds per key over all of them, and the seconds from launching it to ``first``
    showing on the pane."""
    launched = time.perf_counter()
    pane = Pane(folder, name, command)
    try:
        pane.wait(first)
        started = time.perf_counter() - launched
        pane.wait(ready)
        pane.idle()  # start-up workers (counts, the classifier's training) are done
        before = shown(pane.text())
        cpu0 = pane.cpu_seconds()
        times = []
        for _ in range(keys):
            start = time.perf_counter()
            pane.tmux("send-keys", "-t", name, "c")
            now = pane.wait(lambda text, was=before: shown(text) != was)
            times.append(time.perf_counter() - start)
            before = shown(now)
        cpu = (pane.cpu_seconds() - cpu0) / keys
    finally:
        pane.close()
    return times, cpu, started


def terminal_figures(folder: Path, db_path: Path, keys: int) -> dict:
    if shutil.which("tmux") is None:
        return {}
    _clear(db_path)
    bare = terminal_keys(folder, "bench-bare", [sys.executable, __file__, "--child",
                                                "bare-terminal"],
                         lambda text: "count 0" in text, lambda text: True, _count, keys)
    full = terminal_keys(folder, "bench-full", [sys.executable, __file__, "--child",
                                                "bare-terminal-full"],
                         lambda text: "count 0" in text, lambda text: True, _count, keys)
    ours = terminal_keys(folder, "bench-label", [
        sys.executable, "-m", "annotator", "label", "--db", str(db_path),
        "--reviewer", REVIEWER], lambda text: "┃" in text,
        lambda text: "labeled " in text and "┏" in text, _framed, keys)
    assert _labeled(db_path) == keys, (_labeled(db_path), keys)
    return {"bare": bare, "full": full, "ours": ours}


def _clear(db_path: Path) -> None:
    from annotator.db.connection import open_db

    db = open_db(db_path)
    with db.conn:
        db.execute("DELETE FROM annotations WHERE reviewer = ?", [REVIEWER])
        db.execute("DELETE FROM annotation_history WHERE reviewer = ?", [REVIEWER])
    db.close()


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1]
    return f"median {statistics.median(values) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--terminal-keys", type=int, default=100,
                        help="keys pressed in the real-terminal measurement (0: skip it)")
    parser.add_argument("--no-start", action="store_true",
                        help="skip the start and memory figures (fresh processes): keys only")
    parser.add_argument("--floor", action="store_true",
                        help="also the floor of a label key, beside the bare key in the same "
                             "run: the bare key with our save, with our screen's painting, "
                             "and the proposal alone")
    parser.add_argument("--child", nargs="+", default=None, help=argparse.SUPPRESS)
    add_workdir(parser)
    args = parser.parse_args()
    if args.child:
        if args.child[0].startswith("bare-terminal"):
            child_bare_terminal(full=args.child[0] == "bare-terminal-full")
            return
        if args.child[0] == "turns":
            child_turns(args.child[1] if len(args.child) > 1 else None)
            return
        if args.child[0] == "bare":
            result = child_bare()
        else:
            result = child_annotator(args.child[1], trace=args.child[0] == "traced")
        print(json.dumps(result))
        return

    from bigdb import build

    from annotator.db.connection import open_db

    path = args.db or workdir(args) / f"annotator-bench-ui-{args.sentences}.db"
    if args.db is None:  # a database given is never rebuilt
        build(path, args.sentences, reviewers=1)
    else:  # nor written to: the screen registers the sources it proposes
        path = fresh_copy(args.db, workdir(args))
    db = open_db(path)
    with db.conn:
        db.execute("DELETE FROM annotations WHERE reviewer = ?", [REVIEWER])
        db.execute("DELETE FROM annotation_history WHERE reviewer = ?", [REVIEWER])
    sentences, text_mb = db.execute(
        "SELECT count(*), sum(length(text)) / 1048576.0 FROM sentences WHERE excluded IS NULL"
    ).fetchone()
    db.close()
    print(f"corpus: {sentences:,} sentences, {text_mb:.0f} MB of sentence text ({path})")

    # bytecode for annotator's modules, as an installed copy has (pip compiles it; an
    # environment with PYTHONDONTWRITEBYTECODE would otherwise compile every module from
    # source at every start, about 0.2 s that no user pays)
    compileall.compile_dir(str(HERE.parent / "annotator"), quiet=1)
    if not args.no_start:
        start_figures(path, text_mb)
    keystroke_figures(args, path)


def start_figures(path: Path, text_mb: float) -> None:
    bare = run_child("bare")
    ours = run_child("annotator", str(path))
    traced = run_child("traced", str(path))
    print(f"startup to first sentence shown (fresh process, headless): annotator "
          f"{ours['ready_s']:.3f} s (of which imports {ours['imported_s']:.3f} s), "
          f"bare Textual app {bare['ready_s']:.3f} s "
          f"(ratio {ours['ready_s'] / bare['ready_s']:.2f}x, extra "
          f"{ours['ready_s'] - bare['ready_s']:.3f} s); the progress bar's counts "
          f"(a worker) arrive at {ours['counted_s']:.3f} s, the classifier's model (a "
          f"process of its own, started after the counts) at {ours['trained_s'] or 0:.3f} s")
    if ours.get("proposed_s"):
        print(f"  the first sentence's proposal, made after its first frame, is ready at "
              f"{ours['proposed_s']:.3f} s (painted in the next frame)")
    print(f"  CPU (process time) to the first frame: annotator {ours['ready_cpu_s']:.3f} s, "
          f"bare app {bare['ready_cpu_s']:.3f} s "
          f"(ratio {ours['ready_cpu_s'] / bare['ready_cpu_s']:.2f}x)")
    print(f"  where the start goes: Textual imported at {ours['textual_s']:.3f} s, annotator's "
          f"modules (+{ours['imported_s'] - ours['textual_s']:.3f} s; sqlite-utils "
          f"{'already' if ours['sqlite_utils_at_paint'] else 'not yet'} imported at the first "
          f"frame), app created to first sentence (+{ours['ready_s'] - ours['imported_s']:.3f}"
          f" s)")
    print(f"peak memory: annotator RSS {ours['rss_mb']:.0f} MB, bare app RSS "
          f"{bare['rss_mb']:.0f} MB; annotator's own Python allocations (after imports) peak "
          f"{traced['traced_peak_mb']:.1f} MB vs {text_mb:.0f} MB of corpus text")


def keystroke_figures(args, path: Path) -> None:
    bare_t, bare_cpu, bare_ui = bare_keys(args.keys)
    full_t, full_cpu, full_ui = bare_keys(args.keys, full=True)
    shown: dict | None = {} if args.floor else None
    ours_t, ours_cpu, ours_ui, labeled = annotator_keys(path, args.keys, shown)
    assert labeled == args.keys, (labeled, args.keys)  # every keystroke saved a label
    if args.floor:
        order = list(shown)[:args.keys + 1]  # the start's sentence, then each key's next
        floor_keys = (path, order, saved_in_order(path, order[:args.keys]), ours_cpu,
                      bare_cpu, shown)
    turns = turn_keys(path, args.keys)
    core_t, core_parts = core_keys(path, args.keys, pause=statistics.median(ours_t))
    _, warm_parts = core_keys(path, args.keys)
    floor_t = commit_floor(workdir(args), args.keys)
    ratio = statistics.median(ours_t) / statistics.median(bare_t)
    cpu_ratio = statistics.median(ours_cpu) / statistics.median(bare_cpu)
    print(f"one label keystroke ({args.keys} presses, Pilot press + pause, wall): annotator "
          f"{ms(ours_t)}; bare app {ms(bare_t)}; ratio {ratio:.2f}x (medians)")
    print(f"  CPU per keystroke (process time, every thread, same presses): annotator "
          f"{ms(ours_cpu)}; bare app {ms(bare_cpu)}; ratio {cpu_ratio:.2f}x (medians; aim "
          f"within 2x)")
    print(f"  the same in turns, each app in a process of its own, one key of each per pair "
          f"({args.keys} pairs): "
          f"annotator {ms(turns['ours'])}; bare app {ms(turns['bare'])}; ratio "
          f"{statistics.median(turns['ours']) / statistics.median(turns['bare']):.2f}x "
          f"(medians; aim within 2x; the pairs' own ratios: median "
          f"{statistics.median(turns['pair']):.2f}x, quartiles {quartiles(turns['pair'])})")
    print(f"  the UI thread's CPU alone: annotator {ms(ours_ui)}; bare app {ms(bare_ui)}; "
          f"ratio {statistics.median(ours_ui) / statistics.median(bare_ui):.2f}x")
    print(f"  limit: a bare app whose key repaints a screenful of new text: CPU {ms(full_cpu)} "
          f"(annotator / it: {statistics.median(ours_cpu) / statistics.median(full_cpu):.2f}x;"
          f" it / bare app: {statistics.median(full_cpu) / statistics.median(bare_cpu):.2f}x)")
    rows = label_rows(path, workdir(args))
    print(f"  reading the two ratios: rows of the 40 that a key's frame writes (median of "
          f"{ROWS_KEYS} keys, a pass of their own): the bare app {rows['bare']:g}, the label "
          f"key {rows['ours']:g} (the sentence and the context that moves with it, the "
          f"position line, the proposal's rows, the status and progress lines; after a save "
          f"with fsync and a proposal), the screenful app {rows['full']:g} (Static widgets). "
          f"The first ratio is the aim's; the second shows what Textual itself costs for a "
          f"key that changes the whole screen")
    print(f"core work per label (save with fsync + history, next unlabeled, rows shown, "
          f"proposal), no Textual: {ms(core_t)}; limit: one row committed by raw sqlite3 "
          f"(WAL, synchronous=FULL) {ms(floor_t)}")
    split = {part: statistics.median(spent) for part, spent in core_parts.items()}
    warm = {part: statistics.median(spent) for part, spent in warm_parts.items()}
    rest = statistics.median(ours_cpu) - sum(split.values())
    print(f"  its CPU (medians), each key after the app's wait between keys: the save with "
          f"its history row {split['save'] * 1000:.2f} ms, the reads (next unlabeled, the "
          f"rows shown, disputes) {split['reads'] * 1000:.2f} ms, the proposal "
          f"(domain/proposals) {split['proposal'] * 1000:.2f} ms (keys one after another, "
          f"the CPU's caches warm: {warm['save'] * 1000:.2f}, {warm['reads'] * 1000:.2f}, "
          f"{warm['proposal'] * 1000:.2f} ms); the label key's CPU over the bare app's less "
          f"these: {rest / statistics.median(bare_cpu):.2f}x"
          f" (what Textual and the screen's widgets cost)")
    if args.floor:
        floor_figures(*floor_keys, core_parts["proposal"])
    if args.terminal_keys:
        figures = terminal_figures(workdir(args), path, args.terminal_keys)
        if not figures:
            print("real terminal: tmux is not installed, not measured")
            return
        (bare_w, bare_c, bare_s), (ours_w, ours_c, ours_s) = figures["bare"], figures["ours"]
        full_w, full_c, _ = figures["full"]
        wall = statistics.median(ours_w) / statistics.median(bare_w)
        print(f"one label keystroke in a real terminal (tmux 120x40, send-keys to the pane "
              f"showing the next sentence, {args.terminal_keys} keys): annotator "
              f"{ms_max(ours_w)}; bare app {ms_max(bare_w)}; ratio {wall:.2f}x (medians; "
              f"aim within 1.2x)")
        print(f"  limit: the bare app repainting a screenful per key {ms_max(full_w)} "
              f"(annotator / it: {statistics.median(ours_w) / statistics.median(full_w):.2f}x)"
              f"; one committed row (above) {statistics.median(floor_t) * 1000:.1f} ms")
        print(f"  CPU per keystroke in the terminal (/proc): annotator {ours_c * 1000:.2f} ms, "
              f"bare app {bare_c * 1000:.2f} ms, ratio {ours_c / bare_c:.2f}x (aim within 2x);"
              f" the screenful app {full_c * 1000:.2f} ms")
        print(f"start in the terminal (launch to the sentence on the pane): annotator label "
              f"{ours_s:.2f} s, bare app {bare_s:.2f} s, ratio {ours_s / bare_s:.2f}x")


def quartiles(values: list[float]) -> str:
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f"{q1:.2f}x-{q3:.2f}x"


def ms_max(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.1f} ms, "
            f"max {max(values) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
