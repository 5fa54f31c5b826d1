"""What the terminal shows after label keys equals the screen drawn whole: a key repaints
only the rows it changed (ReadingView, SteadyStatic), so a row left out would stay stale on
the analyst's terminal while a fresh screenshot looked right."""

from __future__ import annotations

from rich.segment import ControlType
from support.ui import drive, screen_text, shown

from annotator.ui.screens.label import LabelScreen


class Terminal:
    """The characters a terminal would hold after the app's updates (styles left out)."""

    def __init__(self, width: int, height: int) -> None:
        self.rows = [[" "] * width for _ in range(height)]

    def apply(self, update, console) -> None:
        x = y = 0
        for segment in update.__rich_console__(console, console.options):
            if segment.control:
                for control in segment.control:
                    if control[0] == ControlType.CURSOR_MOVE_TO:
                        x, y = control[1], control[2]
                continue
            if segment.text == "\n":
                continue
            for character in segment.text:
                if 0 <= y < len(self.rows) and 0 <= x < len(self.rows[y]):
                    self.rows[y][x] = character
                x += 1

    @property
    def text(self) -> str:
        return "\n".join("".join(row) for row in self.rows)


def test_terminal_after_label_keys_matches_the_screen_drawn_whole(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        app = pilot.app
        terminal = Terminal(*app.size)
        app.screen.refresh()  # one whole frame first: the terminal starts from the screen
        await shown(pilot)
        sent = app._display

        def display(screen, update):
            if update is not None:
                terminal.apply(update, app.console)
            sent(screen, update)

        app._display = display
        app.screen.refresh()
        await shown(pilot)
        assert terminal.text == screen_text(app)
        seen["after"] = []
        # moving down documents (rows shift, short sentences leave blank rows), back up,
        # and across a document's end
        for key in ["c", "x", "c", "up", "up", "c", "a", "down", "c", "c", "c", "c", "c"]:
            await pilot.press(key)
            whole = await shown(pilot)
            seen["after"].append((key, terminal.text, whole))
        assert isinstance(app.screen, LabelScreen)

    drive(db_path, scenario)
    for key, painted, whole in seen["after"]:
        assert painted == whole, key
