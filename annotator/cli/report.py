"""``annotator report``: one self-contained HTML file of the dashboard's figures."""

from __future__ import annotations

import os
from pathlib import Path

import click

from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, open_store, resolve_db


def label_colours(scheme) -> dict[str, str]:
    """Each label's scheme colour as #rrggbb (the scheme names Rich colours)."""
    from rich.color import Color

    return {label.name: Color.parse(label.colour).get_truecolor().hex for label in scheme.labels}


@click.command()
@db_option
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=None,
              help="The HTML file to write (default: report-<date>-<time>.html in the "
                   "exports folder).")
@click.option("--pair", nargs=2, default=None, metavar="A B",
              help="The two reviewers whose confusion table is drawn (default: the pair "
                   "sharing most sentences).")
@click.option("--title", default="annotator report", show_default=True,
              help="The report's heading.")
@handle_errors
def report(db_path: Path | None, output: Path | None, pair, title: str) -> None:
    """Write the lead's picture of the work as one HTML file for editors: progress over
    time per reviewer, labels per hour, agreement per label, a pair's confusion heat map
    and the disputes with their open disagreements. It needs nothing else to open
    (no network, no scripts): mail it or put it on a shared drive."""
    from annotator.analysis.dashboard import dashboard
    from annotator.analysis.report import render
    from annotator.domain.scheme import load_scheme
    from annotator.exchange.jsonl import atomic_output
    from annotator.exchange.records import default_export_path

    path = resolve_db(db_path)
    scheme = load_scheme()
    db = open_store(path)
    try:
        figures = dashboard(db, scheme=scheme, pair=pair)
    finally:
        db.close()
    page = render(figures, title=title, label_colours=label_colours(scheme),
                  database=path.name)
    target = output or default_export_path("report").with_suffix(".html")
    with atomic_output(target) as out:
        out.write(page)
    # the temporary file was private (0600); a report is made to be shared: the usual
    # permissions of a new file (0644 with the common umask 022)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(target, 0o666 & ~umask)
    tty.echo(f"wrote {target}", err=True)
