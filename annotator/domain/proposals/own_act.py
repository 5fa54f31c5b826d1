"""The side a speaker takes by the sentence's own act, read from its grammar: the subject of
an accusing, charging, fining or filing verb ("Pejabat AS menuduh Korea Utara", "The Football
Association charged Rovers", "warga melaporkan Sutarman") or its agent after "by"/"oleh" ("was
charged by the Premier League") is on the accusing side; the subject of a passive one
("Persikota dihukum", "Harwick was fined") or the object of an active one is on the accused
side, and so is the subject of a verb of denying ("membantah", "menepis", "denied",
"rejected the charge") or its agent ("dibantah oleh"). A court's act places nobody.

A speaker who calls the allegation itself false ("called the charge a smear", "menyebut
tuduhan itu hoaks": a noun for an allegation, ``side11_allegation_nouns``, a few words
before a denying or discrediting word) is on the accused side; one who calls the denial false
("menilai bantahan perusahaan itu mengada-ada": ``side11_denial_nouns``) on the accusing side.

A verb of denying is told from a denying word ("groundless", "tidak benar", "never") by its
form, not a list: Indonesian me-/di- verbs; English words whose past form (-ed, -ied) stands
in the same lexicon ("deny" by "denied", "rejects" by "rejected"). A denying word said in a
quotation places nobody here: third parties (experts, fact-checkers) say "no evidence" too.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from annotator.domain.proposals import no_denial
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.name_words import tokens_and_words
from annotator.domain.proposals.reading import normalise
from annotator.domain.proposals.wrongs import words_of

SUBJECT_GAP = 8  # words between the subject's name and its verb ("X on Friday accused")
OBJECT_REACH = 4  # words after an active verb where its object's name stands
AGENT_REACH = 4  # words after a passive verb where "by"/"oleh" stands
_VERB_PREFIXES = ("me", "di", "ber")
_JOINING = {"of", "the", "for", "and", "dan", "di", "untuk", "pada", "dari"}
_POINTING = {"itu", "tersebut", "ini"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "ia", "dia", "mereka", "beliau"}


QUALIFIED_REACH = 5  # words after an allegation's noun where the word calling it false stands


@lru_cache(maxsize=8)
def _courts(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("scene_courts", ()))


@lru_cache(maxsize=8)
def _nouns(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language)
    return (frozenset(raw.get("side11_allegation_nouns", {}).get("words", ())),
            frozenset(raw.get("side11_denial_nouns", {}).get("words", ())))


def called_false(words: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """("accused" | "accusing", the words) when the sentence calls the allegation false
    (the accused side's stance) or the denial false (the accuser's): the noun, then within
    a few words, no speech verb between, a denying or discrediting word not negated."""
    allegations, denials = _nouns(lex.language)
    said = {k for s, e in find(lex.speech, words) for k in range(s, e)}
    false = sorted([(s, e) for s, e in find(lex.denial, words)
                    if not no_denial.idle(lex, words, s, e)] + find(lex.discrediting, words))
    for k, w in enumerate(words):
        side = "accused" if w in allegations else "accusing" if w in denials else None
        if side is None:
            continue
        for s, e in false:
            if k < s <= k + QUALIFIED_REACH and not any(t in said for t in range(k, s)) \
                    and not any(x in lex.negations for x in words[max(k, s - 2):s]):
                return side, f"{w} ... {' '.join(words[s:e])}"
    return None


def _distinct(speaker: str, lex: Lexicon) -> set[str]:
    """The words of a name that tell it from others: not company markers, office head
    nouns, places or titles, nor short words; in English, nor the word after "of" ("Paws
    of Kerala", "Animal Welfare Board of India": where it is, not which body)."""
    common = lex.company_markers | lex.org_heads | lex.government_heads | lex.places \
        | lex.titles
    words = words_of(speaker)
    placed = {w for before, w in pairwise(words)
              if before == "of" and not lex.head_first}
    return {w for w in words if len(w) > 3 and w not in common and w not in placed}


def speaker_at(speaker: str | None, words: list[str], lex: Lexicon,
               text: str | None = None) -> list[tuple[int, int]]:
    """Where the speaker is named in the sentence's words: its whole name, else a word that
    tells it from others ("Kirby" for John Kirby, "Persikota" for Persikota Tangerang), not
    where that word stands in another body's name the sentence gives (``text``: "Rail" of
    "Northvale Rail" is not the Eastway Rail Users' Association, round 34)."""
    name = words_of(speaker or "")
    if not name:
        return []
    found = [(k, k + len(name)) for k in range(len(words) - len(name) + 1)
             if words[k:k + len(name)] == name]
    if found:
        return found
    own = _distinct(speaker or "", lex)
    found = [(k, k + 1) for k, w in enumerate(words) if w in own
             and not (text is not None and _in_another_name(text, words, k, name, lex))]
    if found:
        return found
    letters = "".join(w[:1] for w in name if w not in _JOINING)
    found = [(k, k + 1) for k, w in enumerate(words) if len(w) >= 3 and w == letters]
    if found:
        return found  # "SPDI" for Serikat Pengemudi Daring Indonesia
    # "Forum tersebut", "the union": the body by the head noun of its name, pointed back to
    head = name[0] if lex.head_first else name[-1]
    return [(k, k + 1) for k, w in enumerate(words) if w == head and (
        (k + 1 < len(words) and words[k + 1] in _POINTING) or (k > 0 and words[k - 1] == "the"))]


def _in_another_name(text: str, words: list[str], at: int, name: list[str],
                     lex: Lexicon) -> bool:
    """The word at ``at`` stands in a run of capitalised words with one that is not of the
    speaker's name, a title or a joining word, and is more than three letters: another
    name ("Northvale Rail" for the word "rail" of "Eastway Rail Users' Association")."""
    tokens, tokenised = tokens_and_words(normalise(text))
    if tokenised != words:
        return False

    def capital(k: int) -> bool:
        return tokens[k].group()[:1].isupper()

    def joined(k: int) -> bool:  # only spaces between token k and k + 1
        return not text[tokens[k].end():tokens[k + 1].start()].strip()

    if not capital(at):
        return False
    run = [at]
    k = at
    while k > 0 and capital(k - 1) and joined(k - 1):
        k -= 1
        run.append(k)
    k = at
    while k + 1 < len(words) and capital(k + 1) and joined(k):
        k += 1
        run.append(k)
    return any(words[k] not in name and words[k] not in lex.titles
               and words[k] not in _JOINING and len(words[k]) > 3 and k != 0
               for k in run if k != at)


def _verb_form(cue: tuple[str, ...], lex: Lexicon) -> bool:
    """The denying cue is a verb (see the module's docstring)."""
    first = cue[0]
    if lex.head_first:
        return first.startswith(_VERB_PREFIXES) and len(first) > 5
    firsts = {c[0] for c in lex.denial}
    return first.endswith("ed") or any(
        form in firsts for form in (first + "d", first + "ed", first[:-1] + "ied",
                                    first[:-1] + "ed", first[:-2] + "ed"))


def _passive(words: list[str], at: int, lex: Lexicon) -> bool:
    if lex.head_first:
        return words[at].startswith("di")
    return any(w in lex.passive_auxiliaries for w in words[max(0, at - 2):at])


def _agent_after(words: list[str], end: int, spans, lex: Lexicon) -> bool:
    """The speaker is the agent after "by"/"oleh" right after a passive verb."""
    for t in range(end, min(len(words), end + AGENT_REACH)):
        if words[t] in lex.passive_by:
            return any(t < s <= t + 3 for s, _ in spans)
    return False


def _subject_before(words: list[str], at: int, spans, lex: Lexicon) -> bool:
    """The speaker's name stands before the verb, within reach, with no speech verb and no
    other cue between (the subject, not a name the sentence mentioned earlier)."""
    said = {k for s, e in find(lex.speech, words) for k in range(s, e)}
    for _s, e in spans:
        if e <= at and at - e <= SUBJECT_GAP and not any(k in said for k in range(e, at)):
            return True
    return False


def _pronoun_subject(words: list[str], at: int, spans) -> bool:
    """Named nowhere, the sentence's subject pronoun right before the verb ("Ia menuding",
    "He denied"): the speaker the pronoun was read as."""
    return not spans and any(w in _SUBJECT_PRONOUNS for w in words[max(0, at - 3):at])


def own_act(speaker: str | None, text: str, lex: Lexicon, accusing: list[tuple[int, int]],
            filing: list[tuple[int, int, bool]]) -> tuple[str, str] | None:
    """("accusing" | "accused", why) by the sentence's own act, or None. ``accusing``: the
    (start, end) of its accusation and enforcement cues; ``filing``: its filing verbs
    (start, end, passive), as dispute.py and filings.py read them."""
    if not speaker:
        return None
    words = words_of(text)
    spans = speaker_at(speaker, words, lex, text)
    if (set(words_of(speaker)) - lex.company_markers) & _courts(lex.language):
        return None
    acts = [(s, e, _passive(words, s, lex), "accuses") for s, e in accusing] + [
        (s, e, p, "files") for s, e, p in filing]
    denials = [(s, e) for s, e in find(lex.denial, words)
               if _verb_form(tuple(words[s:e]), lex)]
    acts += [(s, e, _passive(words, s, lex), "denies") for s, e in denials]
    for s, e, passive, act in sorted(acts):
        if any(w in lex.negations for w in words[max(0, s - 2):s]):
            continue  # "tidak menuduh", "did not deny": no act
        cue = " ".join(words[s:e])
        if passive:
            if _agent_after(words, e, spans, lex):
                side = "accused" if act == "denies" else "accusing"
                return side, f"{speaker} is the agent of '{cue}'"
            if act != "denies" and _subject_before(words, s, spans, lex):
                return "accused", f"{speaker} is the subject of '{cue}'"
            continue
        if _subject_before(words, s, spans, lex) or _pronoun_subject(words, s, spans):
            side = "accused" if act == "denies" else "accusing"
            return side, f"{speaker} {act}: '{cue}'"
        said = {k for s_, e_ in find(lex.speech, words) for k in range(s_, e_)} | {
            k for k, w in enumerate(words) if w in lex.speech_suffixed}
        if act != "denies" and any(e <= a <= e + OBJECT_REACH and not any(
                k in said for k in range(e, a)) for a, _ in spans):
            return "accused", f"'{cue}' names {speaker}"
    if spans or _pronoun_subject(words, len(words), spans):
        called = called_false(words, lex)
        if called:
            return called[0], f"{speaker} calls it false: '{called[1]}'"
    return None
