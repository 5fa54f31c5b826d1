"""``annotator where``: which database and exports folder a command run here would use, and why.

Nothing is created: it only reads the rule in base/locations.py.
"""

from __future__ import annotations

from pathlib import Path

import click

from annotator.base.locations import (
    database_location,
    database_target,
    exports_location,
    is_server,
)
from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.common import _from_root, db_option, handle_errors, json_option


@click.command()
@db_option
@json_option
@handle_errors
def where(db_path: Path | None, as_json: bool) -> None:
    """Show the database and the exports folder used from here, and how each was chosen."""
    given = db_path or _from_root("db_path")
    database = database_location()
    db_file, db_why = (database_target(given), "--db") if given else (database.path,
                                                                        database.why)
    exports = exports_location()
    rows = {
        "database": {"path": str(db_file if is_server(db_file) else db_file.absolute()),
                     "why": db_why, "exists": db_file.exists()},
        "exports": {"path": str(exports.path.absolute()), "why": exports.why,
                    "exists": exports.path.is_dir()},
    }
    if as_json:
        tty.echo_json(rows)
        return
    for name, row in rows.items():
        missing = "" if row["exists"] else ", not made yet"
        tty.echo(f"{name:<9} {visible(row['path'])}  ({visible(row['why'])}{missing})")
