"""Where the analyst is in the corpus, and where the keys take them.

The labeling queue is every presented sentence (``excluded IS NULL``) in the order
``documents.ordinal, sentences.position``. Every query here is answered from an index a
row or a few rows at a time, so moving through a corpus of a million sentences costs
the same as moving through five articles: nothing here ever loads the whole corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.db import fts
from annotator.domain.assignments import ASSIGNED_TO

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Document:
    id: str
    ordinal: int
    title: str | None
    outlet: str | None
    published: str | None
    dateline: str | None = None
    wire: str | None = None


@dataclass(frozen=True)
class Sentence:
    id: str
    doc_id: str
    position: int
    text: str
    group_id: str | None = None


@dataclass
class Place:
    """One sentence with what the labeling screen shows around it."""

    sentence: Sentence
    document: Document
    before: list[Sentence] = field(default_factory=list)
    after: list[Sentence] = field(default_factory=list)
    index_in_document: int = 0  # 1-based
    sentences_in_document: int = 0
    document_number: int = 0  # 1-based
    documents_total: int = 0
    also_in: list[str] = field(default_factory=list)  # titles of documents sharing its group


_SENTENCE_COLUMNS = "s.id, s.doc_id, s.position, s.text, s.group_id"


def _sentence(row: Any) -> Sentence | None:
    return Sentence(*row) if row else None


def get_sentence(db: Database, sentence_id: str) -> Sentence | None:
    """A presented sentence by id (None for unknown or excluded ones)."""
    return _sentence(
        db.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.id = ? AND s.excluded IS NULL",
            [sentence_id],
        ).fetchone()
    )


def get_document(db: Database, doc_id: str) -> Document | None:
    row = db.execute(
        "SELECT id, ordinal, title, outlet, published, dateline, wire FROM documents WHERE id = ?",
        [doc_id],
    ).fetchone()
    return Document(*row) if row else None


def _first_in_document(db: Database, doc_id: str, *, last: bool = False) -> Sentence | None:
    order = "DESC" if last else "ASC"
    return _sentence(
        db.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences s "
            f"WHERE s.doc_id = ? AND s.excluded IS NULL ORDER BY s.position {order} LIMIT 1",
            [doc_id],
        ).fetchone()
    )


def _documents_from(db: Database, ordinal: int, *, backwards: bool = False,
                    assigned_to: str | None = None):
    """Document ids after (or before) an ordinal, in queue order, fetched lazily (only
    those holding some of ``assigned_to``'s assignment, when given)."""
    op, order = ("<", "DESC") if backwards else (">", "ASC")
    mine, params = "", [ordinal]
    if assigned_to is not None:
        mine = ("AND EXISTS (SELECT 1 FROM assignments x WHERE x.reviewer = ? "
                "AND x.doc_id = documents.id)")
        params.append(assigned_to)
    cursor = db.execute(
        f"SELECT id, ordinal FROM documents WHERE ordinal {op} ? {mine} "
        f"ORDER BY ordinal {order}",
        params,
    )
    while rows := cursor.fetchmany(64):
        yield from rows


def first_sentence(db: Database) -> Sentence | None:
    for doc_id, _ in _documents_from(db, -(2**62)):
        sentence = _first_in_document(db, doc_id)
        if sentence:
            return sentence
    return None


def document_ordinal(db: Database, doc_id: str) -> int:
    return db.execute("SELECT ordinal FROM documents WHERE id = ?", [doc_id]).fetchone()[0]


def next_sentence(db: Database, current: Sentence) -> Sentence | None:
    """The sentence after this one in the queue (crossing into the next document)."""
    row = db.execute(
        f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.doc_id = ? AND s.position > ? "
        "AND s.excluded IS NULL ORDER BY s.position LIMIT 1",
        [current.doc_id, current.position],
    ).fetchone()
    if row:
        return _sentence(row)
    for doc_id, _ in _documents_from(db, document_ordinal(db, current.doc_id)):
        sentence = _first_in_document(db, doc_id)
        if sentence:
            return sentence
    return None


def previous_sentence(db: Database, current: Sentence) -> Sentence | None:
    """The sentence before this one in the queue (crossing into the previous document)."""
    row = db.execute(
        f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.doc_id = ? AND s.position < ? "
        "AND s.excluded IS NULL ORDER BY s.position DESC LIMIT 1",
        [current.doc_id, current.position],
    ).fetchone()
    if row:
        return _sentence(row)
    for doc_id, _ in _documents_from(db, document_ordinal(db, current.doc_id), backwards=True):
        sentence = _first_in_document(db, doc_id, last=True)
        if sentence:
            return sentence
    return None


_UNLABELED = (
    "NOT EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = s.id AND a.reviewer = ?)"
)


def _first_unlabeled_in_document(
    db: Database, doc_id: str, reviewer: str, after_position: int = -1, assigned: bool = False
) -> Sentence | None:
    mine = f"AND {ASSIGNED_TO}" if assigned else ""
    return _sentence(
        db.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.doc_id = ? AND s.position > ? "
            f"AND s.excluded IS NULL AND {_UNLABELED} {mine} ORDER BY s.position LIMIT 1",
            [doc_id, after_position, reviewer, *([reviewer] if assigned else [])],
        ).fetchone()
    )


def _unlabeled_from_documents(db: Database, ordinal: int, reviewer: str,
                              assigned: bool = False) -> Sentence | None:
    for doc_id, _ in _documents_from(db, ordinal, assigned_to=reviewer if assigned else None):
        sentence = _first_unlabeled_in_document(db, doc_id, reviewer, assigned=assigned)
        if sentence:
            return sentence
    return None


def next_unlabeled(db: Database, reviewer: str, current: Sentence | None, *,
                   assigned: bool = False) -> Sentence | None:
    """The next sentence this reviewer has not labeled, after ``current``, wrapping around
    to the start of the queue; None when every sentence is labeled. ``assigned``: only the
    sentences of the reviewer's assignment (their queue when they have one)."""
    if current is None:
        return first_unlabeled(db, reviewer, assigned=assigned)
    found = _first_unlabeled_in_document(db, current.doc_id, reviewer, current.position, assigned)
    if found:
        return found
    ordinal = document_ordinal(db, current.doc_id)
    found = _unlabeled_from_documents(db, ordinal, reviewer, assigned)
    if found:
        return found
    found = first_unlabeled(db, reviewer, assigned=assigned)
    if found and found.id == current.id:
        return None
    return found


def resume_guess(db: Database, reviewer: str, *, assigned: bool = False) -> Sentence | None:
    """Where a reviewer most likely resumes, cheaply: the next unlabeled sentence after the
    one they changed last (the exact answer, ``first_unlabeled``, can take seconds after
    hundreds of thousands of labels; the UI confirms it in a worker)."""
    row = db.execute(
        "SELECT sentence_id FROM annotation_history WHERE reviewer = ? "
        "ORDER BY at DESC LIMIT 1",
        [reviewer],
    ).fetchone()
    last = get_sentence(db, row[0]) if row else None
    if last is None:
        return first_unlabeled(db, reviewer, assigned=assigned)
    if not db.execute(
        "SELECT 1 FROM annotations WHERE sentence_id = ? AND reviewer = ?", [last.id, reviewer]
    ).fetchone() and (not assigned or db.execute(
        "SELECT 1 FROM assignments WHERE sentence_id = ? AND reviewer = ?", [last.id, reviewer]
    ).fetchone()):
        return last  # their last change was an undo or clear: it is unlabeled again
    return next_unlabeled(db, reviewer, last, assigned=assigned)


def first_unlabeled(db: Database, reviewer: str, *, assigned: bool = False) -> Sentence | None:
    """Where a reviewer resumes: the first sentence in queue order they have not labeled
    (of their assignment, with ``assigned``)."""
    return _unlabeled_from_documents(db, -(2**62), reviewer, assigned)


def neighbours(db: Database, sentence: Sentence, count: int = 2) -> tuple[list, list]:
    """Up to ``count`` presented sentences before and after, in the same document."""
    before = [
        Sentence(*row)
        for row in db.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.doc_id = ? AND s.position < ? "
            "AND s.excluded IS NULL ORDER BY s.position DESC LIMIT ?",
            [sentence.doc_id, sentence.position, count],
        )
    ]
    after = [
        Sentence(*row)
        for row in db.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.doc_id = ? AND s.position > ? "
            "AND s.excluded IS NULL ORDER BY s.position LIMIT ?",
            [sentence.doc_id, sentence.position, count],
        )
    ]
    return list(reversed(before)), after


def group_documents(db: Database, sentence: Sentence, limit: int = 3) -> list[str]:
    """Titles of other documents holding a near-duplicate of this sentence."""
    if not sentence.group_id:
        return []
    return [
        title or doc_id
        for doc_id, title in db.execute(
            "SELECT DISTINCT d.id, d.title FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.group_id = ? AND s.doc_id != ? LIMIT ?",
            [sentence.group_id, sentence.doc_id, limit],
        )
    ]


def count_documents(db: Database) -> int:
    return db.execute("SELECT count(*) FROM documents").fetchone()[0]


def has_documents(db: Database) -> bool:
    """Whether anything was ingested yet (a first run has nothing)."""
    return db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None


def document_titles(db: Database) -> list[tuple[str, str | None]]:
    """(id, title) of every document in queue order: a list to pick one from."""
    return [(doc_id, title) for doc_id, title in db.execute(
        "SELECT id, title FROM documents ORDER BY ordinal")]


def count_presented(db: Database) -> int:
    """Sentences in the labeling queue (one pass over a partial index; cache the answer)."""
    return db.execute("SELECT count(*) FROM sentences WHERE excluded IS NULL").fetchone()[0]


def count_labeled(db: Database, reviewer: str) -> int:
    """Sentences this reviewer has labeled (cache it and keep it up to date as you save)."""
    return db.execute(
        "SELECT count(*) FROM annotations WHERE reviewer = ?", [reviewer]
    ).fetchone()[0]


def has_labeled(db: Database, reviewer: str) -> bool:
    return db.execute(
        "SELECT 1 FROM annotations WHERE reviewer = ? LIMIT 1", [reviewer]
    ).fetchone() is not None


def progress_snapshot(db: Database, reviewer: str, *,
                      assigned: bool = False) -> tuple[int, int, int]:
    """(presented, labeled by reviewer, history mark) read in one snapshot, so changes
    made while counting can be added with ``labeled_change_since(mark)``. ``assigned``:
    the reviewer's assignment and how much of it they labeled, instead."""
    with db.conn:
        db.execute("BEGIN")  # one read snapshot (WAL): the three figures agree
        if assigned:
            presented, labeled = db.execute(
                "SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM annotations a WHERE "
                "a.sentence_id = x.sentence_id AND a.reviewer = x.reviewer)), 0) "
                "FROM assignments x WHERE x.reviewer = ?", [reviewer]).fetchone()
        else:
            presented = count_presented(db)
            labeled = count_labeled(db, reviewer)
        mark = db.execute("SELECT coalesce(max(rowid), 0) FROM annotation_history").fetchone()[0]
    return presented, labeled, mark


def labeled_change_since(db: Database, reviewer: str, mark: int, *,
                         assigned: bool = False) -> int:
    """How this reviewer's labeled count changed in the history after ``mark``."""
    mine = ("AND EXISTS (SELECT 1 FROM assignments x WHERE x.sentence_id = "
            "annotation_history.sentence_id AND x.reviewer = annotation_history.reviewer)"
            if assigned else "")
    return db.execute(
        "SELECT coalesce(sum((label IS NOT NULL) - (prev_label IS NOT NULL)), 0) "
        f"FROM annotation_history WHERE rowid > ? AND reviewer = ? {mine}",
        [mark, reviewer],
    ).fetchone()[0]


def is_assigned(db: Database, sentence_id: str, reviewer: str) -> bool:
    return db.execute("SELECT 1 FROM assignments WHERE sentence_id = ? AND reviewer = ?",
                      [sentence_id, reviewer]).fetchone() is not None


def place(db: Database, sentence: Sentence, *, documents_total: int, context: int = 2) -> Place:
    """Everything the screen shows about one sentence, from indexed lookups only."""
    document = get_document(db, sentence.doc_id)
    before, after = neighbours(db, sentence, context)
    index, total = db.execute(
        "SELECT sum(position <= ?), count(*) FROM sentences WHERE doc_id = ? AND excluded IS NULL",
        [sentence.position, sentence.doc_id],
    ).fetchone()
    number = db.execute(
        "SELECT count(*) FROM documents WHERE ordinal <= ?", [document.ordinal]
    ).fetchone()[0]
    return Place(
        sentence=sentence,
        document=document,
        before=before,
        after=after,
        index_in_document=index or 0,
        sentences_in_document=total,
        document_number=number,
        documents_total=documents_total,
        also_in=group_documents(db, sentence),
    )


class DocumentReader:
    """``place`` for a screen that moves sentence by sentence: the document on screen is
    read once (its presented sentences, its heading and its number), so the next sentence
    in it costs no query; moving to another document reads that one. A document's
    sentences do not change once ingested; the sentence asked for is always the one
    passed in (its near-duplicate group read fresh by the caller's query)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.document: Document | None = None
        self.sentences: list[Sentence] = []
        self.positions: dict[str, int] = {}
        self.number = 0

    def _read(self, doc_id: str) -> None:
        self.document = get_document(self.db, doc_id)
        self.sentences = [Sentence(*row) for row in self.db.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.doc_id = ? "
            "AND s.excluded IS NULL ORDER BY s.position", [doc_id])]
        self.positions = {s.id: i for i, s in enumerate(self.sentences)}
        self.number = self.db.execute(
            "SELECT count(*) FROM documents WHERE ordinal <= ?", [self.document.ordinal]
        ).fetchone()[0]

    def forget(self) -> None:
        """Read the document again next time (after a change to the corpus)."""
        self.document = None

    def place(self, sentence: Sentence, *, documents_total: int, context: int = 2) -> Place:
        if self.document is None or self.document.id != sentence.doc_id \
                or sentence.id not in self.positions:
            self._read(sentence.doc_id)
        i = self.positions.get(sentence.id)
        if i is None:  # excluded from the queue: shown where it stands, all the same
            return place(self.db, sentence, documents_total=documents_total, context=context)
        return Place(
            sentence=sentence,
            document=self.document,
            before=self.sentences[max(i - context, 0):i],
            after=self.sentences[i + 1:i + 1 + context],
            index_in_document=i + 1,
            sentences_in_document=len(self.sentences),
            document_number=self.number,
            documents_total=documents_total,
            also_in=group_documents(self.db, sentence),
        )


@dataclass(frozen=True)
class SearchHit:
    sentence: Sentence
    title: str | None


def search(db: Database, text: str, limit: int = 50) -> list[SearchHit]:
    """Full-text search over presented sentences, best match first; the user's words are
    quoted, never parsed as FTS5 syntax, so any input is safe."""
    query = fts.words_query(text)
    if query is None:  # punctuation alone is no query
        return []
    rows = fts.ranked(
        db, query, columns=f"{_SENTENCE_COLUMNS}, d.title",
        joins="JOIN documents d ON d.id = s.doc_id", where="s.excluded IS NULL", limit=limit,
    )
    return [SearchHit(Sentence(*row[:5]), row[5]) for row in rows]


def find_documents(db: Database, text: str, limit: int = 20) -> list[Document]:
    """Documents whose title contains the text literally (for the command palette's jumps)."""
    condition, pattern = fts.contains("title", text)
    rows = db.execute(
        "SELECT id, ordinal, title, outlet, published, dateline, wire FROM documents "
        f"WHERE {condition} ORDER BY ordinal LIMIT ?",
        [pattern, limit],
    ).fetchall()
    return [Document(*row) for row in rows]


def first_of_document(db: Database, doc_id: str) -> Sentence | None:
    return _first_in_document(db, doc_id)
