"""``annotator ingest PATH...``: files or folders into the database, idempotently."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click

from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, json_option, open_store


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--language", default=None,
              help="Language of every document (id, en ...); default: a .jsonl/.csv row's "
                   "own, else detected from the text (Indonesian or English).")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Cleaning rules file (default: data/chrome_rules.json).")
@click.option("--optimize", is_flag=True,
              help="Afterwards, merge the full-text index into one (faster search and link "
                   "suggestions; worth it once after a large ingest, about 0.5 s per 100,000 "
                   "sentences stored; the same files again add nothing, so "
                   "`annotator ingest --optimize PATH` also runs it alone).")
@db_option
@json_option
@handle_errors
def ingest(
    paths: tuple[Path, ...], language: str | None, rules_path: Path | None, optimize: bool,
    db_path: Path | None, as_json: bool,
) -> None:
    """Read .txt, .jsonl and .csv files (or folders of them) into the database.

    Page chrome (menus, captions, bylines, link lists) is kept out of the labeling queue,
    with the reason recorded; see data/chrome_rules.json. Ingesting the same files again
    changes nothing. Bad input changes nothing either.
    """
    from annotator.cli.tables import surely_no_terminal
    from annotator.corpus.ingest import check_arguments, ingest_paths, start_analysis
    from annotator.corpus.rules import load_rules

    check_arguments(paths, language)  # bad arguments fail before the database is touched
    rules = load_rules(rules_path)
    db = open_store(db_path)
    # the workers before the bar's thread: a process with one thread forks them (cheaper)
    analyser = None
    try:
        analyser = start_analysis(paths, language=language, rules=rules)
        with nullcontext(None) if surely_no_terminal(sys.stderr) else _bar() as bar:
            task = bar.add_task("ingest", total=None) if bar is not None else None

            def progress(done: int, total: int) -> None:
                if bar is not None:
                    bar.update(task, completed=done, total=total)

            report = ingest_paths(
                db, list(paths), language=language, progress=progress, rules=rules,
                analyser=analyser,
            )
        if optimize:
            from annotator.db import fts

            fts.optimize(db)
    finally:
        if analyser is not None:
            analyser.close()  # ingest_paths closed it, unless the bar failed first
        db.close()
    if as_json:
        tty.echo_json(report.to_dict())
        return
    from rich.table import Table

    out = tty.console()
    table = Table(title="annotator ingest", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files read", str(report.files))
    table.add_row("documents added", str(report.documents_added))
    table.add_row("documents already present", str(report.documents_present))
    table.add_row("sentences to label", str(report.sentences))
    table.add_row("lines kept out (chrome, headlines, repeats)", str(report.excluded))
    table.add_row("sentences in near-duplicate groups", str(report.grouped))
    out.print(table)
    if report.excluded_by_reason:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(report.excluded_by_reason.items()))
        out.print(f"kept out by rule: {reasons}", markup=False, highlight=False)


def _bar():
    """rich's bar on stderr (disabled when rich finds no terminal there), imported only
    when stderr may be a terminal: a piped or scripted ingest does not pay for it."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

    err = tty.console(err=True)
    return Progress(
        TextColumn("ingesting"), BarColumn(), DownloadColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )
