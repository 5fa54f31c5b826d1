"""As a new user would, through the command line on the seeds: start from one accusation,
follow the suggestions to the denials in the other articles, then let the dispute suggestions
bring in the other two articles; show and export show the whole exchange."""

from __future__ import annotations

import json

from click.testing import CliRunner

from annotator.cli import main

ACCUSATION_000 = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%"
TROOPS_001 = "AS mengatakan bahwa 8.000 tentara Korea Utara%"
AMMUNITION_004 = "Perhatian juga terfokus pada kerja sama militer%"
OPPOSITE = {"alleges": "denies", "denies": "alleges"}


def run(db_path, *args):
    who = [] if args[0] in ("show", "list") else ["--reviewer", "ana"]
    result = CliRunner().invoke(main, ["disputes", args[0], "--db", str(db_path), *who,
                                       *args[1:]])
    assert result.exit_code == 0, result.output
    return result.output


def sid(db, pattern):
    return db.execute("SELECT id FROM sentences WHERE text LIKE ? AND excluded IS NULL",
                      [pattern]).fetchone()[0]


def test_following_suggestions_builds_the_dispute_across_the_five_articles(seeded_db,
                                                                          db_path):
    start = sid(seeded_db, ACCUSATION_000)
    made = json.loads(run(db_path, "new", "Korea Utara memasok senjata ke Rusia", start,
                          "--role", "alleges", "--json"))
    did = made["id"]
    role_of = {start: "alleges"}
    queue = [start]
    while queue:  # link what each member answers, as the analyst would from the list
        current = queue.pop(0)
        found = json.loads(run(db_path, "suggest", current, "--limit", "5", "--json"))
        for s in found["sentences"]:
            if s["relation"] == "answers" and s["score"] >= 0.4 and s["sentence_id"] not in \
                    role_of:
                role_of[s["sentence_id"]] = OPPOSITE[role_of[current]]
                run(db_path, "link", did, s["sentence_id"], "--role",
                    role_of[s["sentence_id"]])
                queue.append(s["sentence_id"])
    shown = json.loads(run(db_path, "show", did, "--json"))
    by_role = {role: {m["doc_id"] for m in members}
               for role, members in shown["members"].items()}
    assert len(by_role["alleges"]) == 3 and by_role["denies"] == by_role["alleges"]
    denials = [m["text"] for m in shown["members"]["denies"]]
    assert any("tidak disertai bukti" in t for t in denials)
    assert any("tidak berdasar" in t for t in denials)
    assert any("menolak tuduhan" in t for t in denials)

    for pattern in (TROOPS_001, AMMUNITION_004):  # the dispute is suggested to the others
        other = sid(seeded_db, pattern)
        found = json.loads(run(db_path, "suggest", other, "--json"))
        assert found["disputes"][0]["dispute_id"] == did
        run(db_path, "link", did, other, "--role", found["disputes"][0]["role"])

    shown = json.loads(run(db_path, "show", did, "--json"))
    assert shown["documents"] == 5
    assert len(shown["members"]["supports"]) == 2
    out = CliRunner().invoke(main, ["export", "--db", str(db_path), "--disputes", "-o", "-"])
    [exported] = [json.loads(line) for line in out.stdout.splitlines()]
    assert len({m["document"]["id"] for m in exported["members"]}) == 5
    assert {m["role"] for m in exported["members"]} == {"alleges", "denies", "supports"}
