"""A verb of saying as a participle after a named owner's thing in the object (thirty-seventh
round, issue 11, bug fix on branch t37b1). English only (a language with a participle
ending, lexicon ``participle_ending``).

"But he disputed Ofcom's figure, saying the company's own audit had found 9,200 accounts",
"She questioned Certilab Andina's results, adding that the laboratory was not accredited":
the participle after the comma shares the subject of the clause's verb ("he", "she"), as
", alleging that" does after "The Football Association charged Rovers". Before, the owner
named in the object ("Ofcom's figure") was read as the subject of "saying", so the regulator
was proposed as the speaker of the accused's denial.

Only where the comma follows "<verb> <Name>'s <one to three lower-case words>": a sentence
that opens with the owned noun ("Ghana's central bank kept its rate unchanged, saying"), a
preposition before the owner ("spoke at Ofcom's hearing, saying") and a lower-case owner
("defended the regulator's figures, saying") read as before.

Thirty-ninth round (bug fix, branch w14b3): a verb of saying joined by "but" or "and" to a
clause whose object is a named owner's thing shares that clause's subject too: "The
adviser's office confirmed it had received Ms Murray's letter but said it did not comment on
individual cases" was Ms Murray's; it is the office's (the clause read as "The adviser's
office confirmed it had said."). "Ms Murray's letter said ..." (the letter as its subject)
reads as before.
"""

from __future__ import annotations

from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.name_words import (
    _BREAK_MARKS,
    gap_before,
    name_word,
    run_back,
)

OWNED_WORDS = 3  # lower-case words after the possessive: "figure", "own test results"
_POSSESSIVE_GAP = "   "  # "Ofcom's figure" as normalised: the "'s" blanked
COORDINATORS = frozenset({"but", "and"})  # "... Ms Murray's letter but said"
_NOT_VERBS = frozenset({"and", "or", "but", "the", "a", "an", "its", "their", "his", "her",
                        "that", "which", "who", "than", "as", "not"})


def object_verb(text: str, tokens, words, at: int, lex: Lexicon) -> int | None:
    """Where the clause's verb stands when the participle of saying at ``at`` follows a
    comma after "<verb> <Name>'s <one to three lower-case words>", or the verb of saying at
    ``at`` follows "but"/"and" after them (round 39); else None."""
    if lex.head_first or not lex.participle_ending or at < 4:
        return None
    end = _owned_end(text, tokens, words, at, lex)
    if end is None:
        return None
    owned = end
    while owned > 0 and end - owned < OWNED_WORDS and tokens[owned - 1].group().isalpha() \
            and tokens[owned - 1].group().islower() and (
                owned == end or _BREAK_MARKS.isdisjoint(gap_before(text, tokens, owned))):
        owned -= 1
    if owned == end or owned < 2 or gap_before(text, tokens, owned) != _POSSESSIVE_GAP \
            or not name_word(tokens, words, owned - 1, lex):
        return None
    run = run_back(tokens, words, owned, lex)
    verb = run[0] - 1 if run else -1
    if verb < 1 or not _BREAK_MARKS.isdisjoint(gap_before(text, tokens, run[0])):
        return None
    word = tokens[verb].group()
    if not word.isalpha() or not word.islower() or words[verb] in lex.prepositions or \
            words[verb] in _NOT_VERBS:
        return None
    return verb


def _owned_end(text: str, tokens, words, at: int, lex: Lexicon) -> int | None:
    """Where the owned noun's words end before the verb of saying at ``at``: the verb itself
    for a participle after a comma (", saying"); "but"/"and" right before a verb of saying
    that has no subject of its own ("confirmed it had received Ms Murray's letter but said
    it did not comment": the clause's subject says it, as a participle's does; round 39,
    bug fix w14b3); else None."""
    if words[at].endswith(lex.participle_ending) and "," in gap_before(text, tokens, at):
        return at
    if words[at - 1] in COORDINATORS and _BREAK_MARKS.isdisjoint(gap_before(text, tokens, at)):
        return at - 1
    return None
