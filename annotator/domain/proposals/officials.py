"""Officials of one body speak as that body (the guidelines: "health officials" -> the
health department the article names, "tournament organisers" -> the organising body):
"Officers said" after "Kent Police", "Regulators said" after "the Financial Conduct
Authority", "Penyidik menyebut" after "Polres Metro Bekasi", "Petugas BPOM" after "Badan
Pengawas Obat dan Makanan (BPOM)". A bare plural role finds the body of its kind by the
body's head words; a qualified one ("health officials", "petugas kesehatan") the body
whose name holds the qualifier. Where the article names no such body the subject is read
as before. The roles and the body words are data (data/cues/<language>.json,
"speaker10_official_plurals").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.kinds import PERSON
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.name_words import BREAKS, gap_before
from annotator.domain.proposals.naming import known_or_new

QUALIFIERS = 2  # words that say which officials ("state health officials")
_OPENING = {"the", "para", "sejumlah", "beberapa", "two", "three", "several", "dua", "tiga"}


@lru_cache(maxsize=8)
def _plurals(language: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    raw = cue_file(language).get("speaker10_official_plurals", {})
    return ({role: frozenset(heads) for role, heads in raw.get("roles", {}).items()},
            frozenset(raw.get("qualified_only", ())))


def officials_body(subject: list[str], lex: Lexicon, table, at: int) -> str | None:
    """The body the article names that the officials in ``subject`` (case-folded words)
    belong to, named nearest before sentence ``at`` (else first after), or None."""
    roles, qualified_only = _plurals(lex.language)
    if table is None or not subject:
        return None
    role, qualifier = (subject[0], subject[1:]) if lex.head_first else (
        subject[-1], subject[:-1])
    if role not in roles and role not in qualified_only or len(qualifier) > QUALIFIERS:
        return None
    written = " ".join(subject)
    bodies = [e for e in table.entities if e.kind != PERSON and e.name.casefold() != written]
    if qualifier:
        matches = [e for e in bodies if all(  # "residents' association members"
            q in {w.rstrip("'\u2019") for w in e.words()} or e.acronym
            and q == e.acronym.casefold() for q in qualifier)]
    elif role in roles:
        heads = roles[role]
        matches = [e for e in bodies if set(e.words()) & heads
                   or e.acronym and e.acronym.casefold() in heads]
    else:
        return None
    return table.nearest(matches, at)


def officials_subject(index, text, tokens, words, end: int, lex: Lexicon, why: str):
    """"Officers said", "Health officials said", "Penyidik kejaksaan menyebut": the
    subject before token ``end`` (its clause alone) is officials of a body the article
    names; that body speaks (else None)."""
    table = getattr(index, "table", None)
    if table is None or end < 1:
        return None
    roles, qualified_only = _plurals(lex.language)
    if not any(w in roles or w in qualified_only for w in words[max(0, end - QUALIFIERS - 1):
                                                               end]):
        return None  # no officials' word in reach of the verb
    start = max([k for k in range(1, end) if any(ch in BREAKS for ch in gap_before(
        text, tokens, k))], default=0)
    while start < end and words[start] in _OPENING:
        start += 1
    if not 1 <= end - start <= QUALIFIERS + 1:
        return None
    role = start if lex.head_first else end - 1
    if not tokens[role].group()[1:].islower():
        return None  # "Kent Police": a name, not officials
    named = officials_body(words[start:end], lex, table, index.at)
    if named is None:
        return None
    subject = text[tokens[start].start():tokens[end - 1].end()]
    return known_or_new(index, named, f"{why} ('{subject}' = {named}, officials of it)")
