"""A claim for money is no verb of saying (thirty-fourth round, issue 11, try helper
t34politics).

Politics news about expenses uses "claim" for money asked back from the public purse: "A
Conservative MP claimed more than £19,000 in public money", "says Mr Pellow claimed rent on
a flat", "The authority publishes MPs' claims every two months". The speaker rules read each
"claimed" as a verb of saying, so the MP (or "MPs") was proposed as the source of a sentence
another party reports about him. Here "claim" is no verb of saying when
- a sum of money follows it, at once or after a word of amount ("claimed £812",
  "claimed more than £19,000", "claiming nearly $3,000"),
- a kind of expense follows it ("claimed rent", "claimed mileage", "claims for travel"), or
- it is the noun after a possessive ("MPs' claims", "the MP's claims"): what the owner
  asked for or asserted, never a verb whose subject speaks.
"That he had claimed the money" (no amount after the verb) and "Pellow claimed the
complaint was false" stay verbs of saying. The words are data
(data/cues/<language>.json, key ``speaker34_money_claim``); a language without the key
reads no claim for money."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

_CURRENCY = ("£", "$", "€")
_APOSTROPHES = ("'", "’")


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], ...]:
    raw = cue_file(language).get("speaker34_money_claim", {})
    return tuple(frozenset(raw.get(k, ())) for k in ("claim", "amount", "expenses"))


def money_claim(text: str, tokens, words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the word at ``at`` is "claim" for money or a possessed noun "claims"."""
    claim, amount, expenses = _words(lex.language)
    if words[at] not in claim:
        return False
    if at > 0 and _possessive(text, tokens, words, at):
        return True
    k = at + 1
    while k < len(words) and k - at <= 3 and words[k] in amount:
        k += 1
    if k < len(words) and _money_at(text, tokens, k):
        return True
    return at + 1 < len(words) and words[at + 1] in expenses or (
        at + 2 < len(words) and words[at + 1] == "for" and words[at + 2] in expenses)


def _money_at(text: str, tokens, k: int) -> bool:
    start = tokens[k].start()
    before = text[max(0, start - 2):start]
    return tokens[k].group()[:1].isdigit() and any(c in before for c in _CURRENCY)


def _possessive(text: str, tokens, words: list[str], at: int) -> bool:
    """"MPs' claims", "the MP's claims": the word before owns the claims."""
    if words[at] != "claims":
        return False
    before = words[at - 1]
    if before.endswith(("'s", "’s")):
        return True
    gap = text[tokens[at - 1].end():tokens[at].start()]
    return before.endswith("s") and gap[:1] in _APOSTROPHES
