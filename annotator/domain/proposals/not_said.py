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


@lru_cache(maxsize=8)
def _otherwise(language: str) -> dict:
    raw = cue_file(language).get("context40_not_speech", {})
    return {key: frozenset(raw.get(key, ())) for key in (
        "naming", "indefinite", "summoning", "summoned_to", "irregular_passives", "nouns",
        "noun_after", "adding", "numbers")}


NAMING_REACH = 3  # words between "a"/"an" and the naming participle ("a tea trading firm")
SUMMON_REACH = 4  # words after "called" where "to" stands ("called both sides to")


NAME_REACH = 4  # words of the name a naming participle gives, before its closing comma


def _name_closed(text: str, tokens, start: int) -> bool:
    """The name from ``start`` is closed by a comma within ``NAME_REACH`` words, every word
    before it capitalised or quoted ("The app, called Ajo, lets"): a name given in an aside.
    "The minister, speaking on Tuesday, called Smith a liar" goes on in lower case: speech."""
    for k in range(start, min(len(tokens), start + NAME_REACH)):
        if k > start and "," in text[tokens[k - 1].end():tokens[k].start()]:
            return True
        if not _capitalised_or_quoted(text, tokens, k):
            return False
    return start + NAME_REACH >= len(tokens) or "," in text[
        tokens[min(len(tokens), start + NAME_REACH) - 1].end():][:2]


def _indefinite_object(fam: dict, words: list[str], at: int) -> bool:
    """"a"/"an" a few words before the participle, not opening the sentence ("formed a group
    called ...", "a tea trading firm called Nyika Leaf"): a thing named. "A spokesman called
    Smith a liar" opens with it: the subject speaks."""
    return any(w in fam["indefinite"] and k > 0
               for k, w in enumerate(words[:at - 1]) if k >= at - 1 - NAMING_REACH)


def _capitalised_or_quoted(text: str, tokens, at: int) -> bool:
    """The token at ``at`` is a name: capitalised, or opened by a quotation mark."""
    if at >= len(tokens):
        return False
    gap = text[tokens[at - 1].end():tokens[at].start()]
    return tokens[at].group()[:1].isupper() or any(ch in gap for ch in "\"\u201c'\u2018")


def used_otherwise(lex: Lexicon, tokens, words: list[str], at: int) -> bool:
    """The speech word at ``at`` says nothing in its sentence (fortieth round, branch
    w15ctx3; data ``context40_not_speech``):

    - a participle that names a thing: "The app, called Ajo, lets traders ..." (a comma
      right before it) or "a firm called Nyika Leaf" (``indefinite`` a few words before),
      a name after it;
    - a summons: "called both sides to a mediation meeting" (``summoned_to`` after "to");
    - a passive whose participle has no "-ed" ("Temperatures are forecast to drop"): the
      "-ed" passives were read already;
    - a noun after a verb's "-ing" form ("has begun assessing claims", ``noun_after``
      too: "claims for the damaged homes"), as after a determiner;
    - "adds" right after its subject with a number in words and no clause after it ("The
      extension adds three stops"), as with a figure (``adds_a_thing``)."""
    fam = _otherwise(lex.language)
    if not fam["naming"] or at == 0 or at >= len(tokens):
        return False
    word, text = words[at], tokens[0].string
    gap = text[tokens[at - 1].end():tokens[at].start()]
    if word in fam["naming"] and _capitalised_or_quoted(text, tokens, at + 1) and (
            "," in gap and _name_closed(text, tokens, at + 1)
            or _indefinite_object(fam, words, at)
            and not any(ch in gap for ch in ",;:\"\u201c\u201d")):
        return True
    if word in fam["summoning"]:
        for k in range(at + 1, min(len(words), at + 1 + SUMMON_REACH)):
            if words[k] == "to" and any(w in fam["summoned_to"] for w in words[k + 1:k + 4]):
                return True
    if word in fam["irregular_passives"] and words[at - 1] in lex.passive_auxiliaries:
        return at + 1 >= len(words) or words[at + 1] not in lex.passive_by
    if word in fam["nouns"]:
        return (words[at - 1].endswith("ing") and len(words[at - 1]) > 4
                and tokens[at - 1].group()[:1].islower()) or (  # not "Manning claims"
            at + 1 < len(words) and words[at + 1] in fam["noun_after"])
    if word in fam["adding"] and at + 1 < len(words) and words[at + 1] in fam["numbers"]:
        return not any(ch in gap for ch in ",;:\"\u201c\u201d'\u2018\u2019") and not _clause_after(
            lex.language, tokens, words, at + 1)
    return False


def _clause_after(language: str, tokens, words: list[str], start: int) -> bool:
    """A finite verb or "that" (``context38_adding_a_thing`` "clause") after ``start``,
    before the next comma or the end: what follows is a clause, said."""
    clause = _adding(language)[2]
    text = tokens[0].string
    for k in range(start, len(words)):
        if k > start and "," in text[tokens[k - 1].end():tokens[k].start()]:
            return False
        if words[k] in clause:
            return True
    return False
