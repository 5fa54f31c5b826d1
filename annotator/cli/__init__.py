"""The ``annotator`` command line (click). Each command lives in its own module here.

``annotator`` with no command opens the labeling UI, like ``annotator label``.
"""

from __future__ import annotations

import importlib

import click

from annotator import __version__
from annotator.cli.common import db_option, reviewer_option

# command name -> (module, attribute): each module under annotator/cli/ defines one command
# or group, imported only when that command runs (or when --help lists them all), so
# `annotator label` does not pay for the modules of sixteen other commands at start.
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


class Commands(click.Group):
    """The commands of COMMANDS, each module imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attribute = COMMANDS[name]
        return getattr(importlib.import_module(module_name), attribute)


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

