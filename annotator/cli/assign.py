"""``annotator assign``: give documents to reviewers with an overlap rule; queues follow it."""

from __future__ import annotations

import click

from annotator.base.errors import AnnotatorError
from annotator.cli import output as tty
from annotator.cli.common import (
    db_option,
    handle_errors,
    json_option,
    open_store,
    resolve_reviewer,
    reviewer_option,
)
from annotator.cli.tables import print_table


@click.group()
def assign() -> None:
    """Who labels what: give documents (or a share of the corpus) to named reviewers with
    an overlap rule, show the plan, rebalance it.

    A reviewer with an assignment sees only it in their queue (`n`, where they resume, the
    progress bar); `annotator label --all` or `A` in the UI shows every sentence.
    """


def _plan_tables(plan, as_json: bool, applied=None) -> None:
    if as_json:
        out = {"rule": plan.rule, "reviewers": plan.rows(), "documents": plan.by_document()}
        if applied is not None:
            out["added"], out["removed"] = applied.added, applied.removed
        tty.echo_json(out)
        return
    print_table(
        f"Plan: {plan.rule}", ["document", "title", "sentences", *plan.reviewers],
        [[d["doc_id"][:8], d["title"] or "", d["sentences"],
          *(d["reviewers"].get(r, "") for r in plan.reviewers)] for d in plan.by_document()],
        right=["sentences", *plan.reviewers])
    print_table(
        "Per reviewer", ["reviewer", "documents", "sentences", "shared"],
        [[r["reviewer"], r["documents"], r["sentences"], r["overlap"]] for r in plan.rows()],
        right=["documents", "sentences", "shared"])


@assign.command("make")
@db_option
@reviewer_option
@click.argument("reviewers", nargs=-1, required=True)
@click.option("--per-document", default=1, show_default=True, type=int,
              help="How many reviewers get each document (2: every document labeled twice).")
@click.option("--overlap", default=None, metavar="SHARE",
              help="A share of the sentences (e.g. 20%) given to one more reviewer each, "
                   "for agreement figures.")
@click.option("--document", "documents", multiple=True, metavar="ID",
              help="Only this document (id or its first characters); repeatable.")
@click.option("--share", default=None, metavar="SHARE",
              help="Only the first SHARE of the documents in corpus order (e.g. 50%).")
@click.option("--dry-run", is_flag=True, help="Show the plan without saving it.")
@json_option
@handle_errors
def make(db_path, reviewer, reviewers, per_document, overlap, documents, share, dry_run,
         as_json) -> None:
    """Give the documents to REVIEWERS (names, or one comma-separated list) and show the plan.

    Each document goes to the --per-document least-loaded reviewers (load is counted in
    sentences); --overlap adds a second reviewer to a share of the sentences. The plan
    replaces the assignment of the documents it covers; other documents keep theirs.
    """
    from annotator.analysis.agreement import resolve_documents
    from annotator.domain.assignments import apply_plan, make_plan, parse_share

    db = open_store(db_path)
    try:
        docs = resolve_documents(db, documents) if documents else []
        plan = make_plan(db, reviewers, per_document=per_document,
                         overlap=parse_share(overlap) if overlap else 0.0, documents=docs,
                         share=parse_share(share) if share else 1.0)
        applied = None if dry_run else apply_plan(db, plan, resolve_reviewer(reviewer))
    finally:
        db.close()
    _plan_tables(plan, as_json, applied)
    if not as_json:
        if applied is None:
            tty.echo("dry run: nothing saved", err=True)
        else:
            tty.echo(f"assigned: {applied.added} added, {applied.removed} removed", err=True)


@assign.command("show")
@db_option
@json_option
@handle_errors
def show(db_path, as_json) -> None:
    """The assignment in force, by document and by reviewer (assigned, done, remaining)."""
    from annotator.domain.assignments import current_plan, progress

    db = open_store(db_path)
    try:
        plan = current_plan(db)
        figures = progress(db)
    finally:
        db.close()
    if as_json:
        tty.echo_json({"documents": plan.by_document(), "reviewers": figures})
        return
    if not figures:
        tty.echo("no assignments: every reviewer's queue is the whole corpus")
        return
    print_table(
        "Assignment", ["document", "title", "sentences", *plan.reviewers],
        [[d["doc_id"][:8], d["title"] or "", d["sentences"],
          *(d["reviewers"].get(r, "") for r in plan.reviewers)] for d in plan.by_document()],
        right=["sentences", *plan.reviewers])
    print_table("Per reviewer", ["reviewer", "documents", "assigned", "done", "remaining"],
                [[f["reviewer"], f["documents"], f["assigned"], f["done"], f["remaining"]]
                 for f in figures], right=["documents", "assigned", "done", "remaining"])


@assign.command("rebalance")
@db_option
@reviewer_option
@click.argument("reviewers", nargs=-1, required=True)
@json_option
@handle_errors
def rebalance_command(db_path, reviewer, reviewers, as_json) -> None:
    """Share the remaining (unlabeled) work evenly among REVIEWERS, keeping the overlap.

    Name the team as it is now: a reviewer left out hands their unlabeled sentences to the
    others, a new name takes a share. Work already done stays with whoever did it.
    """
    from annotator.domain.assignments import progress, rebalance

    db = open_store(db_path)
    try:
        applied = rebalance(db, reviewers, resolve_reviewer(reviewer))
        figures = progress(db)
    finally:
        db.close()
    if as_json:
        tty.echo_json({"moved": applied.removed, "reviewers": figures})
        return
    print_table("Per reviewer", ["reviewer", "documents", "assigned", "done", "remaining"],
                [[f["reviewer"], f["documents"], f["assigned"], f["done"], f["remaining"]]
                 for f in figures], right=["documents", "assigned", "done", "remaining"])
    tty.echo(f"rebalanced: {applied.removed} sentence assignment(s) moved", err=True)


@assign.command("give")
@db_option
@reviewer_option
@click.argument("to")
@click.argument("documents", nargs=-1, required=True)
@handle_errors
def give(db_path, reviewer, to, documents) -> None:
    """Give DOCUMENTS (ids or their first characters) to reviewer TO as well."""
    from annotator.analysis.agreement import resolve_documents
    from annotator.domain.assignments import assign_documents

    db = open_store(db_path)
    try:
        added = assign_documents(db, resolve_documents(db, documents), to,
                                 resolve_reviewer(reviewer))
    finally:
        db.close()
    tty.echo(f"gave {added} sentence(s) to {to}")


@assign.command("clear")
@db_option
@reviewer_option
@click.argument("reviewers", nargs=-1)
@handle_errors
def clear_command(db_path, reviewer, reviewers) -> None:
    """Remove the assignments of REVIEWERS (names, or one comma-separated list; none:
    everyone's): their queue is every sentence. A name without an assignment (a typo) is
    an error, and nothing is removed."""
    from annotator.domain.assignments import clear, has_assignment, progress

    names = list(dict.fromkeys(n.strip() for r in reviewers for n in r.split(",") if n.strip()))
    db = open_store(db_path)
    try:
        unknown = [name for name in names if not has_assignment(db, name)]
        if unknown:
            holders = ", ".join(row["reviewer"] for row in progress(db)) or "nobody"
            raise AnnotatorError(f"no assignment to clear for {', '.join(unknown)} "
                                 f"(reviewers with one: {holders})")
        removed = clear(db, resolve_reviewer(reviewer), names)
    finally:
        db.close()
    tty.echo(f"removed {removed} sentence assignment(s)")
