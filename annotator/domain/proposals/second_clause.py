"""Procedure to come in a second reported clause does not decide the sentence (issue 11,
thirty-third round, bug fix from a try on articles of the lead's own).

'She said hours had been reduced for about 300 workers across all three shifts, not only
for union supporters, and that full schedules would resume in January.' (the accused
employer's spokeswoman): "would resume" in the second reported clause was read as
procedure to come and the sentence proposed as context; its first clause answers the
allegation (a denial). A speaker who reports two things, the second joined by ", and that"
(``links``), says first what the sentence is about; what is to come in the second clause is
a lesser statement. So the reading of procedure to come skips a future word standing after
such a link, when the link follows the speech verb with at least ``min_first`` words of a
first clause between and a comma right before the link. A plan right after the speech verb
("said it would resume ... and that ...") and a single clause ("said full schedules would
resume") are read as before.

Thirty-fourth round (a bug fix from the lead's try): a link of ``bare_links`` ("and that")
needs no comma before it. 'She said no officer had removed an identification number and
that body-worn camera footage would be reviewed.' (the accused police force's
superintendent) was proposed as context for "would be reviewed"; its first clause denies
the allegation. The first clause still needs ``min_first`` words.

Words: data ``context33_second_clause`` in data/cues/{en,id}.json (``links``,
``min_first``, ``bare_links``).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[dict, int, frozenset[tuple[str, ...]]]:
    raw = cue_file(language).get("context33_second_clause", {})
    return (_phrases(raw.get("links", [])), int(raw.get("min_first", 0)),
            frozenset(tuple(p.split()) for p in raw.get("bare_links", [])))


def in_second_clause(language: str, tokens, words: list[str], at: int,
                     verbs: list[int]) -> bool:
    """The word at ``at`` stands in a second reported clause (", and that ...") after a
    first clause of the speech verb's: a comma right before the link, or none for a link of
    ``bare_links`` ("and that")."""
    links, min_first, bare = _data(language)
    if not links or not verbs or not tokens:
        return False
    for s, e in find(links, words):
        if not e <= at:
            continue
        before = [v for v in verbs if v < s]
        if not before or s - max(before) - 1 < min_first:
            continue
        gap = tokens[0].string[tokens[s - 1].end():tokens[s].start()]
        if "," in gap or tuple(words[s:e]) in bare:
            return True
    return False
