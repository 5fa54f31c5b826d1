"""The opening sentence that tells what was done to people or things, attributed at its end
(issue 11, fortieth round, branch w15acc3; data ``accuse40_opening_passive`` in
data/cues/en.json, read in dispute.py ``_opening_passive``).

A dispute story often opens with the wrong as those who suffered it or the things it was
done with, in the passive, and names who alleges it last: "Cabin crew at Skylark Regional
were rostered beyond legal duty limits on at least 61 occasions this autumn, their union
has said", "Refugee children were placed for weeks in a former hostel with damp bedrooms
..., a charity has said", "Dozens of social media accounts that posed as local residents
... were run from the offices of a London public relations firm, according to researchers
...". With no word of a wrong in it the rules read a plain reported claim; the gold reads
the accusation the article opens with.

Read only in the opening sentence, before anything was alleged (the caller checks), as a
plain reported claim: a passive (one of ``passive`` then a participle: a word ending in -ed
or one of ``participles``) among the ``passive_reach`` words that open the sentence, before
a closing attribution (one of ``closing`` within ``closing_reach`` words after the clause's
last comma, none of ``not_between`` and no other participle between). Not an event's toll
or a procedure told in the passive (``not_acts``: "were killed", "were evacuated", "was
arrested", "were found"): ordinary news, or enforcement read elsewhere; not a passive with
its agent right after it (one of ``agents``: "Black drivers ... were stopped by officers at
five times the rate ..., according to a report", "A bulk carrier ... was guided by a pilot
on his fourth ..., the pilots' union says": both claims in the gold). Readable sets: in
the opening sentence the shape matches 4 lines, 3 gold accusations proposed as claims and
one read already ("were fired in retaliation"); the 2 with an agent are left. Later in an
article it is most often a claim or a procedure ("Twenty-two young people were referred to
support services, the force said"): not read there.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise

KEY = "accuse40_opening_passive"


@lru_cache(maxsize=8)
def _lists(language: str) -> dict:
    raw = cue_file(language).get(KEY, {})
    return {
        "closing": tuple(tuple(v.split()) for v in raw.get("closing", ())),
        "closing_reach": int(raw.get("closing_reach", 0)),
        "not_between": frozenset(raw.get("not_between", ())),
        "passive": frozenset(raw.get("passive", ())),
        "participles": frozenset(raw.get("participles", ())),
        "not_acts": frozenset(raw.get("not_acts", ())),
        "passive_reach": int(raw.get("passive_reach", 0)),
        "agents": frozenset(raw.get("agents", ())),
    }


def opening_passive(text: str, lex: Lexicon) -> str | None:
    """The passive and its participle ("were rostered", "were placed") where an opening
    sentence tells what was done to people or things and names who alleges it at its end,
    else None. The caller checks the sentence's place (the opening, nothing alleged)."""
    data = _lists(lex.language)
    if not data["closing"] or text.lstrip()[:1] in "\"“'‘":
        return None
    norm = normalise(text)
    tokens, words = reading_words(norm)
    said = _closing(norm, tokens, words, data)
    if said is None:
        return None
    for k in range(min(said - 1, data["passive_reach"])):
        if words[k] not in data["passive"]:
            continue
        done = words[k + 1]
        if done in data["not_acts"]:
            return None
        if k + 2 < len(words) and words[k + 2] in data["agents"]:
            return None  # "were stopped by officers at five times the rate": the agent named
        if done in data["participles"] or done.endswith("ed") and len(done) > 4:
            return f"{words[k]} {done}"
    return None


def _closing(norm: str, tokens, words: list[str], data: dict) -> int | None:
    """Where the closing attribution opens (the index after the clause's last comma), when
    one of ``closing`` stands within ``closing_reach`` words after that comma and nothing
    but the speaker's words between (none of ``not_between``, no participle); else None."""
    for n in range(len(words) - 1, 0, -1):
        if "," not in norm[tokens[n - 1].end():tokens[n].start()]:
            continue
        for k in range(n, min(len(words), n + data["closing_reach"] + 1)):
            if words[k] in data["not_between"] or words[k].endswith("ing") and k > n:
                return None  # "..., and says", "..., saying it", "..., where the trust says"
            if any(tuple(words[k:k + len(v)]) == v for v in data["closing"]):
                return n
        return None
    return None
