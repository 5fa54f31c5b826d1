"""The ``annotator`` command line (click). Each command lives in its own module here.

``annotator`` with no command opens the labeling UI, like ``annotator label``.
"""

from __future__ import annotations

import importlib

import click

from annotator import __version__
from annotator.cli.common import db_option, reviewer_option

# command -> (module, attribute): each module under annotator/cli/ defines one command or
# group, imported only when that command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": ("annotator.cli.ingest", "ingest"),
    "export": ("annotator.cli.export", "export"),
    "import": ("annotator.cli.import_", "import_"),
    "stats": ("annotator.cli.stats", "stats"),
    "sources": ("annotator.cli.sources", "sources"),
    "merge": ("annotator.cli.merge", "merge"),
    "agreement": ("annotator.cli.agreement", "agreement"),
    "adjudicate": ("annotator.cli.adjudicate", "adjudicate"),
    "label": ("annotator.cli.label", "label"),
    "disputes": ("annotator.cli.disputes", "disputes"),
    "init": ("annotator.cli.init", "init"),
    "where": ("annotator.cli.where", "where"),
    "report": ("annotator.cli.report", "report"),
    "dashboard": ("annotator.cli.dashboard", "dashboard"),
    "serve": ("annotator.cli.serve", "serve"),
    "assign": ("annotator.cli.assign", "assign"),
    "copy": ("annotator.cli.copy", "copy"),
}

# command -> the first paragraph of its help, which `annotator --help` lists: listing them
# this way imports no command's module (all of them cost about 0.3 s: rich's tables and
# bars, the domain). tests/test_cli_start.py checks each against its command's docstring.
SUMMARIES: dict[str, str] = {
    "adjudicate": "Settle the sentences reviewers disagree on, one at a time (the adjudication "
                  "screen).",
    "agreement": "How far reviewers agree, and on how many sentences each figure rests.",
    "assign": "Who labels what: give documents (or a share of the corpus) to named reviewers "
              "with an overlap rule, show the plan, rebalance it.",
    "copy": "Copy the whole database SRC into DST, a new or empty database.",
    "dashboard": "Open the lead's dashboard: labeling progress over time per reviewer, labels "
                 "per hour, agreement per label, the confusion heat map of a pair of reviewers "
                 "(p: next pair) and the disputes with their open disagreements. r recomputes, "
                 "q quits. `annotator report` writes the same figures to one HTML file.",
    "disputes": "Disputes: allegations and their denials linked across articles.",
    "export": 'Write one JSON record per sentence (see README, "Export format").',
    "import": "Read FILE (annotations, gold labels, dispute links) into the database.",
    "ingest": "Read .txt, .jsonl and .csv files (or folders of them) into the database.",
    "init": "Make FOLDER (default: the current one) a project folder.",
    "label": "Open the labeling UI: one sentence at a time, one key per label.",
    "merge": "Fold other reviewers' databases (OTHERS: files, or postgresql:// URLs) into this "
             "one.",
    "report": "Write the lead's picture of the work as one HTML file for editors: progress over "
              "time per reviewer, labels per hour, agreement per label, a pair's confusion heat "
              "map and the disputes with their open disagreements. It needs nothing else to "
              "open (no network, no scripts): mail it or put it on a shared drive.",
    "serve": "Serve the labeling app to web browsers (textual-serve), for colleagues who do not "
             "use a terminal.",
    "sources": "The registry of sources (people, offices, governments, outlets, wires).",
    "stats": "Show how far labeling has come: by document, by label and by reviewer.",
    "where": "Show the database and the exports folder used from here, and how each was "
             "chosen.",
}


class Commands(click.Group):
    """The commands, each imported from its module when first asked for: a command's start
    then costs what it needs, not what every other command imports (rich's progress bars,
    the UI, numpy). ``--help`` lists them from SUMMARIES without importing any."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            module, attribute = COMMANDS[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return self.commands.get(name)

    def listed(self, ctx: click.Context, name: str) -> click.Command | None:
        """The command as ``--help`` lists it: itself once imported, else a stand-in
        carrying its summary (the same line click makes from the command's own help)."""
        if name in self.commands or name not in SUMMARIES:
            return self.get_command(ctx, name)
        return click.Command(name, help=SUMMARIES[name])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's own listing, with each command's summary read from SUMMARIES."""
        commands = [(name, command) for name in self.list_commands(ctx)
                    if (command := self.listed(ctx, name)) is not None and not command.hidden]
        if not commands:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in commands)
        rows = [(name, command.get_short_help_str(limit)) for name, command in commands]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=Commands, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@reviewer_option
@click.version_option(__version__, prog_name="annotator")
@click.pass_context
def main(ctx: click.Context, db_path, reviewer) -> None:
    """Label, link and adjudicate the sentences of a news corpus at the keyboard.

    With no command, opens the labeling UI (same as `annotator label`).
    """
    if ctx.invoked_subcommand is None:
        label = main.get_command(ctx, "label")
        if label is None:
            raise click.UsageError("the labeling UI is not installed in this build")
        ctx.invoke(label, db_path=db_path, reviewer=reviewer)
