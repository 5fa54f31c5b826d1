"""``annotator copy SRC DST``: a whole database into a new one, SQLite or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.base.errors import StoreError
from annotator.cli import output as tty
from annotator.cli.common import handle_errors, json_option, open_store
from annotator.cli.progress import progress_bar

URL_SCHEMES = ("postgresql://", "postgres://")


def _is_url(target: str) -> bool:
    return target.startswith(URL_SCHEMES)


def _same(source: str, destination: str) -> bool:
    if _is_url(source) or _is_url(destination):
        return source == destination
    src, dst = Path(source), Path(destination)
    return src.exists() and dst.exists() and src.resolve() == dst.resolve()


def _open(target: str, *, source: bool):
    if _is_url(target):
        from annotator.db.connection import open_db

        return open_db(target, migrate=not source)
    path = Path(target)
    if source:
        if not path.exists():
            raise StoreError(f"{target}: no such database file")
        from annotator.db.connection import open_db

        return open_db(path, migrate=False)
    return open_store(path)


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

    if _same(source, destination):
        raise StoreError(f"{destination}: the same database as {source}; nothing was changed")
    src = _open(source, source=True)
    try:
        dst = _open(destination, source=False)
        try:
            with progress_bar("Copying", sum(count_rows(src).values())) as advance:
                report = copy_database(src, dst, source_name=source,
                                       destination_name=destination,
                                       progress=lambda _table, rows: advance(rows))
        finally:
            dst.close()
    finally:
        src.close()
    if as_json:
        tty.echo_json({"source": source, "destination": destination, "rows": report.rows})
    else:
        tty.echo(_summary(report))
