"""Labels in their scheme colour, wherever a label is shown."""

from __future__ import annotations

from rich.color import Color, ColorParseError
from rich.style import Style

from annotator.base.errors import AnnotatorError
from annotator.base.text import visible
from annotator.domain.scheme import Scheme
from annotator.ui.widgets.literal import Text


def check_colours(scheme: Scheme) -> None:
    """Refuse a scheme whose colours the terminal cannot show (checked at start)."""
    for label in scheme.labels:
        try:
            Color.parse(label.colour)
        except ColorParseError:
            raise AnnotatorError(
                f"{scheme.path}: label {label.name!r}: unknown colour {label.colour!r} "
                "(a colour name such as red, dark_orange or grey62, or #rrggbb)"
            ) from None


def label_style(scheme: Scheme, name: str | None, style: str = "") -> Style:
    """``style`` in the label's colour (a label outside the scheme keeps ``style``)."""
    colour = scheme.colour_for(name)
    return Style.parse(style) + Style(color=colour) if colour else Style.parse(style)


def label_text(scheme: Scheme, name: str, style: str = "") -> Text:
    """The label's name, in its colour; names are data, so shown literally."""
    return Text(visible(name), style=label_style(scheme, name, style))
