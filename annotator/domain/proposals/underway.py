"""Checking under way: procedure reported in its progressive form ("penyidik sedang
menelusuri keberadaan terlapor", "Officers are now assessing whether the roof is safe",
"said it was seeking advice on its contract", "a report was being prepared"). The
guidelines make procedure stated by a named speaker context, not a claim
(data/guidelines.md, "context"); acts.procedure_spans reads these beside its phrases.

Read as structure, not as phrases: an aspect word ("sedang", "tengah", "masih"; a form
of "be" and at most one adverb) right before a verb of checking, assessing, verifying or
seeking advice (in English its -ing form, or "being" and its past participle). A bare
passive ("was checked by the electoral officer") is what was done, not procedure under
way. The families are data, ``narr26_underway`` in ``data/cues/<language>.json``
(twenty-sixth round). Beside it, a measure that holds until something is done ("paused new
contracts until the audit is finished"; ``narr26_until_done``), read by narration.scene."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@dataclass(frozen=True)
class Underway:
    aspect: frozenset[str]
    adverbs: frozenset[str]
    verbs: dict[tuple[str, ...], float]
    passives: frozenset[str]


@lru_cache(maxsize=8)
def families(language: str) -> Underway:
    raw = cue_file(language).get("narr26_underway", {})
    return Underway(frozenset(raw.get("aspect", ())), frozenset(raw.get("adverbs", ())),
                    _phrases(raw.get("verbs", [])), frozenset(raw.get("passives", ())))


def checking_spans(language: str, words: list[str]) -> list[tuple[int, int]]:
    """The spans (aspect word to the verb's end) of checking under way in ``words``."""
    fam = families(language)
    if not fam.aspect:
        return []
    found = []
    for k, word in enumerate(words):
        if word not in fam.aspect:
            continue
        j = k + 1
        if j < len(words) and words[j] in fam.adverbs:
            j += 1
        if j + 1 < len(words) and words[j] == "being" and words[j + 1] in fam.passives:
            found.append((k, j + 2))  # "a report was being prepared"
            continue
        verb = find(fam.verbs, words[j:j + 4])
        if verb and verb[0][0] == 0:
            found.append((k, j + verb[0][1]))
    return found


UNTIL_REACH = 6  # words after "until", "sampai" where "is finished", "selesai" stands


@lru_cache(maxsize=8)
def _until_done(language: str) -> tuple[dict[tuple[str, ...], float],
                                        dict[tuple[str, ...], float]]:
    raw = cue_file(language).get("narr26_until_done", {})
    return _phrases(raw.get("until", [])), _phrases(raw.get("done", []))


def until_done(language: str, words: list[str]) -> str | None:
    """A measure that holds until something is done ("said it had paused new contracts
    until the audit is finished", "would remain closed until fallen trees could be
    cleared", "menahan dana sampai penyelidikan selesai"): what happens meanwhile,
    procedure. The words from "until" to the end of what is done, else None."""
    until, done = _until_done(language)
    for s, e in find(until, words):
        found = find(done, words[e:e + UNTIL_REACH])
        if found:
            return " ".join(words[s:e + found[0][1]])
    return None
