"""The rows of a widget no key changes, handed back as they were.

Textual's compositor asks every widget on the screen for all its rows on every frame, not
only the widgets a frame repaints (``Compositor._get_renders`` keeps each widget whose clip,
the whole screen, overlaps the frame's dirty region). A widget Textual renders itself answers
through ``StylesCache.render_widget``, which finds its rows cached but first works out its
background colours (a walk up its ancestors), its size, filters, padding and opacity, and
applies the app's filters to each row again: about as much as styling a row, for the key
line and the screen behind the widgets, which a label key leaves as they were.

``StillLines.render_lines`` hands back the rows it gave last time while nothing they depend
on moved: the same crop, no row marked dirty since (every ``refresh`` marks its rows, a
resize or a new style clears the cache), each row still the one Textual's cache holds, the
same visual style, filters and hovered link. Anything else takes Textual's path (textual is
pinned: this reads its styles cache's private fields).
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip


class StillLines:
    """Mixin for a Textual widget rendered through its styles cache (no render_lines of
    its own): rows handed back unchanged while they are unchanged."""

    _still: tuple | None = None  # (crop, visual style, filters, hover, raw rows, rows)

    def render_lines(self, crop: Region) -> list[Strip]:
        if self.styles.background.a < 1:  # a screen that shows the one beneath it
            self._still = None
            return super().render_lines(crop)
        cache = self._styles_cache
        filters = tuple(self.app.get_line_filters())
        hover = self.hover_style
        still = self._still
        if still is not None and still[0] == crop and still[1] is self.visual_style \
                and not cache._dirty_lines and still[2] == filters and still[3] == hover:
            held = cache._cache.get
            if all(held(y) is raw for y, raw in zip(crop.line_range, still[4], strict=True)):
                return list(still[5])
        strips = super().render_lines(crop)
        held = cache._cache.get
        raw = [held(y) for y in crop.line_range]
        if None in raw or cache._dirty_lines:
            self._still = None
        else:
            self._still = (crop, self.visual_style, filters, hover, raw, list(strips))
        return strips
