"""What a reported statement carries when it carries no checkable fact, only a frame: the
guidelines' context even from a named speaker (data/guidelines.md, "context": procedure,
who met whom, what happens next), beside the statements that assert nothing checkable.

- no finding yet: nothing known, decided or concluded, too early to say ("said the cause
  was still unknown", "Ia mengatakan pihaknya belum dapat menyimpulkan");
- the state of a procedure: an inquiry still running, handed to another body, or waiting
  for its results ("the investigation was ongoing", "kasus itu dilimpahkan ke kejaksaan",
  "officials were awaiting the inspectors' report");
- the speaker's own contact with a party ("said she had written to the minister", "mengaku
  sudah menghubungi pihak sekolah"), not a party's contact with the speaker ("several
  people had contacted it": complaints received, a claim);
- what the speaker itself plans or prepares ("said it was planning to open a plant",
  "mengatakan pihaknya tengah menyiapkan gugatan");
- a wish the speaker states for itself ("She said she wanted answers", '"Kami ingin
  kejelasan," kata Siti').

The other way, where a frame's word hides a fact: a modal that predicts ("would cost
£4m", "akan turun") plans nothing; a feeling beside a reason, a contrast or cited evidence
leaves the fact to decide; an announcement of a fact ("announced that 40 people had
died") is no decision. And a wrong only named as what a frame is about, not yet known, or
done by anyone at all accuses nobody (only_about, read by read_label's reported wrongs).

A frame set against a fact ("the inquiry was ongoing, but officers had found ...") decides
nothing: the fact is the claim. Each family is data, ``context11_*`` in
``data/cues/<language>.json``; each reader takes the sentence's casefolded words (and the
positions of its speech verbs) and returns the words that decided, else None."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import handled, not_the_act, past_offer, scheduled, statute
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

STATE_REACH = 8  # words before a procedure's state where the procedure is named
BODY_REACH = 5  # words after "handed to", "dilimpahkan" where the body that takes it stands
RESULT_REACH = 4  # words after "awaiting", "menunggu" where what is awaited stands
CONTACT_GAP = 4  # words between a speech verb and the speaker's own contact
COMMITMENT_GAP = 5  # words from a speech verb to a commitment after its subject
FIRST_PERSON_OPENS = 2  # words before "we will", "akan kami" where the sentence opens
_CONTRASTS = frozenset("""but however although though yet whereas while namun tetapi tapi
meski meskipun walaupun walau sedangkan padahal sementara""".split())


@dataclass(frozen=True)
class Frames:
    no_finding: dict[tuple[str, ...], float]
    unclear: dict[tuple[str, ...], float]
    what_follows: frozenset[str]
    it: frozenset[str]
    procedure_nouns: frozenset[str]
    states: dict[tuple[str, ...], float]
    handed: dict[tuple[str, ...], float]
    bodies: frozenset[str]
    awaiting: dict[tuple[str, ...], float]
    results: frozenset[str]
    coming: dict[tuple[str, ...], float]
    formed: dict[tuple[str, ...], float]
    contact: dict[tuple[str, ...], float]
    contact_self: frozenset[str]
    contact_between: frozenset[str]
    desire: dict[tuple[str, ...], float]
    desire_self: frozenset[str]
    desire_not_before: frozenset[str]
    plans: dict[tuple[str, ...], float]
    plan_auxiliaries: frozenset[str]
    commitments: dict[tuple[str, ...], float]
    first_person: dict[tuple[str, ...], float]
    topics: frozenset[str]
    indefinite: dict[tuple[str, ...], float]


@lru_cache(maxsize=8)
def frames(language: str) -> Frames:
    raw = cue_file(language)
    found, state = raw.get("context11_no_finding", {}), raw.get("context11_procedure_state", {})
    met, wish = raw.get("context11_contact", {}), raw.get("context11_desire", {})
    plan = raw.get("context11_plans", {})
    return Frames(
        _phrases(found.get("phrases", [])), _phrases(found.get("unclear", [])),
        frozenset(found.get("what_follows", ())), frozenset(found.get("it", ())),
        frozenset(state.get("nouns", ())), _phrases(state.get("states", [])),
        _phrases(state.get("handed", [])), frozenset(state.get("bodies", ())),
        _phrases(state.get("awaiting", [])), frozenset(state.get("results", ())),
        _phrases(state.get("coming", [])), _phrases(state.get("formed", [])),
        _phrases(met.get("verbs", [])), frozenset(met.get("self", ())),
        frozenset(w for p in met.get("between", ()) for w in p.split()),
        _phrases(wish.get("verbs", [])), frozenset(wish.get("self", ())),
        frozenset(wish.get("not_before", ())), _phrases(plan.get("phrases", [])),
        frozenset(plan.get("auxiliaries", ())), _phrases(plan.get("commitments", [])),
        _phrases(plan.get("first_person", [])),
        frozenset(raw.get("context11_topics", {}).get("words", ())),
        _phrases(raw.get("context11_indefinite", {}).get("words", [])))


def _contrasted(words: list[str], s: int, e: int) -> bool:
    """A contrast outside the frame ("..., but officers had found"), or a second statement
    coordinated after it ("... and that the driver had been awake for 20 hours", context12):
    a fact stands beside it, and the fact is what the sentence asserts."""
    return any(w in _CONTRASTS for w in words[:s] + words[e:]) or bool(
        find(_SECOND_LINKS, words[e:]))


def _second_links(language: str) -> dict[tuple[str, ...], float]:
    return _phrases(cue_file(language).get("context12_second_fact", {}).get("links", []))


# the readers are given no language; the links of both never read as each other's words
_SECOND_LINKS = {**_second_links("en"), **_second_links("id")}


def no_finding(lex: Lexicon, words: list[str]) -> str | None:
    """Nothing found yet: not known, not decided, not concluded, too early to say. "unclear"
    only before what is unclear ("unclear whether", "belum jelas siapa"), after "it"
    ("it was unclear"), or ending the sentence ("The cause remains unclear")."""
    span = _no_finding_span(lex, words)
    return " ".join(words[span[0]:span[1]]) if span else None


def _no_finding_span(lex: Lexicon, words: list[str]) -> tuple[int, int] | None:
    fam = frames(lex.language)
    for s, e in find(fam.no_finding, words):
        if not _contrasted(words, s, e):
            return s, e
    for s, e in find(fam.unclear, words):
        if _contrasted(words, s, e):
            continue
        if e == len(words) or words[e] in fam.what_follows or any(
                w in fam.it for w in words[max(0, s - 3):s]):
            return s, e
    return None


def procedure_state(lex: Lexicon, words: list[str]) -> str | None:
    """The state of a procedure: still running ("the investigation was ongoing",
    "penyelidikan masih berjalan"), handed to a body ("the matter had been handed to
    prosecutors", "dilimpahkan ke kejaksaan"), waiting for its results ("masih menunggu
    hasil autopsi", "were awaiting the inspectors' report"), its results still to come
    ("results were expected within two weeks", "hasil uji baru keluar pekan depan"), or a
    team set up to run it ("set up a panel", "membentuk tim pencari fakta")."""
    fam = frames(lex.language)
    for s, e in find(fam.states, words):
        if any(w in fam.procedure_nouns for w in words[max(0, s - STATE_REACH):s]) and not (
                _contrasted(words, s, e)):
            return " ".join(words[max(0, s - 2):e])
    for s, e in find(fam.handed, words):
        if any(w in fam.bodies for w in words[s:e + BODY_REACH]) and not _contrasted(
                words, s, e):
            return " ".join(words[s:e])
    for s, e in find(fam.awaiting, words):
        if not_the_act.wait_lasted(lex, words, e):
            continue  # "menunggu salinan putusan selama tujuh bulan": a delay told (28b)
        if any(w in fam.results for w in words[e:e + RESULT_REACH]) and not _contrasted(
                words, s, e):
            return " ".join(words[s:e + 1])
    for k, w in enumerate(words):
        if w in fam.results and not _contrasted(words, k, k + 1):
            due = find(fam.coming, words[k + 1:k + 1 + RESULT_REACH])
            if due and find(lex.schedule, words[k + 1:]):
                return " ".join(words[k:k + 1 + due[0][1]])  # "results ... expected ... next week"
    for s, e in find(fam.formed, words):
        if not _contrasted(words, s, e):
            return " ".join(words[s:e])
    return None


def contact(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """The speaker's own contact with a party: its verb just after the speech verb, with
    only the speaker's pronoun and auxiliaries between ("said she had written to",
    "mengaku sudah menghubungi", "mengatakan pihaknya telah menyurati")."""
    fam = frames(lex.language)
    for s, e in find(fam.contact, words):
        for v in speech_at:
            between = words[v + 1:s]
            if v < s and len(between) <= CONTACT_GAP and all(
                    w in fam.contact_self or w in fam.contact_between for w in between) and (
                    not _contrasted(words, s, e)):
                return " ".join(words[s:e])
    return None


def contacted_by_others(lex: Lexicon, words: list[str], cue: str) -> bool:
    """The procedure's ``cue`` is a party's contact with the speaker, not the speaker's own
    ("said several tenants had contacted it", "dozens of parents have written to the
    school"): complaints received, a claim by the guidelines. The contact's subject is no
    pronoun of the speaker's and no speech verb stands just before it."""
    fam = frames(lex.language)
    for s, e in find(fam.contact, words):
        if words[e - 1] != cue.split()[-1]:
            continue
        k = s - 1
        while k >= 0 and words[k] in fam.contact_between:
            k -= 1
        if k >= 0 and words[k] not in fam.contact_self and (words[k],) not in lex.speech:
            return True
    return False


def desire(lex: Lexicon, words: list[str]) -> str | None:
    """A wish the speaker states for itself: its verb after the speaker's own word ("she
    wanted answers", '"We just want to sleep at night"', "Kami ingin kejelasan"); the
    words that may not follow it are data (``not_before``)."""
    fam = frames(lex.language)
    for s, e in find(fam.desire, words):
        if s > 0 and words[s - 1] in fam.desire_self and not (
                e < len(words) and words[e] in fam.desire_not_before) and not _contrasted(
                words, s, e) and not _relative_wish(lex.language, words, s - 1):
            return " ".join(words[s - 1:e])
    return None


@lru_cache(maxsize=8)
def _relative_cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                           int]:
    raw = cue_file(language).get("context35_relative_wish", {})
    return (frozenset(raw.get("determiners", ())), frozenset(raw.get("not_nouns", ())),
            frozenset(raw.get("pronoun_nouns", ())), int(raw.get("reach", 0)))


def _relative_wish(language: str, words: list[str], pronoun: int) -> bool:
    """The wish's pronoun opens a relative clause without "that" after a noun phrase a
    determiner opens ("the online homework they need for coursework", "the answers we
    deserve", "everything they want"): it describes a thing, the speaker states no wish
    (thirty-fifth round, t35e; data/cues, "context35_relative_wish"; a language without
    the key reads none)."""
    determiners, not_nouns, pronoun_nouns, reach = _relative_cues(language)
    if not reach or pronoun < 1:
        return False
    noun = words[pronoun - 1]
    if noun in pronoun_nouns:
        return True
    if not noun.isalpha() or noun in not_nouns or noun in determiners:
        return False
    for k in range(pronoun - 2, max(-1, pronoun - 2 - reach), -1):
        if words[k] in determiners:
            return True
        if not words[k].isalpha() or words[k] in not_nouns:
            return False
    return False


def own_plan(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """What the speaker itself plans, prepares or aims to do, just after the speech verb
    with only its pronoun and auxiliaries between ("said it was planning to open",
    "said they aim to finish", "mengatakan pihaknya tengah menyiapkan"), or its body by its
    kind ("said the company was planning to"); a commitment after any subject ("menyebut
    rumah sakit siap membuka rekaman"); the speaker's own future opening the sentence or after
    its opening condition ("Kalau ..., kontraknya akan kami putus"; not after a fact: "We
    have shared our logbooks and we will cooperate" is the fact's); a thing's future
    ("said the rules were set to cost") is a prediction, not a plan."""
    fam = frames(lex.language)
    for s, e in find(fam.first_person, words):
        opening = s <= FIRST_PERSON_OPENS or words[0] in lex.conditionals
        if opening and not predicted(lex, words, s, e) and not _contrasted(words, s, e):
            return " ".join(words[s:e])  # "Kalau ..., kontraknya akan kami putus"
    for s, e in find(fam.commitments, words):
        if past_offer.told_as_done(lex.language, words, s, e):
            continue  # "said the club had offered to ... and had spent £60,000": an account
        if any(v < s and s - v <= COMMITMENT_GAP for v in speech_at) and not _contrasted(
                words, s, e):
            return " ".join(words[s:e])  # "menyebut rumah sakit siap membuka rekaman"
    represented, future = _represented(lex.language)
    for s, e in find(fam.plans, words):
        if past_offer.told_as_done(lex.language, words, s, e):
            continue  # (round 35)
        for v in speech_at:
            between = words[v + 1:s]
            if v < s and len(between) <= CONTACT_GAP and all(
                    w in fam.contact_self or w in fam.contact_between
                    or w in fam.plan_auxiliaries or w in _OWN_SIDE or w in lex.org_heads
                    or w in represented for w in between) and not _contrasted(words, s, e):
                return " ".join(words[s:e])
    for s, e in find(future, words):  # context12: "said his client would answer"
        between = [words[v + 1:s] for v in speech_at if v < s]
        if between and 0 < len(between[-1]) <= 2 and all(
                w in represented for w in between[-1]) and not _contrasted(words, s, e):
            return " ".join(words[s - 1:e])
    return None


@lru_cache(maxsize=8)
def _represented(language: str) -> tuple[frozenset[str], dict[tuple[str, ...], float]]:
    """The words for the party a speaker speaks for ("his client", "kliennya") and the
    future words after them (``context12_represented``)."""
    raw = cue_file(language).get("context12_represented", {})
    return frozenset(raw.get("words", ())), _phrases(raw.get("future", []))


# the speaker's own body named by its kind ("said the company was planning to")
_OWN_SIDE = frozenset("""the its our their his her company firm perusahaan pihak""".split())


def frame(lex: Lexicon, words: list[str], speech_at: list[int]) -> tuple[str, str] | None:
    """The frame a reported statement carries instead of a fact: (cue, reason), else None."""
    found = no_finding(lex, words)
    if found:
        return found, f"no finding yet: '{found}'"
    found = procedure_state(lex, words)
    if found:
        return found, f"the state of a procedure: '{found}'"
    found = contact(lex, words, speech_at)
    if found:
        return found, f"who contacted whom: '{found}'"
    found = desire(lex, words)
    if found:
        return found, f"a wish stated: '{found}'"
    found = own_plan(lex, words, speech_at)
    if found:
        return found, f"a plan of the speaker's own: '{found}'"
    found = scheduled.event_held(lex, words, speech_at)  # context12
    if found:
        return found, f"a schedule: when or where an event is held: '{found}'"
    found = statute.attributed_rule(lex, words, speech_at)  # context12
    if found:
        return found, f"what a rule says in general: '{found}'"
    return handled.procedure(lex, words, speech_at)  # context12


TOPIC_REACH = 3  # words before a wrong where the noun that makes it a topic stands


def framed_topic(lex: Lexicon, words: list[str], at: int, speech_at: list[int]) -> bool:
    """The wrong at ``at`` is only what a frame is about: a topic's noun just before it
    ("the inquiry into the embezzlement", "dugaan korupsi", "claims of bribery") in a
    sentence that carries a frame, or a feeling or a plan before the wrong ("said the
    investigation into the embezzlement was ongoing", "mengaku kaget dengan dugaan
    korupsi", "said it would look into claims of bribery"): context, not an accusation."""
    fam = frames(lex.language)
    if not any(w in fam.topics or w in lex.topic_of for w in words[max(0, at - TOPIC_REACH):at]):
        return False
    return bool(find(lex.feelings, words[:at]) or find(lex.plans, words[:at])
                or frame(lex, words, speech_at))


@dataclass(frozen=True)
class Predictions:
    modals: frozenset[str]
    skip: frozenset[str]
    not_acts: frozenset[str]
    links: dict[tuple[str, ...], float]
    min_words: int


@lru_cache(maxsize=8)
def predictions(language: str) -> Predictions:
    raw = cue_file(language)
    pred, why = raw.get("context11_predictions", {}), raw.get("context11_feeling_reasons", {})
    return Predictions(frozenset(pred.get("modals", ())), frozenset(pred.get("skip", ())),
                       frozenset(pred.get("not_acts", ())), _phrases(why.get("links", [])),
                       int(why.get("min_words", 3)))


def predicted(lex: Lexicon, words: list[str], s: int, e: int) -> bool:
    """The modal at ``words[s:e]`` predicts or assesses, it plans nothing: a state, a cost
    or a quantity follows it ("said it would be impossible", "would cost £4m", "would
    have been paid less", "laba akan turun"), not an act ("would be reviewing" plans)."""
    fam = predictions(lex.language)
    if words[e - 1] not in fam.modals:
        return False
    k = e
    while k < len(words) and words[k] in fam.skip:
        k += 1
    if k >= len(words):
        return False
    if words[k] == "be" and k + 1 < len(words) and words[k + 1].endswith("ing"):
        return False
    return words[k] in fam.not_acts or words[k] in lex.quantity_verbs


def _at(words: list[str], phrase: str) -> int | None:
    cue = phrase.split()
    return next((k for k in range(len(words)) if words[k:k + len(cue)] == cue), None)


def beside_fact(lex: Lexicon, words: list[str], felt: str) -> str | None:
    """The feeling ``felt`` stands beside a fact: a reason, a contrast or cited evidence
    opens a clause after it ("were worried because the clinic had closed twice", "were
    anxious but backed the club", "senang ..., merujuk survei"): that clause carries the
    sentence's checkable fact, a claim. The link's words, else None."""
    at = _at(words, felt)
    if at is None:
        return None
    fam = predictions(lex.language)
    start = at + len(felt.split())
    for s, e in find(fam.links, words[start:]):
        if len(words) - (start + e) >= fam.min_words:
            return " ".join(words[start + s:start + e])
    return None


INDEFINITE_REACH = 4  # words before a wrong where its indefinite doer stands


def only_about(lex: Lexicon, words: list[str], at: int, speech_at: list[int]) -> bool:
    """The wrong at ``at`` charges nobody: it is what a frame is about (framed_topic), what
    is not yet known ("belum dapat menyimpulkan sumber pencemaran itu"), or its doer is
    anyone at all ("will punish anyone found to have taken bribes", "menindak
    siapa pun yang terbukti korupsi"): a warning or a plan, not an accusation."""
    if find(frames(lex.language).indefinite, words[max(0, at - INDEFINITE_REACH):at]):
        return True
    if statute.attributed_rule(lex, words, speech_at):
        return True  # context12: "Menurut perda, setiap pabrik wajib ... dibuang": a rule
    unknown = _no_finding_span(lex, words)
    if unknown and unknown[1] <= at:
        return True  # "belum dapat menyimpulkan sumber pencemaran itu": what is not yet known
    return framed_topic(lex, words, at, speech_at)


@lru_cache(maxsize=8)
def _announced(language: str) -> tuple[frozenset[str], int]:
    raw = cue_file(language).get("context11_announced", {})
    return frozenset(raw.get("finite", ())), int(raw.get("reach", 6))


def announced_fact(lex: Lexicon, words: list[str]) -> bool:
    """A decision verb that announces a fact, not a decision: a content link after it
    ("announced that 40 people had died"), a finite verb within reach ("announced the
    death toll had risen to 12"), or a figure right after it ("mengumumkan 40 orang
    meninggal"): a claim. Not one with a modal after it ("announced that the church would
    be sold"): a decision to come."""
    finite, reach = _announced(lex.language)
    for k, w in enumerate(words):
        if w not in lex.decisions:
            continue
        after = words[k + 1:k + 1 + reach]
        if any(a in predictions(lex.language).modals for a in words[k + 1:k + 1 + 2 * reach]):
            continue  # "announced that the church would be sold": a decision to come
        if after and (after[0] in lex.content_links or after[0][:1].isdigit()
                      or any(a in finite for a in after)):
            return True
    return False
