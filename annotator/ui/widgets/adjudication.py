"""What the adjudication screen shows: each reviewer's annotation side by side, the
decision (gold label) and the adjudicator's draft, and where they are in the queue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from annotator.domain.adjudication import REASON_NAMES, gold_links, gold_speakers
from annotator.domain.annotations import speakers
from annotator.ui.session import Session
from annotator.ui.widgets.label_style import label_style, label_text
from annotator.ui.widgets.literal import Text, literal

FIELDS = ("label", "source", "confidence")


def _value(annotation: dict[str, Any], field: str) -> str | None:
    """What a card shows of a field: a joint statement's speakers joined with " + "."""
    if field == "source":
        return " + ".join(speakers(annotation)) or None
    return annotation.get(field)


def _differs(annotations: Sequence[dict[str, Any]], field: str) -> bool:
    if field == "source":  # the same speakers in another order agree
        return len({frozenset(speakers(a)) for a in annotations}) > 1
    return len({a.get(field) for a in annotations}) > 1


def _links(annotation: dict[str, Any]) -> frozenset:
    return frozenset((d["id"], d["role"]) for d in annotation.get("disputes", []))


class ReviewerCard(Static):
    """One reviewer's annotation; the fields where reviewers differ are highlighted."""

    app: Session  # type: ignore[assignment]

    def show(self, number: int, annotation: dict[str, Any], differs: set[str]) -> None:
        lines = [Text.assemble((f"{number} ", "bold reverse"), " ",
                               literal(annotation["reviewer"], "bold"))]
        for field in FIELDS:
            value = _value(annotation, field) or "—"
            style = "bold yellow" if field in differs else ""
            line = Text.assemble((f"{field:<11}", "dim"))
            if field == "label" and self.app.scheme.colour_for(value):
                # a swatch in the label's colour; yellow still marks a difference
                line.append("■ ", label_style(self.app.scheme, value))
            line.append_text(literal(value, style))
            lines.append(line)
        style = "bold yellow" if "disputes" in differs else ""
        if annotation.get("disputes"):
            for link in annotation["disputes"]:
                lines.append(Text.assemble(("dispute    ", "dim"),
                                           literal(f"{link['role']}: {link['title']}", style)))
        else:
            lines.append(Text.assemble(("dispute    ", "dim"), Text("—", style=style)))
        if annotation.get("note"):
            lines.append(Text.assemble(("note       ", "dim"),
                                       literal(annotation["note"], "italic")))
        self.update(Text("\n").join(lines))


class ReviewerCards(Horizontal):
    """The reviewers' annotations of one sentence, numbered as the keys that take them."""

    def compose(self) -> ComposeResult:
        return iter(())

    def show(self, annotations: Sequence[dict[str, Any]]) -> None:
        differs = {f for f in FIELDS if _differs(annotations, f)}
        if len({_links(a) for a in annotations}) > 1:
            differs.add("disputes")
        cards = list(self.query(ReviewerCard))
        for extra in cards[len(annotations):]:
            extra.remove()
        for number, annotation in enumerate(annotations[:9], start=1):
            if number <= len(cards):
                card = cards[number - 1]
            else:
                card = ReviewerCard(classes="reviewer-card")
                self.mount(card)
            card.show(number, annotation, differs)


class DecisionPanel(Static):
    """The gold label if decided, else the adjudicator's draft for a label key."""

    app: Session  # type: ignore[assignment]

    def show(self, gold: dict[str, Any] | None, draft: dict[str, Any], kinds: list[str]) -> None:
        differ = Text.assemble(("reviewers differ in: ", "dim"),
                               (", ".join(kinds) or "nothing (settled)", "bold"))
        if gold:
            head = Text.assemble(
                ("✓ gold  ", "bold green"),
                label_text(self.app.scheme, gold["label"], "bold"),
                literal("".join(f" · {x}" for x in (" + ".join(gold_speakers(gold)),
                                                     gold["confidence"]) if x), "bold"),
                ("  by ", "dim"), literal(gold["adjudicator"]),
            )
            why = literal(gold.get("rationale") or "no rationale (e adds one)", "italic")
            if gold.get("reason"):
                why = Text("\n").join([why, literal(
                    f"why they differed: {REASON_NAMES[gold['reason']]} (w changes it)",
                    "dim")])
            links = gold_links(gold)
            if links is not None:  # the decision settled the sentence's dispute links
                settled = ", ".join(f"{link['role']} in {link['id'][:8]}" for link in links)
                why = Text("\n").join([why, literal(
                    f"dispute links: {settled or 'in no dispute'}", "dim")])
        else:
            head = Text.assemble(
                ("open  ", "bold yellow"),
                ("your label keys use: ", "dim"),
                literal(f"source {' + '.join(draft.get('sources') or []) or '—'} · "
                        f"confidence {draft.get('confidence')}", "bold"),
            )
            why = literal(draft.get("rationale") or "no rationale yet (e adds one)", "italic")
            if draft.get("disputes") is not None:  # links set with l, for the label key
                settled = ", ".join(f"{link['role']} in {link['id'][:8]}"
                                    for link in draft["disputes"])
                why = Text("\n").join([why, literal(
                    f"dispute links: {settled or 'in no dispute'} (with your label key)",
                    "dim")])
        self.update(Text("\n").join([differ, head, why]))


class QueueBar(Static):
    """Where the adjudicator is: the queue's size, what is settled, the active filter."""

    def show(self, *, open_count: int | None, settled: int | None, filters: str,
             adjudicator: str) -> None:
        counts = ("counting…" if open_count is None
                  else f"{open_count} open · {settled} settled")
        self.update(Text.assemble(("Adjudication  ", "bold"), (counts, "bold"),
                                  ("  filter: ", "dim"), literal(filters),
                                  ("  adjudicator: ", "dim"), literal(adjudicator, "bold")))
