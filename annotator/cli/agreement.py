"""``annotator agreement``: inter-annotator agreement report."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from annotator.base.errors import AnnotatorError
from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, json_option, open_store

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


def _value(figure: dict) -> Text:
    from rich.text import Text

    if figure["value"] is None:
        return Text("n/a", style="dim")
    return Text(f"{figure['value']:.3f}")


def _flag(figure: dict, min_items: int) -> Text:
    """Why a figure cannot be read at face value: too few items, and/or its note (undefined,
    0 by construction, one value dominating)."""
    from rich.text import Text

    parts = []
    if figure["items"] < min_items:
        parts.append(Text(f"too few items (<{min_items})", style="yellow"))
    if figure["note"]:
        parts.append(Text(visible(figure["note"]), style="yellow" if figure["note"].startswith(
            ("misleading", "undefined", "one value")) else "dim"))
    return Text("; ").join(parts)


@click.command()
@db_option
@json_option
@click.option("--document", "documents", multiple=True, metavar="ID",
              help="Only sentences of this document (id or its first characters); repeatable.")
@click.option("--reviewer", "reviewers", multiple=True, metavar="NAME",
              help="Only these reviewers; repeatable.")
@click.option("--guideline", default=None, metavar="VERSION",
              help="Only annotations made under this guideline version (or its first "
                   "characters); the report lists the versions.")
@click.option("--pair", nargs=2, default=None, metavar="A B",
              help="Reviewers whose label confusion table to show "
                   "(default: the pair sharing most sentences).")
@click.option("--without-proposals", is_flag=True,
              help="Leave out annotations saved exactly as the tool proposed them: agreement "
                   "among labels made independently (pre-annotation anchors reviewers).")
@handle_errors
def agreement(db_path, as_json, documents, reviewers, pair, without_proposals,
              guideline) -> None:
    """How far reviewers agree, and on how many sentences each figure rests.

    Krippendorff's alpha over all reviewers (nominal for label and source, ordinal for
    confidence), Cohen's kappa and observed agreement for each pair, specific agreement
    per label and a confusion table of labels. A figure resting on fewer than 30 sentences
    is flagged: too few to tell acceptable agreement from poor.
    """
    from rich.table import Table
    from rich.text import Text

    from annotator.analysis.agreement import report

    if guideline is not None and not guideline.strip():  # "" would match every version
        raise AnnotatorError("--guideline needs a version (its first characters will do)")
    db = open_store(db_path)
    try:
        figures = report(db, documents=documents, reviewers=reviewers, pair=pair,
                         without_proposals=without_proposals, guideline=guideline)
    finally:
        db.close()
    if as_json:
        tty.echo_json(figures)
        return
    console = tty.console()
    minimum = figures["min_items"]
    who = visible(", ".join(figures["reviewers"])) or "nobody"
    console.print(Text(f"{figures['sentences']} annotated sentence(s); reviewers: {who}"
                       + (f"; guideline version {figures['guideline']}"
                          if figures["guideline"] else "")))
    _context_tables(console, figures)
    if len(figures["reviewers"]) < 2:
        console.print(Text("Agreement needs annotations by at least two reviewers.",
                           style="yellow"))
        return
    alphas = Table(title="Krippendorff's alpha (all reviewers)")
    for col in ("field", "level", "alpha", "sentences", ""):
        alphas.add_column(col, justify="right" if col in ("alpha", "sentences") else "left")
    for name, figure in figures["alpha"].items():
        alphas.add_row(name, figure["level"], _value(figure), str(figure["items"]),
                       _flag(figure, minimum))
    console.print(alphas)

    pairs = Table(title="Pairs of reviewers")
    for col in ("pair", "field", "Cohen's kappa", "agreed", "sentences", ""):
        pairs.add_column(col, justify="left" if col in ("pair", "field", "") else "right")
    for entry in figures["pairs"]:
        for name in ("label", "source", "confidence"):
            kappa, observed = entry[name]["kappa"], entry[name]["observed"]
            agreed = Text("n/a") if observed["value"] is None else Text(
                f"{observed['value']:.0%}")
            pairs.add_row(
                Text(visible(" / ".join(entry["reviewers"]))) if name == "label" else Text(""),
                name, _value(kappa), agreed, str(kappa["items"]), _flag(kappa, minimum),
                end_section=name == "confidence",
            )
    console.print(pairs)

    per_label = Table(title="Per label (specific agreement over all reviewers)")
    for col in ("label", "agreement", "sentences", ""):
        per_label.add_column(col, justify="right" if col in ("agreement", "sentences")
                             else "left")
    for row in figures["per_label"]:
        per_label.add_row(Text(row["label"]), _value(row), str(row["items"]),
                          _flag(row, minimum))
    console.print(per_label)

    confusion = figures["confusion"]
    if confusion:
        a, b = confusion["reviewers"]
        table = Table(title=f"Labels: {a} (rows) x {b} (columns), "
                            f"{confusion['items']} sentence(s)")
        table.add_column(Text(visible(f"{a} \\ {b}")))
        for label in confusion["labels"]:
            table.add_column(Text(label), justify="right")
        for label, counts in zip(confusion["labels"], confusion["counts"], strict=True):
            cells = [
                Text(str(n), style="bold" if i == j else "") for j, n in enumerate(counts)
                for i in [confusion["labels"].index(label)]
            ]
            table.add_row(Text(label), *cells)
        console.print(table)


def _context_tables(console: Console, figures: dict) -> None:
    """Which guideline versions the annotations were made under, and why reviewers
    disagreed (the adjudicators' reasons)."""
    from rich.table import Table

    versions = Table(title="Guideline versions (--guideline VERSION reads one)")
    for col in ("version", "annotations", "first", "last"):
        versions.add_column(col, justify="right" if col == "annotations" else "left")
    for row in figures["guideline_versions"]:
        versions.add_row(row["version"] or "(not recorded)", str(row["annotations"]),
                         row["first"] or "", row["last"] or "")
    console.print(versions)
    reasons = figures["reasons"]
    table = Table(title="Why reviewers disagreed (adjudicators' reasons)")
    for col in ("reason", "decisions"):
        table.add_column(col, justify="right" if col == "decisions" else "left")
    for key, name in (("guideline", "guideline unclear"), ("ambiguous", "ambiguous text"),
                      ("error", "reviewer error"), ("untagged", "not tagged")):
        table.add_row(name, str(reasons[key]))
    console.print(table)
