"""Where the database and exports go: --db / ANNOTATOR_DB, a project folder, the checkout,
the user's data folder; `annotator init` and `annotator where`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.base import locations
from annotator.base.resources import SEEDS_DIR
from annotator.cli import main
from annotator.db.connection import open_db
from annotator.exchange.records import default_export_path

CHECKOUT = Path(__file__).resolve().parent.parent


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """The package as if installed in site-packages, run from a plain folder with no project.

    The user's data folder is pointed into tmp (XDG_DATA_HOME on Linux; on other systems
    platformdirs is asked directly, so the test still runs against the real lookup).
    """
    site = tmp_path / "site-packages" / "annotator"
    site.mkdir(parents=True)
    monkeypatch.setattr(locations, "PACKAGE_DIR", site)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_checkout_is_recognised_and_keeps_data_annotator_db(monkeypatch, tmp_path):
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert locations.checkout_root() == CHECKOUT
    home = locations.home()
    assert home.kind == "checkout"
    assert home.database == CHECKOUT / "data" / "annotator.db"
    assert home.exports == CHECKOUT / "exports"
    assert default_export_path().parent == CHECKOUT / "exports"


def test_a_folder_is_a_checkout_only_with_this_projects_pyproject(tmp_path):
    root = tmp_path / "other"
    (root / "annotator").mkdir(parents=True)
    (root / "data").mkdir()
    (root / "seeds").mkdir()
    assert locations.checkout_root(root / "annotator") is None  # no pyproject.toml
    (root / "pyproject.toml").write_text('[project]\nname = "something-else"\n')
    assert locations.checkout_root(root / "annotator") is None
    (root / "pyproject.toml").write_text("not toml [")
    assert locations.checkout_root(root / "annotator") is None
    (root / "pyproject.toml").write_text('[project]\nname = "annotator"\n')
    assert locations.checkout_root(root / "annotator") == root
    (root / "seeds").rmdir()
    assert locations.checkout_root(root / "annotator") is None


def test_installed_the_user_data_folder_holds_database_and_exports(installed, tmp_path):
    home = locations.home()
    assert home.kind == "user"
    assert home.folder == locations.user_folder()
    assert home.database == home.folder / "annotator.db"
    assert home.exports == home.folder / "exports"
    if sys.platform.startswith("linux"):
        assert home.folder == tmp_path / "xdg-data" / "annotator"
    target = default_export_path("disputes")
    assert target.parent == home.exports and target.parent.is_dir()  # made on demand
    assert target.name.startswith("disputes-") and target.suffix == ".jsonl"


def test_first_command_says_where_the_new_database_is_and_why(installed):
    result = run("ingest", str(SEEDS_DIR))
    assert result.exit_code == 0, result.output
    database = locations.user_folder() / "annotator.db"
    assert database.is_file()
    line = f"new database {database} (no --db, ANNOTATOR_DB or project folder)"
    assert line in result.stderr.splitlines()
    again = run("stats", "--json")
    assert again.exit_code == 0
    assert "new database" not in again.stderr
    assert json.loads(again.stdout)["sentences"] > 50
    export = run("export")
    assert export.exit_code == 0
    assert str(locations.user_folder() / "exports" / "annotations-") in export.stderr


def test_a_named_database_is_not_announced(installed, tmp_path, monkeypatch):
    result = run("stats", "--json", "--db", str(tmp_path / "named.db"))
    assert result.exit_code == 0 and result.stderr == ""
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "env.db"))
    result = run("stats", "--json")
    assert result.exit_code == 0 and result.stderr == ""
    assert (tmp_path / "env.db").is_file()
    assert not locations.user_folder().exists()


def test_init_makes_a_project_folder_that_commands_below_it_use(installed, monkeypatch):
    result = run("init", "korea")
    assert result.exit_code == 0, result.output
    project = installed / "korea"
    assert result.stdout.splitlines()[0] == f"made project folder {project}"
    for made in ("annotator.toml", "annotator.db", "exports/"):
        assert made in result.stdout
    assert (project / "annotator.toml").is_file() and (project / "exports").is_dir()
    assert open_db(project / "annotator.db").table_names()  # migrated, ready

    below = project / "notes" / "day1"
    below.mkdir(parents=True)
    monkeypatch.chdir(below)
    assert run("ingest", str(SEEDS_DIR)).exit_code == 0
    db = open_db(project / "annotator.db")
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    db.close()
    assert not locations.user_folder().exists()  # nothing went to the user folder
    where = json.loads(run("where", "--json").stdout)
    assert where["database"] == {"path": str(project / "annotator.db"),
                                 "why": f"project folder {project}", "exists": True}
    assert where["exports"]["path"] == str(project / "exports")
    assert default_export_path().parent == project / "exports"


def test_init_refuses_a_folder_that_already_is_a_project(installed):
    assert run("init").exit_code == 0
    marker = (installed / "annotator.toml").read_text()
    result = run("init", str(installed))
    assert result.exit_code == 1
    assert result.stderr == (f"annotator: error: {installed} is already an annotator project "
                             "folder (annotator.toml is there)\n")
    assert (installed / "annotator.toml").read_text() == marker


def test_init_keeps_an_annotator_database_and_refuses_anything_else(installed):
    kept = installed / "kept"
    kept.mkdir()
    db = open_db(kept / "annotator.db")
    db["documents"].insert({"id": "d1"}, alter=True)
    db.close()
    result = run("init", "kept")
    assert result.exit_code == 0 and "kept the one already here" in result.stdout

    junk = installed / "junk"
    junk.mkdir()
    (junk / "annotator.db").write_bytes(b"this is not sqlite at all" * 100)
    result = run("init", "junk")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "junk/annotator.db" in result.stderr
    assert not (junk / "annotator.toml").exists()  # no half-made project


def test_a_project_folder_wins_over_the_checkout_and_the_variable_over_both(
        tmp_path, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    (tmp_path / "annotator.toml").write_text("# project\n")
    monkeypatch.chdir(tmp_path)
    assert locations.database_location().path == tmp_path / "annotator.db"
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "elsewhere.db"))
    chosen = locations.database_location()
    assert (chosen.path, chosen.why, chosen.implicit) == (
        tmp_path / "elsewhere.db", "ANNOTATOR_DB", False)
    assert locations.exports_location().path == tmp_path / "exports"  # exports stay put


def test_where_from_the_checkout_as_a_subprocess(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATOR_DB"}
    proc = subprocess.run([sys.executable, "-m", "annotator", "where"], cwd=tmp_path,
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].startswith(
        f"database  {CHECKOUT / 'data' / 'annotator.db'}  (running from the checkout {CHECKOUT}")
    proc = subprocess.run([sys.executable, "-m", "annotator", "--db", "x.db", "where"],
                          cwd=tmp_path, capture_output=True, text=True, env=env)
    assert proc.stdout.splitlines()[0] == f"database  {tmp_path / 'x.db'}  (--db, not made yet)"
    assert not (tmp_path / "x.db").exists()



@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is Linux's")
def test_a_user_data_folder_that_cannot_be_made_is_one_line(installed, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    result = run("stats")
    assert result.exit_code == 1
    assert result.stderr == (f"annotator: error: {blocker / 'annotator'}: cannot make the folder "
                             "for the database (Not a directory; no --db, ANNOTATOR_DB or "
                             "project folder)\n")
