"""What a party should do, said by another, is an appeal (issue 11, fortieth round, branch
w15ctx4; data ``context40_should_appeal`` in ``data/cues/<language>.json``).

'"If there is nothing wrong, the ministry should welcome an audit," said Lukman Harahap',
'"Everyone should see the full body camera footage first," he said', 'said countries in the
region should not "draw in outside forces"', '"Nobody should be sleeping in rooms like
these," said its director': each tells a party what to do. The guidelines: "Appeals,
demands and calls ... are context with their speaker". They were read as reported speech,
claims.

Read here: one of ``modals`` whose subject is a party, that is, among the few words before
it back to the clause's start (a comma, a quotation mark, one of ``stops``: "that",
"which", "and") stands one of ``parties`` (everyone, nobody, people, countries, the
government) or an office's head noun (``org_heads``: "the ministry"). Not a thing's duty
("It should not be capable of burning a child", "the concession ... should not be
cleared"), nor a reproach of the past ("should have been on every letterbox"): one of
``not_after`` right after the modal or after a negation right after it ("should not have
signed the deal", "should never have"; round 40, w15ctx4b), but for "should have to" (a
duty still)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

SUBJECT_REACH = 5  # words before the modal where the party may stand
_BREAKS = ",;:\"\u201c\u201d"


@dataclass(frozen=True)
class Should:
    modals: frozenset[str]
    parties: frozenset[str]
    stops: frozenset[str]
    not_after: frozenset[str]


@lru_cache(maxsize=8)
def _family(language: str | None) -> Should:
    raw = cue_file(language).get("context40_should_appeal", {})
    return Should(frozenset(raw.get("modals", ())), frozenset(raw.get("parties", ())),
                  frozenset(raw.get("stops", ())), frozenset(raw.get("not_after", ())))


def _party_before(lex: Lexicon, fam: Should, tokens, words: list[str], at: int) -> bool:
    """A party among the words before the modal at ``at``, back to its clause's start."""
    text = tokens[0].string if tokens else ""
    for k in range(at - 1, max(-1, at - 1 - SUBJECT_REACH), -1):
        if words[k] in fam.stops:
            return False
        if words[k] in fam.parties or words[k] in lex.org_heads:
            return True
        if k == 0 or any(ch in _BREAKS for ch in text[tokens[k - 1].end():tokens[k].start()]):
            return False
    return False


def should_appeal(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """The words of an appeal made with a modal of duty on a party ("the ministry should"),
    else None."""
    fam = _family(lex.language)
    if not fam.modals or len(tokens) != len(words):
        return None
    for k, w in enumerate(words):
        if w not in fam.modals or k == 0:
            continue
        after = k + 2 if words[k + 1:k + 2] and words[k + 1] in lex.negations else k + 1
        if after < len(words) and words[after] in fam.not_after and words[
                after + 1:after + 2] != ["to"]:
            continue  # "should (not) have been": a reproach; "should have to wait" a duty
        if _party_before(lex, fam, tokens, words, k):
            return " ".join(words[k - 1:k + 1])
    return None
