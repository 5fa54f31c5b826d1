"""A label key's messages: the widgets it changes are handed to the screen directly (no
Prompt message wakes each one only to do that at its idle), and the disputes line is not in
the screen's tree until a sentence has disputes. Every message and every widget is a turn of
Textual's loop on the key's time; what the key paints is checked in test_ui_label_paint.py
and test_ui_fast_rows.py."""

from __future__ import annotations

from support.ui import drive, shown
from textual import messages
from textual.message_pump import MessagePump

from annotator.ui.widgets.dispute_line import DisputeLine

CHANGED = {"DocumentBar", "ReadingView", "AnnotationPanel", "StatusLine", "ReviewerProgress",
           "StatusAndProgress"}


def test_a_label_key_wakes_no_widget_it_repaints(seeded_db, db_path, monkeypatch):
    posted: list[tuple[str, str]] = []
    real = MessagePump.post_message

    def post_message(self, message):
        posted.append((type(self).__name__, type(message).__name__))
        return real(self, message)

    seen = {}

    async def scenario(pilot):
        before = await shown(pilot)
        monkeypatch.setattr(MessagePump, "post_message", post_message)
        for key in ["c", "c", "x", "plus", "c"]:
            posted.clear()
            await pilot.press(key)
            after = await shown(pilot)
            assert after != before, key  # the key changed what is shown
            before = after
            prompts = {who for who, what in posted if what == messages.Prompt.__name__}
            seen[key] = prompts & CHANGED
        seen["disputes"] = list(pilot.app.screen.query(DisputeLine))

    drive(db_path, scenario)
    assert seen.pop("disputes") == []  # the seeds' first sentences are in no dispute
    assert all(not woken for woken in seen.values()), seen
