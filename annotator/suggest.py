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

import math
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from annotator.disputes import ROLE_FOR_LABEL

FTS_TABLE = "sentences_fts"
VOCAB = "temp.annotator_sentences_vocab"
WINDOW = 2  # neighbours read on each side of a sentence
HITS = 160  # FTS5 rows per query
QUERY_TERMS = 12

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
MAX_CUE_WORDS = 4

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

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    longest: int = 1


def load_entities(db: Database) -> Entities:
    ents = Entities()
    if "sources" not in db.table_names():
        return ents
    rows = db.execute(
        "SELECT s.name, a.alias FROM sources s LEFT JOIN source_aliases a "
        "ON a.source_id = s.id WHERE s.kind = 'government'"
    ).fetchall()
    for name, alias in rows:
        key = "@" + "_".join(words(name))
        for phrase in (name, alias):
            if not phrase:
                continue
            toks = tuple(words(phrase))
            if not toks or (len(toks) == 1 and len(toks[0]) < 2):
                continue
            ents.phrases.setdefault(toks, key)
            surfaces = ents.surfaces.setdefault(key, [])
            if " ".join(toks) not in surfaces:
                surfaces.append(" ".join(toks))
            ents.longest = max(ents.longest, len(toks))
    return ents


@dataclass
class Reading:
    """One sentence as suggestion scoring sees it."""

    terms: dict[str, str]  # stem or entity key -> a surface form (for queries and reasons)
    accuse: float  # accusation cue strength 0..1
    deny: float  # denial cue strength 0..1
    flat: str  # informative stems, space-joined (rapidfuzz input, processed once)


def _mid_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in '.!?:"\'“”‘’«(['


def read(text: str, ents: Entities) -> Reading:
    found = list(_WORD.finditer(text))
    toks = [m.group().casefold() for m in found]
    # A capitalised word inside a sentence is a name and keeps its letters (Peskov, not skov).
    proper = [m.group()[:1].isupper() and _mid_sentence(text, m.start()) for m in found]
    terms: dict[str, str] = {}
    i = 0
    while i < len(toks):
        for n in range(min(ents.longest, len(toks) - i), 0, -1):
            key = ents.phrases.get(tuple(toks[i:i + n]))
            if key:
                terms.setdefault(key, " ".join(toks[i:i + n]))
                i += n
                break
        else:
            tok, name = toks[i], proper[i]
            i += 1
            if len(tok) < 3 or tok in STOPWORDS or tok.isdigit():
                continue
            s = tok if name else stem(tok)
            if s in STOPWORDS or len(s) < 3:
                continue
            terms.setdefault(s, tok)
    accuse = deny = 0.0
    for n in range(1, MAX_CUE_WORDS + 1):
        for j in range(len(toks) - n + 1):
            gram = " ".join(toks[j:j + n])
            deny = max(deny, DENIAL_CUES.get(gram, 0.0))
            accuse = max(accuse, ACCUSATION_CUES.get(gram, 0.0))
    return Reading(terms, accuse, deny, " ".join(sorted(terms)))


def stance_of(label: str | None, reading: Reading) -> str | None:
    """alleges / denies / supports / context from a label, else from cue words, else None."""
    if label:
        return ROLE_FOR_LABEL.get(label)
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
        self._vocab_ready = False
        self._total: int | None = None

    def total(self) -> int:
        if self._total is None:
            row = self.db.execute("SELECT max(rowid) FROM sentences").fetchone()  # size, cheaply
            self._total = max(1, row[0] or 1)
        return self._total

    def doc_freqs(self, surfaces: list[str]) -> dict[str, int]:
        """Documents (sentences) containing each single-word surface form (FTS5 vocab)."""
        if not self._vocab_ready:
            self.db.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} "
                f"USING fts5vocab(main, {FTS_TABLE}, 'row')")
            self._vocab_ready = True
        single = sorted({s for s in surfaces if " " not in s})
        out: dict[str, int] = {}
        for i in range(0, len(single), 500):
            chunk = single[i:i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(
                f"SELECT term, doc FROM {VOCAB} WHERE term IN ({marks})", chunk).fetchall())
        return out

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

    def search(self, query: str, limit: int) -> list[str]:
        return self._take(self.db.execute(
            f"SELECT {self.COLS} FROM {FTS_TABLE} f JOIN sentences s ON s.rowid = f.rowid "
            f"WHERE {FTS_TABLE} MATCH ? AND s.excluded IS NULL ORDER BY f.rank LIMIT ?",
            [query, limit]))

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
    """The Indonesian forms a root takes (kirim -> kirim, mengirim, dikirim, pengirim), so one
    FTS5 prefix query per form finds mengirimkan and pengiriman too."""
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
    return [root, "me" + nasal + rest, "di" + root, "pe" + nasal + rest]


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


def context(corpus: Corpus, sid: str, t_core: dict[str, float], t_bag: dict[str, float],
            idf: dict[str, float], default_idf: float) -> tuple[float, list[str], str | None]:
    """How much the candidate's neighbours name what the target says (a denial's previous
    sentence names the accusation), or the target's neighbours name what the candidate says.
    Returns the score, the shared terms and the neighbour that gave them (or None)."""
    best, shared = overlap(t_bag, dict.fromkeys(corpus.reading(sid).terms, 1.0), idf,
                           default_idf)
    best *= 0.8
    via = None
    for offset, nid in corpus.neighbours(sid):
        sim, common = overlap(t_core, dict.fromkeys(corpus.reading(nid).terms, 1.0), idf,
                              default_idf)
        sim *= CONTEXT_WEIGHT[offset]
        if sim > best:
            best, shared, via = sim, common, nid
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


def suggest(db: Database, sentence_id: str, *, reviewer: str | None = None,
            limit: int = 10, dispute_limit: int = 5) -> Suggestions:
    """Rank the sentences this one most likely answers or repeats, and the disputes it could
    join (those it is already in, for this reviewer, are left out)."""
    corpus = Corpus(db)
    target = corpus.sentence(sentence_id)
    if target is None:
        from annotator.disputes import DisputeError

        raise DisputeError(f"no sentence with id {sentence_id}")
    if target["seq"] is not None:
        corpus.window(target["doc_id"], target["seq"], WINDOW, WINDOW)
    corpus.index_neighbours()
    t_read = corpus.reading(sentence_id)
    t_bag = bag(corpus, sentence_id)

    # Informative terms of the sentence and its neighbours -> their surface forms -> idf.
    surfaces: dict[str, list[str]] = {}
    for term in t_bag:
        if term.startswith("@"):
            surfaces[term] = corpus.ents.surfaces.get(term, [])
        else:
            surfaces[term] = sorted({w for sid in [sentence_id] + [n for _, n in
                                     corpus.neighbours(sentence_id)]
                                     for t, w in corpus.reading(sid).terms.items() if t == term})
    df = corpus.doc_freqs([s for forms in surfaces.values() for s in forms])
    total = corpus.total()
    idf: dict[str, float] = {}
    for term, forms in surfaces.items():
        freq = sum(df.get(f, 0) for f in forms if " " not in f) or 1
        idf[term] = math.log(1 + total / freq)
    default_idf = math.log(1 + total / max(1.0, total * 0.001))

    # Candidate retrieval: the rarest terms, the target's own first.
    own = sorted(t_read.terms, key=lambda t: -idf[t])
    around = sorted((t for t in t_bag if t not in t_read.terms), key=lambda t: -t_bag[t] * idf[t])
    chosen = [t for t in own if idf[t] > 1.0][:QUERY_TERMS - 4]
    chosen += [t for t in around if idf[t] > 1.0][:QUERY_TERMS - len(chosen)]
    phrases = []
    for term in chosen:
        forms = set(surfaces[term])
        if not term.startswith("@") and term in t_read.terms and len(term) >= 4:
            forms |= {f + "*" for f in affixed(term)}  # tuduh -> menuduh*, dituduh*, ...
        phrases += [quote(f) for f in sorted(forms)]
    hits: list[str] = []
    if phrases:
        hits += corpus.search(" OR ".join(phrases), HITS)
    stance_label = _labels(db, [sentence_id], reviewer).get(sentence_id, {}).get("label")
    t_stance = stance_of(stance_label, t_read)
    want_cues = {"alleges": DENIAL_CUES, "denies": ACCUSATION_CUES}.get(t_stance)
    if want_cues and phrases:
        cues = [quote(c) for c, w in want_cues.items() if w >= 0.5]
        hits += corpus.search(f"({' OR '.join(cues)}) AND ({' OR '.join(phrases)})", HITS // 2)
    for sid in list(dict.fromkeys(hits)):
        row = corpus.rows[sid]
        if row["seq"] is not None:
            corpus.window(row["doc_id"], row["seq"], WINDOW + 1, WINDOW + 2)
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
    scored: list[SentenceSuggestion] = []
    for sid in candidates:
        c_read = corpus.reading(sid)
        core, shared = overlap(t_core, dict.fromkeys(c_read.terms, 1.0), idf, default_idf)
        ctx, ctx_shared, via = context(corpus, sid, t_core, t_bag, idf, default_idf)
        fz = fuzzy.get(sid, 0.0)
        label = labels.get(sid, {}).get("label")
        c_stance = stance_of(label, c_read)
        fit, relation = _fit(t_stance, c_stance, t_read, c_read)
        row = corpus.rows[sid]
        offset = row["seq"] - target["seq"] if (
            row["doc_id"] == target["doc_id"] and target["seq"] is not None) else None
        before = {-1: 0.8, -2: 0.5}.get(offset, 0.0) if t_stance == "denies" else 0.0
        adjacent = before > fit and c_stance not in ("denies", "context")
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
        if via == sentence_id:
            reasons.append("follows this sentence" if offset and offset > 0
                           else "comes just before this sentence")
        elif adjacent:
            reasons.append("just before this denial")
        elif not shared and ctx_shared and ctx > 0.1:
            reasons.append("its context names " + ", ".join(
                _surface(corpus, t, None) for t in ctx_shared[:3]))
        if fit and relation == "answers" and (label or max(c_read.deny, c_read.accuse) >= 0.5):
            what = "denial" if c_stance == "denies" or (c_stance is None and c_read.deny) \
                else "accusation"
            reasons.append(("labeled " if label else "reads as ") + what)
        elif relation == "repeats":
            reasons.append("same stance")
        if label and t_stance in OPPOSITE and ROLE_FOR_LABEL.get(label) == OPPOSITE[t_stance]:
            score += 0.1
        if target["group_id"] and corpus.rows[sid]["group_id"] == target["group_id"]:
            score = max(score, 0.9)
            relation = "repeats"
            reasons.insert(0, "near-duplicate (ingestion group)")
        in_disputes = []
        best_dispute = 0.0
        for did, role in member_of.get(sid, []):
            in_disputes.append({"id": did, "title": dispute_rows.get(did), "role": role})
            best_dispute = max(best_dispute, d_sim.get(did, (0.0, []))[0])
        if best_dispute:
            score += 0.2 * best_dispute
            reasons.append(f"in dispute \"{in_disputes[0]['title']}\"")
        if score < 0.05:
            continue
        scored.append(SentenceSuggestion(
            sentence_id=sid, score=round(min(score, 1.0), 3), relation=relation,
            why="; ".join(reasons) or "similar words", text=row["text"], doc_id=row["doc_id"],
            doc_title=None, outlet=None, published=None, label=label,
            source=labels.get(sid, {}).get("source"), disputes=in_disputes))
    scored.sort(key=lambda s: (-s.score, s.sentence_id))
    scored = scored[:limit]
    _add_documents(db, scored)

    proposed = ROLE_FOR_LABEL.get(stance_label) if stance_label else (t_stance or "supports")
    by_id = {s.sentence_id: s.score for s in scored}
    own = {d for d, _ in _memberships(db, [sentence_id]).get(sentence_id, [])
           if not reviewer or db.execute(
               "SELECT 1 FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
               "AND reviewer = ?", [d, sentence_id, reviewer]).fetchone()}
    dscored: list[DisputeSuggestion] = []
    for did, (sim, shared) in d_sim.items():
        if did in own:
            continue
        members = d_members[did]
        best = max((by_id.get(sid, 0.0) for sid in members), default=0.0)
        roles = set(members.values())
        bonus = 0.1 if t_stance in OPPOSITE and OPPOSITE[t_stance] in roles else 0.0
        score = 0.5 * sim + 0.4 * best + bonus
        if score < 0.05:
            continue
        why = []
        if shared:
            why.append("members share " + ", ".join(_surface(corpus, t, None) for t in shared[:3]))
        if bonus:
            why.append(f"has {'denials' if OPPOSITE[t_stance] == 'denies' else 'accusations'}"
                       " this sentence answers")
        dscored.append(DisputeSuggestion(
            dispute_id=did, title=dispute_rows[did], score=round(min(score, 1.0), 3),
            role=proposed, why="; ".join(why) or "a suggested sentence is a member",
            members=len(members)))
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
