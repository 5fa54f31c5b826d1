"""How much two sentences (or a sentence and a dispute) say the same thing: IDF-weighted
overlap of their terms, with each sentence's neighbours counted as its context; and whether
the words they share stand together in both (``Similarity.together``)."""

from __future__ import annotations

import math

from annotator.domain.suggest.candidates import Corpus

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
        # ``to`` per bag and sentence: a sentence is asked about as a candidate and again as
        # the neighbour of each candidate around it (the same answer, a third of the calls)
        self._to: dict[int, tuple[dict, dict[str, tuple[float, list[str]]], dict]] = {}

    def norm(self, bag: dict[str, float]) -> float:
        idf, d = self.idf, self.default
        return sum(w * idf.get(t, d) for t, w in bag.items())

    def to(self, bag: dict[str, float], bag_norm: float, sid: str) -> tuple[float, list[str]]:
        """Half cosine, half overlap with the smaller side (a short sentence naming the same
        few things still counts); and the shared terms, rarest first (not to be changed:
        the answer is kept for the next call)."""
        kept = self._to.get(id(bag))
        if kept is None or kept[0] is not bag:
            idf, d = self.idf, self.default  # each term's weight in the bag, once per bag
            kept = self._to[id(bag)] = (bag, {}, {t: w * idf.get(t, d) for t, w in bag.items()})
        found = kept[1].get(sid)
        if found is None:
            found = kept[1][sid] = self._to_new(kept[2], bag_norm, sid)
        return found

    def _to_new(self, weights: dict[str, float], bag_norm: float,
                sid: str) -> tuple[float, list[str]]:
        terms = self.corpus.reading(sid).terms
        shared = [t for t in terms if t in weights]
        if not shared or not bag_norm:
            return 0.0, []
        nb = self.norms.get(sid)
        if nb is None:
            idf, d = self.idf, self.default
            nb = self.norms[sid] = sum([idf.get(t, d) for t in terms])
        num = sum([weights[t] for t in shared])
        shared.sort(key=weights.__getitem__, reverse=True)  # stable: ties keep their order
        return 0.5 * num / math.sqrt(bag_norm * nb) + 0.5 * num / min(bag_norm, nb), shared

    def use_pairs(self, pairs: dict[tuple[str, str], float], names: set[str],
                  swappable: set[str] | None = None) -> None:
        """The target's pairs (``pair_bag``) and its names, indexed by term once so that
        ``together`` costs a few lookups per candidate term. Only a ``swappable`` name (a
        party; any of its names when not given) said next to a word marks another
        allegation when a candidate puts in its place a name the target does not say, or
        another party ("kapal pemasok Unaizah May 4" is not wronged by "awak kapal Unaizah"
        said elsewhere)."""
        idf, d = self.idf, self.default
        self.names, self.pairs = names, pairs
        self.swappable = names if swappable is None else swappable
        self.by_term: dict[str, list[tuple[tuple[str, str], float, bool]]] = {}
        for (a, b), w in pairs.items():
            item = ((a, b), w * (idf.get(a, d) + idf.get(b, d)), w == 1.0)
            self.by_term.setdefault(a, []).append(item)
            self.by_term.setdefault(b, []).append(item)
        self.said_cache: dict[str, tuple[float, float, float]] = {}

    def together(self, sid: str) -> tuple[float, float]:
        """The IDF weight of the target's pairs whose two terms the candidate both names, and
        of those it also says together. A word the candidate says next to another name than
        the target does counts as named and not said: "mengirim senjata ke Venezuela" for
        "... ke Rusia"."""
        return self._together(sid)[:2]

    def elsewhere(self, sid: str) -> bool:
        """Whether the candidate says a word of the target sentence's own act next to
        another party, where the target names one the candidate does not name at all:
        "Rusia mengirim senjata ke Korea Utara", "membantah mengirim senjata ke Venezuela"
        for "Korea Utara mengirim senjata ke Rusia". Words merely said apart do not count
        (a paraphrase orders them otherwise: "memasok senjata ke Moskow")."""
        return self._together(sid)[2] > 0.0

    def elsewhere_near(self, sid: str) -> bool:
        """``elsewhere`` for a sentence that says nothing of the act itself ('"Tuduhan itu
        tidak benar," kata juru bicara KCNA'), by the sentences around it: true when those
        that say it all say it with other parties."""
        if self._together(sid)[0]:
            return self.elsewhere(sid)
        near = [n for _, n in self.corpus.neighbours(sid) if self._together(n)[0]]
        return bool(near) and all(self.elsewhere(n) for n in near)

    def _together(self, sid: str) -> tuple[float, float, float]:
        cached = self.said_cache.get(sid)
        if cached is not None:
            return cached
        reading = self.corpus.reading(sid)
        terms, own, by_term = reading.terms, reading.pairs, self.by_term
        by_names, target, names = reading.by_names, self.pairs, self.names
        swappable = self.swappable
        seen: set[tuple[str, str]] = set()
        named = said = swapped_own = 0.0
        for term in terms:
            for pair, weight, of_target in by_term.get(term, ()):
                if pair in seen:
                    continue
                a, b = pair
                if a in terms and b in terms:
                    seen.add(pair)
                    named += weight
                    if pair in own:
                        said += weight
                elif term in by_names and term not in names and (
                        (term == a and b in swappable and any(
                            c == a and (c, d) not in target and (
                                d not in names or d in swappable)
                            for c, d in by_names[term])) or
                        (term == b and a in swappable and any(
                            d == b and (c, d) not in target and (
                                c not in names or c in swappable)
                            for c, d in by_names[term]))):
                    # the candidate says the word next to a name, not as the target does
                    seen.add(pair)
                    named += weight  # the same word, with someone else
                    swapped_own += weight * of_target
        found = self.said_cache[sid] = (named, said, swapped_own)
        return found

    def together_near(self, sid: str) -> float | None:
        """The share of the target's pairs that the candidate names and also says together
        (0..1), or a neighbour's when that is higher (a denial's subject is often said
        only in the sentence before it; distance already discounts the topic score); None
        when none of them names any."""
        best = None
        for nid in [sid] + [n for _, n in self.corpus.neighbours(sid)]:
            named, said = self.together(nid)
            if named:
                best = max(best or 0.0, said / named)
        return best


def pair_bag(corpus: Corpus, sentence_id: str,
             leave_out: frozenset[str] = frozenset()) -> dict[tuple[str, str], float]:
    """The pairs of terms the sentence says together (weight 1), its neighbours' at lower
    weights. Only pairs about what is done: none with a term of ``leave_out`` (the cue words:
    "menuduh Korea Utara" says who is accused, and an answer words that otherwise, "tuduhan
    Barat", "Korut menolak tuduhan") and none of two names ("Rusia ... Ukraina", "AS ...
    Korea Utara" say who, which the parties already weigh, and an answer may name them in
    any order or as "Gedung Putih")."""
    out: dict[tuple[str, str], float] = {}
    for offset, nid in [(0, sentence_id), *corpus.neighbours(sentence_id)]:
        w = CONTEXT_WEIGHT.get(offset, 1.0)
        reading = corpus.reading(nid)
        for a, b in reading.pairs:
            if out.get((a, b), 0.0) < w and a not in leave_out and b not in leave_out and not (
                    a in reading.names and b in reading.names):
                out[(a, b)] = w
    return out


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
