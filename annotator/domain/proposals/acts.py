"""What a sentence's act is when no accusation or denial word says it, by the classes the
guidelines define (seventh round, data/guidelines.md), each read from a cue list kept as data
(``data/cues/<language>.json``):

- procedure a named speaker reports ("said it had opened an inquiry", "was reviewing the
  data", "pihaknya sudah memanggil saksi", "suspended pending a hearing"): context;
- a pledge of one's own support or solidarity ("menyatakan dukungan penuh", "will stand by"):
  context, unlike another's support of you, valued, thanked or welcomed ("Rusia menghargai
  dukungan Korea Utara", "thanked Pyongyang for its support"): a claim;
- a body saying it received complaints ("menerima 300 pengaduan"): a claim;
- a complaint lodged with a body that handles complaints ("melaporkan temuan itu ke
  Ombudsman", "wrote to the Advertising Standards Authority"), or the filing as the subject
  ("Laporan itu disampaikan oleh warga"): an accusation by the filer;
- enforcement told as background ("fined once before") or against people the article does
  not name ("31 people were arrested"): context;
- the article's narration giving evidence ("records show", "hasil uji menunjukkan"): a
  claim; a feeling reported ("said it was disappointed", "mengaku kecewa"): context;
- a statement called wrong ("said the analysis was misleading", "figures were inflated") or
  disputed ("disputes the findings"): a denial, whoever says it.

Each reader takes the sentence's casefolded words (and their tokens where a capital matters)
and returns the cue that decided, else None. reading.read_label decides where each applies."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals import deeds, evidence_or_frame, narration, taken, underway
from annotator.domain.proposals.awaited_receipt import awaited
from annotator.domain.proposals.earlier_case import earlier_case
from annotator.domain.proposals.filings import asks_for_update, self_reported
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

REPORTED_REACH = 8  # tokens after a speech verb where a reported procedure or pledge starts
BODY_REACH = 6  # tokens after "to"/"ke" where the body a complaint is lodged with is named
LODGED_REACH = 8  # tokens after a reporting verb where "to"/"ke" stands
RECEIVED_REACH = 4  # tokens after "received" where the complaints are named
DISCREDIT_REACH = 4  # tokens after a statement's noun where the word calling it wrong stands
BACKGROUND_REACH = 8  # tokens either side of an enforcement word where "once before" stands
COUNTED_REACH = 4  # tokens before an enforcement word where "31 people" stands


def _negated(lex: Lexicon, words: list[str], start: int, reach: int = 2) -> bool:
    return any(w in lex.negations for w in words[max(0, start - reach):start])


def _verb_with(acts: dict[str, tuple[str, ...]], words: list[str], reach: int
               ) -> list[tuple[int, int]]:
    """Spans of a verb whose object names one of its words within ``reach`` ("opened" ...
    "inquiry"); a verb with no words listed stands alone."""
    found = []
    for k, word in enumerate(words):
        needed = acts.get(word)
        if needed is None:
            continue
        after = words[k + 1:k + 1 + reach]
        if not needed or any(w in needed for w in after):
            found.append((k, k + 1))
    return found


def procedure_spans(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """Where procedure is reported: the lexicon's phrases, its verbs with their objects
    ("opened" ... "inquiry") and questioning by investigators, negated or not."""
    return (find(lex.procedure, words) + _verb_with(lex.procedure_acts, words, 4)
            + narration.questioning(lex, words)  # "Penyidik memeriksa direktur itu"
            + narration.unstated(lex, words)  # "Police arrested the director on Tuesday"
            + underway.checking_spans(lex.language, words))  # "sedang menelusuri": round 26


def procedure(lex: Lexicon, words: list[str]) -> str | None:
    """Procedure reported: an inquiry opened, data under review, witnesses called, a
    provisional measure pending a hearing. Not negated ("has not opened an inquiry"), not
    a word that only describes a thing or sets a time ("alat yang disita", "saat sidak":
    evidence_or_frame.aside, twenty-eighth round)."""
    for s, e in sorted(procedure_spans(lex, words)):
        if not _negated(lex, words, s) and not evidence_or_frame.aside(lex, words, s):
            return " ".join(words[s:e])
    return None


PLEDGE_REACH = 5  # tokens after a speech verb where a pledge after the speaker's pronoun
# stands ("said it stood in solidarity"; "said the mayor supports" is another's)


def pledge(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """One's own support or solidarity stated: the sentence's first act, standing before any
    speech verb or just after the one that reports it ("Kim menyatakan dukungan penuh"),
    not after another act ("thanked Pyongyang for its support and pledged ...")."""
    for s, e in find(lex.pledges, words):
        if _negated(lex, words, s) or _speakers_side(lex, words, e):
            continue
        if all(v > s or s - v <= 3 or (s - v <= PLEDGE_REACH and any(
                w in narration.SELF for w in words[v + 1:s])) for v in speech_at):
            return " ".join(words[s:e])
    return None


@lru_cache(maxsize=8)
def _speaker_objects(language: str) -> frozenset[str]:
    raw = cue_file(language).get("w18ctx_support_of_speaker", {})
    return frozenset(raw.get("objects", ()))


def _speakers_side(lex: Lexicon, words: list[str], end: int) -> bool:
    """The pledge phrase ending at ``end`` has the speaker's own side as its object ("has
    stood with us", "berdiri bersama kami"): the support is another party's, given to the
    speaker, not the speaker's own pledge (forty-second round)."""
    return end < len(words) and words[end] in _speaker_objects(lex.language)


def support_of_speaker(lex: Lexicon, words: list[str]) -> str | None:
    """Another party's support of the speaker told ("Japan has stood with us at every
    step"): a claim by the guidelines ("saying that another party supports you is a
    claim"), where a pledge phrase with the speaker's side as its object would otherwise be
    read as the speaker's own pledge (context). Not negated. Its words, else None."""
    for s, e in find(lex.pledges, words):
        if not _negated(lex, words, s) and _speakers_side(lex, words, e):
            return " ".join(words[s:e + 1])
    return None


SUPPORT_REACH = 6  # tokens after a valuing verb where the support valued is named


def support_received(lex: Lexicon, words: list[str]) -> str | None:
    """Another party's support of the speaker valued, thanked or welcomed ("Moskow sangat
    menghargai dukungan Pyongyang", "thanked Seoul for its help", "welcomed Japan's backing"):
    a claim by the guidelines, unlike a pledge of one's own support. Not negated. Else
    another party's pledge given to the speaker (support_of_speaker, forty-second round)."""
    for s, e in find(lex.support_valuing, words):
        if _negated(lex, words, s):
            continue
        for w in words[e:e + SUPPORT_REACH]:
            if w in lex.support_nouns:
                return f"{' '.join(words[s:e])} ... {w}"
    return support_of_speaker(lex, words)


def received(lex: Lexicon, words: list[str]) -> str | None:
    """A body saying it received complaints or reports ("menerima 14 laporan", "has received
    23 complaints"): the complaints named just after the verb, or just before its passive
    ("pengaduan keluarga sudah diterima", "the complaint was received") unless procedure is
    what the sentence reports ("laporan itu sudah diterima dan sedang diproses")."""
    for k, word in enumerate(words):
        if word in lex.receiving_passive and not _negated(lex, words, k) and not \
                procedure(lex, words) and not awaited(lex.language, words, k):
            # "laporan sudah diterima dan sedang diproses": procedure; "would investigate
            # once a formal report had been received": awaited (awaited_receipt.py)
            before = words[max(0, k - RECEIVED_REACH):k]
            nouns = [w for w in before if w in lex.complaint_nouns]
            if nouns:
                return f"{nouns[0]} ... {word}"
    for k, word in enumerate(words):
        if word not in lex.receiving or _negated(lex, words, k) or awaited(
                lex.language, words, k):  # "would act once it received a complaint"
            continue
        after = words[k + 1:k + 1 + RECEIVED_REACH]
        for j, w in enumerate(after):
            if w in lex.complaint_nouns and not (j + 1 < len(after)
                                                 and after[j + 1] in lex.determiners_after):
                return f"{word} ... {w}"
    return None


@lru_cache(maxsize=8)
def _adjectival_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("label39_adjectival_lodging", {})
    return frozenset(raw.get("determiners", ())), frozenset(raw.get("complaints", ()))


def adjectival_lodging(language: str, words: list[str], s: int, e: int) -> bool:
    """A one-word verb of lodging right after a determiner describes the noun after it ("In
    its written response to the tribunal, the company said"): a participle, no act of
    lodging, so the body after "to" receives nothing from the speaker (thirty-ninth round,
    t39e2: the accused side's reply was "a complaint or lawsuit filed: 'written to'"). A noun
    of complaint after it still lodges one ("sent a written complaint to the ombudsman").
    Words: data/cues/<language>.json, key "label39_adjectival_lodging"."""
    determiners, complaints = _adjectival_words(language)
    return e - s == 1 and s > 0 and words[s - 1] in determiners and not (
        e < len(words) and words[e] in complaints)


def lodged(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """A complaint lodged with a body that handles complaints: a reporting verb, then
    "to"/"ke" and the body, by its head word ("Ombudsman", "police", "Polresta") within a few
    words, not asking it only for an update (filings.asks_for_update); or the filing itself
    as the subject ("Laporan itu ... disampaikan oleh")."""
    origin = narration.case_origin(lex, words)
    if origin:  # "Kasus ini bermula dari laporan warga": the filing
        return origin
    for s, e in find(lex.lodging, words):
        if _negated(lex, words, s) or adjectival_lodging(lex.language, words, s, e):
            continue
        for t in range(e, min(len(words), e + LODGED_REACH)):
            if words[t] not in lex.lodged_with:
                continue
            body = words[t + 1:t + 1 + BODY_REACH]
            if any(w in lex.complaint_bodies for w in body) and not self_reported(
                    lex, words, t + 1) and not asks_for_update(lex, words, t + 1):
                return " ".join(words[s:e] + [words[t]])
    nouns = [w for w in words[:2] if w in lex.filing_nouns]
    if nouns:
        for s, e in find(lex.filing_passives, words):
            if s > 0 and not _negated(lex, words, s):
                return f"{nouns[0]} ... {' '.join(words[s:e])}"
    return None


def background(lex: Lexicon, words: list[str], at: int) -> str | None:
    """Enforcement or a verdict told as background: "was fined once before", "pernah
    didenda", "previously convicted", a sentence opening in a past year ("In 2019"), a year
    and its case's own matter after the act ("in 2023 over billing errors")."""
    near = range(max(0, at - BACKGROUND_REACH), min(len(words), at + BACKGROUND_REACH))
    for s, e in find(lex.background, words):
        if s in near:
            return " ".join(words[s:e])
    # "In 2019 the park was fined", "was fined £120,000 in 2023 over ..." (earlier_case.py)
    return narration.background_year(words) or earlier_case(lex, words, at)


def unnamed_enforced(lex: Lexicon, words: list[str], at: int, tokens=None) -> bool:
    """Enforcement against people counted, not named: "31 people had been arrested",
    "arrested dozens of people", "menangkap 12 orang". Not people punished for a right
    exercised ("12 buruh dipecat karena bergabung dengan serikat"): the wrong (taken.py).
    An age in brackets after a name or initials ("berinisial SW (52) dijerat", "Carl
    Brent (41) was charged") counts nobody: one person, named (``tokens`` shows the
    brackets)."""
    if taken.retaliated(lex, words, at):
        return False
    if at > 0 and (words[at - 1][:1].isdigit() or deeds.counted_word(lex, words[at - 1])) \
            and not bracketed_age(tokens, at - 1):
        return True  # "made 42 arrests", "puluhan penangkapan"
    reach = range(max(2, at - COUNTED_REACH - 2), min(len(words), at + COUNTED_REACH + 3))
    if any(words[k] in lex.people_nouns and words[k - 1] in ("of", "dari") and (
            words[k - 2][:1].isdigit() or deeds.counted_word(lex, words[k - 2])) for k in reach):
        return True  # "dozens of protesters were detained"
    around = list(range(max(0, at - COUNTED_REACH), at)) + list(
        range(at + 1, min(len(words), at + 1 + COUNTED_REACH)))
    for k in around:
        if words[k] in lex.people_nouns and k > 0 and (
                words[k - 1][:1].isdigit() or deeds.counted_word(lex, words[k - 1])):
            return True
    return False


def bracketed_age(tokens, k: int) -> bool:
    """Token ``k`` is a number in brackets ("SW (52)"): an age after a name, not a count."""
    if tokens is None or not 0 < k < len(tokens) or not tokens[k].group().isdigit():
        return False
    text = tokens[k].string
    before = text[tokens[k - 1].end():tokens[k].start()]
    return before.strip() == "(" and text[tokens[k].end():tokens[k].end() + 1] == ")"


def discredited(lex: Lexicon, words: list[str]) -> str | None:
    """A statement, report or figure called wrong: "said the analysis was misleading", "the
    figures were inflated", "data itu menyesatkan". Whoever says it denies."""
    for s, e in find(lex.discrediting, words):
        if _negated(lex, words, s):
            continue
        before = words[max(0, s - DISCREDIT_REACH):s]
        if any(w in lex.statement_nouns for w in before):
            return " ".join(words[s:e])
    for s, e in find(lex.statement_rejecting, words):
        after = words[e:e + DISCREDIT_REACH]
        if not _negated(lex, words, s) and any(w in lex.statement_nouns for w in after):
            return " ".join(words[s:e])
    return None


def inside_appeal(lex: Lexicon, words: list[str], at: int) -> bool:
    """A word standing after an appeal's verb is what the appeal asks for ("urged China to
    stop its dangerous conduct"): the appeal is context even when it names a wrong."""
    return any(s < at for s, _ in find(lex.appeal_context, words))


def dismissed_from_work(lex: Lexicon, words: list[str], at: int) -> bool:
    """"The three were dismissed in May": people sacked, not a claim or a case rejected ("the
    case was dismissed", "the complaint was dismissed" stay denials)."""
    if (words[at],) not in lex.work_senses or at == 0:
        return False
    if find(deeds.families(lex.language).acts, words[at - 1:at]):
        return True  # "had unfairly dismissed the two drivers": a wrong manner, people sacked
    if words[at - 1] not in lex.passive_auxiliaries:
        return False
    before = words[max(0, at - 1 - DISCREDIT_REACH):at - 1]
    return not any(w in lex.statement_nouns or w in lex.filing_nouns or w in lex.case_nouns
                   for w in before)


_CLAUSE_VERBS = frozenset({"had", "have", "has", "did", "do", "does", "would", "could", "will",
                           "should", "might", "must", "can", "never", "ever", "knew"})


def deprived(lex: Lexicon, words: list[str], at: int) -> bool:
    """"Workers were routinely denied rest breaks", "was denied bail": people kept from
    something, not a statement rejected ("the allegations were denied" stays a denial)."""
    if words[at] not in lex.deprive_senses:
        return False
    if at + 2 < len(words) and words[at + 1] in taken.families(lex.language).persons and \
            words[at + 1] not in ("me", "us") and words[at + 2] not in lex.passive_auxiliaries \
            and words[at + 2] not in _CLAUSE_VERBS and not words[at + 2].endswith("ed"):
        return True  # "had denied inmates water": people kept from something (twelfth round);
        # not "denied workers were underpaid", a clause denied
    k = at - 1
    while k >= 0 and k >= at - 3 and lex.adverb_endings and words[k].endswith(
            lex.adverb_endings):
        k -= 1  # "were routinely denied"
    if k < 0 or words[k] not in lex.passive_auxiliaries:
        return False
    before = words[max(0, k - DISCREDIT_REACH):k]
    return not any(w in lex.statement_nouns or w in lex.filing_nouns or w in lex.case_nouns
                   for w in before)


def alleged(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """An act put as alleged ("diduga meminta uang", "ditengarai menggelembungkan", "allegedly
    told staff"): the guidelines' hedged accusation. Not a cause suspected ("diduga dipicu
    oleh cuaca", "diduga akibat korsleting": the lexicon's ``explains``), nor negated."""
    for s, e in find(lex.alleging, words):
        if _negated(lex, words, s):
            continue
        after = words[e:e + 3]
        if not after or any(w in ("dipicu", "terjadi") for w in after[:1]):
            continue
        if find(lex.explains, after):
            continue
        if _befell_at(lex, words, e):
            continue  # "data diduga bocor", "objek diduga cagar budaya": no act alleged
        return " ".join(words[s:e])
    return None


def hedged_befell(lex: Lexicon, words: list[str]) -> str | None:
    """A hedge over what befell a thing or over a status ("data pemilih diduga bocor",
    "negara disinyalir menanggung kelebihan bayar", "objek diduga cagar budaya"): what is
    suspected happened, no party's act alleged, a claim by the guidelines. The hedge and
    the word after it, else None."""
    for s, e in find(lex.alleging, words):
        if _befell_at(lex, words, e) and not _negated(lex, words, s):
            return " ".join(words[s:e + 1])
    return None


BEFELL_REACH = 5  # words after what befell where a wrong's word or its agent would stand


def _befell_at(lex: Lexicon, words: list[str], at: int) -> bool:
    """Word ``at`` (right after a hedge) says what befell or a status, and no wrong's word
    nor an agent ("oleh") follows within reach: "diduga mengalami rem blong" befell, but
    "diduga mengalami pelecehan oleh gurunya" alleges a wrong done (branch w19iacc6)."""
    if at >= len(words) or words[at] not in _befell(lex.language):
        return False
    rest = words[at + 1:at + 1 + BEFELL_REACH]
    if "oleh" in rest or "by" in rest:
        return False  # "diduga bocor oleh orang dalam": an agent, an act alleged
    # "mengalami pelecehan": what one undergoes may be a wrong done ("menanggung kelebihan
    # bayar" is a loss borne: data ``w19iacc_hedged_befell.undergone``)
    return words[at] not in _undergone(lex.language) or not find(lex.wrongdoing, rest)


@lru_cache(maxsize=8)
def _undergone(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("w19iacc_hedged_befell", {}).get("undergone", ()))


@lru_cache(maxsize=8)
def _befell(language: str) -> frozenset[str]:
    """What a hedge may stand over that is no act: what befell a thing or a status
    ("bocor", "mengalami", "menanggung", "cagar"; data ``w19iacc_hedged_befell``): the
    hedged sentence then alleges nothing (forty-third round, w19iacc3)."""
    return frozenset(cue_file(language).get("w19iacc_hedged_befell", {}).get("words", ()))


def scheduled(lex: Lexicon, words: list[str]) -> str | None:
    """What happens next, with its time set ("next week", "on Monday", "until the park
    shows", "pekan depan", "setelah lolos uji ulang"): a schedule, context by the
    guidelines."""
    found = find(lex.schedule, words)
    return " ".join(words[found[0][0]:found[0][1]]) if found else None


def framing(lex: Lexicon, tokens, words: list[str]) -> set[int]:
    """The token positions inside a clause of time or reason ("after Seoul condemned
    Pyongyang", "setelah OJK menerima pengaduan", "because the firm lied"): from its opening
    word to the next comma, semicolon or dash, else to the end."""
    text = tokens[0].string if tokens else ""
    inside: set[int] = set()
    k = 0
    while k < len(words):
        if words[k] not in lex.frames:
            k += 1
            continue
        j = k + 1
        while j < len(words) and not any(
                ch in text[tokens[j - 1].end():tokens[j].start()] for ch in ",;–—"):
            j += 1
        inside.update(range(k, j))
        k = j
    return inside


def evidence(lex: Lexicon, words: list[str]) -> str | None:
    """The article's own narration giving evidence: what records, readings or tests show or
    what was found ("Federal records show", "They found that", "hasil uji menunjukkan"): a
    claim by the guidelines, unlike other narration."""
    for s, e in find(lex.evidence, words):
        if not _negated(lex, words, s):
            return " ".join(words[s:e])
    return None


def feeling(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """A feeling reported as what was said ("said they were surprised and disappointed",
    "menyatakan kecewa"): context by the guidelines. It stands just after the speech verb.
    A confidence about what is to come ("said he was confident the result would stand";
    ``context30_ahead``, thirtieth round) is one only with a modal of the future after it:
    "confident its boats were safe" asserts the fact. The verb's "that" may stand a few
    words after it, past where and when it was said ("said in a statement after the
    hearing that it was \"disappointed\"": thirty-fifth round, ``context35_said_that``):
    the feeling stands just after that "that"."""
    speech_at = [*speech_at, *_said_that(lex.language, words, speech_at)]
    for s, e in find(lex.feelings, words):
        if e < len(words) and words[e] in lex.content_links and words[e - 1] in \
                lex.feeling_nouns:
            continue  # "menyuarakan kekhawatiran bahwa ...", "concern that": what is feared
        if _apology_said(lex.language, words, s):
            continue  # "has ever said sorry": an apology made or not, nobody's feeling
        if not _negated(lex, words, s) and any(0 < s - v <= 4 for v in speech_at):
            return " ".join(words[s:e])
    shared = _sympathy(lex.language, words, speech_at)
    if shared:
        return shared
    ahead = _ahead(lex.language)
    for s, e in find(ahead[0], words):
        if not _negated(lex, words, s) and any(0 < s - v <= 4 for v in speech_at) and \
                find(ahead[1], words[e:e + ahead[2]]):
            return " ".join(words[s:e])
    return None


@lru_cache(maxsize=8)
def _sympathy_cues(language: str | None) -> tuple[dict, frozenset[str], int, frozenset[str]]:
    raw = cue_file(language).get("context38_sympathy", {})
    return (_phrases(raw.get("verbs", [])), frozenset(raw.get("nouns", ())),
            int(raw.get("reach", 0)), frozenset(raw.get("not_between", ())))


@lru_cache(maxsize=8)
def _apology_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("w18ctx_apology_said", {})
    return frozenset(raw.get("verbs", ())), frozenset(raw.get("words", ()))


def _apology_said(language: str | None, words: list[str], at: int) -> bool:
    """The feeling word at ``at`` is the object of a verb of saying right before it ("has
    never said sorry", "refused to say sorry"): an apology made or withheld, an act the
    sentence tells of, not the speaker's feeling reported (forty-second round)."""
    verbs, apologies = _apology_words(language)
    return at > 0 and words[at] in apologies and words[at - 1] in verbs


def _sympathy(language: str | None, words: list[str], speech_at: list[int]) -> str | None:
    """Sympathy with others' feelings just after the speech verb ("said he understood
    parents' concerns", "said it appreciated residents' frustration"): a feeling reported,
    context (thirty-eighth round, lt38a5; ``context38_sympathy``). Not "understood that
    ..." nor "understood how ...": what follows them is a fact."""
    verbs, nouns, reach, not_between = _sympathy_cues(language)
    for s, e in find(verbs, words) if verbs else ():
        if not any(0 < s - v <= 4 for v in speech_at):
            continue
        after = words[e:e + reach]
        at = next((k for k, w in enumerate(after) if w in nouns), None)
        if at is not None and not_between.isdisjoint(after[:at]):
            return " ".join(words[s:e + at + 1])
    return None


@lru_cache(maxsize=8)
def _that_links(language: str | None) -> tuple[frozenset[str], int]:
    raw = cue_file(language).get("context35_said_that", {})
    return frozenset(raw.get("links", ())), int(raw.get("reach", 0))


def _said_that(language: str | None, words: list[str], speech_at: list[int]) -> list[int]:
    """The "that" of a speech verb set a few words after it ("said in a statement on
    Tuesday that"), where what was said begins: its position, read as a speech verb's.
    Any "that" within ``reach`` counts, a near one too ("said on Tuesday that it was
    disappointed", "told reporters that he was disappointed"): the feeling stands a few
    words after the "that", past the verb's own reach (round 39, t39b1)."""
    links, reach = _that_links(language)
    return [k for k, w in enumerate(words) if w in links and any(
        0 < k - v <= reach for v in speech_at)]


@lru_cache(maxsize=8)
def _ahead(language: str | None) -> tuple[dict, dict, int]:
    raw = cue_file(language).get("context30_ahead", {})
    return (_phrases(raw.get("feelings", [])), _phrases(raw.get("future", [])),
            int(raw.get("reach", 0)))


_RELATIVES = frozenset({"yang", "that", "which", "who", "whose"})
_BETWEEN_RELATIVE = frozenset({"were", "was", "is", "are", "had", "has", "have", "did", "do",
                               "does", "been", "be", "sama", "juga", "masih"})


def described(lex: Lexicon, words: list[str], at: int) -> bool:
    """A negation inside a relative clause describes a thing, it rejects nothing ("membayar
    proyek jalan yang tidak pernah dikerjakan", "paid a firm that did no work"); not after
    a speech verb ("said that never happened" rejects)."""
    if at < 2 or words[at] not in lex.negations:
        return False
    k = at - 1
    while k > 1 and at - k <= 2 and words[k] in _BETWEEN_RELATIVE:
        k -= 1  # "laptops that were never delivered", "a firm that did no work"
    if words[k] not in _RELATIVES:
        return False
    if words[k - 1] in lex.statement_nouns:
        return False  # "tuduhan yang tidak berdasar", "claims that are not true": a denial
    before = words[k - 1]
    return (before,) not in lex.speech and before not in ("bahwa", "said", "says", "say") \
        and before.isalpha()


def duty_beside_deed(lex: Lexicon, tokens, words: list[str], at: int) -> bool:
    """A negation of what was owed ("never paid us a cent") in a sentence that states a
    wrongful deed ("They took our land and never paid us"): the wrong told twice, no
    denial (taken.py)."""
    return taken.negated_duty(lex, words, at) and taken.deed_at(lex, tokens, words) is not None


SACKED = "deny36_sacked"


@lru_cache(maxsize=8)
def _sacked(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                    frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(SACKED, {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("people", ())),
            frozenset(raw.get("pronouns", ())), frozenset(raw.get("between", ())),
            frozenset(raw.get("after_pronoun", ())), frozenset(raw.get("not_after", ())))


def sacked_people(lex: Lexicon, tokens, words: list[str], at: int) -> bool:
    """"Threatened to dismiss anyone who joined protests", "dismissed 40 workers", "dismissed
    her in March": a verb of dismissing whose object is people (thirty-sixth round, bug fix
    w9dismiss1) fires them, it rejects no claim. Not a claim, criticism or allegation as the
    object ("dismissed the allegations", "dismissed criticism"), nor people's words
    ("dismissed workers' complaints", "dismissed staff concerns"), nor people called
    something ("dismissed the protesters as paid agitators")."""
    verbs, people, pronouns, between, after_pronoun, not_after = _sacked(lex.language)
    if words[at] not in verbs:
        return False
    k = at + 1
    while k < len(words) and k <= at + 3 and (words[k] in between or words[k][:1].isdigit()):
        k += 1  # "dismissed the two drivers", "dismiss all 40 staff"
    if k >= len(words):
        return False
    nxt = words[k + 1] if k + 1 < len(words) else None
    gap = tokens[k].string[tokens[k].end():tokens[k + 1].start()] if nxt is not None \
        else tokens[k].string[tokens[k].end():]
    if words[k] in pronouns and k == at + 1:
        # "dismissed her in March", "dismissed him." (not "dismissed her concerns", nor
        # "dismissed them as lies")
        return nxt is None or gap.strip()[:1] in (".", ",", ";", ":") or nxt in after_pronoun
    if words[k] not in people and words[k] not in taken.families(lex.language).persons:
        return False
    if words[k] in pronouns:
        return False
    if gap.strip()[:1] in ("'", "’"):
        return False  # "dismissed workers' complaints": their words, not them
    return nxt is None or gap.strip()[:1] in (".", ",", ";", ":") or (
        nxt not in not_after and nxt not in lex.statement_nouns
        and nxt not in lex.filing_nouns and nxt not in lex.case_nouns)


INVENTED = "deny36_invented"


@lru_cache(maxsize=8)
def _invented(language: str) -> tuple:
    """The cue data of ``invented_account``, read once per language: its verb list is kept
    as one object, so ``find`` works out its shape once, not on every sentence."""
    raw = cue_file(language).get(INVENTED, {})
    return (_phrases(raw.get("verbs", ())), frozenset(raw.get("nouns", ())),
            int(raw.get("reach", 4)), frozenset(raw.get("between", ())),
            frozenset(tuple(p.split()) for p in raw.get("passive_only", ())),
            frozenset(raw.get("adverbs", ())), frozenset(raw.get("not_between", ())))


def invented_account(lex: Lexicon, words: list[str]) -> str | None:
    """An allegation, a claim or a story said to be made up ("said the cash allegation had
    been invented after the fact", "the charges were concocted", "invented the allegations
    to get rid of her"), as "fabricated" says it (thirty-sixth round, bug fix w9dismiss2):
    a denial, whoever says it. The account's noun is the verb's subject in the passive
    (within 'reach' words before its auxiliary) or its object (after at most 'between'
    words); "made up" only in the passive ("the figures made up a third of" is no denial).
    Not an invention ("the company invented a new oven", "invented in 1950"), nor negated."""
    verbs, nouns, reach, between, passive_only, adverbs, not_between = _invented(
        lex.language)
    for s, e in find(verbs, words):
        k = s - 1
        while k >= 0 and words[k] in adverbs:
            k -= 1  # "was simply invented"
        if k >= 0 and words[k] in lex.passive_auxiliaries:
            if _negated(lex, words, k, 3):
                continue  # "the story was not made up"
            window = words[max(0, k - reach):k]
            at = max((i for i, w in enumerate(window) if w in nouns), default=None)
            if at is not None and not find(lex.speech, window[at + 1:]) and not any(
                    w in not_between for w in window[at + 1:]):
                return " ".join(words[s:e])  # "the cash allegation had been invented"
            continue
        if tuple(words[s:e]) in passive_only or _negated(lex, words, s):
            continue
        j = e
        while j < len(words) and j < e + 3 and words[j] in between:
            j += 1
        if j < len(words) and words[j] in nouns:
            return " ".join(words[s:e])
    return None
