"""Procedure told beside a fact it is set against (forty-third round, issue 11, branch
w19ictx4; data ``context43_procedure_beside`` in ``data/cues/<language>.json``).

"Daniel menyebut berkas mereka sudah dinyatakan lengkap oleh petugas loket pada Januari,
tetapi kemudian dikembalikan dengan alasan yang berganti-ganti"; "... mengatakan izin biro
tersebut masih berlaku, namun pihaknya telah memanggil pengelolanya": a contrast inside the
reported clause sets the procedure against a fact (the file returned again and again, the
licence still valid), and that fact is what the sentence asserts, a claim, as a feeling
beside a fact already is (frames.beside_fact, context11). Only a contrast (``links``: "tetapi",
"namun", "meski"), not a reason ("masih mendata kerusakan karena beberapa desa sulit
dijangkau" stays procedure), and not one opening the sentence ("Meski begitu, dua anggota
Polsek ... dinonaktifkan": it looks back at the sentence before): the link must stand at
least ``from`` words in, with a clause of at least ``min_words`` words on its other side."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find


@lru_cache(maxsize=8)
def _family(language: str | None) -> tuple[dict, int, int]:
    raw = cue_file(language).get("context43_procedure_beside", {})
    return _phrases(raw.get("links", [])), int(raw.get("from", 3)), int(raw.get("min_words", 3))


def contrasted(lex: Lexicon, words: list[str], procedure: str) -> str | None:
    """The contrast that sets the procedure ``procedure`` beside a fact in the same
    sentence, before or after it, else None (module docstring)."""
    links, start, least = _family(lex.language)
    if not links:
        return None
    cue = procedure.split()
    at = next((k for k in range(len(words)) if words[k:k + len(cue)] == cue), None)
    if at is None:
        return None
    for s, e in find(links, words):
        if s < start:
            continue
        other = words[e:] if s >= at + len(cue) else words[:s]
        if len(other) >= least:
            return " ".join(words[s:e])
    return None
