"""A body as the subject of a plan ("Irwan menyebut pemkab akan menerapkan e-voting",
"Rudi mengatakan timnya akan membawa perkara itu ke BAORI"): the plan is a party's own,
context by the guidelines ("Promises, plans ... are context, and keep their speaker"),
not a thing's future (a prediction, a claim). reading._party_plans asks this beside its
pronouns, names and offices: a local government's short form ("pemkab", "pemprov"; data,
``narr26_plan_bodies`` in ``data/cues/<language>.json``) or an organisation's head noun
with the possessive "-nya" ("timnya", "perusahaannya": the speaker's own body).
Twenty-sixth round."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

POSSESSIVE = "nya"


@lru_cache(maxsize=8)
def _bodies(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("narr26_plan_bodies", {}).get("bodies", ()))


def plans(lex: Lexicon, word: str) -> bool:
    """``word``, right before a plan's word, names a body that plans."""
    if word in _bodies(lex.language):
        return True
    return (lex.language == "id" and word.endswith(POSSESSIVE)
            and word[:-len(POSSESSIVE)] in lex.org_heads)
