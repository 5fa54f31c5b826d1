"""An appeal open to others is procedure (issue 11, thirty-eighth round, bug fix on branch
t38d1; reading.py asks it where procedure is read).

"A council spokesman said families who disagreed with a decision could appeal": what the
speaker tells is the procedure open to others, not a reply to the allegation, whoever
speaks (the guidelines: procedure and what happens next are context, with the speaker as
the source). The phrases are data, in ``procedure`` with the others (``can appeal``,
``could appeal``, ``may appeal``, ``right to appeal``); ``appeal_open38`` names them here.

Only where the appeal is the sentence's one statement: a quotation of two sentences whose
first replies ('"Every notice issued followed the terms on those signs. Motorists who
believe a notice was issued in error can appeal," a company spokesman said') keeps its
reply, and the appeal read in its second sentence is no procedure of the whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "appeal_open38"
_BREAK = re.compile(r"[.!?]\s+[\"“]?[A-Z]")


@lru_cache(maxsize=8)
def _phrases(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get(KEY, {}).get("phrases", ()))


def after_another_sentence(lex: Lexicon, text: str, procedure: str) -> bool:
    """The procedure read is an appeal open to others that stands after a sentence break in
    the sentence (a quotation of two sentences): the first sentence is the act, not it."""
    if procedure not in _phrases(lex.language):
        return False
    at = text.casefold().find(procedure)
    return at > 0 and bool(_BREAK.search(text[:at]))
