"""A negation inside what another told the speaker is no denial by the speaker (issue 11,
thirty-second round, bug fix from the lead's try on an article of his own).

"Mendes said the branch manager told her the cancellation had 'never reached head office'":
the "never" is the manager's, relayed by the complainant; she rejects nothing. Read as her
denial, it also placed her on the accused side for the whole article, so her own complaint
before it ("they still took £39.99 every month until March") was proposed as a denial too.
The same shape in the readable sets ("the venue later told her was not theirs", "members
were told they could not vote") is never the speaker's denial in gold. So a denial cue made
of negations alone, standing within ``reach`` words after "told" with the speaker's side as
its object ("told her", "told me", "told us") or in the passive ("was told", "were told"),
is read as the wrong stated (a claim, which the rules on the accusing side's words may still
make its accusation). Not where a first person stands just before the negation (the
speaker's own act denied) or a ground or an occurrence is negated (own_negation's test), and
not "told them" (the speaker may be the one telling).

Words: data ``deny32_relayed`` in data/cues/{en,id}.json (``told``, ``objects``,
``passive``, ``reach``).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.wrongs import words_of


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    raw = cue_file(language).get("deny32_relayed", {})
    return (frozenset(raw.get("told", ())), frozenset(raw.get("objects", ())),
            frozenset(raw.get("passive", ())), int(raw.get("reach", 0)))


def relayed(cue: str, text: str, lex: Lexicon) -> bool:
    """The cue stands in what someone told the speaker's side ("told her ... never")."""
    told, objects, passive, reach = _words(lex.language)
    if not told or not cue:
        return False
    words, phrase = words_of(text), cue.split()
    for k in range(len(words) - len(phrase) + 1):
        if words[k:k + len(phrase)] != phrase:
            continue
        for j in range(max(0, k - reach), k):
            if words[j] in told and (
                    (j + 1 < k and words[j + 1] in objects)
                    or (j > 0 and words[j - 1] in passive)):
                return True
    return False
