"""A group named by the people who formed it, or by its noun and "called" (thirty-fourth round,
issue 11, bug fix on branch w4lede; English only).

The try helper's article: "A group of parents has accused the Elmsworth Learning Trust of
...", then "The parents, who have formed a campaign called Fair Places for Fenwick, say at
least 19 pupils left ...". The plural's relative clause names the body the parents formed:
that body speaks for them (the guidelines: a group that speaks under a name is its source),
unlike "Parents whose children attend Fenwick Park Academy say" (the school is what the
people are tied to, not who speaks). And a name introduced as "a campaign called X" is
described by its noun, as "X, a campaign ..." is: a later "the campaign" means it, and the
look-ahead of a lede's described group (engine._named_later) may take it as the group's name.

1. ``formed_name``: the words of a relative clause, after "who", from one of ``verbs``
   (after ``auxiliaries``) to the name: "who have formed a campaign called X", "who set up
   a group named X", "who founded the X" (a determiner, a few lower-case words, a body's
   noun, one of ``naming``); the name ends the clause. Nothing else may stand between.
2. ``called_noun``: a body's noun right before one of ``naming`` right before the name,
   after "a"/"an" (a few lower-case words between), the name ending at a break or at the
   sentence's end ("a campaign called Fair Places for Fenwick,", "a tea trading firm called
   Nyika Leaf."); never "The union called Harlow Homes a disgrace" (the definite noun, and
   words go on after the name).
3. ``named_body``: the name is introduced so, or in apposition before its body's noun
   ("Fair Places for Fenwick, a campaign set up by parents, says"): a body, for the
   look-ahead of a lede's described group (engine._a_body).

Words: data/cues/en.json, "speaker34_formed".
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.kinds import group_nouns
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.name_words import gap_before, name_runs, tokens_and_words

KEY = "speaker34_formed"
MODIFIERS = 2  # lower-case words between the determiner and the body's noun
_BREAKS = set(",.;:()—–")
_AFTER_NOUN = frozenset({"set", "run", "led", "made", "that", "which", "who", "whose"})


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("auxiliaries", ())),
            tuple(tuple(w.split()) for w in raw.get("naming", ())))


def _bodies(lex: Lexicon) -> frozenset[str]:
    return lex.org_heads | group_nouns(lex.language)


def _naming_before(words: list[str], at: int, lex: Lexicon) -> int | None:
    """Where the naming words ending right before ``at`` begin ("called", "known as")."""
    for phrase in _words(lex.language)[2]:
        k = at - len(phrase)
        if k >= 0 and tuple(words[k:at]) == phrase:
            return k
    return None


def _ends_clause(text: str, tokens, run: tuple[int, int]) -> bool:
    return run[1] >= len(tokens) or not _BREAKS.isdisjoint(gap_before(text, tokens, run[1]))


def _lower(tokens, start: int, end: int) -> bool:
    return all(tokens[k].group().islower() for k in range(start, end))


def called_noun(text: str, tokens, words: list[str], run: tuple[int, int],
                lex: Lexicon) -> str | None:
    """The body's noun that introduces the name ``run`` with "called" after "a"/"an" ("a
    campaign called Fair Places for Fenwick,"), else None."""
    if lex.language != "en" or not _ends_clause(text, tokens, run):
        return None
    naming = _naming_before(words, run[0], lex)
    if naming is None or naming < 2 or not _lower(tokens, naming - 1, run[0]):
        return None
    noun = naming - 1
    if words[noun] not in _bodies(lex) or not _BREAKS.isdisjoint(
            gap_before(text, tokens, noun + 1) + gap_before(text, tokens, run[0])):
        return None
    for k in range(noun - 1, max(-1, noun - 2 - MODIFIERS), -1):
        if words[k] in ("a", "an") and (k == 0 or tokens[k].group().islower()):
            return words[noun]  # "A campaign called X, set up by ...": at the opening too
        if not tokens[k].group().islower() or not _BREAKS.isdisjoint(
                gap_before(text, tokens, k + 1)):
            return None
    return None


def formed_name(text: str, tokens, words: list[str], relative: int, run: tuple[int, int],
                lex: Lexicon) -> bool:
    """Whether the relative clause opening at ``relative`` ("who") is only the people's
    forming the body named by ``run`` ("who have formed a campaign called X,")."""
    if lex.language != "en" or words[relative] != "who" or not _ends_clause(
            text, tokens, run) or not _lower(tokens, relative, run[0]):
        return False
    if not all(_BREAKS.isdisjoint(gap_before(text, tokens, k))
               for k in range(relative + 1, run[0] + 1)):
        return False
    verbs, auxiliaries, _ = _words(lex.language)
    k = relative + 1
    while k < run[0] and words[k] in auxiliaries:
        k += 1
    if k < run[0] and words[k] in verbs:
        k += 1
    elif k + 1 < run[0] and f"{words[k]} {words[k + 1]}" in verbs:  # "set up"
        k += 2
    else:
        return False
    if k == run[0] or k + 1 == run[0] and words[k] in ("the", "their"):
        return True  # "who founded Fair Places", "who set up the Marlow Tenants Forum"
    naming = _naming_before(words, run[0], lex)
    if naming is None or naming - 1 <= k or words[naming - 1] not in _bodies(lex):
        return False
    return words[k] in ("a", "an", "the", "their") and naming - 1 - (k + 1) <= MODIFIERS


def named_body(name: str, text: str, lex: Lexicon) -> bool:
    """Whether the sentence introduces ``name`` as a body by its noun: "a campaign called
    Fair Places for Fenwick," (``called_noun``), or "Fair Places for Fenwick, a campaign
    set up by parents" (the noun right after the determiner, then a break, a preposition,
    a participle or a relative word: not "Sipho Ndlovu, a campaign coordinator", a
    person)."""
    if lex.language != "en":
        return False
    tokens, words = tokens_and_words(text)
    for run, found in name_runs(text, tokens, words, lex):
        if found.casefold() != name.casefold():
            continue
        if called_noun(text, tokens, words, run, lex):
            return True
        k = run[1]
        if k + 1 >= len(tokens) or "," not in gap_before(text, tokens, k) or words[k] not in (
                "a", "an", "the") or words[k + 1] not in _bodies(lex) or not tokens[
                k + 1].group().islower() or not _BREAKS.isdisjoint(gap_before(text, tokens, k + 1)):
            continue
        after = words[k + 2] if k + 2 < len(tokens) else ""
        if k + 2 >= len(tokens) or not _BREAKS.isdisjoint(gap_before(text, tokens, k + 2)) \
                or tokens[k + 2].group().islower() and (
                after in lex.prepositions or after in _AFTER_NOUN or after.endswith("ed")):
            return True
    return False
