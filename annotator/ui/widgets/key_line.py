"""The screen's keys on one line, drawn by one widget.

Textual's Footer is a widget per key (fifteen on the labeling screen), and every message
Textual sends around the screen on a keystroke visits each of them. This line draws the
same keys (the screen's active Binding objects with ``show``, their descriptions, any
keymap applied) as one picture, redrawn only when the bindings or the width change.

It fits the width it has, trying in turn: every key with its description; a group of
keys (the label keys) as one item, "c a d x label"; then dropping whole items from the
end (the bindings are listed in priority order). A click on a key presses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.widget import Widget

from annotator.ui.widgets.literal import Text
from annotator.ui.widgets.still import StillLines


@dataclass(frozen=True)
class Item:
    """One entry of the line: keys (display, key pressed on a click) and a description."""

    keys: tuple[tuple[str, str], ...]
    description: str
    enabled: bool = True

    def width(self) -> int:
        return sum(len(shown) + 1 for shown, _ in self.keys) + len(self.description)


class KeyLine(StillLines, Widget, can_focus=False):
    """The keys of the screen it is on; ``dock: bottom``, one row, like Textual's Footer."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-line--key", "key-line--description"}
    DEFAULT_CSS = """
    KeyLine {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        & > .key-line--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-line--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002  # Textual's name
        super().__init__(id=id)
        self._spans: list[tuple[int, int, str]] = []  # (from, to, key): what a click presses
        self._drawn: tuple | None = None
        self._items: list[Item] = []  # what the line shows
        self._text = Text()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn = None  # a new theme: drawn again in its colours

    def _bindings_changed(self, screen) -> None:
        """Textual says the bindings changed after every key; the line is repainted only
        when what it shows did (a label key leaves it as it was)."""
        if screen is self.screen:
            if self._drawn == (self.size.width,) and self.fitted(self.size.width) == self._items:
                return
            self._drawn = None
            self.refresh()

    def items(self) -> list[Item]:
        """The shown bindings, one item per action, a group's keys as one item."""
        by_action: dict[str, tuple] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if binding.show and binding.action not in by_action:
                by_action[binding.action] = (binding, active.enabled)
        items: list[Item] = []
        grouped: list[tuple] = []

        def close_group() -> None:
            if len(grouped) > 1:
                items.append(Item(tuple((self.app.get_key_display(b), b.key)
                                        for b, _ in grouped),
                                  grouped[0][0].group.description,
                                  all(enabled for _, enabled in grouped)))
            else:
                items.extend(Item(((self.app.get_key_display(b), b.key),), b.description,
                                  enabled) for b, enabled in grouped)
            grouped.clear()

        for binding, enabled in by_action.values():
            if grouped and binding.group is not grouped[0][0].group:
                close_group()
            if binding.group is not None:
                grouped.append((binding, enabled))
                continue
            items.append(Item(((self.app.get_key_display(binding), binding.key),),
                              binding.description, enabled))
        close_group()
        return items

    def fitted(self, width: int) -> list[Item]:
        """The richest line that fits ``width`` cells (one cell of padding each side)."""
        items = self.items()
        room = width - 2
        spelled = self._spell_out_groups(items)
        for candidate in (spelled, items):
            if _line_width(candidate) <= room:
                return candidate
        kept = list(items)
        while kept and _line_width(kept) > room:
            kept.pop()
        return kept

    def _spell_out_groups(self, items: list[Item]) -> list[Item]:
        """Each key of a group with its own description ("c claim a accusation")."""
        names = {}
        for active in self.screen.active_bindings.values():
            names.setdefault(active.binding.key, active.binding.description)
        spelled: list[Item] = []
        for item in items:
            if len(item.keys) == 1:
                spelled.append(item)
            else:
                spelled += [Item((key,), names.get(key[1], item.description), item.enabled)
                            for key in item.keys]
        return spelled

    def render(self) -> Text:
        width = self.size.width
        if self._drawn != (width,):
            self._drawn = (width,)
            self._items = self.fitted(width)
            self._text = self._draw(self._items)
        return self._text

    def _draw(self, items: list[Item]) -> Text:
        key_style = self.get_component_rich_style("key-line--key")
        words_style = self.get_component_rich_style("key-line--description")
        line = Text(" ")
        self._spans = []
        for n, item in enumerate(items):
            if n:
                line.append(" ")
            begun = line.cell_len
            for shown, key in item.keys:
                start = line.cell_len
                line.append(shown, style=key_style)
                self._spans.append((start, line.cell_len + 1, key))
                line.append(" ")
            line.append(item.description, style=words_style)
            if len(item.keys) == 1:  # a key alone: its description is clicked too
                self._spans[-1] = (begun, line.cell_len, item.keys[0][1])
            if not item.enabled:
                line.stylize("dim", begun, line.cell_len)
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return


def _line_width(items: list[Item]) -> int:
    return sum(item.width() for item in items) + max(len(items) - 1, 0)
