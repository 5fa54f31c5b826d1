"""A name right after a speech verb that opens the reported clause is no speaker (issue 11,
thirty-fourth round bug fix).

"..., said the company." names its speaker after the verb. "The complaint, lodged by
OpenLedger on Wednesday, says PulsePath sent the data ...": the verb has its subject before
it, a short noun phrase with a phrase set between commas, and the name after it is the
subject of what is said, with a past verb of its own right after it ("PulsePath sent",
"the landlord withheld", "Harbour Lettings kept"). reading._opens_reported already passes
over a name followed by an auxiliary ("said the company had") or a verb of accusing or
denying; this adds any past verb, only where the sentence opens with such a subject. Words
in data/cues/en.json, key ``reported34_clause``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.name_words import gap_before

_DOUBLE_QUOTES = frozenset('"“”«»')  # not the apostrophe of "Commissioner's"


@lru_cache(maxsize=8)
def _clause(language: str) -> tuple[frozenset[str], frozenset[str], int]:
    data = cue_file(language).get("reported34_clause", {})
    return (frozenset(data.get("past", ())), frozenset(data.get("not_subject", ())),
            int(data.get("subject_words", 0)))


def past_verb(lex: Lexicon, word: str) -> bool:
    """A verb in the past by its form: "sent", "kept", "withheld", "shared"."""
    past, _, _ = _clause(lex.language)
    return word in past or (word.endswith("ed") and len(word) > 4)


def subject_apposed(text: str, tokens, words: list[str], s: int, lex: Lexicon) -> bool:
    """The speech verb at ``s`` has its subject before it: the sentence opens with a short
    noun phrase (no verb, no quotation) followed by a phrase set between commas that the
    comma before the verb closes ("The complaint, lodged by X on Wednesday, says", "Her
    lawsuit, filed in May, alleges"). Not a clause the speaker's words end ("PulsePath
    shared the data, says ..."), nor a quotation before the verb."""
    _, not_subject, most = _clause(lex.language)
    if s < 3 or "," not in gap_before(text, tokens, s) or any(
            q in text[:tokens[s].start()] for q in _DOUBLE_QUOTES):
        return False
    first = next((k for k in range(1, s) if "," in gap_before(text, tokens, k)), None)
    if first is None or first > most or first >= s - 1:
        return False
    head = words[:first]
    if any(w in not_subject or past_verb(lex, w) for w in head):
        return False
    return not find(lex.verbs, head)
