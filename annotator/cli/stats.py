"""``annotator stats``: progress by document, label and reviewer."""

from __future__ import annotations

import click
from rich.table import Table
from rich.text import Text

from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, json_option, open_store


@click.command()
@db_option
@json_option
@handle_errors
def stats(db_path, as_json) -> None:
    """Show how far labeling has come: by document, by label and by reviewer."""
    from annotator.analysis.stats import stats as compute

    figures = compute(open_store(db_path))
    if as_json:
        tty.echo_json(figures)
        return
    console = tty.console()
    docs = Table(title=f"Documents ({figures['sentences']} sentences)")
    for col in ("document", "outlet", "sentences", "labeled", "settled", "conflicts"):
        docs.add_column(col, justify="right" if col not in ("document", "outlet") else "left")
    for d in figures["documents"]:
        docs.add_row(Text(visible(d["title"] or d["id"])), Text(visible(d["outlet"])),
                     str(d["sentences"]), str(d["labeled"]), str(d["settled"]),
                     str(d["conflicts"]))
    console.print(docs)
    labels = Table(title="Labels")
    for col in ("label", "annotations", "sentences"):
        labels.add_column(col)
    for row in figures["labels"]:
        labels.add_row(Text(visible(row["label"])), str(row["annotations"]), str(row["sentences"]))
    console.print(labels)
    reviewers = Table(title="Reviewers")
    for col in ("reviewer", "labeled", "of corpus", "last labeled"):
        reviewers.add_column(col)
    for row in figures["reviewers"]:
        reviewers.add_row(Text(visible(row["reviewer"])), str(row["labeled"]),
                          f"{row['share']:.0%}", row["last_labeled"] or "")
    console.print(reviewers)
    console.print(f"gold labels: {figures['gold']}")
