"""An allegation stated as a harm a party caused (twelfth round): "Residents say the plant's
discharge killed fish", "Warga menyebut limbah pabrik PT X membuat sumur mereka berbau". No
wrong word and no accusing verb, yet a speaker tells that another party's act sickened,
injured, killed, polluted or ruined others: by the guidelines an accusation. Read from the
sentence's structure: a speech verb, a complement whose subject is a party (not the speaker,
not a pronoun, not a natural cause), its act, and a harm after the act (as its result,
"leaving/sehingga/hingga/membuat ...", as the act itself, "killed", "mencemari", or as what it
handled, "tainted", "basi"). The word families are data (``harm12_*`` in data/cues)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find

RESULT_REACH = 5  # words after a result marker where the harm stands
OBJECT_REACH = 3  # words after the act where what it handled is called harmed ("tainted")
_CLAUSE = frozenset({"and", "dan", "but", "tetapi", "namun", "which", "yang", "while"})
_AUXILIARY = frozenset({"has", "have", "had", "is", "was", "were", "are", "telah", "sudah",
                        "sempat", "juga", "pun", "diduga"})
HARM_FIRST_REACH = 3  # words into the complement where the speaker's own harm stands
_SKIP = frozenset({"that", "the", "a", "an", "bahwa", "jika"})
_DEMONSTRATIVES = frozenset({"tersebut", "itu", "ini"})  # "ter-" words that are no verb
_ID_VERB = ("me", "di", "ber", "ter")  # Indonesian verb prefixes: an act's first word


@dataclass(frozen=True)
class Families:
    results: dict[tuple[str, ...], float]
    harms: dict[tuple[str, ...], float]
    harm_verbs: dict[tuple[str, ...], float]
    harmed_objects: dict[tuple[str, ...], float]
    past: frozenset[str]
    own: frozenset[str]  # the speaker's own "we", "kami", or a pronoun for the speaker
    natural: frozenset[str]  # a cause that is nobody's act: rain, flood, fire
    asked: dict[tuple[str, ...], float]
    agents: dict[tuple[str, ...], float]  # a described party or its doing: "contractor", "limbah"
    after: dict[tuple[str, ...], float]  # "setelah", "after": the act that preceded the harm


def _phrases(items) -> dict[tuple[str, ...], float]:
    return {tuple(p.casefold().split()): 1.0 for p in items}


@lru_cache(maxsize=8)
def families(language: str) -> Families:
    raw = cue_file(language)
    return Families(*(_phrases(raw.get(f"harm12_{k}", [])) for k in (
        "results", "harms", "harm_verbs", "harmed_objects")),
        frozenset(raw.get("harm12_past", [])), frozenset(raw.get("harm12_own", [])),
        frozenset(raw.get("harm12_natural", [])),
        _phrases(raw.get("harm12_asked", [])), _phrases(raw.get("harm12_agents", [])),
        _phrases(raw.get("harm12_after", [])))


@lru_cache(maxsize=8)
def _noun_after(language: str) -> frozenset[str]:
    """The words after which a harm verb that is also a plural noun ("damages") is the
    noun: data/cues/<language>.json "harm38_noun_after" (round 38, bug fix t38b5)."""
    return frozenset(cue_file(language).get("harm38_noun_after", {}).get("words", ()))


def _verb(lex: Lexicon, fam: Families, word: str) -> bool:
    """Whether ``word`` can be an act's finite verb (its form, not a list of acts)."""
    if (word,) in fam.harm_verbs or word in fam.past:
        return True
    if lex.head_first:
        return len(word) > 4 and word.startswith(_ID_VERB) and word not in _DEMONSTRATIVES
    return len(word) > 4 and word.endswith("ed")


def _complement(lex: Lexicon, tokens, words: list[str]) -> tuple[int, int] | None:
    """The words a speech verb reports: after it ("say the plant ...", "Menurut warga, ..."
    after the comma), else before it ("..., the farmers told reporters")."""
    spans = [(s, e) for s, e in find(lex.speech, words)
             if " ".join(words[s:e]) not in lex.passive_speech]
    if not spans:
        return None
    s, e = spans[0]
    text_end = [t.end() for t in tokens]
    if e < len(words) - 2:
        if s == 0 or words[s] in ("according", "menurut"):  # "Menurut warga, X ..."
            commas = [k for k in range(e, len(words) - 1)
                      if "," in tokens[k].string[text_end[k]:tokens[k + 1].start()]]
            if commas:
                return commas[0] + 1, len(words)
        return e, len(words)
    commas = [k for k in range(0, s) if k + 1 < len(tokens)
              and "," in tokens[k].string[text_end[k]:tokens[k + 1].start()]]
    return (0, commas[-1] + 1) if commas else None


def _party(fam: Families, tokens, words: list[str], lo: int, hi: int) -> bool:
    """Whether the subject at ``lo:hi`` names a party (a name) or describes one or its doing
    ("the landlord's contractor", "limbah pabrik")."""
    return any(tokens[k].group()[:1].isupper() for k in range(max(lo, 1), hi)) or bool(
        find(fam.agents, words[lo:hi]))


def _suffered_after(lex: Lexicon, fam: Families, tokens, words: list[str], lo: int, hi: int
                    ) -> tuple[int, str, str] | None:
    """"Pasien mengaku kehilangan penglihatan setelah disuntik filler di klinik X",
    "Diners said they fell ill after eating at Rosa's Grill": the harm told first, then the
    act of a named or described party after which it came."""
    harms = [(s, e) for s, e in find(fam.harms, words) if lo <= s < lo + HARM_FIRST_REACH + 1]
    if not harms or any(w in lex.negations for w in words[lo:harms[0][0]]):
        return None
    after = [(s, e) for s, e in find(fam.after, words) if harms[0][1] <= s < hi]
    if not after or any(w in fam.natural for w in words[after[0][1]:hi]):
        return None  # "fell ill after the flood": nobody's act
    a = after[0][1]
    if a >= hi or not (words[a].startswith(("me", "di")) if lex.head_first
                       else words[a].endswith("ing")):
        return None  # "died after the scaffolding collapsed": no act done to them told
    party = [k for k in range(a, hi) if tokens[k].group()[:1].isupper()]
    if not party:
        agents = find(fam.agents, words[a:hi])
        party = list(range(a + agents[0][0], a + agents[0][1])) if agents else []
    if not party:
        return None
    named = " ".join(tokens[k].group() for k in range(party[0], hi)
                     if k <= party[-1] or tokens[k].group()[:1].isupper())
    return a, f"{' '.join(words[slice(*harms[0])])} ... {words[after[0][0]]} {words[a]}", named


def harm_at(lex: Lexicon, tokens, words: list[str]) -> tuple[int, str, str] | None:
    """Where the act that caused the harm stands, the act and harm's words, and the party
    told of (its subject); None when the sentence tells no harm a party caused."""
    fam = families(lex.language)
    if not words or not fam.harms or find(fam.asked, words):
        return None  # "investigating whether the factory caused": only asked about
    span = _complement(lex, tokens, words)
    if span is None:
        return None
    lo, hi = span
    while lo < hi and words[lo] in _SKIP:
        lo += 1
    suffered = _suffered_after(lex, fam, tokens, words, lo, hi)
    if suffered:
        return suffered
    if lo >= hi or words[lo] in fam.own or words[lo] in lex.negations:
        return None  # "we cut", "heavy rain flooded": the speaker's own act, or nature's
    nouns_after = _noun_after(lex.language)
    verbs = [k for k in range(lo + 1, hi) if _verb(lex, fam, words[k])
             and (words[k],) not in fam.harms  # "terluka" is the harm, not the act
             and not (words[k - 1] in nouns_after and (words[k],) in fam.harm_verbs)]
    # ("will seek damages": what is sought, no act that harmed; round 38, t38b5)
    results = [(s, e) for s, e in find(fam.results, words) if lo < s < hi]
    if not verbs and not results:
        return None
    act = min(verbs[:1] + [s for s, _ in results[:1]])
    if any(w in fam.natural for w in words[lo:act]):
        return None  # "heavy rain flooded the market": nature's act, nobody's wrong
    if not _party(fam, tokens, words, lo, act):
        return None  # "selisih tersebut membuat ...": no party's act told
    for s, e in find(fam.harms, words) + find(fam.harm_verbs, words) + find(
            fam.harmed_objects, words):
        if not act <= s < hi or any(w in lex.negations for w in words[act:s]):
            continue
        phrase = tuple(words[s:e])
        led = any(r <= s and s - re_ < RESULT_REACH for r, re_ in results if r >= act)
        handled = phrase in fam.harmed_objects and s - act <= OBJECT_REACH and not any(
            w in _CLAUSE for w in words[act:s])  # "served tainted chicken", "menjual ... basi"
        if led or (phrase in fam.harm_verbs and s == act) or handled or (
                phrase in fam.harm_verbs and s > act and words[s - 1] in ("and", "dan")):
            end = act
            while end > lo + 1 and words[end - 1] in _AUXILIARY:
                end -= 1  # "has made them sick": the subject without its auxiliary
            subject = " ".join(tokens[k].group() for k in range(lo, end))
            cue = " ".join(phrase) if s == act else f"{words[act]} ... {' '.join(phrase)}"
            return act, cue, subject
    return None


def reason(lex: Lexicon, tokens, words: list[str], done: tuple[int, str]) -> str:
    """The reason shown for a wrongful deed read (taken.deed_at): "a harm caused by X" when it
    is a harm a party caused, else the deed reported."""
    found = harm_at(lex, tokens, words)
    if found is None or found[:2] != tuple(done[:2]):
        return f"reported wrongdoing '{done[1]}'"
    return f"a harm caused by {found[2]}: '{found[1]}'"


def deed_at(lex: Lexicon, tokens, words: list[str]) -> tuple[int, str] | None:
    """The harm's act, as taken.deed_at hands a deed: its place and words."""
    found = harm_at(lex, tokens, words)
    return found[:2] if found else None
