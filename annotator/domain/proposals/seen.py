"""A newsroom's own reporting on documents it obtained: "The Daily Courier has seen letters
in which ...", "Tempo memperoleh salinan dokumen ...", "Documents seen by the Westbury
Herald show ...", "emails obtained by the Tribune". The story's evidence is the newsroom's:
it is the source (the guidelines: who said it; a document speaks for whoever presents it
here, the paper that saw it). Read by structure: a verb of seeing or obtaining with a
document after it, or a document with such a participle and its agent.

The verbs, participles and document nouns are data (data/cues/<language>.json,
"speaker12_seen").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

REACH = 4  # words from the verb to the document noun ("has seen internal council emails")


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[str]]:
    raw = cue_file(language).get("speaker12_seen", {})
    documents = frozenset(raw.get("nouns", ())) | frozenset(
        cue_file(language).get("speaker_documents", {}).get("nouns", ()))
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("participles", ())),
            frozenset(raw.get("agents", ())), documents)


def seeing_verbs(words: list[str], lex: Lexicon) -> list[int]:
    """Where a verb of seeing or obtaining stands with a document noun after it ("has seen
    letters", "memperoleh salinan dokumen"): its subject is the source."""
    verbs, _, _, documents = _cues(lex.language)
    return [k for k, w in enumerate(words) if w in verbs and any(
        d in documents for d in words[k + 1:k + 1 + REACH])]


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
        at = k + 1
        if at < len(words) and words[at] in agents:
            at += 1
        elif lex.language != "id":
            continue  # English needs its agent word: "seen by", "leaked to"
        if at < len(words):
            return at
    return None
