"""The real UI in a real terminal (tmux): labels shown as saved survive kill -9, and
escape sequences in the corpus never drive the terminal."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from support.corpus import place_of, queue

from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db
from annotator.domain.annotations import get_annotation

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")

HANG_GUARD = 60  # seconds: only to fail instead of hanging if the UI never shows something


class Terminal:
    """A tmux session running one command, read with capture-pane.

    Each terminal has its own tmux server (``-S``, a socket of its own): tests run in
    parallel, and on a shared server one test ending the last session stops the server while
    another is starting its own ("server exited unexpectedly")."""

    def __init__(self, command: list[str], size=(120, 40)):
        self.name = f"annotator-test-{uuid.uuid4().hex[:8]}"
        self.socket = Path(tempfile.gettempdir()) / f"{self.name}.tmux"
        env = f"exec env TERM=xterm-256color PYTHONPATH={shlex.quote(str(Path.cwd()))} "
        self.tmux(["new-session", "-d", "-s", self.name, "-x", str(size[0]),
                   "-y", str(size[1]), env + shlex.join(command)], check=True)

    def tmux(self, args: list[str], **kwargs) -> subprocess.CompletedProcess:
        """Run a tmux command on this terminal's own server."""
        return subprocess.run(["tmux", "-S", str(self.socket), *args], **kwargs)

    def text(self, *, escapes: bool = False) -> str:
        """The pane's characters; with ``escapes`` also the SGR sequences that style them
        (``capture-pane -e``), as tmux renders the attributes the program set."""
        flags = ["-e", "-p"] if escapes else ["-p"]
        return self.tmux(["capture-pane", *flags, "-t", self.name],
                         capture_output=True, text=True).stdout

    def wait_for(self, needle: str) -> str:
        deadline = time.monotonic() + HANG_GUARD
        while time.monotonic() < deadline:
            text = self.text()
            if needle in text:
                return text
            time.sleep(0.05)
        raise AssertionError(f"never showed {needle!r}; screen:\n{self.text()}")

    def press(self, key: str) -> None:
        self.tmux(["send-keys", "-t", self.name, key], check=True)

    def pid(self) -> int:
        out = self.tmux(["display", "-p", "-t", self.name, "#{pane_pid}"],
                        capture_output=True, text=True, check=True).stdout
        return int(out)

    def title(self) -> str:
        return self.tmux(["display", "-p", "-t", self.name, "#{pane_title}"],
                         capture_output=True, text=True).stdout.strip()

    def close(self) -> None:
        self.tmux(["kill-server"], capture_output=True)
        self.socket.unlink(missing_ok=True)


def ui(db_path: Path, reviewer: str) -> list[str]:
    return [sys.executable, "-m", "annotator", "label", "--db", str(db_path),
            "--reviewer", reviewer]


def test_labels_shown_as_saved_survive_kill_9(db_path):
    """First run on an empty database ingests the seeds, then opens the UI."""
    term = Terminal(ui(db_path, "kim"))
    keys = ["c", "a", "d", "x", "3", "c"]
    try:
        term.wait_for("labeled 0 of")
        for n, key in enumerate(keys, start=1):
            term.press(key)
            term.wait_for(f"({n} saved this session)")
        os.kill(term.pid(), signal.SIGKILL)
    finally:
        term.close()
    db = open_db(db_path)
    ids = queue(db)
    got = [get_annotation(db, i, "kim") for i in ids[: len(keys) + 1]]
    assert [a["label"] if a else None for a in got] == [
        "claim", "accusation", "denial", "context", "denial", "claim", None]
    assert db.execute("SELECT count(*) FROM annotation_history").fetchone()[0] == len(keys)
    number, in_document, _, _ = place_of(db, ids[len(keys)])
    db.close()
    # and reopening resumes right after them
    term = Terminal(ui(db_path, "kim"))
    try:
        term.wait_for(f"labeled {len(keys)} of {len(ids)}")
        # a resize may redraw it late
        term.wait_for(f"sentence {number} of {in_document} in this document")
    finally:
        term.close()


def test_escape_sequences_in_text_do_not_drive_the_terminal(db_path, tmp_path):
    corpus = tmp_path / "uji.txt"
    corpus.write_text(
        "Judul Uji\n\n"
        "Juru bicara Kremlin [bold]Dmitry Peskov[/] mengatakan laporan itu tidak berdasar.\n\n"
        "Kode \x1b[31mmerah\x1b[0m dan \x1b]2;DIBAJAK\x07 dan \x1b[2J layar, kata Lavrov.\n\n"
        "Teks \x1b[5mberkedip\x1b[25m di layar, kata Peskov.\n",
        encoding="utf-8",
    )
    db = open_db(db_path)
    ingest_paths(db, [corpus])
    db.close()
    term = Terminal(ui(db_path, "kim"), size=(80, 24))
    try:
        term.wait_for("[bold]Dmitry Peskov[/]")
        term.wait_for("␛[31mmerah␛[0m dan ␛]2;DIBAJAK␇ dan ␛[2J layar")
        term.wait_for("␛[5mberkedip␛[25m")  # the next sentence, below
        term.wait_for("labeled 0 of 3")  # the screen was not cleared by the text
        styled = term.text(escapes=True)
        assert "\x1b[" in styled  # the app's own styles: what a leaked sequence would join
        # tmux renders red text as ESC [31m and blinking text as ESC [5m: had the corpus's
        # sequences reached the terminal, they would be here
        assert "\x1b[31m" not in styled and "\x1b[5m" not in styled
        assert "␛[31mmerah" in styled and "␛[5mberkedip" in styled
        assert "DIBAJAK" not in term.title()
    finally:
        term.close()
