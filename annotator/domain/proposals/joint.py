"""A joint statement's speakers: "Britain and France said", "Walhi dan Jatam menuding",
"Korea Selatan, Jepang, dan Amerika Serikat mengutuk". The guidelines name every speaker,
first the one named first; the source shown (and saved) is the first, the export's
``sources`` all of them.

A name with "and" inside is one speaker when the words share one head: "Avon and Somerset
Police", "Kementerian Komunikasi dan Informatika", "Ministry of Trade and Industry" (a part
with an office's head noun beside a part with none), "Centers for Disease Control and
Prevention" (a part before the last that takes a complement: "for", "of"). "&" always
joins one name ("Marks & Spencer").

A union named by its members, thirty-third round (issue 11, bug fix): "United Food and
Commercial Workers", "Food and Allied Workers Local 418" share the head "Workers" as "Avon
and Somerset Police" shares "Police"; the rules before read "Food" and "Allied Workers
Local 418" as two speakers and proposed "Food". The members' nouns that head such a name
are data ("speaker33_member_heads" in the cue file).
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

_SPLIT = re.compile(r"\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+")
_ARTICLE = re.compile(r"^(?:the|The)\s+")


@lru_cache(maxsize=8)
def _member_heads(language: str) -> frozenset[str]:
    """The members' nouns that head a union's name ("Workers", "Employees")."""
    return frozenset(cue_file(language).get("speaker33_member_heads", {}).get("heads", ()))


def _headed(part: str, lex: Lexicon) -> bool:
    words = part.casefold().replace("-", " ").split()
    heads = lex.org_heads | lex.company_markers | lex.government_heads | _member_heads(
        lex.language)
    return any(w in heads for w in words)


def _place(part: str, lex: Lexicon) -> bool:
    return all(w in lex.places for w in part.casefold().split())


def joint_speakers(name: str | None, lex: Lexicon) -> tuple[str, ...]:
    """Every speaker of a name that lists several ("Britain and France" -> ("Britain",
    "France")), else () for one speaker."""
    if not name or not re.search(r"\s(?:and|dan|serta)\s|,", name):
        return ()
    parts = [_ARTICLE.sub("", p).strip() for p in _SPLIT.split(name)]
    if len(parts) < 2 or any(not p or not p[:1].isupper() for p in parts):
        return ()  # "Rudi dan rekan-rekannya": the people with the one named are nobody
    headed = [_headed(p, lex) for p in parts]
    if any(headed) and not all(h or _place(p, lex) for h, p in zip(headed, parts, strict=True)):
        return ()  # one head shared: "Avon and Somerset Police"
    if any(p.split()[0].casefold() in ("of", "for", "on") for p in parts):
        return ()
    if any(re.search(r"\s(?:of|for|on|the)\s", p) for p in parts[:-1]):
        return ()  # "Centers for Disease Control and Prevention": the complement goes on
    return tuple(parts)


_RUN = r"(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|on|de)\s+)*[A-Z][\w'’.&-]*)*"
_LIST_AFTER = re.compile(rf"(?:\s*,\s*{_RUN})*\s*,?\s+(?:and|dan|serta)\s+{_RUN}")


def listed_from(name: str | None, text: str, lex: Lexicon) -> tuple[str, ...]:
    """Every speaker of the list the sentence opens with ``name`` ("Oxfam, Greenpeace and
    Friends of the Earth accused", read as "Oxfam"), else ()."""
    if not name:
        return ()
    at = text.find(name)
    if at < 0:
        return ()
    found = _LIST_AFTER.match(text, at + len(name))
    if not found:
        return ()
    return joint_speakers(name + found.group(), lex)
