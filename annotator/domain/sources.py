"""The registry of sources: people, offices, governments, outlets and wires, with aliases.

Annotations store a source's canonical name (names travel between databases; row ids
do not), so renaming or merging a source rewrites the annotations that use it, in the
same transaction, with history rows for each.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.base.clock import now
from annotator.base.errors import AnnotatorError
from annotator.base.text import has_controls
from annotator.db.connection import write

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("person", "office", "government", "outlet", "wire", "other")


class SourceError(AnnotatorError):
    pass


@dataclass
class Source:
    id: int
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


def alias_key(text: str) -> str:
    """A name or alias folded as people read it, the key of ``sources.name_key`` and
    ``source_aliases.key``: NFKC, Unicode case folding (SQLite's lower() folds ASCII only,
    so "STRASSE" would miss "Straße" and "ÖZIL" miss "Özil"), NFKC again, whitespace
    collapsed. Migration 0010 built the stored keys with the same steps."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.split())


def find(db: Database, name_or_alias: str) -> Source | None:
    """The source a name or alias (any case, any Unicode form) stands for; a name before
    an alias."""
    key = alias_key(name_or_alias)
    row = db.execute(
        "SELECT id, 0 FROM sources WHERE name_key = ? "
        "UNION ALL SELECT source_id, 1 FROM source_aliases WHERE key = ? ORDER BY 2 LIMIT 1",
        [key, key],
    ).fetchone()
    return get(db, row[0]) if row else None


def get(db: Database, source_id: int) -> Source | None:
    row = db.execute("SELECT id, name, kind FROM sources WHERE id = ?", [source_id]).fetchone()
    if row is None:
        return None
    aliases = [
        r[0]
        for r in db.execute(
            "SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias", [source_id]
        )
    ]
    return Source(row[0], row[1], row[2], aliases)


def all_sources(db: Database) -> Iterator[Source]:
    aliases: dict[int, list[str]] = {}
    for source_id, alias in db.execute(
        "SELECT source_id, alias FROM source_aliases ORDER BY alias"
    ):
        aliases.setdefault(source_id, []).append(alias)
    for source_id, name, kind in db.execute("SELECT id, name, kind FROM sources ORDER BY name"):
        yield Source(source_id, name, kind, aliases.get(source_id, []))


def use_counts(db: Database) -> dict[str, int]:
    """How many annotations name each source (by its stored name)."""
    return dict(db.execute(
        "SELECT source, count(*) FROM annotations WHERE source IS NOT NULL GROUP BY source"))


def names_and_aliases(db: Database) -> list[tuple[str, str]]:
    """(text to match, canonical name) for every name and alias: the picker's choices."""
    rows = [(name, name) for (name,) in db.execute("SELECT name FROM sources")]
    rows += list(
        db.execute(
            "SELECT a.alias, s.name FROM source_aliases a JOIN sources s ON s.id = a.source_id"
        )
    )
    return rows


def add_source(db: Database, name: str, kind: str = "other", aliases: list[str] = (), *,
               typed: bool = True) -> Source:
    """Add a source (or return the one that name already stands for).

    ``typed``: the name was typed by a person here (the CLI, the source picker), so control
    characters are refused, as in dispute titles; a merge passes names that are already
    data elsewhere (``typed=False``), which are stored as they are and shown safely.
    """
    name = " ".join(name.split())
    if not name:
        raise SourceError("a source needs a name")
    if typed and has_controls(name):
        raise SourceError("a source name cannot contain control characters")
    if kind not in KINDS:
        raise SourceError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    with write(db):
        existing = find(db, name)
        if existing is None:
            source_id = db["sources"].insert(
                {"name": name, "name_key": alias_key(name), "kind": kind, "created_at": now()}
            ).last_pk
        else:
            source_id = existing.id
        for alias in aliases:
            add_alias(db, source_id, alias)
    return get(db, source_id)


def add_alias(db: Database, source: int | str, alias: str, *, typed: bool = True) -> Source:
    """Let ``alias`` stand for a source; an alias can name only one source."""
    if typed and has_controls(" ".join(alias.split())):
        raise SourceError("an alias cannot contain control characters")
    with write(db):
        target = get(db, source) if isinstance(source, int) else find(db, source)
        if target is None:
            raise SourceError(f"unknown source {source!r}")
        alias = " ".join(alias.split())
        key = alias_key(alias)
        if not key:
            raise SourceError("an alias cannot be empty")
        owner = find(db, alias)
        if owner is not None and owner.id != target.id:
            raise SourceError(f"{alias!r} already stands for {owner.name!r}")
        if owner is None and key != alias_key(target.name):
            db["source_aliases"].insert({"key": key, "alias": alias, "source_id": target.id})
    return get(db, target.id)


def merge_sources(db: Database, keep: str, drop: str) -> Source:
    """Fold ``drop`` into ``keep``: its name and aliases become aliases of ``keep`` and every
    annotation (and gold label) naming it is rewritten, with history rows."""
    from annotator.domain.annotations import update_annotation

    with write(db):
        kept, dropped = find(db, keep), find(db, drop)
        if kept is None:
            raise SourceError(f"unknown source {keep!r}")
        if dropped is None:
            raise SourceError(f"unknown source {drop!r}")
        if kept.id == dropped.id:
            raise SourceError(f"{keep!r} and {drop!r} are already the same source")
        db.execute(
            "UPDATE source_aliases SET source_id = ? WHERE source_id = ?", [kept.id, dropped.id]
        )
        db.execute("DELETE FROM sources WHERE id = ?", [dropped.id])
        db["source_aliases"].insert(
            {"key": alias_key(dropped.name), "alias": dropped.name, "source_id": kept.id},
            replace=True,
        )
        rows = db.execute(
            "SELECT sentence_id, reviewer FROM annotations WHERE source = ?", [dropped.name]
        ).fetchall()
        for sentence_id, reviewer in rows:
            update_annotation(db, sentence_id, reviewer, source=kept.name)
        db.execute("UPDATE gold SET source = ? WHERE source = ?", [kept.name, dropped.name])
    return get(db, kept.id)
