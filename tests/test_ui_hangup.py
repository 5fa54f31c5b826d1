"""A terminal that goes away (SSH dropped, tmux pane killed) ends the app: the real CLI runs
in a pseudo-terminal, a key saves, the terminal is closed, and the process must leave,
having closed its database, with the saved work in it. Before the fix it stayed, reading
end-of-file in a loop at about 80% of a core, for hours."""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from annotator.db.connection import open_db
from annotator.domain import annotations as labels
from annotator.ui import hangup

# Seconds to wait for something that should take a moment. Only a deadline that turns a
# hang into a failure, never a speed limit (the machine may be loaded).
HANG_GUARD = 60

# The child becomes the leader of a new session whose controlling terminal is the
# pseudo-terminal (as a login shell or tmux pane's program is), optionally ignoring
# SIGHUP as under nohup, then runs the CLI in its place.
LAUNCH = """
import fcntl, os, signal, sys, termios
fcntl.ioctl(0, termios.TIOCSCTTY, 0)
if sys.argv[1] == "nohup":
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
os.execv(sys.executable, [sys.executable, "-m", "annotator", *sys.argv[2:]])
"""


class PseudoTerminal:
    """The CLI in a pseudo-terminal of 120x40; everything it writes is read and kept (a
    terminal that is not read blocks the writer)."""

    def __init__(self, args: list[str], *, nohup: bool = False) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color",
               "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, "nohup" if nohup else "hup", *args],
            stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
            close_fds=True)
        os.close(slave)
        self.output = bytearray()
        self.closing = False
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        # never blocked in read() for long: a close() while another thread sits in read()
        # does not release the master until that read returns, so the terminal would not
        # hang up (a quiet app writes nothing more) and the test, not the app, would hang
        while not self.closing:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.05)
                chunk = os.read(self.master, 65536) if ready else None
            except OSError:  # EIO once the child's side is gone, EBADF once closed
                return
            if chunk == b"":
                return
            if chunk:
                self.output += chunk

    def press(self, key: str) -> None:
        os.write(self.master, key.encode())

    def hang_up(self) -> None:
        """What sshd or tmux does when the connection or pane goes: close the master side
        (once the reader has let go of it)."""
        self.closing = True
        self.reader.join(timeout=HANG_GUARD)
        os.close(self.master)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError):
            os.close(self.master)


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + HANG_GUARD
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"never happened: {what}")


def one(path: Path, sql: str):
    """Read from a connection of our own, closed at once (the app's close must be the last)."""
    conn = sqlite3.connect(path, timeout=30)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def assert_left_cleanly(term: PseudoTerminal, path: Path) -> None:
    try:
        code = term.process.wait(timeout=HANG_GUARD)
    except subprocess.TimeoutExpired:
        cpu = Path(f"/proc/{term.process.pid}/stat").read_text().split()[13:15]
        raise AssertionError(f"the app outlived its terminal (CPU ticks {cpu})") from None
    # a lost session, told apart from a finished one: 128 + SIGHUP, as a shell reports a
    # process its hang-up ended (it was 0, like `q`)
    assert code == hangup.HANGUP_EXIT, code
    # closed as on `q`, not ended by the last-resort deadline (os._exit, which leaves the
    # database open): the last connection to close checkpoints and removes the WAL
    assert not Path(f"{path}-wal").exists(), "the exit hung and the deadline ended it"
    assert one(path, "PRAGMA integrity_check") == "ok"


@pytest.mark.parametrize("nohup", [False, True], ids=["sighup", "sighup-ignored"])
def test_labeling_screen_leaves_when_its_terminal_goes(seeded_copy, nohup):
    path = seeded_copy()
    term = PseudoTerminal(["label", "--db", str(path), "--reviewer", "kim"], nohup=nohup)
    try:
        wait_until(lambda: b"kim" in term.output, "the labeling screen showed")
        term.press("c")  # claim: saved and committed before the key returns
        wait_until(lambda: one(path, "SELECT count(*) FROM annotations") == 1,
                   "the label was saved")
        term.press("jjjjkkkk")  # busy moving when the terminal goes
        term.hang_up()
        assert_left_cleanly(term, path)
    finally:
        term.kill()
    assert one(path, "SELECT count(*) FROM annotations WHERE reviewer = 'kim' "
                       "AND label = 'claim'") == 1
    assert one(path, "SELECT count(*) FROM annotation_history") == 1


def test_adjudication_screen_leaves_when_its_terminal_goes(seeded_copy):
    path = seeded_copy()
    db = open_db(path)
    first = db.execute("SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
                       "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position").fetchone()[0]
    labels.set_annotation(db, first, "ana", label="claim")
    labels.set_annotation(db, first, "budi", label="denial")
    db.close()
    term = PseudoTerminal(["adjudicate", "--db", str(path), "--reviewer", "lead"])
    try:
        wait_until(lambda: b"budi" in term.output, "the adjudication screen showed")
        term.press("1")  # take ana's annotation as the gold label
        wait_until(lambda: one(path, "SELECT count(*) FROM gold") == 1, "the decision saved")
        term.press("jkjkjkjk")  # busy moving when the terminal goes
        term.hang_up()
        assert_left_cleanly(term, path)
    finally:
        term.kill()
    assert one(path, "SELECT label FROM gold") == "claim"


def test_sigterm_leaves_and_gives_the_terminal_back(seeded_copy):
    """SIGTERM (a shutdown, `kill`) with the terminal still there: the app leaves as on
    `q`, restoring the terminal (its normal screen and cursor)."""
    path = seeded_copy()
    term = PseudoTerminal(["label", "--db", str(path), "--reviewer", "kim"])
    try:
        wait_until(lambda: b"kim" in term.output, "the labeling screen showed")
        term.process.send_signal(signal.SIGTERM)
        code = term.process.wait(timeout=HANG_GUARD)
        wait_until(lambda: b"\x1b[?1049l" in term.output, "the normal screen came back")
    finally:
        term.kill()
    assert code == 128 + signal.SIGTERM, code  # a stopped session, not a finished one
    assert not Path(f"{path}-wal").exists()


def test_dashboard_leaves_with_the_hang_up_code(seeded_copy):
    path = seeded_copy()
    term = PseudoTerminal(["dashboard", "--db", str(path), "--reviewer", "lead"])
    try:
        wait_until(lambda: b"disputes" in term.output, "the dashboard showed")
        term.hang_up()
        assert_left_cleanly(term, path)
    finally:
        term.kill()


def test_a_first_run_database_is_kept_after_a_hang_up(tmp_path):
    """The first run makes the database and ingests the seeds; a hang-up's non-zero exit
    must not count as a failed command, which removes the database it made."""
    path = tmp_path / "first.db"
    term = PseudoTerminal(["label", "--db", str(path), "--reviewer", "kim"])
    try:
        wait_until(lambda: b"kim" in term.output and path.exists(), "the labeling screen showed")
        term.press("c")
        wait_until(lambda: one(path, "SELECT count(*) FROM annotations") == 1,
                   "the label was saved")
        term.hang_up()
        assert_left_cleanly(term, path)
    finally:
        term.kill()
    assert one(path, "SELECT label FROM annotations WHERE reviewer = 'kim'") == "claim"


def children_of(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_q_leaves_while_the_classifier_trains(seeded_copy):
    """`q` while the classifier is training: the process leaves without waiting for the
    training (20 s of CPU at a million sentences; a thread that Python waited for, still
    running after the terminal was given back), the training process ends with it, and
    the database is closed. The training is stopped (SIGSTOP) so it cannot finish first."""
    path = seeded_copy()
    db = open_db(path)
    ids = [r[0] for r in db.execute("SELECT id FROM sentences ORDER BY rowid LIMIT 60")]
    for n, sid in enumerate(ids):  # enough labels, of two kinds, for a model
        labels.set_annotation(db, sid, "ana", label="claim" if n % 2 else "context")
    db.close()
    term = PseudoTerminal(["label", "--db", str(path), "--reviewer", "kim"])
    try:
        wait_until(lambda: b"kim" in term.output, "the labeling screen showed")
        wait_until(lambda: children_of(term.process.pid), "the training process started")
        (trainer,) = children_of(term.process.pid)
        os.kill(trainer, signal.SIGSTOP)  # it cannot finish before the app leaves
        term.press("q")
        try:
            code = term.process.wait(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            raise AssertionError("the app waited for the training after q") from None
        assert code == 0
        assert not Path(f"/proc/{trainer}").exists() or \
            Path(f"/proc/{trainer}/stat").read_text().split()[2] == "Z", "training still runs"
    finally:
        with contextlib.suppress(NameError, ProcessLookupError):
            os.kill(trainer, signal.SIGKILL)
        term.kill()
    assert not Path(f"{path}-wal").exists()  # closed, the last connection
    assert one(path, "PRAGMA integrity_check") == "ok"
