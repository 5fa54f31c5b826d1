"""``annotator stats``: progress by document, label and reviewer."""

from __future__ import annotations

import json

import click

from annotator.cli.common import db_option, handle_errors, json_option, open_store
from annotator.cli.tables import print_table


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
    docs = figures["documents"]
    print_table(f"Documents ({figures['sentences']} sentences)",
                ["document", "outlet", "sentences", "labeled", "settled", "conflicts"],
                [[d["title"] or d["id"], d["outlet"], d["sentences"], d["labeled"],
                  d["settled"], d["conflicts"]] for d in docs],
                right=["sentences", "labeled", "settled", "conflicts"])
    print_table("Labels", ["label", "annotations", "sentences"],
                [[r["label"], r["annotations"], r["sentences"]] for r in figures["labels"]],
                right=["annotations", "sentences"])
    print_table("Reviewers", ["reviewer", "labeled", "of corpus", "last labeled"],
                [[r["reviewer"], r["labeled"], f"{r['share']:.0%}", r["last_labeled"] or ""]
                 for r in figures["reviewers"]], right=["labeled", "of corpus"])
    if figures.get("assignments"):
        print_table("Assignments", ["reviewer", "documents", "assigned", "done", "remaining"],
                    [[r["reviewer"], r["documents"], r["assigned"], r["done"], r["remaining"]]
                     for r in figures["assignments"]],
                    right=["documents", "assigned", "done", "remaining"])
    if figures.get("throughput"):
        labels = sorted({label for row in figures["throughput"] for label in row["by_label"]})
        print_table("Throughput (labels with a recorded time)",
                    ["reviewer", "labels", "per hour", "median s", *labels],
                    [[r["reviewer"], r["labels"],
                      "" if r["per_hour"] is None else f"{r['per_hour']:.1f}",
                      f"{r['median_seconds']:.1f}",
                      *(f"{r['by_label'][x]:.1f}" if x in r["by_label"] else ""
                        for x in labels)] for r in figures["throughput"]],
                    right=["labels", "per hour", "median s", *labels])
    click.echo(f"gold labels: {figures['gold']}")
