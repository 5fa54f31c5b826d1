"""Places a name owns after its possessive (thirty-seventh round, issue 11, bug fix t37f2):
"drivers at Pennine Rider's Bradford and Halifax depots", "shop workers at Greenleaf's Leeds
and York stores". The run "Pennine Rider's Bradford and Halifax" is no fuller name of
"Pennine Rider": the company owns the depots in those places. Read by entities.py
(``EntityTable.fullest``) and naming.py (``Known.full_name``). Data: data/cues/en.json
"speaker37_owned_sites"."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

_POSSESSIVE = re.compile(r"['\u2019]s\b|(?<=\w)   (?=\w)")


@lru_cache(maxsize=4)
def _sites(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker37_owned_sites", {}).get("nouns", ()))


def owned_places(owner: str, run: str, lex: Lexicon, texts) -> bool:
    """Whether ``run`` is ``owner``, its possessive, then places it owns and nothing of a
    body's name: every text that writes the run writes a noun of a business's sites right
    after it ("Pennine Rider's Bradford and Halifax depots"), the words after the
    possessive are capitalised, joined by "and" or "&" and hold no body's or business's
    word. "Morrow's Bakeries and Greenfield Bread exchanged ..." stays as it was."""
    sites = _sites(lex.language)
    head = _POSSESSIVE.split(run, maxsplit=1)
    if not sites or len(head) != 2 or head[0].strip().casefold() != owner.casefold():
        return False
    rest = head[1].split()
    bare = [w.casefold().strip(",.") for w in rest]
    if len(rest) < 3 or not any(w in ("and", "&") for w in bare[1:-1]) or any(
            not (w[:1].isupper() or w in ("and", "&")) for w in rest) or any(
            w in lex.org_heads or w in lex.company_markers or w in lex.description_heads
            for w in bare):
        return False
    places = r"\s+".join(re.escape(w) for w in rest)
    written = re.compile(rf"{re.escape(head[0].strip())}['\u2019]s\s+{places}\s+(\w+)")
    found = [m.group(1).casefold() for t in texts for m in written.finditer(t)]
    return bool(found) and all(w in sites for w in found)
