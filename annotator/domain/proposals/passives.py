"""The accused or punished party as a passive's subject: its agent speaks, never it (the
guidelines: the source is who said it; "X mengecam Y" proposes X, so "Y dikecam X" must
too). "Harbour Freight was fined £2m by the Environment Agency", "PT X dituding Walhi
mencemari sungai", "PT X disanksi Kementerian LH", "dijatuhi denda ... oleh X"; the
nominal forms "came under fire from X", "menuai kecaman dari X"; and the accusation's
owner, "The union's accusation against X", "Tudingan Walhi terhadap PT X". With no agent
written the passive names nobody: the subject is still not the source.

The passives, the nouns and their linking words are data (data/cues/<language>.json,
"speaker12_passives").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

# a clause of time opening the sentence: what it tells is background ("After criticism
# from X, ...", "Setelah menerima kecaman dari X, ...")
_TIME_OPENERS = frozenset({"after", "when", "since", "before", "following", "setelah",
                           "sejak", "ketika", "saat", "usai", "sebelum", "seusai"})
AGENT_REACH = 6  # tokens from the passive to its "by"/"oleh" ("fined £2m by")
NOUN_REACH = 3  # tokens from a noun of accusing to its "from"/"dari"


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[str]]:
    raw = cue_file(language).get("speaker12_passives", {})
    return (frozenset(raw.get("passives", ())), frozenset(raw.get("nouns", ())),
            frozenset(raw.get("from", ())), frozenset(raw.get("against", ())))


def accusing_passive(words: list[str], lex: Lexicon, at: int) -> bool:
    """The word at ``at`` is a passive of accusing, criticising or punishing ("fined" after
    "was", "dituding", "disanksi")."""
    passives = _cues(lex.language)[0]
    if words[at] not in passives:
        return False
    if lex.language == "id":
        return True
    return any(w in ("was", "were", "been", "be", "is", "are", "being", "get", "got")
               for w in words[max(0, at - 3):at])


def passive_agents(words: list[str], lex: Lexicon, by: frozenset[str]
                   ) -> list[tuple[int, str]]:
    """Where the agent of each accusing passive begins, with the passive: after "by"/
    "oleh" a few words on, or (Indonesian) right after the passive; else after "from"/
    "dari" a few words after a noun of accusing ("under fire from", "kecaman dari")."""
    passives, nouns, linking, _ = _cues(lex.language)
    found = []
    for k, word in enumerate(words):
        if word in passives and accusing_passive(words, lex, k):
            j = next((j for j in range(k + 1, min(len(words), k + 1 + AGENT_REACH))
                      if words[j] in by), None)
            if j is not None and j + 1 < len(words):
                found.append((j + 1, word))
            elif lex.language == "id" and k + 1 < len(words):
                found.append((k + 1, word))  # "dituding Walhi", "disanksi Kementerian"
        elif word in nouns and words[0] not in _TIME_OPENERS:  # not "Setelah menerima
            j = next((j for j in range(k + 1, min(len(words), k + 1 + NOUN_REACH))
                      if words[j] in linking), None)
            if j is not None and j + 1 < len(words):
                found.append((j + 1, word))
    return found


def accusation_owner(words: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """The words naming whose accusation it is, when the sentence opens with one ("The
    union's accusation against X" -> the words before "'s"; "Tudingan Walhi terhadap X" ->
    those between the noun and "terhadap"), as a span; else None."""
    _, nouns, _, against = _cues(lex.language)
    if lex.language == "id":
        if not words or words[0] not in nouns:
            return None
        j = next((j for j in range(2, min(len(words), 8)) if words[j] in against), None)
        return (1, j) if j is not None else None
    k = 1 if words[:1] == ["the"] else 0
    j = next((j for j in range(k + 1, min(len(words), k + 6)) if words[j] in nouns), None)
    if j is None or j + 1 >= len(words) or words[j + 1] not in against:
        return None
    return (k, j)
