"""A speech verb that says nothing in its sentence (twenty-seventh round, second pass;
reading._not_speech asks this): the verb with an object no one says, data
``context27b_not_said`` in ``data/cues/<language>.json``:

- ``objects``: the verb, then right after it a thing it takes that is not what anyone says
  ("Shipping lines have also added their own congestion fees": fees added, nothing said;
  "yang mencatat waktu 4 menit 12 detik": a time recorded by a racer);
- ``works``: a verb of telling after a work's noun within three words before it ("Film itu
  bercerita tentang ...", "The novel tells of ..."): the work's story, nobody speaking
  (a person who "bercerita tentang" what happened still speaks);
- ``things`` (thirty-third round): "added"/"adds" right after its subject and followed by
  an indefinite article or a figure ("The $4.2 million project added a children's wing",
  "The new timetable adds 40 buses"): a thing added, nothing said. After a quotation or a
  comma ('"...," added a council spokesman') the verb stays speech."""

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


@lru_cache(maxsize=8)
def _things(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("context27b_not_said", {}).get("things", {})
    return frozenset(raw.get("verbs", ())), frozenset(raw.get("openers", ()))


def adds_a_thing(lex: Lexicon, tokens, words: list[str], at: int) -> bool:
    """The verb at ``at`` adds a thing ("The project added a children's wing"), right after
    its subject: no speech (``things``)."""
    verbs, openers = _things(lex.language)
    if words[at] not in verbs or at == 0 or at + 1 >= len(words):
        return False
    nxt = words[at + 1]
    if nxt not in openers and not nxt[:1].isdigit():
        return False
    text = tokens[at].string
    gap = text[tokens[at - 1].end():tokens[at].start()]
    return not any(ch in gap for ch in ",;:\"\u201c\u201d'\u2018\u2019")


@lru_cache(maxsize=8)
def _adding(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("context38_adding_a_thing", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("openers", ())),
            frozenset(raw.get("clause", ())))


def adding_a_thing(lex: Lexicon, tokens, words: list[str], at: int) -> bool:
    """"adding" at ``at``, after a comma, takes a thing as its object ("will expand its plant
    at Wilton, adding a second production line by the end of next year", "adding 50 jobs"):
    no speech (thirty-eighth round, w11left384; data ``context38_adding_a_thing``). Not
    when a clause follows ("adding that ...", "adding the firm had been told"), nor a
    quotation, before the next comma or the end."""
    verbs, openers, clause = _adding(lex.language)
    if words[at] not in verbs or at == 0 or at + 1 >= len(words):
        return False
    text = tokens[at].string
    if "," not in text[tokens[at - 1].end():tokens[at].start()]:
        return False
    nxt = words[at + 1]
    if nxt not in openers and not nxt[:1].isdigit() and not nxt.startswith(("£", "$", "€")):
        return False
    for k in range(at + 1, len(words)):
        gap = text[tokens[k - 1].end():tokens[k].start()]
        if k > at + 1 and any(ch in gap for ch in ",;:"):
            break
        if any(ch in gap for ch in "\"\u201c\u201d") or words[k] in clause:
            return False
    return not any(ch in text[tokens[at].end():] for ch in "\"\u201c\u201d")
