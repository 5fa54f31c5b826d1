"""A real browser for tests: Debian's chromium, headless, driven by Playwright.

Playwright's own browser downloads are never used: it launches /usr/bin/chromium (or
``$ANNOTATOR_CHROMIUM``) with the flags a root, offline machine needs. Browser tests do not
skip by themselves: without chromium they fail, unless ``ANNOTATOR_SKIP_BROWSER=1`` says to
skip them. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def chromium_path() -> str:
    """The chromium to drive; fails (or skips, when asked) when there is none."""
    found = os.environ.get("ANNOTATOR_CHROMIUM") or shutil.which("chromium") \
        or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found:
        return found
    message = ("no chromium: install Debian's (apt-get install chromium), as the README's "
               "test command does")
    if os.environ.get("ANNOTATOR_SKIP_BROWSER") == "1":
        pytest.skip(message + " (skipped: ANNOTATOR_SKIP_BROWSER=1)")
    pytest.fail(message + "; or set ANNOTATOR_SKIP_BROWSER=1 to skip browser tests")


@contextmanager
def browser():
    """A fresh headless chromium (its own profile folder), closed afterwards."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    profile = tempfile.mkdtemp(prefix="annotator-chromium-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=executable, headless=True, args=FLAGS,
                viewport={"width": 1280, "height": 900})
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def artifact(name: str) -> Path:
    """Where a test keeps a screenshot for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


# What a textual-serve page shows is drawn by xterm.js on a canvas; to know what the app
# wrote, this script (added before the page loads) keeps the text of every frame the app
# sent over its websocket, escape sequences removed, in window.__text.
TERMINAL_TAP = r"""
(() => {
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  const escapes = new RegExp([
    "\\x1b\\[[0-9;?$<>=]*[ -\\/]*[@-~]",      // CSI: colours, cursor moves, modes
    "\\x1b\\][^\\x07\\x1b]*(\\x07|\\x1b\\\\)",  // OSC: titles
    "\\x1b[=>()][0-9A-Za-z]?",                 // the rest Textual sends
  ].join("|"), "g");
  window.__text = "";
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (typeof event.data !== "string") {
          window.__text += decoder.decode(event.data, {stream: true}).replace(escapes, "");
        }
      });
    }
  };
})();
"""

HANG_GUARD_MS = 60_000  # only so that a test fails instead of hanging


def wait_for_text(page, text: str) -> None:
    """Wait until the app in ``page`` (opened with TERMINAL_TAP) has drawn ``text``."""
    page.wait_for_function("(wanted) => window.__text.includes(wanted)", arg=text,
                           timeout=HANG_GUARD_MS)


def drawn_text(page) -> str:
    return page.evaluate("window.__text")
