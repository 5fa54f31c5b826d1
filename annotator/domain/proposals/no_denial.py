"""Eighteenth round: denial cues that deny nothing where they stand.

"never" in the passive tells what was not done, and rebuts nothing: "The index was never
triggered", "the footage was never passed to his defence team", "a few had never been
unfolded". The bare negation of a passive says that something was not done to someone or
something. It is the fact an accuser, a witness or a bystander states, not a denial (the
guidelines: the accused side's reply is a denial when it argues against the allegation). A
denial says the speaker's side did not do the act ("we have never hidden a single
cancellation", "it has never sold", "should never have been heard" is an argument about a
ruling): there "never" stands before an active verb or a modal's perfect, and it stays the
lexicon's cue. Only the bare word is read here: "never happened", "never took place" are
phrases of the lexicon and stay denials; whoever speaks for the accused side is still read
by the dispute (dispute.py), which reads its claims as its reply.

"false" before a thing made to hide or deceive ("found a false wall at the front of the
trailer", "fitting a false front to a cash machine", "a false bottom") names a device, often
the wrong itself: nothing is called untrue. The things are data (data/cues/en.json,
"label18_en", "false_things"); "a false date of birth", "the claims were false" stay
denials.

A denial cue inside the offence a law defines (thirty-ninth round, issue 11, bug fix on
branch t39c4): "The Representation of the People Act 1983 makes it an offence to publish a
false statement of fact about a candidate", "It is a criminal offence to make a false
declaration", "Knowingly making a false statement on an expenses claim is a criminal
offence" tell what the law forbids: nothing is called untrue, no claim is rejected. The cue
stands after an opening that defines an offence ("an offence to", "illegal to") or before
its predicate ("is a criminal offence"), with no word between that opens another clause
("and", "but", a finite "is", "were": "it was illegal to hold the vote and the figures were
false" still denies). Words: data/cues/en.json, ``deny39_offence_defined``.

Thirty-ninth round (bug fix, branch w14b2; data ``deny39_no_denial`` in data/cues/en.json):
"false" before a noun of what is said ("statements", "claims", "information"), that noun
the object of a preposition of topic or of a verb that publishes or spreads it ("complaints
about false statements were a matter for the police", "makes it an offence to publish a false
statement of fact", "rules on false claims"), names a kind of statement as a topic: nothing
is called untrue ("said the claims were false", "called it a false allegation" stay
denials). And "never" in a concessive clause of a gerund ("despite never having stood in
the ward before", "notwithstanding never having played"): a contrast in the speaker's own
story, nothing rebutted.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

# the auxiliaries of a passive right before "never" ("was never", "were never"); "been"
# right after it ("had never been unfolded") is the perfect passive
BEFORE = frozenset({"was", "were", "is", "are", "be"})
AFTER = frozenset({"been"})


# past participles not ending in -ed or -en ("was never paid", "was never put out to tender")
IRREGULAR = frozenset("""paid put sent told made done kept held left found heard seen built
brought caught taught sold spent set cut run shut hit read met lost won bought""".split())


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in IRREGULAR


def passive_never(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` is the bare "never" of a passive ("was never
    triggered", "had never been unfolded"): nothing rebutted. Not before an adjective ("he
    was never aware of any complaint": his knowledge denied)."""
    if words[start:end] != ["never"] or "never" not in lex.negations:
        return False
    if end < len(words) and words[end] in AFTER:
        return end + 1 < len(words) and _participle(words[end + 1])
    return start > 0 and words[start - 1] in BEFORE and end < len(words) and _participle(
        words[end])


# round 36: a relative clause's passive joined to "never" by a conjunction ("extensions that
# were left half-built or never started", "kitchens which were ordered but never delivered")
CONJUNCTIONS = frozenset({"or", "and", "but"})
RELATIVES = frozenset({"that", "which"})
CONJUNCT_WORDS = 4  # words from the relative pronoun to the conjunction, at most


def coordinated_never(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` is the bare "never" of a passive joined to a
    relative clause's passive by "or", "and" or "but" ("work that was promised and never
    done"): what the thing described is, nothing rebutted. Not after a statement's noun
    ("the claims, which were investigated and never substantiated") nor a speech verb."""
    if words[start:end] != ["never"] or "never" not in lex.negations or start < 4 or \
            words[start - 1] not in CONJUNCTIONS or end >= len(words) or \
            not _participle(words[end]):
        return False
    for j in range(start - 2, max(0, start - 2 - CONJUNCT_WORDS), -1):
        if words[j] in RELATIVES and words[j + 1] in BEFORE and j + 2 < start - 1 and \
                _participle(words[j + 2]):
            return words[j - 1] not in lex.statement_nouns and (
                words[j - 1],) not in lex.speech and words[j - 1].isalpha()
    return False


@lru_cache(maxsize=4)
def _things(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("label18_en", {}).get("false_things", ()))


def false_thing(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` is "false" naming a device ("a false wall")."""
    return words[start:end] == ["false"] and end < len(words) and words[end] in _things(
        lex.language)


PREDICATE_WORDS = 5  # the longest predicate of "after" ("is a criminal offence"), in words


@lru_cache(maxsize=4)
def _offence_words(language: str) -> tuple[dict, dict, frozenset[str], int]:
    raw = cue_file(language).get("deny39_offence_defined", {})
    return (_phrases(raw.get("before", [])), _phrases(raw.get("after", [])),
            frozenset(raw.get("stops", ())), int(raw.get("reach", 0)))


def offence_defined(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` stands inside the offence a law defines ("makes it
    an offence to publish a false statement", "making a false statement ... is a criminal
    offence"): what is forbidden, nothing called untrue (module doc, thirty-ninth round)."""
    before, after, stops, reach = _offence_words(lex.language)
    if not reach:
        return False
    lead = max(0, start - reach)
    for _, e in find(before, words[lead:start]):
        if not any(w in stops for w in words[lead + e:start]):
            return True
    for s, _ in find(after, words[end:end + reach + PREDICATE_WORDS]):
        if s <= reach and not any(w in stops for w in words[end:end + s]):
            return True
    return False


@lru_cache(maxsize=4)
def _round39(language: str) -> dict:
    raw = cue_file(language).get("deny39_no_denial", {})
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def false_topic(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` is "false" before a noun of what is said, as the
    object of a preposition of topic or of a verb that makes or spreads it ("complaints
    about false statements", "to publish a false statement"): a kind of statement named,
    nothing called untrue (module doc)."""
    data = _round39(lex.language)
    if words[start:end] != ["false"] or end >= len(words) \
            or words[end] not in data.get("false_nouns", ()):
        return False
    k = start - 1
    if k >= 0 and words[k] in data.get("false_determiners", ()):
        k -= 1
    return k >= 0 and words[k] in data.get("false_governors", ())


def concessive_never(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` is the bare "never" of a concessive gerund
    ("despite never having stood in the ward before"): a contrast told, nothing rebutted
    (module doc)."""
    if words[start:end] != ["never"] or start == 0 or end >= len(words):
        return False
    return words[start - 1] in _round39(lex.language).get("never_concessives", ()) \
        and words[end].endswith("ing")


def idle(lex: Lexicon, words: list[str], start: int, end: int) -> bool:
    """Whether the denial cue at ``start:end`` denies nothing by a thirty-ninth-round
    reading ("complaints about false statements", "despite never having stood"): the
    allegation's noun called false (own_act.called_false) leaves it out as the rules'
    reading does."""
    return false_topic(lex, words, start, end) or concessive_never(lex, words, start, end)
