"""``annotator copy SRC DST``: a whole database into a new one, SQLite or PostgreSQL."""

from __future__ import annotations

import click

from annotator.base.errors import StoreError
from annotator.base.locations import database_target, is_server
from annotator.cli import output as tty
from annotator.cli.common import handle_errors, json_option, open_store
from annotator.cli.progress import progress_bar


def _same(source, destination) -> bool:
    if is_server(source) or is_server(destination):
        return getattr(source, "url", None) == getattr(destination, "url", None)
    return source.exists() and destination.exists() and source.resolve() == destination.resolve()


def _open(target, *, source: bool):
    """SRC is only read (never created or migrated); DST is created and migrated."""
    from annotator.db.connection import open_db

    if is_server(target):
        return open_db(target, migrate=not source)
    if source:
        if not target.exists():
            raise StoreError(f"{target}: no such database file")
        return open_db(target, migrate=False)
    return open_store(target)


def _summary(report) -> str:
    shown = [("documents", "document(s)"), ("sentences", "sentence(s)"),
             ("annotations", "annotation(s)"), ("annotation_history", "history row(s)"),
             ("disputes", "dispute(s)"), ("gold", "gold label(s)"),
             ("assignments", "assignment(s)")]
    parts = [f"{report.rows.get(table, 0)} {name}" for table, name in shown
             if report.rows.get(table) or table in ("documents", "annotations")]
    return (f"copied {report.source} to {report.destination}: " + ", ".join(parts)
            + f" ({report.total} rows in {len(report.rows)} tables)")


@click.command("copy")
@click.argument("source", metavar="SRC")
@click.argument("destination", metavar="DST")
@json_option
@handle_errors
def copy(source: str, destination: str, as_json: bool) -> None:
    """Copy the whole database SRC into DST, a new or empty database.

    Each side is a SQLite file or a postgresql://user@host/dbname URL: SQLite to
    PostgreSQL when a team outgrows one machine, PostgreSQL to SQLite for a backup or to
    take the work offline. Everything comes over exactly (labels, sources, disputes, gold
    labels, assignments and all their history, with their ids and times); SRC is only
    read. DST is written in one transaction: on any error it is left as it was, and a
    DST file this command created is removed. A DST that holds data is refused.
    """
    from annotator.sync.copy import copy_database, count_rows

    # a server's URL prints without its password (str); it connects with it (.url)
    source, destination = database_target(source), database_target(destination)
    if _same(source, destination):
        raise StoreError(f"{destination}: the same database as {source}; nothing was changed")
    src = _open(source, source=True)
    try:
        dst = _open(destination, source=False)
        try:
            with progress_bar("Copying", sum(count_rows(src).values())) as advance:
                report = copy_database(src, dst, source_name=str(source),
                                       destination_name=str(destination),
                                       progress=lambda _table, rows: advance(rows))
        finally:
            dst.close()
    finally:
        src.close()
    if as_json:
        tty.echo_json({"source": str(source), "destination": str(destination),
                       "rows": report.rows})
    else:
        tty.echo(_summary(report))
