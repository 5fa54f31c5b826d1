"""Entities: a government's name and its aliases in the source registry (Korea Utara, Korut,
Pyongyang) read as one term, so sentences naming it differently still meet."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from annotator.db.connection import database_file
from annotator.domain.suggest.words import phrase_index, words


@dataclass
class Entities:
    """Government names and aliases from the source registry, each read as one entity."""

    phrases: dict[str, str] = field(default_factory=dict)  # "korea utara" -> "@korea_utara"
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    index: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # sentences already read with these names (reading.read_cached), kept while they hold
    readings: dict = field(default_factory=dict, repr=False, compare=False)
    # how many sentences match a term's query (candidates.Corpus.doc_freq), kept while the
    # corpus keeps its size: {"at": size, query: count}
    counts: dict = field(default_factory=dict, repr=False, compare=False)
    # sentences' cue strengths alone, for those not read in full (reading.cues_cached)
    cues: dict = field(default_factory=dict, repr=False, compare=False)
    # who denies and whose accusation a sentence rejects (parties.roles_cached)
    roles: dict = field(default_factory=dict, repr=False, compare=False)
    # the rows FTS5 queries matched (candidates.Corpus.matches), kept while the corpus keeps
    # its size: {"at": size, (query, limit): rowids}
    matches: dict = field(default_factory=dict, repr=False, compare=False)


def _key(text: str) -> str:
    return " ".join(words(text))


_ENTITY_CACHE: dict[tuple, Entities] = {}


def load_entities(db: Database) -> Entities:
    """The registry's governments, rebuilt only when the registry changed."""
    if "sources" not in db.table_names():
        return Entities()
    version = db.execute(
        "SELECT (SELECT count(*) FROM sources WHERE kind = 'government'), "
        "(SELECT max(id) FROM sources), (SELECT count(*) FROM source_aliases)").fetchone()
    key = (database_file(db), *version)
    if key[0] is None:  # in memory: nothing tells two such databases apart
        return _read_entities(db)
    cached = _ENTITY_CACHE.get(key)
    if cached is None:
        if len(_ENTITY_CACHE) > 8:
            _ENTITY_CACHE.clear()
        cached = _ENTITY_CACHE[key] = _read_entities(db)
    return cached


def _read_entities(db: Database) -> Entities:
    ents = Entities()
    rows = db.execute(
        "SELECT s.name, a.alias FROM sources s LEFT JOIN source_aliases a "
        "ON a.source_id = s.id WHERE s.kind = 'government'"
    ).fetchall()
    for name, alias in rows:
        key = "@" + "_".join(words(name))
        for given in (name, alias):
            phrase = _key(given or "")
            if len(phrase) < 2:
                continue
            ents.phrases.setdefault(phrase, key)
            surfaces = ents.surfaces.setdefault(key, [])  # as the registry spells them
            if all(_key(known) != phrase for known in surfaces):
                surfaces.append(" ".join(given.split()))
    ents.index = phrase_index(ents.phrases)
    return ents
