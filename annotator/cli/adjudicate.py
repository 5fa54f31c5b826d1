"""``annotator adjudicate``: the adjudication screen, and the queue and decisions for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.base.errors import AnnotatorError
from annotator.base.text import visible
from annotator.cli import output as tty
from annotator.cli.app_exit import exits_with_app_code
from annotator.cli.common import (
    db_option,
    handle_errors,
    json_option,
    open_store,
    resolve_db,
    resolve_reviewer,
    reviewer_option,
)
from annotator.cli.tables import print_table

kind_option = click.option(
    "--kind", "kinds", multiple=True,
    type=click.Choice(["label", "source", "confidence", "disputes"]),
    help="Only disagreements of this kind; repeatable.",
)
reason_option = click.option(
    "--reason", default=None, type=click.Choice(["guideline", "ambiguous", "error"]),
    help="Why the reviewers disagreed: guideline unclear, ambiguous text, reviewer error "
         "(`annotator agreement` reports them).",
)
document_option = click.option(
    "--document", "documents", multiple=True, metavar="ID",
    help="Only sentences of this document (id or its first characters); repeatable.",
)


@click.group(invoke_without_command=True)
@db_option
@reviewer_option
@click.option("--document", "document", default=None, metavar="ID",
              help="Open on this document's disagreements (id or its first characters).")
@click.option("--kind", "kind", default=None,
              type=click.Choice(["label", "source", "confidence", "disputes"]),
              help="Open on disagreements of this kind only.")
@click.pass_context
@exits_with_app_code
@handle_errors
def adjudicate(ctx: click.Context, db_path: Path | None, reviewer: str | None,
               document: str | None, kind: str | None) -> int | None:
    """Settle the sentences reviewers disagree on, one at a time (the adjudication screen).

    Keys: 1-9 take reviewer N's annotation; c/a/d/x (or the label keys) set your own
    label; s source(s), +/- confidence, l dispute links, e rationale, u undo your last
    decision, n/p or j/k
    move, f filter by document or kind, ? help, q quit. The decision is the gold label.
    Subcommands (queue, decide, take, undo) do the same from scripts.
    """
    if ctx.invoked_subcommand is not None:
        return None
    from annotator.analysis.agreement import resolve_documents

    path = resolve_db(db_path)
    who = resolve_reviewer(reviewer)
    db = open_store(path)
    try:
        documents = resolve_documents(db, [document]) if document else []
    finally:
        db.close()
    from annotator.ui.app import AnnotatorApp

    app = AnnotatorApp(path, who, start="adjudicate", documents=documents,
                       kinds=[kind] if kind else [])
    app.run()
    return app.return_code  # 129 after a hang-up (cli/app_exit.py)


@adjudicate.command("queue")
@db_option
@document_option
@kind_option
@click.option("--all", "include_settled", is_flag=True, help="Include settled ones too.")
@json_option
@handle_errors
def queue_command(db_path, documents, kinds, include_settled, as_json) -> None:
    """List the disagreements, in corpus order."""
    from rich.table import Table
    from rich.text import Text

    from annotator.analysis.agreement import resolve_documents
    from annotator.domain.adjudication import queue, reviewer_annotations

    db = open_store(db_path)
    try:
        documents = resolve_documents(db, documents) if documents else []
        items = queue(db, documents=documents, kinds=kinds, include_settled=include_settled)
        for item in items:
            item.reviewers = reviewer_annotations(db, item.sentence_id)
    finally:
        db.close()
    if as_json:
        tty.echo_json([i.as_dict() for i in items])
        return
    console = tty.console()
    if not console.is_terminal:  # piped: one greppable line per disagreement
        print_table(f"{len(items)} disagreement(s)",
                    ["sentence", "differs in", "text", "reviewers", "gold"],
                    [[item.sentence_id, ",".join(item.kinds), item.text,
                      "; ".join(f"{n}. {a['reviewer']}: {a['label']} / {_spoken(a)} / "
                                f"{a['confidence']}" for n, a in enumerate(item.reviewers, 1)),
                      item.gold["label"] if item.gold else ""] for item in items],
                    console=console)
        return
    table = Table(title=f"{len(items)} disagreement(s)")
    for col in ("sentence", "differs in", "text", "reviewers", "gold"):
        table.add_column(col)
    for item in items:
        who = "\n".join(
            visible(f"{n}. {a['reviewer']}: {a['label']} / {_spoken(a)} / "
                    f"{a['confidence']}")
            for n, a in enumerate(item.reviewers, 1)
        )
        gold = item.gold["label"] if item.gold else ""
        table.add_row(item.sentence_id, ", ".join(item.kinds), Text(visible(item.text)),
                      Text(who), gold)
    console.print(table)


def _spoken(annotation: dict) -> str:
    """A reviewer's speakers: "Korea Selatan + Jepang" for a joint statement, "-" for none."""
    from annotator.domain.annotations import speakers

    return " + ".join(speakers(annotation)) or "-"


def _sentence(db, prefix: str) -> str:
    from annotator.domain.disputes import resolve_sentence_id

    return resolve_sentence_id(db, prefix)


@adjudicate.command("decide")
@db_option
@reviewer_option
@click.argument("sentence")
@click.option("--label", required=True, help="The gold label.")
@click.option("--source", "sources", multiple=True, metavar="NAME",
              help="The gold source: a name or alias in the registry (others are refused); "
                   "repeat it for a joint statement's speakers (the first is `source`).")
@click.option("--confidence", default=None, help="The gold confidence (default: the scale's).")
@click.option("--rationale", default=None, help="Why.")
@click.option("--link", "links", multiple=True, metavar="DISPUTE:ROLE",
              help="Settle the sentence's dispute links: it is in DISPUTE (id or its first "
                   "characters) with ROLE; repeatable.")
@click.option("--no-links", is_flag=True, help="Settle that the sentence is in no dispute.")
@reason_option
@json_option
@handle_errors
def decide_command(db_path, reviewer, sentence, label, sources, confidence, rationale, links,
                   no_links, reason, as_json) -> None:
    """Set the gold label of SENTENCE (id or its first characters), and with --link or
    --no-links its dispute links (otherwise links stay as decided before)."""
    from annotator.domain.adjudication import KEEP, decide

    if links and no_links:
        raise AnnotatorError("--link and --no-links contradict each other; give one")
    db = open_store(db_path)
    try:
        sid = _sentence(db, sentence)
        gold = decide(db, sid, label=label, source=None, sources=list(sources),
                      confidence=confidence,
                      adjudicator=resolve_reviewer(reviewer), rationale=rationale,
                      disputes=list(links) if links else [] if no_links else KEEP,
                      reason=reason or KEEP, strict_source=True)
    finally:
        db.close()
    _print_gold(gold, as_json)


@adjudicate.command("take")
@db_option
@reviewer_option
@click.argument("sentence")
@click.argument("whose")
@click.option("--rationale", default=None, help="Why.")
@reason_option
@json_option
@handle_errors
def take_command(db_path, reviewer, sentence, whose, rationale, reason, as_json) -> None:
    """Make WHOSE annotation (a reviewer's name, or N for the N-th) the gold of SENTENCE:
    their label, speakers (every one of a joint statement) and confidence, and their
    dispute links with their roles."""
    from annotator.domain.adjudication import KEEP, take

    db = open_store(db_path)
    try:
        sid = _sentence(db, sentence)
        chosen = int(whose) if whose.isdigit() else whose
        gold = take(db, sid, chosen, adjudicator=resolve_reviewer(reviewer),
                    rationale=rationale, reason=reason or KEEP)
    finally:
        db.close()
    _print_gold(gold, as_json)


@adjudicate.command("links")
@db_option
@reviewer_option
@click.argument("sentence")
@click.argument("links", nargs=-1, metavar="[DISPUTE:ROLE]...")
@click.option("--none", "no_links", is_flag=True, help="Settle that it is in no dispute.")
@click.option("--rationale", default=None, help="Why.")
@json_option
@handle_errors
def links_command(db_path, reviewer, sentence, links, no_links, rationale, as_json) -> None:
    """Settle only the dispute links of SENTENCE: DISPUTE:ROLE for each dispute it is in
    (e.g. 3f2a9c1e:denies), or --none. The label stays as decided, or as the reviewers
    agree; where they differ, decide it first."""
    from annotator.domain.adjudication import decide_links

    if bool(links) == no_links:
        raise AnnotatorError("give DISPUTE:ROLE links or --none (one of the two)")
    db = open_store(db_path)
    try:
        gold = decide_links(db, _sentence(db, sentence), list(links),
                            adjudicator=resolve_reviewer(reviewer), rationale=rationale)
    finally:
        db.close()
    _print_gold(gold, as_json)


@adjudicate.command("undo")
@db_option
@reviewer_option
@json_option
@handle_errors
def undo_command(db_path, reviewer, as_json) -> None:
    """Undo your last decision (the history keeps it)."""
    from annotator.domain.adjudication import undo_last

    db = open_store(db_path)
    try:
        result = undo_last(db, resolve_reviewer(reviewer))
    finally:
        db.close()
    if as_json:
        tty.echo_json(result, indent=None)
    elif result is None:
        tty.echo("nothing to undo")
    else:
        restored = result["restored"]
        state = f"gold is {restored['label']} again" if restored else "no gold label now"
        tty.echo(f"undid your decision on {result['sentence_id']}: {state}")


def _print_gold(gold: dict, as_json: bool) -> None:
    from annotator.domain.adjudication import gold_speakers

    links = json.loads(gold["disputes"]) if gold.get("disputes") is not None else None
    sources = json.loads(gold["sources"]) if gold.get("sources") else None
    if as_json:
        tty.echo_json({**gold, "disputes": links, "sources": sources}, indent=None)
    else:
        settled = ("" if links is None else "; in no dispute" if not links else
                   "; " + ", ".join(f"{link['role']} in {link['id'][:8]}" for link in links))
        tty.echo(
            f"gold {gold['sentence_id']}: {gold['label']} / "
            f"{' + '.join(gold_speakers(gold)) or '-'} / "
            f"{gold['confidence']}{visible(settled)} (by {gold['adjudicator']})"
        )
