"""The export's JSONL lines on SQLite, written by one streaming query.

Most lines of an export need no resolution in Python: a sentence nobody labeled, one
reviewer's, several that agree or differ in label, source or confidence, none adjudicated.
SQLite's json_object quotes every string exactly as Python's json module does
(tests/test_export_lines.py holds every code point to it), so the query writes those lines
whole, in one pass each, and Python only passes them on, as UTF-8 straight to the file,
a batch of lines per write; the rest (gold, joint speakers, agreement with dispute links,
the gold set's rules) come back as their parts and records.python_line builds them as
before.

One query in corpus order: documents by ordinal (ties by rowid, as the ordinal index gives
them) and their sentences by position, each walked in its index, so nothing is sorted and
memory stays flat (tests check the plan). Which sentences are labeled is one list of
rowids made once (_labeled), not a probe per sentence. The line is written inside the
sentence's annotation subquery, whose aggregates decide which line it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from annotator.base.errors import AnnotatorError
from annotator.exchange import record_sql as sql_of
from annotator.exchange.jsonl import UNSAFE, escape_unsafe

if TYPE_CHECKING:
    from sqlite_utils import Database

_ANNOTATIONS = f"json_group_array({sql_of.ANNOTATION})"
# The separator before a sentence's parts (see _query): JSON escapes it inside any string.
PARTS = "\x1e"
_SEPARATOR = PARTS.encode()


def _record(status: str, label: str = "NULL", source: str = "NULL", confidence: str = "NULL",
            sources: str = "json_array()", annotations: str = _ANNOTATIONS,
            disputes: str = "json_array()", assigned: str = "json_array()") -> str:
    """A sentence's whole line, for SQLite's json_object to write in one pass; values made by
    json functions (annotations, sources, the disputes and assignments) go in as JSON."""
    return (f"json_object('id', s.id, 'doc_id', d.id, 'doc_title', d.title, "
            f"'position', s.position, 'text', s.text, 'label', {label}, 'source', {source}, "
            f"'confidence', {confidence}, 'sources', {sources}, 'status', '{status}', "
            f"'annotations', {annotations}, 'disputes', {disputes}, 'gold', NULL, "
            f"'assigned', {assigned})")


# The line of a sentence nobody labeled, linked or was assigned (most of an --all export):
# its own five values by json_object, then the rest, the same for every such sentence, as
# one constant. The object ends with the text's value (a string, a number or null, never a
# brace), so rtrim takes exactly its closing brace. A tenth less work than the whole line
# by json_object, which writes ten more values and makes four empty arrays each time.
_UNLABELED = (
    "rtrim(json_object('id', s.id, 'doc_id', d.id, 'doc_title', d.title, "
    "'position', s.position, 'text', s.text), '}') || "
    "',\"label\":null,\"source\":null,\"confidence\":null,\"sources\":[],"
    "\"status\":\"unlabeled\",\"annotations\":[],\"disputes\":[],\"gold\":null,"
    "\"assigned\":[]}'")


# status.py's rule for label, source and confidence (compared exactly, NULL apart; the
# columns hold text, as their affinity makes them): the three as one JSON array per
# annotation, equal in every row. Two aggregate steps a row, not nine (a min, a max and a
# count of each), which were a sixth of the --all query's time.
_KEY = "json_array(a.label, a.source, a.confidence)"
SAME = f"min({_KEY}) IS max({_KEY})"


def _resolved(status: str, **nested: str) -> str:
    """The line of one annotation, or of several agreeing in label, source and confidence
    (status.py's rule): their values, the source as the one speaker. The values are read
    from the group's rows as they are (SQLite's bare columns): every row holds the same."""
    return _record(status, "a.label", "a.source", "a.confidence",
                   "CASE WHEN a.source <> '' THEN json_array(a.source) "
                   "ELSE json_array() END", **nested)


def _query(db: Database, options: sql_of.ExportOptions) -> tuple[str, dict]:
    """The export's query: per sentence in corpus order, its line as UTF-8; or PARTS and its
    parts, each as JSON text, separated by PARTS; or NULL when the gold set leaves it out."""
    reviewer_filter, where, held, params = sql_of.selection(db, options)
    gold = sql_of.GOLD if held["gold"] else "NULL"
    disputes = (sql_of.DISPUTES.format(reviewer_filter=reviewer_filter)
                if held["dispute_members"] else "'[]'")
    assigned = (sql_of.ASSIGNED.format(reviewer_filter=reviewer_filter)
                if held["assignments"] else "'[]'")
    nested = {"disputes": f"json({disputes})" if held["dispute_members"] else "json_array()",
              "assigned": f"json({assigned})" if held["assignments"] else "json_array()"}
    coded = (f"CASE WHEN count(*) = 0 THEN '[]' ELSE CASE WHEN count(a.sources) > 0 THEN 'p' "
             f"WHEN count(*) = 1 THEN 's' WHEN {SAME} THEN 'a' ELSE 'c' END "
             f"|| {_ANNOTATIONS} END")
    parts = f" || '{PARTS}' || ".join((
        "''", "json_quote(d.id)", "json_quote(d.title)", "json_quote(s.id)",
        "json_quote(s.position)", "json_quote(s.text)", coded, f"ifnull({gold}, 'null')",
        disputes, assigned))
    unlabeled = _record("unlabeled", annotations="json_array()", **nested)
    if not held["dispute_members"] and not held["assignments"]:
        unlabeled = _UNLABELED
    single, agreed = _resolved("single", **nested), _resolved("agreed", **nested)
    conflict = _record("conflict", **nested)
    if held["dispute_members"]:  # agreed with dispute links: Python decides
        agreed = f"CASE WHEN {disputes} = '[]' THEN {agreed} ELSE {parts} END"
    if options.settled_only:  # the gold set: agreed, or adjudicated (Python reads those)
        unlabeled = single = conflict = "NULL"
    # adjudicated, joint speakers, or a position that is not a whole number (Python writes
    # it as it is: None, 5.0, a text unquoted)
    python = "typeof(s.position) <> 'integer' OR count(a.sources) > 0"
    if held["gold"]:
        python = f"EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id) OR {python}"
    line = f"""(SELECT CASE WHEN {python} THEN {parts}
        WHEN count(*) = 0 THEN {unlabeled} WHEN count(*) = 1 THEN {single}
        WHEN {SAME} THEN {agreed} ELSE {conflict} END
        FROM annotations a WHERE a.sentence_id = s.id {reviewer_filter})"""
    if options.include_unlabeled:
        # most of an --all export: the line is written without the aggregate subquery when
        # the sentence is not in the list of labeled (or adjudicated) sentences' rowids
        line = (f"CASE WHEN typeof(s.position) <> 'integer' OR {_labeled(held, reviewer_filter)} "
                f"THEN {line} ELSE {unlabeled} END")
    else:
        # the labeled set: the same list chooses the sentences (selection's EXISTS probes)
        where = (f"s.excluded IS NULL AND "
                 f"{_labeled(held, reviewer_filter, assigned=not options.settled_only)}")
    sql = f"""
        SELECT CAST({line} AS BLOB)
        FROM documents d CROSS JOIN sentences s ON s.doc_id = d.id
        WHERE {where}
        ORDER BY d.ordinal, d.rowid, s.position
    """
    return sql, params


def _labeled(held: dict[str, bool], reviewer_filter: str, assigned: bool = False) -> str:
    """Is sentence ``s`` labeled or adjudicated (or, ``assigned``, planned for someone)? Its
    rowid looked up in a list made once.

    A probe of the annotations' key by sentence id per sentence lands at random in that
    key (the ids are hashes): at 1M sentences most probes miss the caches, and the probes
    were a third of the export's SQL time. The list is made in the order of that key
    (sentence ids from the annotations' key, each looked up in the sentences' key, both
    walked forward) and holds rowids, which grow with the corpus order the export walks,
    so the lookups walk the list forward too. SQLite keeps it in its temporary store,
    which spills to disk, so memory stays bounded.
    """
    chosen = [f"SELECT sentence_id FROM annotations WHERE 1 {reviewer_filter}"]
    if held["gold"]:
        chosen.append("SELECT sentence_id FROM gold")
    if assigned and held["assignments"]:
        chosen.append(f"SELECT sentence_id FROM assignments WHERE 1 {reviewer_filter}")
    return ("s.rowid IN (SELECT rowid FROM sentences WHERE id IN "
            f"({' UNION ALL '.join(chosen)}))")


def encoded_lines(db: Database, options: sql_of.ExportOptions, python_line: Callable,
                  on_row: Callable | None = None) -> Iterator[bytes]:
    """The export's lines in corpus order as UTF-8, one as each is read (a stream's reader
    gets them as they come); ``python_line`` (records.python_line) builds the ones SQLite
    leaves to Python."""
    sql, params = _query(db, options)
    for (line,) in db.conn.execute(sql, params):
        if on_row:
            on_row()
        if line is not None:
            line = _finished(db, options, python_line, line)
            if line is not None:
                yield line


BATCH = 512  # lines read and written at once by encoded_batches


def encoded_batches(db: Database, options: sql_of.ExportOptions, python_line: Callable,
                    on_row: Callable | None = None) -> Iterator[tuple[bytes, int]]:
    """The same lines for a file, a few hundred at a time: (the lines, each ending in a
    newline; how many). Most batches hold only lines SQLite wrote whole and nothing to
    escape: they are checked and joined as one (no Python step per line). ``on_row`` is
    called with the number of sentences read."""
    sql, params = _query(db, options)
    cursor = db.conn.execute(sql, params)
    while rows := cursor.fetchmany(BATCH):
        if on_row:
            on_row(len(rows))
        lines = [line for (line,) in rows]
        lines.append(b"")  # the last line's newline
        try:
            joined = b"\n".join(lines)
        except TypeError:  # a NULL: a sentence the gold set leaves out
            lines = [line for line in lines if line is not None]
            joined = b"\n".join(lines)
        if _SEPARATOR in joined or not joined.isascii():
            # parts for Python (JSON escapes the separator inside any string), or text to
            # check for characters to escape: line by line, as encoded_lines does
            lines = [line for line in (_finished(db, options, python_line, line)
                                       for line in lines[:-1]) if line is not None]
            lines.append(b"")
            joined = b"\n".join(lines)
        if len(lines) > 1:
            yield joined, len(lines) - 1


def _finished(db: Database, options: sql_of.ExportOptions, python_line: Callable,
              line: bytes) -> bytes | None:
    """A line as written to the file: SQLite's with unsafe characters escaped, or built by
    Python from its parts (None when the options leave the sentence out)."""
    if line[:1] == _SEPARATOR:
        loads = json.loads
        doc_id, title, sid, position, text, anns, gold, links, assigned = _decoded(
            line[1:]).split(PARTS)
        text_line = python_line(db, options, True, loads(doc_id), loads(title),
                                loads(sid), loads(position), loads(text), anns,
                                None if gold == "null" else gold, links, assigned)
        return None if text_line is None else text_line.encode("utf-8")
    if not line.isascii():
        text = _decoded(line)
        if UNSAFE.search(text):
            return escape_unsafe(text).encode("utf-8")
    return line


def _decoded(line: bytes) -> str:
    """A line SQLite wrote, as text (the database holds UTF-8 text, as Python's sqlite3
    would find on reading it)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AnnotatorError(f"the database holds text that is not UTF-8 ({exc.reason} in "
                             f"{line[:80]!r}); the export stopped") from exc
