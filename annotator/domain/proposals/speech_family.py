"""The whole family of speech verbs, for reading WHO speaks: every form a journalist uses and
where it stands ("X menerangkan", '"...," papar X', "..., bebernya", "X maintained",
"..., explained X", "according to her").

Kept apart from the label's cue lists (data/cues/<language>.json, key "speaker_speech"): a
verb that names a speaker need not make the sentence a claim (the label's reading decides
that), but a speaker left out because one inflection was missing is a speaker missed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find, lexicon
from annotator.domain.proposals.titles import titled

_WIDENED: dict[int, tuple[Lexicon, Lexicon]] = {}
STRENGTH = 0.8  # a speech verb's weight; the speaker's reading does not use it


def _family(language: str) -> dict:
    return cue_file(language).get("speaker_speech", {})


def speaking(lex: Lexicon) -> Lexicon:
    """``lex`` with the speech family added to its speech verbs, its attributions before a
    name, its suffixed forms, (English) the object pronouns after "according to", the
    words that stand between a subject and its verb ("speaker_between") and the office
    holders' titles (titles.titled);
    remembered per lexicon (the lexicon object is kept so that its id is not reused)."""
    found = _WIDENED.get(id(lex))
    if found is not None and found[0] is lex:
        return found[1]
    family = _family(lex.language)
    speech = dict(lex.speech)
    for verb in (*family.get("with_subject", ()), *family.get("acts", ())):
        speech.setdefault(tuple(verb.split()), STRENGTH)
    before = dict(lex.speech_before_name)
    for verb in family.get("before_name", ()):
        before.setdefault(tuple(verb.split()), STRENGTH)
    between = cue_file(lex.language).get("speaker_between", {}).get("words", ())
    widened = replace(
        titled(lex), speech=speech, speech_before_name=before,
        between=lex.between | frozenset(between),  # "Hamzah justru menuding"
        speech_suffixed=lex.speech_suffixed | frozenset(family.get("suffixed", ())),
        pronouns=lex.pronouns | frozenset(family.get("object_pronouns", ())))
    _WIDENED[id(lex)] = (lex, widened)
    return widened


def widened(lex: Lexicon, phrase: list[str]) -> bool:
    """A verb of the family the label's lexicon does not hold: "believed" in "said it
    believed" reports what the speaker thinks, so its pronoun is not a new speaker."""
    verb = tuple(phrase)
    return verb in lex.speech and verb not in lexicon(lex.language).speech


COMPARING = frozenset({"than", "daripada", "dibanding", "dibandingkan"})
COMPARED_REACH = 4  # tokens between "than" and the verb: "than the trust disclosed"


def compared(words: list[str], verb_at: int) -> bool:
    """The verb stands in a comparison ("37 more deaths than the trust disclosed",
    "lebih banyak daripada yang dilaporkan"): a figure measured against a statement, whose
    subject does not speak the sentence."""
    return any(w in COMPARING for w in words[max(0, verb_at - COMPARED_REACH):verb_at])


NEGATION_REACH = 2  # words before a verb a negation reaches (reading._negated's reach)
_CLOSING = "\"“”',;:"


def negation_reaches(lex: Lexicon, text: str, tokens, words: list[str], verb_at: int) -> bool:
    """A negation before the verb that negates it: within reach and in the same clause.
    '"It was not," Weber said': the "not" closes the quotation; Weber still speaks."""
    for k in range(max(0, verb_at - NEGATION_REACH), verb_at):
        if words[k] in lex.negations and not any(
                ch in _CLOSING for ch in text[tokens[k].end():tokens[verb_at].start()]):
            return True
    return False


def quiet_verbs(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """The acts of a speaker who says nothing: "declined to comment", "enggan berkomentar".
    Their subject is still the sentence's speaker (the guidelines: "declined to comment"
    keeps its speaker), a pronoun's too. A negated speech verb is not one: "Ia tidak
    menyebut identitas kelompok itu", "He did not say how" are the article's narration of
    what was left unsaid (so the teams' gold reads them: no source)."""
    return sorted(find(lex.no_comment, words))


_PASSIVE_BEFORE = {"was", "were", "been", "be", "being", "is", "are", "who", "which", "that",
                   "yang", "get", "got"}


def passive_act(lex: Lexicon, words: list[str], verb_at: int, end: int) -> bool:
    """An act of the family read as a passive or inside a relative clause ("was charged",
    "who was fined"): its subject is the party acted on, not the one acting."""
    verb = tuple(words[verb_at:end])
    if verb not in acts_of(lex.language):
        return False
    if end < len(words) and words[end] in lex.passive_by:
        return False  # "charged by the Premier League": the agent acts (reading's own rule)
    return any(w in _PASSIVE_BEFORE for w in words[max(0, verb_at - 3):verb_at])


def reported_act(lex: Lexicon, verbs: list[tuple[int, int]], words: list[str],
                 verb_at: int, end: int) -> bool:
    """An act of the family after another verb of the sentence ("suggested that Putin
    ordered"): part of what is reported, not the sentence's own act."""
    if tuple(words[verb_at:end]) not in acts_of(lex.language):
        return False
    return any(s < verb_at and tuple(words[s:e]) not in acts_of(lex.language)
               for s, e in verbs)


@lru_cache(maxsize=8)
def acts_of(language: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(a.split()) for a in _family(language).get("acts", ()))
