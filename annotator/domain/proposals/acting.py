"""The party that acts is the source: a sentence with no speech verb whose subject is a
named or described party performing an act the guidelines give a speaker to.

The guidelines ("context"): promises, plans, appeals and procedure keep their speaker
("The Riverland Irrigators' Association has written to the state's water minister asking
...", "The Met Office has extended its amber wind warning", "Ketua Umum PP PBVSI, Bambang
Sutrisno, menjanjikan bonus", "Karena itu, tim mengusulkan agar ..."); a party's own
account of itself is a claim with that party as its source ("Irwan mengakui sopir ...",
"Hartleigh Dale Parish Council has counted cracks in 47 homes"); a joint act names every
party. Narration with no speaker keeps no source: the subject must be a party ("Four
people died", "Prices rose 3%" have no act of this family; "Residents have written to the
council", "Warga memasang spanduk" are plurals of unnamed people, read as the speech verbs'
subjects are; a description nobody names, "Pemerintah provinsi", "Surveyors", is none
either), never a passive ("The bridge was closed"), a negated act, the act of a relative
or subordinate clause, sending what is no document or evidence ("has sent a team"), nor
an act of another sense ("mengakui kemerdekaan"), nor an event's ("Kasus ini menambah daftar
koperasi bermasalah": a case, an incident is no party; data "speaker34_events", round 34).

Evidence as the subject of a verb with which evidence speaks ("show", "menunjukkan",
"lists") speaks for the party that made it, the issuer of the document it stands in, or its
owner (evidence_party; the guidelines: a document speaks for whoever issued it).

The acts are data (data/cues/<language>.json, "speaker16_acts": phrases whose subject is
the source, and the evidence's verbs, nouns and makers). The subject is read as a speech
verb's is (reading._subject, passed in: this module sits below reading.py), and a pronoun
("It has sent its log", "Ia mengakui") takes the party named before. reading.py reads this
only where it would otherwise say "narration: no speech verb".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.carried import carried as carried_complaints
from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.name_words import person_in, pronoun_at
from annotator.domain.proposals.naming import (
    SpeakerReading,
    antecedent,
    known_or_new,
    named_after,
)
from annotator.domain.proposals.owners import owner_after
from annotator.domain.proposals.speaker_acts import documents as speaker_documents

KEY = "speaker16_acts"
# an enforcer's own act of enforcement with no speech verb ("In 2023 the agency brought a
# prosecution against another water company", "Last year the agency prosecuted a different
# firm"): the enforcer is the party acting, as "The regulator fined ..." already read
# (thirty-ninth round, bug fix w14c3)
ENFORCING_KEY = "speaker39_enforcer_acts"
_RELATIVE = frozenset({"yang", "who", "which", "that", "whose"})
_IT = frozenset({"it", "its"})  # a body: the body named last, not the last speaker
_ONE_PERSON = frozenset({"he", "she", "ia", "dia", "beliau"})  # the last named speaker


@dataclass(frozen=True)
class _Family:
    phrases: dict[tuple[str, ...], float]
    conveying: frozenset[str]  # counts only with a document or evidence after it
    conveyed: frozenset[str]
    subordinators: frozenset[str]
    not_before: dict[str, frozenset[str]]
    evidence_verbs: frozenset[str]  # with which evidence speaks ("show", "menunjukkan")
    evidence_nouns: frozenset[str]  # evidence beside the documents ("images", "citra")
    makers: frozenset[str]  # who made the evidence follows ("published by", "dianalisis")


@lru_cache(maxsize=8)
def _family(language: str) -> _Family:
    raw = cue_file(language).get(KEY, {})
    enforcing = cue_file(language).get(ENFORCING_KEY, {}).get("phrases", ())
    return _Family({tuple(p.split()): 0.8 for p in (*raw.get("phrases", ()), *enforcing)},
                   frozenset(raw.get("conveying", ())), frozenset(raw.get("conveyed", ())),
                   frozenset(raw.get("subordinators", ())),
                   {k: frozenset(v) for k, v in raw.get("not_before", {}).items()},
                   frozenset(raw.get("evidence_verbs", ())),
                   frozenset(raw.get("evidence_nouns", ())), frozenset(raw.get("makers", ())))


CONVEYED_REACH = 4  # words from "sent" to what it sends ("sent a 14-page list")


def acts_at(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """Where an act of the family stands in the casefolded ``words``, neither negated,
    passive, in a relative clause ("the complaint, which the council sent") nor after a
    subordinator ("sejak mengirim pasukan"); an act of conveying only with a document or
    evidence after it ("sent its log", not "sent a team")."""
    family = _family(lex.language)
    documents = speaker_documents(lex)
    found = []
    for s, e in find(family.phrases, words):
        before = words[max(0, s - 3):s]
        if any(w in lex.negations for w in before[-2:]):
            continue  # "has not sent", "tidak mengakui"
        if s > 0 and (words[s - 1] in lex.passive_auxiliaries
                      or words[s - 1] in family.subordinators):
            continue  # "was sent", "were appointed", "since sending"
        if _RELATIVE.intersection(before[-2:]):
            continue  # "the group that sent", "pihak yang mengakui"
        if e < len(words) and words[e] in family.not_before.get(words[s], ()):
            continue  # "mengakui kemerdekaan": recognising a state, not admitting
        if e < len(words) and words[e] in ("by", "oleh"):
            continue  # "records published by the department": a participle
        if words[s] in family.conveying and not any(
                w in family.conveyed or w in documents
                for w in words[e:e + CONVEYED_REACH]):
            continue
        found.append((s, e))
    return sorted(found + [span for span in lodging_at(lex, words) if span not in found])


LODGED_REACH = 12  # words after a lodging act where "to" stands ("referred the case to")
LODGED_BODY = 6  # words after "to" where the body's head stands


@lru_cache(maxsize=8)
def _lodging(language: str) -> tuple[dict, frozenset, frozenset, frozenset, frozenset]:
    raw = cue_file(language).get("speaker34_lodging", {})
    bodies = frozenset(cue_file(language).get("label21_lodged", {}).get("bodies", ()))
    return ({tuple(p.split()): 0.8 for p in raw.get("acts", ())},
            frozenset(tuple(p.split()) for p in raw.get("asking", ())),
            frozenset(raw.get("asking_words", ())), frozenset(raw.get("links", ())), bodies)


def lodging_at(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """Where an act that lodges a matter with a named body stands (thirty-fourth round,
    key ``speaker34_lodging``): "has referred the case to the Office of the Independent
    Adjudicator", "has applied to New Forest District Council for a review"; neither
    negated, passive, after a subordinator nor in a relative clause; the body's head among
    the complaint bodies."""
    acts, asking, asking_words, links, extra = _lodging(lex.language)
    if not acts:
        return []
    family = _family(lex.language)
    bodies = extra | lex.complaint_bodies
    found = []
    for s, e in find(acts, words):
        before = words[max(0, s - 3):s]
        if any(w in lex.negations for w in before[-2:]) or _RELATIVE.intersection(
                before[-2:]) or s > 0 and (words[s - 1] in lex.passive_auxiliaries
                                           or words[s - 1] in family.subordinators):
            continue  # "was referred", "who has applied", "has not referred"
        for t in range(e, min(len(words), e + LODGED_REACH)):
            if words[t] not in links:
                continue
            heads = [k for k in range(t + 1, min(len(words), t + 1 + LODGED_BODY))
                     if words[k] in bodies]
            if not heads:
                continue
            after = words[heads[0] + 1:heads[0] + 2]
            if tuple(words[s:e]) in asking and not (after and after[0] in asking_words):
                continue  # "applied to the council to build": no matter lodged
            found.append((s, e))
            break
    return found


def described_only(name: str, lex: Lexicon) -> bool:
    """A name that is only a description with a capital for opening the sentence
    ("Pemerintah provinsi", "Kedua pihak", "Surveyors", "Pemerintah"): no party named.
    One word is a description when the lexicon knows it as a body's or a person's noun or,
    in English, when it reads as a plural ("Volunteers"; not "Greenpeace", "Tesco")."""
    words = name.split()
    if not words or not words[0][1:].islower():
        return False
    if len(words) > 1:
        return all(w.islower() for w in words[1:])
    word = words[0].casefold()
    return word in lex.org_heads or word in lex.description_heads or word in lex.titles \
        or word in lex.unnamed or word in lex.government_heads or (
            lex.language == "en" and word.endswith("s") and not word.endswith("ss"))


def party_acting(text, tokens, words, lex: Lexicon, last_named: str | None, subject,
                 carried, antecedent_of, clause_subject=None):
    """The reading of the party that performs the sentence's first act of the family:
    ``subject(s, why)`` reads the subject before the act at ``s`` as a speech verb's
    (reading._subject), ``carried(cue)`` a pronoun as the last named speaker,
    ``antecedent_of(pronoun, why)`` "it" as the body named last. None when no such act stands,
    or its subject names nobody."""
    lodging = lodging_at(lex, words)
    spans = acts_at(lex, words)  # and a complaint carried to a named body (carried.py)
    complaints = [(s, e) for s, e, _ in carried_complaints(lex, tokens, words)]
    spans = sorted(spans + [span for span in complaints if span not in spans])
    for s, e in spans:
        act = " ".join(words[s:e])
        why = f"the party acting: subject of '{act}'"
        p = s - 1
        while p >= 0 and words[p] in lex.between:
            p -= 1  # "It has also sent", "Ia juga mengakui"
        if p >= 0 and pronoun_at(tokens, words, p, lex) and (
                p == 0 or words[p - 1] in _OPENERS or "," in text[
                tokens[p - 1].end():tokens[p].start()]):
            if (s, e) in lodging:
                return None  # "It has referred the case to": the party it means is not
                # read (the body named last is as often the one referred)
            if words[p] in _IT:
                return antecedent_of(words[p], f"'{words[p]} {act}': the body named last")
            if last_named and words[p] in _ONE_PERSON:
                return carried(f"{words[p]} {act}")
            return None  # "They have written", "Kami mengirim": whom it means is not read
        clause = text[:tokens[s].start()].rsplit(",", 1)[-1].casefold().split()
        if _RELATIVE.intersection(clause):
            continue  # "Majelis hakim yang dipimpin X menjadwalkan": X does not act
        if _event_head(clause, lex):
            continue  # "Kasus ini menambah daftar ...": a case acts for nobody (round 34)
        found = subject(s, why)
        if found is None and (s, e) in complaints and clause_subject and s > 0 and \
                words[s - 1] == "and":  # "Ms Tranter has since left the club and has taken"
            found = clause_subject(s - 1, f"the party acting: subject of '... and {act}'")
        if found is not None and found.name and not found.written and not (
                found.new and described_only(found.name, lex)):
            return found
    return None


_OPENERS = frozenset({"and", "but", "dan", "namun", "tetapi", "lalu", "kemudian", "then",
                      "also", "juga", "meanwhile", "sementara", "itu"})


@lru_cache(maxsize=8)
def _events(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker34_events", {}).get("heads", ()))


def _event_head(clause: list[str], lex: Lexicon) -> bool:
    """The subject before an act opens, past openers, with an event's noun (data
    ``speaker34_events``; a language whose head noun comes first: "Kasus ini", "Insiden di
    Stadion X", "Kasus BPR X"). A case, an incident, an event is no party: narration keeps
    no source (thirty-fourth round, a bug fix from the lead's try). English has no such
    words: "The case", "This incident" are read as no name already, and a last word "Case"
    may be a person's ("Steve Case sent a letter")."""
    events = _events(lex.language)
    if not events or not lex.head_first:
        return False
    bare = [w.strip(".,;:\"'“”‘’()") for w in clause]
    bare = [w for w in bare if w]
    while bare and bare[0] in _OPENERS:
        bare.pop(0)
    return bool(bare) and bare[0] in events


def evidence_party(index, text, tokens, words, mentions, lex: Lexicon, span, document_of):
    """The party a piece of evidence speaks for when it is the subject of a verb with which
    evidence speaks ("show", "menunjukkan", "lists", "cites"): the party the subject says
    made it ("Water trading records published by the department", "Citra satelit yang
    dianalisis Yayasan X", "Satellite images analysed by a local environmental group"), the
    issuer of the document it stands in ("Satellite images in the report": the report's),
    or its owner ("Companies House records", "The charity's accounts for 2025", "Hasil uji
    laboratorium Balai Besar Veteriner terhadap sampel"). ``span(k)`` gives the subject's
    (start, end) before the verb at ``k``; ``document_of(noun, written)`` a document's
    issuer (reading._document). None when the subject names nobody ("City records show",
    "Figures obtained by the paper show": obtaining is no making)."""
    family = _family(lex.language)
    nouns = family.evidence_nouns | frozenset(speaker_documents(lex))
    for k, word in enumerate(words):
        if word not in family.evidence_verbs:
            continue
        opens, end = span(k)
        while opens < end and words[opens] in _ARTICLES:
            opens += 1
        why = f"the party its evidence speaks for: subject of '{word}'"
        offered = _offered_by(tokens, words, opens, end, lex, nouns)
        if offered is not None:  # "Photographs shown at the meeting by resident X"
            found = named_after(index, text, tokens, words, mentions, offered, lex, why)
            if _owner_named(found, lex):
                return found
        if opens >= end or words[opens] not in nouns and not any(
                w in nouns for w in words[opens:end]):
            continue  # the subject is no document or evidence
        for j in range(opens, end):  # "published by X", "yang dianalisis X"
            if words[j] in family.makers:
                at = j + 1 + (j + 1 < end and words[j + 1] in ("by", "oleh"))
                noun = at + (at < end and words[at] in _ARTICLES)
                if noun == end - 1 and tokens[noun].group().islower() and (
                        words[noun] in lex.org_heads or words[noun] in lex.description_heads):
                    # "by the department": the body the article named
                    return _body_meant(antecedent(index, words[noun], why), lex)
                found = named_after(index, text, tokens, words, mentions, at, lex, why)
                return found if _owner_named(found, lex) else None
        for j in range(opens, end - 1):  # "Satellite images in the report"
            if words[j] in ("in", "dalam"):
                d = j + 1 + (words[j + 1] in _ARTICLES)
                if d < end and words[d] in speaker_documents(lex):
                    return document_of(words[d], text[tokens[d].start():tokens[d].end()])
        cut = next((j for j in range(opens + 1, end) if words[j] in lex.prepositions), end)
        if lex.head_first:
            if words[opens] in nouns:
                found = owner_after(index, text, tokens, words, mentions, opens, cut, lex,
                                    why)
                if _owner_named(found, lex):
                    return found
            continue
        if words[cut - 1] not in nouns:
            continue
        found = _owner_before(index, text, tokens, words, mentions, opens, cut - 1, lex, why)
        if found:
            return found
    return None


_ARTICLES = frozenset({"the", "a", "an", "this", "its", "their", "sebuah"})
OFFERED_KEY = "speaker38_offered"


def _offered_by(tokens, words, opens: int, end: int, lex: Lexicon, nouns: frozenset[str]
                ) -> int | None:
    """Where the one who offers the evidence is named: evidence the subject says was shown,
    presented, produced or handed over by someone ("Photographs shown at the meeting by
    resident Alan Birtles showed"): the name after "by" within the subject (a place or an
    audience may stand between: "at the meeting", "to the inquiry"), else None (thirty-
    eighth round, t38a). Seeing or obtaining ("seen by the Courier") is no offering."""
    raw = cue_file(lex.language).get(OFFERED_KEY, {})
    verbs = frozenset(raw.get("verbs", ()))
    if opens + 1 >= end or words[opens] not in nouns | frozenset(raw.get("nouns", ())) or \
            words[opens + 1] not in verbs:
        return None  # "Photographs shown ...": the evidence right before the verb
    j = opens + 1
    by = next((k for k in range(j + 1, end) if words[k] == "by"), None)
    if by is None or by + 1 >= end or any(w in verbs or w in _NOT_OFFERING
                                          for w in words[j + 1:by]):
        return None
    at = by + 1
    described = at  # "by resident Alan Birtles": the name after a lower-case description
    while described < min(end, at + 2) and tokens[described].group().islower() and \
            words[described] not in _ARTICLES:
        described += 1
    return described if described < end and tokens[described].group()[:1].isupper() else at


_NOT_OFFERING = frozenset({"seen", "obtained", "and", "or", "which", "that", "who"})


def _owner_before(index, text, tokens, words, mentions, start: int, noun: int, lex: Lexicon,
                  why: str):
    """The owner named from ``start`` up to the evidence's noun at ``noun``: a name
    ("Companies House records"), or a noun the article gave a name ("The charity's
    accounts")."""
    if noun <= start:
        return None
    for m in mentions:
        if m[2] == start and m[3] == noun:
            return SpeakerReading(m[0], why)
    owner = words[start:noun]
    if len(owner) == 1 and tokens[start].group().islower() and (
            owner[0] in lex.org_heads or owner[0] in lex.description_heads):
        return _body_meant(antecedent(index, owner[0], why), lex)  # "The charity's"
    if all(tokens[k].group()[:1].isupper() for k in range(start, noun)):
        found = known_or_new(index, person_in(text, tokens, words, (start, noun), lex), why)
        if _owner_named(found, lex):
            return found
    return None


def _owner_named(found, lex: Lexicon) -> bool:
    """Evidence's owner or maker read as a party: a name the registry or the article
    knows, else a new name of more than one word or in capitals ("Companies House",
    "BPOM"), never a description ("a local group") nor one capitalised word, which opening
    the sentence may have capitalised ("Federal records", "City records")."""
    if not found or not found.name or found.written:
        return False
    if not found.new:
        return True
    return not described_only(found.name, lex) and (
        " " in found.name or found.name.isupper())


def _body_meant(found, lex: Lexicon):
    """The name a body's noun was read as ("the charity", "the department"), unless it is a
    person's: the noun means the body, not the person named with it ("the charity's chair,
    Angela Fordham")."""
    return found if found and found.name and kind_of(found.name, lex) != PERSON else None
