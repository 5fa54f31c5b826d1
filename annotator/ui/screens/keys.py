"""The keys of the adjudication and dashboard screens, apart from the screens themselves.

The app checks a keymap file against the keys of every screen when it starts; reading
them from here spares the labeling screen's start the imports those screens need
(numpy, krippendorff, plotext, ...).
"""

from __future__ import annotations

from textual.binding import Binding

from annotator.domain.scheme import Scheme

DECIDE = "make this your gold label (draft source and confidence)"
# The label keys show in the footer as one group ("c a d x label"), each keeping its own
# name in the help: with every name spelled out the footer outgrows 120 columns.
LABEL_KEYS = Binding.Group("label")


def adjudication_bindings(scheme: Scheme) -> list[Binding]:
    """The adjudication screen's keys, each with an id a keymap can rebind: 1-9 take reviewer
    N, the scheme's label keys decide with your own label (same ids as on the labeling
    screen, so one keymap entry moves both)."""
    take = [Binding("1", "take(1)", "take", key_display="1-9",
                    tooltip="make reviewer N's annotation the gold label", id="take.1")]
    take += [Binding(str(n), f"take({n})", f"take reviewer {n}", show=False, id=f"take.{n}")
             for n in range(2, 10)]
    return [
        Binding("question_mark", "help", "help", key_display="?", tooltip="this list of keys",
                id="help"),
        *take,
        *(Binding(label.key, f"decide({label.name!r})", label.name, tooltip=DECIDE,
                  id=f"label.{label.name}", group=LABEL_KEYS) for label in scheme.labels),
        Binding("s", "pick_source", "source",
                tooltip="the source your label keys use; + in the picker adds another "
                        "speaker of a joint statement", id="source"),
        Binding("plus,equals_sign", "confidence(1)", "confidence", key_display="+/-",
                tooltip="one step up the confidence your label keys use", id="confidence.up"),
        Binding("minus", "confidence(-1)", "confidence", show=False, key_display="-",
                tooltip="one step down the confidence your label keys use",
                id="confidence.down"),
        Binding("e", "rationale", "rationale", tooltip="why: saved with the decision",
                id="rationale"),
        Binding("l", "links", "links", tooltip="set the sentence's dispute links and roles by "
                "hand (a/d/s/c on a dispute, - out, 0 in no dispute, enter saves)",
                id="links"),
        Binding("w", "reason", "why", show=False,
                tooltip="tag why reviewers disagreed, in turn: guideline unclear, ambiguous "
                        "text, reviewer error, none", id="reason"),
        Binding("u", "undo", "undo", tooltip="undo your last decision and show it", id="undo"),
        Binding("n", "move(1)", "next",
                tooltip="next disagreement (settled ones too)", id="queue.next"),
        Binding("j,down", "move(1)", "next", show=False,
                tooltip="next disagreement (settled ones too)", id="queue.next.alias"),
        Binding("p", "move(-1)", "previous",
                tooltip="previous disagreement (settled ones too)", id="queue.previous"),
        Binding("k,up", "move(-1)", "previous", show=False,
                tooltip="previous disagreement (settled ones too)", id="queue.previous.alias"),
        Binding("f", "filter", "filter", tooltip="only one document, or one kind of "
                "disagreement (label, source, confidence, disputes)", id="filter"),
    ]


def dashboard_bindings() -> list[Binding]:
    """The dashboard's keys, each with an id a keymap can rebind."""
    return [
        Binding("p", "next_pair", "next pair", tooltip="the confusion heat map of the next "
                "pair of reviewers", id="dashboard.pair"),
        Binding("r", "refresh", "refresh", tooltip="compute the figures again",
                id="dashboard.refresh"),
        Binding("escape", "close", "back", key_display="esc",
                tooltip="back to the screen you came from", id="dashboard.close"),
    ]
