"""The accusing side's own words telling what the other party did (issue 11, twentieth
round).

An accuser, or one the article places on the accusing side (its officer, one of the
wronged), who goes on in a quotation often tells the wrong in plain words with no cue:
"'They sent me a bill for the exact stain I had pointed out on day one,' she said",
"'They gave their word to the regulator and broke it within six months,' said the union's
organiser", "'Mereka mempermalukan saya di depan kantor,' katanya". The guidelines: naming
the wrongful act attributed to an identifiable party is an accusation; the word "accuse" is
not needed. What sets these apart from the accusing side's evidence (a claim: "'We used to
find crabs there. Now it is all ponds'", "'One chlorine leak and there is nobody to
respond'", "'Kami menemukan 48 unggahan'") is that the other party acts in the quoted
words: the plural subject pronoun ("they", "mereka"), not the speaker's own "I" or "we",
nor a thing. A singular one ("he", "dia") is as often the one wronged ("'He was healthy
when he went in'", "'Dia masuk dalam keadaan sehat'") and is not read. A pronoun that
undergoes or only is ("they were stopped", "mereka dipukuli") is most often the wronged too,
and one with a negation right after it ("Mereka tidak pernah mengatur aplikasi") is the
party's part denied: both are left to the other rules.

dispute.py asks this only for a sentence no rule read as more than a default claim (reported
speech or a quotation), after an allegation is known, from a speaker on the accusing side.
The tuned-on and training sets: 7 such sentences, all gold accusations (5 English, 2
Indonesian); the same quotations from a speaker on no side were 2 accusations and 1 claim,
so the side is required.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.reading import words_of

_OPENING = ('"', "“")  # not single marks: an apostrophe is one too ("don’t")
_CLOSING = ('"', "”")


@dataclass(frozen=True)
class Words:
    """data/cues/<language>.json, key ``label20_quoted_actor``."""

    actors: frozenset[str]  # a third party as subject: "they", "mereka" (not "he", "dia")
    between: frozenset[str]  # may stand between it and a negation: "did", "had", "sudah"
    undergoing: frozenset[str]  # after it, it undergoes or is: "was", "is", "been", "kena"
    passive_prefix: str  # a verb so opened is undergone: "di" ("dia dipukuli")


@lru_cache(maxsize=8)
def words_for(language: str) -> Words:
    raw = cue_file(language).get("label20_quoted_actor", {})
    return Words(frozenset(raw.get("actors", ())), frozenset(raw.get("between", ())),
                 frozenset(raw.get("undergoing", ())), raw.get("passive_prefix", ""))


def quoted_words(text: str) -> str | None:
    """The quoted words of a sentence that opens with a quotation, up to its closing mark
    (the whole sentence when the quotation runs on); None when it does not open with one."""
    stripped = text.lstrip()
    if not stripped.startswith(_OPENING):
        return None
    rest = stripped[1:]
    ends = [k for k in (rest.find(mark) for mark in _CLOSING) if k >= 0]
    return rest[:min(ends)] if ends else rest


@lru_cache(maxsize=4096)
def quoted_actor(text: str, language: str) -> str | None:
    """The third party acting in the quotation that opens the sentence ("they sent", "he
    treated", "mereka mempermalukan"): a subject pronoun of the lexicon's ``actors`` with a
    word after it that is no negation, nor an auxiliary before one ("they did not", "they
    never", "mereka tidak"); a negation further on is part of the act told ("They chose
    not to look"). Not a pronoun that undergoes or only is ("he was healthy when he went
    in", "ia dipukuli"): often the one wronged, whose state is the accuser's evidence. None
    otherwise."""
    quoted = quoted_words(text)
    if not quoted:
        return None
    words = words_of(quoted)
    listed = words_for(language)
    negations = _negations(language)
    for k, word in enumerate(words[:-1]):
        if word not in listed.actors:
            continue
        after = words[k + 1:k + 3]
        verb = after[1] if after[0] in listed.between and len(after) > 1 else after[0]
        if _negation(after[0], negations) or _negation(verb, negations) \
                or _undergoes(after[0], listed) or _undergoes(verb, listed):
            continue
        return f"{word} {words[k + 1]}"
    return None


def _undergoes(word: str, listed: Words) -> bool:
    """A copula or passive auxiliary ("was", "been"), or a passive verb ("dipukuli")."""
    prefix = listed.passive_prefix
    return word in listed.undergoing or bool(prefix) and word.startswith(prefix) \
        and len(word) > len(prefix) + 3


def _negation(word: str, negations: frozenset[str]) -> bool:
    return word in negations or word.endswith("n't")


@lru_cache(maxsize=8)
def _negations(language: str) -> frozenset[str]:
    """The lexicon's single-word negations ("not", "never", "tidak")."""
    return frozenset(n for n in cue_file(language).get("negations", ()) if " " not in n)


def told_by_accuser(text: str, lex: Lexicon) -> str | None:
    """quoted_actor for the lexicon's language."""
    return quoted_actor(text, lex.language)
