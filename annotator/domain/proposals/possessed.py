"""Someone named by a role of another: "Keel's lawyer said", "Reid's wife told", "Istri
Budi menuturkan". The name in the phrase is whom the speaker belongs to, never the speaker.
The article's name for that role is taken where it gives one (roles.py, before this); else
the description as written (the guidelines: a description that singles out one person is
the source as written). Indonesian reads kin only: "Kuasa hukum X" or "Pelatih X" may be X
in the role.

The role nouns are data (data/cues/<language>.json, "speaker12_possessed").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

BLANKED_POSSESSIVE = "   "  # reading.normalise blanks "'s"
MODIFIERS = 2  # lower-case words before the role noun ("Keel's longtime lawyer")


@lru_cache(maxsize=8)
def role_nouns(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker12_possessed", {}).get("roles", ()))


def possessed_role(text: str, tokens, words: list[str], opens: int, end: int,
                   lex: Lexicon, name_word) -> tuple[int, int, int] | None:
    """(owner's first word, owner's end, the role's first word) when the subject from
    ``opens`` to ``end`` is a role of a named owner: "Keel's lawyer" (the owner before
    "'s", English), "kuasa hukum Sandra Keel" (the role before the owner, Indonesian);
    else None."""
    roles = role_nouns(lex.language)
    if end - opens < 2:
        return None
    if lex.head_first:
        k = opens + 1  # "Istri Budi", "istri korban" (a role noun, maybe capitalised)
        if words[opens] not in roles or k >= end:
            return None
        if not all(name_word(tokens, words, j, lex) for j in range(k, end)):
            return None
        return k, end, opens
    if words[end - 1] not in roles or not tokens[end - 1].group().islower():
        return None
    for j in range(end - 1, max(opens, end - 2 - MODIFIERS), -1):
        gap = text[tokens[j - 1].end():tokens[j].start()] if j > 0 else ""
        if gap == BLANKED_POSSESSIVE and name_word(tokens, words, j - 1, lex) and all(
                tokens[i].group().islower() for i in range(j, end)):
            first = j - 1
            while first > opens and name_word(tokens, words, first - 1, lex):
                first -= 1
            return first, j, j
    return None
