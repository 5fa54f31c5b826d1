"""A police appeal in the passive, with no speaker in the sentence (thirty-eighth round, issue
11, bug fix on branch w12speak4 from a blind try, t38c). English only; data: data/cues/en.json,
"speaker38_police_appeal".

"Anyone with information is asked to call 101, quoting log 1402 ...", "Witnesses are urged to
come forward": the closing appeal of a police story is the force's (the guidelines: an appeal
keeps its speaker; officials of one body speak as that body), when the article names exactly
one police force among its speakers ("West Yorkshire Police said"). Two forces named, or
none: nothing (the rules before decide)."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.kinds import PERSON
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.naming import known_or_new

KEY = "speaker38_police_appeal"


@lru_cache(maxsize=4)
def _data(language: str) -> tuple[re.Pattern, frozenset[str]] | None:
    raw = cue_file(language).get(KEY, {})
    if not raw.get("subjects"):
        return None
    alt = lambda key: "|".join(map(re.escape, raw.get(key, ())))  # noqa: E731
    pattern = re.compile(rf"^(?:{alt('subjects')})\b[^.;:]*?\b(?:{alt('auxiliaries')}) "
                         rf"(?:being )?(?:{alt('passives')}) to (?:{alt('acts')})\b",
                         re.IGNORECASE)
    return pattern, frozenset(w.casefold() for w in raw.get("forces", ()))


def police_appeal(index, text: str, lex: Lexicon):
    """The one police force the article names, as the speaker of a passive appeal for
    information opening the sentence, else None."""
    data = _data(lex.language)
    table = getattr(index, "table", None)
    if data is None or table is None or not data[0].match(text.strip().lstrip('"“')):
        return None
    forces = {e.name for e in table.entities if e.kind != PERSON
              and not data[1].isdisjoint(e.name.casefold().split())}
    if len(forces) != 1:
        return None
    force = next(iter(forces))
    return known_or_new(index, force, f"a police appeal in the passive: {force}, the one "
                                      f"police force the article names")
