"""A message sent "to say" something: its sender says it (thirty-ninth round, issue 11, bug
fix on branch w14c1). English only: the data key ``speaker39_messaged`` is absent elsewhere.

"Budget network TalkNest emailed customers last month to say a 'minor technical incident'
had affected ...", "The council texted residents on Friday to say collections would be
late": the speech verb is an infinitive of purpose after a verb of messaging or contact, and
its subject is the sender, the subject of that verb. Before, the subject was looked for
right before "to say" ("customers last month"), so no speaker was proposed.

Only where "to" stands right before the speech verb and a verb of messaging (the contact
verbs of ``context11_contact`` and this key's own) stands within ``reach`` tokens before
it, with no punctuation between: "After the bank emailed her, she rang back to say" is
read as before.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.frames import frames
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.name_words import _BREAK_MARKS, gap_before


@lru_cache(maxsize=8)
def _messaging(language: str) -> tuple[dict[tuple[str, ...], float], int]:
    raw = cue_file(language).get("speaker39_messaged", {})
    if not raw:
        return {}, 0
    verbs = dict(frames(language).contact)
    verbs.update(_phrases(raw.get("verbs", [])))
    return verbs, int(raw.get("reach", 0))


def messaging_verb(text: str, tokens, words: list[str], at: int, lex: Lexicon
                   ) -> tuple[int, str] | None:
    """Where the verb of messaging stands whose purpose is the speech verb at ``at`` ("emailed
    customers last month to say"), and that verb as written; else None."""
    if at < 2 or words[at - 1] != "to":
        return None
    verbs, reach = _messaging(lex.language)
    if not verbs:
        return None
    first = max(0, at - 1 - reach)
    sent = [(s, e) for s, e in find(verbs, words[first:at - 1])]
    if not sent:
        return None
    s, e = sent[-1]
    s, e = s + first, e + first
    if any(not _BREAK_MARKS.isdisjoint(gap_before(text, tokens, k)) for k in range(s + 1, at)):
        return None
    return s, " ".join(words[s:e])
