"""The wrong named by setting it against what the thing is called (issue 11 item 1,
twenty-eighth round, second pass).

The guidelines: an accusation attributes a wrongful act to an identifiable party; naming the
act is enough, and a judgement of the wrong is the accuser's stance. The accusing side most
often names it in its own words by denying the name the thing goes by and giving it its
own: "It is not a price change, it is an ambush", "These children are not orphans. They
are the product the home is selling", "Ini bukan eliminasi terukur, ini peracunan
sembarangan". The rules read a claim: no word of a wrong need stand in the second half.

Read here: a copular negation (``negated``: "is not", "was not", "bukan") and, after the
words it negates and a stop or a comma, the thing named again (``again``: "it is", "this
was", "they are", "ini", "itu", "melainkan"), within ``reach`` words. "But" and "tapi" are
left out: most often they concede ("They are not against medicine, but they are
careful"); so is "not only ... but", "bukan hanya ... tetapi" (``only`` right after the
negation: it adds), and the thing named again negated too ("It is not lying, but it is not
the whole story": ``not_after`` within two words). dispute.py reads it only in a quotation
(the speaker's own words) over the claim of reported speech, in an article with an
allegation before, and never from the accused side, one that denied, or a bystander:
"Skema itu bukan pengadaan barang, melainkan kerja sama" from the accused side is its
denial. The word lists are data (data/cues/<language>.json, ``accuse28b_reframed``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

KEY = "accuse28b_reframed"


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern | None:
    raw = cue_file(language).get(KEY, {})
    negated, again = raw.get("negated", []), raw.get("again", [])
    if not negated or not again:
        return None
    only = raw.get("only", [])
    reach = int(raw.get("reach", 8))

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                        sorted(words, key=len, reverse=True))

    skip = rf"(?!(?:{alt(only)})\b)" if only else ""
    not_after = raw.get("not_after", [])
    asserted = rf"(?!(?:\s+[^\s.,;]+){{0,2}}\s+(?:{alt(not_after)})\b)" if not_after else ""
    # the negation, up to ``reach`` words it negates (no stop inside), a stop or a comma (a
    # closing quotation mark may stand by it), the thing named again
    return re.compile(
        rf"\b(?:{alt(negated)})\s+{skip}((?:[^\s.,;:!?\"“”]+\s+){{0,{reach - 1}}}"
        rf"[^\s.,;:!?\"“”]+)\s*[.,;:—–]\s*[\"“”]?\s*(?:{alt(again)})\b{asserted}",
        re.IGNORECASE)


def reframed(text: str, language: str) -> str | None:
    """The words of a reframing ("not a price change, it is"), else None (module doc)."""
    pattern = _pattern(language)
    found = pattern.search(text) if pattern is not None else None
    return " ".join(found.group(0).split()) if found else None
