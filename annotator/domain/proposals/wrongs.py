"""The wrong named in its own words, and the accused side's defence in its own words, as the
guidelines read them in a dispute (dispute.py): "naming the wrongful act attributed to an
identifiable party is enough" for an accusation, and the accused side's reply "gives a fact
that would show it did not happen, explains it away" for a denial.

Word families kept as data (``data/cues/<language>.json``, keys ``dispute_*``), written
from the classes, in every voice and inflection:

- ``dispute_wrongful_acts``: an act that is a wrong by itself ("dipaksa", "memungut",
  "falsified", "cut off"), in the passive too (its agent the accused); negated, it is the
  wrong denied ("Kami tidak pernah memungut"). A state found ("tercemar", "leaking") names
  no act and is left out: evidence for an accusation is a claim (the guidelines).
- ``dispute_duties``: what was owed; negated, it is the wrong ("gaji tidak dibayar", "were
  never paid", "tidak pernah diberi tahu"), not a denial.
- ``dispute_knowing`` + ``dispute_faults``: knowing of a fault ("knew the brakes were
  faulty").
- ``dispute_defences``: permits held, rules followed, paid, tested, the evidence
  questioned, another cause or party blamed; ``dispute_conforming`` + ``dispute_standards``:
  a standard met ("sesuai baku mutu", "met national guidelines"); ``dispute_whereabouts``
  + ``dispute_then``: not there ("was in Manchester that day").
- ``dispute_bare_negations``, ``dispute_occurrence``, ``dispute_involvement``: a negation
  that only negates rebuts when what it negates is the wrong, its happening or one's part
  in it ("tidak ada", "never happened", "tidak terlibat", "was not aware").
- ``dispute_excuses``: an innocent explanation; negated ("not an accident", "bukan sekadar
  salah ketik") it calls the wrong deliberate.
- ``dispute_comparing``: a figure set against another ("against a limit of 250").
- ``dispute_victims``, ``dispute_bystanders``: words beside a speaker's name that place them
  with the wronged (a victim, a complainant) or outside the dispute (a researcher).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.name_words import tokens_and_words as _tokens_and_words
from annotator.domain.proposals.named_next import demonym_word
from annotator.domain.proposals.reading import normalise
from annotator.domain.proposals.reading import words_of as _read_words

NEGATION_REACH = 3  # tokens before a predicate where its negation stands ("tidak pernah ...")
FAULT_REACH = 6  # tokens after a knowing verb where the fault known is named
THEN_REACH = 8  # tokens after "was in" where "that day" stands
STANDARD_REACH = 3  # tokens after "sesuai", "complied with" where the standard is named
EXPECTING_REACH = 6  # tokens before "to comply with" where "expected", "urged" stands
_BETWEEN = {"pernah", "juga", "sama", "sekali", "lagi", "ever", "even", "been", "be", "yet",
            "once", "always"}  # may stand between a negation and what it negates


@lru_cache(maxsize=2048)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_read_words(text))


def words_of(text: str) -> list[str]:
    """reading.words_of, remembered: a sentence is read by a dozen of the dispute's rules,
    on its own key and again on the next keys."""
    return list(_words(text))


@dataclass(frozen=True)
class Families:
    wrongful: dict[tuple[str, ...], float]
    duties: dict[tuple[str, ...], float]
    knowing: dict[tuple[str, ...], float]
    faults: dict[tuple[str, ...], float]
    defences: dict[tuple[str, ...], float]
    whereabouts: dict[tuple[str, ...], float]
    then: dict[tuple[str, ...], float]
    victims: frozenset[str]
    bystanders: frozenset[str]
    bare_negations: dict[tuple[str, ...], float]
    occurrence: dict[tuple[str, ...], float]
    conforming: dict[tuple[str, ...], float]
    standards: dict[tuple[str, ...], float]
    involvement: dict[tuple[str, ...], float]
    comparing: dict[tuple[str, ...], float]
    excuses: dict[tuple[str, ...], float]
    expecting: dict[tuple[str, ...], float]


@lru_cache(maxsize=8)
def families(language: str) -> Families:
    raw = cue_file(language)

    def listed(key: str) -> dict[tuple[str, ...], float]:
        return _phrases(raw.get(f"dispute_{key}", []))

    return Families(listed("wrongful_acts"), listed("duties"), listed("knowing"),
                    listed("faults"), listed("defences"), listed("whereabouts"),
                    listed("then"), frozenset(raw.get("dispute_victims", ())),
                    frozenset(raw.get("dispute_bystanders", ())),
                    listed("bare_negations"), listed("occurrence"), listed("conforming"),
                    listed("standards"), listed("involvement"), listed("comparing"),
                    listed("excuses"), listed("expecting"))


def negated_at(lex: Lexicon, words: list[str], start: int) -> int | None:
    """The position of the negation that negates the predicate at ``start`` ("tidak pernah
    dibayar", "were never paid"), else None."""
    k = start - 1
    while k >= 0 and start - k <= NEGATION_REACH:
        if words[k] in lex.negations:
            return k
        if words[k] not in _BETWEEN and not (k == start - 1 and words[k] in
                                             lex.passive_auxiliaries):
            return None
        k -= 1
    return None


def _phrase(words: list[str], span: tuple[int, int]) -> str:
    return " ".join(words[span[0]:span[1]])


def wrong_stated(text: str, lex: Lexicon, words: list[str] | None = None) -> str | None:
    """The wrong the sentence states in its own words: a wrongful act not negated, a duty
    negated, or a fault known; None when it names none (a fact, or the wrong denied)."""
    words = words if words is not None else words_of(text)
    fam = families(lex.language)
    for span in find(fam.duties, words):
        at = negated_at(lex, words, span[0])
        if at is not None:
            return f"{_phrase(words, (at, span[0]))} {_phrase(words, span)}"
    for span in find(fam.wrongful, words):
        if force_noun(text, lex, words, span[0]):
            continue  # "Russian forces had withdrawn": troops, not coercion
        if negated_at(lex, words, span[0]) is None and not _negated_near(lex, words, span[0]):
            return _phrase(words, span)
    for s, e in find(fam.knowing, words):
        if negated_at(lex, words, s) is not None:
            continue
        for f in find(fam.faults, words[e:e + FAULT_REACH]):
            return f"{_phrase(words, (s, e))} ... {_phrase(words[e:], f)}"
    return None


FORCE_NOUN = "wrongs39_force_noun"


@lru_cache(maxsize=8)
def _force_noun_words(language: str) -> dict:
    return cue_file(language).get(FORCE_NOUN, {})


def force_noun(text: str, lex: Lexicon, words: list[str], at: int) -> bool:
    """The wrongful act's word at ``at`` is the noun of troops, not the verb of coercing
    ("Russian forces had withdrawn", "government forces were evacuating civilians", "its
    forces"; not "the firm forces staff to work unpaid"): a demonym or a ``before`` word
    before it, an ``after`` word or nothing after it (thirty-ninth round, bug fix t39d2: in
    a border clash, "the ministry said Armenian forces opened fire" was a wrong stated for
    'forces', and "said Russian forces had withdrawn" an accusation)."""
    raw = _force_noun_words(lex.language)
    if not raw or words[at] not in raw.get("words", ()):
        return False
    if at + 1 >= len(words) or words[at + 1] in raw.get("after", ()):
        return True
    if at == 0:
        return False
    if words[at - 1] in raw.get("before", ()):
        return True
    tokens, read = _tokens_and_words(normalise(text))
    return len(read) == len(words) and demonym_word(tokens[at - 1].group())


def _negated_near(lex: Lexicon, words: list[str], start: int) -> bool:
    """"We have never forced anyone": a negation two words before, across an auxiliary."""
    return any(w in lex.negations for w in words[max(0, start - 2):start])


def negated_duty(lex: Lexicon, words: list[str], at: int) -> bool:
    """The negation at ``at`` negates a duty ("tidak dibayar", "never told"): it states the
    wrong, it does not rebut."""
    fam = families(lex.language)
    for s, _ in find(fam.duties, words[at + 1:at + 1 + NEGATION_REACH + 1]):
        if negated_at(lex, words, at + 1 + s) == at:
            return True
    return False


def bare_negation(lex: Lexicon, words: list[str], span: tuple[int, int]) -> bool:
    """A rebuttal word that only negates ("tidak", "no", "nobody"; not "bukan", which
    corrects: "atasan saya, bukan saya")."""
    return tuple(words[span[0]:span[1]]) in families(lex.language).bare_negations


def negates_the_wrong(lex: Lexicon, words: list[str], end: int) -> bool:
    """What the negation ending at ``end`` negates is the wrong, its happening or one's
    part in it: a wrongful act, an accusation's or wrongdoing's word, an occurrence ("tidak
    ada", "tidak pernah terjadi", "no such payment", "never happened") or involvement
    ("tidak terlibat", "tidak mengetahui", "was not aware") within reach. A negated fact of
    another kind ("airnya tidak bisa dipakai", "no reading at the checkpoint") rebuts
    nothing."""
    fam = families(lex.language)
    after = words[end:end + NEGATION_REACH + 1]
    return any(find(phrases, after) for phrases in (
        fam.wrongful, fam.occurrence, fam.involvement, lex.wrongdoing, lex.accusation))


@lru_cache(maxsize=8)
def _paid_words(language: str) -> dict:
    return cue_file(language).get("deny29b_paid", {})


def _paid_out(lex: Lexicon, words: list[str], span: tuple[int, int]) -> bool:
    """A defence of paying ("had paid", "were paid") that tells a sum paid out ("she had
    paid £640 for two tickets", "its members had paid about 180 million rand") or what a
    sum would have paid for ("would have paid for two forwards"): the payer's loss or a
    comparison, no argument that dues were met (twenty-ninth round, second wave, branch
    i11deny29b; data ``deny29b_paid``: ``verbs``, ``modals``, ``reach``)."""
    raw = _paid_words(lex.language)
    if not raw or words[span[1] - 1] not in raw.get("verbs", ()):
        return False
    if span[0] > 0 and words[span[0] - 1] in raw.get("modals", ()):
        return True
    after = words[span[1]:span[1] + int(raw.get("reach", 0))]
    return any(w[:1].isdigit() for w in after)


def defence(text: str, lex: Lexicon, words: list[str] | None = None) -> str | None:
    """The accused side's argument in its own terms: a permit held, the rules followed,
    paid, tested, the evidence questioned, another cause or party blamed, or not there at
    the time. None when negated ("did not have a permit" is the wrong)."""
    words = words if words is not None else words_of(text)
    fam = families(lex.language)
    for span in find(fam.defences, words):
        if negated_at(lex, words, span[0]) is None and not _paid_out(lex, words, span):
            return _phrase(words, span)
    fronted = _fronted_words(text, words)
    for s, e in find(fam.conforming, words):
        if negated_at(lex, words, s) is not None:
            continue  # "tidak sesuai spesifikasi" is the wrong
        if _expected_of_others(fam, words, s):
            continue  # "said it expected all clubs to comply with equality law": what the
            # speaker asks of others, no standard the accused side says it met (round 37)
        for t in find(fam.standards, words[e:e + STANDARD_REACH]):
            if s == 0 and e + t[1] <= fronted and lex.language == "id":
                continue  # "Berdasarkan hasil audit BPK, harga ... lebih mahal": the
                # record the sentence goes by, set before its comma, not a rule complied
                # with (round 34)
            return f"{_phrase(words, (s, e))} ... {_phrase(words[e:], t)}"
    for s, e in find(fam.whereabouts, words):
        if negated_at(lex, words, s) is not None:
            continue
        for t in find(fam.then, words[e:e + THEN_REACH]):
            return f"{_phrase(words, (s, e))} ... {_phrase(words[e:], t)}"
    return None


def _expected_of_others(fam: Families, words: list[str], at: int) -> bool:
    """Whether the standard met at ``at`` is what a speaker expects or urges of another
    ("expected all affiliated clubs to comply with", "urged the firm to comply with"): an
    infinitive after an expecting verb a few words before."""
    if at == 0 or words[at - 1] != "to":
        return False
    return any(e <= at - 1 for s, e in find(fam.expecting,
                                             words[max(0, at - 1 - EXPECTING_REACH):at - 1]))


def _fronted_words(text: str, words: list[str]) -> int:
    """How many of the sentence's words stand before its first comma (all of them when
    it has none)."""
    head, comma, _ = text.partition(",")
    return len(_read_words(head)) if comma else len(words)


_ONLY = {"sekadar", "hanya", "cuma", "just", "merely", "simply", "only", "an", "a", "suatu",
         "sebuah", "semata", "semata-mata", "murni"}


def excuse_denied(text: str, lex: Lexicon, words: list[str] | None = None) -> str | None:
    """An innocent explanation negated ("This was not an accident", "Ini bukan sekadar
    salah ketik", "no coincidence"): the wrong called deliberate, an accusation."""
    words = words if words is not None else words_of(text)
    for s, e in find(families(lex.language).excuses, words):
        k = s - 1
        while k >= 0 and s - k <= NEGATION_REACH and words[k] in _ONLY:
            k -= 1
        if k >= 0 and s - k <= NEGATION_REACH + 1 and words[k] in lex.negations:
            return _phrase(words, (k, e))
    return None


def contrary_figure(text: str, lex: Lexicon, words: list[str] | None = None) -> str | None:
    """A figure set against another ("210 people against a limit of 250", "only 640
    staff, far below", "hanya 12 kios, bukan 40"): the guidelines' figure from the accused
    side that contradicts the accuser's. The comparing word, when the sentence has a number."""
    words = words if words is not None else words_of(text)
    if not any(w[:1].isdigit() for w in words):
        return None
    found = find(families(lex.language).comparing, words)
    return _phrase(words, found[0]) if found else None


def described_as(words: list[str], nouns: frozenset[str]) -> str | None:
    """The first of ``nouns`` among the words beside a speaker's name (dispute.beside)."""
    joined = f" {' '.join(words)} "
    for noun in nouns:
        if f" {noun} " in joined:
            return noun
    return None
