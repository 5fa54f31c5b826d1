"""The disagreement queue advances by index seeks (migration 0014): it lists exactly the
open disagreements, in corpus order, however many are settled, on a database upgraded from
before the migration and for documents ingested after it."""

from __future__ import annotations

from sqlite_utils import Database
from support.corpus import add_document

from annotator.db.connection import open_db
from annotator.db.migrations import migrations
from annotator.domain import adjudication as adj
from annotator.domain.annotations import set_annotation

LABELS = ("claim", "denial", "context", "accusation")


def _label(db, ids, offset):
    """Two reviewers: they disagree on every other sentence."""
    for i, sid in enumerate(ids):
        set_annotation(db, sid, "ana", label=LABELS[i % 4])
        set_annotation(db, sid, "budi", label=LABELS[(i + offset * (i % 2)) % 4])


def _open_by_hand(db):
    """Every sentence in corpus order, checked one by one with the status rule's kinds."""
    rows = db.execute("SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
                      "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position").fetchall()
    return [sid for (sid,) in rows
            if adj.kinds_of(db, sid) and adj.get_gold(db, sid) is None]


def test_the_queue_is_every_open_disagreement_in_order_after_an_upgrade(db_path):
    old = Database(db_path)
    migrations.apply(old, stop_before="0014_adjudication_seek")
    first = add_document(old, "first", [f"Kalimat satu nomor {i}." for i in range(6)],
                         ordinal=1)
    _label(old, first, 1)
    old.close()

    db = open_db(db_path)
    try:
        second = add_document(db, "second", [f"Kalimat dua nomor {i}." for i in range(6)],
                              ordinal=2)
        third = add_document(db, "third", [f"Kalimat tiga nomor {i}." for i in range(6)],
                             ordinal=3)
        _label(db, second, 2)
        _label(db, third, 3)
        expected = _open_by_hand(db)
        assert len(expected) == 9
        assert [item.sentence_id for item in adj.queue(db)] == expected
        # settle the whole first document and part of the second: the queue opens after
        for sid in expected[:5]:
            adj.take(db, sid, 1, adjudicator="lead")
        assert [item.sentence_id for item in adj.queue(db)] == expected[5:]
        opened = next(adj.iter_queue(db, page=1))
        assert opened.sentence_id == expected[5]
        # from a position, forwards and backwards
        at = (opened.doc_ordinal, opened.position)
        assert [i.sentence_id for i in adj.iter_queue(db, after=at, page=2)] == expected[6:]
        last = adj.queue(db)[-1]
        back = [i.sentence_id for i in adj.iter_queue(db, before=(last.doc_ordinal, last.position))]
        assert back == expected[5:-1][::-1]
    finally:
        db.close()
