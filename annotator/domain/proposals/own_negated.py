"""A negation whose subject is the speaker's own people or things: "none of its vessels had
entered the zone", "no member of staff had opened the envelopes", "none of the company's
products had tested positive" (issue 11, forty-second round, bug fix on branch w18den2;
data ``deny42_own_negated`` in data/cues/en.json, read in dispute._rebuttal).

A bare negation that negates no wrong the lexicons know ("no reading at the checkpoint") is
no rebuttal (wrongs.negates_the_wrong): a complainant's "we never had a crack" or a
bystander's fact. But a body that says none of its own people or things did the act has
answered the allegation against it, whatever the act's words: on the readable sets every
English line of the shape is a gold denial (7: 2 proposed denials, 1 context, 4 claims for
want of a known wrong, "The Solway Fishermen's Association said none of its members' boats
had been inside the reserve"; 3 of the 4 now denials, the fourth read where no allegation
was read before). The subject is owned by "its" or by "the" and a body's noun ("the
company", "the club") after "none of", or is the staff after "no" ("no member of staff").
Not "none of them", "none of our" or "none of their": a complainant's own words ("none of
our letters were answered") as often as a party's.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.wrongs import words_of


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[dict, dict]:
    raw = cue_file(language).get("deny42_own_negated", {})
    return _phrases(raw.get("after_none", ())), _phrases(raw.get("after_no", ()))


def own_negated(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the negation ``words[start:end]`` ("none of", "no") opens a subject that is
    the speaker's own people or things (module docstring)."""
    after_none, after_no = _data(lex.language)
    head = tuple(words[start:end])
    owned = after_none if head == ("none", "of") else after_no if head == ("no",) else {}
    return any(tuple(words[end:end + len(p)]) == p for p in owned)


def own_negation_words(text: str, lex: Lexicon) -> str | None:
    """The words of the first such negation and its owner in ``text`` ("none of its",
    "no member of staff"), else None. dispute.py reads it as a denial that makes the
    speaker a denier: not the weak "answers the accusation before" of a bare rebuttal word,
    which on the readable sets let the party's next quotation ("That is not a crime, it is
    democracy") be read as naming the wrong."""
    words = words_of(text)
    after_none, after_no = _data(lex.language)
    for head, owned in ((("none", "of"), after_none), (("no",), after_no)):
        for s, e in find({head: 1.0}, words):
            for p in owned:
                if tuple(words[e:e + len(p)]) == p:
                    return " ".join(words[s:e + len(p)])
    return None
