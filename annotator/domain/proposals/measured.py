"""The article's own narration giving checkable evidence on the disputed point: a claim by
the guidelines (data/guidelines.md, "claim"), unlike other narration, which is context.
Read as structure, not as a topic's words:

- a measurement set against a standard ("Ammonia levels were four times above the legal
  limit", "Kadar timbal melebihi ambang batas"): what was measured, and against what;
- what a procedure found, told after it ("had taken samples ... and found lead"): the
  finding decides over the procedure that led to it;
- narration citing the records it reads from ("Figures obtained by the BBC show ...",
  "Berdasarkan catatan rumah sakit, ...", "Tercatat, 212 kebocoran ...").

Not a rule ("Under the act, emissions above the limit can bring fines"), a possibility
("could", "jika") nor negated. The families are data, ``context11_standards`` and
``context11_records`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import evidence_or_frame
from annotator.domain.proposals.counted import counted_event
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.narration import _MODALS, _RULES
from annotator.domain.proposals.recorded import month_named, record_shows
from annotator.domain.proposals.witnessed import seen

STANDARD_REACH = 4  # words after "above", "melebihi" where the standard stands
OPENING = 4  # words at the sentence's start where cited records stand
NOUN_REACH = 3  # words after "berdasarkan", "merujuk" where the record's noun stands


@dataclass(frozen=True)
class Measures:
    compare: dict[tuple[str, ...], float]
    standards: dict[tuple[str, ...], float]
    openers: dict[tuple[str, ...], float]
    nouns: dict[tuple[str, ...], float]
    verbs: frozenset[str]
    alone: frozenset[str]
    findings: dict[tuple[str, ...], float]
    show_verbs: frozenset[str]
    shown_by: frozenset[str]
    shown_by_before: frozenset[str]


@lru_cache(maxsize=8)
def measures(language: str) -> Measures:
    raw = cue_file(language)
    std, rec = raw.get("context11_standards", {}), raw.get("context11_records", {})
    return Measures(_phrases(std.get("compare", [])), _phrases(std.get("standards", [])),
                    _phrases(rec.get("openers", [])), _phrases(rec.get("nouns", [])),
                    frozenset(rec.get("verbs", ())), frozenset(rec.get("alone", ())),
                    _phrases(raw.get("context11_findings", {}).get("verbs", [])),
                    frozenset(rec.get("show_verbs", ())), frozenset(rec.get("shown_by", ())),
                    frozenset(rec.get("shown_by_before", ())))


def _possible(lex: Lexicon, words: list[str], at: int) -> bool:
    """A rule or a possibility, not what was found: the sentence opens with a rule
    ("Under the act", "Berdasarkan undang-undang"), holds a condition, or a modal stands
    just before the measurement at ``at`` ("can bring", "dapat melebihi")."""
    rule = words[0] in ("under", "pursuant") or (
        words[0] in _RULES and any(w in _LAWS for w in words[1:3]))
    return rule or any(w in lex.conditionals for w in words) or any(
        words[k] in _MODALS and not month_named(lex.language, words, k)  # "in May" (40)
        for k in range(max(0, at - 3), at))


_LAWS = frozenset("""undang-undang uu peraturan aturan perda permen pp ketentuan act law
rules regulations""".split())


def against_standard(lex: Lexicon, words: list[str]) -> str | None:
    """A measurement set against a standard: a comparison, then the standard within
    reach ("three times the permitted level", "di atas baku mutu"), not negated."""
    fam = measures(lex.language)
    for s, e in find(fam.compare, words):
        if any(w in lex.negations for w in words[max(0, s - 2):s]) or _possible(lex, words, s):
            continue
        for cs, ce in find(fam.standards, words[e:e + STANDARD_REACH + 1]):
            if cs <= STANDARD_REACH:
                return " ".join(words[s:e + ce])
    return None


def cited_records(lex: Lexicon, words: list[str]) -> str | None:
    """Narration opening on the records it reads from: "Berdasarkan catatan ...",
    "Merujuk data ...", "Tercatat, ...", "Figures obtained by ...", "Records reviewed by
    ..."."""
    fam = measures(lex.language)
    if not words or _possible(lex, words, 0):
        return None
    if words[0] in fam.alone:
        return words[0]
    opened = find(fam.openers, words[:2])
    if opened and opened[0][0] == 0:
        end = opened[0][1]
        for _s, e in find(fam.nouns, words[end:end + NOUN_REACH]):
            return " ".join(words[:end + e])
    for s, e in find(fam.nouns, words[:OPENING]):
        if e < len(words) and words[e] in fam.verbs:
            return " ".join(words[s:e + 1])
    return None


def evidence(lex: Lexicon, words: list[str]) -> str | None:
    """Checkable evidence in the article's own narration: the words that show it, else
    None: a measurement against a standard, the records cited at the opening, a record as
    the subject that shows (recorded.py), what was seen or filmed (witnessed.py), or the
    event counted on a day the story dates (counted.py; all three context12), a document
    citing its evidence (evidence_or_frame.py, twenty-eighth round)."""
    return against_standard(lex, words) or cited_records(lex, words) or record_shows(
        lex, words, _possible) or seen(lex, words, _possible) or counted_event(
        lex, words, _possible) or evidence_or_frame.document_cites(lex, words)


def found_after(lex: Lexicon, words: list[str], procedure: str) -> str | None:
    """What the ``procedure`` found, told after it ("had taken samples from 12 wells and
    found lead in nine", "menggeledah loker siswa dan tidak menemukan apa pun"): the
    finding is the sentence's checkable fact, a claim. The finding's words, else None."""
    cue = procedure.split()
    at = next((k for k in range(len(words)) if words[k:k + len(cue)] == cue), None)
    if at is None:
        return None
    for s, e in find(measures(lex.language).findings, words[at + len(cue):]):
        return " ".join(words[at + len(cue) + s:at + len(cue) + e])
    return second_fact(lex, words, at + len(cue))


COUNTED_REACH = 3  # words after "dan" where "empat di antaranya" counts what the act found


@lru_cache(maxsize=8)
def _second(language: str) -> tuple[dict[tuple[str, ...], float], dict[tuple[str, ...], float]]:
    raw = cue_file(language).get("context12_second_fact", {})
    return _phrases(raw.get("links", [])), _phrases(raw.get("counted", []))


def second_fact(lex: Lexicon, words: list[str], after: int) -> str | None:
    """A second statement coordinated after word ``after`` ("... and that four contained
    arsenic", "dan bahwa sopir itu ...", "dan empat di antaranya tercemar"): the fact it
    reports is the sentence's claim (context12). Its opening words, else None."""
    links, counted = _second(lex.language)
    rest = words[after:]
    for s, e in find(links, rest):
        return " ".join(rest[s:e])
    for s, e in find(counted, rest):
        for k in range(max(0, s - COUNTED_REACH), s - 1):
            if rest[k] in ("dan", "and"):
                return " ".join(rest[k:e])  # "dan empat di antaranya"
    return None


SHOWN_REACH = 4  # words before or after "showed", "menunjukkan" where what shows stands


def shows_nothing(lex: Lexicon, words: list[str], shown: str) -> bool:
    """The evidence cue ``shown`` is a bare "showed", "menunjukkan" with no record, image,
    test or "that" near it ("Vance showed no emotion", "Ia menunjukkan sikap kooperatif"):
    a person showing a manner, nothing checkable."""
    fam = measures(lex.language)
    if shown not in fam.show_verbs:
        return False
    at = next((k for k, w in enumerate(words) if w == shown), None)
    if at is None:
        return False
    before = words[max(0, at - SHOWN_REACH):at]
    near = before + words[at + 1:at + 1 + SHOWN_REACH]
    return not any(w in fam.shown_by for w in near) and not any(
        w in fam.shown_by_before for w in before)
