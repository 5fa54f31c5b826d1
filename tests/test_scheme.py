"""The label scheme file: what it gives (roles, colours, keys) and how a bad one is refused."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from support.scheme import FOUR, RUMOUR, write_scheme

from annotator.cli import main
from annotator.domain import annotations as labels
from annotator.domain.scheme import SchemeError, load_scheme


def test_the_shipped_scheme_gives_each_label_its_role_and_colour():
    scheme = load_scheme()
    assert scheme.names == ("claim", "accusation", "denial", "context")
    assert [scheme.role_for(n) for n in scheme.names] == \
        ["supports", "alleges", "denies", "context"]
    assert all(scheme.colour_for(n) for n in scheme.names)
    assert [(lab.key, lab.number) for lab in scheme.labels] == \
        [("c", "1"), ("a", "2"), ("d", "3"), ("x", "4")]
    assert scheme.role_for("rumour") is None and scheme.colour_for(None) == ""


def test_annotator_labels_points_every_default_at_another_scheme(tmp_path, monkeypatch):
    path = write_scheme(tmp_path, [*FOUR, RUMOUR])
    monkeypatch.setenv("ANNOTATOR_LABELS", str(path))
    scheme = load_scheme()
    assert scheme.names[-1] == "rumour" and scheme.role_for("rumour") == "alleges"
    assert scheme.path == str(path)


def test_an_edited_scheme_file_is_read_again(tmp_path):
    path = write_scheme(tmp_path, FOUR)
    assert load_scheme(path).names == ("claim", "accusation", "denial", "context")
    write_scheme(tmp_path, FOUR[:3])
    assert load_scheme(path).names == ("claim", "accusation", "denial")


BAD = [
    ("duplicate key", [*FOUR, {**RUMOUR, "key": "c"}],
     "label 'rumour': key 'c' is already the key of 'claim'"),
    ("duplicate number", [*FOUR, {**RUMOUR, "number": "1"}],
     "label 'rumour': number '1' is already the key of 'claim'"),
    ("duplicate name", [*FOUR, {**FOUR[0], "key": "r", "number": "5"}],
     "label 'claim' appears twice"),
    ("unknown role", [{**FOUR[0], "role": "accuses"}],
     "label 'claim': unknown role 'accuses' (roles: alleges, denies, supports, context)"),
    ("missing field", [{k: v for k, v in FOUR[1].items() if k != "colour"}],
     "label 'accusation': missing or empty field \"colour\""),
    ("empty key", [{**FOUR[0], "key": ""}], "label 'claim': missing or empty field \"key\""),
    ("digit key", [{**FOUR[0], "key": "7"}], "label 'claim': key '7' is not a single letter"),
    ("long key", [{**FOUR[0], "key": "cl"}], "label 'claim': key 'cl' is not a single letter"),
    ("number zero", [{**FOUR[0], "number": "0"}], "label 'claim': number '0' is not one of 1-9"),
    ("unknown field", [{**FOUR[0], "colour_name": "red"}],
     "label 'claim': unknown field 'colour_name'"),
    ("no labels", [], 'needs a non-empty "labels" list'),
]


@pytest.mark.parametrize(("case", "items", "message"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_scheme_is_one_error_naming_the_file(tmp_path, case, items, message):
    path = write_scheme(tmp_path, items)
    with pytest.raises(SchemeError) as raised:
        load_scheme(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)


def test_a_scheme_that_is_not_json_or_has_no_scale_is_refused(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"labels": [', encoding="utf-8")
    with pytest.raises(SchemeError, match=f"^{broken}: not a readable JSON label scheme"):
        load_scheme(broken)
    no_scale = tmp_path / "no_scale.json"
    no_scale.write_text(json.dumps({"labels": FOUR}), encoding="utf-8")
    with pytest.raises(SchemeError, match="non-empty \"scale\""):
        load_scheme(no_scale)
    with pytest.raises(SchemeError, match="cannot read the label scheme"):
        load_scheme(tmp_path / "missing.json")


def test_the_cli_refuses_a_bad_scheme_with_one_line(seeded_db, db_path, tmp_path):
    path = write_scheme(tmp_path, [*FOUR, {**RUMOUR, "key": "c"}])
    result = CliRunner().invoke(main, ["agreement", "--db", str(db_path)],
                                env={"ANNOTATOR_LABELS": str(path)})
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "already the key of 'claim'" in lines[0]


def test_disputes_new_on_a_label_the_scheme_no_longer_has_asks_for_a_role(seeded_db, db_path,
                                                                          tmp_path):
    five = write_scheme(tmp_path / "five", [*FOUR, RUMOUR])
    sid = seeded_db.execute("SELECT id FROM sentences WHERE excluded IS NULL LIMIT 1").fetchone()[0]
    labels.set_annotation(seeded_db, sid, "ana", label="rumour", scheme=load_scheme(five))
    four = write_scheme(tmp_path / "four", FOUR)
    runner = CliRunner()
    args = ["disputes", "new", "Arms shipments", sid, "--db", str(db_path), "--reviewer", "ana"]
    refused = runner.invoke(main, args, env={"ANNOTATOR_LABELS": str(four)})
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert "labeled 'rumour', a label outside the scheme: give --role" in refused.output
    given = runner.invoke(main, [*args, "--role", "context", "--json"],
                          env={"ANNOTATOR_LABELS": str(four)})
    assert given.exit_code == 0, given.output
    assert json.loads(given.output)["members"][0]["role"] == "context"
