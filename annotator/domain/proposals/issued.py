"""Who issued a document, from the act that made it and from where the sentence says a
speaker spoke: "Residents sued Harlow Water" issued the lawsuit and the complaint, "The
SEC charged X" the complaint and the filing, "Walhi menggugat X" the gugatan, "PT X
membantah melalui keterangan tertulis" and "Dalam siaran persnya, Kementerian X
menyebut" the keterangan and the siaran pers. A later "The statement said", "Gugatan itu
menyebut", "According to the complaint" then speaks for that issuer (the guidelines: a
document speaks for whoever issued it). The acts and the phrases are data
(data/cues/<language>.json, "speaker10_documents").

Also the subject that is a document with a determiner ("The statement said", "Keterangan
itu menyebut", "Siaran pers tersebut menyebut"), read here because the label lexicon keeps
"statement" among the words that may stand between a subject and its verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.literal import written_at
from annotator.domain.proposals.name_words import BREAKS, gap_before

_PASSIVE = {"was", "were", "been", "being", "is", "are", "be", "got", "get"}
_BY = {"by", "oleh"}
SUBJECT_GAP = 3  # words between the issuer and its act ("on Tuesday", "pada Senin")


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...],
                                  frozenset[str], frozenset[str], dict[str, str]]:
    raw = cue_file(language).get("speaker10_documents", {})
    acts = {verb: tuple(docs) for verb, docs in raw.get("acts", {}).items()}
    return (acts, tuple(raw.get("through", ())), frozenset(raw.get("determiners", ())),
            frozenset(raw.get("nouns", ())), dict(raw.get("two_word_nouns", {})))


ISSUED_REACH = 4  # words from an issuing verb to its document ("served a prohibition notice")


@lru_cache(maxsize=8)
def _issuing(language: str) -> frozenset[str]:
    """Verbs that issue whatever document follows them ("served a prohibition notice",
    "menerbitkan surat teguran"): data/cues/<language>.json, "speaker12_issuing"."""
    return frozenset(cue_file(language).get("speaker12_issuing", {}).get("verbs", ()))


def _made_here(words: list[str], k: int, language: str, known) -> tuple[str, ...]:
    """The document an issuing verb at ``k`` makes: the first document noun within reach
    after it, else nothing."""
    for i in range(k + 1, min(len(words), k + 1 + ISSUED_REACH)):
        doc = _document_at(words, i, language, known)
        if doc:
            return (doc,)
    return ()


def extra_documents(language: str) -> frozenset[str]:
    """Document nouns the speaker readings add to speaker_acts.DOCUMENTS ("keterangan",
    "suit", "siaran")."""
    return _data(language)[3]


def _document_at(words: list[str], i: int, language: str, known) -> str | None:
    """The document noun written at word ``i`` (its -nya form too: "gugatannya"), one of
    ``known`` (speaker_acts.documents, which holds extra_documents too)."""
    word = words[i]
    if word in known:
        return word
    if language == "id" and word.endswith("nya") and word[:-3] in known:
        return word[:-3]
    return None


def issued_by_acts(text: str, names: list[str], lex: Lexicon, known
                   ) -> list[tuple[str, str]]:
    """(document, issuer) for each document the sentence's first name made by its act
    ("sued" -> lawsuit, complaint, filing) or spoke through ("in a statement", "melalui
    keterangan tertulis", "Dalam siaran persnya, X ...")."""
    language = "id" if lex.language == "id" else "en"
    acts, through, _, _, _ = _data(language)
    folded = text.casefold()
    words = re.findall(r"\w+", folded)
    placed = sorted(((folded.find(n.casefold()), n) for n in names if n.strip()
                     and folded.find(n.casefold()) >= 0), key=lambda p: p[0])
    if not placed or not words:
        return []
    first = placed[0][1]
    found: list[tuple[str, str]] = []
    starts = [m.start() for m in re.finditer(r"\w+", folded)]
    issuing = _issuing(language)
    for k, word in enumerate(words):
        made = acts.get(word) or (_made_here(words, k, language, known) if word in issuing
                                  else None)
        if not made or k > 0 and words[k - 1] in _PASSIVE or k + 1 < len(words) \
                and words[k + 1] in _BY:
            continue  # "was charged", "filings reviewed by Reuters": not the issuer
        before = [(p, n) for p, n in placed if p + len(n) <= starts[k]]
        if not before:
            continue
        p, name = before[-1]  # the subject right before the act: "X's chief ... Ruth Hale wrote"
        between = re.findall(r"\w+", folded[p + len(name):starts[k]])
        if len(between) <= SUBJECT_GAP and not re.search(r"[,;:.]", folded[p + len(
                name):starts[k]]):
            found.extend((doc, name) for doc in made)
    for phrase, pattern in _through_patterns(through):
        m = None if phrase not in folded else pattern.search(folded)
        if not m:
            continue
        words_after = m.group(0).split()[len(phrase.split()):]
        for i in range(len(words_after)):
            doc = _document_at(words_after, i, language, known)
            if doc:
                if not _THROUGH_COUNSEL.match(folded[m.end():]):
                    found.append((doc, first))
                break
    return found


@lru_cache(maxsize=8)
def _through_patterns(through: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    """issued_by_acts' pattern of each phrase a speaker speaks through, compiled once."""
    return tuple((phrase, re.compile(
        rf"\b{re.escape(phrase)}\s+(?:(?:a|an|its|their|his|her|the|sebuah)\s+)?"
        rf"(?:\w+\s+)?(\w+)")) for phrase in through)


# "In a statement issued through his solicitors, Harcourt Vane LLP, he said": the first
# name is the channel the speaker used, never the statement's issuer; the later "the
# statement said" speaks for the one who spoke through them (t34politics)
_THROUGH_COUNSEL = re.compile(r"\s*(?:issued|released|sent|made|put out|given)?\s*"
                              r"(?:through|via|by)\s+(?:his|her|their)\s+(?:\w+\s+)?"
                              r"(?:lawyers?|solicitors?|attorneys?|counsel|legal team|"
                              r"representatives?|spokesperson|spokesman|spokeswoman|agent)\b")


def document_subject(text, tokens, words, start: int, end: int, lex: Lexicon, known
                     ) -> tuple[str, str] | None:
    """(document noun, as written) when the clause's subject from ``start`` to ``end`` is
    one document with a determiner: "The statement", "The complaint", "Keterangan itu",
    "Siaran pers tersebut", "Gugatan tersebut"; else None."""
    language = "id" if lex.language == "id" else "en"
    _, _, determiners, _, two_words = _data(language)
    if start >= end or end - start > 3 or not any(w in determiners for w in words[start:end]):
        return None
    if any(ch in BREAKS for k in range(start + 1, end) for ch in gap_before(text, tokens, k)):
        return None
    said = words[start:end]
    if not all(tokens[k].group()[1:].islower() for k in range(start, end)):
        return None
    if lex.head_first:
        if said[-1] not in determiners or len(said) < 2:
            return None
        noun = " ".join(said[:-1])
        noun = two_words.get(noun, noun)
        if " " in noun:
            return None
    else:
        if said[0] not in determiners or len(said) != 2:
            return None
        noun = said[1]
    if _document_at([noun], 0, language, known) != noun:
        return None
    return noun, text[tokens[start].start():tokens[end - 1].end()]


# A document a body the article describes speaks through, its issuer a description, not a
# name (round 35, branch w6statement): "Traffic rose, the authority said in a statement",
# "In a statement, the company said ...", "The council's statement said", "a letter from
# the company". A later "according to the statement" or "the statement said" then speaks
# for the body the description means (entities.py resolves it), never for the last person
# quoted (the guidelines: a document speaks for whoever issued it).
_DESCRIPTION = r"(?P<desc>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"  # "the (ports) authority"
_DETERMINED = r"(?:a|an|its|their|his|her)"
_WHEN = r"(?:(?:on|late|early|last|this)\s+[A-Za-z]+\s+)?"  # "said on Tuesday in a ..."


@lru_cache(maxsize=8)
def _described_patterns(verbs: tuple[str, ...], docs: tuple[str, ...]
                        ) -> tuple[re.Pattern, ...]:
    said = "|".join(re.escape(v) for v in verbs)
    doc = rf"(?:[a-z][a-z-]*\s+)?(?P<doc>{'|'.join(re.escape(d) for d in docs)})\b"
    return (
        # "..., the authority said in a statement", "The firm said on Tuesday in a letter"
        re.compile(rf"(?:^\W*|[,;]\s+)[Tt]he\s+{_DESCRIPTION}\s+(?:{said})\s+{_WHEN}"
                   rf"(?:in|through|via)\s+{_DETERMINED}\s+{doc}"),
        # "In a statement, the company said", "In a statement on Friday, the club said"
        re.compile(rf"^\W*(?:[Ii]n|[Tt]hrough|[Vv]ia)\s+{_DETERMINED}\s+{doc}[^,;.]{{0,30}},"
                   rf"\s+the\s+{_DESCRIPTION}\s+(?:{said})\b"),
        # "The council's statement said", "according to the authority's statement"
        re.compile(rf"\b[Tt]he\s+{_DESCRIPTION}['’]s\s+{doc}"),
        # "A statement from the authority said", "in a letter from the company"
        re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+{doc}\s+from\s+the\s+"
                   rf"(?P<desc>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}})"),
    )


def described_issuers(text: str, lex: Lexicon, known) -> list[tuple[str, str, bool]]:
    """(document, noun, spoke through it) for a document the sentence says a description
    issued or spoke through: "Container traffic rose, the authority said in a statement"
    -> ("statement", "authority", True); "In a statement, the company said"; "The
    council's statement said" and "A statement from the authority said" (False: only a
    document a description speaks through is taken from the sentence's first name, which
    issued_by_acts would give it). English only;
    the noun is a body's or an office's (lex.org_heads, lex.titles), the last word of the
    description (the last such word of the three after "from the"), and the document one
    of ``known``."""
    if lex.language == "id":
        return []
    heads = lex.org_heads | lex.titles
    verbs = tuple(sorted({k[0] for k in lex.speech if len(k) == 1 and k[0].isalpha()}
                         | {"denied", "confirmed"}))
    found: list[tuple[str, str, bool]] = []
    for n, pattern in enumerate(_described_patterns(verbs, tuple(sorted(known)))):
        for m in pattern.finditer(text):
            words = m.group("desc").split()
            noun = next((w for w in reversed(words) if w in heads), None) if n == 3 \
                else words[-1]
            if noun in heads and (m.group("doc"), noun, n < 2) not in found:
                found.append((m.group("doc"), noun, n < 2))
    return found


def possessed_documents(text: str, names: list[str], known) -> list[tuple[str, str]]:
    """(document, name) for a named body's document written as its possessive: "The Kenya
    Ports Authority's statement said" -> ("statement", "Kenya Ports Authority")."""
    if "'s" not in text and "’s" not in text:  # every match writes it after the name
        return []
    after = _possessed_after(tuple(sorted(known)))
    found = []
    for name in names:  # the name found by str.find, not compiled (literal.written_at)
        for _, m in written_at(name, text, _NOT_AFTER_WORD, after):
            if (m.group(1), name) not in found:
                found.append((m.group(1), name))
    return found


_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")


@lru_cache(maxsize=8)
def _possessed_after(known: tuple[str, ...]) -> re.Pattern:
    """possessed_documents' pattern after the name: "'s (new) statement"."""
    docs = "|".join(re.escape(d) for d in known)
    return re.compile(rf"['’]s\s+(?:[a-z][a-z-]*\s+)?({docs})\b")
