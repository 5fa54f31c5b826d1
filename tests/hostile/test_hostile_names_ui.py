"""Every screen, shown on a database whose names were written by an attacker (a colleague's
merged database or imported file): reviewer, source, outlet, dispute and document titles,
file names, a note, a rationale, the guidelines file. Not one control character reaches the
terminal; the app keeps running.

The walk records which screens it showed, and a test finds every Screen class under
annotator/ui by itself: a screen added later fails here until the walk shows it with
hostile data (and ui/terminal_guard.py holds even then, see test_terminal_guard_ui.py)."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import types

import pytest
from support.hostile import (
    BLINK,
    HOSTILE,
    OSC_TITLE,
    OTHER_REVIEWER,
    REVIEWER,
    hostile_database,
    leaks,
)
from support.ui import screen_text, settle
from textual.screen import Screen

import annotator.ui
from annotator.domain import adjudication as adj
from annotator.ui.app import AnnotatorApp


@pytest.fixture
def hostile_db(tmp_path, monkeypatch):
    path = tmp_path / "hostile.db"
    ids = hostile_database(path)
    guidelines = tmp_path / f"guide{OSC_TITLE}{BLINK}.md"  # no "/" in a file name
    guidelines.write_text(f"# Guide{HOSTILE}\n\nA claim is{HOSTILE} a claim.\n")
    monkeypatch.setenv("ANNOTATOR_GUIDELINES", str(guidelines))
    return path, ids


def _walk(app, steps, shown_screens: set):
    """Run the app, take each (name, keys or callable) step, and collect the screen text
    after each; returns {name: text} and adds the screen classes shown to ``shown_screens``."""
    seen: dict[str, str] = {}

    async def main():
        async with app.run_test(size=(140, 45)) as pilot:
            await settle(pilot)
            seen["start"] = screen_text(app)
            shown_screens.add(type(app.screen))
            for name, action in steps:
                if callable(action):
                    result = action(app)
                    if asyncio.iscoroutine(result):
                        await result
                else:
                    await pilot.press(*action)
                await settle(pilot)
                shown_screens.add(type(app.screen))
                seen[name] = screen_text(app) + "\n" + app.title + app.sub_title
                seen[name] += "".join(str(n.message) + n.title
                                      for n in app._notifications)

    asyncio.run(main())
    return seen


def _no_leaks(seen: dict[str, str]) -> None:
    for name, text in seen.items():
        assert leaks(text) == [], f"{name}: {leaks(text)}"


def _labeling_walk(path, shown):
    seen = _walk(AnnotatorApp(path, REVIEWER), [
        ("first sentence", ["up", "up"]),
        ("note editor", ["e"]), ("note closed", ["escape"]),
        ("source picker", ["s"]), ("picker closed", ["escape"]),
        ("link panel", ["l"]), ("dispute view", ["v"]),
        ("retitle", ["t"]), ("retitle closed", ["escape"]),
        ("dispute closed", ["escape"]), ("link closed", ["escape"]),
        ("search", ["slash", "K", "r", "e", "m"]), ("search closed", ["escape"]),
        ("help", ["question_mark"]), ("help closed", ["escape"]),
        ("guidelines", ["g"]), ("guidelines closed", ["escape"]),
        ("labeled", ["c"]),
        ("stats", lambda app: app.action_show_stats()),
        ("stats closed", ["escape"]),
        ("dashboard", ["D"]),
        ("notified", lambda app: app.notify(f"exported to {REVIEWER}")),
    ], shown)
    assert "Kremlin" in seen["source picker"] and "Dispute" in seen["dispute view"]
    assert "note␛" in seen["note editor"] and "Dispute␛" in seen["retitle"]
    assert "Guide␛" in seen["guidelines"] and "Ana" in seen["stats"]
    assert "Ana" in seen["dashboard"]
    return seen


def _adjudication_walk(path, ids, shown):
    def hostile_rationale(app):  # a colleague's decision merged in, with its rationale
        adj.set_rationale(app.db, ids["sentences"][0], f"why{HOSTILE}", "colleague")
        app.screen._show_sentence(ids["sentences"][0])

    seen = _walk(AnnotatorApp(path, OTHER_REVIEWER, start="adjudicate"), [
        ("take reviewer 1", ["1"]), ("rationale stored", hostile_rationale),
        ("rationale editor", ["e"]), ("rationale closed", ["escape"]),
        ("links dialog", ["l"]), ("links closed", ["escape"]),
        ("help", ["question_mark"]), ("help closed", ["escape"]), ("filter", ["f"])],
        shown)
    assert "Ana" in seen["start"] and "why␛" in seen["rationale editor"]
    return seen


def _reviewer_walk(path, shown):
    async def paste_hostile(app):
        from textual import events
        app.screen.query_one("#reviewer-input").post_message(events.Paste(REVIEWER))

    seen = _walk(AnnotatorApp(path, "", ask_reviewer=True), [
        ("pasted", paste_hostile), ("typed", ["K", "i", "m", "enter"])], shown)
    assert "not inserted" in seen["pasted"]
    return seen


def screens_in(modules) -> set[type]:
    """Every Screen class defined in ``modules``."""
    return {cls for module in modules for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, Screen) and cls.__module__ == module.__name__}


def ui_modules() -> list[types.ModuleType]:
    names = [m.name for m in pkgutil.walk_packages(annotator.ui.__path__, "annotator.ui.")]
    return [importlib.import_module(name) for name in names]


def unwalked(modules, shown: set[type]) -> set[str]:
    return {cls.__qualname__ for cls in screens_in(modules) - shown}


def test_every_screen_shows_hostile_names_as_visible_characters(hostile_db):
    path, ids = hostile_db
    shown: set[type] = set()
    _no_leaks(_labeling_walk(path, shown))
    _no_leaks(_adjudication_walk(path, ids, shown))
    _no_leaks(_reviewer_walk(path, shown))
    assert unwalked(ui_modules(), shown) == set(), "screens the hostile walk never showed"


def test_a_screen_the_walk_never_shows_is_found():
    """The check above can fail: a module with a screen nobody walks is reported."""
    module = types.ModuleType("annotator.ui.screens.later")
    exec("from textual.screen import Screen\n"
         "class LaterScreen(Screen):\n"
         "    def compose(self):\n"
         "        yield Label(f'{self.app.reviewer}')\n", module.__dict__)
    from annotator.ui.screens.label import LabelScreen
    label_module = importlib.import_module(LabelScreen.__module__)
    assert unwalked([module, label_module], {LabelScreen}) == {"LaterScreen"}
    assert len(screens_in(ui_modules())) >= 15  # the discovery sees the real screens
