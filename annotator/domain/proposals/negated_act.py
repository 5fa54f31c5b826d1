"""A party outside the accusing side that says it had not done the act an allegation or
its evidence names denies it (thirty-fourth round, issue 11, bug fix on branch w5negated;
data ``deny34_negated_act`` in data/cues/en.json, read in dispute.py ``in_dispute``).

The lead's article: beekeepers say a neighbouring farm sprayed a banned insecticide, lab
tests found thiacloprid in samples, one keeper says "Someone sprayed a chemical they knew
they should not have", then "Fenland Growers, which farms the fields beside the apiaries,
said it had not used thiacloprid since the ban came into force." was proposed a claim: no
rule tied the farm to the allegation's unnamed party, and a bare negation reads as a denial
only where it negates a word of wrongdoing (``wrongs.negates_the_wrong``). By the
guidelines the accused side saying the act did not happen is a denial.

Read here: the speaker's own pronoun (``it``, ``he``, ``we`` ...) or its possessive with one
noun (``its staff``) right before a negated past act (``had not``, ``had never``, ``did
not``, ``never``) whose object, within a few words after the verb, is a word of an
allegation before or of a sentence that gave its evidence (``used thiacloprid`` after
"found traces of thiacloprid"; ``sold the batteries``, ``dump any waste``). Not a time or a
passive after the negation (``had not yet harvested``, ``had not been paid``), nor a
perception or a finding (``had never seen``, ``did not find``); the caller asks that no
rule read the sentence as anything but a claim by default, and that the speaker is not on
the accusing side (its negation states the wrong) nor a bystander.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from annotator.domain.proposals.bearing import EVIDENCE
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.reading import ACCUSATION, CLAIM, DENIAL, LabelReading
from annotator.domain.proposals.replies import SHARED, allegation_words, stem
from annotator.domain.proposals.wrongs import words_of


@lru_cache(maxsize=8)
def _words(language: str) -> dict:
    raw = cue_file(language).get("deny34_negated_act", {})
    if not raw:
        return {}
    return {"subjects": frozenset(raw.get("subjects", ())),
            "owners": frozenset(raw.get("owners", ())),
            "negations": sorted((tuple(n) for n in raw.get("negations", ())), key=len,
                                reverse=True),
            "not_verbs": frozenset(raw.get("not_verbs", ())),
            "determiners": frozenset(raw.get("determiners", ())),
            "ends": frozenset(raw.get("ends", ())),
            "reach": int(raw.get("reach", 3)),
            "bodies": frozenset(cue_file(language).get("deny37_body_negated", {}).get(
                "bodies", ())),
            "omissions": frozenset(cue_file(language).get("deny37_body_negated", {}).get(
                "omissions", ())),
            "past": dict(cue_file(language).get("deny37_body_negated", {}).get("past", {}))}


def _same_act(verb: str, pool: set[str], lex: Lexicon) -> bool:
    """The negated verb is the act an allegation before named ("kept" for "keeping",
    "removed" for "removing")."""
    base = _words(lex.language)["past"].get(verb, verb)
    mine = {stem(verb, lex), stem(base, lex), base}
    return any(stem(w, lex) in mine or w == base for w in pool)


def negated_act(text: str, lex: Lexicon) -> list[tuple[str, list[str]]]:
    """Each negated past act of the speaker's own in the sentence: the phrase ("it had not
    used") and the words of its object ("thiacloprid")."""
    found = _words(lex.language)
    if not found:
        return []
    words = words_of(text)
    out = []
    for k, word in enumerate(words):
        if word in found["subjects"]:
            at = k + 1
        elif word == "the" and k + 2 < len(words) and words[k + 1] in found["bodies"]:
            at = k + 2  # "said the school had not kept any of the money" (round 37)
        elif word in found["owners"] and k + 2 < len(words):
            at = k + 2  # "its staff had never sold"
        else:
            continue
        negation = next((n for n in found["negations"] if tuple(words[at:at + len(n)]) == n),
                        None)
        if negation is None:
            continue
        verb = at + len(negation)
        if verb >= len(words) or words[verb] in found["not_verbs"] \
                or words[verb] in lex.negations:
            continue
        rest = words[verb + 1:]
        while rest and rest[0] in found["determiners"]:
            rest = rest[1:]
        obj = []
        for w in rest[:found["reach"]]:
            if w in found["ends"]:
                break
            obj.append(w)
        if obj:
            out.append((" ".join(words[k:verb + 1]), obj))
    return out


def act_denied(reading: LabelReading, seen: Sequence[str], allegation: set[str],
               text: str, lex: Lexicon, role_of: Callable[[str, Lexicon], LabelReading],
               strength: float) -> LabelReading | None:
    """A denial where the sentence's speaker negates its own act on a thing an allegation
    before (``allegation``: its words) or a sentence giving its evidence (``seen``, read
    by ``role_of``) named; None otherwise."""
    if reading.role != CLAIM:
        return None
    acts = negated_act(text, lex)
    if not acts:
        return None
    pool = set(allegation)
    omitted = False  # an allegation of a failure to act: a body's "had not" confirms it
    for before in seen:
        own = role_of(before, lex)
        if own.role == ACCUSATION or own.role == CLAIM and own.reason.startswith(EVIDENCE):
            pool |= allegation_words(before)
            omitted = omitted or bool(_words(lex.language)["omissions"] & set(
                words_of(before)))
    stems = {stem(w, lex) for w in pool}
    for phrase, obj in acts:
        if phrase.startswith("the ") and (omitted or not _same_act(
                phrase.split()[-1], pool, lex)):
            # "failing to protect deposits", then "the agency had not protected": the wrong
            # confirmed; "keeping deposits", then "the agency had never returned": another act
            continue
        hit = next((w for w in obj if len(w) >= SHARED and stem(w, lex) in stems), None)
        if hit:
            return LabelReading(DENIAL, phrase, f"denies the act the allegation names: "
                                f"'{phrase} ... {hit}' ({reading.reason})", strength,
                                reading.hedges)
    return None

