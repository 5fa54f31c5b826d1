"""``annotator merge``: fold other reviewers' databases into this one."""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.common import (
    DATABASE,
    _from_root,
    db_option,
    handle_errors,
    json_option,
    open_store,
)
from annotator.cli.progress import progress_bar


def _summary(report) -> str:
    parts = [
        f"{report.annotations_added} annotation(s) added",
        f"{report.annotations_updated} updated",
        f"{report.annotations_removed} removed",
        f"{report.annotation_history} history row(s)",
    ]
    extra = {
        "document(s)": report.documents,
        "sentence(s)": report.sentences,
        "source(s)": report.sources,
        "dispute(s)": report.disputes,
        "dispute link(s)": report.dispute_links_added + report.dispute_links_updated
        + report.dispute_links_removed,
        "gold label(s)": report.gold_added + report.gold_updated + report.gold_removed,
        "assignment(s)": report.assignments_added + report.assignments_removed,
    }
    parts += [f"{count} {name}" for name, count in extra.items() if count]
    who = ", ".join(report.reviewers) or "no reviewers"
    state = "" if report.changed else " (nothing new)"
    return f"merged {report.path} ({who}): " + ", ".join(parts) + state


@click.command()
@db_option
@click.argument("others", nargs=-1, required=True, type=DATABASE)
@json_option
@handle_errors
def merge(db_path, others, as_json) -> None:
    """Fold other reviewers' databases (OTHERS: files, or postgresql:// URLs) into this one.

    Annotations, dispute links, gold labels and all their history come over; documents
    and sentences missing here are copied. Safe to repeat: merging the same file twice
    changes nothing. Where the same reviewer changed the same annotation in both places
    the newer change is kept and both stay in the history. All files are checked first
    and merged in one transaction: on any error this database is left as it was.
    Disputes sharing a title afterwards are named on stderr with the command that folds
    them (`annotator disputes merge`); one folded here before comes back folded.
    """
    from annotator.sync.merge import merge_databases

    db = open_store(db_path)
    try:
        with progress_bar("Merging", len(others)) as advance:
            done = []

            def step(path: str) -> None:
                if done:
                    advance()
                done.append(path)

            reports = merge_databases(db, list(others), progress=step)
            advance()
    finally:
        db.close()
    notes = [
        f"folded {row['drop'][:8]} into {row['keep'][:8]} again (folded here before; "
        f"{row['moved'] + row['replaced']} link(s) made since then moved over)"
        for report in reports for row in report.folded]
    notes += _duplicate_hints(reports[-1].duplicates, db_path or _from_root("db_path"))
    notes += _overlap_hints(reports[-1].overlaps, db_path or _from_root("db_path"))
    if as_json:
        tty.echo_json([{**r.as_dict(), "changed": r.changed} for r in reports],
                         indent=2)
    else:
        for report in reports:
            tty.echo(_summary(report))
    for line in notes:
        tty.echo(line, err=True)


def _duplicate_hints(groups: list[list[dict]], db_path: Path | None) -> list[str]:
    """One line per group of disputes with the same title (the same proposition started on
    two machines), with the commands that fold the later ones into the oldest."""
    where = f" --db {shlex.quote(str(db_path))}" if db_path else ""
    lines = []
    for group in groups:
        keep, drops = group[0]["id"], [row["id"] for row in group[1:]]
        ids = ", ".join(row["id"][:8] for row in group)
        fold = " && ".join(f"annotator disputes merge{where} {keep[:8]} {drop[:8]}"
                           for drop in drops)
        lines.append(f"{len(group)} disputes titled \"{visible(group[0]['title'])}\" "
                     f"({ids}): fold them with `{fold}`")
    return lines


def _overlap_hints(pairs: list[dict], db_path: Path | None) -> list[str]:
    """One line per pair of differently titled disputes sharing most of their sentences:
    likely one proposition; a person decides whether to fold them."""
    where = f" --db {shlex.quote(str(db_path))}" if db_path else ""
    return [
        f"disputes \"{visible(p['keep']['title'])}\" ({p['keep']['id'][:8]}) and "
        f"\"{visible(p['drop']['title'])}\" ({p['drop']['id'][:8]}) share {p['shared']} "
        f"sentence(s): likely duplicates; fold them with "
        f"`annotator disputes merge{where} {p['keep']['id'][:8]} {p['drop']['id'][:8]}`"
        for p in pairs]
