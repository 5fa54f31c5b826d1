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
    for phrase in through:
        m = re.search(rf"\b{re.escape(phrase)}\s+(?:(?:a|an|its|their|his|her|the|sebuah)\s+)?"
                      rf"(?:\w+\s+)?(\w+)", folded)
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
