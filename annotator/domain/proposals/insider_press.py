"""A former insider's account given to the press (issue 11, fortieth round, branch
w15acc6; data ``accuse40_insider_press`` in data/cues/en.json, read in dispute.py
``_insider_press``).

An investigation often rests on those who left a body and told a newspaper what went on
inside it: "A former quality inspector at Inverclyde Marine has told the Herald that welds
on a Royal Navy offshore patrol vessel were certified as tested when no ultrasonic checks
had been carried out", "Two former pupils told the Gazette they had paid the academy £650
for a 'theory package' and were told they would not need to attend the test themselves".
The rules read plain reported claims; the gold reads the whistleblower's account, the
article's allegation, as an accusation (as it reads "The whistleblower ... told the BBC
that staff were instructed to ...", read already by the instruction in it).

The shape: those who speak are former members of a body (reported_instruction.py's
``former``, before the first speech verb: "A former quality inspector", "Two former
pupils"); the speech verb is one of ``verbs`` ("told", "has told"), then, after an
optional "the", a name written with a capital that is not one of ``not_outlets`` (a court,
an inquiry, a tribunal, a person's title): the outlet they told. Not a former member
telling a court or an inquiry ("The former trustee, Alan Pryor, told the court he had
relied on Forsyth's advice": evidence, a denial in the gold); not a bystander (the
caller checks; the side of the body they left does not stop it: they no longer speak for
it). Readable sets: 6 sentences of the shape, in five
articles, all gold accusations (4 read already, by the instruction told in them).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise
from annotator.domain.proposals.reported_instruction import former_member

KEY = "accuse40_insider_press"


@lru_cache(maxsize=8)
def _lists(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return frozenset(raw.get("verbs", ())), frozenset(raw.get("not_outlets", ()))


def insider_press(text: str, lex: Lexicon) -> str | None:
    """The words "told the Herald" where former members of a body tell a news outlet what
    happened, else None."""
    verbs, not_outlets = _lists(lex.language)
    if not verbs or text.lstrip()[:1] in "\"“'‘" or not former_member(text, lex):
        return None
    tokens, words = reading_words(normalise(text))
    for k, word in enumerate(words[:-1]):
        if word not in verbs:
            continue
        j = k + 1
        if words[j] == "the" and j + 1 < len(words):
            j += 1
        if tokens[j].group()[:1].isupper() and words[j] not in not_outlets:
            return " ".join(words[k:j + 1])
        return None  # the first "told" decides
    return None
