"""An instruction a speaker reports others were given, read in the article's dispute
(issue 11, twenty-first round).

narration.py reads a request or an instruction as the sentence's main act ("told residents
to stay indoors", "asked officials for a briefing"): an appeal, context, whoever makes it.
The guidelines make an appeal context because it is the speaker's own call. An instruction
the speaker only reports, given by someone else to the people who carried it out, is another
thing: "said managers told staff to fill in records for care not given", "said crew were
pressed to sign the forms", "'We were told in plain words to move calls down the stack,'
said one call handler". Told after an allegation, by a speaker the article does not place on
the accused side, it tells the wrong the accused side ordered: an accusation (the guidelines:
naming the wrongful act is enough).

The instruction is reported when a speech verb stands before it, or it stands inside a
quotation; it is given by someone else when its verb is in the passive ("were told", "had
been told") or has a subject other than a pronoun ("managers told
staff to", "supervisors routinely told officers to"). Not: the speaker's own request ("she
had asked officers to check", "it had asked ParkSure to cancel", "Ia meminta pedagang ...");
one with no speech verb ("The company has been told to stop": procedure or enforcement,
read elsewhere); before any allegation, unless given at work (dispute._ordered, round 40:
"said crew were pressed to sign", reported_instruction.py's guard); from the accused side
or a bystander. Readable sets:
6 such sentences after an allegation, 4 gold accusations; the other 2 gold claims that were
proposed context before (an athlete saying athletes "had been told to keep out of the back
room", a regulator's "the age check asked only for a date of birth"). Four more gold
accusations stand in articles whose lede told the wrong before any allegation was read
("Cabin crew ... were rostered beyond legal duty limits"): left, as ordinary news reports
instructions in the passive too ("residents were told to stay indoors"). English only (data/
cues/en.json, key ``label21_instructed``): Indonesian passive requests ("diminta",
"diimbau") are as a rule the speaker's own appeal.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[str], str]:
    raw = cue_file(language).get("label21_instructed", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("passive", ())),
            frozenset(raw.get("between", ())), frozenset(raw.get("own", ())),
            raw.get("passive_prefix", ""))


def instructed(cue: str | None, text: str, lex: Lexicon) -> str | None:
    """The instruction's words ("were told ... to", "managers told ... to") when the
    request a reading found (``cue``, as narration.request gives it) is one the speaker
    reports others were given, else None."""
    verbs, passive, between, own, prefix = _cues(lex.language)
    first = (cue or "").split(" ")[0]
    if first not in verbs:
        return None
    tokens, words = reading_words(normalise(text))
    spoken = [e for _, e in find(lex.speech, words)]
    for k, word in enumerate(words):
        if word != first:
            continue
        said = text[:tokens[k].start()]
        quoted = said.count('"') % 2 == 1 or said.count("“") > said.count("”")
        if not quoted and not any(e <= k for e in spoken):
            continue  # no speech verb before it: the sentence's own act
        j = k - 1
        while j >= 0 and words[j] in between:
            j -= 1
        before = words[j] if j >= 0 else ""
        if before in passive or (prefix and word.startswith(prefix)):
            return f"{' '.join(words[j:k + 1])} ... {cue.split(' ')[-1]}"
        if before.isalpha() and before not in own and tokens[j].group()[:1].islower():
            return f"{before} {word} ... {cue.split(' ')[-1]}"  # "managers told ... to"
    return None
