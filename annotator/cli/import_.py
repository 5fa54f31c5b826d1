"""``annotator import``: JSONL in the export shape back in, all or nothing."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import click

from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, json_option, open_store


@click.command(name="import")
@db_option
@json_option
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@handle_errors
def import_(db_path, as_json, file) -> None:
    """Read FILE (annotations, gold labels, dispute links) into the database.

    Nothing is written unless every line is valid; the first bad line is reported with
    its number. Re-importing the same file changes nothing.
    """
    from annotator.exchange.importer import import_file

    db = open_store(db_path)
    report = import_file(db, file)
    if as_json:
        tty.echo_json(asdict(report), indent=None)
        return
    tty.echo(
        f"imported {file}: {report.lines} lines, {report.annotations_added} annotations "
        f"added, {report.annotations_updated} updated, {report.annotations_unchanged} "
        f"unchanged, {report.gold_written} gold, {report.links_written} dispute links, "
        f"{report.disputes} disputes"
        + (f", {report.assignments_added} assignments" if report.assignments_added else "")
    )
