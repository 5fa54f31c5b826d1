"""What officers believe is their body's claim (thirty-seventh round, issue 11, bug fix on
branch w10court4, from a try helper's blind try).

The try's article: a tractor stolen from a farm, "West Mercia Police said" earlier; then
"Officers believe the thieves cut through a padlock and towed away a livestock trailer."
was proposed context with no speaker ("no speech verb"), where "Officers say ..." is a claim
by West Mercia Police (officials.py: officials of one body speak as that body). The
present tense of a verb of belief or assertion (``verbs``: believe, claim, suspect) after
a plural of officials (the roles of ``speaker10_official_plurals``: officers, detectives,
investigators, inspectors) opening the sentence, with a clause after it (the openers of
``speech_present_plural``, or a capitalised name), is reported speech by that body: a
claim (present_plural.py reads it for the label) and the body named (officials.py) as the
speaker. Only where the plural opens the sentence ("Officers believe", "The detectives
believe"), and only when the article names the body. Not "Residents believe ..." (no
officials), not "a pay claim" (no plural of officials before it). Words: data
``speech37_officials_believe`` in data/cues/en.json; Indonesian has none.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file
from annotator.domain.proposals.name_words import tokens_and_words

_OPENING = frozenset({"the", "two", "three", "several"})
_FORCE = frozenset({"police"})  # "Police believe ...": the force, as "Police say" is


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    cues = cue_file(language)
    raw = cues.get(KEY, {})
    roles = cues.get("speaker10_official_plurals", {}).get("roles", {})
    return (frozenset(raw.get("verbs", ())), frozenset(roles),
            frozenset(cues.get("speech_present_plural", {}).get("openers", ())))


KEY = "speech37_officials_believe"


def believed_at(language: str, tokens, words: list[str]) -> int | None:
    """The position of the verb where officials opening the sentence believe or claim a
    clause (module doc), else None."""
    verbs, roles, openers = _data(language)
    if not verbs:
        return None
    k = 0
    while k < len(words) and words[k] in _OPENING:
        k += 1
    if k + 2 >= len(words) or words[k] not in roles | _FORCE or words[k + 1] not in verbs:
        return None
    if not tokens[k].group()[1:].islower():
        return None  # "Kent Police", a name
    after = words[k + 2]
    if after in openers or (after.isalpha() and tokens[k + 2].group()[:1].isupper()):
        return k + 1
    return None


def force_said(language: str, text: str) -> str | None:
    """"Police believe the thieves cut ...": the sentence's opening as "Police say." (whose
    speaker is the force the article names, as for "Police say ..."), where the police
    opening the sentence believe or claim a clause (``believed_at``); else None."""
    tokens, words = tokens_and_words(text)
    at = believed_at(language, tokens, words)
    if at is None or words[at - 1] not in _FORCE:
        return None
    return f"{text[:tokens[at].start()]}say."
