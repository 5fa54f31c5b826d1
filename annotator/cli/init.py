"""``annotator init [FOLDER]``: make a project folder, with its own database and exports.

Installed from a wheel, the tool keeps one database in the user's data folder; a project
folder gives a corpus its own, found from any folder below it (see base/locations.py).
"""

from __future__ import annotations

from pathlib import Path

import click

from annotator import __version__
from annotator.base.locations import EXPORTS, PROJECT_DATABASE, PROJECT_MARKER, find_project
from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.common import fail, handle_errors

MARKER_TEXT = f"""\
# This folder is an annotator project, made by `annotator init` (annotator {__version__}).
# Commands run here or in any folder below use {PROJECT_DATABASE} and {EXPORTS}/ in this
# folder, unless --db or ANNOTATOR_DB names another database. `annotator where` shows it.
"""


@click.command()
@click.argument("folder", required=False, default=".",
                type=click.Path(file_okay=False, path_type=Path))
@handle_errors
def init(folder: Path) -> None:
    """Make FOLDER (default: the current one) a project folder.

    It gets an annotator.toml marker, an empty annotator.db and an exports/ folder.
    Commands run in it, or in a folder below it, use that database and exports folder.
    """
    from annotator.db.connection import open_db

    folder = folder.resolve()
    if (folder / PROJECT_MARKER).exists():
        fail(f"{folder} is already an annotator project folder ({PROJECT_MARKER} is there)")
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / PROJECT_DATABASE
    existed = database.exists()
    open_db(database).close()  # refuses a file that is not an annotator database
    (folder / EXPORTS).mkdir(exist_ok=True)
    (folder / PROJECT_MARKER).write_text(MARKER_TEXT, encoding="utf-8")  # last: all or nothing
    outer = find_project(folder.parent) if folder.parent != folder else None
    tty.echo(f"made project folder {visible(str(folder))}")
    tty.echo(f"  {PROJECT_MARKER:<15} marks it: commands run here or below use this folder")
    tty.echo(f"  {PROJECT_DATABASE:<15} the database ("
               + ("kept the one already here" if existed
                  else "empty: `annotator` ingests the seeds on first run, "
                       "or `annotator ingest PATH`") + ")")
    tty.echo(f"  {EXPORTS + '/':<15} where exports go")
    if outer is not None:
        tty.echo(f"(inside the project folder {visible(str(outer))}; this one wins below it)")
