"""``annotator sources``: list the registry, add sources and aliases, merge two sources."""

from __future__ import annotations

from dataclasses import asdict

import click

from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, json_option, open_store


@click.group()
def sources() -> None:
    """The registry of sources (people, offices, governments, outlets, wires)."""


@sources.command(name="list")
@db_option
@json_option
@click.option("--uses", is_flag=True, help="Also count the annotations naming each source.")
@handle_errors
def list_(db_path, as_json, uses) -> None:
    """List every source with its kind and aliases."""
    from annotator.domain.sources import all_sources, use_counts

    db = open_store(db_path)
    rows = [asdict(s) for s in all_sources(db)]
    if uses:
        counts = use_counts(db)
        for row in rows:
            row["annotations"] = counts.get(row["name"], 0)
    if as_json:
        tty.echo_json(rows)
        return
    from annotator.cli.tables import print_table

    columns = ["name", "kind", "aliases"] + (["annotations"] if uses else [])
    print_table(f"{len(rows)} sources", columns, [
        [row["name"], row["kind"], ", ".join(row["aliases"])]
        + ([row["annotations"]] if uses else []) for row in rows], right=["annotations"])


@sources.command()
@db_option
@click.argument("name")
@click.option("--kind", type=click.Choice(["person", "office", "government", "outlet", "wire",
                                           "other"]), default="other", show_default=True)
@click.option("--alias", "aliases", multiple=True, help="An alias (repeatable).")
@handle_errors
def add(db_path, name, kind, aliases) -> None:
    """Add a source NAME to the registry."""
    from annotator.domain.sources import add_source

    source = add_source(open_store(db_path), name, kind, list(aliases))
    tty.echo(visible(f"{source.name} ({source.kind}): "
                       f"{', '.join(source.aliases) or 'no aliases'}"))


@sources.command()
@db_option
@click.argument("source")
@click.argument("alias")
@handle_errors
def alias(db_path, source, alias) -> None:
    """Let ALIAS stand for SOURCE (a name or an existing alias)."""
    from annotator.domain.sources import add_alias

    result = add_alias(open_store(db_path), source, alias)
    tty.echo(visible(f"{result.name}: {', '.join(result.aliases)}"))


@sources.command()
@db_option
@click.argument("keep")
@click.argument("drop")
@handle_errors
def merge(db_path, keep, drop) -> None:
    """Fold source DROP into KEEP: DROP's names become aliases and annotations follow."""
    from annotator.domain.sources import merge_sources

    result = merge_sources(open_store(db_path), keep, drop)
    tty.echo(visible(f"merged {drop!r} into {result.name}: {', '.join(result.aliases)}"))
