"""One body whose name holds "and", nineteenth round (issue 11, speakers): "The Health and
Safety Executive said", "HM Revenue and Customs said", read by the rules before as a joint
statement of "Health" and "Safety Executive" (joint.py splits a name at "and" unless a head
noun of an office stands in one part only, and "Executive", "Customs" are no such nouns in
every use).

The guidelines: an organisation is one speaker, under its name and the short form the
article uses for it. The name is one body, not a list, when

1. the article writes the whole name after "the", with no "the" of its own before the
   part after "and", and the part before "and" is one word that is no place and no
   acronym ("the Health and Safety Executive"; not "the BBC and ITV", "the Red Cross and
   Oxfam"); or
2. the article uses the whole name's initials as a short form anywhere ("HMRC" after "HM
   Revenue and Customs", "HSE"), a word written in capitals giving all its letters.
"""

from __future__ import annotations

import re

from annotator.domain.proposals.joint import joint_speakers, listed_from
from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.naming import spelled_initials

_AND = re.compile(r"\s+(?:and|&)\s+|\s*,\s*")


def _short_form_used(whole: str, texts) -> bool:
    short = spelled_initials(whole)
    if len(short) < 3:
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
    return any(pattern.search(t) for t in texts)


def _after_the(whole: str, text: str, lex: Lexicon) -> bool:
    at = text.find(whole)
    if at < 0 or not re.search(r"\b[Tt]he\s+$", text[:at]):
        return False
    parts = _AND.split(whole)
    first = parts[0].split()
    if len(first) != 1 or first[0].isupper() or first[0].casefold() in lex.places:
        return False
    if len(parts[-1].split()) < 2:
        return False  # "the Kremlin and Beijing said": two parties, one word each
    return not any(p.split()[0].casefold() == "the" for p in parts[1:] if p.split())


def whole_body(name: str | None, text: str, lex: Lexicon, table=None) -> str | None:
    """The whole name of one body that the proposed ``name`` opens and that the rules
    before would read as a joint statement ("Health" of "the Health and Safety
    Executive"), else None."""
    if not name or not text or lex.language != "en":
        return None
    if joint_speakers(name, lex):
        whole = name  # read whole, split by joint.py
    else:
        listed = listed_from(name, text, lex)
        at = text.find(name)
        tail = re.match(r"(?:\s*,\s*[^,]+?)*\s*,?\s+(?:and|&)\s+" + re.escape(listed[-1]),
                        text[at + len(name):]) if len(listed) >= 2 else None
        if not tail:
            return None
        whole = name + tail.group()
    texts = getattr(table, "texts", ()) or (text,)
    if _after_the(whole, text, lex) or _short_form_used(whole, texts):
        return whole
    return None
