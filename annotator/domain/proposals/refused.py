"""A refusal to do something is no denial (issue 11, twenty-ninth round, branch i11deny29;
reading.py asks it of each denial cue).

"menolak" rejects an allegation ("menolak tudingan itu") and also refuses an act: "bank
menolak mengganti uangnya", "perusahaan menolak membayar pesangon". Followed by a verb of
paying, giving back, replacing, receiving or serving, it tells what a party would not do
(the wrong a complainant tells, or a fact), and rejects no statement: no denial, as the
reading already leaves "menolak revisi undang-undang" (a policy) and "menolak berkomentar"
(no comment). Other verbs after it are left as they were ("menolak disebut menipu" is the
lexicon's own denial). The verbs: data ``deny29_refused`` in data/cues/{en,id}.json, with
the suffixes a verb may carry ("menerimanya").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file


@lru_cache(maxsize=8)
def _family(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    raw = cue_file(language).get("deny29_refused", {})
    return frozenset(raw.get("verbs", ())), tuple(raw.get("suffixes", ()))


def refused_act(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """The denial cue at ``words[start:end]`` is a verb of rejecting followed by a verb of
    paying, giving back or receiving: a refusal, no denial."""
    if tuple(words[start:end]) not in lex.rejecting or end >= len(words):
        return False
    verbs, suffixes = _family(lex.language)
    after = words[end]
    return after in verbs or any(
        after.endswith(s) and after[:-len(s)] in verbs for s in suffixes)
