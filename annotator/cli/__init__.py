"""The ``annotator`` command line (click). Each command lives in its own module here.

``annotator`` with no command opens the labeling UI, like ``annotator label``.
"""

from __future__ import annotations

import importlib

import click

from annotator import __version__
from annotator.cli.common import db_option, reviewer_option

# (module, attribute): each module under annotator/cli/ defines one command or group.
COMMANDS: list[tuple[str, str]] = [
    ("annotator.cli.ingest", "ingest"),
    ("annotator.cli.export", "export"),
    ("annotator.cli.import_", "import_"),
    ("annotator.cli.stats", "stats"),
    ("annotator.cli.sources", "sources"),
    ("annotator.cli.merge", "merge"),
    ("annotator.cli.agreement", "agreement"),
    ("annotator.cli.adjudicate", "adjudicate"),
    ("annotator.cli.label", "label"),
    ("annotator.cli.disputes", "disputes"),
    ("annotator.cli.init", "init"),
    ("annotator.cli.where", "where"),
    ("annotator.cli.report", "report"),
    ("annotator.cli.dashboard", "dashboard"),
    ("annotator.cli.serve", "serve"),
    ("annotator.cli.assign", "assign"),
    ("annotator.cli.copy", "copy"),
]


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
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


for module_name, attribute in COMMANDS:
    module = importlib.import_module(module_name)
    main.add_command(getattr(module, attribute))
