"""Another party in the dock of a passive accusation: the speaker's name shares a word with
the accused's, or the speaker is the passive's agent (thirty-fourth round, issue 11, try
helper t34edu).

dispute.in_the_dock reads the speaker as the one accused when a word of its name stands
before a passive accusation's cue ("Harwick was fined": a later sentence shortens the
name). Two parties of one place share such words: in "The University of Hallam Vale has
been accused by its students' union of raising fees", the union (named later "the Hallam
Vale Students' Union") is the accuser, and was read as the accused, so its own account and
its president's complaints were proposed as "the accused side replies": denials. Two
readings keep the speaker out of the dock:

- the capitalised name the word stands in before the cue is another party's: neither
  name's words hold the other's ("University of Hallam Vale" against "Hallam Vale
  Students' Union"; "Harwick" in "Harwick Water Ltd" or "Harwick Water Services" in
  "Harwick Water" is one party shortened or lengthened and stays in the dock);
- the passive names its agent after "by" and a word of the agent is a word of the
  speaker's name ("accused by its students' union", "fined by the regulator" when the
  regulator speaks): the speaker is the one accusing.
"""

from __future__ import annotations

from annotator.domain.proposals.lexicon import Lexicon, find

AGENT_AFTER = 3  # words after the passive's cue where "by" may stand ("accused on Monday by")
AGENT_REACH = 5  # words of the agent after "by"
_AGENT_ENDS = frozenset({"of", "for", "over", "after", "in", "on", "and", "to", "with",
                         "that", "who", "which", "oleh"})
_JOINING = frozenset({"of", "for", "and", "&", "de", "van"})  # "University of Hallam Vale"
_THAT = frozenset({"that", "bahwa"})  # opens the reported clause ("announced on Monday that")
_SLIGHT = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def _own(name: str, lex: Lexicon) -> set[str]:
    """The words that tell a name from another: not its company marker nor a slight word."""
    return {w.strip("'’").removesuffix("'s").removesuffix("’s") for w in
            name.casefold().replace("’", "'").split()} - lex.company_markers - _SLIGHT - {""}


def _run_at(tokens, words: list[str], k: int) -> tuple[int, int]:
    """The capitalised name the word at ``k`` stands in: (start, end), joining words such
    as "of" taken inside it when a capitalised word stands on both sides."""
    def capital(j: int) -> bool:
        return tokens[j].group()[:1].isupper()
    start = k
    while start > 0 and (capital(start - 1) or words[start - 1] in _JOINING and start > 1
                         and capital(start - 2)):
        start -= 1
    end = k + 1
    while end < len(words) and (capital(end) or words[end] in _JOINING and end + 1 < len(
            words) and capital(end + 1)):
        end += 1
    return start, end


def another_party_named(tokens, words: list[str], at: int, speaker: str, lex: Lexicon
                        ) -> bool:
    """Every word of the speaker's name standing before the cue at ``at`` stands in a
    capitalised name of another party: neither name's words hold the other's."""
    own = _own(speaker, lex)
    hits = [k for k in range(at) if words[k] in own]
    if not hits:
        return False
    for k in hits:
        start, end = _run_at(tokens, words, k)
        run = {w for j in range(start, end) for w in _own(words[j], lex)} - _JOINING
        if not tokens[k].group()[:1].isupper() or run <= own or own <= run:
            return False
    return True


def agent_is_speaker(words: list[str], end: int, speaker: str, lex: Lexicon) -> bool:
    """The passive cue ending at ``end`` names its agent after "by" within AGENT_AFTER
    words, and a word of that agent is a word of the speaker's name."""
    own = _own(speaker, lex)
    for b in range(end, min(len(words), end + AGENT_AFTER)):
        if words[b] in lex.passive_by:
            agent = []
            for w in words[b + 1:b + 1 + AGENT_REACH]:
                if w in _AGENT_ENDS or not w[:1].isalnum():
                    break
                agent.append(w.strip("'’").removesuffix("'s"))
            return bool(own.intersection(agent))
    return False


def reported_of_another(tokens, words: list[str], at: int, speaker: str, lex: Lexicon
                        ) -> bool:
    """A speech verb after the speaker's words and before the passive cue at ``at`` reports
    a clause naming another party before the cue ("said Marlow had been charged", "announced
    that jockey Sam Hale has been charged"): a capitalised word after the verb (and after
    its last "that"), none of them a word of the speaker's name. The speaker tells of the
    charge; it is not the one charged."""
    own = _own(speaker, lex)
    hits = [k for k in range(at) if words[k] in own]
    spoken = [e for s, e in find(lex.speech, words) if hits and hits[-1] < s and e < at]
    if not spoken:
        return False
    start = spoken[-1]
    that = [k for k in range(start, at) if words[k] in _THAT]
    if that:
        start = that[-1] + 1
    named = [k for k in range(start, at) if tokens[k].group()[:1].isupper()]
    return bool(named) and not any(words[k] in own for k in range(start, at))
