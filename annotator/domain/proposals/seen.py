"""A newsroom's own reporting on documents it obtained: "The Daily Courier has seen letters
in which ...", "Tempo memperoleh salinan dokumen ...", "Documents seen by the Westbury
Herald show ...", "emails obtained by the Tribune". The story's evidence is the newsroom's:
it is the source (the guidelines: who said it; a document speaks for whoever presents it
here, the paper that saw it). Read by structure: a verb of seeing or obtaining with a
document after it, or a document with such a participle and its agent.

The verbs, participles and document nouns are data (data/cues/<language>.json,
"speaker12_seen").

A complaint filed with a body, thirty-third round (issue 11, bug fix): "In a complaint filed
with the National Labor Relations Board, the union said ...", "a petition submitted to the
council": the body after "with" or "to" received the filing; the filing speaks for whoever
filed it (the guidelines: a document speaks for whoever issued it), not for the body that
received it. After a participle of filing ("speaker33_filed_to" in the cue file) only "by"
names the agent ("filed with the RSPO on Nov. 19 by the Bela Institute": the institute);
"leaked to the BBC" is left as it was ("shared with the Guardian": round 38, below).

Thirty-fifth round (try branch t35d): the agent after "seen by", "obtained by", "reviewed
by" and the like ("speaker35_seen_not_issued") is no longer read as the document's speaker:
who saw a document did not issue it (the guidelines), and the readable gold leaves such a
sentence with no source ("A copy of the contract seen by the AP lists ...", "Maintenance
logs seen by Meridian Wire show ..."). A newsroom that says it has seen a document ("The
Daily Courier has seen letters"), Indonesian, and "leaked to", "released by" are unchanged.

Thirty-eighth round (bug fix w11left383): "shared with" the paper ("Messages shared with the
Post show ...") says how a document reached the paper, as "seen by" does: the paper is not
its speaker either.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

REACH = 4  # words from the verb to the document noun ("has seen internal council emails")
FILER_REACH = 12
MEDIUM_REACH = 3  # "in" to the document noun ("in a sworn statement", "in a leaked report")
# the participles of a newsroom's seeing ("seen by Reuters"), not of issuing ("commissioned
# by", "published by": the issuer speaks)
_SEEING = frozenset({"seen", "obtained", "reviewed", "viewed", "examined", "leaked", "shown",
                     "shared"})  # words after "filed with" where "by" and the filer stand


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[str]]:
    raw = cue_file(language).get("speaker12_seen", {})
    documents = frozenset(raw.get("nouns", ())) | frozenset(
        cue_file(language).get("speaker_documents", {}).get("nouns", ()))
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("participles", ())),
            frozenset(raw.get("agents", ())), documents)


@lru_cache(maxsize=8)
def _filed_to(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The participles of filing and the words after them that name whom it was filed
    with, not who filed it ("filed with", "submitted to")."""
    raw = cue_file(language).get("speaker33_filed_to", {})
    return frozenset(raw.get("participles", ())), frozenset(raw.get("recipients", ()))


def seeing_verbs(words: list[str], lex: Lexicon) -> list[int]:
    """Where a verb of seeing or obtaining stands with a document noun after it ("has seen
    letters", "memperoleh salinan dokumen"): its subject is the source."""
    verbs, _, _, documents = _cues(lex.language)
    return [k for k, w in enumerate(words) if w in verbs and any(
        d in documents for d in words[k + 1:k + 1 + REACH])]


def _medium_of_speech(words: list[str], k: int, documents: frozenset[str],
                      lex: Lexicon) -> bool:
    """The document before the participle of seeing at ``k`` is what someone spoke in ("a
    panel said in a confidential report seen by Reuters", "In a letter seen by the FT, the
    minister wrote"): "in" opens the phrase within MEDIUM_REACH words before the noun.
    The newsroom that saw it is then not the speaker (English only); an issuer after "by"
    ("in tests commissioned by the group") still is."""
    if lex.language == "id":
        return False
    if words[k] not in _SEEING:
        return False  # "In tests commissioned by the group": the group issued them
    noun = next(j for j in range(k - 1, max(-1, k - 3), -1) if words[j] in documents)
    return "in" in words[max(0, noun - MEDIUM_REACH):noun]


@lru_cache(maxsize=8)
def _not_issued(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker35_seen_not_issued", {}).get(
        "participles", ()))


def _only_seen(words: list[str], k: int, lex: Lexicon) -> bool:
    """The participle at ``k`` only says who saw or obtained the document, with "by" after
    it ("a letter seen by the Echo", "records obtained by the Dellwood Tenants Coalition"):
    who saw it did not issue it, so that agent is not its speaker (round 35; the guidelines:
    a document speaks for whoever issued it). The words are data
    ("speaker35_seen_not_issued")."""
    return words[k] in _not_issued(lex.language) and k + 1 < len(words) and \
        words[k + 1] == "by" or _shared_with(words, k, lex)


def _shared_with(words: list[str], k: int, lex: Lexicon) -> bool:
    """The participle at ``k`` is "shared" with "with" after it ("Messages shared with the
    Post show ...", "A copy of the rules, shared with the Courier by Dr Carradine,
    describes ..."): how a document reached the paper, which did not issue it; the paper
    is not its speaker (thirty-eighth round, w11left383; English only)."""
    return lex.language == "en" and words[k] == "shared" and words[k + 1:k + 2] == ["with"]


def seen_by(words: list[str], lex: Lexicon) -> int | None:
    """Where the agent of a document's seeing begins ("Documents seen by [the Herald]",
    "dokumen yang diperoleh [Tempo]"), else None."""
    _, participles, agents, documents = _cues(lex.language)
    for k, w in enumerate(words):
        if w not in participles or k == 0:
            continue
        before = words[max(0, k - 2):k]
        if not any(d in documents for d in before):
            continue
        if _medium_of_speech(words, k, documents, lex):
            continue  # "said in a report seen by Reuters": the one who said it speaks
        at = k + 1
        filing, recipients = _filed_to(lex.language)
        if w in filing and at < len(words) and words[at] in recipients:
            # "a complaint filed with the board": the board received it; the filer is the
            # agent after "by" further on ("filed with the RSPO on Nov. 19 by X"), if any
            by = next((j for j in range(at + 1, min(len(words), at + 1 + FILER_REACH))
                       if words[j] == "by"), None)
            if by is not None and by + 1 < len(words):
                return by + 1
            continue
        if at < len(words) and words[at] in agents:
            if _only_seen(words, k, lex):
                continue  # "a letter seen by the Echo": the Echo did not issue it
            at += 1
        elif lex.language != "id":
            continue  # English needs its agent word: "seen by", "leaked to"
        if at < len(words):
            return at
    return None
