"""Shared pieces of the attack: running the CLI, hostile strings, labeled databases."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain.annotations import set_annotation
from annotator.domain.sources import alias_key


def run_cli(args: list, **kwargs):
    """The real CLI in-process (click's CliRunner), stderr kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def labeled_copy(path: Path, reviewer: str = "ana") -> Path:
    db = open_db(path)
    ids = [r[0] for r in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position LIMIT 3")]
    for sid in ids:
        set_annotation(db, sid, reviewer, label="claim")
    db.close()
    return path


# What a colleague's database or file can carry into names: an OSC that retitles the
# terminal, a CSI that blinks, an 8-bit CSI, a bidi override, Rich markup, a lone
# surrogate (from JSON "\udc80"). Each must reach the terminal only as visible characters.
OSC_TITLE = "\x1b]0;pwned\x07"
BLINK = "\x1b[5m"
C1_CSI = "\x9b31m"
BIDI = "\u202e"
MARKUP = "[/][bold]"
HOSTILE = f"{OSC_TITLE}{BLINK}{C1_CSI}{BIDI}{MARKUP}"

REVIEWER = f"Ana{HOSTILE}"
OTHER_REVIEWER = f"Budi{BLINK}"
SOURCE = f"Kremlin{HOSTILE}"
OUTLET = f"Kompas{HOSTILE}"
TITLE = f"Dispute{HOSTILE}"
DOC_TITLE = f"Judul{HOSTILE}"
FILE_NAME = f"berita{BLINK}.txt"

# bytes that must never reach a terminal from data: C0 except tab/newline/CR, DEL, C1
# (UTF-8 encoded as \xc2\x80-\xc2\x9f), the bidi overrides and isolates
_FORBIDDEN = set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0D}
_FORBIDDEN |= {0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def leaks(text: str) -> list[str]:
    """The forbidden characters in ``text`` (what a terminal would obey), as repr."""
    return sorted({repr(ch) for ch in text if ord(ch) in _FORBIDDEN or 0xD800 <= ord(ch) <= 0xDFFF})


def hostile_database(path: Path) -> dict:
    """A database as a colleague's merge or import leaves it: every name hostile. Returns
    the ids the tests need."""
    import hashlib

    from annotator.db.connection import write
    from annotator.domain.disputes import create_dispute_with_members

    db = open_db(path)
    sentences = ["Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia.",
                 "Kremlin menyebut laporan itu tidak berdasar.",
                 "Korea Utara membantah tuduhan itu."]
    ids = []
    with write(db):
        db["documents"].insert({
            "id": "dochostile", "ordinal": 0, "path": FILE_NAME, "title": DOC_TITLE,
            "outlet": OUTLET, "dateline": f"Jakarta{BLINK}", "published": f"2023{BLINK}",
            "wire": f"Reuters{BLINK}", "url": None, "language": "id",
            "raw": " ".join(sentences), "ingested_at": "2025-01-01T00:00:00+00:00"})
        start = 0
        for index, text in enumerate(sentences):
            sid = hashlib.sha256(f"h\0{text}\0{index}".encode()).hexdigest()[:16]
            db["sentences"].insert({
                "id": sid, "doc_id": "dochostile", "unit_index": index, "position": index,
                "text": text,
                "char_start": start, "char_end": start + len(text), "excluded": None,
                "duplicate_of": None, "group_id": None})
            start += len(text) + 1
            ids.append(sid)
    with write(db):  # a source name as a colleague's database can hold it
        db["sources"].insert({"name": SOURCE, "name_key": alias_key(SOURCE), "kind": "office",
                              "created_at": "2025-01-01T00:00:00+00:00"})
    set_annotation(db, ids[0], REVIEWER, label="accusation", source=SOURCE,
                   confidence="high", note=f"note{HOSTILE}")
    set_annotation(db, ids[0], OTHER_REVIEWER, label="claim", source=SOURCE)
    set_annotation(db, ids[1], REVIEWER, label="denial", source=SOURCE)
    dispute = create_dispute_with_members(db, "placeholder", REVIEWER,
                                          [(ids[0], "alleges"), (ids[1], "denies")])
    with write(db):  # a title as a colleague's database can hold it
        db.execute("UPDATE disputes SET title = ?", [TITLE])
    db.close()
    return {"sentences": ids, "dispute": dispute["id"]}
