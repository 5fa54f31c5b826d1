"""Shared pieces of the attack: running the CLI, hostile strings, labeled databases."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain.annotations import set_annotation


def run_cli(args: list, **kwargs):
    """The real CLI in-process (click's CliRunner), stderr kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def labeled_copy(path: Path, reviewer: str = "ana") -> Path:
    db = open_db(path)
    ids = [r[0] for r in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.seq LIMIT 3")]
    for sid in ids:
        set_annotation(db, sid, reviewer, label="claim")
    db.close()
    return path
