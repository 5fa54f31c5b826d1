"""The queue the labeling screen walks: order, neighbours, unlabeled, resume, search."""

from __future__ import annotations

import pytest
from support.corpus import queue

from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


def test_next_and_previous_walk_the_queue_across_documents(seeded_db):
    ids = queue(seeded_db)
    assert len(ids) > 20
    walked = []
    sentence = nav.first_sentence(seeded_db)
    while sentence is not None:
        walked.append(sentence.id)
        sentence = nav.next_sentence(seeded_db, sentence)
    assert walked == ids
    back = []
    sentence = nav.get_sentence(seeded_db, ids[-1])
    while sentence is not None:
        back.append(sentence.id)
        sentence = nav.previous_sentence(seeded_db, sentence)
    assert back == ids[::-1]


def test_excluded_lines_are_never_presented(seeded_db):
    excluded = seeded_db.execute(
        "SELECT id FROM sentences WHERE excluded IS NOT NULL LIMIT 1"
    ).fetchone()[0]
    assert nav.get_sentence(seeded_db, excluded) is None
    assert excluded not in queue(seeded_db)


def test_place_counts_position_in_document_and_corpus(seeded_db):
    ids = queue(seeded_db)
    documents = nav.count_documents(seeded_db)
    first = nav.place(seeded_db, nav.get_sentence(seeded_db, ids[0]), documents_total=documents)
    assert (first.index_in_document, first.document_number, first.documents_total) == (1, 1, 5)
    assert first.before == []
    assert [s.id for s in first.after] == ids[1:3]
    last = nav.place(seeded_db, nav.get_sentence(seeded_db, ids[-1]), documents_total=documents)
    assert last.index_in_document == last.sentences_in_document
    assert last.document_number == 5
    assert last.after == []
    assert all(s.doc_id == last.sentence.doc_id for s in last.before)


def test_next_unlabeled_skips_labeled_and_wraps(seeded_db):
    ids = queue(seeded_db)
    for sentence_id in ids[1:4]:
        set_annotation(seeded_db, sentence_id, "alice", label="claim")
    first = nav.get_sentence(seeded_db, ids[0])
    assert nav.next_unlabeled(seeded_db, "alice", first).id == ids[4]
    # another reviewer's labels do not count
    assert nav.next_unlabeled(seeded_db, "bob", first).id == ids[1]
    # from the last sentence it wraps to the first unlabeled
    last = nav.get_sentence(seeded_db, ids[-1])
    assert nav.next_unlabeled(seeded_db, "alice", last).id == ids[0]


def test_resume_is_first_unlabeled_and_none_when_done(seeded_db):
    ids = queue(seeded_db)
    assert nav.first_unlabeled(seeded_db, "alice").id == ids[0]
    set_annotation(seeded_db, ids[0], "alice", label="context")
    set_annotation(seeded_db, ids[2], "alice", label="context")
    assert nav.first_unlabeled(seeded_db, "alice").id == ids[1]
    for sentence_id in ids:
        set_annotation(seeded_db, sentence_id, "alice", label="claim")
    assert nav.first_unlabeled(seeded_db, "alice") is None
    assert nav.next_unlabeled(seeded_db, "alice", nav.get_sentence(seeded_db, ids[5])) is None
    assert nav.count_labeled(seeded_db, "alice") == len(ids) == nav.count_presented(seeded_db)


def test_search_quotes_user_text(seeded_db):
    hits = nav.search(seeded_db, "Peskov")
    assert hits and all("peskov" in h.sentence.text.casefold() for h in hits)
    # FTS5 syntax in user text is taken literally, never an error
    for nasty in ['"', "AND OR NOT", "Peskov*", "(", "NEAR(", "col:x", "'; DROP TABLE x"]:
        nav.search(seeded_db, nasty)
    assert nav.search(seeded_db, "   ") == []


def test_find_documents_by_title(seeded_db):
    found = nav.find_documents(seeded_db, "Lavrov")
    assert [d.title for d in found] == [
        "Sergei Lavrov terima kasih Korea Utara dukung Rusia dalam perang di Ukraina"
    ]
    assert nav.find_documents(seeded_db, "100%_") == []
    first = nav.first_of_document(seeded_db, found[0].id)
    assert first.position == min(
        r[0] for r in seeded_db.execute(
            "SELECT position FROM sentences WHERE doc_id = ? AND excluded IS NULL", [found[0].id])
    )


def test_group_members_name_the_other_documents(seeded_db):
    ids = queue(seeded_db)
    a = nav.get_sentence(seeded_db, ids[0])
    b = nav.get_sentence(seeded_db, ids[-1])
    # what ingestion records for near-duplicates across documents
    seeded_db.execute("UPDATE sentences SET group_id = ? WHERE id IN (?, ?)", [a.id, a.id, b.id])
    a = nav.get_sentence(seeded_db, a.id)
    other_title = nav.get_document(seeded_db, b.doc_id).title
    assert nav.group_documents(seeded_db, a) == [other_title]


def test_progress_snapshot_and_changes_after_it(seeded_db):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "alice", label="claim")
    presented, labeled, mark = nav.progress_snapshot(seeded_db, "alice")
    assert (presented, labeled) == (len(ids), 1)
    assert nav.labeled_change_since(seeded_db, "alice", mark) == 0
    set_annotation(seeded_db, ids[1], "alice", label="claim")  # new: +1
    set_annotation(seeded_db, ids[0], "alice", label="denial")  # relabel: 0
    set_annotation(seeded_db, ids[2], "bob", label="claim")  # someone else: 0
    from annotator.domain.annotations import clear_annotation, undo_last

    clear_annotation(seeded_db, ids[0], "alice")  # -1
    undo_last(seeded_db, "alice")  # the clear undone: +1
    assert nav.labeled_change_since(seeded_db, "alice", mark) == 1
    assert nav.count_labeled(seeded_db, "alice") == labeled + 1


def test_resume_guess_follows_the_last_change(seeded_db):
    from annotator.domain.annotations import undo_last

    ids = queue(seeded_db)
    assert nav.resume_guess(seeded_db, "alice").id == ids[0]  # nothing yet
    for sentence_id in ids[:5]:
        set_annotation(seeded_db, sentence_id, "alice", label="claim")
    guess = nav.resume_guess(seeded_db, "alice")
    assert guess.id == ids[5] == nav.first_unlabeled(seeded_db, "alice").id
    undo_last(seeded_db, "alice")  # ids[4] unlabeled again: that is where to resume
    assert nav.resume_guess(seeded_db, "alice").id == ids[4]
    set_annotation(seeded_db, ids[9], "alice", label="claim")  # jumped ahead
    # the guess is after the last change; the exact answer (the UI checks it) is earlier
    assert nav.resume_guess(seeded_db, "alice").id == ids[10]
    assert nav.first_unlabeled(seeded_db, "alice").id == ids[4]
