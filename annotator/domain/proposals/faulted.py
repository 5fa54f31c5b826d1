"""The other side's evidence faulted is a denial (thirty-ninth round, issue 11, branch
w13sides2).

The class, seen on the tuned-on sets: a speaker who says what is wrong with a figure, a
report or a study in the dispute ("said the group's figure counted delayed flights that
were scheduled before 11.30pm", "The researchers have confused diagnostic signals with
advertising data", "said the report compared stops with where people live, not with who is
on the roads", "said the 78% figure came from the company's own line tests, not from
speeds measured in customers' homes") was proposed a claim by its speech verb. The
guidelines: anyone saying one side's statement is wrong makes a denial, and so does an
accuser who answers a denial; a figure explained away by the accused side is its reply.

Read here, as data (data/cues/en.json, ``deny39_faulted``; Indonesian has none): a noun of
evidence (``nouns``: report, study, data, researchers; or one of ``counts``: figure,
total, estimate), not the speaker's own (no word of ``own`` right before it: "its own
figure", "our data"), then, past only words of ``between`` ("have", "also", "wrongly"),
its verb:

- one of ``faults`` ("confused", "conflated", "ignored", "double-counted", "omitted"):
  the evidence called wrong by its verb;
- for a noun of ``counts`` only, one of ``counting`` ("counted", "included", "excluded"):
  what a figure took in, told to show it is not what it seems ("the union's figure counted
  crew who had volunteered to stay on");
- one of ``sources`` ("compared", "came from", "based on") with one of ``contrasts`` after
  it (", not", "rather than", "instead of"): the evidence measured the wrong thing.

dispute.in_dispute reads it for any speaker, after an allegation or a denial: no figure is
faulted before there is a dispute over it. Not "the report included 14 recommendations"
(no count noun), not "the figure came from the ONS" (no contrast), not "its figures
counted every shift" (the speaker's own).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "deny39_faulted"


@dataclass(frozen=True)
class _Data:
    nouns: frozenset[str]
    counts: frozenset[str]
    own: frozenset[str]
    between: frozenset[str]
    faults: frozenset[str]
    counting: frozenset[str]
    sources: frozenset[str]
    contrasts: tuple[str, ...]
    reach: int


@lru_cache(maxsize=8)
def _data(language: str) -> _Data:
    raw = cue_file(language).get(KEY, {})
    return _Data(*(frozenset(raw.get(k, ())) for k in (
        "nouns", "counts", "own", "between", "faults", "counting", "sources")),
        tuple(raw.get("contrasts", ())), int(raw.get("reach", 0)))


def _verb_after(data: _Data, words: list[str], at: int) -> int | None:
    """Where the verb of the noun at ``at`` stands: past ``between`` words, at most
    ``reach`` of them; None at the clause's end."""
    k = at + 1
    while k < len(words) and words[k] in data.between and k - at <= data.reach:
        k += 1
    return k if k < len(words) else None


def _contrast_after(data: _Data, text: str, verb: str) -> bool:
    """A contrast (", not", "rather than") after the verb's first place in the text."""
    lowered = text.casefold()
    at = lowered.find(verb)
    return at >= 0 and any(c in lowered[at:] for c in data.contrasts)


def evidence_faulted(lex: Lexicon, text: str, words: list[str]) -> str | None:
    """The words that fault a figure, a report or a study (module doc), else None."""
    data = _data(lex.language)
    if not data.nouns and not data.counts:
        return None
    for k, word in enumerate(words):
        counted = word in data.counts
        if not (counted or word in data.nouns) or (k > 0 and words[k - 1] in data.own):
            continue
        v = _verb_after(data, words, k)
        if v is None:
            continue
        verb = words[v]
        if verb in data.faults or (counted and verb in data.counting) or (
                verb in data.sources and _contrast_after(data, text, verb)):
            return " ".join(words[k:v + 1])
    return None
