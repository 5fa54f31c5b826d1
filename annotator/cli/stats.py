"""``annotator stats``: progress by document, label and reviewer."""

from __future__ import annotations

import click

from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, json_option, open_store
from annotator.cli.tables import print_table

SHOWN_DOCUMENTS = 20  # the table lists this many documents unless --documents says


@click.command()
@db_option
@json_option
@click.option("--documents", "shown", type=click.IntRange(min=0, max=10**9), default=None,
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
        tty.echo_json(figures)
        return
    count = figures["document_count"]
    docs = figures["documents"]
    totals = figures["totals"]
    rows = [[d["title"] or d["id"], d["outlet"], d["sentences"], d["labeled"], d["settled"],
             d["conflicts"]] for d in docs]
    if len(docs) < count:
        rows.append([f"… {count - len(docs):,} more documents (--documents 0 lists all)",
                     "", "", "", "", ""])
    rows.append(["all documents", "", totals["sentences"], totals["labeled"], totals["settled"],
                 totals["conflicts"]])
    print_table(f"Documents ({count:,} documents, {figures['sentences']:,} sentences)",
                ["document", "outlet", "sentences", "labeled", "settled", "conflicts"],
                rows, right=["sentences", "labeled", "settled", "conflicts"])
    print_table("Labels", ["label", "annotations", "sentences", "accepted as proposed"],
                [[r["label"] or "(none)", r["annotations"], r["sentences"],
                  _share(r["accepted"], r["annotations"])] for r in figures["labels"]],
                right=["annotations", "sentences"])
    print_table("Reviewers",
                ["reviewer", "labeled", "of corpus", "last labeled", "accepted as proposed"],
                [[r["reviewer"], r["labeled"], f"{r['share']:.0%}", r["last_labeled"] or "",
                  _share(r["accepted"], r["labeled"])] for r in figures["reviewers"]],
                right=["labeled", "of corpus"])
    if figures.get("assignments"):
        print_table("Assignments", ["reviewer", "documents", "assigned", "done", "remaining"],
                    [[r["reviewer"], r["documents"], r["assigned"], r["done"], r["remaining"]]
                     for r in figures["assignments"]],
                    right=["documents", "assigned", "done", "remaining"])
    if figures.get("throughput"):
        labels = sorted({label for row in figures["throughput"] for label in row["by_label"]},
                        key=lambda label: (label is None, label or ""))  # None: no label
        names = [label or "(none)" for label in labels]
        print_table("Throughput (labels with a recorded time)",
                    ["reviewer", "labels", "per hour", "median s", *names],
                    [[r["reviewer"], r["labels"],
                      "" if r["per_hour"] is None else f"{r['per_hour']:.1f}",
                      f"{r['median_seconds']:.1f}",
                      *(f"{r['by_label'][x]:.1f}" if x in r["by_label"] else ""
                        for x in labels)] for r in figures["throughput"]],
                    right=["labels", "per hour", "median s", *names])
    tty.echo(f"gold labels: {figures['gold']}")
    tty.echo("accepted as proposed: annotations saved exactly as the tool proposed them "
             "(label, source, confidence); a high share with low agreement elsewhere can "
             "mean anchoring")


def _share(part: int, whole: int) -> str:
    return f"{part} ({part / whole:.0%})" if whole else "0"
