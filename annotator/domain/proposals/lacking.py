"""A negation of what was owed or received is no denial of itself (issue 11, twenty-fifth
round).

A bare negation ("never", "tidak pernah") or a negated existence ("there is no", "tidak
ada") is read as a weak denial cue: "We have never hidden a single cancellation", "Tidak
ada paksaan". On fresh text the same words often carry the other side's complaint: what the
wronged party never got or was never given ("we never got a refund", "she has never received
the car", "tidak pernah ada sosialisasi", "Tidak ada kuitansi", "there is no receipt"). That
presses the allegation, it rejects nothing: by the guidelines a denial needs the accused side
rejecting it. So the reading (reading.py) does not count such a negation as a denial: the
sentence reads on (reported speech, a quotation, the accusing side's rules in dispute.py),
and the negation is kept in ``LabelReading.lacking``; dispute.py proposes the denial again
only when the speaker stands on the accused side ("We never received a single complaint",
from the company accused, is its reply).

The negation lacks when, within ``REACH`` words after it, stands a verb of receiving or of
being given ("received", "got", "menerima", "diajak") or a thing one is owed or shown
(a receipt, a refund, a permit, a notice, a hearing, a reply: "kuitansi", "izin",
"sosialisasi", "teguran"). Words in data/cues/{en,id}.json, key ``label25_lacking``.

A safeguard missing, thirty-sixth round (issue 11, bug fix): an inspector's or a witness's
"There was no physical barrier between the walkway and the drop" ("there were no smoke
alarms", "there was no risk assessment") tells what was found lacking, no denial of itself;
from the accused side it is read a denial as before (key ``label25_lacking``, ``safeguards``).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

REACH = 3  # words after the negation where what it negates stands


@lru_cache(maxsize=8)
def _lacked(language: str) -> dict[tuple[str, ...], float]:
    data = cue_file(language).get("label25_lacking", {})
    return _phrases([*data.get("receiving", ()), *data.get("owed", ()),
                     *data.get("safeguards", ())])


def negation_cue(phrase: tuple[str, ...], lex: Lexicon) -> bool:
    """A denial cue that only negates ("never", "tidak pernah") or negates existence ("there
    is no", "tidak ada": the lexicon's ``quoted_denial``)."""
    return phrase in lex.quoted_denial or all(
        w in lex.negations or w in ("pernah", "ever") for w in phrase)


def lacks(lex: Lexicon, words: list[str], end: int) -> str | None:
    """What the negation ending at ``end`` says was never received or given, or None."""
    found = find(_lacked(lex.language), words[end:end + REACH])
    if not found:
        return None
    s, e = found[0]
    return " ".join(words[end + s:end + e])
