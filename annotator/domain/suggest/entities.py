"""Entities: a government's name and its aliases in the source registry (Korea Utara, Korut,
Pyongyang), and the countries and international bodies of ``data/parties.json`` (Iran,
Teheran, Tehran, Iranian; Uni Eropa, EU, Brussel), read as one term, so sentences naming a
party differently, in either language, still meet. An alias written in capitals ("AS",
"US", "EU") matches only so written: "as" and "us" are English words."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from annotator.base.resources import data_file
from annotator.db.connection import database_file
from annotator.domain.suggest.words import match_at, phrase_index, words


@dataclass
class Entities:
    """Government names and aliases from the source registry, each read as one entity."""

    phrases: dict[str, str] = field(default_factory=dict)  # "korea utara" -> "@korea_utara"
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    index: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    exact: frozenset[str] = frozenset()  # phrases matched only as written, in capitals ("as")
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

    def match(self, toks: list[str], written: list[str], i: int) -> int:
        """Length in words of the entity named at toks[i] (casefolded; ``written``: the same
        words as written), 0 if none: an alias registered in capitals names it only when
        written in capitals ("AS membantah", not "as Russia")."""
        n = match_at(self.index, toks, i)
        if n and self.exact and " ".join(toks[i:i + n]) in self.exact and not all(
                w.isupper() for w in written[i:i + n]):
            return 0
        return n


def _key(text: str) -> str:
    return " ".join(words(text))


_ENTITY_CACHE: dict[tuple, Entities] = {}


def load_entities(db: Database) -> Entities:
    """The registry's governments and the parties file's, rebuilt only when the registry
    changed."""
    if "sources" not in db.table_names():
        return _read_entities(None)
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


_PARTIES: list[tuple[str, list[str]]] = []


def parties() -> list[tuple[str, list[str]]]:
    """(name, aliases) of ``data/parties.json``, read once."""
    if not _PARTIES:
        data = json.loads(data_file("parties.json").read_text(encoding="utf-8"))
        _PARTIES.extend((p["name"], p.get("aliases", [])) for p in data["parties"])
    return _PARTIES


def _read_entities(db: Database | None) -> Entities:
    ents = Entities()
    rows = [] if db is None else db.execute(
        "SELECT s.name, a.alias FROM sources s LEFT JOIN source_aliases a "
        "ON a.source_id = s.id WHERE s.kind = 'government'"
    ).fetchall()
    spelled: dict[str, bool] = {}  # phrase -> whether every spelling of it is in capitals
    for name, alias in rows:
        _add(ents, spelled, "@" + "_".join(words(name)), [name, alias])
    for name, aliases in parties():
        # a party the registry knows (by any of its names) gains the file's aliases
        names = [name, *aliases]
        key = next((ents.phrases[p] for p in map(_key, names) if p in ents.phrases),
                   "@" + "_".join(words(name)))
        _add(ents, spelled, key, names)
    ents.index = phrase_index(ents.phrases)
    ents.exact = frozenset(p for p, caps in spelled.items() if caps)
    return ents


def _add(ents: Entities, spelled: dict[str, bool], key: str, names: list) -> None:
    for given in names:
        phrase = _key(given or "")
        if len(phrase) < 2:
            continue
        letters = [c for c in given if c.isalpha()]
        spelled[phrase] = spelled.get(phrase, True) and len(letters) > 1 and all(
            c.isupper() for c in letters)
        if ents.phrases.setdefault(phrase, key) != key:
            continue  # another party's name first
        surfaces = ents.surfaces.setdefault(key, [])  # as the registry spells them
        if all(_key(known) != phrase for known in surfaces):
            surfaces.append(" ".join(given.split()))
