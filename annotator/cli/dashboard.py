"""``annotator dashboard``: the lead's dashboard in the terminal (also `D` in the app)."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli.app_exit import exits_with_app_code
from annotator.cli.common import (
    db_option,
    handle_errors,
    resolve_db,
    resolve_reviewer,
    reviewer_option,
)


@click.command()
@db_option
@reviewer_option
@exits_with_app_code
@handle_errors
def dashboard(db_path: Path | None, reviewer: str | None) -> int | None:
    """Open the lead's dashboard: labeling progress over time per reviewer, labels per
    hour, agreement per label, the confusion heat map of a pair of reviewers (p: next
    pair) and the disputes with their open disagreements. r recomputes, q quits.
    `annotator report` writes the same figures to one HTML file."""
    path = resolve_db(db_path)
    who = resolve_reviewer(reviewer)
    from annotator.db.connection import open_db

    open_db(path).close()  # made and migrated if new, refused if too new: one line
    from annotator.ui.app import AnnotatorApp

    app = AnnotatorApp(path, who, start="dashboard")
    app.run()
    return app.return_code  # 129 after a hang-up (cli/app_exit.py)
