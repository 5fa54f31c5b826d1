"""The lead's dashboard in the app: `D` from the labeling screen, `annotator dashboard`."""

from __future__ import annotations

import asyncio
import shutil
import sys
import time

import pytest
from click.testing import CliRunner
from support.corpus import queue
from support.team import two_reviewers
from support.ui import screen_text, settle, type_text

from annotator.cli import main
from annotator.domain.annotations import set_annotation
from annotator.ui.app import AnnotatorApp
from annotator.ui.screens.dashboard import DashboardScreen
from annotator.ui.screens.label import LabelScreen


def squeeze(text: str) -> str:
    """Screen text with every run of spaces as one (heat-map columns move with the names)."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def run(app, scenario, size=(120, 40)):
    async def main_():
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await scenario(pilot)

    asyncio.run(main_())


def test_dashboard_key_shows_the_figures_and_goes_back(seeded_db, db_path, clock):
    made = two_reviewers(seeded_db, clock)
    for sid in made["ids"][:3]:
        set_annotation(seeded_db, sid, "citra", label="context")
    seen = {}

    async def scenario(pilot):
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(pilot.app.screen, DashboardScreen)
        seen["first"] = screen_text(pilot.app)
        await pilot.press("p")
        await pilot.pause()
        seen["next"] = screen_text(pilot.app)
        await pilot.press("escape")
        await pilot.pause()
        seen["back"] = pilot.app.screen

    run(AnnotatorApp(db_path, "lead"), scenario)
    first = seen["first"]
    assert "62 sentences · 10 labeled" in first and "5 open disagreements" in first
    assert "Korea Utara memasok senjata ke Rusia" in first
    # the pair sharing most sentences first, its heat map counts in rows
    assert "confusion: ana (rows) × budi (columns), pair 1 of 3" in first
    assert "│ claim 2 0 0 0 │" in squeeze(first)
    assert "│ context 1 0 0 1 │" in squeeze(first)
    assert "confusion: ana (rows) × citra (columns), pair 2 of 3" in seen["next"]
    assert "│ claim 0 0 0 1 │" in squeeze(seen["next"])
    assert isinstance(seen["back"], LabelScreen)


def test_dashboard_follows_new_labels_on_refresh(seeded_db, db_path, clock):
    seen = {}

    async def scenario(pilot):
        seen["empty"] = screen_text(pilot.app)
        set_annotation(seeded_db, queue(seeded_db)[0], "ana", label="claim")
        await pilot.press("r")
        await settle(pilot)
        seen["after"] = screen_text(pilot.app)
        await pilot.press("escape")  # the first screen: escape leaves
        await pilot.pause()

    app = AnnotatorApp(db_path, "lead", start="dashboard")
    run(app, scenario)
    assert "62 sentences · 0 labeled" in seen["empty"] and "no disputes yet" in seen["empty"]
    assert "No two reviewers have labeled the same sentence yet." in seen["empty"]
    assert "62 sentences · 1 labeled" in seen["after"]
    assert app.return_code == 0 and not app.is_running


def test_dashboard_snapshot_120x40(seeded_db, db_path, clock, snap_compare):
    two_reviewers(seeded_db, clock)
    assert snap_compare(AnnotatorApp(db_path, "lead", start="dashboard"),
                        terminal_size=(120, 40), run_before=settle)


def test_dashboard_command_help():
    result = CliRunner().invoke(main, ["dashboard", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "labels per hour" in text and "`annotator report` writes the same figures" in text


def test_the_palette_opens_the_dashboard(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "Show dashboard")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        seen["screen"] = pilot.app.screen
        seen["text"] = screen_text(pilot.app)

    run(AnnotatorApp(db_path, "lead"), scenario)
    assert isinstance(seen["screen"], DashboardScreen)
    assert "62 sentences · 0 labeled" in seen["text"]


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_annotator_dashboard_in_a_real_terminal(seeded_db, db_path, clock):
    from test_ui_terminal import Terminal

    two_reviewers(seeded_db, clock)
    term = Terminal([sys.executable, "-m", "annotator", "--db", str(db_path), "dashboard"])
    try:
        # (tmux may hand the app a resize right after it starts: look for lines that are
        # on the screen at any size)
        term.wait_for("agreement per label")
        term.wait_for("Korea Utara memasok senjata ke Rusia")
        term.wait_for("claim* 0.80")
        term.press("q")
        deadline = time.monotonic() + 60
        while "agreement per label" in term.text() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "agreement per label" not in term.text()  # quit: the session ended
    finally:
        term.close()
