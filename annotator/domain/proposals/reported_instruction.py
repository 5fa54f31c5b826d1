"""An instruction others were given, told inside what a speaker reports (issue 11, thirtieth
round; data ``accuse30_reported_instruction`` in data/cues/en.json).

instructed.py reads an instruction the speaker reports others were given ("said managers
told staff to fill in records for care not given") where the rules first read the sentence
as an appeal. When the speech verb has its own object and "that" ("told the Chronicle
that", "told Halcyon she had been asked to"), the instruction stands inside the reported
clause and the rules read the sentence as a plain claim: "Two former engineers told Halcyon
that supervisors routinely asked staff to backdate sign-offs", "A former nurse told
Halcyon she had been asked to fill in observation sheets for patients who had already gone
home", "... told GNS that invoices had been paid twice and that staff who raised concerns
were told to stop asking". After an allegation, from a speaker the article does not place
on the accused side, it tells the wrong the accused side ordered: an accusation, as
instructed.py reads it (dispute.py ``_ordered``).

The instruction: one of instructed.py's verbs ("told", "asked", "pressed", "instructed",
"directed"), then "to" at once ("were told to") or after an object of at most
``object_reach`` words ("asked staff to", "told all drivers to"), no comma, no "that", no
question word ("told what treatment to provide") and no negation between; given by someone
else: the verb in the passive ("were told", "had been asked") or after a subject written in
lower case that is not the speaker's own ("supervisors routinely asked"; not "she had asked
officers to", "who asked not to be named"); after a speech verb and not negated ("We have
never asked anyone to"). Told by a former member of a body ("A former nurse at the
hospital told ..."), or given to or by people named by their work ("staff were told to",
"supervisors asked fitters to"): news reports ordinary instructions in the passive too
("told reporters that residents were told to stay indoors"), and those stay claims.
Readable sets: the 4 sentences it reads are gold accusations (3 of heldout5-8/classes9, in
3 articles, all told by former staff); no gold claim or context has the shape.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise

KEY = "accuse30_reported_instruction"


@lru_cache(maxsize=8)
def _lists(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                   frozenset[str], int, frozenset[str], frozenset[str],
                                   frozenset[str]]:
    told = cue_file(language).get("label21_instructed", {})
    raw = cue_file(language).get(KEY, {})
    return (frozenset(told.get("verbs", ())), frozenset(told.get("passive", ())),
            frozenset(told.get("between", ())), frozenset(told.get("own", ())),
            int(raw.get("object_reach", 0)), frozenset(raw.get("links", ())),
            frozenset(raw.get("not_in_object", ())), frozenset(raw.get("not_after_link", ())))


@lru_cache(maxsize=8)
def _members(language: str) -> tuple[frozenset[str], int, frozenset[str]]:
    """The words of work (``workers``), how far back the subject reaches
    (``subject_reach``) and the words of a former member (``former``), built once."""
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("workers", ())), int(raw.get("subject_reach", 0)),
            frozenset(raw.get("former", ())))


def reported_instruction(text: str, lex: Lexicon) -> str | None:
    """The words of an instruction others were given inside the reported clause ("were
    told ... to", "supervisors asked ... to"), told by a former member of a body or given
    to or by people named by their work, else None."""
    verbs, passive, between, own, reach, links, not_in_object, not_after = _lists(
        lex.language)
    if not verbs or not reach:
        return None
    tokens, words = reading_words(normalise(text))
    said = find(lex.speech, words)
    spoken = [e for _, e in said]
    insider = _former_before(words, said, lex.language)
    for k, word in enumerate(words):
        if word not in verbs or not any(e <= k for e in spoken):
            continue
        if any(w in lex.negations for w in words[max(0, k - 3):k]):
            continue  # "We have never asked anyone to"
        link = _link(tokens, words, k, reach, links, not_in_object | lex.negations)
        if link is None or link + 1 >= len(words) or words[link + 1] in not_after:
            continue
        j = k - 1
        while j >= 0 and words[j] in between:
            j -= 1
        before = words[j] if j >= 0 else ""
        given = None
        if before in passive:
            given = f"{' '.join(words[j:k + 1])} ... {words[link]}"
        elif before.isalpha() and before not in own and tokens[j].group()[:1].islower():
            given = f"{before} {word} ... {words[link]}"  # "supervisors asked ... to"
        if given and (insider or _at_work(words, j, k, link, lex)):
            return given
    return None


def _at_work(words: list[str], j: int, k: int, link: int, lex: Lexicon) -> bool:
    """Whether those given the instruction or giving it are named by their work ("staff
    were told to", "supervisors asked fitters to"): one of ``workers`` among the words of
    the subject (``subject_reach`` before the verb) or of the object. "Residents were told
    to stay indoors" is ordinary news."""
    workers, reach, _ = _members(lex.language)
    return any(w in workers for w in (*words[max(0, j - reach):j + 1], *words[k + 1:link]))


def former_member(text: str, lex: Lexicon) -> bool:
    """Whether those who speak are former members of a body ("A former nurse at the
    hospital told", "Two former SkyIsla engineers told"): one of ``former`` among the
    words before the first speech verb. A former member no longer speaks for the body its
    words name, so the body's side does not stop the reading."""
    if not _members(lex.language)[2]:
        return False
    words = reading_words(normalise(text))[1]
    return _former_before(words, find(lex.speech, words), lex.language)


def _former_before(words: list[str], said: list, language: str) -> bool:
    """former_member on the sentence's words and its verbs of saying (``said``, as
    lexicon.find gives them)."""
    former = _members(language)[2]
    if not former or not said:
        return False
    return any(w in former or w.split("-")[0] in former and "-" in w
               for w in words[:said[0][0]])


def _link(tokens, words: list[str], k: int, reach: int, links: frozenset[str],
          stops: frozenset[str]) -> int | None:
    """Where "to" stands after the verb at ``k``: at once or after an object of at most
    ``reach`` words, with no comma, question word, negation or verb of a new clause
    between; else None."""
    for j in range(k + 1, min(len(words), k + 2 + reach)):
        if "," in tokens[j - 1].string[tokens[j - 1].end():tokens[j].start()]:
            return None
        if words[j] in links:
            return j
        if words[j] in stops or words[j].endswith("ed"):
            return None
    return None
