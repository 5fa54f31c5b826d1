"""The speakers a sentence may have at key time, for bench_speakers_learned.py: the rules'
speaker, "no source", the speaker of the sentence before (saved or proposed), the last
person or body named before, the rules' name without its title, the names of the sentence
before, and every name in the sentence itself (the registry's and the reader's); since the
forty-first round also the speakers saved earlier in the article, its first named body and
person, the names of the sentence after and the article's speakers named in the sentence,
each with what the article says of it before (``extended``). Each is
described by a few words (which candidate it is, the rules' reason words and label, the
rules' speaker's kind, where the name stands against the speech verb and the quotation
marks, a title or preposition before it, whether it is the sentence's first name, whether
it spoke before in the article and on which side, its kind); a ranking model (pairwise
logistic regression, bench_speakers_learned.py) scores them, and ``choose`` proposes the
best where it is sure enough.

Measured, not shipped: on the blind sets the choice does not beat the rules' speakers
(bench_speakers_learned.py's nested table; the fourteenth and forty-first rounds), so no
proposal reads it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from annotator.domain.proposals.kinds import PERSON
from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.reading import names_in
from annotator.domain.proposals.speaker_acts import a_body

RULES, NONE, PREVIOUS, LAST_NAMED, IN_SENTENCE, UNTITLED, NAMED_BEFORE = (
    "rules", "none", "previous", "last named", "in the sentence", "rules untitled",
    "named before")
# forty-first round: the speakers saved earlier in the article (any sentence before, not only
# the one before), the article's first named body and person, the names of the sentence
# after, and the article's named speakers the entity table finds in the sentence itself
EARLIER, FIRST_BODY, FIRST_PERSON, NAMED_NEXT, MENTIONED = (
    "spoke earlier", "first body", "first person", "named next", "mentioned here")
_WORD = re.compile(r"\w+(?:[.\-']\w+)*")
_QUOTED = re.compile(r"[\"“”]([^\"“”]*)[\"“”]")
_REASON_WORD = re.compile(r"[a-z]+")


@dataclass
class Candidate:
    """One speaker a sentence may have (None: no source), and why it is one."""

    name: str | None
    kinds: set[str] = field(default_factory=set)
    features: dict[str, float] = field(default_factory=dict)


def _key(name: str | None) -> str:
    return (name or "").casefold()


def candidates(proposal, text: str, lex: Lexicon, index, previous: str | None,
               last_named: str | None, dispute=None, table=None, at: int = 0,
               earlier: tuple = (), later: tuple[str, ...] = (), extended: bool = True
               ) -> list[Candidate]:
    """Every speaker the sentence may have, the rules' first, each with its features.
    ``earlier``: the speakers saved for the article's sentences before, in order (None for
    none); ``later``: the sentences after; ``extended``: the forty-first round's candidates
    and features too (False: the fourteenth round's set alone)."""
    found: dict[str, Candidate] = {}

    def add(name: str | None, kind: str) -> None:
        name = " ".join(name.split()) if name else None
        found.setdefault(_key(name), Candidate(name)).kinds.add(kind)

    add(proposal.name, RULES)
    add(None, NONE)
    if previous:
        add(previous, PREVIOUS)
    if last_named:
        add(last_named, LAST_NAMED)
    untitled = _untitled(proposal.name, lex)
    if untitled:
        add(untitled, UNTITLED)
    for name in _named_here(text, lex, index, table, at):
        add(name, IN_SENTENCE)
    if dispute is not None and dispute.seen:
        for name in _named_here(dispute.seen[-1], lex, index, table, at - 1):
            add(name, NAMED_BEFORE)
    if extended:
        for name in _last_distinct(earlier, 3):
            add(name, EARLIER)
        for kind, name in _firsts(table):
            add(name, kind)
        if later:
            for name in _named_here(later[0], lex, index, table, at + 1)[:2]:
                add(name, NAMED_NEXT)
        for e in getattr(table, "entities", ()):
            if at in e.mentions:
                add(e.name, MENTIONED)
    out = list(found.values())
    spoke = _spoke(dispute)
    context = _sentence(proposal, text, lex, spoke)
    named = [_key(n) for n in _named_here(text, lex, index, table, at)]
    for c in out:
        c.features = _features(c, context, text, lex, spoke, named, table)
        if extended and c.name is not None:
            for f in _history(c.name, earlier, table, at):
                c.features[f] = 1.0
                for kind in c.kinds:
                    c.features[f"{kind}|{f}"] = 1.0
                c.features[f"{f}&{context.rules[0]}&{context.verb_at >= 0}"] = 1.0
    return out


def _last_distinct(earlier: tuple, k: int) -> list[str]:
    """The last ``k`` different speakers saved before, the nearest first."""
    out: list[str] = []
    for name in reversed(earlier):
        if name and _key(name) not in {_key(n) for n in out}:
            out.append(name)
            if len(out) == k:
                break
    return out


def _firsts(table) -> list[tuple[str, str]]:
    """The article's first named body and first named person (by the sentence that first
    names them), as the entity table reads the whole article."""
    out = []
    entities = [e for e in getattr(table, "entities", ()) if e.mentions]
    for kind, wanted in ((FIRST_BODY, False), (FIRST_PERSON, True)):
        pool = [e for e in entities if (e.kind == PERSON) == wanted]
        if pool:
            out.append((kind, min(pool, key=lambda e: min(e.mentions)).name))
    return out


def _history(name: str, earlier: tuple, table, at: int) -> list[str]:
    """What the article says of a candidate before: how often it was saved as a speaker
    (none, once, more), whether it was the last one saved, the most saved, and how often the
    article names it (once, a few times, often)."""
    key = _key(name)
    saved = [_key(n) for n in earlier if n]
    times = sum(1 for n in saved if n == key or (key and (key in n or n in key)))
    out = [f"saved {min(times, 2)}"]
    if saved and saved[-1] == key:
        out.append("saved last")
    if saved and max(set(saved), key=saved.count) == key:
        out.append("saved most")
    entity = next((e for e in getattr(table, "entities", ()) if _key(e.name) == key), None)
    if entity is not None:
        n = len(entity.mentions)
        out.append("mentions 1" if n <= 1 else "mentions 2-3" if n <= 3 else "mentions 4+")
        if entity.mentions and min(entity.mentions) < at:
            out.append("named before here")
    return out


def _untitled(name: str | None, lex: Lexicon) -> str | None:
    """The name without the honorifics and titles written before it ("Ir. Markus Ndoen",
    "Capt. Rudy Hermawan", "Buya Zulkifli Anwar"), None where it has none."""
    if not name:
        return None
    words = name.split()
    k = 0
    while k < len(words) - 2 and (words[k].rstrip(".").casefold() in lex.honorifics
                                  or words[k].casefold() in lex.titles):
        k += 1
    return " ".join(words[k:]) if k else None


def _named_here(text: str, lex: Lexicon, index, table, at: int) -> tuple[str, ...]:
    """The names in the sentence, in order: the registry's (its source's name), and the
    reader's names of two words or more (their fuller form in the article if any)."""
    spans = []
    mentions = getattr(index, "mentions", None)
    if mentions is not None:
        tokens = [m.start() for m in _WORD.finditer(text)]
        for entry, start, _end in mentions(text):
            spans.append((tokens[start] if start < len(tokens) else len(text), entry.name))
    for name in names_in(text, lex):
        full = table.fullest(name, at) if table is not None else None
        spot = text.find(name.split()[0])
        spans.append((spot if spot >= 0 else len(text), full or name))
    seen, out = set(), []
    for _, name in sorted(spans, key=lambda s: s[0]):
        if _key(name) not in seen:
            seen.add(_key(name))
            out.append(name)
    return tuple(out)


def _spoke(dispute) -> dict[str, str]:
    """Who spoke before in the article (accused or denied, or placed on a side): key ->
    their side."""
    if dispute is None:
        return {}
    out = {_key(v): "" for v in (*dispute.accusers.values(), *dispute.deniers.values())}
    for k, (side, _why) in dispute.placed.items():
        out[k] = side
    return out


@dataclass(frozen=True)
class _Context:
    words: tuple[str, ...]
    label: str
    reason_words: tuple[str, ...]
    verb_at: int  # the first speech or cue verb's character offset, -1 none
    quotes: tuple[tuple[int, int], ...]
    pronoun: bool
    language: str
    rules: tuple[str, ...]  # what the rules' speaker is: none, a body, a description ...


def _sentence(proposal, text: str, lex: Lexicon, spoke: dict[str, str]) -> _Context:
    words = tuple(w.casefold() for w in _WORD.findall(text))
    reason = proposal.reason.split("(")[0]
    reason_words = tuple(dict.fromkeys(
        w for w in _REASON_WORD.findall(reason) if len(w) > 2))[:6]
    return _Context(words, proposal.label or "none", reason_words, _verb_at(text, lex),
                    tuple(m.span(1) for m in _QUOTED.finditer(text)),
                    any(w in lex.pronouns for w in words) or any(
                        w.endswith("nya") for w in words if len(w) > 5), lex.language,
                    _rules_speaker(proposal.name, text, lex, spoke))


def _rules_speaker(name: str | None, text: str, lex: Lexicon, spoke: dict[str, str]
                   ) -> tuple[str, ...]:
    """What kind of speaker the rules proposed, the words every candidate is weighed by."""
    if not name:
        return ("r:none",)
    words = name.split()
    out = ["r:body" if a_body(name, lex) else "r:person",
           "r:one word" if len(words) == 1 else "r:words",
           "r:written here" if _at(text, name) >= 0 else "r:not here"]
    if name[:1].islower() or words[0].casefold() in ("a", "an", "the", "seorang", "sebuah"):
        out.append("r:described")
    if any(w.rstrip(".").casefold() in lex.honorifics or w.casefold() in lex.titles
           for w in words):
        out.append("r:titled")
    if _key(name) in spoke:
        out.append("r:spoke before")
    return tuple(out)


def _verb_at(text: str, lex: Lexicon) -> int:
    verbs = _verbs(lex)
    tokens = list(_WORD.finditer(text))
    words = [t.group().casefold() for t in tokens]
    for i in range(len(words)):
        for n in (3, 2, 1):
            if tuple(words[i:i + n]) in verbs:
                return tokens[i].start()
    return -1


_VERBS: dict[int, tuple[Lexicon, frozenset[tuple[str, ...]]]] = {}


def _verbs(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """The lexicon's speech and cue verbs, read once per lexicon (kept beside its id)."""
    found = _VERBS.get(id(lex))
    if found is None or found[0] is not lex:
        found = _VERBS[id(lex)] = (lex, frozenset(lex.verbs) | frozenset(lex.speech_before_name))
    return found[1]


def _features(c: Candidate, s: _Context, text: str, lex: Lexicon, spoke: dict[str, str],
              named: list[str], table) -> dict[str, float]:
    out: dict[str, float] = {}
    kinds = sorted(c.kinds)
    base = [f"label={s.label}", f"lang={s.language}", *(f"why={w}" for w in s.reason_words),
            "pronoun" if s.pronoun else "no pronoun", "quotes" if s.quotes else "no quotes",
            "verb" if s.verb_at >= 0 else "no verb", *s.rules]
    placed = _placed(c, s, text, lex, spoke, named, table) if c.name is not None else []
    base += placed
    crossed = (f"label={s.label}", *s.reason_words[:2], s.rules[0])
    for kind in kinds:
        out[f"is {kind}"] = 1.0
        for b in base:
            out[f"{kind}|{b}"] = 1.0
        for x in crossed:
            out[f"{kind}|{x}&{s.verb_at >= 0}"] = 1.0
    for p in placed:  # where a name stands weighs by what the rules read
        for x in crossed:
            out[f"{p}&{x}"] = 1.0
    if len(kinds) > 1:
        out["agree " + "+".join(kinds)] = 1.0
    if c.name is not None:
        for b in base:
            out[f"named|{b}"] = 1.0
    return out


def _placed(c: Candidate, s: _Context, text: str, lex: Lexicon, spoke: dict[str, str],
            named: list[str], table) -> list[str]:
    """Where the name stands in the sentence, and what the article says of it before."""
    key = _key(c.name)
    kind = next((e.kind for e in getattr(table, "entities", ()) if _key(e.name) == key), None)
    out = [f"kind={kind or ('body' if a_body(c.name, lex) else 'person')}"]
    if key in spoke:
        out.append("spoke before")
        if spoke[key]:
            out.append(f"side={spoke[key]}")
    if key in named:
        out.append("first named" if named.index(key) == 0 else "named later")
    at = _at(text, c.name)
    if at < 0:
        out.append("not written here")
        return out
    if s.verb_at >= 0:
        out.append("before verb" if at < s.verb_at else "after verb")
    if any(a <= at < b for a, b in s.quotes):
        out.append("inside quotes")
    elif s.quotes:
        out.append("after quotes" if at >= s.quotes[-1][1] else "before quotes")
    before = [w.casefold() for w in _WORD.findall(text[:at])[-2:]]
    if before and before[-1] in lex.titles:
        out.append("title before")
    if before and before[-1] in lex.prepositions:
        out.append("preposition before")
    return out


def _at(text: str, name: str) -> int:
    """Where the name (else its last word) is written in the sentence, -1 nowhere."""
    at = text.casefold().find(name.casefold())
    if at < 0:
        last = name.split()[-1]
        m = re.search(rf"\b{re.escape(last)}\b", text, re.IGNORECASE) if len(last) > 2 else None
        at = m.start() if m else -1
    return at


def score(weights: dict, c: Candidate) -> float:
    """The model's score of a candidate: the higher, the likelier the analyst's speaker."""
    w = weights["weights"]
    return weights.get("intercept", 0.0) + sum(w.get(k, 0.0) * v
                                               for k, v in c.features.items())


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def choose(weights: dict, found: list[Candidate], take: float | None
           ) -> tuple[Candidate, float] | None:
    """The candidate to propose instead of the rules' one, and the model's probability
    that it is the analyst's speaker rather than the rules' one; None keeps the rules'.
    ``take`` None: the best outright; else only a best at least that sure."""
    scored = [(score(weights, c), c) for c in found]
    best_z, best = max(scored, key=lambda zc: zc[0])
    if RULES in best.kinds:
        return None
    rules_z = next((z for z, c in scored if RULES in c.kinds), 0.0)
    p = _sigmoid(best_z - rules_z)
    if take is not None and p < take:
        return None
    return best, p
