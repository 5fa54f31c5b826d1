"""Ranking: every candidate scored for how likely the sentence answers or repeats it, every
dispute seen for how well the sentence would join it, each with a short reason; and the
public ``suggest()``.

A candidate scores on shared terms (its own and its neighbours'), rapidfuzz on the stems,
and how its stance fits (a denial answers an accusation; what a denial answers usually
comes just before it). Labels, gold and dispute links add evidence where they exist.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from annotator.domain.scheme import Scheme, load_scheme
from annotator.domain.suggest import evidence
from annotator.domain.suggest.candidates import (
    FEW_HITS,
    HITS,
    WINDOW,
    Corpus,
    candidate_parts,
    query_groups,
)
from annotator.domain.suggest.cues import CUE_STEMS
from annotator.domain.suggest.parties import (
    accused,
    accused_names,
    accuser_names,
    denier,
    principal_term,
    roles_cached,
    split_accusation,
)
from annotator.domain.suggest.reading import (
    Reading,
    own_words,
    read,
    read_cached,
    says_own,
    stance_of,
)
from annotator.domain.suggest.similarity import Similarity, bag, context, overlap, pair_bag
from annotator.domain.suggest.words import english


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


OPPOSITE = {"alleges": "denies", "denies": "alleges"}
# Cue words say that a sentence accuses or denies, not what about: sharing only them (and
# names) with an accusation does not make a denial its answer.
CUE_TERMS = CUE_STEMS
RARE = 1000  # see idf below
ON_TOPIC = 0.3  # the topic score at which an answer counts in full
# ... and a denial answering an accusation: what it answers is often named only around it
# ("semuanya tidak berdasar", after the sentence naming the reports), where words count at
# a discount
DENIAL_ON_TOPIC = 0.25
OWN_ARTICLE = 40  # sentences after an accusation read for the denials its article reports
ANSWER_ARTICLE = 6  # sentences read after a denial that says the act, for more of the answer
ANSWERS_READ = 10  # such denials whose article is read on
OFF_TOPIC = 0.5  # what an answer keeps when it shares no word of the allegation itself,
# and a repeat when it accuses someone else


def _about(terms: list[str]) -> bool:
    """Whether shared terms include one of the allegation itself (not a name, not a cue)."""
    return any(not t.startswith("@") and t not in CUE_TERMS for t in terms)


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
    if target["position"] is not None:
        corpus.window(target["doc_id"], target["position"], WINDOW, WINDOW)
    corpus.index_neighbours()
    t_read = corpus.reading(sentence_id)
    t_bag = bag(corpus, sentence_id)

    stance_label = evidence.labels(db, [sentence_id], reviewer).get(sentence_id, {}).get("label")
    t_stance = stance_of(stance_label, t_read, scheme)

    # The terms of the sentence and its neighbours as FTS5 queries, and how common each is;
    # an accusation's names besides (what its answers share with it, however short).
    names = frozenset()
    if t_stance == "alleges":
        said = accused_names(target["text"], corpus.ents)
        accused_party = principal_term(target["text"], corpus.ents)
        names = frozenset(t for t in said | {accused_party} if t in t_read.terms)
    groups, added = query_groups(corpus, sentence_id, t_bag, names)
    total = corpus.total()
    df = {term: corpus.doc_freq(q) for term, q in groups.items()}
    # A term rarer than one sentence in RARE counts as one in RARE, as do terms not looked
    # up: otherwise the weight of a rare word grows with the corpus (log of its size) and
    # the balance between rare and common words, hence the ranking, changes with scale.
    # And a corpus counts as at least RARE sentences, so weights are on that one scale from
    # the first articles on: in five articles about one story (the seeds, 275 sentences)
    # its parties are in a quarter of the sentences and weighed like function words, which
    # put the seed accusation's two Kremlin denials in another order than in the archive.
    size = max(total, RARE)
    default_idf = math.log(1 + RARE)
    idf = {term: min(default_idf, math.log(1 + size / df[term])) for term in groups}
    for term in added:
        # a name asked for only as the accusation's weighs as a term not looked up: what
        # its answers are scored on stays as it was, only more of them are found
        idf[term] = default_idf
    parts, pool = candidate_parts(groups, df, idf, t_read, total)
    # An accusation's answers are often found only through the sentence before them, so it
    # reads more hits (their neighbours come with them) than other sentences: what a denial
    # answers says the words itself.
    hits = corpus.gather(parts, HITS if t_stance == "alleges" else FEW_HITS,
                         corpus.conjunctions(groups, pool, df, idf))
    # A hit's neighbours are read as its context; of them only those that accuse or deny
    # (a denial that names nothing, after the accusation it answers) are scored themselves.
    # The hits after the first FEW_HITS are read for the answers among them and their
    # neighbours alone: only those that deny are scored.
    loaded = set(corpus.rows) - set(hits[FEW_HITS:])
    corpus.windows(_spans(corpus, hits[:FEW_HITS], 1, WINDOW))
    around = set(corpus.rows) - loaded - set(hits[FEW_HITS:])
    corpus.windows(_spans(corpus, hits[FEW_HITS:], 1, WINDOW))
    if t_stance == "alleges" and target["position"] is not None:
        # the rest of the accusation's own article, where its answer is usually reported
        corpus.window(target["doc_id"], target["position"], 0, OWN_ARTICLE)
    accused_parties = accused(target["text"], corpus.ents) if t_stance == "alleges" else set()
    party = principal_term(target["text"], corpus.ents) if t_stance == "alleges" else None
    parties = (accused_parties | {party}) if party else set()
    named_after = accused_names(target["text"], corpus.ents) if t_stance == "alleges" else set()
    # who accuses, less any name it shares with whom it accuses ("Penjaga Pantai")
    accusers = accuser_names(target["text"], corpus.ents) if t_stance == "alleges" else set()
    accuser = accusers - named_after
    # what the accusation says was done: its terms less cue words and the parties' names
    who, what = split_accusation(target["text"])
    said_what, said_who = read(what, corpus.ents), read(who, corpus.ents)
    act = set(said_what.terms) - set(said_who.terms) - parties \
        - accuser - CUE_TERMS if t_stance == "alleges" else set()
    act = {t for t in act if not t.startswith("@")}
    others = [t for t in dict.fromkeys(said_what.order) if t in named_after and t != party]
    # the other party the accusation names first after the accused ("... kepada tentara
    # Sudan"): the accused denying beside it answers; beside its accuser, or a place it
    # names later, it is as often another quarrel of the same parties (at 100,000
    # sentences "Korea Utara membantah ... tentara bayaran ke Amerika Serikat" outranked
    # the seed denials)
    second = set(others[:1])
    if others and act:
        # An answer in another article often names nothing itself and follows the
        # allegation restated (its accused, the other party it names first, its act): those
        # are asked for as such, however common their words, and read as the hits after
        # the first few: only the denials after them are scored.
        in_order = [t for t in dict.fromkeys(said_what.order) if t in act]
        restated = [row for row in corpus.restated_rows(party, others[0], in_order, groups)
                    if _done_by(read_cached(row[3], corpus.ents), party, in_order[0])]
        corpus.answers_after(restated, WINDOW)
    if party and second and t_stance == "alleges":
        # the accused's denials beside that party, in any spelling (beside its accuser or
        # a place it names later they are as often another quarrel of the same parties: at
        # 1,000,000 sentences those pushed the seed denials down)
        corpus.denied_by(party, sorted(second), groups, act, accusers)
    further = set(corpus.rows) - loaded - around
    if target["group_id"]:
        corpus.near_duplicates(target["group_id"])
    pool = [sid for sid, row in corpus.rows.items()]
    member_of = evidence.memberships(db, pool)
    disputes_seen = {d for lst in member_of.values() for d, _ in lst}
    if disputes_seen:
        extra: list[str] = []
        for did in disputes_seen:
            extra += evidence.dispute_member_ids(db, did, 200)
        new = corpus.by_ids(extra)
        corpus.windows([(corpus.rows[sid]["doc_id"], corpus.rows[sid]["position"], WINDOW,
                         WINDOW) for sid in new if corpus.rows[sid]["position"] is not None])
        member_of = evidence.memberships(db, list(corpus.rows))
    corpus.index_neighbours()

    skip = {sentence_id}
    candidates = [sid for sid, row in corpus.rows.items()
                  if sid not in skip and row["position"] is not None]
    labels = evidence.labels(db, candidates, reviewer)
    # ... and the sentences just after a denial, which often carry on with it without a cue
    # word ('"Tidak ada kaitannya dengan mogok," ujar ...', "Perusahaan kembali menegaskan")
    candidates = [sid for sid in candidates if sid in labels or sid in member_of or (
        corpus.takes_a_stance(sid) or _after_a_denial(corpus, sid) if sid in around else
        corpus.denies(sid) or _after_a_denial(corpus, sid) if sid in further else True)]
    if act:
        # An article whose denial says the act usually reports more of the answer below it
        # (a spokesman's quote a few sentences down): read on, as for the accusation's own.
        strong = sorted((sid for sid in candidates if corpus.denies(sid) and
                         corpus.rows[sid]["doc_id"] != target["doc_id"] and
                         _says(corpus.reading(sid).terms, act)),
                        key=lambda sid: (-len(act.intersection(corpus.reading(sid).terms)), sid))
        known = set(candidates)
        more = [sid for sid in corpus.windows([
            (corpus.rows[sid]["doc_id"], corpus.rows[sid]["position"], 0, ANSWER_ARTICLE)
            for sid in strong[:ANSWERS_READ]]) if sid not in known and corpus.denies(sid)]
        if more:
            candidates += more
            corpus.index_neighbours()
    if t_stance in OPPOSITE:
        # A possible answer is read with all its neighbours, however it was found: what it
        # answers is often said only around it, and a score must not depend on which of
        # them a search happened to bring in (it would change with the corpus).
        answers = corpus.denies if t_stance == "alleges" else corpus.accuses
        whole = [sid for sid in candidates if answers(sid)
                 and len(corpus.neighbours(sid)) < 2 * WINDOW]
        corpus.windows([(corpus.rows[sid]["doc_id"], corpus.rows[sid]["position"], WINDOW,
                         WINDOW) for sid in whole])
        corpus.index_neighbours()

    # Dispute word bags: the title and every member's terms.
    dispute_rows = {}
    d_bags: dict[str, dict[str, float]] = {}
    d_members: dict[str, dict[str, str]] = defaultdict(dict)
    for sid, lst in member_of.items():
        for did, role in lst:
            d_members[did][sid] = role
    for did in d_members:
        title = dispute_rows[did] = evidence.dispute_title(db, did)
        b = dict.fromkeys(read(title or "", corpus.ents).terms, 1.0)
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
    t_pairs = pair_bag(corpus, sentence_id, CUE_TERMS)
    t_names = set(t_read.names).union(
        *(corpus.reading(n).names for _, n in corpus.neighbours(sentence_id)))
    target_intro = any(o == -1 and corpus.rows[n]["text"].rstrip().endswith(":")
                       for o, n in corpus.neighbours(sentence_id))
    sim = Similarity(corpus, idf, default_idf)
    core_norm, bag_norm = sim.norm(t_core), sim.norm(t_bag)
    # the names a candidate may put another in place of (marking another allegation): the
    # accusation's parties, not every name it says (a boat, a shoal, a weekday)
    sim.use_pairs(t_pairs, t_names, parties | accuser if t_stance == "alleges" else t_names)
    leads = _leads(corpus, candidates, target["doc_id"], act)
    t_english = english(target["text"])
    scored: list[SentenceSuggestion] = []
    # A candidate's words, context, fuzzy match, stance and parties bound its score from
    # above: what is weighed after them only lowers it, and its bonuses are known. So candidates are
    # scored in full best bound first, and one whose bound cannot reach the last of the
    # ``limit`` best scores found so far is left out: the same list for less work.
    on_topic = DENIAL_ON_TOPIC if t_stance == "alleges" else ON_TOPIC
    early = []
    for sid in candidates:
        c_read = corpus.reading(sid)
        core, shared = sim.to(t_core, core_norm, sid)
        ctx, ctx_shared, via = context(corpus, sim, sid, t_core, core_norm, t_bag, bag_norm)
        fz = fuzzy.get(sid, 0.0)
        label = labels.get(sid, {}).get("label")
        c_stance = stance_of(label, c_read, scheme)
        fit, relation = _fit(t_stance, c_stance, t_read, c_read)
        row = corpus.rows[sid]
        offset = row["position"] - target["position"] if (
            row["doc_id"] == target["doc_id"] and target["position"] is not None) else None
        before = {-1: 0.8, -2: 0.5}.get(offset, 0.0) if t_stance == "denies" else 0.0
        if before and target_intro and offset == -2:
            before = 0.8  # "Peskov berkata:" between the accusation and its denial
        adjacent = before > fit and c_stance not in ("denies", "context") \
            and not row["text"].rstrip().endswith(":")  # an intro is not what is denied
        if adjacent:
            fit, relation = before, "answers"  # what a denial answers comes just before it
        topic = max(core, ctx)
        if t_stance == "alleges" and offset is not None and offset > 0 and fit == 1.0:
            topic = max(topic, on_topic)  # a denial later in the accusation's own article
        bound = 0.6 * core + 0.2 * fz + 0.2 * ctx
        if relation == "repeats":
            bound = min(1.0, bound * (1 + 0.5 * fit))
        if relation == "answers":
            bound = max(bound, 0.8 * fit * min(1.0, topic / on_topic) + 0.2 * core)
        share = _named_share(corpus, sid, parties, party, lead=leads.get(row["doc_id"], ())
                             if offset is None else None) if parties and not adjacent else 1.0
        bound *= share  # the same parties
        if label and t_stance in OPPOSITE and scheme.role_for(label) == OPPOSITE[t_stance]:
            bound += 0.1
        if accused_parties and relation == "answers":
            bound += 0.15
        if target["group_id"] and row["group_id"] == target["group_id"]:
            bound = max(bound, 0.9)
        early.append((round(min(bound, 1.0), 3), sid, c_read, core, shared, ctx, ctx_shared,
                      fz, label, c_stance, fit, relation, row, offset, adjacent, topic, share))
    early.sort(key=lambda e: (-e[0], e[1]))
    best: list[float] = []  # the ``limit`` best scores so far, the lowest first
    for (bound, sid, c_read, core, shared, ctx, ctx_shared, fz, label, c_stance, fit,
         relation, row, offset, adjacent, topic, share) in early:
        if sid not in member_of and (bound < 0.05 or limit <= len(best) and bound < best[0]):
            continue  # below the cut, or below the list
        together = sim.together_near(sid)
        said = 1.0 if together is None else 0.7 + 0.3 * together  # the same words, said apart
        reasons = []
        similar = 0.6 * core + 0.2 * fz + 0.2 * ctx
        if relation == "repeats":
            similar = min(1.0, similar * (1 + 0.5 * fit))
        answer = (0.8 * fit * min(1.0, topic / on_topic) + 0.2 * core) \
            if relation == "answers" else 0
        accused_says = _accused_answers(corpus, sid, party, second, offset, leads) \
            if relation == "answers" and party else 0
        about = adjacent or _about(shared + ctx_shared) or bool(accused_says)
        if answer and not about:
            answer *= OFF_TOPIC  # "Russia denied training militias" answers no weapons claim
        # a sentence that says the act with someone else in a party's place ("Rusia
        # mengirim senjata ke Korea Utara", "membantah mengirim senjata ke Venezuela") is
        # about another allegation; so is a denial that says nothing of it itself, when the
        # sentences around it say it only so (what it answers is said there)
        elsewhere = sim.elsewhere_near(sid) if relation == "answers" and not adjacent \
            else sim.elsewhere(sid)
        if relation == "repeats" and (elsewhere or party and c_stance == "alleges" and (
                principal_term(row["text"], corpus.ents) not in (None, party))):
            similar *= OFF_TOPIC  # the same words, an accusation against someone else
        reversed_ = answer and t_stance == "alleges" and (_roles_reversed(
            row["text"], corpus.ents, accuser, parties, party) or _someone_else(
            row["text"], corpus.ents, c_read, party, act))
        if reversed_:
            answer *= OFF_TOPIC  # the accuser denying: another quarrel, where it is accused
        apart = _answers_another(corpus, sid, leads, act, scheme) if offset is None and not (
            party in c_read.terms and (parties - {party}) & set(c_read.terms)
            and english(row["text"]) != t_english) else 0
        if apart == 1 and accused_says == 2:
            apart = 0  # nothing there says another act, and the accused answers that party
        if apart:
            # "China menolak tuduhan Filipina", "Penjaga Pantai Filipina menyatakan ...", in
            # a story of another act: about the parties, not about this allegation
            answer *= OFF_TOPIC ** apart
            similar *= OFF_TOPIC ** apart
        if answer < similar and relation == "answers":
            relation = "related"
        score = max(similar, answer) * share  # the same parties
        # the accused: the party the act is said of, not every entity the accusation names
        # ("Rusia membantah ... mengirim senjata ke Korea Utara" is not North Korea's answer)
        by = accused_parties & {party} & denier(row["text"], corpus.ents) if (
            accused_parties and relation == "answers" and c_stance in ("denies", None)
            and about and not reversed_ and not apart
            and _about_these(corpus, sim, sid, parties, party, share)) else set()
        if relation != "repeats" and not by:
            # what they are said to do, together (the accused denying is that already)
            score *= OFF_TOPIC if elsewhere else said
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
        if by:
            score += 0.15  # the accused party answers: the denial of this allegation
            reasons.append("denied by the accused (" + ", ".join(
                _surface(corpus, t, None) for t in sorted(by)) + ")")
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
        final = round(min(score, 1.0), 3)  # a dispute member's can only rise below
        if final >= 0.05 and limit > 0:
            if len(best) < limit:
                heapq.heappush(best, final)
            elif final > best[0]:
                heapq.heapreplace(best, final)

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

    own = evidence.joined_disputes(db, sentence_id, reviewer)
    dscored = [DisputeSuggestion(dispute_id=did, title=dispute_rows[did],
                                 score=round(score, 3), role=proposed, why=d_why[did],
                                 members=len(d_members[did]))
               for did, score in d_score.items() if did not in own and score >= 0.05]
    dscored.sort(key=lambda d: (-d.score, d.dispute_id))
    return Suggestions(sentence_id=sentence_id, text=target["text"], stance=t_stance,
                       proposed_role=proposed, sentences=scored,
                       disputes=dscored[:dispute_limit])


def _done_by(reading: Reading, principal: str, verb: str) -> bool:
    """Whether a sentence says the act as done by the accused: the last name said before
    the act's first word is the accused ("Gedung Putih mengatakan Korea Utara mengirimkan
    senjata kepada Rusia"), not another party ("Korea Utara menuduh Rusia mengirim senjata
    ke Ukraina", whose answers answer another quarrel)."""
    last = None
    for term in reading.order:
        if term == verb:
            return last == principal
        if term in reading.names:
            last = term
    return False


def _accused_answers(corpus: Corpus, sid: str, principal: str, second: set[str],
                     offset: int | None, leads: dict[str, list[str]]) -> int:
    """Whether a denial is the accused's answer to this quarrel though it may say none of
    the act's words: the accused denies ("Pemerintah Iran menolak tudingan", "Iran dismissed
    accusations", in any spelling) naming the other party the accusation names first
    (``second``: "... bahwa pihaknya mempersenjatai militer Sudan", for an accusation of
    supplying Sudan's army), in a story that does not say what the denial says of its own
    (another act: "Korea Utara membantah tuduhan bahwa pihaknya mencampuri pemilu di
    Rusia" after "Pejabat Korea Selatan mengatakan Korea Utara mencampuri pemilu di
    Rusia"): 2; later in the accusation's own article: 1; else 0."""
    reading = corpus.reading(sid)
    if principal not in roles_cached(corpus.rows[sid]["text"], corpus.ents)[0]:
        return 0
    if offset is not None:
        return 1 if offset > 0 else 0
    if second.intersection(reading.terms) and not _says_its_own(corpus, sid, leads):
        return 2
    return 0


def _says_its_own(corpus: Corpus, sid: str, leads: dict[str, list[str]]) -> bool:
    """Whether the sentences around a sentence, or its article's lead, say its own words
    (``reading.says_own``): what it says is that story's act."""
    own = own_words(corpus.reading(sid))
    around = leads.get(corpus.rows[sid]["doc_id"], []) + [n for _, n in corpus.neighbours(sid)]
    return any(n != sid and says_own(own, corpus.reading(n).terms) for n in around)


def _after_a_denial(corpus: Corpus, sid: str) -> bool:
    """Whether one of the two sentences before this one denies."""
    for o, n in corpus.neighbours(sid):
        if o < 0 and corpus.denies(n):
            return True
    return False


def _roles_reversed(text: str, ents, accuser: set[str], parties: set[str],
                    principal: str | None) -> bool:
    """Whether a denial answers another quarrel between the same parties: the accuser
    denies ('"Tuduhan itu tidak benar," ujar juru bicara Penjaga Pantai Filipina', for the
    Philippines' accusation), or it rejects an accusation the accused or another of the
    accusation's parties made ("Tentara Sudan menolak tuduhan Iran", for one against Iran;
    "Korea Utara menolak tuduhan Rusia", for one that it sent Russia weapons)."""
    by, _, rejected = roles_cached(text, ents)
    if accuser and by & accuser and principal not in by:
        return True
    return bool(parties & rejected)


def _someone_else(text: str, ents, reading: Reading, principal: str | None,
                  act: set[str]) -> bool:
    """Whether a denial says the act of someone else: it says the act itself, names who
    denies, and does not name the accused ("Juru bicara Kementerian Pertahanan Inggris
    membantah bahwa negaranya mengirim senjata ke Rusia"). Another party the accusation
    names is someone else too ("Ukraina membantah tuduhan bahwa pihaknya mengirim senjata
    ke Rusia", for an accusation that North Korea sent Russia weapons for its war in
    Ukraine): only the accused answers for the act."""
    if principal is None or principal in reading.terms or not _says(reading.terms, act):
        return False
    return bool(roles_cached(text, ents)[1])


LEAD = 2  # first sentences of an article, read for what it is about


def _says(terms, act: set[str]) -> bool:
    """Whether a sentence says the accused act: two of its words (one word, "kapal" in
    "menyerang kapal dagang Israel", is not the act "menembakkan meriam air ke kapal")."""
    return len(act.intersection(terms)) >= min(2, len(act))


def _leads(corpus: Corpus, candidates: list[str], own_doc: str,
           act: set[str]) -> dict[str, list[str]]:
    """The lead of each other article holding a candidate: what an answer answers, and whom
    it is about, is said around it or in its article's lead."""
    if not act:
        return {}
    docs = {corpus.rows[sid]["doc_id"] for sid in candidates
            if corpus.rows[sid]["doc_id"] != own_doc}
    leads: dict[str, list[str]] = defaultdict(list)
    for sid in corpus.leads(sorted(docs), LEAD):
        leads[corpus.rows[sid]["doc_id"]].append(sid)
    return leads


def _answers_another(corpus: Corpus, sid: str, leads: dict[str, list[str]],
                     act: set[str], scheme: Scheme) -> int:
    """Whether a sentence of another article is about something else: 0 when it, the
    sentences around it or its article's lead say the act; 1 when none says it; 2 when
    one of them accuses and says another act. (Not asked of a sentence naming the accused
    and another of the accusation's parties itself: "North Korea rejected the accusation
    that it sent weapons to Russia", for an accusation in Indonesian, says the quarrel in
    words the act cannot be matched in.) "Kementerian Luar Negeri China menolak tuduhan
    Filipina" in a story that leads with China stirring unrest in Japan does not answer
    that China fired water cannon at a Philippine boat."""
    if not act or _says(corpus.reading(sid).terms, act):
        return 0
    around = [n for n in leads.get(corpus.rows[sid]["doc_id"], []) + [
        n for _, n in corpus.neighbours(sid)] if n != sid]
    if any(_says(corpus.reading(n).terms, act) for n in around):
        return 0
    return 2 if any(stance_of(None, corpus.reading(n), scheme) == "alleges"
                    for n in around) else 1


def _about_these(corpus: Corpus, sim: Similarity, sid: str, parties: set[str], principal: str,
                 share: float) -> bool:
    """Whether the accused's denial is about this accusation: it names the accused and one
    of its other parties itself, or says most of what the accusation says together, no
    party swapped for another ("membantah mengirim senjata lewat pelabuhan Rajin" does;
    "membantah mengirim senjata ke Venezuela", for "... ke Rusia", does not). Only a denial
    that says nothing of the act itself ("Korut menolak tuduhan itu") is judged by the
    parties its neighbours name: what a sentence says outweighs its context."""
    if _named_share(corpus, sid, parties, principal, near=False) == 1.0:
        return True
    named, said = sim.together(sid)
    return said >= 0.5 * named if named else share == 1.0


def _spans(corpus: Corpus, ids: list[str], before: int,
           after: int) -> list[tuple[str, int, int, int]]:
    return [(corpus.rows[sid]["doc_id"], corpus.rows[sid]["position"], before, after)
            for sid in ids if corpus.rows[sid]["position"] is not None]


def _named_share(corpus: Corpus, sid: str, parties: set[str], principal: str, *,
                 near: bool = True, lead=None) -> float:
    """0.5..1: whether the candidate or its neighbours name the accused (counting twice) and
    one other of the accusation's parties. A denial of "sending weapons to Venezuela" by the
    accused is not the answer to "sending weapons to Russia"; one that names neither is even
    less so. One other party is enough: an answer names the quarrel, it does not restate
    every place the accusation names ("... ke Rusia untuk digunakan di Ukraina").

    For a sentence of another article (``lead``: its lead's sentences), the accused named
    nowhere there, nor in that lead, halves it again (0.25..0.5): "Inggris membantah
    mengirim senjata ke Rusia" answers an accusation against Britain."""
    # the few parties looked up in each reading, not every term copied into one set
    readings = [corpus.reading(sid).terms]
    for _, n in corpus.neighbours(sid) if near else ():
        readings.append(corpus.reading(n).terms)
    others = 0
    for p in parties:
        if p != principal and _in_any(p, readings):
            others = 1
            break
    full = 3 if len(parties) > 1 else 2
    accused_named = _in_any(principal, readings)
    share = 0.5 + 0.5 * (2 * accused_named + others) / full
    if lead is not None and not accused_named and not any(
            principal in corpus.reading(n).terms for n in lead):
        share *= OFF_TOPIC
    return share


def _in_any(term: str, readings: list) -> bool:
    for terms in readings:
        if term in terms:
            return True
    return False


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
    meta = evidence.document_details(db, {s.doc_id for s in items})
    for s in items:
        s.doc_title, s.outlet, s.published = meta.get(s.doc_id, (None, None, None))
