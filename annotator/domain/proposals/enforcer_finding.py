"""What a body that inspects, regulates, audits, investigates or prosecutes says a party did
(issue 11, twenty-seventh round, second wave).

The guidelines: an accusation attributes a wrongful act to an identifiable party; enforcement
or a finding that names a party to the dispute as responsible is an accusation by the body
acting. findings.py reads the body's "found" with a wrong's word after it; the same finding
is most often told as reported speech with no word of a wrong, the act itself named:
"The Environment Agency said Greystone Waste Management had left waste uncovered", "the
regulator said BetHarbour allowed 812 self-excluded customers to bet", "Menurut penyidik,
aplikasi itu mengakses daftar kontak ponsel ...". The rules read these as the body's claim.

Two things make it the body's accusation here:

1. who speaks is such a body: a head word of ``accuse27b_enforcers.bodies``
   (data/cues/<language>.json: regulator, inspectorate, prosecutors, auditor; penyidik,
   jaksa, Bawaslu, BPOM) in the speaker's name or in the attribution (the words before the
   speech verb, or a closing "..., the regulator said"), not in the reported clause;
2. what it says names the wrong: the party the article holds responsible as the actor of
   the reported clause (``Dispute.accused_acts``: "said the app sent users' GPS
   coordinates"), or a wrong in the words of the lexicon (``wrongs.wrong_stated``: "the
   firm had not provided evidence"; a finding's own words of failure, label18_en
   ``found_wrongs``: "the trustees failed to keep proper records").

One who speaks for the prosecution in court, named with the role in the attribution
("Prosecuting, Stephen Maddox said", "Rachel Dunn, prosecuting, told the court": label
``court_roles``; thirty-fifth round, branch w6court1), is such a body for the accused's own
act only: the clause's actor is the accused (a word of a name the article held responsible
or that denied, or "the defendant": ``court_accused``) and its act a verb in the active past
("Prosecuting, Stephen Maddox said Tasker collected cash ... but paid in only £2,150"). Not
what a witness, a victim or an officer did ("said Mr Reeve returned home to find ..."), a
loss with no actor ("the hospice had lost £8,600"), the defence's account.

Not: a quotation (the body's officer in its own words, read as before), a negated reading,
the body placed on the accused side or one that denied ("Salford City Council said the
certificate had been issued by an approved inspector"), a figure or a result with no party
acting ("more than 18,000 refund requests had gone unanswered", "the ivory came from at
least 90 elephants"), the body's own act ("inspectors found 31 gaps"), a bystander.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.case_counts import counted_cases, counted_words
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.reading import ACCUSATION, CLAIM, LabelReading
from annotator.domain.proposals.wrongs import words_of, wrong_stated

KEY = "accuse27b_enforcers"
STRENGTH = 0.6  # a stance read without a cue (dispute.CONTINUED)
CLOSING_REACH = 8  # words at a sentence's end where a closing attribution stands
SUBJECT_REACH = 7  # tokens at the clause's opening where its actor stands
VERB_REACH = 8  # tokens after the actor where its verb stands
_QUOTE_MARKS = ('"', "“", "”")
_STRIP = ".,;:()\"'“”‘’"


@dataclass(frozen=True)
class _Lists:
    bodies: frozenset[str]
    fronted: frozenset[str]
    parties: frozenset[str]
    past: frozenset[str]
    passive: frozenset[str]
    not_actors: frozenset[str]
    active_prefixes: tuple[str, ...]
    not_acts: frozenset[str]
    clause_ends: frozenset[str]
    court_roles: frozenset[str]
    court_accused: frozenset[str]
    court_warned: frozenset[str] = frozenset()
    court_passive: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def _lists(language: str) -> _Lists:
    raw = cue_file(language).get(KEY, {})
    return _Lists(*(frozenset(raw.get(k, ())) for k in (
        "bodies", "fronted", "parties", "past", "passive", "not_actors")),
        tuple(raw.get("active_prefixes", ())), frozenset(raw.get("not_acts", ())),
        frozenset(raw.get("clause_ends", ())), frozenset(raw.get("court_roles", ())),
        frozenset(raw.get("court_accused", ())), frozenset(raw.get("court_warned", ())),
        frozenset(raw.get("court_passive", ())))


@lru_cache(maxsize=8)
def _own_wrongs(language: str) -> dict[tuple[str, ...], float]:
    raw = cue_file(language).get("label18_en", {}) if language == "en" else {}
    return {tuple(p.split()): 0.6 for p in raw.get("found_wrongs", ())}


def _word(token: str) -> str:
    return token.strip(_STRIP).casefold()


_PARTS: dict[tuple[str, int], tuple[Lexicon, tuple | None]] = {}
PARTS_KEPT = 1024  # sentences (a key reads about three, each three or four times)


def _parts(text: str, lex: Lexicon) -> tuple[list[str], list[str]] | None:
    """_read_parts, remembered by the sentence and the lexicon (kept beside it, so that its
    id is not reused): a sentence is asked by several rules on each of its readings. New
    lists each call: a caller may change them."""
    key = (text, id(lex))
    found = _PARTS.get(key)
    if found is None or found[0] is not lex:
        if len(_PARTS) >= PARTS_KEPT:
            _PARTS.clear()
        found = _PARTS[key] = (lex, _read_parts(text, lex))
    parts = found[1]
    return None if parts is None else (list(parts[0]), list(parts[1]))


def _read_parts(text: str, lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The tokens that say who speaks and the tokens of the reported clause: a fronted
    "Menurut X," / "According to X," up to its comma; a closing "..., the regulator said"
    after the clause's last comma; else the words before the first speech verb, the clause
    after it (a "that"/"bahwa" dropped). None without a speech verb."""
    tokens = text.split()
    words = [_word(t) for t in tokens]
    said = find(lex.speech, words)
    if not said:
        return None
    start, end = said[0]
    if " ".join(words[start:end]) in _lists(lex.language).fronted:
        comma = next((k for k in range(end, len(tokens)) if tokens[k].endswith(",")), None)
        if comma is None:
            return None
        return tuple(tokens[:comma + 1]), tuple(tokens[comma + 1:])
    if start >= len(words) - CLOSING_REACH:
        commas = [k for k in range(start) if tokens[k].endswith(",")]
        if not commas:
            return None
        return tuple(tokens[commas[-1] + 1:]), tuple(tokens[:commas[-1] + 1])
    clause = tokens[end:]
    while clause and _word(clause[0]) in ("that", "bahwa"):
        clause = clause[1:]
    return tuple(tokens[:start]), tuple(clause)


def enforcer(speaker: str | None, text: str, lex: Lexicon) -> str | None:
    """The head word of a body that inspects, regulates, audits, investigates or
    prosecutes among the words that say who speaks (the speaker's name, the attribution),
    else the role of one who prosecutes in court ("Prosecuting, X said"), else None."""
    parts = _parts(text, lex)
    said = [_word(t) for t in parts[0]] if parts else []
    lists = _lists(lex.language)
    words = [*words_of(speaker or ""), *said]
    return next((w for w in words if w in lists.bodies), None) or next(
        (w for w in words if w in lists.court_roles), None)  # a body named goes first


def prosecuting(speaker: str | None, text: str, lex: Lexicon) -> str | None:
    """The role of one who speaks for the prosecution in court, in the words that say who
    speaks ("Prosecuting for the Health and Safety Executive, Helen Price said", "Rachel
    Dunn, prosecuting, told the court": ``court_roles``), else None: that speaker is on the
    accusing side, whatever the article named before (thirty-sixth round)."""
    if not speaker:
        return None
    parts = _parts(text, lex)
    said = [_word(t) for t in parts[0]] if parts else []
    return next((w for w in said if w in _lists(lex.language).court_roles), None)


_PROSECUTOR = r"[Pp]rosecutor,?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,3}"


def prosecutor_speaks(speaker: str | None, text: str, lex: Lexicon) -> str | None:
    """Why the speaker speaks for the prosecution: a court role in the words that say who
    speaks (``prosecuting``), or "prosecutor" written right before the speaker's name
    ("prosecutor Amira Sethi said", "the prosecutor, Amira Sethi, told"); else None. Such a
    speaker is on the accusing side: its evidence is never a rebuttal (round 38, t38c4)."""
    role = prosecuting(speaker, text, lex)
    if role:
        return f"{speaker} speaks for the prosecution ('{role}')"
    if not speaker or lex.language != "en":
        return None
    last = speaker.split()[-1]  # the pattern needs "[Pp]rosecutor" and the name's last word
    named = "rosecutor" in text and last in text and re.search(  # written: made only then
        _PROSECUTOR + rf"{re.escape(last)}\b", text)
    return f"{speaker} speaks for the prosecution ('prosecutor')" if named else None


def _is_act(token: str, before: str, lists: _Lists, lex: Lexicon) -> bool:
    word = _word(token)
    if not word or word in lists.not_acts or word in lex.speech_suffixed \
            or find(lex.speech, [word]):
        return False
    if lex.language == "id":
        return word.startswith(lists.active_prefixes) and len(word) > 5
    return word in lists.past or (word.endswith("ed") and len(word) > 4)


def party_acts(clause: list[str], speaker: str | None, lex: Lexicon,
               nouns: frozenset[str] = frozenset()) -> str | None:
    """The reported clause's actor and its act: a party named (a word written with a
    capital that is not the speaker's, a day or a month) or called by a party's noun
    ("the firm", "staff", "aplikasi itu"), then, before the clause goes on, a verb in the
    active past ("Greystone Waste Management had left", "the app sent", "BetHarbour
    allowed", "aplikasi itu mengakses"). None otherwise."""
    lists = _lists(lex.language)
    own = set(words_of(speaker or ""))
    for i, token in enumerate(clause[:SUBJECT_REACH]):
        word = _word(token)
        if not word or word in own or word in lists.not_actors or word in lists.bodies:
            continue
        named = token.strip(_STRIP)[:1].isupper()
        noun = word in lists.parties or word.removesuffix("s") in lists.parties \
            or word in nouns
        if not (named or noun):
            continue
        for j in range(i + 1, min(len(clause), i + 1 + VERB_REACH)):
            if _word(clause[j]) in lists.clause_ends or _word(clause[j]) in lists.passive:
                break  # another clause, or the actor acted on ("was built", "had been")
            if _is_act(clause[j], _word(clause[j - 1]), lists, lex):
                return " ".join(_word(t) for t in clause[i:j + 1])
            if clause[j].endswith((",", ";", ":")):
                break
        return None
    return None


WARNED_REACH = 4  # tokens opening the clause where the accused stands before its warning


def warned_before(clause: list[str], lists: _Lists, accused: frozenset[str]) -> str | None:
    """The accused had been warned, told or advised of the danger before (thirty-sixth
    round): the clause opens with the accused (a word of its name, "the defendant", or a
    party's noun: "the firm", "the company"), then a passive of ``court_warned`` ("the firm
    had been warned about missing rails six weeks earlier", "the company was told to fence
    the pit"): the prosecution says the defendant knew and did nothing, its accusation.
    The words, else None."""
    words = [_word(t) for t in clause]
    for i, word in enumerate(words[:WARNED_REACH]):
        if not (word in accused or word in lists.court_accused or word in lists.parties):
            continue
        j = i + 1
        while j < len(words) and words[j] in lists.court_passive:
            j += 1
        if j > i + 1 and j < len(words) and words[j] in lists.court_warned \
                and words[j - 1] in lists.passive:
            return " ".join(words[i:j + 1])
    return None


def finding_stated(reading: LabelReading, speaker: str | None, text: str, lex: Lexicon,
                   accused: frozenset[str] = frozenset()) -> LabelReading | None:
    """The body's accusation where the rules read its reported speech as a plain claim
    and what it says names a wrong or a party's act; for one who prosecutes in court
    (``court_roles``), only the act of the accused (``accused``: the words of the names the
    article held responsible or that denied). None otherwise."""
    if reading.role != CLAIM or reading.negated \
            or not reading.reason.startswith("reported speech") \
            or text.lstrip().startswith(_QUOTE_MARKS):
        return None
    body = enforcer(speaker, text, lex)
    parts = _parts(text, lex) if body else None
    if not parts or not parts[1]:
        return None
    lists = _lists(lex.language)
    if body in lists.court_roles:
        acted = party_acts(parts[1], speaker, lex, lists.court_accused)
        if not acted or not set(acted.split()[:-1]) & (accused | lists.court_accused):
            acted = warned_before(parts[1], lists, accused)
        if not acted:
            return None  # only the accused's own act ("said Tasker collected cash")
        return LabelReading(ACCUSATION, acted, f"the prosecution in court says what the "
                            f"accused did: '{acted}' ('{body}'; {reading.reason})", STRENGTH,
                            reading.hedges)
    words = words_of(text)
    wrong = wrong_stated(text, lex, words)
    if wrong and counted_words(lex.language, words, wrong):
        wrong = None  # "said mis-selling cases ... had risen by a third": a figure (round 39)
    if not wrong:
        own = find(_own_wrongs(lex.language), words)
        wrong = " ".join(words[own[0][0]:own[0][1]]) if own else None
    if not wrong and not counted_cases(lex.language, words):  # a figure (round 39)
        wrong = party_acts(parts[1], speaker, lex)
    if not wrong:
        return None
    return LabelReading(ACCUSATION, wrong, f"a body that inspects or prosecutes says what "
                        f"was done: '{wrong}' ('{body}'; {reading.reason})", STRENGTH,
                        reading.hedges)
