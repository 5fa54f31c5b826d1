"""The ``annotator`` command line (click). Each command lives in its own module here.

``annotator`` with no command opens the labeling UI, like ``annotator label``.
"""

from __future__ import annotations

import importlib

import click

from annotator import __version__
from annotator.cli.common import db_option, reviewer_option

# command -> (module, attribute): each module under annotator/cli/ defines one command or
# group, imported only when that command runs (or --help lists them all).
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
    """The commands, each imported from its module when first asked for: a command's start
    then costs what it needs, not what every other command imports (rich's progress bars,
    the UI, numpy)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            module, attribute = COMMANDS[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return self.commands.get(name)


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
