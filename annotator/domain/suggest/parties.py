"""Who accuses whom: the parties an accusation names after its cue (the accused), and the
party a denial names before its cue (who denies), as entity keys, so that a denial by the
accused party ranks first among an accusation's answers, whatever spelling either uses
(Korea Utara, Korut, North Korea, DPRK, Pyongyang are one entity)."""

from __future__ import annotations

import re

from annotator.domain.suggest.cues import ACCUSATION_CUES, DENIAL_CUES
from annotator.domain.suggest.entities import Entities
from annotator.domain.suggest.words import match_at, phrase_index

_WORD = re.compile(r"\w+")
# a sentence opening with a quotation, and what follows it (the attribution)
_QUOTE = re.compile(r'\s*["\u201c\u201d](.+?)["\u201c\u201d]\s*,?(.*)$', re.S)
_CHARGES = {"tuduhan", "tudingan", "klaim", "accusation", "accusations", "claim", "claims",
            "allegation", "allegations", "charges"}
_BY = {"by", "from", "of", "dari", "oleh", "pihak", "the"}
_ACCUSE = phrase_index(ACCUSATION_CUES)
_DENY = phrase_index(DENIAL_CUES)


def _first_cue(index, toks: list[str]) -> int | None:
    for i, tok in enumerate(toks):
        if tok in index and match_at(index, toks, i):
            return i
    return None


def _entities(ents: Entities, written: list[str], start: int, end: int) -> list[str]:
    toks = [w.casefold() for w in written]
    found = []
    i = start
    while i < end:
        n = ents.match(toks, written, i) if toks[i] in ents.index else 0
        if n:
            found.append(ents.phrases[" ".join(toks[i:i + n])])
            i += n
        else:
            i += 1
    return found


def accused(text: str, ents: Entities) -> set[str]:
    """Entities named after an accusation's first cue ("menuduh Korea Utara")."""
    written = _WORD.findall(text)
    at = _first_cue(_ACCUSE, [w.casefold() for w in written])
    return set() if at is None else set(_entities(ents, written, at + 1, len(written)))


def denier(text: str, ents: Entities) -> set[str]:
    """Entities named before a denial's first cue, its subject ("Korut menolak"); for a
    sentence opening with a quotation, those of its attribution (who speaks), not those the
    quotation names ('"Kami tidak pernah memasok drone kepada Korea Utara," kata ... Korea
    Selatan')."""
    quoted = _QUOTE.match(text)
    if quoted and _first_cue(_DENY, [w.casefold() for w in _WORD.findall(text)]) is not None:
        written = _WORD.findall(quoted[2])
        return set(_entities(ents, written, 0, len(written)))
    written = _WORD.findall(text)
    at = _first_cue(_DENY, [w.casefold() for w in written])
    return set() if at is None else set(_entities(ents, written, 0, at))


def principal_term(text: str, ents: Entities) -> str | None:
    """The accused party as a term of the sentence's reading: the first entity or
    capitalised word after the cue ("menuduh kapal penjaga pantai China menembakkan ..." is
    against "china"; "menuduh Iran mengirim senjata ke Korea Utara" against "iran"), so
    parties outside the registry count too."""
    written = _WORD.findall(text)
    toks = [w.casefold() for w in written]
    at = _first_cue(_ACCUSE, toks)
    if at is None:
        return None
    for i in range(at + 1, len(toks)):
        n = ents.match(toks, written, i) if toks[i] in ents.index else 0
        if n:
            return ents.phrases[" ".join(toks[i:i + n])]
        if written[i][0].isupper() and len(written[i]) > 2:
            return toks[i]
    return None


def split_accusation(text: str) -> tuple[str, str]:
    """An accusation before and after its first cue: who accuses ("Penjaga Pantai
    Filipina"), and what is done, by whom, to whom; ("", text) when it has no cue."""
    found = list(_WORD.finditer(text))
    at = _first_cue(_ACCUSE, [m[0].casefold() for m in found])
    return ("", text) if at is None else (text[:found[at].start()], text[found[at].end():])


def accuser_names(text: str, ents: Entities) -> set[str]:
    """Who makes an accusation, as terms: the entities and capitalised words before its
    cue ("Uni Eropa menuduh Iran ..." -> {"eropa"}; "Pejabat AS menuduh" -> the US)."""
    return _names_before(text, ents, _ACCUSE)


def denier_names(text: str, ents: Entities, *, first: bool = True) -> set[str]:
    """Who denies, as terms: the entities and capitalised words before a denial's cue, so
    parties outside the registry count too ("Uni Eropa membantah ..." -> {"uni", "eropa"}: a
    subject often opens the sentence); for a
    quotation holding the cue, those of its attribution ('"Tuduhan itu tidak benar," ujar
    juru bicara Penjaga Pantai Filipina.' -> {"penjaga", "pantai", "filipina"})."""
    quoted = _QUOTE.match(text)
    if quoted and _first_cue(_DENY, [w.casefold() for w in _WORD.findall(text)]) is not None:
        return _names_in(quoted[2], ents, first=True)
    return _names_before(text, ents, _DENY, first=first)


ROLES_CACHE = 100_000  # sentences whose roles are kept between suggestion runs


def roles_cached(text: str, ents: Entities) -> tuple[set[str], set[str], set[str]]:
    """A denial's (denier_names, denier_names without a sentence-opening word,
    rejected_from), remembered with the registry's names: the next suggestions mostly read
    the same candidates again."""
    found = ents.roles.get(text)
    if found is None:
        if len(ents.roles) >= ROLES_CACHE:
            ents.roles.clear()
        found = ents.roles[text] = (denier_names(text, ents),
                                    denier_names(text, ents, first=False),
                                    rejected_from(text, ents))
    return found


def rejected_from(text: str, ents: Entities) -> set[str]:
    """Whose accusation a denial rejects, as terms, when it says so: the name right after
    "tuduhan", "tudingan", "klaim" ("menolak tuduhan Filipina", "tuduhan pihak Iran"), or
    "accusations by", "claims from", or before "'s claim" ("rejected Thailand's claim")."""
    written = _WORD.findall(text)
    toks = [w.casefold() for w in written]
    found: set[str] = set()
    for i, tok in enumerate(toks):
        if tok not in _CHARGES:
            continue
        if i >= 2 and toks[i - 1] == "s" and written[i - 2][0].isupper():
            found |= _names_in(written[i - 2], ents, first=True)  # Thailand's claim
        j = i + 1
        while j < len(toks) and toks[j] in _BY:
            j += 1
        k = j
        while k < len(toks) and k < j + 3 and (written[k][0].isupper() or toks[k] in ents.index):
            k += 1
        if k > j:
            found |= _names_in(" ".join(written[j:k]), ents, first=True)
    return found


def accused_names(text: str, ents: Entities) -> set[str]:
    """The entities and capitalised words after an accusation's cue (whom it is about)."""
    return _names_before(text, ents, _ACCUSE, after=True)


def _names_in(text: str, ents: Entities, *, first: bool = False) -> set[str]:
    """The entities and capitalised words of a phrase (its first word too when ``first``:
    an attribution after a quotation starts mid-sentence)."""
    written = _WORD.findall(text)
    return _names_between(written, [w.casefold() for w in written], ents, 0, len(written),
                          first=first)


def _names_between(written: list[str], toks: list[str], ents: Entities, i: int, end: int,
                   *, first: bool) -> set[str]:
    """The entities and capitalised words among words i..end (a sentence's first word only
    when ``first``)."""
    found: set[str] = set()
    while i < end:
        n = ents.match(toks, written, i) if toks[i] in ents.index else 0
        if n:
            found.add(ents.phrases[" ".join(toks[i:i + n])])
            i += n
            continue
        if (i or first) and written[i][0].isupper() and len(written[i]) > 2:
            found.add(toks[i])
        i += 1
    return found


def _names_before(text: str, ents: Entities, cues, *, after: bool = False,
                  first: bool = False) -> set[str]:
    written = _WORD.findall(text)
    toks = [w.casefold() for w in written]
    at = _first_cue(cues, toks)
    if at is None:
        return set()
    i, end = (at + 1, len(toks)) if after else (0, at)
    return _names_between(written, toks, ents, i, end, first=first)


def principal(text: str, ents: Entities) -> str | None:
    """The party an accusation is first made against: the first entity after its cue
    ("menuduh Korea Utara mengirim senjata ke Rusia" is against Korea Utara)."""
    written = _WORD.findall(text)
    at = _first_cue(_ACCUSE, [w.casefold() for w in written])
    found = [] if at is None else _entities(ents, written, at + 1, len(written))
    return found[0] if found else None
