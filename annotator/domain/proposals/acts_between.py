"""A common noun is not the description of a name when an act stands between them, nineteenth
round (issue 11, speakers): "The energy regulator has fined Brightwell Energy", "The water
regulator ordered Clearbrook Water to ...". The rules before kept a noun a few words before
a name as the name's description ("the Canadian company Meridian Metals") unless one of the
lexicon's verbs of saying or accusing stood between (entities._verb_between); an
auxiliary, a preposition or a verb in "-ed" (fined, ordered, sanctioned) between them makes
the noun another party's, most often the one acting on the name. Naming participles stay
("the company called Meridian", "a charity named Safe Passage").

A fixture between them, thirty-ninth round (bug fix w14c4): "when the club hosts Stockport",
"after the team beat Wrexham": the name is the other side of the match.

Words: data/cues/en.json, "speaker19_en" ("acts_between", "naming", "fixtures").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "speaker19_en"


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return frozenset(raw.get("acts_between", ())), frozenset(raw.get("naming", ()))


@lru_cache(maxsize=4)
def _fixtures(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get(KEY, {}).get("fixtures", ()))


def fixture_between(between: list[str], lex: Lexicon) -> bool:
    """Whether the lower-cased words between a noun and a name hold a fixture's verb
    ("when the club hosts Stockport", "after the team beat Wrexham"): the name is the other
    side of the match, never what the noun describes (thirty-ninth round, bug fix w14c4;
    data "speaker19_en", "fixtures": the present forms and the pasts not in "-ed")."""
    fixtures = _fixtures(lex.language)
    return bool(fixtures) and any(w.strip(",.'’\"“”") in fixtures for w in between)


def acted_between(between: list[str], lex: Lexicon) -> bool:
    """Whether the lower-cased words between a noun and a name hold an act (English)."""
    if lex.language != "en" or not between:
        return False
    acts, naming = _words(lex.language)
    for word in between:
        bare = word.strip(",.'’\"“”")
        if bare in acts or bare.endswith("ed") and len(bare) > 4 and bare not in naming:
            return True
    return fixture_between(between, lex)
