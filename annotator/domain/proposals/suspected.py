"""The accusing side's suspicion is its accusation (issue 11, twentieth round).

"Menduga" (to suspect) is a verb of saying that both sides use. The accused side offers
another cause with it ("Ia menduga air sumur di rumah tuan rumah menjadi sumber
pencemaran": dispute.py reads that as a reply), a bystander a guess ("Kepala Dinas
Kesehatan menduga lonjakan itu dipicu musim hujan": a claim). From one the article places on
the accusing side, after an allegation, the suspicion names the wrong it alleges: "Komang,
ibu balita tersebut, menduga anaknya dicubit pengasuh", "Ia juga menduga ada oknum yang
menerima setoran dari pemilik reklame". The guidelines: an accusation attributes a wrongful
act to a party; hedged, it is still one (a hedge lowers the confidence, not the label).
Tuned-on and training sets: 3 such sentences on the accusing side, all gold accusations (one
already read so by its wrong's word); on no side, 2 guesses, both claims.

dispute.py asks this only for a sentence no rule read as more than a default claim, after
an allegation is known, from a speaker on the accusing side.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file


@lru_cache(maxsize=8)
def suspecting(language: str) -> frozenset[str]:
    """data/cues/<language>.json, key ``label20_suspecting``: verbs of saying that voice a
    suspicion ("menduga")."""
    return frozenset(cue_file(language).get("label20_suspecting", {}).get("verbs", ()))


def suspicion(cue: str | None, lex: Lexicon) -> str | None:
    """The reading's verb of saying when it voices a suspicion, else None."""
    return cue if cue and cue in suspecting(lex.language) else None
