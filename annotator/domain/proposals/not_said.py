"""A speech verb that says nothing in its sentence (twenty-seventh round, second pass;
reading._not_speech asks this): the verb with an object no one says, data
``context27b_not_said`` in ``data/cues/<language>.json``:

- ``objects``: the verb, then right after it a thing it takes that is not what anyone says
  ("Shipping lines have also added their own congestion fees": fees added, nothing said;
  "yang mencatat waktu 4 menit 12 detik": a time recorded by a racer);
- ``works``: a verb of telling after a work's noun within three words before it ("Film itu
  bercerita tentang ...", "The novel tells of ..."): the work's story, nobody speaking
  (a person who "bercerita tentang" what happened still speaks)."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

WORK_REACH = 3  # words before the verb of telling where the work's noun stands


@lru_cache(maxsize=8)
def _family(language: str) -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str],
                                     frozenset[str]]:
    raw = cue_file(language).get("context27b_not_said", {})
    objects = {verb: tuple(tuple(o.split()) for o in after)
               for verb, after in raw.get("objects", {}).items()}
    works = raw.get("works", {})
    return objects, frozenset(works.get("verbs", ())), frozenset(works.get("nouns", ()))


def not_said(lex: Lexicon, words: list[str], at: int) -> bool:
    """The speech verb at ``at`` takes an object nobody says, or tells a work's story."""
    objects, telling, works = _family(lex.language)
    for thing in objects.get(words[at], ()):
        if tuple(words[at + 1:at + 1 + len(thing)]) == thing:
            return True
    return words[at] in telling and any(w in works for w in words[max(0, at - WORK_REACH):at])
