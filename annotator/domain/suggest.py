"""Link suggestions: the sentences a sentence most likely answers or repeats, and the disputes
it could join, each with a score and a short reason.

Why not string similarity alone: a denial often says only "such reports are baseless" and the
sentence before it names the accusation, and the same actors go by several names (Korea Utara,
Korut, Pyongyang). So each sentence is read with its neighbours, government names and aliases
from the source registry count as one entity, Indonesian affixes are stripped (menuduh and
tuduhan share "tuduh"), and accusation/denial cue words, labels, dispute members and
ingestion's near-duplicate groups all add evidence. It works cold (cues and context only) and
sharpens as labels and disputes accumulate.

Speed: candidates come from FTS5 (an OR of the rarest informative terms, quoted), widened to
their neighbours, near-duplicates and fellow dispute members; only those few hundred are
scored (rapidfuzz with an explicit scorer and cutoff on text preprocessed once, plus an
IDF-weighted overlap), never the whole corpus.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from annotator.domain.scheme import Scheme, load_scheme

FTS_TABLE = "sentences_fts"
WINDOW = 2  # neighbours read on each side of a sentence
HITS = 40  # FTS5 rows taken, best bm25 first
SAMPLE = 150  # matches read to estimate how common a term is
BUDGET = 2000  # estimated FTS5 matches the candidate queries may return in all
PART_LIMIT = 600  # rows read from any one of them
QUERY_TERMS = 20  # terms of the sentence and its neighbours considered for the query
PAIR_TERMS = 4  # the target's rarest terms, combined in pairs when none is rare on its own

STOPWORDS = frozenset("""
yang dan di ke dari itu ini untuk dengan pada dalam adalah akan tidak juga oleh sebagai karena
bahwa telah sudah atau ada mereka kami kita saya ia dia para lebih bisa dapat masih lalu namun
tetapi tapi serta setelah sebelum saat ketika kata menurut bagi hingga sejak secara tersebut
seperti pun tak belum baru antara kepada terhadap tentang hal banyak satu dua tiga empat lima
tahun bulan pekan minggu hari sebelumnya berkata ujarnya katanya ujar tambahnya jika kalau
sangat hanya semua semuanya lain bagaimana apa apakah siapa mana sini sana nya pula agar maka
bahkan yakni yaitu demikian begitu lagi sementara selain bila pernah sedang harus ingin melalui
tanpa terkait atas bagian sekitar kali orang cara sama beberapa seluruh setiap kemudian sendiri
mengatakan menyatakan guna luar negeri juru bicara berbicara
the of to in and on for that with was is by as at from it be has have are were this which an
or not but its their they he she had been will would said says also than more into about after
""".split())

# Cue words and phrases (casefolded, space-separated tokens) with how strongly they signal.
DENIAL_CUES = {
    "menolak": 1.0, "tolak": 1.0, "membantah": 1.0, "bantah": 1.0, "bantahan": 1.0,
    "dibantah": 1.0, "menyangkal": 1.0, "sangkal": 1.0, "tidak berdasar": 1.0,
    "tak berdasar": 1.0, "tanpa bukti": 1.0, "tidak disertai bukti": 1.0,
    "tidak ada bukti": 1.0, "tidak benar": 0.8, "omong kosong": 0.8, "fitnah": 0.8,
    "hoaks": 0.7, "tidak masuk akal": 0.8, "mengada ada": 0.8, "palsu": 0.5, "bukti": 0.4,
    "laporan seperti itu": 0.5, "tidak ada rinciannya": 0.6, "menepis": 1.0,
    "deny": 1.0, "denies": 1.0, "denied": 1.0, "denial": 1.0, "reject": 1.0, "rejects": 1.0,
    "rejected": 1.0, "baseless": 1.0, "unfounded": 1.0, "no evidence": 1.0,
    "without evidence": 1.0, "false": 0.5, "groundless": 1.0, "nonsense": 0.8,
}
ACCUSATION_CUES = {
    "menuduh": 1.0, "dituduh": 1.0, "menuding": 1.0, "dituding": 1.0, "tuduhan": 0.5,
    "tudingan": 0.5, "diduga": 0.6, "dugaan": 0.5, "mengutuk": 0.8, "mengecam": 0.8,
    "menyalahkan": 0.7, "melanggar": 0.5, "accuse": 1.0, "accuses": 1.0, "accused": 1.0,
    "alleged": 0.8, "allegedly": 0.8, "alleges": 1.0, "allegation": 0.6, "allegations": 0.6,
    "condemn": 0.8, "condemned": 0.8, "blamed": 0.7,
}

_WORD = re.compile(r"\w+", re.UNICODE)
_PREFIXES = (
    ("meny", "s"), ("meng", "k"), ("mem", "p"), ("men", "t"), ("me", ""),
    ("peny", "s"), ("peng", "k"), ("pem", "p"), ("pen", "t"), ("per", ""), ("pe", ""),
    ("ber", ""), ("ter", ""), ("di", ""),
)
_VOWELS = set("aiueo")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light Indonesian stemmer: consistent, not exact (menuduh, dituduh, tuduhan -> tuduh;
    mengirim, pengiriman, dikirimkan -> kirim; persenjataan -> senjata)."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in ("nya", "lah", "kah", "pun"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for suffix in ("kan", "an"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for prefix, restore in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix):]
            if restore and rest[0] in _VOWELS:
                return restore + rest
            if prefix in ("meng", "peng", "meny", "peny") or not restore:
                return rest
            if rest[0] in _VOWELS:
                return restore + rest
            return rest
    return word


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@dataclass
class Entities:
    """Government names and aliases from the source registry, each read as one entity."""

    phrases: dict[str, str] = field(default_factory=dict)  # "korea utara" -> "@korea_utara"
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    index: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)


def _phrase_index(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases (as word tuples) by their first word, longest first: matching a sentence
    costs one dict lookup per word."""
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in phrases:
        toks = tuple(phrase.split())
        if toks:
            index[toks[0]].append(toks)
    for options in index.values():
        options.sort(key=len, reverse=True)
    return dict(index)


def _match(index: dict[str, list[tuple[str, ...]]], toks: list[str], i: int) -> int:
    """Length in words of the longest phrase starting at toks[i] (0 if none)."""
    for option in index.get(toks[i], ()):
        n = len(option)
        if tuple(toks[i:i + n]) == option:
            return n
    return 0


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
    key = (db.execute("PRAGMA database_list").fetchone()[2], *version)
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
        for phrase in (name, alias):
            phrase = _key(phrase or "")
            if len(phrase) < 2:
                continue
            ents.phrases.setdefault(phrase, key)
            surfaces = ents.surfaces.setdefault(key, [])
            if phrase not in surfaces:
                surfaces.append(phrase)
    ents.index = _phrase_index(ents.phrases)
    return ents


_DENY_INDEX = _phrase_index(DENIAL_CUES)
_ACCUSE_INDEX = _phrase_index(ACCUSATION_CUES)


def _cue(index: dict[str, list[tuple[str, ...]]], weights: dict[str, float],
         toks: list[str]) -> float:
    best = 0.0
    for i, tok in enumerate(toks):
        if tok in index:
            n = _match(index, toks, i)
            if n:
                best = max(best, weights[" ".join(toks[i:i + n])])
    return best


@dataclass
class Reading:
    """One sentence as suggestion scoring sees it."""

    terms: dict[str, str]  # stem or entity key -> its surface form (for queries and reasons)
    accuse: float  # accusation cue strength 0..1
    deny: float  # denial cue strength 0..1
    flat: str  # informative stems, space-joined (rapidfuzz input, processed once)


_OPENERS = set('.!?:"\'“”‘’«([')
_WORD_AFTER = re.compile(r"([^\w\s]?)\s*(\w+)")


def read(text: str, ents: Entities) -> Reading:
    found = _WORD_AFTER.findall(text)  # (punctuation just before, word)
    toks = [w.casefold() for _, w in found]
    terms: dict[str, str] = {}
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok in ents.index:
            n = _match(ents.index, toks, i)
            if n:
                phrase = " ".join(toks[i:i + n])
                terms.setdefault(ents.phrases[phrase], phrase)
                i += n
                continue
        before, raw = found[i]
        i += 1
        if len(tok) < 3 or tok in STOPWORDS or tok.isdigit():
            continue
        # A capitalised word inside a sentence is a name and keeps its letters (Peskov).
        name = raw[0].isupper() and i > 1 and before not in _OPENERS
        s = tok if name else stem(tok)
        if s in STOPWORDS or len(s) < 3:
            continue
        terms.setdefault(s, tok)
    return Reading(terms, _cue(_ACCUSE_INDEX, ACCUSATION_CUES, toks),
                   _cue(_DENY_INDEX, DENIAL_CUES, toks), " ".join(sorted(terms)))


def stance_of(label: str | None, reading: Reading, scheme: Scheme) -> str | None:
    """alleges / denies / supports / context from a label's role in the scheme, else from cue
    words, else None."""
    role = scheme.role_for(label)
    if role:
        return role
    if reading.deny >= 0.8 or (reading.deny >= 0.4 and reading.accuse >= 0.5):
        return "denies"
    if reading.accuse >= 0.6:
        return "alleges"
    return None


@dataclass
class SentenceSuggestion:
    sentence_id: str
    score: float
    relation: str  # answers | repeats | related
    why: str
    text: str
    doc_id: str
    doc_title: str | None
    outlet: str | None
    published: str | None
    label: str | None
    source: str | None
    disputes: list[dict] = field(default_factory=list)


@dataclass
class DisputeSuggestion:
    dispute_id: str
    title: str
    score: float
    role: str  # the role proposed for the sentence
    why: str
    members: int


@dataclass
class Suggestions:
    sentence_id: str
    text: str
    stance: str | None  # alleges | denies | supports | context | None (cold, no cues)
    proposed_role: str
    sentences: list[SentenceSuggestion]
    disputes: list[DisputeSuggestion]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Corpus:
    """Row access for one suggestion run (one connection, its own thread)."""

    def __init__(self, db: Database):
        self.db = db
        self.ents = load_entities(db)
        self.rows: dict[str, dict] = {}
        self.readings: dict[str, Reading] = {}
        self._total: int | None = None

    def total(self) -> int:
        if self._total is None:
            row = self.db.execute("SELECT max(rowid) FROM sentences").fetchone()  # size, cheaply
            self._total = max(1, row[0] or 1)
        return self._total

    def doc_freq(self, query: str) -> int:
        """How many sentences match an FTS5 query, estimated from where its SAMPLE-th match
        falls in rowid order (exact below SAMPLE), so a very common word costs no more than a
        rare one."""
        rows = self.db.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid LIMIT ?",
            [query, SAMPLE]).fetchall()
        if len(rows) < SAMPLE:
            return max(1, len(rows))
        return max(SAMPLE, int(SAMPLE * self.total() / max(1, rows[-1][0])))

    COLS = "s.id, s.doc_id, s.seq, s.text, s.group_id"

    def _take(self, cursor) -> list[str]:
        ids = []
        for sid, doc_id, seq, text, group_id in cursor:
            if sid not in self.rows:
                self.rows[sid] = {"id": sid, "doc_id": doc_id, "seq": seq, "text": text,
                                  "group_id": group_id}
            ids.append(sid)
        return ids

    def sentence(self, sentence_id: str) -> dict | None:
        ids = self._take(self.db.execute(
            f"SELECT {self.COLS} FROM sentences s WHERE s.id = ?", [sentence_id]))
        return self.rows[ids[0]] if ids else None

    def window(self, doc_id: str, seq: int, before: int, after: int) -> list[str]:
        return self._take(self.db.execute(
            f"SELECT {self.COLS} FROM sentences s WHERE s.doc_id = ? AND s.seq BETWEEN ? AND ? "
            "AND s.excluded IS NULL ORDER BY s.seq", [doc_id, seq - before, seq + after]))

    def by_ids(self, ids: list[str]) -> list[str]:
        out = []
        ids = [i for i in ids if i not in self.rows]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out += self._take(self.db.execute(
                f"SELECT {self.COLS} FROM sentences s WHERE s.id IN "
                f"({','.join('?' * len(chunk))}) AND s.excluded IS NULL", chunk))
        return out

    def gather(self, parts: list[tuple[str, float]], limit: int) -> list[str]:
        """The sentences matching the weighted FTS5 queries, those matching the most (and
        rarest) first. Scored here rather than with bm25, which costs more than the match."""
        weight: dict[int, float] = defaultdict(float)
        for query, w in parts:
            for (rowid,) in self.db.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?",
                [query, PART_LIMIT],
            ):
                weight[rowid] += w
        best = heapq.nlargest(limit, weight.items(), key=lambda kv: (kv[1], -kv[0]))
        rowids = [r for r, _ in best]
        if not rowids:
            return []
        order = {r: i for i, r in enumerate(rowids)}
        rows = self.db.execute(
            f"SELECT s.rowid, {self.COLS} FROM sentences s WHERE s.rowid IN "
            f"({','.join('?' * len(rowids))}) AND s.excluded IS NULL", rowids).fetchall()
        rows.sort(key=lambda r: order[r[0]])
        return self._take(r[1:] for r in rows)

    def reading(self, sentence_id: str) -> Reading:
        r = self.readings.get(sentence_id)
        if r is None:
            r = self.readings[sentence_id] = read(self.rows[sentence_id]["text"], self.ents)
        return r

    def neighbours(self, sentence_id: str) -> list[tuple[int, str]]:
        """(offset, id) of the already loaded sentences within WINDOW in the same document."""
        row = self.rows[sentence_id]
        return self._by_doc().get(row["doc_id"], {}).get("near", {}).get(sentence_id, [])

    def _by_doc(self) -> dict:
        return self.__dict__.setdefault("_docs", {})

    def index_neighbours(self) -> None:
        docs: dict[str, dict[int, str]] = defaultdict(dict)
        for sid, row in self.rows.items():
            if row["seq"] is not None:
                docs[row["doc_id"]][row["seq"]] = sid
        index = self._by_doc()
        index.clear()
        for doc_id, by_seq in docs.items():
            near = {}
            for seq, sid in by_seq.items():
                near[sid] = [(k, by_seq[seq + k]) for k in range(-WINDOW, WINDOW + 1)
                             if k and seq + k in by_seq]
            index[doc_id] = {"near": near}


def quote(term: str) -> str:
    """An FTS5 string (phrase) for corpus text: double quotes doubled, never operators; a
    trailing * (added by affixed(), never taken from the text) makes it a prefix query."""
    star = term.endswith("*")
    term = term.rstrip("*")
    return '"' + term.replace('"', '""') + '"' + ("*" if star else "")


def affixed(root: str) -> list[str]:
    """The usual Indonesian forms of a root (tuduh -> tuduhan, menuduh, dituduh, ...), as exact
    words: FTS5 prefix queries would find them too but cost ten times more."""
    first = root[0]
    if first in _VOWELS or first in "gh":
        nasal, rest = "ng", root
    elif first == "k":
        nasal, rest = "ng", root[1:]
    elif first == "t":
        nasal, rest = "n", root[1:]
    elif first == "p":
        nasal, rest = "m", root[1:]
    elif first == "s":
        nasal, rest = "ny", root[1:]
    elif first in "bfv":
        nasal, rest = "m", root
    elif first in "dcjz":
        nasal, rest = "n", root
    else:
        nasal, rest = "", root
    me, pe = "me" + nasal + rest, "pe" + nasal + rest
    return [root, root + "an", root + "kan", me, me + "kan", "di" + root, pe + "an"]


# How much a neighbour's words count as this sentence's context, by offset.
CONTEXT_WEIGHT = {-1: 0.7, -2: 0.45, 1: 0.35, 2: 0.2}


def bag(corpus: Corpus, sentence_id: str) -> dict[str, float]:
    """The sentence's terms (weight 1) with its neighbours' terms at lower weights."""
    out = dict.fromkeys(corpus.reading(sentence_id).terms, 1.0)
    for offset, nid in corpus.neighbours(sentence_id):
        w = CONTEXT_WEIGHT[offset]
        for term in corpus.reading(nid).terms:
            if out.get(term, 0.0) < w:
                out[term] = w
    return out


class Similarity:
    """IDF-weighted similarity of a weighted bag of terms to sentences, with each sentence's
    norm computed once per run."""

    def __init__(self, corpus: Corpus, idf: dict[str, float], default_idf: float):
        self.corpus, self.idf, self.default = corpus, idf, default_idf
        self.norms: dict[str, float] = {}

    def norm(self, bag: dict[str, float]) -> float:
        idf, d = self.idf, self.default
        return sum(w * idf.get(t, d) for t, w in bag.items())

    def to(self, bag: dict[str, float], bag_norm: float, sid: str) -> tuple[float, list[str]]:
        """Half cosine, half overlap with the smaller side (a short sentence naming the same
        few things still counts); and the shared terms, rarest first."""
        terms = self.corpus.reading(sid).terms
        shared = [t for t in terms if t in bag]
        if not shared or not bag_norm:
            return 0.0, []
        idf, d = self.idf, self.default
        nb = self.norms.get(sid)
        if nb is None:
            nb = self.norms[sid] = sum(idf.get(t, d) for t in terms)
        num = sum(bag[t] * idf.get(t, d) for t in shared)
        shared.sort(key=lambda t: -idf.get(t, d) * bag[t])
        return 0.5 * num / math.sqrt(bag_norm * nb) + 0.5 * num / min(bag_norm, nb), shared


def context(corpus: Corpus, sim: Similarity, sid: str, t_core: dict[str, float],
            core_norm: float, t_bag: dict[str, float],
            bag_norm: float) -> tuple[float, list[str], str | None]:
    """How much the candidate's neighbours name what the target says (a denial's previous
    sentence names the accusation), or the target's neighbours name what the candidate says.
    Returns the score, the shared terms and the neighbour that gave them (or None)."""
    best, shared = sim.to(t_bag, bag_norm, sid)
    best *= 0.8
    via = None
    near = corpus.neighbours(sid)
    intro = any(o == -1 and corpus.rows[n]["text"].rstrip().endswith(":") for o, n in near)
    for offset, nid in near:
        score, common = sim.to(t_core, core_norm, nid)
        # 'Peskov berkata:' between a denial and what it answers does not push that away
        score *= CONTEXT_WEIGHT[-1] if intro and offset == -2 else CONTEXT_WEIGHT[offset]
        if score > best:
            best, shared, via = score, common, nid
    return best, shared, via


def overlap(a: dict[str, float], b: dict[str, float], idf: dict[str, float],
            default_idf: float) -> tuple[float, list[str]]:
    """IDF-weighted similarity of two weighted term bags (half cosine, half overlap with the
    smaller bag, so a short sentence naming the same few things still counts), and the
    shared terms, rarest first."""
    if not a or not b:
        return 0.0, []
    shared = [t for t in a if t in b]
    if not shared:
        return 0.0, []
    num = sum(min(a[t], b[t]) * idf.get(t, default_idf) for t in shared)
    na = sum(w * idf.get(t, default_idf) for t, w in a.items())
    nb = sum(w * idf.get(t, default_idf) for t, w in b.items())
    shared.sort(key=lambda t: -idf.get(t, default_idf) * min(a[t], b[t]))
    return 0.5 * num / math.sqrt(na * nb) + 0.5 * num / min(na, nb), shared


def _labels(db: Database, ids: list[str], reviewer: str | None) -> dict[str, dict]:
    """Label and source per sentence: gold, else this reviewer's, else the latest anyone's."""
    out: dict[str, dict] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for sid, label, source, who, _at in db.execute(
            f"SELECT sentence_id, label, source, reviewer, updated_at FROM annotations "
            f"WHERE sentence_id IN ({marks}) ORDER BY updated_at", chunk
        ):
            if sid in out and out[sid]["by"] == reviewer:
                continue
            out[sid] = {"label": label, "source": source, "by": who}
        if "gold" in db.table_names():
            for sid, label, source in db.execute(
                f"SELECT sentence_id, label, source FROM gold WHERE sentence_id IN ({marks})",
                chunk,
            ):
                out[sid] = {"label": label, "source": source, "by": "gold"}
    return out


def _memberships(db: Database, ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for did, sid, role in db.execute(
            "SELECT DISTINCT dispute_id, sentence_id, role FROM dispute_members "
            f"WHERE sentence_id IN ({','.join('?' * len(chunk))})", chunk
        ):
            out[sid].append((did, role))
    return out


OPPOSITE = {"alleges": "denies", "denies": "alleges"}


def _fit(target: str | None, cand: str | None, t_read: Reading, c_read: Reading) -> tuple[
        float, str]:
    """How well the candidate's stance fits as an answer to (or repeat of) the target's."""
    if target in OPPOSITE:
        want = OPPOSITE[target]
        if cand == want:
            return 1.0, "answers"
        cue = c_read.deny if want == "denies" else c_read.accuse
        if cand is None and cue:
            return 0.8 * cue, "answers"
        if cand == target:
            return 0.5, "repeats"
        return 0.0, "related"
    strength = max(c_read.deny, c_read.accuse)
    if cand in OPPOSITE or strength >= 0.6:
        return 0.5, "related"
    return 0.0, "related"


def query_groups(corpus: Corpus, sentence_id: str, t_bag: dict[str, float]) -> dict[str, str]:
    """An FTS5 expression per term: an entity's names and aliases as phrases; a word's forms
    seen here, plus (for the sentence's own words) prefixes of its affixed forms."""
    seen: dict[str, set[str]] = defaultdict(set)
    for sid in [sentence_id] + [n for _, n in corpus.neighbours(sentence_id)]:
        for term, form in corpus.reading(sid).terms.items():
            seen[term].add(form)
    own = corpus.reading(sentence_id).terms
    by_weight = sorted(t_bag, key=lambda t: (-t_bag[t], -len(t), t))
    terms = [t for t in by_weight if t in own][:QUERY_TERMS // 2]
    terms += [t for t in by_weight if t not in own][:QUERY_TERMS - len(terms)]
    out = {}
    for term in terms:
        if term.startswith("@"):
            forms = set(corpus.ents.surfaces.get(term, [])) or seen[term]
        else:
            forms = set(seen[term])
            if term in own and len(term) >= 4:
                forms |= set(affixed(term))  # tuduh -> tuduhan, menuduh, dituduh, ...
        if forms:
            out[term] = "(" + " OR ".join(quote(f) for f in sorted(forms)) + ")"
    return out


def candidate_parts(groups: dict[str, str], df: dict[str, int], idf: dict[str, float],
                    t_read: Reading, total: int) -> list[tuple[str, float]]:
    """FTS5 queries with weights: rare terms alone, and pairs of the sentence's own commoner
    terms, within a budget of estimated matches, so retrieval stays fast however large and
    repetitive the corpus is."""
    single_max = max(60, min(2000, total // 500))
    parts: list[tuple[str, float]] = []
    spent = 0.0
    ranked = sorted(groups, key=lambda t: (df[t], t))
    singles = set()
    for term in ranked:
        if df[term] <= single_max and spent + df[term] <= BUDGET:
            parts.append((groups[term], idf[term]))
            singles.add(term)
            spent += df[term]
    pool = [t for t in ranked if t in t_read.terms and t not in singles][:PAIR_TERMS]
    pairs = sorted(combinations(pool, 2), key=lambda p: df[p[0]] * df[p[1]])
    for a, b in pairs:
        estimate = df[a] * df[b] / total
        if parts and spent + estimate > BUDGET:
            break
        parts.append((f"{groups[a]} AND {groups[b]}", idf[a] + idf[b]))
        spent += estimate
    if not parts and ranked:
        parts = [(groups[ranked[0]], idf[ranked[0]])]
    return parts


def suggest(db: Database, sentence_id: str, *, reviewer: str | None = None,
            limit: int = 10, dispute_limit: int = 5,
            scheme: Scheme | None = None) -> Suggestions:
    """Rank the sentences this one most likely answers or repeats, and the disputes it could
    join (those it is already in, for this reviewer, are left out)."""
    scheme = scheme or load_scheme()
    corpus = Corpus(db)
    target = corpus.sentence(sentence_id)
    if target is None:
        from annotator.domain.disputes import DisputeError

        raise DisputeError(f"no sentence with id {sentence_id}")
    if target["seq"] is not None:
        corpus.window(target["doc_id"], target["seq"], WINDOW, WINDOW)
    corpus.index_neighbours()
    t_read = corpus.reading(sentence_id)
    t_bag = bag(corpus, sentence_id)

    # The terms of the sentence and its neighbours as FTS5 queries, and how common each is.
    groups = query_groups(corpus, sentence_id, t_bag)
    total = corpus.total()
    df = {term: corpus.doc_freq(q) for term, q in groups.items()}
    idf = {term: math.log(1 + total / df[term]) for term in groups}
    default_idf = math.log(1 + total / max(1.0, total * 0.001))
    hits = corpus.gather(candidate_parts(groups, df, idf, t_read, total), HITS)
    stance_label = _labels(db, [sentence_id], reviewer).get(sentence_id, {}).get("label")
    t_stance = stance_of(stance_label, t_read, scheme)
    for sid in hits:
        row = corpus.rows[sid]
        if row["seq"] is not None:
            corpus.window(row["doc_id"], row["seq"], 1, WINDOW)
    if target["group_id"]:
        corpus._take(db.execute(
            f"SELECT {corpus.COLS} FROM sentences s WHERE s.group_id = ? AND s.excluded IS NULL "
            "LIMIT 50", [target["group_id"]]))
    pool = [sid for sid, row in corpus.rows.items()]
    member_of = _memberships(db, pool)
    disputes_seen = {d for lst in member_of.values() for d, _ in lst}
    if disputes_seen:
        extra: list[str] = []
        for did in disputes_seen:
            extra += [r[0] for r in db.execute(
                "SELECT DISTINCT sentence_id FROM dispute_members WHERE dispute_id = ? LIMIT 200",
                [did])]
        new = corpus.by_ids(extra)
        for sid in new:
            row = corpus.rows[sid]
            if row["seq"] is not None:
                corpus.window(row["doc_id"], row["seq"], WINDOW, WINDOW)
        member_of = _memberships(db, list(corpus.rows))
    corpus.index_neighbours()

    skip = {sentence_id}
    candidates = [sid for sid, row in corpus.rows.items()
                  if sid not in skip and row["seq"] is not None]
    labels = _labels(db, candidates, reviewer)

    # Dispute word bags: the title and every member's terms.
    dispute_rows = {}
    d_bags: dict[str, dict[str, float]] = {}
    d_members: dict[str, dict[str, str]] = defaultdict(dict)
    for sid, lst in member_of.items():
        for did, role in lst:
            d_members[did][sid] = role
    for did in d_members:
        row = db.execute("SELECT id, title FROM disputes WHERE id = ?", [did]).fetchone()
        dispute_rows[did] = row[1]
        b = dict.fromkeys(read(row[1], corpus.ents).terms, 1.0)
        for sid in d_members[did]:
            if sid in corpus.rows:
                for term in corpus.reading(sid).terms:
                    b[term] = 1.0
        d_bags[did] = b
    d_sim = {did: overlap(t_bag, b, idf, default_idf) for did, b in d_bags.items()}

    # rapidfuzz on the informative stems, each text processed once (processor=None).
    flats = {sid: corpus.reading(sid).flat for sid in candidates}
    fuzzy = {key: score / 100 for _, score, key in process.extract(
        t_read.flat, flats, scorer=fuzz.token_sort_ratio, processor=None,
        score_cutoff=40, limit=None)} if t_read.flat else {}

    t_core = dict.fromkeys(t_read.terms, 1.0)
    target_intro = any(o == -1 and corpus.rows[n]["text"].rstrip().endswith(":")
                       for o, n in corpus.neighbours(sentence_id))
    sim = Similarity(corpus, idf, default_idf)
    core_norm, bag_norm = sim.norm(t_core), sim.norm(t_bag)
    scored: list[SentenceSuggestion] = []
    for sid in candidates:
        c_read = corpus.reading(sid)
        core, shared = sim.to(t_core, core_norm, sid)
        ctx, ctx_shared, via = context(corpus, sim, sid, t_core, core_norm, t_bag, bag_norm)
        fz = fuzzy.get(sid, 0.0)
        label = labels.get(sid, {}).get("label")
        c_stance = stance_of(label, c_read, scheme)
        fit, relation = _fit(t_stance, c_stance, t_read, c_read)
        row = corpus.rows[sid]
        offset = row["seq"] - target["seq"] if (
            row["doc_id"] == target["doc_id"] and target["seq"] is not None) else None
        before = {-1: 0.8, -2: 0.5}.get(offset, 0.0) if t_stance == "denies" else 0.0
        if before and target_intro and offset == -2:
            before = 0.8  # "Peskov berkata:" between the accusation and its denial
        adjacent = before > fit and c_stance not in ("denies", "context") \
            and not row["text"].rstrip().endswith(":")  # an intro is not what is denied
        if adjacent:
            fit, relation = before, "answers"  # what a denial answers comes just before it
        topic = max(core, ctx)
        reasons = []
        similar = 0.6 * core + 0.2 * fz + 0.2 * ctx
        if relation == "repeats":
            similar = min(1.0, similar * (1 + 0.5 * fit))
        answer = (0.8 * fit * min(1.0, topic / 0.3) + 0.2 * core) if relation == "answers" else 0
        if answer < similar and relation == "answers":
            relation = "related"
        score = max(similar, answer)
        if shared:
            reasons.append("shares " + ", ".join(_surface(corpus, t, sid) for t in shared[:3]))
        if adjacent:
            reasons.append("just before this denial")
        elif offset and abs(offset) <= WINDOW:
            n = abs(offset)
            reasons.append(f"{'the' if n == 1 else n} sentence{'s' if n > 1 else ''} "
                           f"{'after' if offset > 0 else 'before'} this one")
        elif not shared and ctx_shared and ctx > 0.1:
            reasons.append("its context names " + ", ".join(
                _surface(corpus, t, None) for t in ctx_shared[:3]))
        if fit and relation == "answers" and (label or max(c_read.deny, c_read.accuse) >= 0.5):
            what = label or ("denial" if c_stance == "denies" or
                             (c_stance is None and c_read.deny) else "accusation")
            reasons.append(("labeled " if label else "reads as ") + what)
        elif relation == "repeats":
            reasons.append("same stance")
        if label and t_stance in OPPOSITE and scheme.role_for(label) == OPPOSITE[t_stance]:
            score += 0.1
        if target["group_id"] and corpus.rows[sid]["group_id"] == target["group_id"]:
            score = max(score, 0.9)
            relation = "repeats"
            reasons.insert(0, "near-duplicate (ingestion group)")
        in_disputes = [{"id": did, "title": dispute_rows.get(did), "role": role}
                       for did, role in member_of.get(sid, [])]
        scored.append(SentenceSuggestion(
            sentence_id=sid, score=score, relation=relation, why="; ".join(reasons),
            text=row["text"], doc_id=row["doc_id"], doc_title=None, outlet=None,
            published=None, label=label, source=labels.get(sid, {}).get("source"),
            disputes=in_disputes))

    # Disputes: how well their words match, and how good their best member is as a suggestion.
    proposed = t_stance or "supports"  # the label's role, else what its cue words say
    base = {s.sentence_id: s.score for s in scored}
    d_score: dict[str, float] = {}
    d_why: dict[str, str] = {}
    for did, (similarity, shared) in d_sim.items():
        members = d_members[did]
        best = max((base.get(sid, 0.0) for sid in members), default=0.0)
        roles = set(members.values())
        bonus = 0.1 if t_stance in OPPOSITE and OPPOSITE[t_stance] in roles else 0.0
        d_score[did] = min(1.0, 0.5 * similarity + 0.4 * best + bonus)
        why = []
        if shared:
            why.append("members share " + ", ".join(_surface(corpus, t, None) for t in shared[:3]))
        if bonus:
            why.append(f"has {'denials' if OPPOSITE[t_stance] == 'denies' else 'accusations'}"
                       " this sentence answers")
        d_why[did] = "; ".join(why) or "a suggested sentence is a member"

    # Members of a matching dispute are part of the exchange this sentence belongs to.
    for s in scored:
        if s.disputes:
            best = max(s.disputes, key=lambda d: d_score.get(d["id"], 0.0))
            s.score += 0.3 * d_score.get(best["id"], 0.0)
            if s.relation == "related" and t_stance in OPPOSITE and \
                    best["role"] == OPPOSITE[t_stance]:
                s.relation = "answers"
            s.why = "; ".join(filter(None, [s.why, f"in dispute \"{best['title']}\""]))
        s.score = round(min(s.score, 1.0), 3)
        s.why = s.why or "similar words"
    scored = [s for s in scored if s.score >= 0.05]
    scored.sort(key=lambda s: (-s.score, s.sentence_id))
    scored = scored[:limit]
    _add_documents(db, scored)

    own = {d for d, _ in _memberships(db, [sentence_id]).get(sentence_id, [])
           if not reviewer or db.execute(
               "SELECT 1 FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
               "AND reviewer = ?", [d, sentence_id, reviewer]).fetchone()}
    dscored = [DisputeSuggestion(dispute_id=did, title=dispute_rows[did],
                                 score=round(score, 3), role=proposed, why=d_why[did],
                                 members=len(d_members[did]))
               for did, score in d_score.items() if did not in own and score >= 0.05]
    dscored.sort(key=lambda d: (-d.score, d.dispute_id))
    return Suggestions(sentence_id=sentence_id, text=target["text"], stance=t_stance,
                       proposed_role=proposed, sentences=scored,
                       disputes=dscored[:dispute_limit])


def _surface(corpus: Corpus, term: str, sentence_id: str | None) -> str:
    if sentence_id:
        form = corpus.reading(sentence_id).terms.get(term)
        if form:
            return form
    if term.startswith("@"):
        forms = corpus.ents.surfaces.get(term)
        return forms[0] if forms else term[1:].replace("_", " ")
    return term


def _add_documents(db: Database, items: list[SentenceSuggestion]) -> None:
    docs = {s.doc_id for s in items}
    if not docs:
        return
    marks = ",".join("?" * len(docs))
    meta = {r[0]: r[1:] for r in db.execute(
        f"SELECT id, title, outlet, published FROM documents WHERE id IN ({marks})", list(docs))}
    for s in items:
        s.doc_title, s.outlet, s.published = meta.get(s.doc_id, (None, None, None))
