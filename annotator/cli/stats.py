"""``annotator stats``: progress by document, label and reviewer."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotator.base.text import visible
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
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    console = Console()
    docs = Table(title=f"Documents ({figures['sentences']} sentences)")
    for col in ("document", "outlet", "sentences", "labeled", "settled", "conflicts"):
        docs.add_column(col, justify="right" if col not in ("document", "outlet") else "left")
    for d in figures["documents"]:
        docs.add_row(Text(visible(d["title"] or d["id"])), Text(visible(d["outlet"])),
                     str(d["sentences"]), str(d["labeled"]), str(d["settled"]),
                     str(d["conflicts"]))
    console.print(docs)
    labels = Table(title="Labels")
    for col in ("label", "annotations", "sentences", "accepted as proposed"):
        labels.add_column(col)
    for row in figures["labels"]:
        labels.add_row(Text(visible(row["label"])), str(row["annotations"]), str(row["sentences"]),
                       _share(row["accepted"], row["annotations"]))
    console.print(labels)
    reviewers = Table(title="Reviewers")
    for col in ("reviewer", "labeled", "of corpus", "last labeled", "accepted as proposed"):
        reviewers.add_column(col)
    for row in figures["reviewers"]:
        reviewers.add_row(Text(visible(row["reviewer"])), str(row["labeled"]),
                          f"{row['share']:.0%}", row["last_labeled"] or "",
                          _share(row["accepted"], row["labeled"]))
    console.print(reviewers)
    console.print(f"gold labels: {figures['gold']}")
    console.print("accepted as proposed: annotations saved exactly as the tool proposed them "
                  "(label, source, confidence); a high share with low agreement elsewhere can "
                  "mean anchoring")


def _share(part: int, whole: int) -> str:
    return f"{part} ({part / whole:.0%})" if whole else "0"
