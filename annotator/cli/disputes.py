"""``annotator disputes``: list, show, start, link and unlink disputes, and suggest links."""

from __future__ import annotations

import click

from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.common import (
    db_option,
    handle_errors,
    json_option,
    open_store,
    resolve_reviewer,
    reviewer_option,
)

ROLE_HELP = "alleges, denies, supports or context (default: from the sentence's label)"


def shown(text: str | None) -> str:
    """Corpus text for the terminal: control characters as visible symbols (ESC as ␛);
    --json output escapes them instead."""
    return visible(text)


def _echo_json(data) -> None:
    tty.echo_json(data)


def _short(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _role_for(db, sentence_id: str, reviewer: str, role: str | None) -> str:
    from annotator.domain.disputes import DisputeError, check_role, sentence_label
    from annotator.domain.scheme import load_scheme

    if role:
        return check_role(role)
    label = sentence_label(db, sentence_id, reviewer)["label"]
    if label is None:
        raise DisputeError(f"sentence {sentence_id} has no label yet: give --role ({ROLE_HELP})")
    scheme_role = load_scheme().role_for(label)
    if scheme_role is None:
        raise DisputeError(f"sentence {sentence_id} is labeled {label!r}, a label outside the "
                           f"scheme: give --role ({ROLE_HELP})")
    return scheme_role


@click.group()
def disputes() -> None:
    """Disputes: allegations and their denials linked across articles.

    Roles: alleges, denies, supports, context. Ids may be shortened to a unique prefix.
    """


@disputes.command(name="list")
@db_option
@json_option
@handle_errors
def list_(db_path, as_json) -> None:
    """Every dispute with its members counted by role; titles used twice are marked
    (fold duplicates with `annotator disputes merge KEEP DROP`)."""
    from annotator.cli.tables import print_lines, to_terminal
    from annotator.domain.disputes import ROLES, list_disputes, title_key

    rows = list_disputes(open_store(db_path))
    by_title: dict[str, list[str]] = {}
    for row in rows:
        by_title.setdefault(title_key(row["title"]), []).append(row["id"])
    for row in rows:
        row["same_title"] = [i for i in by_title[title_key(row["title"])] if i != row["id"]]
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        tty.echo("No disputes yet. Start one with `annotator disputes new TITLE SENTENCE_ID`.")
        return
    counts = {row["id"]: ", ".join(f"{row['roles'][r]} {r}" for r in ROLES if row["roles"][r])
              or "none" for row in rows}
    if not to_terminal():  # a pipe or a file: tab-separated lines (whole ids), no rich
        print_lines(f"{len(rows)} disputes", ["id", "title", "members", "docs", "by"], [
            [row["id"], row["title"] + (
                f"  (same title as {', '.join(i[:8] for i in row['same_title'])})"
                if row["same_title"] else ""), counts[row["id"]], row["documents"],
             row["created_by"]] for row in rows])
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(rows)} disputes", title_justify="left", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("title", ratio=3, min_width=24)
    table.add_column("members", ratio=2)
    table.add_column("docs", justify="right")
    table.add_column("by")
    for row in rows:
        title = Text(shown(row["title"]))
        if row["same_title"]:
            title.append(f"  (same title as {', '.join(i[:8] for i in row['same_title'])})",
                         style="yellow")
        table.add_row(row["id"][:8], title, counts[row["id"]],
                      str(row["documents"]), Text(shown(row["created_by"])))
    tty.console().print(table)


@disputes.command()
@db_option
@json_option
@click.argument("dispute_id")
@handle_errors
def show(db_path, as_json, dispute_id) -> None:
    """One dispute: its members grouped by role, with document, outlet, date, label, source."""
    from rich.text import Text

    from annotator.domain.disputes import ROLES, resolve_dispute_id
    from annotator.domain.disputes import show as show_dispute

    db = open_store(db_path)
    data = show_dispute(db, resolve_dispute_id(db, dispute_id))
    if as_json:
        _echo_json(data)
        return
    console = tty.console()
    head = Text()
    head.append(shown(data["title"]), style="bold")
    head.append(f"  ({data['id']}; {data['sentences']} sentences in {data['documents']} "
                "documents)")
    console.print(head)
    for role in ROLES:
        members = data["members"][role]
        if not members:
            continue
        console.print(Text(f"\n{role} ({len(members)})", style="bold underline"))
        for m in members:
            block = Text("  ")
            block.append(m["sentence_id"][:10], style="dim")
            block.append("  ")
            block.append(shown(m["doc_title"]) or "(untitled)", style="bold")
            block.append(f" ({shown(m['outlet']) or '?'}, {shown(m['published']) or '?'})")
            block.append(f"\n    {m['label'] or 'unlabeled'}")
            if m["source"]:
                block.append(f" by {shown(m['source'])}")
            block.append(f"; linked by {shown(', '.join(m['reviewers']))}", style="dim")
            block.append("\n    ")
            block.append(shown(m["text"]))
            console.print(block)


@disputes.command()
@db_option
@reviewer_option
@json_option
@click.argument("sentence_id")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 200),
              help="How many sentences to suggest.")
@handle_errors
def suggest(db_path, reviewer, as_json, sentence_id, limit) -> None:
    """Sentences SENTENCE_ID most likely answers or repeats, and disputes it could join."""
    from rich.text import Text

    from annotator.domain.disputes import resolve_sentence_id
    from annotator.domain.suggest import suggest as run

    db = open_store(db_path)
    result = run(db, resolve_sentence_id(db, sentence_id), reviewer=resolve_reviewer(reviewer),
                 limit=limit)
    if as_json:
        _echo_json(result.as_dict())
        return
    console = tty.console()
    head = Text()
    head.append(shown(_short(result.text, 200)), style="bold")
    head.append(f"\nreads as: {result.stance or 'unknown'}; proposed role: "
                f"{result.proposed_role}")
    console.print(head)
    if result.disputes:
        console.print(Text("\nDisputes it could join", style="bold underline"))
        for d in result.disputes:
            block = Text(f"  {d.score:.2f}  ")
            block.append(d.dispute_id[:8], style="dim")
            block.append("  ")
            block.append(shown(d.title), style="bold")
            block.append(f"  (as {d.role}; {d.members} sentences)\n        why: {shown(d.why)}")
            console.print(block)
    if not result.sentences:
        console.print("No sentence looks related.")
        return
    console.print(Text("\nSentences it answers or repeats", style="bold underline"))
    for s in result.sentences:
        block = Text(f"  {s.score:.2f}  {s.relation:<8} ")
        block.append(s.sentence_id, style="dim")
        block.append("\n        ")
        block.append(shown(s.text))
        block.append("\n        ")
        block.append(shown(s.doc_title) or "(untitled)", style="italic")
        block.append(f" ({shown(s.outlet) or '?'}, {shown(s.published) or '?'}) · "
                     f"{s.label or 'unlabeled'}",
                     style="dim")
        if s.source:
            block.append(f" · {shown(s.source)}", style="dim")
        for d in s.disputes:
            block.append(f" · in “{shown(d['title'])}” as {d['role']}", style="yellow")
        block.append(f"\n        why: {shown(s.why)}", style="dim")
        console.print(block)


@disputes.command()
@db_option
@reviewer_option
@json_option
@click.argument("title")
@click.argument("sentence_ids", nargs=-1)
@click.option("--role", default=None, help=f"Role of the sentences: {ROLE_HELP}.")
@handle_errors
def new(db_path, reviewer, as_json, title, sentence_ids, role) -> None:
    """Start a dispute called TITLE, optionally with its first SENTENCE_IDS."""
    from annotator.domain.disputes import (
        check_title,
        create_dispute_with_members,
        resolve_sentence_id,
    )

    db = open_store(db_path)
    who = resolve_reviewer(reviewer)
    check_title(title)  # a bad title is reported before the sentences are looked up
    members = []
    for given in sentence_ids:
        sid = resolve_sentence_id(db, given)
        members.append((sid, _role_for(db, sid, who, role)))
    dispute = create_dispute_with_members(db, title, who, members)
    if as_json:
        _echo_json(dispute)
        return
    tty.echo(f"{dispute['id']}  {shown(dispute['title'])}")
    for m in dispute["members"]:
        tty.echo(f"  {m['role']:9} {m['sentence_id']}")


@disputes.command(name="link")
@db_option
@reviewer_option
@json_option
@click.argument("dispute_id")
@click.argument("sentence_id")
@click.option("--role", default=None, help=f"Role of the sentence: {ROLE_HELP}.")
@handle_errors
def link_(db_path, reviewer, as_json, dispute_id, sentence_id, role) -> None:
    """Add SENTENCE_ID to DISPUTE_ID (or change its role)."""
    from annotator.domain.disputes import link, resolve_dispute_id, resolve_sentence_id

    db = open_store(db_path)
    who = resolve_reviewer(reviewer)
    did, sid = resolve_dispute_id(db, dispute_id), resolve_sentence_id(db, sentence_id)
    row = link(db, did, sid, who, _role_for(db, sid, who, role))
    if as_json:
        _echo_json(row)
    else:
        tty.echo(f"{sid} {row['role']} in {did}")


@disputes.command()
@db_option
@reviewer_option
@json_option
@click.argument("dispute_id")
@click.argument("sentence_id")
@handle_errors
def unlink(db_path, reviewer, as_json, dispute_id, sentence_id) -> None:
    """Take SENTENCE_ID out of DISPUTE_ID (this reviewer's link)."""
    from annotator.domain.disputes import DisputeError, resolve_dispute_id, resolve_sentence_id
    from annotator.domain.disputes import unlink as do_unlink

    db = open_store(db_path)
    who = resolve_reviewer(reviewer)
    did, sid = resolve_dispute_id(db, dispute_id), resolve_sentence_id(db, sentence_id)
    if not do_unlink(db, did, sid, who):
        raise DisputeError(f"sentence {sid} is not in dispute {did} for {who}")
    if as_json:
        _echo_json({"dispute_id": did, "sentence_id": sid, "reviewer": who, "unlinked": True})
    else:
        tty.echo(f"{sid} taken out of {did}")


@disputes.command()
@db_option
@reviewer_option
@json_option
@click.argument("dispute_id")
@click.argument("title")
@handle_errors
def retitle(db_path, reviewer, as_json, dispute_id, title) -> None:
    """Give DISPUTE_ID a new TITLE."""
    from annotator.domain.disputes import resolve_dispute_id
    from annotator.domain.disputes import retitle as do_retitle

    db = open_store(db_path)
    row = do_retitle(db, resolve_dispute_id(db, dispute_id), title, resolve_reviewer(reviewer))
    if as_json:
        _echo_json(row)
    else:
        tty.echo(f"{row['id']}  {shown(row['title'])}")


@disputes.command(name="merge")
@db_option
@reviewer_option
@json_option
@click.argument("keep_id")
@click.argument("drop_id")
@handle_errors
def merge_(db_path, reviewer, as_json, keep_id, drop_id) -> None:
    """Fold dispute DROP_ID into KEEP_ID: every link moves over, DROP_ID is deleted.

    For duplicates (the same proposition started on two machines, then `annotator merge`).
    Where one reviewer linked a sentence in both, the newer link's role is kept and the
    other stays in the history. `annotator disputes undo` by the same reviewer puts both
    back as they were.
    """
    from annotator.domain.disputes import merge_disputes

    result = merge_disputes(open_store(db_path), keep_id, drop_id, resolve_reviewer(reviewer))
    if as_json:
        _echo_json(result)
        return
    tty.echo(f"merged {result['drop']}  {shown(result['dropped_title'])}")
    tty.echo(f"  into {result['keep']}  {shown(result['title'])}")
    tty.echo(f"  {result['moved']} link(s) moved, {result['replaced']} took the dropped "
               f"dispute's newer role, {result['kept']} kept this one's newer role, "
               f"{result['same']} were already here; the history keeps every role")


@disputes.command()
@db_option
@reviewer_option
@json_option
@handle_errors
def undo(db_path, reviewer, as_json) -> None:
    """Undo this reviewer's last dispute change (the history keeps both)."""
    from annotator.domain.disputes import undo_last

    result = undo_last(open_store(db_path), resolve_reviewer(reviewer))
    if as_json:
        _echo_json(result)
    elif result is None:
        tty.echo("Nothing to undo.")
    elif result["action"] == "merge":
        tty.echo(f"undid merge into {result['dispute_id']}: "
                   f"{shown(result['title'])} is back with its links")
    else:
        tty.echo(f"undid {result['action']} in {result['dispute_id']}")


def write_dispute_export(db, output: str | None, reviewer: str | None) -> None:
    """`annotator export --disputes`: one JSON object per dispute, to a file or stdout."""
    from pathlib import Path

    from annotator.cli.progress import progress_bar
    from annotator.exchange.disputes import count_disputes, export_disputes
    from annotator.exchange.records import default_export_path

    if output == "-":
        count = export_disputes(db, tty.stdout(), reviewer=reviewer)
        tty.echo(f"exported {count} disputes", err=True)
        return
    target = Path(output) if output else default_export_path("disputes")
    with progress_bar("Exporting disputes", count_disputes(db)) as advance:
        count = export_disputes(db, target, reviewer=reviewer, on_row=advance,
                                exclusive=not output)
    tty.echo(f"exported {count} disputes to {target}", err=True)
