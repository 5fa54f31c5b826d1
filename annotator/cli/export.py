"""``annotator export``: the labeled set as JSONL."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, open_store
from annotator.cli.progress import progress_bar


@click.command()
@db_option
@click.option("-o", "--output", "output", default=None,
              help="File to write; '-' for stdout (default: exports/annotations-<time>.jsonl).")
@click.option("--all", "include_unlabeled", is_flag=True,
              help="Include unlabeled sentences too.")
@click.option("--gold-only", is_flag=True,
              help="Only settled sentences (status gold or agreed).")
@click.option("--reviewer", default=None,
              help="Only this reviewer's annotations (and their dispute links).")
@click.option("--disputes", "disputes_only", is_flag=True,
              help="Write one object per dispute (members, texts, labels, sources, documents).")
@click.option("--claimreview", is_flag=True,
              help="Write schema.org ClaimReview JSON-LD for adjudicated disputes "
                   "(default file: exports/claimreview-<time>.json).")
@handle_errors
def export(db_path, output, include_unlabeled, gold_only, reviewer, disputes_only,
           claimreview) -> None:
    """Write one JSON record per sentence (see README, "Export format").

    The file appears only when complete (written to a temporary file, then renamed).
    """
    from annotator.exchange.records import (
        ExportOptions,
        count_sentences,
        default_export_path,
        export_records,
    )

    db = open_store(db_path)
    if disputes_only:
        from annotator.cli.disputes import write_dispute_export

        return write_dispute_export(db, output, reviewer)
    if claimreview:
        from annotator.exchange.claimreview import write_claim_reviews

        target = tty.stdout() if output == "-" else Path(output) if output else (
            default_export_path("claimreview", ".json"))
        count = write_claim_reviews(db, target, exclusive=not output)
        tty.echo(f"exported {count} ClaimReview(s)"
                   + ("" if output == "-" else f" to {target}"), err=True)
        return
    options = ExportOptions(include_unlabeled=include_unlabeled, settled_only=gold_only,
                            reviewer=reviewer)
    if output == "-":
        count = export_records(db, tty.stdout(), options)
        tty.echo(f"exported {count} records", err=True)
        return
    target = Path(output) if output else default_export_path()
    with progress_bar("Exporting", count_sentences(db)) as advance:
        count = export_records(db, target, options, on_row=advance, exclusive=not output)
    tty.echo(f"exported {count} records to {target}", err=True)
