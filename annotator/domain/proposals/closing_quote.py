"""The attribution after a closing quotation, in English ('"We sent everything the league
asked for," Mr Foyle said.', '"Nobody asked us," the union said.'): the speaker is the
one the attribution names, never a subject inside the quoted words ("the league asked",
"Nobody asked"). The attribution is read on its own, as a sentence of its own
(reading.read_speaker); where it names nobody, the sentence is read as before.
"""

from __future__ import annotations

import re

ATTRIBUTION_WORDS = 8  # words after the closing mark: "the company's chief executive said"

_SPEECH = (r"(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|claimed|"
           r"claims|explained|warned|replied|wrote|stated|asked|continued|admitted)")
_CLOSED = re.compile(r'^\s*["“][^"“”]+[,?!]["”]\s+(?P<tail>[^"“”]+?)\s*$')


def attribution_after_quote(text: str, language: str | None) -> str | None:
    """The attribution that follows a quotation opening the sentence ('"...," Mr Foyle
    said.' -> 'Mr Foyle said.'; '"...," said the club.' -> 'said the club.'), when it is
    short and holds a verb of saying at its start or its end; else None."""
    if language != "en":
        return None
    found = _CLOSED.match(text)
    if not found:
        return None
    tail = found.group("tail")
    words = tail.rstrip(".").split()
    if not words or len(words) > ATTRIBUTION_WORDS:
        return None
    if re.fullmatch(_SPEECH, words[-1]) or re.fullmatch(_SPEECH, words[0]) or any(
            re.fullmatch(_TOLD, w) for w in words[1:SUBJECT_WORDS + 1]):
        return tail if tail.endswith(".") else f"{tail}."
    return None


# "told" and its listener after a short subject ('"She told me ...," Mark Cole told the jury
# on Tuesday.'): the attribution still names the speaker before the verb (round 38, t38c6)
_TOLD = r"(?:told|tells)"
SUBJECT_WORDS = 4  # words of the subject before "told": "Detective Constable Ruth Palmer"
