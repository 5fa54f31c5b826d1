"""The cue FAMILIES a sentence's words hit anywhere (accuse, deny, legal procedure, harm ...),
whether negated, and its shape (a that-clause after a speech verb, a question, numbers,
dates): what an analyst reads before deciding, whether or not a cue decided the rules'
label. The features name families, never words, so a model learns them across languages.

The families are the cue file's own tables (data/cues/{en,id}.json), grouped by what they
say: a new phrase in a table joins its family with no change here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file, lexicon

# family -> the cue file's keys it gathers
FAMILIES: dict[str, tuple[str, ...]] = {
    "accuse": ("accusation", "alleging", "discrediting", "side11_allegation_nouns"),
    "deny": ("denial", "quoted_denial", "statement_rejecting", "side11_denial_nouns"),
    "reject": ("rejecting",),
    "rebut": ("rebuttal", "reply_markers"),
    "explain": ("explains",),
    "admit": ("reply12_admissions",),
    "hedge": ("hedges", "scene_possibility"),
    "finding": ("evidence", "context11_findings", "scene_evidence"),
    "legal": ("procedure", "scene_procedure", "legal_acts", "scene_detentions", "lodging",
              "scene_lodging", "filed", "complaint_nouns", "case_nouns", "scene_enforcement",
              "enforcement"),
    "wrong": ("wrongdoing", "scene_wrongs", "scene_stated_wrongs", "dispute_wrongful_acts",
              "wrongs11_acts", "wrongs11_deeds"),
    "harm": ("harm12_harms", "harm12_harm_verbs"),
    "speech": ("speech", "scene_speech"),
    "no_comment": ("no_comment", "scene_no_comment"),
    "plan": ("plans", "pledges", "scene_future_markers"),
    "appeal": ("appeals", "appeal_context", "scene_imperatives"),
    "feeling": ("feelings", "scene_feelings", "scene_feeling_nouns"),
}

# a that-clause's opening word after a speech verb (closed class of each language)
THAT = {"en": frozenset({"that"}), "id": frozenset({"bahwa", "bahwasanya"})}
NEAR = 3  # words between a speech verb and its "that"
NEGATION_REACH = 2  # words before a cue where a negation negates it
_NUMBER = re.compile(r"\d")


def _entries(value) -> list[str]:
    """A cue table's phrases, whatever its shape: a list, a {phrase: strength} table, or
    an {"about": ..., "words"/"phrases"/"verbs": [...]} table."""
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, dict):
        if all(isinstance(v, int | float) for v in value.values()):
            return list(value)
        out: list[str] = []
        for key, v in value.items():
            if key == "about":
                continue
            out += _entries(v) if isinstance(v, list | dict) else [key]
        return out
    return []


@lru_cache(maxsize=16)
def _table(language: str) -> tuple[dict[tuple[str, ...], frozenset[str]], int, frozenset[str]]:
    """Phrase -> the families it belongs to, the longest phrase, and the first words, for
    one language."""
    raw = cue_file(language)
    table: dict[tuple[str, ...], set[str]] = {}
    for family, keys in FAMILIES.items():
        for key in keys:
            for phrase in _entries(raw.get(key, [])):
                words = tuple(phrase.casefold().split())
                if words:
                    table.setdefault(words, set()).add(family)
    frozen = {k: frozenset(v) for k, v in table.items()}
    return frozen, max(map(len, frozen), default=1), frozenset(k[0] for k in frozen)


def _hits(words: list[str], language: str) -> list[tuple[int, int, frozenset]]:
    """(start, end, families) of every phrase found, longest at each position."""
    table, longest, firsts = _table(language)
    out = []
    for i, word in enumerate(words):
        if word not in firsts:
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            found = table.get(tuple(words[i:i + n]))
            if found:
                out.append((i, i + n, found))
                break
    return out


def family_features(text: str, words: list[str], language: str) -> dict[str, float]:
    """The families hit anywhere in the sentence ("fam:legal"), negated ones
    ("fam:deny negated"), how many families, a that-clause after a speech verb, a
    question, numbers and dates."""
    lex = lexicon(language)
    f: dict[str, float] = {}
    negations = lex.negations
    seen: set[str] = set()
    that = THAT.get(lex.language, THAT["en"])
    for start, end, families in _hits(words, lex.language):
        negated = any(w in negations for w in words[max(0, start - NEGATION_REACH):start])
        for family in families:
            seen.add(family)
            f[f"fam:{family}"] = 1.0
            if negated and family != "speech":
                f[f"fam:{family} negated"] = 1.0
        if "speech" in families and any(w in that for w in words[end:end + NEAR]):
            f["that-clause"] = 1.0
    stances = seen & {"accuse", "deny", "reject", "rebut", "explain", "admit"}
    f[f"families={min(3, len(seen - {'speech'}))}"] = 1.0
    if len(stances) > 1:
        f["stances mixed"] = 1.0
    if "?" in text:
        f["question"] = 1.0
    if _NUMBER.search(text):
        f["number"] = 1.0
    if any(w in lex.not_names for w in words):
        f["date"] = 1.0
    return f
