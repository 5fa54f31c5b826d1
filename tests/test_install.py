"""The wheel installs anywhere: built from the source, installed into a fresh venv, run from a
folder outside the checkout with its own home, it finds its shipped data and seeds, keeps its
database in the user's data folder, and honours a project folder made by `annotator init`.

Speed: the wheel is built without build isolation (setuptools comes with the test extras) and
installed with --no-deps; the new venv sees the dependencies through a .pth file naming this
interpreter's site-packages, appended after its own, so `import annotator` finds the wheel
(asserted) while textual, sqlite-utils and the rest are not downloaded again.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent
SHIPPED = ("annotator/data/labels.json", "annotator/data/chrome_rules.json",
           "annotator/data/sources.json", "annotator/data/export_record.schema.json",
           "annotator/data/dispute_record.schema.json", "annotator/data/label_model.json",
           "annotator/ui/app.tcss")


def sh(*args, **kwargs) -> subprocess.CompletedProcess:
    """Run a command; fail the test with its output if it fails."""
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, **kwargs)
    assert proc.returncode == 0, f"{args}\n{proc.stdout}\n{proc.stderr}"
    return proc


def source_copy(dest: Path) -> Path:
    """What a release is built from, copied so the build leaves nothing in the checkout.

    annotator/data and annotator/seeds stay links to data/ and seeds/, as in the checkout.
    """
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(CHECKOUT / name, dest / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.db", "*.db-*")
    for name in ("annotator", "data", "seeds"):
        shutil.copytree(CHECKOUT / name, dest / name, symlinks=True, ignore=skip)
    assert (dest / "annotator" / "seeds").is_symlink()
    return dest


def build(args: list[str], tmp: Path) -> Path:
    src = source_copy(tmp)
    out = tmp / "dist"
    sh(sys.executable, "-m", "build", "--no-isolation", *args, "--outdir", out, src)
    (wheel,) = out.glob("*.whl")
    return wheel


def wheel_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {n for n in archive.namelist() if ".dist-info/" not in n}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return build(["--wheel"], tmp_path_factory.mktemp("build"))


def test_the_wheel_carries_data_and_seeds_and_so_does_one_built_from_the_sdist(
        wheel, tmp_path):
    files = wheel_files(wheel)
    seeds = sorted(p.name for p in (CHECKOUT / "seeds").glob("*.txt"))
    assert seeds and all(f"annotator/seeds/{name}" in files for name in seeds)
    assert set(SHIPPED) <= files
    assert not any(n.startswith(("tests/", "benchmarks/", "data/", "seeds/")) for n in files)
    via_sdist = build([], tmp_path)  # sdist first, then a wheel built from the sdist
    assert len(list(via_sdist.parent.glob("annotator-*.tar.gz"))) == 1
    assert wheel_files(via_sdist) == files


def make_venv(tmp: Path, wheel: Path) -> Path:
    """A new venv with the wheel installed and this interpreter's dependencies visible."""
    venv = tmp / "venv"
    # without PYTHONPATH: a checkout on it (annotator.egg-info beside the package) would tell
    # pip that annotator is installed already, and the wheel would be skipped
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    sh(sys.executable, "-m", "venv", "--without-pip", venv, env=env)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    sh(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
       "--no-index", "--disable-pip-version-check", wheel, env=env)
    purelib = Path(sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                      env=env).stdout.strip())
    deps = [*site.getsitepackages(), site.getusersitepackages()]
    (purelib / "zz_dependencies.pth").write_text(
        "".join(f"{p}\n" for p in deps if Path(p).is_dir() and Path(p) != CHECKOUT))
    return venv


UI_SCRIPT = textwrap.dedent("""
    # The labeling UI, headless, on the database a bare `annotator` would open here.
    import asyncio, sys
    from annotator.base.locations import default_db_path
    from annotator.cli.label import ingest_seeds_if_empty
    from annotator.ui.app import AnnotatorApp

    path = default_db_path()
    print(ingest_seeds_if_empty(path))  # the first run ingests the seeds the wheel ships
    app = AnnotatorApp(path, "ayu")

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.press("c")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("q")

    asyncio.run(main())
    print(path)
""")


def test_the_installed_wheel_runs_outside_the_checkout(wheel, tmp_path):
    venv = make_venv(tmp_path, wheel)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    annotator, python = bin_dir / "annotator", bin_dir / "python"
    home = tmp_path / "home"
    data_home = home / ".local" / "share"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ANNOTATOR_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(data_home),
               XDG_CONFIG_HOME=str(home / ".config"), ANNOTATOR_REVIEWER="ayu",
               PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}")
    work = tmp_path / "work"
    work.mkdir()

    def run(*args, cwd=work):
        return sh(*args, cwd=cwd, env=env)

    # the package and its data come from the venv, not the checkout
    where = json.loads(run(python, "-c", "import json, annotator, annotator.base.resources as r;"
                           "print(json.dumps([annotator.__file__, str(r.SEEDS_DIR)]))").stdout)
    assert all(Path(p).is_relative_to(venv) for p in where), where

    # ingest a copy of the seeds: the new database goes to the user's data folder, announced
    shutil.copytree(CHECKOUT / "seeds", work / "corpus")
    database = data_home / "annotator" / "annotator.db"
    ingested = run(annotator, "ingest", "corpus")
    assert (f"new database {database} (no --db, ANNOTATOR_DB or project folder)"
            in ingested.stderr.splitlines())
    assert database.is_file()
    run(annotator, "export", "-o", "out.jsonl", "--all")
    records = [json.loads(line) for line in (work / "out.jsonl").read_text().splitlines()]
    assert len(records) > 50 and {r["status"] for r in records} == {"unlabeled"}
    run(annotator, "export")  # no -o: the exports folder beside the database, made on demand
    assert len(list((data_home / "annotator" / "exports").glob("annotations-*.jsonl"))) == 1

    # a project folder: its own database, found from below it; the UI labels into it
    made = run(annotator, "init", "proj")
    project = work / "proj"
    assert made.stdout.splitlines()[0] == f"made project folder {project}"
    below = project / "week1"
    below.mkdir()
    ui = run(python, "-c", UI_SCRIPT, cwd=below).stdout.split()
    assert int(ui[0]) > 50 and Path(ui[1]) == project / "annotator.db"
    with closing(sqlite3.connect(project / "annotator.db")) as db:
        saved = db.execute("SELECT reviewer, label FROM annotations").fetchall()
        documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert saved == [("ayu", "claim")] and documents == 5
    run(annotator, "export", "-o", "labels.jsonl", cwd=below)
    (record,) = [json.loads(x) for x in (below / "labels.jsonl").read_text().splitlines()]
    assert (record["label"], record["status"]) == ("claim", "single")
    shown = run(annotator, "where", cwd=below).stdout
    assert f"database  {project / 'annotator.db'}  (project folder {project})" in shown

    # the user's database was left alone, and nothing landed in the home outside the data
    with closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    assert sorted(p.name for p in home.iterdir()) == [".local"]
