"""The accused side's reply to the allegation, as the guidelines read it (twelfth round):
"The accused side's reply is a denial when it argues against the allegation ... Only a
fact that does not bear on the allegation is a claim (it has co-operated with inspectors,
its output rose); a feeling, a plan or what happens next is context." So a statement the
accused side makes after an allegation is a denial by default, and a claim only when it
cannot bear on it. The rules that read feelings, plans, procedure, pledges and declining to
comment run before (reading.py: they make it context); what the party has done about the
matter is the lexicon's ``remedies`` (dispute.py). This module reads the two other
statements that are no reply, in both languages (``data/cues/<language>.json``, keys
``reply12_*``):

- a fact that cannot bear on the allegation (``reply12_unrelated``): the party's size and
  workforce ("employs 2,000 people", "mempekerjakan 300 warga"), its age and history
  ("has operated since 1990", "berdiri sejak 1995"), its output and business figures, its
  awards, what it gives its community. Not where one of those words is the allegation's
  own (a tax-evasion charge answered with "paid all its taxes" bears on it), nor where the
  sentence negates ("operated since 1990 without a single complaint" argues);
- an admission (``reply12_admissions``): the accused side saying it did it. It does not
  argue against the allegation; the guidelines name no label for it outside court, so it
  stays what the other rules read.

Who is on the accused side is dispute.py's (``Dispute.side``): it gates the default.
Why a default and not more cue words: over all the tuned-on sets' sentences whose speaker
the article had placed on the accused side, with an allegation known before, gold has about
five denials to one claim among the statements that are not context (the lead's count);
unseen text words its replies otherwise than any list.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise
from annotator.domain.proposals.wrongs import words_of

REPLIED = 0.55  # the reply default's strength: below a cue's and a read stance's (low)
SHARED = 5  # letters a word must have to count as one the allegation used


@dataclass(frozen=True)
class Replying:
    unrelated: dict[tuple[str, ...], float]
    verbs: frozenset[str]  # "employs", "mempekerjakan": with a count of people after
    nouns: frozenset[str]
    amounts: frozenset[str]  # counts written as words: "hundreds", "ribuan"
    within: int
    unless: frozenset[str]  # "without", "tanpa": the fact argues after all
    admissions: dict[tuple[str, ...], float]
    # a business figure's noun, then a verb of growth ("its milk output rose")
    grew: tuple[frozenset[str], frozenset[str], int]
    # a verb of operating, then "since"/"for" and a date or a span ("has farmed here since")
    since: tuple[frozenset[str], frozenset[str], frozenset[str], int]
    # a verb of producing, then a figure ("produced 180,000 tonnes of copper")
    produced: tuple[frozenset[str], int]
    # a verb of building or serving, a figure, then "since" and a year: the party's record
    # ("telah membangun lebih dari 1.500 rumah ... sejak 2010"; forty-third round, w19iden3)
    record: tuple[frozenset[str], frozenset[str], int] = (frozenset(), frozenset(), 0)
    heads: frozenset[str] = frozenset()  # every word that opens one of the classes above


@lru_cache(maxsize=8)
def replying(language: str) -> Replying:
    raw = cue_file(language)
    unrelated = raw.get("reply12_unrelated", {})
    counted = unrelated.get("counted", {})
    grew = unrelated.get("grew", {})
    since = unrelated.get("since", {})
    record = unrelated.get("record", {})
    found = Replying(_phrases(unrelated.get("phrases", [])),
                    frozenset(counted.get("verbs", ())), frozenset(counted.get("nouns", ())),
                    frozenset(counted.get("amounts", ())), int(counted.get("within", 4)),
                    frozenset(counted.get("unless", ())),
                    _phrases(raw.get("reply12_admissions", {}).get("phrases", [])),
                    (frozenset(grew.get("nouns", ())), frozenset(grew.get("verbs", ())),
                     int(grew.get("within", 5))),
                    (frozenset(since.get("verbs", ())), frozenset(since.get("links", ())),
                     frozenset(since.get("spans", ())), int(since.get("within", 5))),
                    (frozenset(unrelated.get("produced", {}).get("verbs", ())),
                     int(unrelated.get("produced", {}).get("within", 3))),
                    (frozenset(record.get("verbs", ())), frozenset(record.get("links", ())),
                     int(record.get("within", 4))))
    return dataclasses.replace(found, heads=found.verbs | found.grew[0] | found.since[0]
                               | found.produced[0] | found.record[0])


def allegation_words(text: str) -> set[str]:
    """The words of an allegation that a reply might take up (not short function words)."""
    return {w for w in words_of(text) if len(w) >= SHARED}


def shared(word: str, allegation: set[str] | frozenset[str]) -> bool:
    """The word is one the allegation used, in any inflection ("awarded" for "award",
    "mengekspor" for "ekspor")."""
    if len(word) < SHARED:
        return False
    return any(word == w or word in w or w in word for w in allegation)




def unrelated_fact(text: str, lex: Lexicon, allegation: set[str] | frozenset[str] = frozenset()
                   ) -> str | None:
    """The fact that cannot bear on the allegation, as written; None when the sentence gives
    none, negates anything, or takes up the allegation's own words for it."""
    tokens, words = reading_words(normalise(text))
    fam = replying(lex.language)
    if any(w in lex.negations or w in fam.unless for w in words):
        return None
    for s, e in find(fam.unrelated, words):
        raw = tokens[s].group()
        if s > 0 and raw[:1].isupper() and not raw.isupper():
            continue  # a word of a name ("Kemenko Perekonomian"), not a fact
        if not any(shared(w, allegation) for w in words[s:e]):
            return " ".join(words[s:e])
    for k, w in enumerate(words):
        if w not in fam.heads or shared(w, allegation):
            continue
        if w in fam.verbs:  # "employs 40 people", "mempekerjakan 300 warga"
            after = words[k + 1:k + 1 + fam.within]
            counted = [j for j, a in enumerate(after) if _counted(a, fam)]
            noun = [j for j, a in enumerate(after) if a in fam.nouns]
            if counted and noun and counted[0] < noun[0]:
                return " ".join(words[k:k + 2 + noun[0]])
        nouns, rising, reach = fam.grew
        if w in nouns:  # "its milk output rose", "produksi minyak sawit naik"
            for j in range(k + 1, min(len(words), k + 1 + reach)):
                if words[j] in rising or " ".join(words[j:j + 3]) in rising:
                    return " ".join(words[k:j + 1])
        verbs, links, spans, reach = fam.since
        if w in verbs:  # "has operated on the site since 1990", "berdiri sejak 1995"
            for j in range(k + 1, min(len(words) - 1, k + 1 + reach)):
                if words[j] in links and (_counted(words[j + 1], fam) or any(
                        a in spans for a in words[j + 1:j + 3])):  # "for three decades"
                    return " ".join(words[k:j + 2])
        verbs, reach = fam.produced
        if w in verbs:  # "produced 180,000 tonnes of copper", "menghasilkan 2 juta ton"
            for j in range(k + 1, min(len(words), k + 1 + reach)):
                if _counted(words[j], fam) and not any(
                        shared(a, allegation) for a in words[j:j + 4]):
                    return " ".join(words[k:j + 2])
        found = _record(words, k, fam)
        if found:
            return found
    return None


def _record(words: list[str], k: int, fam: Replying) -> str | None:
    """The party's record told from the verb at ``k``: a figure within reach after it, then
    "sejak"/"since" and a year later in the sentence ("perusahaan telah membangun lebih dari
    1.500 rumah di Surabaya dan Sidoarjo sejak 2010", "has built more than 200 kilometres of
    toll road since 2009"): what it has done over the years, no reply to the matter (a
    claim, by the guidelines). Not a count since a date in the months of the matter
    ("dititipkan ... sejak Juli"): the year is written."""
    verbs, links, reach = fam.record
    if words[k] not in verbs:
        return None
    counted = [j for j in range(k + 1, min(len(words), k + 1 + reach))
               if _counted(words[j], fam)]
    if not counted:
        return None
    for j in range(counted[0] + 1, len(words) - 1):
        if words[j] in links and _year(words[j + 1]):
            return " ".join(words[k:counted[0] + 1] + words[j:j + 2])
    return None


def _year(word: str) -> bool:
    """A year written in full ("2010")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _counted(word: str, fam: Replying) -> bool:
    """A figure, or a count written as a word ("hundreds", "ratusan")."""
    return any(c.isdigit() for c in word) or word in fam.amounts


def admitted(text: str, lex: Lexicon) -> str | None:
    """The admission the sentence makes ("admitted", "mengakui kesalahan"), not negated just
    before ("did not admit", "tidak mengakui")."""
    words = words_of(text)
    for s, e in find(replying(lex.language).admissions, words):
        if not any(w in lex.negations or w in ("never", "not") for w in words[max(0, s - 2):s]):
            return " ".join(words[s:e])
    return None


def no_reply(text: str, lex: Lexicon, allegation: set[str] | frozenset[str] = frozenset()
             ) -> str | None:
    """Why the accused side's statement is no reply to the allegation (a fact that cannot
    bear on it, an admission), or None; remembered (the dispute's rules ask up to three
    times a sentence, and the sentences before are read again on each key)."""
    key = (text, lex.language, frozenset(allegation))
    if key not in _NO_REPLY:
        if len(_NO_REPLY) >= 4096:
            _NO_REPLY.clear()
        _NO_REPLY[key] = _no_reply(text, lex, allegation)
    return _NO_REPLY[key]


_NO_REPLY: dict[tuple, str | None] = {}


def _no_reply(text: str, lex: Lexicon, allegation: set[str] | frozenset[str]) -> str | None:
    fact = unrelated_fact(text, lex, allegation)
    if fact:
        return f"a fact that cannot bear on the allegation: '{fact}'"
    owned = admitted(text, lex)
    if owned:
        return f"an admission: '{owned}'"
    receipt = receipt_acknowledged(text, lex)
    if receipt:
        return f"the complaint acknowledged as received: '{receipt}'"
    return None


RECEIPT_REACH = 3  # words between the receiving verb and the complaint's noun
_COPIES = frozenset({"tembusan", "salinan", "copy", "copies"})  # "menerima tembusan laporan"
_THE = frozenset({"the", "its", "that", "this"})


def receipt_acknowledged(text: str, lex: Lexicon) -> str | None:
    """The body saying it has received the complaint or the letter the article told of
    ("pihaknya sudah menerima surat tersebut", "pengadilan sudah menerima tembusan laporan
    itu", "said it had received the letter"): an acknowledgment that the matter reached it,
    no reply to what is alleged (a claim by the guidelines; forty-third round, w19iden4).
    The complaint named as one before ("itu", "tersebut", "the"); not negated ("belum pernah
    menerima laporan resmi": a reply)."""
    words = words_of(text)
    for k, w in enumerate(words):
        if w not in lex.receiving or any(a in lex.negations or a in ("never", "not")
                                         for a in words[max(0, k - 3):k]):
            continue
        after = words[k + 1:k + 1 + RECEIPT_REACH + 1]
        for j, a in enumerate(after):
            if a not in lex.complaint_nouns:
                continue
            before = after[:j]
            if any(b not in _COPIES and b not in _THE for b in before):
                break  # "menerima 14 laporan": a count, read as complaints received
            if lex.head_first and j + 1 < len(after) and after[j + 1] in lex.determiners_after \
                    or not lex.head_first and _THE & set(before):
                return " ".join(words[k:k + 1 + j + (2 if lex.head_first else 1)])
            break
    return None


_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ter", "ber", "peng", "pem", "pen",
             "pe")
_SUFFIXES_ID = ("kannya", "nya", "kan", "an", "i")
_SUFFIXES_EN = ("ing", "ed", "es", "s")


def stem(word: str, lex: Lexicon) -> str:
    """A word's stem as far as its affixes are regular (Indonesian me-/di-/ter-/ber-,
    -kan/-an/-i/-nya; English -ing/-ed/-s): "membuang" and "dibuang" are "buang", "dumped"
    and "dumping" are "dump"."""
    if lex.head_first:
        for p in _PREFIXES:
            if word.startswith(p) and len(word) - len(p) >= 4:
                word = word[len(p):]
                break
        for x in _SUFFIXES_ID:
            if word.endswith(x) and len(word) - len(x) >= 4:
                return word[:-len(x)]
        return word
    for x in _SUFFIXES_EN:
        if word.endswith(x) and len(word) - len(x) >= 4:
            return word[:-len(x)]
    return word


def the_alleged_act(phrase: str, lex: Lexicon, allegation: set[str] | frozenset[str]) -> bool:
    """The wrongful act a sentence names is the one the allegation named, in any
    inflection ("dibuang" for "membuang", "dumping" for "dumped"): told by the accused
    side, it is its own account of the act, not a new allegation."""
    stems = {stem(w, lex) for w in allegation}
    return any(len(w) >= 4 and stem(w, lex) in stems for w in words_of(phrase))


@lru_cache(maxsize=8)
def _context(language: str) -> tuple[dict[tuple[str, ...], float], frozenset[str],
                                      frozenset[str]]:
    raw = cue_file(language).get("reply12_context", {})
    return (_phrases(raw.get("verbs", [])), frozenset(raw.get("subjects", ())),
            frozenset(raw.get("between", ())))


def with_others(text: str, lex: Lexicon) -> str | None:
    """What the accused side says it does with the others in the matter, its own subject
    right before the verb ("it met the club", "pihaknya sedang mempelajari laporan itu",
    "perusahaan mendukung upaya pemerintah"): who met whom, a pledge of support,
    procedure, context by the guidelines; None otherwise ("the data supports its
    account": another subject, an argument; a sentence that negates argues too)."""
    verbs, subjects, between = _context(lex.language)
    words = words_of(text)
    if any(w in lex.negations for w in words):
        return None  # "we respect ..., and we do not tolerate retaliation": it argues
    for s, e in find(verbs, words):
        k = s - 1
        while k >= 0 and words[k] in between:
            k -= 1
        if k >= 0 and words[k] in subjects and not any(
                w in lex.negations for w in words[k:s]):
            return " ".join(words[k:e])
    return None
