"""The labeling UI on a large corpus, beside a bare Textual app in the same run.

    python benchmarks/bench_ui.py --sentences 1000000 [--keys 200]

Builds (once, cached under --workdir) a corpus with benchmarks/bigdb.py, then prints:

* startup: seconds from process start to the labeling screen showing its first sentence
  (a fresh interpreter, headless), beside a bare Textual app with one Static doing the same;
* memory: peak RSS of both processes, and the labeling app's peak Python allocations
  (tracemalloc) while starting, next to the size of the corpus text: the UI never loads
  the corpus, so its memory does not grow with it;
* one label keystroke: the time for Pilot to press "c" and the app to save (committed,
  synchronous=FULL, with its history row), move to the next unlabeled sentence and render
  it, beside a bare app answering "c" by updating a Static, in the same Pilot run; and the
  core work alone (save + next unlabeled + the rows shown) without Textual;
* the same keystroke in a real terminal (tmux, 120x40): ``send-keys c``, then
  ``capture-pane`` until the pane shows the next sentence (the bare app: its new count),
  wall time per key (median and max) and the process's CPU per key (/proc), both apps
  measured the same way in the same run. Pilot's own wait per press (~80 ms) hides the
  difference; a terminal shows what an analyst waits for.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
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
from common import add_workdir, workdir  # noqa: E402

REVIEWER = "bench-ui"  # a reviewer with no labels yet; cleared before each run


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# children: one fresh process per startup measurement --------------------------------


def child_bare() -> dict:
    from textual.app import App
    from textual.widgets import Footer, Static

    class Bare(App):
        def compose(self):
            yield Static("a sentence")
            yield Footer()

    async def main():
        async with Bare().run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            return time.perf_counter() - START

    ready = asyncio.run(main())
    return {"ready_s": ready, "rss_mb": peak_rss_mb()}


def child_annotator(db_path: str, trace: bool = False) -> dict:
    import tracemalloc

    from annotator.ui.app import AnnotatorApp
    from annotator.ui.screens.label import LabelScreen

    imported = time.perf_counter() - START
    if trace:  # allocations after the imports: what the app itself holds (slows it down)
        tracemalloc.start()
    app = AnnotatorApp(db_path, REVIEWER)

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, LabelScreen) and app.screen.sentence is not None
            ready = time.perf_counter() - START
            await app.workers.wait_for_complete()  # the progress counts, in a worker
            await pilot.pause()
            assert app.screen.presented is not None
            return ready, time.perf_counter() - START

    ready, counted = asyncio.run(main())
    traced_peak = tracemalloc.get_traced_memory()[1] if trace else 0
    return {"ready_s": ready, "counted_s": counted, "imported_s": imported,
            "rss_mb": peak_rss_mb(),
            "traced_peak_mb": traced_peak / 2**20}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# keystrokes: both apps in this process, the same Pilot calls -------------------------


async def press_times(app, keys: int) -> tuple[list[float], list[float]]:
    """Wall time per press (includes Pilot's idle waits) and CPU time per press."""
    times, cpu = [], []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()  # counts and the classifier, off the key
        await pilot.pause()
        for _ in range(keys):
            t0, c0 = time.perf_counter(), time.process_time()
            await pilot.press("c")
            await pilot.pause()  # until the next sentence has been rendered
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    return times, cpu


def bare_keys(keys: int) -> tuple[list[float], list[float]]:
    from textual.app import App
    from textual.binding import Binding
    from textual.widgets import Footer, Static

    class Bare(App):
        BINDINGS = [Binding("c", "count", "count")]
        n = 0

        def compose(self):
            yield Static("0", id="n")
            yield Footer()

        def action_count(self):
            self.n += 1
            self.query_one("#n", Static).update(str(self.n))

    return asyncio.run(press_times(Bare(), keys))


def annotator_keys(db_path: Path, keys: int) -> tuple[list[float], list[float], int]:
    from annotator.ui.app import AnnotatorApp

    app = AnnotatorApp(db_path, REVIEWER)
    times, cpu = asyncio.run(press_times(app, keys))
    return times, cpu, _labeled(db_path)


def _labeled(db_path: Path) -> int:
    from annotator.db.connection import open_db

    db = open_db(db_path)
    try:
        return db.execute("SELECT count(*) FROM annotations WHERE reviewer = ?",
                          [REVIEWER]).fetchone()[0]
    finally:
        db.close()


def core_keys(db_path: Path, keys: int) -> list[float]:
    """The same work without Textual: save, find the next unlabeled, read what is shown
    (the screen's document reader), propose, and the disputes line."""
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
    times = []
    for _ in range(keys):
        t0 = time.perf_counter()
        set_annotation(db, sentence.id, REVIEWER, label="context", scheme=scheme)
        sentence = nav.next_unlabeled(db, REVIEWER, sentence)
        reader.place(sentence, documents_total=documents, context=4)
        propose(db, sentence.id, REVIEWER, scheme, index)
        disputes_of(db, sentence.id)
        times.append(time.perf_counter() - t0)
    db.close()
    return times


# the keystroke in a real terminal -----------------------------------------------------


def child_bare_terminal() -> None:
    """The bare app as a terminal program: "c" counts up in a Static."""
    from textual.app import App
    from textual.binding import Binding
    from textual.widgets import Footer, Static

    class Bare(App):
        BINDINGS = [Binding("c", "count", "count")]
        n = 0

        def compose(self):
            yield Static("count 0", id="n")
            yield Footer()

        def action_count(self):
            self.n += 1
            self.query_one("#n", Static).update(f"count {self.n}")

    Bare().run()


class Pane:
    """A tmux session (on a socket under --workdir) running one program."""

    def __init__(self, folder: Path, name: str, command: list[str]) -> None:
        self.socket = str(folder / "bench-ui.tmux")
        self.name = name
        self.tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40",
                  "exec env TERM=xterm-256color " + shlex.join(command))

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


def terminal_keys(folder: Path, name: str, command: list[str], ready, shown,
                  keys: int) -> tuple[list[float], float]:
    """Wall seconds from send-keys to the pane showing the change, per key, and the
    program's CPU seconds per key over all of them."""
    pane = Pane(folder, name, command)
    try:
        pane.wait(ready)
        time.sleep(3.0)  # let start-up workers (counts, classifier) finish
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
    return times, cpu


def terminal_figures(folder: Path, db_path: Path, keys: int) -> dict:
    if shutil.which("tmux") is None:
        return {}
    _clear(db_path)
    bare = terminal_keys(folder, "bench-bare", [sys.executable, __file__, "--child",
                                                "bare-terminal"],
                         lambda text: "count 0" in text, _count, keys)
    ours = terminal_keys(folder, "bench-label", [
        sys.executable, "-m", "annotator", "label", "--db", str(db_path),
        "--reviewer", REVIEWER], lambda text: "labeled " in text and "┏" in text,
        _framed, keys)
    assert _labeled(db_path) == keys, (_labeled(db_path), keys)
    return {"bare": bare, "ours": ours}


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
    parser.add_argument("--child", nargs="+", default=None, help=argparse.SUPPRESS)
    add_workdir(parser)
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "bare-terminal":
            child_bare_terminal()
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
    if args.db is None:  # a database given is measured as it is, never rebuilt
        build(path, args.sentences, reviewers=1)
    db = open_db(path)
    with db.conn:
        db.execute("DELETE FROM annotations WHERE reviewer = ?", [REVIEWER])
        db.execute("DELETE FROM annotation_history WHERE reviewer = ?", [REVIEWER])
    sentences, text_mb = db.execute(
        "SELECT count(*), sum(length(text)) / 1048576.0 FROM sentences WHERE excluded IS NULL"
    ).fetchone()
    db.close()
    print(f"corpus: {sentences:,} sentences, {text_mb:.0f} MB of sentence text ({path})")

    bare = run_child("bare")
    ours = run_child("annotator", str(path))
    traced = run_child("traced", str(path))
    print(f"startup to first sentence shown (fresh process, headless): annotator "
          f"{ours['ready_s']:.3f} s (of which imports {ours['imported_s']:.3f} s), "
          f"bare Textual app {bare['ready_s']:.3f} s "
          f"(ratio {ours['ready_s'] / bare['ready_s']:.2f}x, extra "
          f"{ours['ready_s'] - bare['ready_s']:.3f} s); the progress bar's counts "
          f"(a worker) arrive at {ours['counted_s']:.3f} s")
    print(f"peak memory: annotator RSS {ours['rss_mb']:.0f} MB, bare app RSS "
          f"{bare['rss_mb']:.0f} MB; annotator's own Python allocations (after imports) peak "
          f"{traced['traced_peak_mb']:.1f} MB vs {text_mb:.0f} MB of corpus text")

    bare_t, bare_cpu = bare_keys(args.keys)
    ours_t, ours_cpu, labeled = annotator_keys(path, args.keys)
    assert labeled == args.keys, (labeled, args.keys)  # every keystroke saved a label
    core_t = core_keys(path, args.keys)
    ratio = statistics.median(ours_t) / statistics.median(bare_t)
    cpu_ratio = statistics.median(ours_cpu) / statistics.median(bare_cpu)
    print(f"one label keystroke ({args.keys} presses, Pilot press + pause, wall): annotator "
          f"{ms(ours_t)}; bare app {ms(bare_t)}; ratio {ratio:.2f}x (medians)")
    print(f"  CPU per keystroke (process time, same presses): annotator {ms(ours_cpu)}; "
          f"bare app {ms(bare_cpu)}; ratio {cpu_ratio:.2f}x (medians)")
    print(f"core work per label (save with fsync + history, next unlabeled, rows shown, "
          f"proposal), no Textual: {ms(core_t)}")
    if args.terminal_keys:
        figures = terminal_figures(workdir(args), path, args.terminal_keys)
        if not figures:
            print("real terminal: tmux is not installed, not measured")
            return
        (bare_w, bare_c), (ours_w, ours_c) = figures["bare"], figures["ours"]
        wall = statistics.median(ours_w) / statistics.median(bare_w)
        print(f"one label keystroke in a real terminal (tmux 120x40, send-keys to the pane "
              f"showing the next sentence, {args.terminal_keys} keys): annotator "
              f"{ms_max(ours_w)}; bare app {ms_max(bare_w)}; ratio {wall:.2f}x (medians; "
              f"aim within 1.2x)")
        print(f"  CPU per keystroke in the terminal (/proc): annotator {ours_c * 1000:.2f} ms, "
              f"bare app {bare_c * 1000:.2f} ms, ratio {ours_c / bare_c:.2f}x (aim within 2x)")


def ms_max(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.1f} ms, "
            f"max {max(values) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
