"""A relative clause set between commas after a named subject, then two coordinated verbs
(issue 11, thirty-fourth round, bug fix from a try on articles nobody had proposed on).

'The Local Government Association, which represents councils, welcomed the increase but
warned that rising construction costs could stall schemes already approved.' and 'Ofsted,
which inspected the academy in March, rated it good and noted that "leaders track ..."'
got no source: each shape alone was read (a relative clause after the subject, or two
coordinated verbs), together they defeated the subject finder. Two readings:

- ``closed_relative``: a verb right after a relative clause closed by a comma (", which
  represents councils, welcomed") is the main clause's verb, not the relative clause's: the
  "which" three words before it does not make "welcomed" a passive or relative act
  (speech_family.passive_act), nor does a verb inside it make "welcomed" part of what that
  verb reports (speech_family.reported_act: ", which was accused of failing to act,
  welcomed").
- ``in_closed_relative`` (thirty-eighth round): a name inside such a relative clause
  (", which represents about 2,300 Dashly riders, said") is no candidate for the subject
  of the verb after it, though the article has named it as a speaker before.
- ``subject_before_aside``: a verb joined by "and" to a clause that opens right after such
  a relative clause ("Ofsted, which ..., rated it good and noted") shares the subject
  before the relative clause, when that subject is a name standing alone from the
  sentence's start (a leading "The" allowed) right up to the comma before "which"/"who".
  A pronoun, a plural of unnamed people ("Residents, who ...") or a subject that is not a
  name gives nothing: the relative clause's own subject is never taken.
"""

from __future__ import annotations

from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.name_words import (
    _BREAK_MARKS,
    gap_before,
    name_word,
    pronoun_at,
    run_forward,
)
from annotator.domain.proposals.plurals import counted_people

_OPENERS = frozenset({"which", "who"})  # not "whom", "that": a clause with its own subject
_LEADING = frozenset({"the"})


def _break_before(text, tokens, end: int) -> int:
    """The last token before ``end`` with a break mark in its gap, else 0."""
    return next((k for k in range(end - 1, 0, -1) if not _BREAK_MARKS.isdisjoint(
        gap_before(text, tokens, k))), 0)


def closed_relative(text, tokens, words: list[str], verb_at: int) -> int | None:
    """Where the relative clause opens when the verb at ``verb_at`` stands right after one
    set between commas (", which represents councils, welcomed"), else None."""
    if verb_at <= 0 or verb_at >= len(words) or "," not in gap_before(text, tokens, verb_at):
        return None
    k = _break_before(text, tokens, verb_at)
    if k <= 0 or words[k] not in _OPENERS or gap_before(text, tokens, k).strip() != ",":
        return None
    return k


def in_closed_relative(text, tokens, words: list[str], at: int, verb_at: int) -> bool:
    """The name at token ``at`` stands inside the relative clause closed right before the
    verb at ``verb_at``, a subject before the clause ("The Independent Couriers' Union,
    which represents about 2,300 Dashly riders, said", "Fairwork Watch, which monitors
    Dashly and other apps, said"): what the clause tells of the subject, never the one who
    speaks, though the article has named it as a speaker before (thirty-eighth round, bug
    fix t38e3: the delivery app the riders' union accuses was proposed as the union's
    source)."""
    if verb_at <= 0 or verb_at >= len(words) or "," not in gap_before(text, tokens, verb_at):
        return False
    k = next((j for j in range(verb_at - 1, 0, -1) if not _BREAK_MARKS.isdisjoint(
        gap_before(text, tokens, j)) and not _thousands(text, tokens, j)), 0)
    return 0 < k < at < verb_at and words[k] in _OPENERS and gap_before(
        text, tokens, k).replace(")", "").strip() == ","  # "Union (ICU), which"


def _thousands(text, tokens, k: int) -> bool:
    """The gap before token ``k`` is a number's comma ("2,300"), no break."""
    return gap_before(text, tokens, k) == "," and tokens[k - 1].group()[-1:].isdigit() \
        and tokens[k].group()[:1].isdigit()


def outside_aside(text, tokens, words: list[str], verbs: list[tuple[int, int]], verb_at: int
                  ) -> list[tuple[int, int]]:
    """``verbs`` without those inside the relative clause closed right before the verb at
    ``verb_at`` (", which was accused of failing to act, welcomed"): the relative clause's
    verb is no main verb the one after it reports."""
    k = closed_relative(text, tokens, words, verb_at)
    if k is None:
        return verbs
    return [(s, e) for s, e in verbs if not k <= s < verb_at]


def subject_before_aside(text, tokens, words: list[str], opens: int, lex: Lexicon
                         ) -> tuple[int, int] | None:
    """The named subject standing before a relative clause closed right before ``opens``
    ("Ofsted, which inspected the academy in March, | rated it good"): its run of name
    words, from the sentence's start (after a leading "The") up to the comma before
    "which"/"who"; else None."""
    if lex.language != "en":
        return None
    k = closed_relative(text, tokens, words, opens)
    if k is None or _break_before(text, tokens, k) != 0:
        return None
    start = 1 if words[0] in _LEADING and tokens[0].group()[:1].isupper() else 0
    if start >= k or not name_word(tokens, words, start, lex) or pronoun_at(
            tokens, words, start, lex) or words[start] in lex.unnamed or counted_people(
            tokens, words, start, k, lex):
        return None
    run = run_forward(tokens, words, start, lex)
    if run is None or run[0] != start or run[1] != k:
        return None
    return run
