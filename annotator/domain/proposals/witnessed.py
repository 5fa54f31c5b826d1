"""The article's own narration of what was seen, heard, filmed or photographed ("Two
neighbours saw the truck pull up at the river bank", "The ship was photographed by a patrol
plane alongside a tanker", "Mobil yang sama terlihat di dekat gudang"): evidence,
a claim by the guidelines (data/guidelines.md, "claim": "what was shipped, seen, counted,
found or done").

Read as structure: a verb of perception, active after its subject or passive after what
was seen; not a view ("seen as", "dianggap sebagai"), not a trend ("saw a rise in"), not a
manner ("tampak tenang": "terlihat", "tampak" need a place or an act after them), not a
hearing ("The tribunal heard the appeal", "while the case is heard"), not a
possibility or a rule (``measured._possible``), not negated. The families are data,
``context12_witnessed`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import not_the_act
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

OBJECT_REACH = 3  # words after the verb where "as" or a trend's noun would stand
NEEDS_REACH = 2  # words after "terlihat", "tampak" where a place or an act must stand


@dataclass(frozen=True)
class Witnessed:
    verbs: dict[tuple[str, ...], float]
    not_after: frozenset[str]
    not_before: frozenset[str]  # "while the case is heard": a hearing (twenty-sixth round)
    needs: dict[str, frozenset[str]]  # "terlihat": perception only before "di", "sedang"


@lru_cache(maxsize=8)
def witnessed(language: str) -> Witnessed:
    raw = cue_file(language).get("context12_witnessed", {})
    return Witnessed(_phrases(raw.get("verbs", [])), frozenset(raw.get("not_after", ())),
                     frozenset(raw.get("not_before", ())),
                     {verb: frozenset(after) for verb, after in raw.get("needs", {}).items()})


def seen(lex: Lexicon, words: list[str], possible) -> str | None:
    """The verb of perception where the narration tells what was seen, else None."""
    fam = witnessed(lex.language)
    for s, e in find(fam.verbs, words):
        if s == 0 or any(w in lex.negations for w in words[max(0, s - 2):s]):
            continue  # an opening verb has no subject: "Seen from the air, ..."
        if not_the_act.perception_meant(lex, words, s):
            continue  # "untuk menyaksikan lomba": what people came to do (28b)
        if any(w in fam.not_before for w in words[max(0, s - OBJECT_REACH):s]):
            continue  # "while the case is heard": a tribunal hears it, procedure
        if any(w in fam.not_after for w in words[e:e + OBJECT_REACH]) or possible(
                lex, words, s):
            continue
        needed = fam.needs.get(" ".join(words[s:e]))
        if needed and not any(w in needed for w in words[e:e + NEEDS_REACH]):
            continue  # "tampak tenang": a manner, nothing seen
        return " ".join(words[s:e])
    return None
