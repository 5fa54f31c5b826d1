"""A complainant's own account of the wrong done to it, in the passive, holds no rebuttal
(thirty-third round, issue 11, bug fix on branch i11try33c; data ``complaint33_suffered``).

The lead's article: visitors complain that unofficial parking attendants charge Rp 5.000;
then "Rizki Amalia (24), warga Sokaraja, mengaku dimintai Rp 5.000 tanpa diberi karcis saat
memarkir motornya". The "tanpa" was read as a rebuttal marker ("answers the accusation
before": a denial), yet it is part of the wrong she tells: she was asked for the money and
given no ticket. A speaker who tells, in the passive with herself as the one acted on, a
wrong of the kind the allegations before complain of, accuses; the "tanpa", "hanya",
"bukan", "tidak", "only", "never" inside that account limit what was done to her, they
answer nobody.

Read from the sentence's structure:

- the passive of a wrong suffered (``suffered``: "dimintai", "ditagih", "dipaksa membayar",
  "was charged", "were made to pay"), its subject the speaker: in Indonesian right after the
  speech verb ("mengaku dimintai") or after the speaker's own pronoun ("dirinya", "saya",
  "kami"), in English after "he/she/they/I/we was/were" ("said he was charged"); not
  negated, and in English not "charged with" (a criminal charge);
- the rebuttal marker stands after that passive, inside the account;
- the account takes up the allegations' own words (a word of five letters or more, in any
  inflection: "charged" for "charging"), or a figure where they named one ("Rp 5.000").

Who speaks is dispute.py's: never one the dispute places on the accused side, one that
denied, or a bystander.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import replies
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.wrongs import words_of

SUBJECT_GAP = 2  # words of aspect between the subject and the passive ("sempat", "had been")
_EN_SUFFIXES = ("ing", "ed", "es", "s", "e")


@dataclass(frozen=True)
class Suffered:
    passives: dict[tuple[str, ...], float]
    subjects: frozenset[str]  # the speaker's own pronoun before the passive
    auxiliaries: frozenset[str]  # "was", "were", "sempat", "juga" between
    not_after: frozenset[str]  # "with" after "charged": a criminal charge


@lru_cache(maxsize=8)
def _family(language: str) -> Suffered:
    raw = cue_file(language).get("complaint33_suffered", {})
    return Suffered(_phrases(raw.get("passives", [])), frozenset(raw.get("subjects", ())),
                    frozenset(raw.get("auxiliaries", ())), frozenset(raw.get("not_after", ())))


def _stem(word: str, language: str) -> str:
    if language != "en":
        return word
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _figure(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _of_the_kind(words: list[str], allegation: set[str], language: str) -> bool:
    """The account takes up the allegations' words ("charged" for "overcharging"), or a
    figure where they named one."""
    stems = {_stem(w, language) for w in allegation if len(w) >= replies.SHARED}
    figures = any(_figure(w) for w in allegation)
    return any(replies.shared(w, allegation) or replies.shared(_stem(w, language), stems)
               or (figures and _figure(w)) for w in words)


def _speakers_passive(words: list[str], s: int, fam: Suffered, lex: Lexicon,
                      speech: set[int]) -> bool:
    """The passive at ``s`` has the speaker as its subject: after the speech verb or the
    speaker's own pronoun, only words of aspect between."""
    k = s - 1
    while k >= 0 and s - k <= SUBJECT_GAP and words[k] in fam.auxiliaries:
        k -= 1
    if k < 0 or any(w in lex.negations for w in words[k + 1:s]):
        return False
    if words[k] in fam.subjects:
        return True
    return lex.language != "en" and k in speech


def suffered_account(text: str, lex: Lexicon, marker: str | None,
                     allegation: set[str]) -> str | None:
    """The passive of the wrong the speaker tells was done to it, when the rebuttal
    ``marker`` stands inside that account and the account is of the allegations' kind;
    None otherwise."""
    fam = _family(lex.language)
    if not marker or not fam.passives or not allegation:
        return None
    words = words_of(text)
    speech = {e - 1 for _s, e in find(lex.speech, words)}
    part = marker.split()
    at = [k for k in range(len(words)) if words[k:k + len(part)] == part]
    for s, e in find(fam.passives, words):
        if e < len(words) and words[e] in fam.not_after:
            continue
        if not _speakers_passive(words, s, fam, lex, speech):
            continue
        if not at or at[0] < e:
            continue  # the marker stands before the account, or in it as its verb
        if _of_the_kind(words[s:], allegation, lex.language):
            return " ".join(words[s:e])
    return None
