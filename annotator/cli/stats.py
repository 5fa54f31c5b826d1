"""``annotator stats``: progress by document, label and reviewer."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotator.base.text import visible
from annotator.cli.common import db_option, handle_errors, json_option, open_store

SHOWN_DOCUMENTS = 20  # the table lists this many documents unless --documents says


@click.command()
@db_option
@json_option
@click.option("--documents", "shown", type=click.IntRange(min=0), default=None,
              help=f"List this many documents, in ingestion order (0: all). Default: "
                   f"{SHOWN_DOCUMENTS} in the table, all with --json; the totals always "
                   "cover every document.")
@handle_errors
def stats(db_path, as_json, shown) -> None:
    """Show how far labeling has come: by document, by label and by reviewer."""
    from annotator.analysis.stats import stats as compute

    if shown is None:
        shown = 0 if as_json else SHOWN_DOCUMENTS
    figures = compute(open_store(db_path), documents=shown or None)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    console = Console()
    count = figures["document_count"]
    docs = Table(title=f"Documents ({count:,} documents, {figures['sentences']:,} sentences)")
    for col in ("document", "outlet", "sentences", "labeled", "settled", "conflicts"):
        docs.add_column(col, justify="right" if col not in ("document", "outlet") else "left")
    for d in figures["documents"]:
        docs.add_row(Text(visible(d["title"] or d["id"])), Text(visible(d["outlet"])),
                     str(d["sentences"]), str(d["labeled"]), str(d["settled"]),
                     str(d["conflicts"]))
    totals = figures["totals"]
    if len(figures["documents"]) < count:
        docs.add_row(Text(f"… {count - len(figures['documents']):,} more documents "
                          "(--documents 0 lists all)"), Text(""), "", "", "", "")
    docs.add_row(Text("all documents"), Text(""), f"{totals['sentences']:,}",
                 f"{totals['labeled']:,}", f"{totals['settled']:,}", f"{totals['conflicts']:,}")
    console.print(docs)
    labels = Table(title="Labels")
    for col in ("label", "annotations", "sentences"):
        labels.add_column(col)
    for row in figures["labels"]:
        labels.add_row(Text(visible(row["label"] or "(none)")), str(row["annotations"]),
                       str(row["sentences"]))
    console.print(labels)
    reviewers = Table(title="Reviewers")
    for col in ("reviewer", "labeled", "of corpus", "last labeled"):
        reviewers.add_column(col)
    for row in figures["reviewers"]:
        reviewers.add_row(Text(visible(row["reviewer"])), str(row["labeled"]),
                          f"{row['share']:.0%}", row["last_labeled"] or "")
    console.print(reviewers)
    console.print(f"gold labels: {figures['gold']}")
