"""``annotator label``: the labeling UI (also what bare ``annotator`` opens).

A database with no documents yet (a first run) gets the seeds ingested first, with a
progress bar, so a new user lands straight on a sentence to label.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from annotator.base.resources import SEEDS_DIR
from annotator.cli import output as tty
from annotator.cli.app_exit import exits_with_app_code
from annotator.cli.common import (
    db_option,
    handle_errors,
    open_store,
    resolve_db,
    resolve_reviewer,
    reviewer_option,
)


def ingest_seeds_if_empty(db_path: Path, seeds: Path = SEEDS_DIR) -> int:
    """Ingest ``seeds`` into a database that holds no documents; returns sentences added."""
    from annotator.domain.navigation import has_documents

    db = open_store(db_path)
    try:
        if has_documents(db) or not seeds.is_dir():
            return 0
        # a first run only: the UI's start does not pay for ingest and the progress bar
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        from annotator.corpus.ingest import ingest_paths

        err = tty.console(err=True)
        tty.echo(f"First run: ingesting {seeds} into {db_path}", err=True)
        bar = Progress(TextColumn("ingesting seeds"), BarColumn(), DownloadColumn(),
                       TimeElapsedColumn(), console=err, transient=True,
                       disable=not err.is_terminal)
        with bar:
            task = bar.add_task("ingest", total=None)
            report = ingest_paths(
                db, [seeds],
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        tty.echo(f"{report.documents_added} documents, {report.sentences} sentences to label",
                 err=True)
        return report.sentences
    finally:
        db.close()


@click.command()
@db_option
@reviewer_option
@click.option("--ask-reviewer", is_flag=True, hidden=True,
              help="With no --reviewer or ANNOTATOR_REVIEWER, ask for the name first "
                   "(what `annotator serve` runs for a browser tab given no name).")
@click.option("--all", "everything", is_flag=True,
              help="Queue every sentence, not only your assignment (`A` switches in the UI).")
@exits_with_app_code
@handle_errors
def label(db_path: Path | None, reviewer: str | None, ask_reviewer: bool = False,
          everything: bool = False) -> int | None:
    """Open the labeling UI: one sentence at a time, one key per label.

    The scheme's label keys (c claim, a accusation, d denial, x context, or 1-4, in the
    shipped data/labels.json; ANNOTATOR_LABELS names another) save and move on; s source,
    +/- confidence, e note, u undo, arrows or j/k move, n next unlabeled, / search,
    ctrl+p jump or run a command, ? every key, q quit. Opens at the first sentence
    you have not labeled. When a lead gave you an assignment (`annotator assign`), the
    queue (n, resume, progress) is your assignment; --all or A shows every sentence.
    """
    path = resolve_db(db_path)
    ask = ask_reviewer and not (reviewer or os.environ.get("ANNOTATOR_REVIEWER", "").strip())
    who = resolve_reviewer(reviewer)
    ingest_seeds_if_empty(path)
    from annotator.ui.app import AnnotatorApp

    app = AnnotatorApp(path, who, ask_reviewer=ask, everything=everything)
    app.run()
    return app.return_code  # 129 after a hang-up (cli/app_exit.py)
