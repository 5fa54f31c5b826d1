"""A complaint, police report or lawsuit filed against a party: where its verb stands.

The party a filing names is the accused party of the article's dispute, exactly as the one
an accusation's cue names ("melaporkan Kepala Desa Cibodas, Sutarman, ke Polres Bogor" as
"menuding Sutarman"): its later replies explaining the matter away deny (data/guidelines.md).
The active verb names the accused after it, the passive before it ("Sutarman dilaporkan
warga", "Dunn was sued by residents"). A verb that also reports news or takes something
("melaporkan", "reported", "took") files only when a body that handles complaints follows
it after "ke"/"to" ("ke Polres Bogor", "to the police", "to court"), not after "with"
(thirty-fourth round: "we take privacy seriously and will cooperate with the ICO" files
nothing), nor after a modal ("customers can take their complaint to the ombudsman": a
possibility open to them, nobody's filing). Cue key
``filed10_filing`` in data/cues/{en,id}.json.

A self-report, thirty-third round (issue 11, bug fix): a reflexive right after the body
("had reported its shortcomings to the regulator itself", "reported the problem to the
regulator itself") says the speaker reported a matter about itself: no complaint lodged
against another party (key ``label33_self_reported``; acts.lodged reads it too).

A letter that asks for an update, thirty-ninth round (issue 11, bug fix on branch t39c1):
"wrote to the Planning Inspectorate three times asking for an update on the scheme", "has
written to the council seeking an update on the repairs" ask the body for news of a matter
it already holds, not to act on a wrong: an inquiry, no complaint lodged (the guidelines: a
request lodged with a body that handles complaints is a filed complaint when it asks the
body to act on a wrong). Read by acts.lodged and lodged_with.lodged_with; key
``label39_inquiry``.

A report named as a noun, forty-third round (issue 11, bug fix on branch w19eacc3): "report"
with a determiner among the two words before it and no object after it ("said in a report
that the company's own filings showed ...", "The panel's report is due to be presented to the
Security Council's sanctions committee") is a document, not the verb of reporting a party to
a body: its "to" and a body later name where the document goes or what it cites, no
complaint lodged. The verb keeps its object right after it ("Residents report the landlord
to the council"), and the document someone sends to the body stays a filing ("the report she
sent to the council in May": a word of ``noun_report_sent`` before the "to" or "with").
Keys ``noun_report_*`` of ``filed10_filing``.

A report rejected, thirty-sixth round (issue 11, bug fix): "report" as a noun (a determiner
among the two words before it) with its own verb negated right after it ("said the report did
not reflect the care provided", "the inspection report failed to reflect the changes") is the
finding the speaker rejects, no filing, whatever body the sentence names later ("related to a
period when agency staff were covering"). Keys ``rejected_report_*`` of ``filed10_filing``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

BODY_AFTER = 14  # words after a filing verb where "ke"/"to" and the body stand
BODY_REACH = 6  # words after "ke"/"to" where the body is named
INQUIRY_REACH = 14  # words after "to" where a letter's ask for an update opens
_JOINS = frozenset({"and", "but"})  # a second act joined to the letter: its ask stops there


@lru_cache(maxsize=8)
def _filing(language: str) -> tuple[dict, dict, frozenset[tuple[str, ...]]]:
    raw = cue_file(language).get("filed10_filing", {})
    return (_phrases(raw.get("verbs", [])), _phrases(raw.get("passives", [])),
            frozenset(tuple(p.split()) for p in raw.get("ambiguous", [])))


@lru_cache(maxsize=8)
def _not_before(language: str) -> frozenset[str]:
    """Words that introduce a body a verb of another sense does not file with ("with":
    "we take privacy seriously and will cooperate with the ICO"); thirty-fourth round."""
    return frozenset(cue_file(language).get("filed10_filing", {}).get(
        "ambiguous_not_before", ()))


@lru_cache(maxsize=8)
def _reflexives(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("label33_self_reported", {}).get(
        "reflexives", ()))


@lru_cache(maxsize=8)
def _modals(language: str) -> frozenset[str]:
    """Words before a verb of another sense that make it a possibility, not a filing
    ("Customers ... can take their complaint to the ombudsman"); thirty-fourth round."""
    return frozenset(cue_file(language).get("filed10_filing", {}).get(
        "ambiguous_not_after", ()))


def self_reported(lex: Lexicon, words: list[str], start: int) -> bool:
    """A reflexive right after the body that opens within BODY_REACH words of ``start``
    ("to the regulator itself"): the speaker's report about itself, not a complaint."""
    reflexives = _reflexives(lex.language)
    return any(words[k] in lex.complaint_bodies and words[k + 1] in reflexives
               for k in range(start, min(len(words) - 1, start + BODY_REACH)))


@lru_cache(maxsize=8)
def _inquiry(language: str) -> tuple[dict, frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("label39_inquiry", {})
    return (_phrases(raw.get("asks", [])), frozenset(raw.get("between", ())),
            frozenset(raw.get("objects", ())))


def asks_for_update(lex: Lexicon, words: list[str], start: int) -> bool:
    """What is written to the body that opens at ``start`` asks it for an update ("asking
    for an update on the scheme", "seeking updates"): one of ``asks`` within INQUIRY_REACH
    words and before any "and", "but" (a second act: "wrote to the Financial Conduct
    Authority about the fees and asked for an update" complains), then only ``between``
    words ("an", "further") before one of ``objects``. An inquiry about a matter the body holds, no
    complaint lodged (thirty-ninth round)."""
    asks, between, objects = _inquiry(lex.language)
    reach = words[start:start + INQUIRY_REACH]
    joined = [k for k, w in enumerate(reach) if w in _JOINS]
    reach = reach[:joined[0]] if joined else reach  # "demanding action, and later asked"
    for _, e in find(asks, reach):
        k = start + e
        while k < len(words) and words[k] in between:
            k += 1
        if k < len(words) and words[k] in objects:
            return True
    return False


def _with_a_body(lex: Lexicon, words: list[str], end: int) -> bool:
    """A body that handles complaints after "ke"/"to" following the verb ("ke Polres"), not
    one the speaker reported itself to ("to the regulator itself"), nor one after "with"
    (a verb of another sense: "take privacy seriously and cooperate with the ICO")."""
    skip = _not_before(lex.language)
    for t in range(end, min(len(words), end + BODY_AFTER)):
        if words[t] in lex.lodged_with and words[t] not in skip and any(
                w in lex.complaint_bodies for w in words[t + 1:t + 1 + BODY_REACH]):
            return not self_reported(lex, words, t + 1)
    return False


@lru_cache(maxsize=8)
def _rejected_words(language: str) -> tuple[frozenset, frozenset, frozenset]:
    raw = cue_file(language).get("filed10_filing", {})
    return tuple(frozenset(raw.get(f"rejected_report_{k}", ()))
                 for k in ("nouns", "determiners", "negations"))


def rejected_report(lex: Lexicon, words: list[str], s: int, e: int) -> bool:
    """"the report did not reflect ...": a report named as a noun whose own verb is negated
    right after it, the finding a speaker rejects, no complaint filed (thirty-sixth round)."""
    nouns, determiners, negations = _rejected_words(lex.language)
    return (" ".join(words[s:e]) in nouns and any(w in determiners for w in words[max(0, s - 2):s])
            and any(w in negations for w in words[e:e + 2]))


@lru_cache(maxsize=8)
def _noun_words(language: str) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    raw = cue_file(language).get("filed10_filing", {})
    return tuple(frozenset(raw.get(f"noun_report_{k}", ()))
                 for k in ("nouns", "determiners", "objects", "sent"))


def report_as_noun(lex: Lexicon, words: list[str], s: int, e: int) -> bool:
    """"said in a report that ...", "the panel's report is due to be presented to ...": the
    ambiguous "report" with a determiner among the two words before it and no object right
    after it names a document, not a party reported to a body (forty-third round); unless
    it is sent to the body ("the report she sent to the council"): a word of sending
    before the first "to"/"with" after it."""
    nouns, determiners, objects, sent = _noun_words(lex.language)
    if " ".join(words[s:e]) not in nouns or e < len(words) and words[e] in objects \
            or not any(w in determiners for w in words[max(0, s - 2):s]):
        return False
    for w in words[e:e + BODY_AFTER]:
        if w in lex.lodged_with:
            return True
        if w in sent:
            return False  # "the report she sent to the council": a document filed
    return True


def filing_at(lex: Lexicon, words: list[str]) -> list[tuple[int, int, bool]]:
    """Where the sentence's filing verbs stand: (start, end, passive), not negated; the
    ambiguous ones only with a body that handles complaints after them and, active, with
    their object before "ke"/"to" ("who reports to the board" files nothing)."""
    verbs, passives, ambiguous = _filing(lex.language)
    found = [(s, e, False) for s, e in find(verbs, words)]
    done = [(s, e, True) for s, e in find(passives, words)]
    found = [f for f in found if not any(a <= f[0] < b for a, b, _ in done)] + done
    able = _modals(lex.language)
    return sorted((s, e, p) for s, e, p in found
                  if not any(w in lex.negations for w in words[max(0, s - 2):s])
                  and not rejected_report(lex, words, s, e)
                  and not report_as_noun(lex, words, s, e)
                  and (tuple(words[s:e]) not in ambiguous or _with_a_body(lex, words, e)
                       and (p or e < len(words) and words[e] not in lex.lodged_with)
                       and not any(w in able for w in words[max(0, s - 2):s])))
