"""A joint statement ("Korea Selatan, Jepang, dan Amerika Serikat mengutuk ...") against
one of its speakers alone is a disagreement on the source everywhere: in the progress
tables kept by triggers, after a merge's bulk refresh, after an upgrade from 0009, and so
in the adjudication queue."""

from __future__ import annotations

import shutil

from sqlite_utils import Database
from support.corpus import add_document

from annotator.db.connection import open_db
from annotator.db.migrations import migrations
from annotator.domain.adjudication import queue
from annotator.domain.annotations import set_annotation
from annotator.sync.merge import merge_database

JOINT = ["Korea Selatan", "Jepang", "Amerika Serikat"]


def _status(db, sid):
    return db.execute("SELECT status FROM progress_sentences WHERE sentence_id = ?",
                      [sid]).fetchone()[0]


def test_a_joint_statement_against_its_first_speaker_is_in_conflict(db):
    ids = add_document(db, "d", ["Mereka mengutuk peluncuran itu.", "Korut diam."])
    set_annotation(db, ids[0], "ana", label="claim", sources=JOINT)
    set_annotation(db, ids[0], "budi", label="claim", source="Korea Selatan")
    assert _status(db, ids[0]) == "conflict"
    assert [(q.sentence_id, q.kinds) for q in queue(db)] == [(ids[0], ["source"])]
    set_annotation(db, ids[0], "budi", label="claim", sources=list(reversed(JOINT)))
    assert _status(db, ids[0]) == "agreed"  # the same speakers in another order
    assert queue(db) == []


def test_merge_and_upgrade_work_the_set_out_too(empty_template, tmp_path):
    shutil.copyfile(empty_template, tmp_path / "budi.db")
    budi = open_db(tmp_path / "budi.db")
    ids = add_document(budi, "d", ["Mereka mengutuk peluncuran itu."])
    set_annotation(budi, ids[0], "budi", label="claim", source="Korea Selatan")
    budi.close()
    old = Database(tmp_path / "ana.db")
    migrations.apply(old, stop_before="0010_one_name")
    add_document(old, "d", ["Mereka mengutuk peluncuran itu."])
    old.close()
    ana = open_db(tmp_path / "ana.db", migrate=False)  # as 0009 stored a joint statement
    with ana.conn:
        ana["annotations"].insert({"sentence_id": ids[0], "reviewer": "ana",
                                   "label": "claim", "source": JOINT[0],
                                   "sources": '["Korea Selatan", "Jepang", "Amerika Serikat"]',
                                   "created_at": "2025-01-01T00:00:00.000000Z",
                                   "updated_at": "2025-01-01T00:00:00.000000Z"})
        ana["annotations"].insert({"sentence_id": ids[0], "reviewer": "cici",
                                   "label": "claim", "source": JOINT[0],
                                   "created_at": "2025-01-01T00:00:00.000000Z",
                                   "updated_at": "2025-01-01T00:00:00.000000Z"})
    assert _status(ana, ids[0]) == "agreed"  # 0009's trigger compared the first speaker
    ana.close()
    ana = open_db(tmp_path / "ana.db")
    try:
        assert _status(ana, ids[0]) == "conflict"  # 0010 worked it out again
        with ana.conn:
            ana.execute("DELETE FROM annotations WHERE reviewer = 'cici'")
        assert _status(ana, ids[0]) == "single"
        merge_database(ana, tmp_path / "budi.db")  # the bulk path: progress.refresh
        assert _status(ana, ids[0]) == "conflict"
        assert [q.sentence_id for q in queue(ana)] == [ids[0]]
    finally:
        ana.close()
