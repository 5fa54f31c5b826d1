"""annotator serve: the app in a real browser (Debian's chromium, headless, via Playwright),
several reviewers writing to one database, and the guards around it."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner
from support.browser import TERMINAL_TAP, artifact, browser, wait_for_text
from support.corpus import queue

from annotator.base.errors import AnnotatorError
from annotator.cli import main
from annotator.db.connection import connect
from annotator.ui.serve import is_loopback, plan_bind

HANG_GUARD = 60  # seconds: only to fail instead of hanging if the server never answers
TOKEN = "s3cret-token-for-the-tests"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """`annotator serve` in its own process on 127.0.0.1."""

    def __init__(self, db_path, tmp_path, *args: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        keymap = tmp_path / "keymap.toml"
        keymap.write_text("", encoding="utf-8")
        env = {**os.environ, "ANNOTATOR_KEYMAP": str(keymap), "ANNOTATOR_REVIEWER": "server"}
        self.log = open(tmp_path / "serve.log", "w+")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", str(db_path), "serve",
             "--port", str(self.port), *args],
            stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + HANG_GUARD
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output()
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"the server never listened:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture
def served(seeded_copy, tmp_path):
    started = []

    def start(*args: str, db_path=None):
        server = Served(db_path or seeded_copy("served.db"), tmp_path, *args)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def labels_of(db_path, reviewer: str) -> dict[str, str]:
    db = connect(db_path)
    try:
        return dict(db.execute("SELECT sentence_id, label FROM annotations WHERE reviewer = ?",
                               [reviewer]).fetchall())
    finally:
        db.close()


def open_session(context, url: str):
    page = context.new_page()
    page.add_init_script(TERMINAL_TAP)
    page.goto(url)
    return page


def label(page, keys: str, already: int = 0) -> None:
    """Press label keys one at a time, each after the app showed the previous one saved."""
    page.locator("#terminal").click()
    for n, key in enumerate(keys, already + 1):
        page.keyboard.press(key)
        wait_for_text(page, f"({n} saved this session)")


def test_two_browser_reviewers_label_into_one_database(served, tmp_path):
    server = served()
    db_path = tmp_path / "served.db"
    with browser() as context:
        ana = open_session(context, f"{server.url}/?reviewer=ana")
        budi = open_session(context, f"{server.url}/?reviewer=budi")
        for page, name in ((ana, "ana"), (budi, "budi")):
            wait_for_text(page, f"reviewer: {name}")
            wait_for_text(page, "sentence 1 of 11 in this document")
        label(ana, "ccd")
        label(budi, "aa")
        label(ana, "xc", already=3)
        wait_for_text(ana, "✓ saved claim")
        ana.screenshot(path=str(artifact("serve-label-screen.png")))
        assert ana.title() == "annotator: ana"
    first = queue(connect(db_path))[:5]
    assert labels_of(db_path, "ana") == dict(zip(
        first, ["claim", "claim", "denial", "context", "claim"], strict=True))
    assert labels_of(db_path, "budi") == dict(zip(first[:2], ["accusation"] * 2, strict=True))
    assert labels_of(db_path, "server") == {}  # the server's own name never labels
    # the same promise as in a terminal: every saved label has its history row
    db = connect(db_path)
    history = dict(db.execute("SELECT reviewer, count(*) FROM annotation_history "
                              "GROUP BY reviewer").fetchall())
    db.close()
    assert history == {"ana": 5, "budi": 2}
    # what a lead then sees
    stats = CliRunner().invoke(main, ["--db", str(db_path), "stats", "--json"])
    reviewers = {r["reviewer"]: r["labeled"] for r in json.loads(stats.output)["reviewers"]}
    assert reviewers == {"ana": 5, "budi": 2}


def test_a_tab_without_a_name_asks_for_it(served, tmp_path):
    server = served()
    with browser() as context:
        page = open_session(context, f"{server.url}/")
        wait_for_text(page, "Who is labeling?")
        page.screenshot(path=str(artifact("serve-name-prompt.png")))
        page.locator("#terminal").click()
        page.keyboard.type("citra")
        page.keyboard.press("Enter")
        wait_for_text(page, "reviewer: citra")
        wait_for_text(page, "sentence 1 of 11 in this document")
        label(page, "d")
        page.screenshot(path=str(artifact("serve-name-prompt-done.png")))
    assert list(labels_of(tmp_path / "served.db", "citra").values()) == ["denial"]


def fetch(url: str, headers: dict | None = None) -> tuple[int, str, dict]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=HANG_GUARD) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def test_token_ticket_and_origin_guards(served):
    server = served("--token", TOKEN)
    assert fetch(f"{server.url}/")[0] == 403
    assert fetch(f"{server.url}/static/js/textual.js")[0] == 403
    assert fetch(f"{server.url}/?token=wrong-token-of-some-length")[0] == 403
    status, page, headers = fetch(f"{server.url}/?token={TOKEN}&reviewer=ana")
    assert status == 200 and "annotator_token=" in headers.get("Set-Cookie", "")
    assert "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]
    assert "fonts.googleapis.com" not in page  # nothing fetched from outside
    # the page's own requests carry the cookie
    cookie = {"Cookie": f"annotator_token={TOKEN}"}
    assert fetch(f"{server.url}/static/js/textual.js", cookie)[0] == 200
    ticket = re.search(r'data-session-websocket-url="ws://[^/]+/ws/([^"]+)"', page).group(1)
    websocket = {**cookie, "Connection": "Upgrade", "Upgrade": "websocket",
                 "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}
    # another site's page may not open the session
    evil = fetch(f"{server.url}/ws/{ticket}", {**websocket, "Origin": "http://evil.example"})
    assert evil[0] == 403
    # a made-up ticket, and textual-serve's own websocket, open nothing
    assert fetch(f"{server.url}/ws/made-up", websocket)[0] == 403
    assert fetch(f"{server.url}/ws", websocket)[0] == 404
    bad = fetch(f"{server.url}/?token={TOKEN}&reviewer=%1b%5b31m")
    assert bad[0] == 400 and "control characters" in bad[1]


def test_bind_plan():
    assert plan_bind("127.0.0.1", 8000, allow_remote=False, token=None).token is None
    assert is_loopback("localhost") and is_loopback("::1") and is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")
    with pytest.raises(AnnotatorError, match="refusing to listen on 0.0.0.0"):
        plan_bind("0.0.0.0", 8000, allow_remote=False, token=None)
    made = plan_bind("0.0.0.0", 8000, allow_remote=True, token=None)
    assert made.token_made and len(made.token) >= 32
    given = plan_bind("::", 8000, allow_remote=True, token=TOKEN)
    assert given.token == TOKEN and not given.token_made
    with pytest.raises(AnnotatorError, match="at least 16"):
        plan_bind("127.0.0.1", 8000, allow_remote=False, token="short")


def test_serve_refuses_a_public_address_in_one_line(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "a.db"), "serve",
                                       "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert result.output.startswith("annotator: error: refusing to listen on 0.0.0.0")
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "a.db").exists()


def test_a_port_in_use_is_one_line_and_no_address(seeded_copy):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "annotator", "--db", str(seeded_copy()), "serve",
             "--port", str(port)], capture_output=True, text=True, timeout=HANG_GUARD)
    assert result.returncode == 1
    assert "address already in use" in result.stderr
    assert result.stderr.count("annotator: error:") == 1
    assert "serving" not in result.stdout
