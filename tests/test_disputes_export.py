"""Dispute objects out as JSONL and back in: same disputes, links and history; bad lines name
the file and line and change nothing."""

from __future__ import annotations

import io
import json

import pytest

from annotator.base.errors import InputError
from annotator.db.connection import open_db
from annotator.domain import disputes
from annotator.domain.annotations import set_annotation
from annotator.exchange.disputes import export_disputes, import_dispute, import_disputes

ACCUSATION_000 = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%"
DENIAL_000 = "Kementerian luar negeri Korea Utara menolak tuduhan%"
DENIAL_002 = "Namun juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat%"
DENIAL_003 = '"Ada banyak laporan seperti itu, semuanya tidak berdasar%'


def sid(db, pattern):
    return db.execute("SELECT id FROM sentences WHERE text LIKE ? AND excluded IS NULL",
                      [pattern]).fetchone()[0]


@pytest.fixture
def linked(seeded_db):
    db = seeded_db
    set_annotation(db, sid(db, ACCUSATION_000), "ana", label="accusation", source="Pejabat AS")
    set_annotation(db, sid(db, DENIAL_002), "ana", label="denial", source="Dmitry Peskov")
    d = disputes.create_dispute(db, "Korea Utara memasok senjata ke Rusia", "ana")
    disputes.link(db, d["id"], sid(db, ACCUSATION_000), "ana", "alleges")
    for pattern in (DENIAL_000, DENIAL_002, DENIAL_003):
        disputes.link(db, d["id"], sid(db, pattern), "ana", "denies")
    disputes.link(db, d["id"], sid(db, DENIAL_002), "budi", "denies")
    disputes.create_dispute(db, "Pasukan Korea Utara di Rusia", "budi")
    return db, d["id"]


def lines_of(db, **kw) -> list[dict]:
    out = io.StringIO()
    export_disputes(db, out, **kw)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_dispute_is_one_object_with_members_texts_labels_and_documents(linked):
    db, did = linked
    objs = lines_of(db)
    assert [o["title"] for o in objs] == ["Korea Utara memasok senjata ke Rusia",
                                          "Pasukan Korea Utara di Rusia"]
    first = objs[0]
    assert first["id"] == did and first["created_by"] == "ana"
    roles = [(m["role"], m["reviewers"]) for m in first["members"]]
    assert sorted(roles) == sorted([("alleges", ["ana"]), ("denies", ["ana"]),
                                    ("denies", ["ana", "budi"]), ("denies", ["ana"])])
    peskov = next(m for m in first["members"] if m["sentence_id"] == sid(db, DENIAL_002))
    assert peskov["label"] == "denial" and peskov["source"] == "Dmitry Peskov"
    assert peskov["text"].startswith("Namun juru bicara Kremlin")
    assert peskov["document"]["outlet"] and peskov["document"]["title"]
    assert len({m["document"]["id"] for m in first["members"]}) == 3
    assert objs[1]["members"] == []
    only_budi = lines_of(db, reviewer="budi")
    assert len(only_budi) == 1 and only_budi[0]["members"][0]["reviewers"] == ["budi"]


def test_every_object_matches_the_json_schema_in_data(linked):
    import jsonschema

    from annotator.base.resources import data_file

    db, _ = linked
    schema = json.loads((data_file("dispute_record.schema.json")).read_text(encoding="utf-8"))
    objs = lines_of(db)
    for obj in objs:
        jsonschema.validate(obj, schema)
    broken = {**objs[0], "members": [{**objs[0]["members"][0], "role": "accuses"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_round_trip_into_a_fresh_database_rebuilds_the_disputes(linked, tmp_path, seeded_copy):
    db, did = linked
    path = tmp_path / "disputes.jsonl"
    assert export_disputes(db, path) == 2
    other = open_db(seeded_copy("other.db"))
    assert import_disputes(other, path) == {"disputes": 2, "links": 5}
    assert disputes.show(other, did)["sentences"] == 4
    assert disputes.get_dispute(other, did)["created_at"] == disputes.get_dispute(
        db, did)["created_at"]
    assert lines_of(other)[0]["members"] == [
        {**m, "label": None, "source": None} for m in lines_of(db)[0]["members"]]
    # again: nothing changes, no new history
    before = other.execute("SELECT count(*) FROM dispute_history").fetchone()[0]
    assert import_disputes(other, path) == {"disputes": 2, "links": 0}
    assert other.execute("SELECT count(*) FROM dispute_history").fetchone()[0] == before
    other.close()


BAD = [
    ('{"id": "x", "title": "t", "members": [{"sentence_id": "nope", "role": "alleges", '
     '"reviewers": ["ana"]}]}', "member 1: unknown sentence 'nope'"),
    ('{"id": "x", "title": "t", "members": [{"sentence_id": "%s", "role": "accuses", '
     '"reviewers": ["ana"]}]}', "member 1: unknown role 'accuses'"),
    ('{"id": "x", "title": "t", "members": [{"sentence_id": "%s", "role": "alleges", '
     '"reviewers": []}]}', "non-empty list of names"),
    ('{"id": "x", "members": []}', 'missing "title"'),
    ('{"id": "x", "title": "t", "members": {}}', '"members" must be a list'),
    ('{"id": 5, "title": "t", "members": []}', '"id" must be a string'),
    ('{"id": "x", "title": "t", "members": [{"sentence_id": "%s", "role": "alleges", '
     '"reviewers": ["ana"], "text": "other words"}]}', "text differs"),
    ('{"id": "x", "title": "t", "members": [', "malformed JSON"),
    ('{"sentence": 1}', "not a dispute object"),
]


@pytest.mark.parametrize(("line", "message"), BAD)
def test_a_bad_line_names_file_and_line_and_changes_nothing(seeded_db, tmp_path, line,
                                                            message):
    db = seeded_db
    good = sid(db, ACCUSATION_000)
    d = disputes.create_dispute(db, "Ada", "ana")
    path = tmp_path / "in.jsonl"
    valid = json.dumps({"id": "y" * 32, "title": "Baru", "members": [
        {"sentence_id": good, "role": "alleges", "reviewers": ["ana"]}]})
    path.write_text(valid + "\n\n" + line.replace("%s", good) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_disputes(db, path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert message in str(caught.value)
    assert [r[0] for r in db.execute("SELECT id FROM disputes")] == [d["id"]]
    assert db.execute("SELECT count(*) FROM dispute_members").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM dispute_history").fetchone()[0] == 1


def test_import_dispute_alone_for_the_importer(seeded_db):
    db = seeded_db
    good = sid(db, ACCUSATION_000)
    obj = {"id": "z" * 32, "title": "Senjata", "created_by": "citra", "members": [
        {"sentence_id": good, "role": "alleges", "reviewers": ["citra", "dewi"]}]}
    assert import_dispute(db, obj, "f.jsonl", 7) == 2
    assert disputes.show(db, "z" * 32)["members"]["alleges"][0]["reviewers"] == [
        "citra", "dewi"]
    with pytest.raises(InputError, match=r"^f\.jsonl:8: member 1"):
        import_dispute(db, {**obj, "members": [{"sentence_id": good}]}, "f.jsonl", 8)
