"""A complaint lodged with a body, read in the article's dispute (issue 11, twenty-first
round).

The guidelines: "A request lodged with a body that handles complaints (a regulator, an
ombudsman, a court, a tribunal, the police, the KPK) asking it to act on a wrong ... is a
filed complaint: an accusation by whoever lodged it. A call made in public is an appeal
(context)." The cue lists already read a complaint lodged with words of complaint ("wrote
to the ... Authority", "melaporkan ... ke Ombudsman": acts.py, filings.py). Once the article
has told an allegation, the party that pursues it does so in plainer words: it sends its
evidence to a body ("The union has sent its rosters to the Civil Aviation Authority",
"LAKN telah mengirim hasil uji itu ke Kementerian Perdagangan"), writes to one or applies to
one ("has applied to the First-tier Tribunal"), or, in English, asks one to act ("It has
asked the Advertising Standards Authority to investigate", "asked the High Court for a
recount"). From a speaker the article does not place on the accused side, with a body named
(a word written with a capital) after "to"/"ke"/"kepada" (or as the object of "asked",
"menyurati"), that is the complaint lodged: an accusation. What is sent to a named body that
can act on it is a complaint even where the lede did not read as an allegation ("The group
has sent its list of errors to the State Textbook Committee"); an act that also asks for a
permission ("applied to the council to extend the quarry") only after an allegation, and
never one that asks leave for the applicant's own works, written as "to <verb>" right after
the body ("which has applied to Merriden Shire Council to build 64 homes": thirty-third
round, "own_works"), nor proof of a payment the sentence says the sender made ("said it had
paid the full rights fee and had sent a bank confirmation to the Board": thirty-sixth round,
"own_payment").

Not: a plan ("will write to", "akan mengirim"); a negated act; a journalist's request for a
reply ("The Courier asked the ministry for comment"); no body named ("ke
pengembang", "to the developer"); a body that is a party of the dispute (the accused written
to is no complaint); an Indonesian "meminta" alone ("meminta KPK menelusuri": the readable
sets' gold reads it as a public call, context); the accused side's own letters; a
bystander's; a letter that only asks for an update ("wrote to the Planning Inspectorate
asking for an update on the scheme": filings.asks_for_update, thirty-ninth round).
Readable sets: 15 such sentences, 14 gold accusations; the one that is not ("Families
have written to the Ministry of Justice ... asking it to refuse any licence") is a plural
of unnamed people asking a ministry for a policy.
Words in data/cues/{en,id}.json, key ``label21_lodged``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.carried import carried
from annotator.domain.proposals.filings import asks_for_update
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find, made_once
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise

REACH = 12  # words after the verb where "to"/"ke" stands (what was sent comes between)
BODY_REACH = 6  # words after "to"/"ke" (or after a direct verb) where the body's head is


@lru_cache(maxsize=8)
def _transfers(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                       frozenset[str]]:
    raw = cue_file(language).get("label35_court_transfer", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("courts", ())),
            frozenset(raw.get("passive", ())), frozenset(raw.get("sent", ())))


def _court_transfer(words: list[str], s: int, e: int, start: int, head: str,
                    language: str) -> bool:
    """A case sent on to a court, not a complaint lodged with it (thirty-fifth round): the
    verb sends ("sent") to a court, and it is a passive ("The case was sent to Teesside
    Crown Court", "He was sent to Crown Court for sentencing") or what it sends is the case
    or the defendant ("Magistrates sent the case to Teesside Crown Court"): the procedure
    of a criminal case (context), not a party lodging its grievance ("The union has sent
    its evidence to the tribunal"). Words: data/cues/en.json, key "label35_court_transfer"."""
    verbs, courts, passive, sent = _transfers(language)
    if head not in courts or words[e - 1] not in verbs:
        return False
    return any(w in passive for w in words[max(0, s - 2):s]) or any(
        w in sent for w in words[e:start])


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[dict, dict, frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("label21_lodged", {})
    return (_phrases(raw.get("verbs", [])), _phrases(raw.get("direct", [])),
            frozenset(raw.get("links", ())), frozenset(raw.get("bodies", ())),
            frozenset(raw.get("before", ())),
            frozenset(tuple(p.split()) for p in raw.get("with_allegation", ())),
            frozenset(raw.get("for_comment", ())), frozenset(raw.get("own_works", ())))


@lru_cache(maxsize=8)
def _own_payment(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("label21_lodged", {}).get("own_payment", {})
    return frozenset(raw.get("proofs", ())), frozenset(raw.get("paid", ()))


def _proof_of_own_payment(words: list[str], s: int, e: int, link: int, language: str
                          ) -> bool:
    """What is sent is proof of a payment and the sentence says, before the act, that the
    sender paid ("StreamRing ... said it had paid the full rights fee in December and had
    sent a bank confirmation to the Board"): the payer's evidence that it paid, which
    answers a charge of not paying; never a complaint lodged (thirty-sixth round, bug fix on
    branch w9club2). Not: records, rosters or evidence of a wrong ("sent its rosters to the
    Civil Aviation Authority"); proof sent with no payment of the sender's told before."""
    proofs, paid = _own_payment(language)
    return any(w in proofs for w in words[e:link]) and any(w in paid for w in words[:s])


def lodged_with(text: str, lex: Lexicon, parties: tuple[str, ...] = (),
                alleged: bool = True) -> str | None:
    """The words that lodge the sentence's matter with a body ("sent ... to ... authority",
    "asked ... court"), else None. ``parties``: the names the dispute holds responsible or
    that denied: a body among them is not one the matter is lodged with. ``alleged``: the
    article has told an allegation before; without one, an act that also asks for a
    permission ("applied to the council to extend the quarry") lodges nothing."""
    verbs, direct, links, bodies, before, with_allegation, for_comment, own_works = _cues(
        lex.language)
    bodies = made_once(lex, "lodged_with.bodies",  # joined once per lexicon, not per call
                       lambda lex: _cues(lex.language)[3] | lex.complaint_bodies)
    tokens, words = reading_words(normalise(text))
    held = [p.casefold() for p in parties if p]
    spans = [(s, e, False) for s, e in find(verbs, words)] + [
        (s, e, True) for s, e in find(direct, words)]
    for s, e, is_direct in sorted(spans):
        if not alleged and tuple(words[s:e]) in with_allegation or any(
                w in for_comment for w in words[e:]):
            continue  # "applied to the council to extend"; "asked the ministry for comment"
        ahead = words[max(0, s - 3):s]
        if any(w in lex.negations for w in ahead) or any(w in before for w in ahead):
            continue  # "did not write to", "will send it to", "akan mengirim"
        starts = [e] if is_direct else []
        starts += [t + 1 for t in range(e, min(len(words), e + REACH)) if words[t] in links]
        for start in starts:
            body = words[start:start + BODY_REACH]
            heads = [k for k, w in enumerate(body) if w in bodies]
            if not heads:
                continue
            if _court_transfer(words, s, e, start, body[heads[0]], lex.language):
                continue  # "The case was sent to Teesside Crown Court": procedure
            if not is_direct and _proof_of_own_payment(words, s, e, start - 1, lex.language):
                continue  # "had paid the fee and had sent a bank confirmation to the Board"
            if asks_for_update(lex, words, start):
                continue  # "wrote to the Planning Inspectorate asking for an update": news
                # of a matter the body holds, no complaint (thirty-ninth round)
            named = " ".join(body[:heads[0] + 1])
            if not _capitalised(tokens, start, heads[0] + 1):
                continue  # "ke pengembang", "to the developer": no body named
            if any(named.removeprefix("the ") in p or p in named for p in held):
                continue  # the accused written to: no complaint lodged with a body
            after = words[start + heads[0] + 1:start + heads[0] + 3]
            if tuple(words[s:e]) in with_allegation and len(after) == 2 and after[0] in \
                    links and after[1] in own_works:
                continue  # "has applied to X Council to build 64 homes": a permission
            return f"{' '.join(words[s:e])} ... {body[heads[0]]}"
    for s, e, named in carried(lex, tokens, words):  # "has taken her complaint to X"
        if not any(named in p or p in named for p in held):
            return f"{' '.join(words[s:e])} ... {named}"
    return None


def _capitalised(tokens, start: int, length: int) -> bool:
    """A word of the body's phrase is written with a capital (a named body: "the Civil
    Aviation Authority", "Marine Scotland's compliance team", "Kementerian Perdagangan")."""
    return any(t.group()[:1].isupper() for t in tokens[start:start + length])
