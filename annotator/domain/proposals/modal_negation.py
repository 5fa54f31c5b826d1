"""A negation that carries a plan, an ability or a change is no rebuttal (issue 11,
twenty-first round).

dispute.py reads a reported statement with a rebuttal word ("tidak", "no", "never") after
an allegation as the reply that answers it ("answers the accusation before: 'tidak'"). A
negation followed by a word of the future or of ability tells what will not be done or
cannot be done ("kementerian tidak akan menoleransi kekerasan": a pledge; "Beberapa pemain
sudah tidak bisa bayar kos": a harm the accusing side tells), and "no longer" tells a change
("a market that no longer exists"): none of them says the allegation is false. Readable
sets: 2 of the 4 denials read from "tidak" alone (none of them gold denials) were such; one
is now the claim it is, the other (a ministry's pledge, gold context) a claim. The rebuttal
word is left to the rest of the sentence (another rebuttal word, a defence) or to the
reading before it. Words in data/cues/{en,id}.json, key
``label21_modal_negation``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file


@lru_cache(maxsize=8)
def _after(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("label21_modal_negation", {}).get("after", ()))


def modal_negation(words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """Whether the negation at ``words[start:end]`` carries a plan, an ability or a change
    (the word right after it is one of the list's)."""
    return words[start] in lex.negations and end < len(words) and \
        words[end] in _after(lex.language)
