"""A measure to come, with its terms, reported by a speaker (thirty-fourth round, issue 11,
bug fix on branch w5plan): context that keeps its speaker, even when the thing the measure
applies through stands as the subject.

The lead's article: a toll-road operator's director says "Menurut dia, rest area di
sepanjang Tol Trans Jawa akan membatasi waktu singgah maksimal 30 menit". The plan's word
"akan" was read as a plan only after a party (a pronoun, a name, an office, "pihaknya",
"perusahaan") and within a few words of the speech verb; here a place stands as its subject,
far from "menurut", so the sentence fell to a claim. It was not "menurut": "Dia mengatakan,
rest area ... akan membatasi ..." fell the same way. The guidelines: plans and what happens
next are context, keeping their speaker.

Read as structure, the words data (``context34_measure_next`` in
``data/cues/<language>.json``): after a speech verb, a future word ("akan", "bakal"; not
after "yang", nor hedged, negated or inside an "if" clause, which reading._plan already
skips), at most a few auxiliaries ("segera", "mulai"), a verb that sets a rule or a limit
("membatasi", "memberlakukan", "mewajibkan", "melarang", "dibatasi"), and, within a few
words after it, the measure's terms: a figure or a word of a limit or a start ("maksimal",
"paling lama", "mulai"). Without terms it is not read: "Menurut dia, RUU itu akan membatasi
kebebasan pers" assesses what a bill will do (a claim or a charge), and "harga akan naik"
is a forecast (a quantity verb, no measure), a claim as before."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

TERMS_REACH = 8  # words after the measure's verb where its terms stand


@dataclass(frozen=True)
class MeasureNext:
    future: frozenset[str]  # "akan", "bakal"
    not_after: frozenset[str]  # "yang": what a thing is, not a measure announced
    between: frozenset[str]  # "segera", "mulai": may stand between the future and the verb
    verbs: frozenset[str]  # "membatasi", "memberlakukan", "dibatasi"
    terms: dict[tuple[str, ...], float]  # "maksimal", "paling lama", "mulai"


@lru_cache(maxsize=8)
def family(language: str | None) -> MeasureNext:
    raw = cue_file(language).get("context34_measure_next", {})
    return MeasureNext(frozenset(raw.get("future", ())), frozenset(raw.get("not_after", ())),
                       frozenset(raw.get("between", ())), frozenset(raw.get("verbs", ())),
                       _phrases(raw.get("terms", [])))


def measure(lex: Lexicon, words: list[str], s: int, e: int, verbs: list[int]) -> str | None:
    """The future word at ``words[s:e]`` opens a measure to come with its terms, after a
    speech verb at one of ``verbs``: the future word and the measure's verb, else None."""
    fam = family(lex.language)
    if not fam.verbs or e - s != 1 or words[s] not in fam.future:
        return None
    if not any(v < s for v in verbs):
        return None
    if s > 0 and (words[s - 1] in fam.not_after or (words[s - 1],) in lex.hedges):
        return None
    k = e
    while k < len(words) and k - e < 2 and words[k] in fam.between:
        k += 1
    if k >= len(words) or words[k] not in fam.verbs:
        return None
    after = words[k + 1:k + 1 + TERMS_REACH]
    if find(fam.terms, after) or any(any(ch.isdigit() for ch in w) for w in after):
        return f"{words[s]} {words[k]}"
    return None
