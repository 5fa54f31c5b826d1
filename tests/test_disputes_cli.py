"""`annotator disputes ...` through click's runner and as a real subprocess, on the seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.domain.annotations import set_annotation

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL

ACCUSATION_000 = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%"
DENIAL_002 = "Namun juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat%"
DENIAL_000 = "Kementerian luar negeri Korea Utara menolak tuduhan%"


def sid(db, pattern):
    return db.execute("SELECT id FROM sentences WHERE text LIKE ? AND excluded IS NULL",
                      [pattern]).fetchone()[0]


def cli(db_path, *args, reviewer="ana", ok=True):
    result = CliRunner().invoke(
        main, ["disputes", args[0], "--db", str(db_path), *(
            ["--reviewer", reviewer] if args[0] not in ("list", "show") else []), *args[1:]])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_new_link_show_list_unlink_round_trip(seeded_db, db_path):
    db = seeded_db
    accusation, denial = sid(db, ACCUSATION_000), sid(db, DENIAL_002)
    set_annotation(db, accusation, "ana", label="accusation", source="Pejabat AS")
    out = json.loads(cli(db_path, "new", "Korea Utara memasok senjata ke Rusia",
                         accusation[:10], "--json").output)
    did = out["id"]
    assert out["members"][0]["role"] == "alleges"  # proposed from the label
    cli(db_path, "link", did[:6], denial, "--role", "denies")
    shown = json.loads(cli(db_path, "show", did[:6], "--json").output)
    assert [m["sentence_id"] for m in shown["members"]["alleges"]] == [accusation]
    assert shown["members"]["alleges"][0]["source"] == "Pejabat AS"
    assert shown["members"]["denies"][0]["outlet"]
    assert shown["documents"] == 2
    listed = json.loads(cli(db_path, "list", "--json").output)
    assert listed[0]["roles"]["denies"] == 1

    cli(db_path, "retitle", did[:8], "Korut memasok senjata ke Rusia", reviewer="budi")
    assert json.loads(cli(db_path, "list", "--json").output)[0]["title"] == (
        "Korut memasok senjata ke Rusia")
    table = cli(db_path, "show", did).output
    assert "alleges" in table and "denies" in table and "Pejabat AS" in table
    cli(db_path, "unlink", did, denial)
    assert json.loads(cli(db_path, "show", did, "--json").output)["members"]["denies"] == []
    cli(db_path, "undo")
    assert len(json.loads(cli(db_path, "show", did, "--json").output)["members"]["denies"]) == 1


def test_suggest_json_and_table_lead_to_the_denials(seeded_db, db_path):
    accusation = sid(seeded_db, ACCUSATION_000)
    data = json.loads(cli(db_path, "suggest", accusation, "--json").output)
    ids = [s["sentence_id"] for s in data["sentences"]]
    assert ids[0] == sid(seeded_db, DENIAL_000)
    assert sid(seeded_db, DENIAL_002) in ids[:5]
    first = data["sentences"][0]
    assert {"score", "why", "relation", "doc_title", "outlet", "label", "source"} <= set(first)
    table = cli(db_path, "suggest", accusation[:12]).output
    assert "answers" in table and "menolak" in table


def test_errors_are_one_line_and_change_nothing(seeded_db, db_path):
    accusation = sid(seeded_db, ACCUSATION_000)
    r = cli(db_path, "new", "Judul", accusation, ok=False)  # no label, no --role
    assert r.exit_code == 1 and "give --role" in r.output and "Traceback" not in r.output
    assert seeded_db.execute("SELECT count(*) FROM disputes").fetchone()[0] == 0
    r = cli(db_path, "new", "Judul", accusation, "--role", "accuses", ok=False)
    assert r.exit_code == 1 and "unknown role" in r.output
    r = cli(db_path, "show", "ffff", ok=False)
    assert r.exit_code == 1 and "no dispute with id ffff" in r.output
    r = cli(db_path, "suggest", "zzzz", ok=False)
    assert r.exit_code == 1 and "no sentence with id zzzz" in r.output
    assert seeded_db.execute("SELECT count(*) FROM dispute_history").fetchone()[0] == 0


def test_as_a_subprocess(seeded_db, db_path):
    accusation = sid(seeded_db, ACCUSATION_000)
    env = {**os.environ, "ANNOTATOR_DB": str(db_path), "ANNOTATOR_REVIEWER": "budi"}
    made = subprocess.run(
        [sys.executable, "-m", "annotator", "disputes", "new", "[bold]Senjata[/bold]",
         accusation, "--role", "alleges", "--json"],
        capture_output=True, text=True, env=env, check=True)
    did = json.loads(made.stdout)["id"]
    shown = subprocess.run([sys.executable, "-m", "annotator", "disputes", "list"],
                           capture_output=True, text=True, env=env, check=True)
    assert "[bold]Senjata[/bold]" in shown.stdout  # markup in a title is shown literally
    bad = subprocess.run([sys.executable, "-m", "annotator", "disputes", "link", did,
                          accusation, "--role", "nope"], capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "unknown role" in bad.stderr


def test_export_disputes_then_import_into_another_database(seeded_db, db_path, tmp_path,
                                                           seeded_copy):
    accusation, denial = sid(seeded_db, ACCUSATION_000), sid(seeded_db, DENIAL_002)
    did = json.loads(cli(db_path, "new", "Senjata untuk Rusia", accusation, "--role", "alleges",
                         "--json").output)["id"]
    cli(db_path, "link", did, denial, "--role", "denies", reviewer="budi")
    out = tmp_path / "disputes.jsonl"
    r = CliRunner().invoke(main, ["export", "--db", str(db_path), "--disputes", "-o", str(out)])
    assert r.exit_code == 0, r.output
    objs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(objs) == 1 and {m["role"] for m in objs[0]["members"]} == {"alleges", "denies"}
    r = CliRunner().invoke(main, ["export", "--db", str(db_path), "--disputes", "-o", "-"])
    assert json.loads(r.stdout.splitlines()[0])["id"] == did

    other = seeded_copy("other.db")
    r = CliRunner().invoke(main, ["import", "--db", str(other), str(out)])
    assert r.exit_code == 0, r.output
    shown = json.loads(cli(other, "show", did, "--json").output)
    assert shown["members"]["denies"][0]["reviewers"] == ["budi"]
    assert shown["members"]["alleges"][0]["sentence_id"] == accusation

    out.write_text(out.read_text(encoding="utf-8").replace('"alleges"', '"accuses"'),
                   encoding="utf-8")
    fresh = seeded_copy("fresh.db")
    r = CliRunner().invoke(main, ["import", "--db", str(fresh), str(out)])
    assert r.exit_code == 1 and f"{out}:1:" in r.output and "accuses" in r.output
    assert json.loads(cli(fresh, "list", "--json").output) == []


def test_escape_sequences_in_text_never_reach_the_terminal(db, db_path):
    from support.corpus import add_document

    ids = add_document(db, "esc", ["Korut \x1b[31mmenuduh\x1b[0m Rusia [bold]x[/bold].",
                                   "Rusia menolak tuduhan Korut itu."])
    made = json.loads(cli(db_path, "new", "Senjata [red]Korut[/red]", ids[0], "--role",
                          "alleges", "--json").output)
    out = cli(db_path, "show", made["id"]).output
    assert "\x1b" not in out and "␛[31mmenuduh␛[0m" in out and "[bold]x[/bold]" in out
    assert "Senjata [red]Korut[/red]" in out
    out = cli(db_path, "suggest", ids[1]).output
    assert "\x1b" not in out and "␛[31m" in out
    assert "\\u001b" in cli(db_path, "show", made["id"], "--json").output
    r = cli(db_path, "retitle", made["id"], "Senjata\x1b[2J", ok=False)
    assert r.exit_code == 1 and "control characters" in r.output
