"""The terminal guard (ui/terminal_guard.py) is what makes the UI's one path structural: a
widget that paints data as it is — here a deliberately bad ``Static`` of the kind a later
screen could add — still cannot drive the terminal. Each test shows the bad widget leaking
without the guard (so the check can fail) and held with it."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from support.hostile import OSC_TITLE, REVIEWER, hostile_database
from support.ui import settle
from textual.screen import Screen
from textual.widgets import Static

from annotator.ui.app import AnnotatorApp
from annotator.ui.terminal_guard import terminal_safe

BAD = f"bad{OSC_TITLE}\x1b[5mblink\x9b2J\u202eend"  # title, blink, 8-bit clear, bidi


class BadScreen(Screen):
    """Data in a plain Static, painted as it is."""

    def compose(self):
        yield Static(BAD, markup=False)
        yield Static("painted", markup=False)


def test_a_bad_widget_leaks_in_the_compositor_and_the_guard_drops_every_control(tmp_path):
    path = tmp_path / "hostile.db"
    hostile_database(path)
    app = AnnotatorApp(path, REVIEWER)
    seen = {}

    async def main():
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await app.push_screen(BadScreen())  # the mistake a later screen could make
            await settle(pilot)
            console = app.console
            seen["raw"] = app.screen._compositor.render_full_update().render_segments(console)
            guarded = terminal_safe(app.screen._compositor.render_full_update())
            seen["guarded"] = guarded.render_segments(console)
            seen["widths"] = [sum(s.cell_length for s in line) for line in guarded.strips]

    asyncio.run(main())
    assert "\x1b]0;pwned" in seen["raw"] and "\x9b" in seen["raw"]  # unguarded, it leaks
    assert "bad]0;pwned[5mblink2Jend" in seen["guarded"]
    for control in (OSC_TITLE, "\x1b]", "\x07", "\x1b[5m", "\x9b", "\u202e"):
        assert control not in seen["guarded"], repr(control)
    assert set(seen["widths"]) == {100}  # every line keeps its width


SCRIPT = """
import sys
from pathlib import Path
from textual.app import App
from textual.screen import Screen
from textual.widgets import Static
from annotator.ui import app as annotator_app

BAD = {bad!r}
base = annotator_app.AnnotatorApp if sys.argv[1] == "annotator" else App

class BadScreen(Screen):
    def compose(self):
        yield Static(BAD, markup=False)
        yield Static("painted", markup=False)

class Bad(base):
    CSS_PATH = str(Path(annotator_app.__file__).parent / "app.tcss")

    def on_ready(self):
        self.set_timer(0.5, lambda: self.push_screen(BadScreen()))

app = Bad(sys.argv[2], "kim") if base is not App else Bad()
app.run()
"""


def _title_in_tmux(script: Path, kind: str, db: Path) -> tuple[str, str]:
    """The app's pane title and screen in a real terminal. Each call has a tmux server of
    its own (``-L``): on the shared default server, a new session started right after the
    last one was killed can meet the server while it shuts down and fail."""
    name = f"annotator-guard-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", name]
    command = f"exec env TERM=xterm-256color PYTHONPATH={Path.cwd()} " \
              f"{sys.executable} {script} {kind} {db}"
    subprocess.run(tmux + ["new-session", "-d", "-s", name, "-x", "100", "-y", "30",
                           command], check=True)
    try:
        deadline = time.monotonic() + 60  # only to fail instead of hanging
        screen = ""
        while time.monotonic() < deadline and "painted" not in screen:
            time.sleep(0.1)
            screen = subprocess.run(tmux + ["capture-pane", "-e", "-p", "-t", name],
                                    capture_output=True, text=True).stdout
        title = subprocess.run(tmux + ["display", "-p", "-t", name, "#{pane_title}"],
                               capture_output=True, text=True).stdout.strip()
        return title, screen
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_in_a_real_terminal_a_bad_widget_retitles_a_plain_app_but_not_the_annotator(
        tmp_path):
    db = tmp_path / "hostile.db"
    hostile_database(db)
    script = tmp_path / "bad_widget.py"
    script.write_text(textwrap.dedent(SCRIPT.format(bad=BAD)))
    plain_title, plain_screen = _title_in_tmux(script, "plain", db)
    title, screen = _title_in_tmux(script, "annotator", db)
    assert "painted" in plain_screen and "painted" in screen
    assert "pwned" in plain_title  # the attack works on a Textual app without the guard
    assert "pwned" not in title and "bad]0;pwned" in screen  # painted, never obeyed
    assert "\x1b[5m" not in screen
