"""A plan added after a quotation is not what the sentence says (issue 11, thirty-second
round, bug fix from the lead's try on an article of his own).

'"At no point were our workers put at risk," the spokesman said, adding that the company
would cooperate with any inquiry.': the plan reading took "would" after "adding" and
proposed context, a plan, for the accused side's denial. Without the tail the same sentence
was proposed a denial. A sentence that opens with a quotation says what the quotation says;
a plan the speaker adds after the attribution ("said, adding that ...", "said, and added
that ...") is a second, lesser statement. So the plan reading skips a plan word whose nearest
speech verb before it is one of ``verbs`` standing after the quotation's close and after
another speech verb (the attribution). A quotation that is itself a plan ('"We will appeal,"
she said') and a plan right after the first speech verb are read as before.

Words: data ``context32_added_tail`` in data/cues/{en,id}.json (``verbs``).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@lru_cache(maxsize=8)
def _verbs(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("context32_added_tail", {}).get("verbs", ()))


def added_tail(language: str, tokens, words: list[str], text: str,
               inside: list[tuple[int, int]], at: int, verbs: list[int]) -> bool:
    """The plan word at ``at`` stands in what the speaker added after an opening quotation."""
    adding = _verbs(language)
    if not adding or not inside or text[:inside[0][0]].strip(" \t\"'\u201c\u2018"):
        return False  # the sentence does not open with the quotation
    close = inside[0][1]
    after = sorted(v for v in verbs if tokens[v].start() >= close and v < at)
    if len(after) < 2:
        return False
    return words[after[-1]] in adding
