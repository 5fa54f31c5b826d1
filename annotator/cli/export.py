"""``annotator export``: the labeled set as JSONL."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.base.errors import AnnotatorError
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

    _check_flags(include_unlabeled=include_unlabeled, gold_only=gold_only, reviewer=reviewer,
                 disputes_only=disputes_only, claimreview=claimreview)
    db = open_store(db_path)
    if reviewer is not None:
        from annotator.exchange.records import reviewer_known

        if not reviewer_known(db, reviewer):
            raise AnnotatorError(
                f"no annotations or dispute links by reviewer {reviewer!r} in this database; "
                "`annotator stats` lists the reviewers")
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


def _check_flags(*, include_unlabeled: bool, gold_only: bool, reviewer: str | None,
                 disputes_only: bool, claimreview: bool) -> None:
    """Flags that contradict each other, or that the chosen kind of export would ignore,
    are refused in one line instead of giving an empty or partial file."""
    if include_unlabeled and gold_only:
        raise AnnotatorError("--all adds unlabeled sentences and --gold-only keeps only "
                               "settled ones: give one of them")
    if disputes_only and claimreview:
        raise AnnotatorError("--disputes and --claimreview write different files: run the "
                               "export once for each")
    kind = "--disputes" if disputes_only else "--claimreview" if claimreview else None
    if kind:
        ignored = [flag for flag, given in (("--all", include_unlabeled),
                                            ("--gold-only", gold_only),
                                            ("--reviewer", claimreview and reviewer))
                   if given]
        if ignored:
            raise AnnotatorError(f"{kind} does not take {', '.join(ignored)}")
