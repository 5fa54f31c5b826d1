"""Candidates: the few hundred sentences worth scoring, found through full-text search.

The terms of the sentence and its neighbours become FTS5 queries (an entity's names and
aliases, a word's affixed forms); rare terms are asked alone and commoner ones in pairs,
within a budget of estimated matches, and the hits are widened to their neighbours, their
near-duplicates and fellow dispute members. ``Corpus`` holds the rows and readings of one
suggestion run.
"""

from __future__ import annotations

import heapq
from array import array
from collections import defaultdict
from itertools import combinations

from sqlite_utils import Database

from annotator.db import fts
from annotator.domain.suggest.cues import DENIAL_CUES
from annotator.domain.suggest.entities import load_entities
from annotator.domain.suggest.parties import roles_cached
from annotator.domain.suggest.reading import (
    Reading,
    cues_cached,
    own_words,
    read_cached,
    says_own,
)
from annotator.domain.suggest.words import affixed, words

WINDOW = 2  # neighbours read on each side of a sentence
FEW_HITS = 40  # for a sentence that neither accuses nor denies
HITS = 150  # FTS5 rows taken for an accusation or a denial, those matching most first
SAMPLE = 150  # matches read to estimate how common a term is
BUDGET = 2000  # estimated FTS5 matches the candidate queries may return in all
PART_LIMIT = 600  # rows read from any one of them
QUERY_TERMS = 20  # terms of the sentence and its neighbours considered for the query
PAIR_TERMS = 5  # the target's rarest common terms, combined in pairs and triples
CONJUNCTIONS = 8  # FTS5 queries those combinations may cost
COMPLETE = 300  # matches a combination may have to be read in full
COUNTS_KEPT = 50_000  # terms whose match counts are kept between suggestion runs
MATCHES_KEPT = 2_000  # queries whose matching rows are kept between runs (under 10 MB)
RESTATED = 300  # matches the allegation restated may have to be read in full
DENIED = 300  # matches of the accused denying beside another party, read in full
STRONG_DENIAL = 0.9  # the denial cues asked for in that search
LEAD = 2  # first sentences of an article: what it is about
NEAR = [k for k in range(-WINDOW, WINDOW + 1) if k]


class Corpus:
    """Row access for one suggestion run (one connection, its own thread)."""

    def __init__(self, db: Database):
        self.db = db
        self.ents = load_entities(db)
        self.rows: dict[str, dict] = {}
        self.readings: dict[str, Reading] = {}
        self._total: int | None = None
        self._order: dict[str, int] = {}  # row -> when it was loaded
        self._at: dict[tuple[str, int], str] = {}  # (doc_id, position) -> row
        self._visible = 0  # rows loaded before the last index_neighbours()
        self._near: dict[str, tuple[int, list[tuple[int, str]]]] = {}
        self._cue: dict[str, tuple[float, float]] = {}  # row -> (accuse, deny) cue strengths

    def total(self) -> int:
        if self._total is None:
            row = self.db.execute("SELECT max(rowid) FROM sentences").fetchone()  # size, cheaply
            self._total = max(1, row[0] or 1)
        return self._total

    def doc_freq(self, query: str) -> int:
        """How many sentences match an FTS5 query, estimated from where its SAMPLE-th match
        falls in rowid order (exact below SAMPLE), so a very common word costs no more than a
        rare one. Kept until the corpus grows: the next sentences' suggestions mostly ask
        about the same common words."""
        counts = self.ents.counts
        if counts.get("at") != self.total() or len(counts) > COUNTS_KEPT:
            counts.clear()
            counts["at"] = self.total()
        found = counts.get(query)
        if found is None:
            rowids = fts.matching_rowids(self.db, query, SAMPLE, in_order=True)
            found = max(1, len(rowids)) if len(rowids) < SAMPLE else \
                max(SAMPLE, int(SAMPLE * self.total() / max(1, rowids[-1])))
            counts[query] = found
            if len(rowids) < SAMPLE:  # every match: what a search for the term would find
                self._kept_matches()[(query, PART_LIMIT)] = array("q", rowids)
        return found

    def matches(self, query: str, limit: int) -> array:
        """``fts.matching_rowids`` (at most ``limit`` rows), kept between runs until the
        corpus grows: suggestions for the same sentence again, or for the next one of the
        same story, ask the same queries, and those are most of a suggestion's SQL."""
        kept = self._kept_matches()
        found = kept.get((query, limit))
        if found is None:
            found = kept[(query, limit)] = array(
                "q", fts.matching_rowids(self.db, query, limit))
        return found

    def _kept_matches(self) -> dict:
        kept = self.ents.matches
        if kept.get("at") != self.total() or len(kept) > MATCHES_KEPT:
            kept.clear()
            kept["at"] = self.total()
        return kept

    def held(self, forms: set[str]) -> set[str]:
        """The forms some sentence uses (every word of a phrase in the index); kept with the
        match counts until the corpus grows, as the next suggestions ask about the same
        words."""
        counts = self.ents.counts
        if counts.get("at") != self.total() or len(counts) > COUNTS_KEPT:
            counts.clear()
            counts["at"] = self.total()
        split = {form: form.split() for form in forms}
        new = {w for ws in split.values() for w in ws if ("held", w) not in counts}
        if new:
            found = fts.indexed_words(self.db, new)
            for w in new:
                counts[("held", w)] = w in found
        return {form for form, ws in split.items() if all(counts[("held", w)] for w in ws)}

    COLS = "s.id, s.doc_id, s.position, s.text, s.group_id"

    def _take(self, cursor) -> list[str]:
        ids = []
        for sid, doc_id, position, text, group_id in cursor:
            if sid not in self.rows:
                self.rows[sid] = {"id": sid, "doc_id": doc_id, "position": position, "text": text,
                                  "group_id": group_id}
                self._order[sid] = len(self._order)
                if position is not None:
                    self._at[(doc_id, position)] = sid
            ids.append(sid)
        return ids

    def sentence(self, sentence_id: str) -> dict | None:
        ids = self._take(self.db.execute(
            f"SELECT {self.COLS} FROM sentences s WHERE s.id = ?", [sentence_id]))
        return self.rows[ids[0]] if ids else None

    def window(self, doc_id: str, position: int, before: int, after: int) -> list[str]:
        return self._take(self.db.execute(
            f"SELECT {self.COLS} FROM sentences s WHERE s.doc_id = ? "
            "AND s.position BETWEEN ? AND ? AND s.excluded IS NULL ORDER BY s.position",
            [doc_id, position - before, position + after]))

    def windows(self, spans: list[tuple[str, int, int, int]]) -> list[str]:
        """``window`` for many (doc_id, position, before, after) at once: one query per 40,
        each OR term served by the (doc_id, position) index."""
        return self._take(self._window_rows(spans))

    def _window_rows(self, spans: list[tuple[str, int, int, int]]):
        """The presented rows of ``windows``, not loaded."""
        for i in range(0, len(spans), 40):
            chunk = spans[i:i + 40]
            params: list = []
            for doc_id, position, before, after in chunk:
                params += [doc_id, position - before, position + after]
            where = " OR ".join(["(s.doc_id = ? AND s.position BETWEEN ? AND ?)"] * len(chunk))
            yield from self.db.execute(
                f"SELECT {self.COLS} FROM sentences s WHERE s.excluded IS NULL AND ({where})",
                params)

    def by_ids(self, ids: list[str]) -> list[str]:
        out = []
        ids = [i for i in ids if i not in self.rows]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out += self._take(self.db.execute(
                f"SELECT {self.COLS} FROM sentences s WHERE s.id IN "
                f"({','.join('?' * len(chunk))}) AND s.excluded IS NULL", chunk))
        return out

    def leads(self, doc_ids: list[str], n: int) -> list[str]:
        """The first ``n`` presented sentences of each document (its lead)."""
        out = []
        for i in range(0, len(doc_ids), 100):
            chunk = doc_ids[i:i + 100]
            out += self._take(self.db.execute(
                f"SELECT {self.COLS} FROM sentences s WHERE s.doc_id IN "
                f"({','.join('?' * len(chunk))}) AND s.position < ? AND s.excluded IS NULL",
                [*chunk, n]))
        return out

    def near_duplicates(self, group_id: str, limit: int = 50) -> list[str]:
        """Presented sentences of an ingestion near-duplicate group."""
        return self._take(self.db.execute(
            f"SELECT {self.COLS} FROM sentences s WHERE s.group_id = ? AND s.excluded IS NULL "
            "LIMIT ?", [group_id, limit]))

    def gather(self, parts: list[tuple[str, float]], limit: int,
               found: list[tuple[array, float]] = ()) -> list[str]:
        """The sentences matching the weighted FTS5 queries (and the rows already ``found``
        with their weights), those matching the most (and rarest) first. Scored here rather
        than with bm25, which costs more than the match."""
        weight: dict[int, float] = defaultdict(float)
        for query, w in parts:
            for rowid in self.matches(query, PART_LIMIT):
                weight[rowid] += w
        for rowids, w in found:
            for rowid in rowids:
                weight[rowid] += w
        # ties in a neutral order: by rowid, either way, would favour old or new articles
        best = heapq.nlargest(limit, weight.items(),
                              key=lambda kv: (round(kv[1], 6), (kv[0] * 2654435761) % 4294967296))
        return self.by_rowids([r for r, _ in best])

    def by_rowids(self, rowids: list[int]) -> list[str]:
        """The presented sentences with these rowids, in the order given."""
        return self._take(self._rows_by_rowids(rowids))

    def _rows_by_rowids(self, rowids: list[int]) -> list[tuple]:
        """The presented rows with these rowids, in the order given, not loaded."""
        if not rowids:
            return []
        order = {r: i for i, r in enumerate(rowids)}
        rows = []
        for i in range(0, len(rowids), 500):
            chunk = rowids[i:i + 500]
            rows += self.db.execute(
                f"SELECT s.rowid, {self.COLS} FROM sentences s WHERE s.rowid IN "
                f"({','.join('?' * len(chunk))}) AND s.excluded IS NULL", chunk).fetchall()
        rows.sort(key=lambda r: order[r[0]])
        return [r[1:] for r in rows]

    def conjunctions(self, groups: dict[str, str], pool: list[str], df: dict[str, int],
                     idf: dict[str, float]) -> list[tuple[array, float]]:
        """Every sentence naming two (or three) of the pool's terms together, with the
        weight of the terms it names, from combinations whose matches are read in full.

        A combination matching more than COMPLETE sentences is not cut to its first
        COMPLETE, which would keep the oldest rows and drop what was ingested last
        (today's articles): a third term narrows it instead, or it is left out."""
        out: list[tuple[array, float]] = []
        asked = 0
        pairs = sorted(combinations(pool, 2), key=lambda p: (df[p[0]] * df[p[1]], p))
        for a, b in pairs:
            if asked >= CONJUNCTIONS:
                break
            asked += 1
            rowids = self.matches(fts.all_of(groups[a], groups[b]), COMPLETE + 1)
            if len(rowids) <= COMPLETE:
                out.append((rowids, idf[a] + idf[b]))
                continue
            for c in pool:
                if c in (a, b) or asked >= CONJUNCTIONS:
                    continue
                asked += 1
                rowids = self.matches(fts.all_of(groups[a], groups[b], groups[c]),
                                      COMPLETE + 1)
                if len(rowids) <= COMPLETE:
                    out.append((rowids, idf[a] + idf[b] + idf[c]))
        return out

    def answers_after(self, matches: list[tuple], after: int) -> list[str]:
        """Load, of each restated allegation (a row as ``restated`` reads it), only what can
        answer it: the sentences up to ``after`` below it that deny, or follow a denial
        within two, and the restatement itself as their context where any does. The rest
        would be read, weighed and thrown away, as they are neither answers nor beside one:
        at 1M a common allegation is restated in hundreds of articles."""
        if not matches:
            return []
        spans = [(m[1], m[2], 0, after) for m in matches if m[2] is not None]
        rows = {(row[1], row[2]): row for row in self._window_rows(spans)}
        kept: dict[str, tuple] = {}
        for doc_id, position, _, _ in spans:
            run = [rows.get((doc_id, position + k)) for k in range(after + 1)]
            denies = [r is not None and self._text_denies(r) for r in run]
            answer = False
            for k in range(1, after + 1):
                if run[k] is not None and (denies[k] or any(denies[max(0, k - 2):k])):
                    kept[run[k][0]] = run[k]
                    answer = True
            if answer and run[0] is not None:
                kept[run[0][0]] = run[0]
        return self._take(kept.values())

    def _text_denies(self, row: tuple) -> bool:
        found = self._cue.get(row[0])
        if found is None:
            found = self._cue[row[0]] = cues_cached(row[3], self.ents)
        return found[1] >= 0.4

    def restated_rows(self, principal: str, other: str, act: list[str],
                      groups: dict[str, str]) -> list[tuple]:
        """The sentences restating an allegation, as rows (id, doc_id, position, text,
        group_id) not yet loaded: naming its accused party and the other party it names
        first (each in any spelling: an entity's names and aliases) with the first two words
        of its act (``act``, in the order said), "Gedung Putih mengatakan Korea Utara
        mengirimkan senjata kepada Rusia" for "Pejabat AS menuduh Korea Utara mengirim
        senjata ke Rusia ...". An answer that names nothing itself ("Namun juru bicara
        Kremlin mengatakan tuduhan Barat itu tidak disertai bukti") usually follows one, in
        another article.

        At scale the accusation's rare words find only its own article, and its commoner
        words, in pairs or triples, are said in thousands of other quarrels (read in full,
        they are left out); the parties and the act together are what such a restatement
        shares with it. One query, read in full when it matches at most RESTATED sentences
        and left out otherwise (never cut to its oldest matches); kept between runs like
        the others."""
        words_of_act = [groups[t] for t in act if t in groups][:2]
        if len(words_of_act) < 2:
            return []
        rowids = self.matches(fts.all_of(self.name_query(principal, groups),
                                         self.name_query(other, groups), *words_of_act),
                              RESTATED + 1)
        if len(rowids) > RESTATED:
            return []
        return self._rows_by_rowids(list(rowids))

    def denied_by(self, principal: str, others: list[str], groups: dict[str, str],
                  act: set[str], accusers: set[str]) -> list[str]:
        """The sentences where the accused denies, naming another party of the quarrel
        (the one the accusation names first after it), loaded: one search per such party
        for the two names (each in any spelling) and a strong denial word together
        ("Pemerintah Iran menolak tudingan bahwa pihaknya mempersenjatai militer Sudan",
        "Iran dismissed accusations that it had supplied drones to Sudan's army"),
        kept when its subject is the accused. Such an answer in another article may say no
        word of the act, so neither the words nor the restated allegation find it; at 1M
        the accused alone names tens of thousands of sentences and a pair of parties
        hundreds. Each search is read in full when it matches at most DENIED sentences and
        left out otherwise (never cut to its oldest matches); kept between runs. A denial
        saying what its article's lead says too ("... mencampuri pemilu di Rusia" under
        "Pejabat Korea Selatan mengatakan Korea Utara mencampuri pemilu di Rusia") answers
        that story's allegation and is not loaded, unless it says the act (``act``): at 1M,
        92 denials by North Korea beside Russia, most about other acts, with their
        neighbours, more than doubled the seed accusation's cost. What is kept is kept
        between runs, as the matches are, until the corpus grows: the same accusation
        asked again reads only those rows."""
        key = ("denied by", principal, tuple(others), frozenset(act), frozenset(accusers))
        found = self._kept_matches().get(key)
        if found is not None:
            return self.by_ids(list(found))
        deny = self._denial_query()
        kept: dict[str, tuple] = {}
        for other in others:
            rowids = self.matches(fts.all_of(self.name_query(principal, groups),
                                             self.name_query(other, groups), deny), DENIED + 1)
            if len(rowids) > DENIED:
                continue
            for row in self._rows_by_rowids(list(rowids)):
                if row[0] in kept or not self._text_denies(row):
                    continue
                by, _, rejected = roles_cached(row[3], self.ents)
                # the accused denying, not rejecting the other party's accusation ("Korea
                # Utara menolak tuduhan Rusia") or having its own rejected: other quarrels,
                # unless that party is the accuser ("rejected Thailand's claim")
                if principal in by and not rejected & ({principal, other} - accusers):
                    kept[row[0]] = row
        rows = self._not_their_storys(list(kept.values()), act)
        self._kept_matches()[key] = tuple(row[0] for row in rows)
        return self._take(rows)

    def _not_their_storys(self, rows: list[tuple], act: set[str]) -> list[tuple]:
        """The rows whose own words (two of them) their article's lead does not say,
        or that say two of the act's words; the lead read, not loaded."""
        docs = sorted({row[1] for row in rows})
        lead: dict[str, list[tuple]] = defaultdict(list)
        for i in range(0, len(docs), 100):
            chunk = docs[i:i + 100]
            for row in self.db.execute(
                    f"SELECT {self.COLS} FROM sentences s WHERE s.doc_id IN "
                    f"({','.join('?' * len(chunk))}) AND s.position < ? "
                    "AND s.excluded IS NULL", [*chunk, LEAD]):
                lead[row[1]].append(row)
        out = []
        for row in rows:
            reading = read_cached(row[3], self.ents)
            own = own_words(reading)
            if len(act.intersection(reading.terms)) >= min(2, len(act)) or not any(
                    other[0] != row[0] and says_own(own, read_cached(other[3], self.ents).terms)
                    for other in lead[row[1]]):
                out.append(row)
        return out

    def _denial_query(self) -> str:
        """The strong denial cues some sentence uses, as one FTS5 expression (a phrase
        holding a one-word cue left out: "menolak tuduhan" beside "menolak")."""
        counts = self.ents.counts
        found = counts.get("denial query")
        if found is None or counts.get("at") != self.total():
            cues = {c for c, w in DENIAL_CUES.items() if w >= STRONG_DENIAL}
            cues = sorted(_without_longer(self.held(cues)) or cues)
            # in groups of eight: PostgreSQL's translation nests each OR once more
            found = "(" + " OR ".join(fts.any_of(cues[i:i + 8])
                                      for i in range(0, len(cues), 8)) + ")"
            counts["denial query"] = found
        return found

    def name_query(self, term: str, groups: dict[str, str]) -> str:
        """An FTS5 expression for a party: its query among ``groups`` when there is one,
        else an entity's names and aliases (those some sentence uses), else the name."""
        if term in groups:
            return groups[term]
        if term.startswith("@"):
            forms = {" ".join(words(f)) for f in self.ents.surfaces.get(term, [])}
            kept = self.held(forms) or forms or {term[1:].replace("_", " ")}
            return fts.any_of(sorted(_without_longer(kept)))
        return fts.any_of([term])

    def reading(self, sentence_id: str) -> Reading:
        r = self.readings.get(sentence_id)
        if r is None:
            r = self.readings[sentence_id] = read_cached(self.rows[sentence_id]["text"],
                                                         self.ents)
        return r

    def takes_a_stance(self, sentence_id: str) -> bool:
        """Whether the sentence accuses or denies, by its cue words (not read in full)."""
        accuse, deny = self._cue.get(sentence_id) or self._cues(sentence_id)
        return deny >= 0.4 or accuse >= 0.5

    def denies(self, sentence_id: str) -> bool:
        return (self._cue.get(sentence_id) or self._cues(sentence_id))[1] >= 0.4

    def accuses(self, sentence_id: str) -> bool:
        return (self._cue.get(sentence_id) or self._cues(sentence_id))[0] >= 0.5

    def _cues(self, sentence_id: str) -> tuple[float, float]:
        # asked of a row several times a run (as a hit, a neighbour, a candidate): a reading
        # and cues_cached give the same strengths, so the first answer is kept
        found = self._cue.get(sentence_id)
        if found is None:
            r = self.readings.get(sentence_id)
            found = self._cue[sentence_id] = (r.accuse, r.deny) if r is not None else \
                cues_cached(self.rows[sentence_id]["text"], self.ents)
        return found

    def neighbours(self, sentence_id: str) -> list[tuple[int, str]]:
        """(offset, id) of the sentences within WINDOW in the same document that were loaded
        when ``index_neighbours`` was last called (rows loaded since are not context yet)."""
        visible = self._visible
        cached = self._near.get(sentence_id)
        if cached is not None and cached[0] == visible:
            return cached[1]
        row = self.rows[sentence_id]
        out: list[tuple[int, str]] = []
        if row["position"] is not None and self._order[sentence_id] < visible:
            doc_id, position, order, at = row["doc_id"], row["position"], self._order, self._at
            for k in NEAR:
                n = at.get((doc_id, position + k))
                if n is not None and order[n] < visible:
                    out.append((k, n))
        self._near[sentence_id] = (visible, out)
        return out

    def index_neighbours(self) -> None:
        """Make every row loaded so far a neighbour (context) of the others."""
        self._visible = len(self._order)


def query_groups(corpus: Corpus, sentence_id: str, t_bag: dict[str, float],
                 names: frozenset[str] = frozenset()) -> tuple[dict[str, str], list[str]]:
    """An FTS5 expression per term: an entity's names and aliases as phrases; a word's forms
    seen here, plus (for the sentence's own words) prefixes of its affixed forms.

    The sentence's own terms are its longest, which leaves out short names ("Iran",
    "China", "May"); an accusation's ``names`` (who it accuses and the names said after
    that: a party, a boat, a shoal, a day, as capitalised words or registry entities, any
    alias of an entity matching) are asked for besides, as its answers name them too.
    Returns the expressions and the names added that way."""
    seen: dict[str, set[str]] = defaultdict(set)
    for sid in [sentence_id] + [n for _, n in corpus.neighbours(sentence_id)]:
        for term, form in corpus.reading(sid).terms.items():
            seen[term].add(form.casefold())
    own = corpus.reading(sentence_id).terms
    by_weight = sorted(t_bag, key=lambda t: (-t_bag[t], -len(t), t))
    terms = [t for t in by_weight if t in own][:QUERY_TERMS // 2]
    added = [t for t in sorted(names) if t in own and t not in terms]
    terms += added
    terms += [t for t in by_weight if t not in own][:QUERY_TERMS - len(terms)]
    out = {}
    for term in terms:
        if term.startswith("@"):
            forms = {" ".join(words(f)) for f in corpus.ents.surfaces.get(term, [])} \
                or seen[term]
        else:
            forms = set(seen[term])
            if term in own and len(term) >= 4:
                forms |= set(affixed(term))  # tuduh -> tuduhan, menuduh, dituduh, ...
        if forms:
            # forms no sentence uses match nothing: left out, unless none is used (the
            # term then stays, matching nothing, as common as before)
            kept = (forms & seen[term]) | corpus.held(forms - seen[term])  # seen: held
            out[term] = fts.any_of(sorted(_without_longer(kept) or [min(forms)]))
    return out, [t for t in added if t in out]


def _without_longer(forms: set[str]) -> set[str]:
    """The forms less those that hold another as a phrase ("korea utara korut" beside
    "korea utara"): a sentence matching the longer matches the shorter, so asking for it
    too finds nothing more and costs FTS5 a phrase match in every query it is part of."""
    if len(forms) < 2:
        return forms
    padded = {form: f" {form} " for form in forms}
    return {form for form in forms
            if not any(other != form and padded[other] in padded[form] for other in forms)}


def candidate_parts(groups: dict[str, str], df: dict[str, int], idf: dict[str, float],
                    t_read: Reading, total: int) -> tuple[list[tuple[str, float]], list[str]]:
    """FTS5 queries with weights: rare terms alone, within a budget of estimated matches;
    and the sentence's own commoner terms, rarest first, for ``Corpus.conjunctions`` to
    combine, so retrieval stays fast however large and repetitive the corpus is."""
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
    if not parts and not pool and ranked:
        parts = [(groups[ranked[0]], idf[ranked[0]])]
    return parts, pool
