"""Speakers named apart from their verb, as a reader still finds them:

- a subject, then a clause, then the speech verb: "Rudi Hartono saat dikonfirmasi pada Senin
  mengatakan", "Ruth Hale, speaking to reporters outside the court, said";
- a passive whose agent stands a few words on: "The complaint was filed last year by the
  Tenants Union", "Laporan itu disampaikan pada Mei oleh Forum Warga".

The words that open such a clause and the passives are data (data/cues/<language>.json, key
"speaker_apart"). reading.py asks here only when the verb's own subject gave nobody; names
are read through name_words.py and naming.py, below both.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.name_words import (
    BREAKS,
    gap_before,
    name_word,
    person_in,
    run_forward,
)
from annotator.domain.proposals.naming import known_or_new, named_after

INTERPOSED_REACH = 16  # tokens a clause may stand between a subject and its verb
AGENT_REACH = 6  # tokens between a passive and its "by"/"oleh"
_AUXILIARIES = {"was", "were", "been", "is", "are", "be", "being"}
_ENDS = ".;!?\"“”"


@lru_cache(maxsize=8)
def _apart(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker_apart", {})
    return (frozenset(raw.get("interposed", ())),
            frozenset(w for w in raw.get("passives", ()) if " " not in w))


def _opening_name(text, tokens, words, lex: Lexicon) -> tuple[int, int] | None:
    """The name a sentence opens with: at its start, or between commas after a title
    ("Kepala Dinas Kesehatan Kota Medan, Rudi Hartono, ...")."""
    if not words or not name_word(tokens, words, 0, lex):
        return None
    run = run_forward(tokens, words, 0, lex)
    if run and run[1] < len(tokens) and "," in gap_before(text, tokens, run[1]) and any(
            w in lex.titles for w in words[run[0]:run[1]]):
        named = run_forward(tokens, words, run[1], lex)
        if named and named[1] < len(tokens) and "," in gap_before(text, tokens, named[1]):
            return named
    return run


def _one_word_name(written: str) -> bool:
    """A one-word name a sentence may open with: a short form in capitals ("KPK") or a
    brand with an inner capital ("PaceTrack"), not a capitalised common noun."""
    return written.isupper() and len(written) > 1 or any(ch.isupper() for ch in written[1:])


def interposed_subject(index, text, tokens, words, verb_at: int, lex: Lexicon, why: str):
    """The name the sentence opens with, when a clause its opener starts ("saat", "ketika",
    "speaking", "when") stands between it and the verb at ``verb_at``."""
    openers, _ = _apart(lex.language)
    run = _opening_name(text, tokens, words, lex)
    if run is None or run[1] >= verb_at or verb_at - run[1] > INTERPOSED_REACH:
        return None
    if words[run[0]] in lex.unnamed or words[run[0]] in lex.pronouns:
        return None  # "Analysts, speaking ...": nobody named
    if run[1] - run[0] < 2 and not _one_word_name(tokens[run[0]].group()):
        return None  # "Swimmers, ...": a capitalised first word may be a common noun
    if words[run[1]] not in openers:
        return None
    between = text[tokens[run[1]].start():tokens[verb_at].start()]
    if any(ch in between for ch in _ENDS):
        return None
    name = person_in(text, tokens, words, run, lex)
    return known_or_new(index, name, f"{why} (after '{words[run[1]]} ...')")


def passive_agent(index, text, tokens, words, mentions, lex: Lexicon):
    """The agent named after "by"/"oleh" a few words after a statement's or a complaint's
    passive ("was filed last year by X"), else None."""
    _, passives = _apart(lex.language)
    for b, word in enumerate(words):
        if word not in lex.passive_by or b + 1 >= len(words):
            continue
        for k in range(b - 1, max(-1, b - 1 - AGENT_REACH), -1):
            if any(ch in gap_before(text, tokens, k + 1) for ch in _ENDS):
                break
            passive = words[k] in passives and (
                words[k].startswith("di") or lex.language != "id") and (
                lex.language == "id" or any(w in _AUXILIARIES for w in words[max(0, k - 3):k]))
            if passive:
                return named_after(index, text, tokens, words, mentions, b + 1, lex,
                                      f"agent of '{words[k]} ... {word}'")
    return None


_INDEFINITE = {"a", "an", "seorang", "sebuah", "salah", "one", "another"}
_COORDINATORS = {"and", "dan", "lalu", "kemudian", "serta", "but", "namun", "tetapi"}


def elided_subject(index, text, tokens, words, verb_at: int, lex: Lexicon, why: str):
    """The subject a second verb shares with the first ("TrailPulse disputes findings, says
    data was anonymised", "Gocar membantah dan menyatakan ..."): the name the sentence opens
    with, when that name is a subject (a lower-case word follows it) and the verb at
    ``verb_at`` follows a comma or "and" with no other name between."""
    if verb_at < 2 or not ("," in gap_before(text, tokens, verb_at)
                           or words[verb_at - 1] in _COORDINATORS):
        return None
    run = _opening_name(text, tokens, words, lex)
    if run is None or run[1] >= verb_at - 1 or run[0] != 0:
        return None
    if words[run[0]] in lex.unnamed or words[run[0]] in lex.pronouns or words[
            run[0]] in _INDEFINITE:
        return None  # "Seorang perawat, yang ..., mengatakan": an article, not a name
    follower = tokens[run[1]].group()
    if not follower.islower() or words[run[1]] in lex.prepositions or any(
            ch in BREAKS for ch in gap_before(text, tokens, run[1])):
        return None  # "Police in Leeds", "X, a firm ...": not a subject and its verb
    between = text[tokens[run[1]].start():tokens[verb_at].start()]
    # ", tetapi menyebut": a clause closed before the verb; the names in it are its objects
    closed = words[verb_at - 1] in _COORDINATORS and "," in gap_before(text, tokens,
                                                                        verb_at - 1)
    if any(ch in between for ch in _ENDS) or not closed and any(
            name_word(tokens, words, k, lex) for k in range(run[1], verb_at)):
        return None
    name = person_in(text, tokens, words, run, lex)
    return known_or_new(index, name, f"{why} (its subject shared: {name})")


@lru_cache(maxsize=8)
def _silent(language: str) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    raw = cue_file(language).get("speaker_silent", {})
    return (tuple(sorted((tuple(p.split()) for p in raw.get("contact", ())), key=len,
                         reverse=True)),
            tuple(tuple(p.split()) for p in raw.get("unanswered", ())))


def _at(words: list[str], phrase: tuple[str, ...], start: int = 0) -> list[int]:
    """Where ``phrase`` stands in ``words`` from ``start`` on. Only the places of its first
    word are tried (list.index jumps to each): the English phrases open with "to" and
    "for", in most sentences, and every speaker reading asks."""
    n = len(phrase)
    if not n:
        return list(range(start, len(words) + 1))  # an empty phrase stands everywhere
    first = phrase[0]
    if first not in words:  # most phrases' first word is not in the sentence: asked once
        return []
    found: list[int] = []
    last, i = len(words) - n, start - 1
    while True:
        try:
            i = words.index(first, i + 1)
        except ValueError:  # no further place of its first word
            return found
        if i > last:
            return found
        if tuple(words[i:i + n]) == phrase:
            found.append(i)


def silent_party(index, text, tokens, words, mentions, lex: Lexicon):
    """The party a journalist asked for comment and got no answer from ("Reuters was unable
    to reach Harlow Water for comment", "X has been approached for comment", "Kompas.com
    menghubungi PT X, tetapi belum mendapat jawaban"): the silent source, as "did not
    respond" names it (the guidelines)."""
    contacts, unanswered = _silent(lex.language)
    if not contacts:
        return None
    present = set(words)  # a phrase whose first word is absent stands nowhere: not asked
    answered_at = [i for phrase in unanswered if not phrase or phrase[0] in present
                   for i in _at(words, phrase)]
    if not answered_at:
        return None
    for phrase in contacts:
        for c in _at(words, phrase):
            after = c + len(phrase)
            if after < len(words) and words[after] in ("kepada", "to"):
                after += 1
            if not any(a > c for a in answered_at):
                continue
            found = named_after(index, text, tokens, words, mentions, after, lex,
                                   f"asked for comment: '{' '.join(phrase)}'")
            if found and found.name:
                return found
    # "X has been approached for comment": the one asked is the subject
    for phrase in contacts:
        for c in _at(words, phrase):
            if c >= 2 and words[c - 1] == "been" and any(a > c for a in answered_at):
                run = _opening_name(text, tokens, words, lex)
                if run and run[1] <= c - 1:
                    return known_or_new(index, person_in(text, tokens, words, run, lex),
                                           f"asked for comment: 'been {' '.join(phrase)}'")
    return None


def bare_agent(index, text, tokens, words, mentions, lex: Lexicon):
    """The agent right after an Indonesian passive with no "oleh" ("dilaporkan keluarga ke
    Polresta", "diajukan Forum Warga pada Mei"): a name, or a family or body the article
    names ("keluarga" -> the person it speaks through)."""
    if lex.language != "id":
        return None
    _, passives = _apart(lex.language)
    for k, word in enumerate(words[:-1]):
        if word not in passives or not word.startswith("di") or any(
                ch in BREAKS for ch in gap_before(text, tokens, k + 1)):
            continue
        nxt = words[k + 1]
        if nxt in lex.passive_by or nxt in lex.prepositions:
            continue
        if tokens[k + 1].group()[:1].isupper():
            found = named_after(index, text, tokens, words, mentions, k + 1, lex,
                                   f"agent of '{word}'")
            if found and found.name:
                return found
        table = getattr(index, "table", None)
        if nxt in lex.speaks_through and table is not None:
            named = table.described(nxt, index.at)
            if named:
                return known_or_new(index, named, f"agent of '{word} {nxt}'")
    return None


RECEIVED_REACH = 4  # tokens between "received" and the complaints counted


def received_complaints(words, lex: Lexicon) -> list[tuple[int, str]]:
    """A body saying it received complaints ("OJK menerima 146 pengaduan", "the regulator
    has received 23 complaints"): where each such "received" stands, with its word; the
    body, the verb's subject, is the speaker (the guidelines: a claim by the body; reading.py
    reads the subject). Only with a complaint noun: "menerima uang" is no statement."""
    return [(k, word) for k, word in enumerate(words) if word in lex.receiving and any(
        w in lex.complaint_nouns for w in words[k + 1:k + 1 + RECEIVED_REACH])]
