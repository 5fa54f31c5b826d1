"""Merging folds again, in its own transaction, the disputes it brings back: the core's
merge alone (no CLI) keeps a folded dispute folded and reports what it folded and which
disputes now share a title."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.base.errors import AnnotatorError
from annotator.base.resources import SEEDS_DIR
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db
from annotator.domain import annotations as labels
from annotator.domain import disputes
from annotator.sync import merge

TITLE = "North Korea supplies arms to Russia"
TABLES = ("annotations", "annotation_history", "disputes", "dispute_members",
          "dispute_history", "gold", "gold_history")


def dump(db) -> dict[str, list]:
    return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}"))) for t in TABLES}


def members(db, dispute_id: str) -> set[tuple[str, str, str]]:
    return set(db.execute("SELECT sentence_id, reviewer, role FROM dispute_members "
                          "WHERE dispute_id = ?", [dispute_id]).fetchall())


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    db = open_db(path)
    ingest_paths(db, [SEEDS_DIR])
    db.close()
    return path


@pytest.fixture
def duplicate(tmp_path, seeded_file):
    """The lead's database and budi's, each holding its own dispute on the same proposition
    (titles equal but for case and spacing)."""
    lead_path, budi_path = tmp_path / "lead.db", tmp_path / "budi.db"
    shutil.copy(seeded_file, lead_path)
    shutil.copy(seeded_file, budi_path)
    lead, budi = open_db(lead_path), open_db(budi_path)
    ids = [r[0] for r in lead.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]
    kept = disputes.create_dispute(lead, TITLE, "ana")["id"]
    disputes.link(lead, kept, ids[0], "ana", "alleges")
    dropped = disputes.create_dispute(budi, "north korea supplies arms to  RUSSIA", "budi")["id"]
    disputes.link(budi, dropped, ids[1], "budi", "denies")
    yield lead, budi, budi_path, kept, dropped, ids
    lead.close()
    budi.close()


def test_merge_reports_disputes_sharing_a_title(duplicate):
    lead, _, budi_path, kept, dropped, _ = duplicate
    report = merge.merge_database(lead, budi_path)
    assert report.folded == []
    assert [[row["id"] for row in group] for group in report.duplicates] == [[kept, dropped]]
    assert "folded" not in report.as_dict() and "duplicates" not in report.as_dict()


def test_merging_alone_keeps_a_folded_dispute_folded(duplicate):
    lead, budi, budi_path, kept, dropped, ids = duplicate
    merge.merge_database(lead, budi_path)
    disputes.merge_disputes(lead, kept, dropped, "lead")
    assert disputes.get_dispute(lead, dropped) is None

    again = merge.merge_database(lead, budi_path)  # budi's copy still holds the dispute
    assert disputes.get_dispute(lead, dropped) is None
    assert again.folded == [] and again.duplicates == []
    assert [d["id"] for d in disputes.list_disputes(lead)] == [kept]

    # budi goes on linking in his copy: the next merge folds that link in too, by the lead
    disputes.link(budi, dropped, ids[2], "budi", "denies")
    third = merge.merge_database(lead, budi_path)
    assert [(row["keep"], row["drop"], row["moved"]) for row in third.folded] == [
        (kept, dropped, 1)]
    assert third.duplicates == []
    assert disputes.get_dispute(lead, dropped) is None
    assert (ids[2], "budi", "denies") in members(lead, kept)
    assert disputes.undo_last(lead, "lead")["action"] == "merge"


def test_the_fold_is_part_of_the_merge_transaction(duplicate, tmp_path, seeded_file):
    """A later file that cannot be merged takes the earlier file's merge and its fold back
    with it: the database is as it was."""
    lead, budi, budi_path, kept, dropped, ids = duplicate
    merge.merge_database(lead, budi_path)
    disputes.merge_disputes(lead, kept, dropped, "lead")
    disputes.link(budi, dropped, ids[2], "budi", "denies")

    clash = tmp_path / "clash.db"  # a sentence ingested differently there, and annotated
    shutil.copy(seeded_file, clash)
    other = open_db(clash)
    labels.set_annotation(other, ids[3], "citra", label="claim")
    other.close()
    conn = sqlite3.connect(clash)
    conn.execute("UPDATE sentences SET id = 'clashing' WHERE id = ?", [ids[3]])
    conn.execute("UPDATE annotations SET sentence_id = 'clashing' WHERE sentence_id = ?",
                 [ids[3]])
    conn.commit()
    conn.close()

    before = dump(lead)
    with pytest.raises(AnnotatorError, match="clash"):
        merge.merge_databases(lead, [budi_path, clash])
    assert dump(lead) == before
    assert disputes.get_dispute(lead, dropped) is None
