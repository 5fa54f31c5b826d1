"""A sale told in narration with the price paid ("The museum bought the bronzes from a London
dealer in 1988 for £240,000", "The church was sold in June for £310,000 to Greywell
Homes"): what was done, with figures, a claim by the guidelines (data/guidelines.md,
"claim": the narration "gives checkable evidence ... what was shipped, seen, counted,
found or done, with figures"), not background (forty-second round, issue 11, branch
w18ctx6).

Read as structure: a past verb of buying or selling (``verbs``), then within ``reach``
words "for" (``links``) and a price: a currency sign before a figure, or a figure before a
currency word (``currencies``). Read on the sentence's text, since the reading's words drop
the currency signs. Not a sale to come, only possible or negated (one of ``before_not``
one or two words before the verb: "would be sold", "plans to buy", "was not sold"). The
words are data, ``w18ctx_sale_priced`` in ``data/cues/<language>.json``; a language
without the key has none."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*|[£$€]")
_FIGURE = re.compile(r"\d[\d,.]*")
_SIGNS = frozenset("£$€")
PRICE_REACH = 4  # words after "for" where the price's figure stands ("for about £240,000")


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                   frozenset[str], int]:
    raw = cue_file(language).get("w18ctx_sale_priced", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("currencies", ())),
            frozenset(raw.get("before_not", ())), frozenset(raw.get("links", ())),
            int(raw.get("reach", 0)))


def _price(words: list[str], at: int, currencies: frozenset[str]) -> bool:
    """A price from ``at``: a currency sign right before a figure ("£ 240,000"), or a figure
    right before a currency word ("350 rupees"), within PRICE_REACH words."""
    window = words[at:at + PRICE_REACH + 1]
    pairs = list(zip(window, window[1:], strict=False))
    return any(a in _SIGNS and _FIGURE.fullmatch(b) for a, b in pairs) or any(
        _FIGURE.fullmatch(a) and b in currencies for a, b in pairs)


def sale_priced(language: str, text: str) -> str | None:
    """The verb and its price link ("bought ... for") where the narration tells a sale
    with its price, else None."""
    verbs, currencies, before_not, links, reach = _words(language)
    if not verbs:
        return None
    words = _WORD.findall(text.lower())
    for k, word in enumerate(words):
        if word not in verbs or before_not.intersection(words[max(0, k - 2):k]):
            continue  # "would be sold", "plans to buy", "was not sold"
        for j in range(k + 1, min(len(words), k + 1 + reach)):
            if words[j] in links and _price(words, j + 1, currencies):
                return f"{word} ... {words[j]}"
    return None
