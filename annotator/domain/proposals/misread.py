"""Cue words read in a sense they do not have in the sentence (issue 11 item 1,
twenty-eighth round, third wave).

The guidelines label the act a sentence reports. A cue word may stand in a sentence in
another sense, and then the sentence's own wording says it is no such act:

* a verb of rejecting inside a restrictive relative clause describes who is meant: "rumah
  sakit yang terbukti menolak pasien gawat darurat dapat dikenai sanksi", "seorang ketua
  yang menolak disebut namanya mengaku ...", "shops that refused the recall notice"; a
  clause set off by commas ("Budi, yang menolak tuduhan itu, ...") tells what Budi did and
  is left alone, as is what was rejected ("tuduhan yang ditolak");
* the accused side's denial added as an aside after the allegation, at the sentence's end:
  "Fishers say the company cleared the mangroves, a charge the company denies", "...,
  tuduhan yang dibantah perusahaan": the sentence reports the allegation, the denial is
  told in passing; the aside's noun names what came before an allegation, so the sentence
  is the accusation (a noun that names no allegation, "a decision Beijing rejects", only
  takes the denial away);
* a word of denial that with the word before it names the offence alleged ("penyebaran
  berita bohong", "menyebarkan hoaks": spreading hoaxes) denies nothing;
* "the accused" as a noun (the defendants: "one of the accused was stopped at a
  checkpoint") names people, it accuses nobody;
* "charged" with a sum or "to" and a number ("she was charged A$495", "was charged to 11
  different customers") is a bill, not a criminal charge; so is "charged" with customers
  counted as the ones charged ("fewer than one in 200 passengers were charged"), unless
  "with" an offence follows (round 33: the reading of people counted, not named, took it
  for enforcement against them).

The word lists are data (data/cues/<language>.json, ``misread28c``); reading.py asks
here before it takes a cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals import deeds
from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "misread28c"
_STOPS = ",;:.()\"“”—–"


@lru_cache(maxsize=8)
def _data(language: str) -> dict:
    return cue_file(language).get(KEY, {})


def relative_refusal(lex: Lexicon, text: str, tokens, words: list[str], at: int) -> bool:
    """The denial cue at ``at`` is a verb of rejecting in a restrictive relative clause
    about someone or something named before it (module doc)."""
    raw = _data(lex.language).get("relative", {})
    if not raw or words[at] not in raw.get("verbs", ()):
        return False
    between = set(raw.get("between", ()))
    k = at - 1
    while k > 1 and at - k <= 2 and words[k] in between:
        k -= 1
    if k < 1 or words[k] not in raw.get("relatives", ()):
        return False
    before = words[k - 1]
    if not before.isalpha() or before in lex.statement_nouns or (before,) in lex.speech \
            or before in raw.get("not_before", ()):
        return False
    gap = text[tokens[k - 1].end():tokens[k].start()]
    return not any(ch in gap for ch in _STOPS)


def offence_name(lex: Lexicon, words: list[str], at: int) -> bool:
    """The denial cue at ``at`` names an offence with the word before it (``offence_names``:
    "penyebaran berita bohong", "menyebarkan hoaks": what is alleged, no denial; "Itu
    berita bohong" still denies) (module doc)."""
    nouns = _data(lex.language).get("offence_names", {}).get(words[at], ())
    return at > 0 and words[at - 1] in nouns


def denial_aside(lex: Lexicon, text: str, tokens, words: list[str], at: int) -> str | None:
    """The words of a closing aside the denial cue at ``at`` stands in, else None: after
    the sentence's last comma, a noun (``nouns``, after an article or none) opens it, and
    the cue is a verb of denying (``verbs``) (module doc). ``alleged`` (below) tells whether
    the noun names an allegation."""
    raw = _data(lex.language).get("aside", {})
    if not raw or words[at] not in raw.get("verbs", ()):
        return None
    start = tokens[at].start()
    comma = text.rfind(",", 0, start)
    if comma < 0 or any(ch in text[comma + 1:start] for ch in _STOPS):
        return None
    if any(ch in text[tokens[at].end():].rstrip().rstrip(".\"”’'") for ch in _STOPS):
        return None  # the aside must close the sentence
    first = next((k for k in range(at) if tokens[k].start() > comma), None)
    if first is None or first == 0:
        return None
    k = first + (words[first] in raw.get("articles", ()))
    if k < at and words[k] in raw.get("nouns", ()):
        return " ".join(words[k:at + 1])
    return None


def alleged(lex: Lexicon, aside: str) -> bool:
    """The aside's noun names an allegation (``alleged``: "a charge the company denies"):
    the sentence before it states the allegation; "a decision Beijing rejects" does not."""
    return aside.split()[0] in _data(lex.language).get("aside", {}).get("alleged", ())


def noun_sense(lex: Lexicon, text: str, tokens, words: list[str], at: int) -> bool:
    """The accusation cue at ``at`` is a noun or a bill, not an act of accusing: "the
    accused" (``as_noun`` after a ``determiners`` word), "charged" with a sum or "to" and
    a number (``billed``) (module doc)."""
    raw = _data(lex.language)
    word = words[at]
    if word in raw.get("as_noun", ()) and at > 0 and words[at - 1] in raw.get(
            "determiners", ()) and not any(ch in text[tokens[at - 1].end():tokens[at].start()]
                                           for ch in _STOPS):
        return True
    if word not in raw.get("billed", ()):
        return False
    pattern = _billed(lex.language)
    return (pattern is not None and bool(pattern.match(text, tokens[at].end()))) or \
        customers_billed(lex, words, at) or billed_in_error(lex, text, tokens, words, at)


BILLED_ERROR = "misread38_billed_error"


def billed_in_error(lex: Lexicon, text: str, tokens, words: list[str], at: int) -> bool:
    """"charged" at ``at`` is money billed: an ``amounts`` noun right before it ("would
    refund any amount charged in error", "the sums charged"), or people billed
    (``billed_people``, only ``billed_between`` words between) before it and an ``after``
    phrase right after it ("customers charged in error", "passengers were charged twice"),
    not followed by a ``not_after`` word ("drivers were charged twice with speeding" stays
    a charge; "the suspect was charged in error" too: no people billed) (thirty-eighth
    round, bug fix t38e1: a supplier's offer to refund what was "charged in error" was read
    as a charge it brought, then as the accused side blaming another: a denial)."""
    raw = cue_file(lex.language).get(BILLED_ERROR, {})
    if not raw or at == 0:
        return False
    if words[at - 1] in raw.get("amounts", ()) and not any(
            ch in text[tokens[at - 1].end():tokens[at].start()] for ch in _STOPS):
        return True
    between = set(_data(lex.language).get("billed_between", ()))
    k = at - 1
    while k > 0 and at - k <= 4 and words[k] in between:
        k -= 1
    if words[k] not in _data(lex.language).get("billed_people", ()):
        return False
    for phrase in raw.get("after", ()):
        parts = phrase.split()
        end = at + 1 + len(parts)
        if words[at + 1:end] != parts or any(
                ch in text[tokens[j - 1].end():tokens[j].start()]
                for j in range(at + 1, end) for ch in _STOPS):
            continue
        return end >= len(words) or words[end] not in raw.get("not_after", ())
    return False


def customers_billed(lex: Lexicon, words: list[str], at: int) -> bool:
    """"charged" at ``at`` bills customers (``billed_people``) counted, not named: they
    stand before it, a number or a word of counting before them, with only auxiliaries
    between ("fewer than one in 200 passengers were charged", "thousands of customers had
    been charged for the insurance"); a charge "with" an offence, "over", "after" something
    stays a charge ("12 passengers were charged with assault") (round 33, module doc)."""
    raw = _data(lex.language)
    if at + 1 < len(words) and words[at + 1] in raw.get("billed_not_after", ()):
        return False
    between = set(raw.get("billed_between", ()))
    k = at - 1
    while k >= 0 and at - k <= 4 and words[k] in between:
        k -= 1
    if k < 1 or k == at - 1 or words[k] not in raw.get("billed_people", ()):
        return False
    count = k - 2 if words[k - 1] == "of" and k > 1 else k - 1  # "thousands of customers"
    return words[count][:1].isdigit() or deeds.counted_word(lex, words[count])


def attributive(lex: Lexicon, text: str, tokens, words: list[str], at: int) -> bool:
    """The denial cue at ``at`` is a participle (``participles``) used as an adjective: a
    number that is not a year or a word of ``before`` right before it, a lowercase word
    that is no word of ``not_after`` right after it, nothing of punctuation between
    (module doc)."""
    raw = cue_file(lex.language).get(ATTRIBUTIVE, {})
    if not raw or words[at] not in raw.get("participles", ()) or at == 0 \
            or at + 1 >= len(words):
        return False
    before, after = words[at - 1], words[at + 1]
    counted = before[:1].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", before)
    if not (counted or before in raw.get("before", ())):
        return False
    if not (after.isalpha() and tokens[at + 1].group()[:1].islower()) \
            or after in raw.get("not_after", ()) or after in lex.prepositions:
        return False
    return not any(ch in text[tokens[at - 1].end():tokens[at + 1].start()] for ch in _STOPS)


ATTRIBUTIVE = "misread34_attributive"
DISPUTE_NOUN = "misread37_dispute_noun"


def dispute_noun(lex: Lexicon, words: list[str], at: int) -> bool:
    """The denial cue at ``at`` begins with "dispute(s)" (``nouns``) used as a noun: a
    determiner, a possessive or a modifier (``before``) stands right before it ("the
    dispute that followed", "their disputes that began in March"); "Ms Tranter disputes
    that" stays a denial (thirty-seventh round)."""
    raw = cue_file(lex.language).get(DISPUTE_NOUN, {})
    if not raw or at == 0 or words[at] not in raw.get("nouns", ()):
        return False
    return words[at - 1] in raw.get("before", ())


@lru_cache(maxsize=8)
def _billed(language: str) -> re.Pattern | None:
    after = _data(language).get("billed_after")
    return re.compile(after) if after else None
