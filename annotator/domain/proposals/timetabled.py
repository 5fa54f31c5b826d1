"""A schedule read "according to" is a schedule, and speaks for the body that published it
(issue 11, thirty-fourth round, bug fix from a try on articles of the lead's own).

'The last buses on the affected routes will run on 10 January, according to the timetable
published on the company's website.' (an article on a bus company's cuts) was proposed a
claim with no source: "according to" was read as reported speech, "the buses will run" as
a thing's future (a prediction), and nobody named after it. By the guidelines a schedule
is context (what happens next), and a document speaks for the body that issued it: the
company, which the article names (Carrow Buses).

Two readings, English only:

- label: a plan word of the sentence's ("will", "would") whose time is set by a schedule
  document (one of ``nouns``: "timetable", "schedule", "agenda") standing within ``reach``
  words after "according to" is a schedule: context, as a future with its time set
  already is ("will remain closed until ...", acts.scheduled). A past ("ran on 10
  January, according to the timetable") or a sentence with no plan word ("is due to" is
  none) is read as before; so is any reading of a wrong, a denial or a claim that comes
  before the plan's.
- speaker: the owner of that schedule (or of a notice, ``owned_nouns``: never read as a
  schedule, as a notice may be an enforcement notice: "will be fined ..., according to a
  notice"), or of the page it was published on, written as a possessive: "according to
  the company's timetable", "according to the agenda posted on the council's website"
  (one of ``made``, then "on"/"in", then the owner and one of ``places``). The owner is
  read as if written right after "according to" ("the company" -> the body the article
  names so). A schedule "published by X" was read before.

Words: data ``context34_timetable`` in data/cues/en.json.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.name_words import gap_before

_BLANKED_POSSESSIVE = "   "  # reading.normalise blanks "'s"
_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=4)
def _data(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], int,
                                  frozenset[str]]:
    from annotator.domain.proposals.lexicon import cue_file
    raw = cue_file(language).get("context34_timetable", {})
    return (frozenset(raw.get("nouns", ())), frozenset(raw.get("made", ())),
            frozenset(raw.get("places", ())), int(raw.get("reach", 0)),
            frozenset(raw.get("owned_nouns", ())))


def _according_at(words: list[str]) -> list[int]:
    """The word positions right after each "according to"."""
    return [k + 2 for k in range(len(words) - 1)
            if words[k] == "according" and words[k + 1] == "to"]


def _noun_at(language: str, text, tokens, words: list[str], start: int,
             owned: bool = False) -> int | None:
    """The schedule noun within ``reach`` words from ``start``, with no break before it
    (``owned``: a notice too, read for its owner only)."""
    nouns, _, _, reach, notices = _data(language)
    nouns = nouns | notices if owned else nouns
    for k in range(start, min(start + reach, len(words))):
        if k > start and any(ch in ",;:.\"“”()" for ch in gap_before(text, tokens, k)
                             if ch != " "):
            return None
        if words[k] in nouns:
            return k
    return None


def read_from_schedule(language: str, text, tokens, words: list[str]) -> str | None:
    """The schedule noun read after "according to" ("according to the timetable"), else
    None."""
    if language != "en" or not tokens:
        return None
    for start in _according_at(words):
        k = _noun_at(language, text, tokens, words, start)
        if k is not None:
            return words[k]
    return None


def schedule_owner(language: str, text, tokens, words: list[str], start: int
                   ) -> tuple[int, int] | None:
    """Where the owner of the schedule read from ``start`` (right after "according to") is
    written, as (first word, word after its last): "the company's timetable" (the company),
    "the timetable published on the company's website" (the company); None where no
    possessive owner is written."""
    if language != "en":
        return None
    noun = _noun_at(language, text, tokens, words, start, owned=True)
    if noun is None:
        return None
    for k in range(start + 1, noun + 1):  # "the company's (new) timetable"
        if gap_before(text, tokens, k) == _BLANKED_POSSESSIVE:
            return (start, k) if k > start else None
    _, made, places, reach, _ = _data(language)
    k = noun + 1
    if k + 2 >= len(words) or words[k] not in made or words[k + 1] not in ("on", "in"):
        return None
    owner = k + 2
    for j in range(owner + 1, min(owner + reach, len(words))):
        if any(ch in ",;:.\"“”()" for ch in gap_before(text, tokens, j)):
            return None
        if gap_before(text, tokens, j) == _BLANKED_POSSESSIVE:
            return (owner, j) if words[j] in places else None
    return None
