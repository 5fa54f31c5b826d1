"""The complaining side's report of the wrongful act itself (issue 11, twenty-seventh round).

The guidelines: an accusation attributes a wrongful act to an identifiable party, "naming
the act is enough; the word 'accuse' is not needed", while evidence that does not itself
say a party did wrong is a claim, even from the accuser. The complaining side most often
tells what was done to it without an accusation verb, and often before any accusation has
been read in the article: the lede names the complainants and what happened to them
("Sebanyak 37 pemilik lahan ... mengaku belum menerima ganti rugi", "Paramedics ... say
managers pressured staff to downgrade calls"), and the complainants go on in their own words
("Kami ditekan menerima harga yang tidak masuk akal", "Kalau tidak bayar, dibilang jadwal
sudah penuh", "Lisa Tranter said the agency deducted £640 for a stained carpet").

Who speaks does not make the label (benchmarks/proposals/ORACLE26.md: the accusing side's
claims as accusations break twice the lines they fix). What the sentence says does: a wrong
done to the complaining side, read from two word families, neither negated:

- ``wrongs.wrong_stated`` (``dispute_wrongful_acts``, a duty negated: "dimintai uang",
  "pressured", "belum menerima ganti rugi"), already read for a speaker the dispute places
  on the accusing side;
- ``complaint27`` in data/cues/<language>.json (kept apart from ``dispute_*``, which the
  shipped label model reads as features): what the complaining side suffers in the passive
  or is made to pay again ("ditekan", "disuruh pergi", "ditarik lagi", "deducted", "charged
  us"), payment under a threat ("kalau tidak bayar", "unless we paid"), an act done without
  the complainants' consent, a reason or notice ("tanpa alasan", "without workers' consent"),
  money used for oneself ("for personal use").

Three shapes take such a wrong as an accusation (a weak stance, ``CONTINUED``):

1. No speaker named (a plural of unnamed people, "Mereka", the lede's complainants):
   reported speech, not a quotation, that states the wrong (either family). Nobody the
   article names speaks, so no party's defence is read as a complaint.
2. A speaker the dispute places on the accusing side (``Dispute.accusing_side``, or the
   strict ``Dispute.side``): the ``complaint27`` family (``wrong_stated`` is read for it in
   dispute.py already).
3. A speaker on no side whose quotation speaks in the first person ("kami", "saya", "we",
   "my"): a victim telling what was done to them; the ``complaint27`` family. So is such a
   quotation whose speaker the rules have not named (named only after it: '"Kalau tidak
   bayar, anak kami ... disuruh pulang," kata salah satu orang tua, Rina Marlina').

Never from the accused side, a bystander (``dispute_bystanders``), a negated wrong ("Kami
tidak pernah ditekan"), a defence or a remedy: those are read as before.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.complained_of import complained
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.reading import ACCUSATION, CLAIM, LabelReading
from annotator.domain.proposals.wrongs import (
    _negated_near,
    negated_at,
    words_of,
    wrong_stated,
)

STRENGTH = 0.6  # a stance read without a cue (dispute.CONTINUED)
LACKED_REACH = 2  # words after "without"/"tanpa" where what was lacking stands
_QUOTE_MARKS = ('"', "“", "”")


@lru_cache(maxsize=8)
def _family(language: str) -> tuple[dict[tuple[str, ...], float], frozenset[str],
                                     frozenset[str], frozenset[str]]:
    """data/cues/<language>.json, key ``complaint27``: ``harms`` (phrases), ``without``
    (the words of lacking), ``lacked`` (what was lacking: consent, a reason, notice) and
    ``first_person``."""
    raw = cue_file(language).get("complaint27", {})
    return (_phrases(raw.get("harms", [])), frozenset(raw.get("without", ())),
            frozenset(raw.get("lacked", ())), frozenset(raw.get("first_person", ())))


def harm_told(text: str, lex: Lexicon, words: list[str] | None = None) -> str | None:
    """The wrong done to the complaining side that the sentence tells in the
    ``complaint27`` words, not negated; else None."""
    words = words if words is not None else words_of(text)
    harms, without, lacked, _ = _family(lex.language)
    for s, e in find(harms, words):
        if negated_at(lex, words, s) is None and not _negated_near(lex, words, s):
            return " ".join(words[s:e])
    for k, w in enumerate(words):
        if w not in without or negated_at(lex, words, k) is not None:
            continue
        for j in range(k + 1, min(len(words), k + 1 + LACKED_REACH + 1)):
            if words[j] in lacked:
                return " ".join(words[k:j + 1])
    return None


def _quoted(text: str) -> bool:
    return text.lstrip().startswith(_QUOTE_MARKS)


def _first_person(text: str, lex: Lexicon) -> bool:
    own = _family(lex.language)[3]
    return any(w in own for w in words_of(text))


def _by_default(reading: LabelReading) -> bool:
    return reading.role == CLAIM and not reading.negated and (
        reading.reason.startswith("reported speech") or reading.reason == "a quotation")


def _told(wrong: str, why: str, reading: LabelReading) -> LabelReading:
    return LabelReading(ACCUSATION, wrong, f"the complaining side tells the wrong done: "
                        f"'{wrong}' ({why}; {reading.reason})", STRENGTH, reading.hedges)


def unnamed_complainants(reading: LabelReading, text: str, lex: Lexicon,
                         argued) -> LabelReading | None:
    """Shape 1: no speaker named, reported speech (not a quotation) stating a wrong done
    ("Mereka mengaku ditarik biaya hingga tiga kali", "Residents say managers pressured
    staff"); ``argued``: a callable, asked only for a default reported-speech reading, true
    when the sentence argues a defence or tells a remedy (dispute.py): no complaint. None
    otherwise."""
    if not _by_default(reading) or not reading.reason.startswith("reported speech") \
            or argued():
        return None
    words = words_of(text)
    if _quoted(text):
        # a quotation whose speaker the rules have not named: a victim's own words in the
        # first person, the complaint27 family only (shape 3)
        wrong = harm_told(text, lex, words) if _first_person(text, lex) else None
        return _told(wrong, "a victim in the first person", reading) if wrong else None
    wrong = wrong_stated(text, lex, words) or harm_told(text, lex, words)
    if not wrong:
        return None
    return _told(wrong, "no speaker named: the complainants", reading)


def complainant_speaks(reading: LabelReading, text: str, lex: Lexicon, accusing: str | None,
                       side) -> LabelReading | None:
    """Shapes 2 and 3: a named speaker's sentence that no rule read as more than a default
    claim telling a ``complaint27`` wrong, from the accusing side (``accusing``: why
    ``Dispute.accusing_side`` places the speaker; ``side``: a callable giving the strict
    ``Dispute.side``, asked only when a wrong is told) or, on no side, in a quotation in the
    first person. None otherwise."""
    if not _by_default(reading):
        return None
    wrong = harm_told(text, lex)
    if not wrong:
        return None
    if accusing:
        return _told(wrong, accusing, reading)
    placed, why = side()
    if placed == "accusing":
        return _told(wrong, why, reading)
    if placed == "none" and _quoted(text) and _first_person(text, lex):
        return _told(wrong, "a victim in the first person", reading)
    return None


_NOUN_PHRASE_ENDS = frozenset({"yang", "who", "which", "that", "whose", "di", "dari", "ke",
                               "at", "in", "near", "on", "of", "from", "to", "and", "dan",
                               "atau", "or"})
NOUN_REACH = 6  # words at a sentence's opening where the complainants' noun phrase stands


def complainant_nouns(text: str, lex: Lexicon) -> set[str]:
    """The common nouns of the complainants' noun phrase opening a sentence that states a
    wrong done with no speaker named ("Pedagang kaki lima (PKL) yang ... mengaku dimintai
    uang": "pedagang"; "Paramedics and call handlers at ... say": "paramedics"), up to a
    relative clause, a preposition or a comma; lower-case words and the opening word,
    longer than four letters, no pronoun, title or office's head. For dispute.py: the
    accusers' own nouns, by which a member or their association who speaks later is on
    their side. Empty when no speech verb follows them or what they say states no wrong
    ("Sebuah pabrik tahu ... diduga membuang limbah": the accused, described, no
    complainants)."""
    tokens, words = text.split(), words_of(text)
    said = find(lex.speech, words)
    if not said:
        return set()
    tail = words[said[0][0]:]
    if not wrong_stated(" ".join(tail), lex, tail) and not harm_told(text, lex, tail) \
            and not complained(text, lex):
        return set()  # a complaint naming a charge levied ("mengeluhkan pungutan") counts
    found: set[str] = set()
    for k, raw in enumerate(tokens[:NOUN_REACH]):
        word = raw.strip(".,;:()\"'“”‘’").casefold()
        if word in _NOUN_PHRASE_ENDS or raw.startswith("("):
            break
        if (k == 0 or raw.islower()) and len(word) > 4 and word.isalpha() \
                and word not in lex.pronouns and word not in lex.titles \
                and word not in lex.org_heads:
            found.add(word)
        if raw.endswith((",", ";", ":")):
            break
    return found


SUBJECT_BACK = 3  # words before a defence's phrase where its subject stands


def complainants_do(text: str, phrase: str, nouns: set[str]) -> bool:
    """The accusers' own noun (``Dispute.accusing_nouns``, stems) is the subject of what
    reads as the accused side's defence ("38 pedagang mengaku telah membayar": the traders
    paid the money demanded of them, the wrong told, no defence of the one who took it)."""
    if not nouns or not phrase:
        return False
    words, part = words_of(text), phrase.split()
    for s in range(len(words) - len(part) + 1):
        if words[s:s + len(part)] == part:
            return any((w[:-1] if w.endswith("s") and len(w) > 4 else w) in nouns
                       for w in words[max(0, s - SUBJECT_BACK):s])
    return False
