"""Cue lexicons, one per language, kept as data (``data/cues/<language>.json``): the words
that make a sentence an accusation, a denial or reported speech, how strongly each signals,
and the hedges, negations, pronouns and prepositions a reader of that language watches for."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TypeVar

from annotator.base.resources import data_file

FALLBACK = "en"  # a language without its own lexicon is read with the English one
WRONG_STRENGTH = 0.6  # a wrongful act named in reported speech, as most of ``wrongdoing``
T = TypeVar("T")


def _merged(*lists: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Verb lists merged: a verb in several lists needs any of the words each gives; a verb
    that needs none in one list needs none."""
    out: dict[str, tuple[str, ...]] = {}
    for verbs in lists:
        for verb, needed in verbs.items():
            if verb in out and (not out[verb] or not needed):
                out[verb] = ()
            else:
                out[verb] = tuple(dict.fromkeys(out.get(verb, ()) + tuple(needed)))
    return out


def _phrases(items) -> dict[tuple[str, ...], float]:
    if isinstance(items, dict):
        return {tuple(k.split()): float(v) for k, v in items.items()}
    return {tuple(k.split()): 1.0 for k in items}


@dataclass(frozen=True)
class Lexicon:
    language: str
    accusation: dict[tuple[str, ...], float]
    denial: dict[tuple[str, ...], float]
    speech: dict[tuple[str, ...], float]
    speech_before_name: dict[tuple[str, ...], float]
    speech_suffixed: frozenset[str]
    passive_by: frozenset[str]
    pronouns: frozenset[str]
    negations: frozenset[str]
    hedges: dict[tuple[str, ...], float]
    prepositions: frozenset[str]
    titles: frozenset[str] = frozenset()  # words of a title before a name: Menteri, spokesman
    between: frozenset[str] = frozenset()  # may stand between a subject and its verb
    not_names: frozenset[str] = frozenset()  # capitalised but never a speaker: days, months
    not_verbs: frozenset[tuple[str, ...]] = frozenset()  # cues with no subject: "hoaks"
    # reported content that alleges: "bribe"
    wrongdoing: dict[tuple[str, ...], float] = field(default_factory=dict)
    passive_speech: frozenset[str] = frozenset()  # "disampaikan": says where, not what
    org_heads: frozenset[str] = frozenset()  # "commission", "kementerian": an office's head noun
    honorifics: frozenset[str] = frozenset()  # "dr", "prof": skipped before a name
    quoted_denial: dict[tuple[str, ...], float] = field(default_factory=dict)  # in quotes
    unnamed: frozenset[str] = frozenset()  # "Analysts said": a group, not a source
    places: frozenset[str] = frozenset()  # "Filipina" in "penjaga pantai Filipina Jay Tarriela"
    adverb_endings: tuple[str, ...] = ()  # "ly": "separately said"
    title_modifiers: frozenset[str] = frozenset()  # "regional": a title only with a noun
    topic_of: frozenset[str] = frozenset()  # "investigate", "laporan": wrongdoing as a topic
    passive_auxiliaries: frozenset[str] = frozenset()  # "was" in "was declared"
    place_verbs: frozenset[tuple[str, ...]] = frozenset()  # "lies" in "lies about 140 km"
    location_after: frozenset[str] = frozenset()  # "off", "west": after a place verb
    # a reply that negates or limits ("not", "hanya"): a denial after an accusation
    rebuttal: dict[tuple[str, ...], float] = field(default_factory=dict)
    no_comment: dict[tuple[str, ...], float] = field(default_factory=dict)  # "declined to comment"
    not_rebuttal: dict[tuple[str, ...], float] = field(default_factory=dict)  # "not only"
    company_markers: frozenset[str] = frozenset()  # "PT", "Ltd": a company's name
    company_noun: str = ""  # what a later sentence calls it: "perusahaan", "company"
    determiners_after: frozenset[str] = frozenset()  # "itu" in "perusahaan itu"
    spokespeople: frozenset[str] = frozenset()  # "A spokesperson said": for the last named
    rejecting: frozenset[tuple[str, ...]] = frozenset()  # "menolak", "rejected" ...
    policy_objects: frozenset[str] = frozenset()  # ... a plan or a bill: no denial
    conditionals: frozenset[str] = frozenset()  # "if", "jika": wrongdoing as a possibility
    participle_ending: str = ""  # "ing": ", alleging that" shares the sentence's subject
    head_first: bool = False  # an office's head noun comes first: "Tim pemenangan petahana"
    group_determiners: frozenset[str] = frozenset()  # "the two" in "The two airlines said"
    # a promise or plan reported ("akan", "would"): context that keeps its speaker
    plans: dict[tuple[str, ...], float] = field(default_factory=dict)
    post_nominals: frozenset[str] = frozenset()  # "KC", "MP": letters after a name
    # an appeal ("meminta masyarakat", "urged residents"): asks, neither denies nor accuses
    appeals: dict[tuple[str, ...], float] = field(default_factory=dict)
    # "polisi" -> "polda", "polres": a description and the heads of the names it describes
    description_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    government_heads: frozenset[str] = frozenset()  # "kementerian", "ministry", "polda"
    speaks_through: frozenset[str] = frozenset()  # "family": speaks through its lawyer
    filed: dict[tuple[str, ...], float] = field(default_factory=dict)  # "filed a complaint"
    # "fined", "menetapkan ... tersangka": enforcement, with the words one of which must
    # follow (the violation stated); none needed for a fine or a citation's own word
    enforcement: dict[str, tuple[str, ...]] = field(default_factory=dict)
    appeal_context: dict[tuple[str, ...], float] = field(default_factory=dict)  # "urged"
    context_acts: dict[tuple[str, ...], float] = field(default_factory=dict)  # "pleaded guilty"
    explains: dict[tuple[str, ...], float] = field(default_factory=dict)  # "caused by"
    source_nouns: frozenset[str] = frozenset()  # "menurut catatan Walhi": Walhi's records
    family_members: frozenset[str] = frozenset()  # "her son, X,": speaks for the family
    # the seventh round's classes (acts.py): procedure reported, pledges, complaints
    # received or lodged with a complaints body, enforcement as background or against
    # people not named, a statement called wrong
    procedure: dict[tuple[str, ...], float] = field(default_factory=dict)
    procedure_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pledges: dict[tuple[str, ...], float] = field(default_factory=dict)
    receiving: frozenset[str] = frozenset()
    complaint_nouns: frozenset[str] = frozenset()
    lodging: dict[tuple[str, ...], float] = field(default_factory=dict)
    lodged_with: frozenset[str] = frozenset()
    lodging_verbs: dict[tuple[str, ...], float] = field(default_factory=dict)  # have a subject
    complaint_bodies: frozenset[str] = frozenset()
    filing_nouns: frozenset[str] = frozenset()
    filing_passives: dict[tuple[str, ...], float] = field(default_factory=dict)
    background: dict[tuple[str, ...], float] = field(default_factory=dict)
    legal_acts: frozenset[str] = frozenset()  # "convicted", "divonis": verdicts and charges
    people_nouns: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    discrediting: dict[tuple[str, ...], float] = field(default_factory=dict)
    statement_nouns: frozenset[str] = frozenset()
    work_senses: frozenset[tuple[str, ...]] = frozenset()  # "dismissed": also "sacked"
    case_nouns: frozenset[str] = frozenset()  # "case", "appeal": what a court dismisses
    frames: frozenset[str] = frozenset()  # "after", "setelah": a clause of time or reason
    evidence: dict[tuple[str, ...], float] = field(default_factory=dict)  # "records show"
    decisions: frozenset[str] = frozenset()  # "announced": a decision made known, context
    feelings: dict[tuple[str, ...], float] = field(default_factory=dict)  # "disappointed"
    # "disputes the findings": a verb rejecting the statement named after it
    statement_rejecting: dict[tuple[str, ...], float] = field(default_factory=dict)
    # the eighth round: what the accused side has done about the matter ("co-operated",
    # "hired"): a claim, not a reply against the allegation (dispute.py)
    remedies: dict[tuple[str, ...], float] = field(default_factory=dict)
    # "Menanggapi tudingan itu", "in response", "countered": a reply in the dispute
    reply_markers: dict[tuple[str, ...], float] = field(default_factory=dict)
    # "terdakwa", "the defendant", "for the defence": the accused side by its role
    accused_roles: dict[tuple[str, ...], float] = field(default_factory=dict)
    receiving_passive: frozenset[str] = frozenset()  # "diterima": complaints received
    deprive_senses: frozenset[str] = frozenset()  # "denied" in "were denied rest breaks"
    schedule: dict[tuple[str, ...], float] = field(default_factory=dict)  # "next week"
    quantity_verbs: frozenset[str] = frozenset()  # "rise": a forecast, not a schedule
    counsel: frozenset[str] = frozenset()  # "lawyer", "agent": speaks for the person before
    alleging: dict[tuple[str, ...], float] = field(default_factory=dict)  # "diduga" + act
    # "menghargai dukungan", "thanked ... for its support": another's support valued (a claim)
    support_valuing: dict[tuple[str, ...], float] = field(default_factory=dict)
    support_nouns: frozenset[str] = frozenset()
    # the ninth round's scene (narration.py): where a sentence only sets the scene (context)
    # though a speech verb or a wrong's word stands in it, and where narration names a wrong
    # enforcement read for the label only (the speaker's verbs stay ``enforcement``): the
    # family whole, "divonis", "dijerat pasal", "found ... guilty", "reprimanded"
    enforcement_more: dict[str, tuple[str, ...]] = field(default_factory=dict)
    imperatives: dict[tuple[str, ...], float] = field(default_factory=dict)  # "Stop", "Jangan"
    requests: frozenset[str] = frozenset()  # "asked", "menyarankan": a request to a party ...
    request_links: frozenset[str] = frozenset()  # ... "to", "for", "agar": what it asks
    statements_only: dict[tuple[str, ...], float] = field(default_factory=dict)  # "the remarks"
    speaking_only: frozenset[str] = frozenset()  # "spoke", "berbicara": who spoke, not what
    content_links: frozenset[str] = frozenset()  # "that", "bahwa": what was said follows
    channels: dict[tuple[str, ...], float] = field(default_factory=dict)  # "in", "melalui"
    future_markers: dict[tuple[str, ...], float] = field(default_factory=dict)  # "will"
    future_acts: dict[tuple[str, ...], float] = field(default_factory=dict)  # "decide"
    indefinite: dict[tuple[str, ...], float] = field(default_factory=dict)  # "anyone"
    not_yet: dict[tuple[str, ...], float] = field(default_factory=dict)  # "belum", "yet"
    penalties_possible: dict[tuple[str, ...], float] = field(default_factory=dict)  # "faces up to"
    case_origins: dict[tuple[str, ...], float] = field(default_factory=dict)  # "bermula dari"
    stated_wrongs: dict[tuple[str, ...], float] = field(default_factory=dict)  # "in breach of"
    courts: frozenset[str] = frozenset()  # "court", "majelis": who rules
    pending: dict[tuple[str, ...], float] = field(default_factory=dict)  # "sambil menunggu"
    investigators: frozenset[str] = frozenset()  # "detectives", "penyidik": who questions
    detentions: frozenset[str] = frozenset()  # "arrested", "disita": procedure unless for a wrong
    # "lodged an appeal", "mengajukan banding": the penalised side rejects the finding ...
    appeals_lodged: dict[tuple[str, ...], float] = field(default_factory=dict)
    prosecution: frozenset[str] = frozenset()  # ... unless the prosecution appeals
    thus: dict[tuple[str, ...], float] = field(default_factory=dict)  # "Demikian kata X"
    feeling_nouns: frozenset[str] = frozenset()  # "concern that ...": what is feared follows
    possibility: dict[tuple[str, ...], float] = field(default_factory=dict)  # "may have"
    questioning: dict[tuple[str, ...], float] = field(default_factory=dict)  # "questioned"
    ruling_verbs: dict[tuple[str, ...], float] = field(default_factory=dict)  # "rejected"
    # "her lawyers' request to drop the charges", "eksepsi": what the accused side asks a court
    defence_motions: dict[tuple[str, ...], float] = field(default_factory=dict)

    @cached_property
    def verbs(self) -> dict[tuple[str, ...], float]:
        """Every cue that can have a speaker as its subject."""
        cues = {**self.speech, **self.accusation, **self.denial}
        cues.update({k: v for k, v in self.lodging_verbs.items() if k not in cues})  # "mengadu"
        return {k: v for k, v in cues.items() if k not in self.not_verbs}


_MADE: dict[tuple[int, str], tuple[Lexicon, object]] = {}
MADE_KEPT = 512  # (lexicon, key) pairs: a few lexicons, a few dozen sets made from each


def made_once(lex: Lexicon, key: str, make: Callable[[Lexicon], T]) -> T:
    """``make(lex)``, made once for each lexicon and ``key`` (the lexicon kept beside it,
    so that its id is not reused): a set a reading joins from the lexicon's lists
    (``lex.org_heads | lex.government_heads ...``), made on every call, costs more than
    the reading's own work where the reading is asked of every word (round 39)."""
    found = _MADE.get((id(lex), key))
    if found is None or found[0] is not lex:
        if len(_MADE) >= MADE_KEPT:
            _MADE.clear()
        found = _MADE[(id(lex), key)] = (lex, make(lex))
    return found[1]


def available() -> list[str]:
    folder = data_file("cues")
    return sorted(p.stem for p in folder.glob("*.json"))


@lru_cache(maxsize=16)
def cue_file(language: str | None) -> dict:
    """The whole cue file of ``language`` ("en-GB" reads as "en"), else the fallback's,
    parsed once: the lexicon and every rule module that keeps its own keys there read it
    from here rather than parsing the file again each. Shared: read it, never change it."""
    code = (language or "").split("-")[0].split("_")[0].casefold()
    path = data_file(f"cues/{code}.json")
    if not code or not path.is_file():
        path = data_file(f"cues/{FALLBACK}.json")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def lexicon(language: str | None) -> Lexicon:
    """The lexicon of ``language`` ("id", "en", "en-GB" reads as "en"), else the fallback."""
    raw = cue_file(language)
    return Lexicon(
        language=raw["language"],
        accusation=_phrases(raw["accusation"]),
        denial=_phrases(raw["denial"]),
        speech={**_phrases(raw.get("scene_speech", {})), **_phrases(raw["speech"])},
        speech_before_name=_phrases(raw["speech_before_name"]),
        speech_suffixed=frozenset(raw["speech_suffixed"]),
        passive_by=frozenset(raw["passive_by"]),
        pronouns=frozenset(raw["pronouns"]),
        negations=frozenset(raw["negations"]),
        hedges=_phrases(raw["hedges"]),
        prepositions=frozenset(raw["prepositions"]),
        titles=frozenset(raw.get("titles", ())),
        between=frozenset(raw.get("between_subject_and_verb", ())),
        not_names=frozenset(raw.get("not_names", ())),
        not_verbs=frozenset(tuple(p.split()) for p in raw.get("not_verbs", ())),
        wrongdoing={**{p: WRONG_STRENGTH for p in _phrases(raw.get("scene_wrongs", []))},
                    **_phrases(raw.get("wrongdoing", {}))},
        passive_speech=frozenset(raw.get("passive_speech", ())),
        org_heads=frozenset(raw.get("org_heads", ())),
        honorifics=frozenset(raw.get("honorifics", ())),
        places=frozenset(raw.get("places", ())),
        adverb_endings=tuple(raw.get("adverb_endings", ())),
        title_modifiers=frozenset(raw.get("title_modifiers", ())),
        topic_of=frozenset(raw.get("topic_of", ())),
        passive_auxiliaries=frozenset(raw.get("passive_auxiliaries", ())),
        place_verbs=frozenset(tuple(p.split()) for p in raw.get("place_verbs", ())),
        location_after=frozenset(raw.get("location_after", ())),
        rebuttal=_phrases(raw.get("rebuttal", [])),
        no_comment=_phrases(raw.get("no_comment", []) + raw.get("scene_no_comment", [])),
        not_rebuttal=_phrases(raw.get("not_rebuttal", [])),
        company_markers=frozenset(raw.get("company_markers", ())),
        company_noun=raw.get("company_noun", ""),
        determiners_after=frozenset(raw.get("determiners_after", ())),
        spokespeople=frozenset(raw.get("spokespeople", ())),
        rejecting=frozenset(tuple(p.split()) for p in raw.get("rejecting", ())),
        policy_objects=frozenset(raw.get("policy_objects", ())),
        conditionals=frozenset(raw.get("conditionals", ())),
        participle_ending=raw.get("participle_ending", ""),
        head_first=bool(raw.get("head_first", False)),
        group_determiners=frozenset(raw.get("group_determiners", ())),
        unnamed=frozenset(raw.get("unnamed", ())),
        quoted_denial=_phrases(raw.get("quoted_denial", {})),
        plans=_phrases(raw.get("plans", [])),
        post_nominals=frozenset(raw.get("post_nominals", ())),
        appeals=_phrases(raw.get("appeals", [])),
        description_heads={k: tuple(v) for k, v in raw.get("description_heads", {}).items()},
        government_heads=frozenset(raw.get("government_heads", ())),
        speaks_through=frozenset(raw.get("speaks_through", ())),
        filed=_phrases(raw.get("filed", [])),
        enforcement={k: tuple(v) for k, v in raw.get("enforcement", {}).items()},
        enforcement_more=_merged(raw.get("enforcement", {}), raw.get("scene_enforcement", {})),
        appeal_context=_phrases(raw.get("appeal_context", [])),
        context_acts=_phrases(raw.get("context_acts", []) + raw.get("scene_context_acts", [])),
        explains=_phrases(raw.get("explains", [])),
        source_nouns=frozenset(raw.get("source_nouns", ())),
        family_members=frozenset(raw.get("family_members", ())),
        procedure=_phrases(raw.get("procedure", []) + raw.get("scene_procedure", [])),
        procedure_acts={k: tuple(v) for k, v in raw.get("procedure_acts", {}).items()},
        pledges=_phrases(raw.get("pledges", [])),
        receiving=frozenset(raw.get("receiving", ())) | frozenset(
            w for w in raw.get("scene_receiving", ()) if " " not in w),
        complaint_nouns=frozenset(raw.get("complaint_nouns", ())),
        lodging=_phrases(raw.get("lodging", []) + raw.get("scene_lodging", [])),
        lodged_with=frozenset(raw.get("lodged_with", ())),
        lodging_verbs=_phrases(raw.get("lodging_verbs", [])),
        complaint_bodies=frozenset(raw.get("complaint_bodies", ())) | frozenset(
            raw.get("scene_complaint_bodies", ())),
        filing_nouns=frozenset(raw.get("filing_nouns", ())),
        filing_passives=_phrases(raw.get("filing_passives", [])),
        background=_phrases(raw.get("background", []) + raw.get("scene_background", [])),
        legal_acts=frozenset(raw.get("legal_acts", ())) | frozenset(
            raw.get("scene_enforcement", {})),
        people_nouns=frozenset(raw.get("people_nouns", ())) | frozenset(
            w for w in raw.get("scene_people_nouns", ()) if " " not in w),
        count_words=frozenset(raw.get("count_words", ())),
        discrediting=_phrases(raw.get("discrediting", [])),
        statement_nouns=frozenset(raw.get("statement_nouns", ())),
        work_senses=frozenset(tuple(p.split()) for p in raw.get("work_senses", ())),
        case_nouns=frozenset(raw.get("case_nouns", ())),
        frames=frozenset(raw.get("frames", ())),
        evidence=_phrases(raw.get("evidence", []) + raw.get("scene_evidence", [])),
        decisions=frozenset(raw.get("decisions", ())),
        feelings=_phrases(raw.get("feelings", []) + raw.get("scene_feelings", [])),
        statement_rejecting=_phrases(raw.get("statement_rejecting", [])),
        remedies=_phrases(raw.get("remedies", [])),
        reply_markers=_phrases(raw.get("reply_markers", [])),
        accused_roles=_phrases(raw.get("accused_roles", [])),
        receiving_passive=frozenset(raw.get("receiving_passive", ())),
        deprive_senses=frozenset(raw.get("deprive_senses", ())),
        schedule=_phrases(raw.get("schedule", [])),
        quantity_verbs=frozenset(raw.get("quantity_verbs", ())),
        counsel=frozenset(raw.get("counsel", ())),
        alleging=_phrases(raw.get("alleging", [])),
        support_valuing=_phrases(raw.get("support_valuing", [])),
        support_nouns=frozenset(raw.get("support_nouns", ())),
        imperatives=_phrases(raw.get("scene_imperatives", [])),
        requests=frozenset(raw.get("scene_requests", ())),
        request_links=frozenset(raw.get("scene_request_links", ())),
        statements_only=_phrases(raw.get("scene_statements_only", [])),
        speaking_only=frozenset(raw.get("scene_speaking_only", ())),
        content_links=frozenset(raw.get("scene_content_links", ())),
        channels=_phrases(raw.get("scene_channels", [])),
        future_markers=_phrases(raw.get("scene_future_markers", [])),
        future_acts=_phrases(raw.get("scene_future_acts", [])),
        indefinite=_phrases(raw.get("scene_indefinite", [])),
        not_yet=_phrases(raw.get("scene_not_yet", [])),
        penalties_possible=_phrases(raw.get("scene_penalties_possible", [])),
        case_origins=_phrases(raw.get("scene_case_origins", [])),
        stated_wrongs=_phrases(raw.get("scene_stated_wrongs", [])),
        courts=frozenset(raw.get("scene_courts", ())),
        pending=_phrases(raw.get("scene_pending", [])),
        investigators=frozenset(raw.get("scene_investigators", ())),
        detentions=frozenset(raw.get("scene_detentions", ())),
        appeals_lodged=_phrases(raw.get("scene_appeals_lodged", [])),
        thus=_phrases(raw.get("scene_thus", [])),
        feeling_nouns=frozenset(raw.get("scene_feeling_nouns", ())),
        possibility=_phrases(raw.get("scene_possibility", [])),
        prosecution=frozenset(raw.get("scene_prosecution", ())),
        questioning=_phrases(raw.get("scene_questioning", [])),
        ruling_verbs=_phrases(raw.get("scene_ruling_verbs", [])),
        defence_motions=_phrases(raw.get("scene_defence_motions", [])),
    )


_SHAPES: dict[int, tuple] = {}
# the lexicon's own lists, and lists merged for one sentence: the two languages' lists and
# the rules' own are some 380 now, so a bound of 256 emptied the cache every few dozen
# sentences and every list's shape was worked out again (945 times on dev+heldout9's 354
# sentences, 363 with this bound; thirty-seventh round)
_SHAPES_KEPT = 1024


def _shape(phrases: dict[tuple[str, ...], float]) -> tuple[int, frozenset[str]]:
    """A phrase list's longest phrase and first words, worked out once per list (the lists
    are built once per lexicon and kept, and ``find`` runs some fifty times a sentence).
    Lists merged for one sentence come and go: the cache holds them (so an id is never
    mistaken for a freed list's) but is emptied when full, so it never grows."""
    known = _known_shape(phrases)
    return known[1], known[2]


def _known_shape(phrases: dict[tuple[str, ...], float]) -> tuple:
    """(the list, its longest phrase, its first words, its length, the lengths of its
    phrases by first word, longest first), kept by the list's id."""
    known = _SHAPES.get(id(phrases))
    if known is None or known[0] is not phrases or len(known[0]) != known[3]:
        if len(_SHAPES) >= _SHAPES_KEPT:
            _SHAPES.clear()
        longest = max((len(p) for p in phrases), default=0)
        lengths: dict[str, set[int]] = {}
        for p in phrases:
            if p:
                lengths.setdefault(p[0], set()).add(len(p))
        known = (phrases, longest, frozenset(lengths), len(phrases),
                 {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()})
        _SHAPES[id(phrases)] = known
    return known


def find(phrases: dict[tuple[str, ...], float], words: list[str]) -> list[tuple[int, int]]:
    """Where phrases occur in casefolded ``words``: (start, end) token spans, longest match
    at each position, in order."""
    known = _SHAPES.get(id(phrases))  # _shape's check, without its call (asked ~200 times
    if known is None or known[0] is not phrases or len(phrases) != known[3]:  # a key)
        known = _known_shape(phrases)
    if known[2].isdisjoint(words):  # most lists have no first word in a sentence: asked
        return []  # in one call rather than word by word
    found = []
    by_first = known[4]  # only the lengths of the phrases a word opens, longest first
    left = len(words)
    for i, word in enumerate(words):
        lengths = by_first.get(word)
        if lengths is not None:
            for n in lengths:
                if n <= left - i and tuple(words[i:i + n]) in phrases:
                    found.append((i, i + n))
                    break
    return found
