"""Where a sentence only sets the scene, and where narration itself names a wrong: the
guidelines' line between context, claim and accusation (data/guidelines.md, "context" and
"accusation"), each class read from a ``scene_`` cue list in ``data/cues/<language>.json``.

Context even from a named speaker, even with a speech verb in the sentence:

- a quotation that opens by asking ("Stop ...", "Jangan ...", "Tolong ..."): an appeal;
- a request or an instruction to a party ("asked officials for a briefing", "told residents
  to stay indoors", "menyarankan warga agar ..."): an appeal;
- a sentence that only says who spoke, where or when ("made the remarks at a rally",
  "menyampaikan hal itu dalam konferensi pers", "Demikian kata Budi");
- procedure to come ("the prosecutor will decide", "pengawas akan memeriksa"), whoever's;
  questioning by investigators ("Penyidik memeriksa direktur itu"); a detention with no
  violation stated ("Polisi mengamankan puluhan demonstran"); a measure pending procedure
  ("diskors sambil menunggu sidang");
- a step of procedure or enforcement not (yet) taken ("had not charged anyone", "belum
  menetapkan tersangka", "officers were not investigating"): procedure, not a denial;
- a penalty that could follow ("faces up to ten years", "dapat dikenai sanksi") and a wrong
  only possible under the sentence's opening condition ("If the claims are true, the
  company may have breached ..."): what happens next, not yet an accusation.

An accusation without a cue word:

- a court turning down what the accused side asked of it ("rejected her lawyers' request
  to drop the charges", "majelis hakim menolak eksepsi terdakwa"): a ruling that keeps the
  finding, an accusation by the court;
- a case told as starting from a complaint ("Kasus ini bermula dari laporan warga", "the
  inquiry followed a complaint by residents"): the filing (acts.lodged reads it);
- narration stating the wrongful act itself ("sent the shells in breach of the UN ban",
  "membuang limbah tanpa izin"), not put as a possibility, a rule or a topic.

A denial without a cue word: an appeal lodged by the penalised side ("has lodged an appeal
with the Court of Arbitration for Sport", "mengajukan banding"); one only planned is a plan.

Each reader takes the sentence's casefolded words (and tokens, where a gap's comma or a
quotation's position matters) and returns the cue that decided, else None."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals import deadlines, frames, not_the_act, stances, underway
from annotator.domain.proposals.if_proven import penalty_if_proven
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

REQUEST_REACH = 5  # tokens after a request's verb where "to", "for", "agar" stands
FUTURE_SKIP = 2  # adverbs between "will" and the act ("will then decide", "akan segera")
NOT_YET_REACH = 3  # tokens before (or after: "yet") a step where "belum", "not yet" stands
INDEFINITE_REACH = 4  # tokens after a step where "anyone", "tersangka" stands

_QUOTED = re.compile(r'["“”]([^"“”]*)(?:["“”]|$)')
# what cannot stand between a request's verb and its "to": a clause has begun
_CLAUSE = frozenset("""about whether if why how what when where who which he she they we i
has had have was were is are would will could should can may might did does do that bahwa
apakah mengapa kenapa bagaimana maaf""".split())
_ADVERBS = frozenset("""then also now soon formally first further immediately again quickly
segera kembali langsung juga lebih dulu terlebih pun""".split())
_MODALS = frozenset("""can could may might would will should must shall face faces facing risk
risks dapat bisa boleh akan harus wajib terancam diancam perlu""".split())
_RULES = frozenset("""under berdasarkan sesuai menurut pursuant""".split())
_ID_VERB = ("me", "ber")  # an Indonesian verb's prefixes: "menyarankan warga menghindari"
# before a request's verb: it describes ("yang paling mendesak", "in which a manager asks")
_DESCRIBING = frozenset("""yang paling sangat lebih cukup makin semakin amat which who
whom""".split())
_OBJECT_RELATIVE = frozenset({"which", "whom", "where"})  # "emails in which a manager asks"
SELF = frozenset("""i we it he she they kami kita saya aku pihaknya ia dia mereka""".split())
REQUEST_AFTER_SPEECH = 4  # tokens after a speech verb where the request it reports stands


def _negated(lex: Lexicon, words: list[str], start: int, reach: int = 2) -> bool:
    return any(w in lex.negations for w in words[max(0, start - reach):start])


def _at(phrases: dict[tuple[str, ...], float], words: list[str], k: int) -> tuple[int, int] | None:
    """The longest phrase of ``phrases`` starting at word ``k``."""
    found = find(phrases, words[k:k + 4])
    return (k, k + found[0][1]) if found and found[0][0] == 0 else None


def _comma_before(tokens, k: int) -> bool:
    if k == 0 or k >= len(tokens):
        return False
    return any(ch in tokens[0].string[tokens[k - 1].end():tokens[k].start()] for ch in ",;:")


def quoted_appeal(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """A quotation that opens with an imperative or a plea ("Stop the evictions," "Jangan
    biarkan ...", "Please help us"): it asks, an appeal by the guidelines."""
    if not tokens or not lex.imperatives:
        return None
    text = tokens[0].string
    for quote in _QUOTED.finditer(text):
        first = next((k for k, t in enumerate(tokens) if t.start() >= quote.start(1)), None)
        if first is None or tokens[first].start() >= quote.end(1):
            continue
        span = _at(lex.imperatives, words, first)
        if span and not (span[1] < len(words) and words[span[1]] in lex.passive_auxiliaries):
            return " ".join(words[span[0]:span[1]])
    return None


def request(lex: Lexicon, tokens, words: list[str], speech_at: list[int]) -> str | None:
    """A request or an instruction to a party as the sentence's main act: the verb, its
    object, then what is asked ("said he had asked officials for an urgent briefing", "told
    residents to stay indoors", "diminta untuk", "menyarankan warga agar"). Not a question
    ("asked whether"), an apology ("meminta maaf"), a description ("yang paling mendesak",
    "in which a manager asks"), negated, nor after what a speech verb reports ("said that
    inspectors found ..., and warned parents not to")."""
    verb_follows = lex.language == "id"
    for k, word in enumerate(words):
        if word not in lex.requests or _negated(lex, words, k):
            continue
        if any(w in _DESCRIBING for w in words[max(0, k - 2):k]) or any(
                w in _OBJECT_RELATIVE for w in words[max(0, k - 4):k]):
            continue
        if any(v < k and k - v > REQUEST_AFTER_SPEECH for v in speech_at) or any(
                w in lex.content_links for w in words[:k]) and not stances.own_request(
                lex, words, k):  # "added that it had asked X for": round 27
            continue
        if stances.recounted(lex, tokens, words, k):
            continue  # '"We asked for the invoices three times ..."': round 27
        if own_anonymity(lex.language, words, k):
            continue  # "who has worked there for years and asked not to be named" (round 37)
        if told_the_speaker(lex, tokens, words, k):
            continue  # '"... he tells me to open a window," she said': not her appeal
        for j in range(k + 1, min(len(words), k + 1 + REQUEST_REACH)):
            w = words[j]
            if w in _WHO and j <= k + 3 and lex.language == "en":
                linked = _past_who(lex, tokens, words, j)
                if linked is not None:  # "asking everyone who owns one to stop" (round 33)
                    return f"{word} ... {words[linked]}"
            if _comma_before(tokens, j) or w in _CLAUSE or w in lex.content_links:
                break
            if w in lex.request_links:
                return f"{word} ... {w}"
            if lex.language == "en" and w.endswith("ed"):
                break  # "told Reuters the firm planned to": a clause has begun
            if verb_follows and j > k + 1 and w.startswith(_ID_VERB) and len(w) > 5:
                return f"{word} ... {w}"  # "menyarankan warga menghindari"
    return None


@lru_cache(maxsize=8)
def _told_speaker(language: str | None) -> frozenset[str]:
    return frozenset(cue_file(language).get("scene38_told_speaker", {}).get("objects", ()))


def told_the_speaker(lex: Lexicon, tokens, words: list[str], k: int) -> bool:
    """The request at ``k`` is one someone else made of the speaker, inside a quotation
    ('"Every time they send someone, he wipes the wall down and tells me to open a
    window," she said', '"They told us to wait"'): its object the speaker's own pronoun
    ("me", "us"), the verb within quotation marks; an instruction the speaker received,
    not her appeal (thirty-eighth round, t38a)."""
    objects = _told_speaker(lex.language)
    if k + 1 >= len(words) or words[k + 1] not in objects or not tokens:
        return False
    text = tokens[0].string
    return any(q.start(1) <= tokens[k].start() < q.end(1) for q in _QUOTED.finditer(text))


ANONYMITY_REACH = 5  # tokens after a request's verb that its anonymity phrase may take


@lru_cache(maxsize=8)
def _anonymity(language: str | None) -> dict[tuple[str, ...], float]:
    return _phrases(cue_file(language).get("scene37_anonymity", {}).get("words", []))


def own_anonymity(language: str | None, words: list[str], at: int) -> bool:
    """The request verb at ``at`` asks for the speaker's own anonymity ("asked not to be
    named", "asked to remain anonymous"): the source's wish, never an appeal to a party
    (thirty-seventh round, bug fix t37f1; data ``scene37_anonymity``). A relative "who"
    right before the verb was passed over already; this also passes "who has worked at the
    shop for six years and asked not to be named"."""
    phrases = _anonymity(language)
    found = find(phrases, words[at + 1:at + 1 + ANONYMITY_REACH]) if phrases else []
    return any(s == 0 for s, _ in found)


WHO_REACH = 7  # tokens of a relative clause on what is asked ("everyone who owns one")
_WHO = frozenset({"who", "whose"})
_QUESTIONS = frozenset("whether if why how what when where which".split())
_NOT_A_VERB = _QUESTIONS | frozenset("the a an his her their its our my your this that these "
                                     "those".split())


def _past_who(lex: Lexicon, tokens, words: list[str], at: int) -> int | None:
    """The object of a request carries a relative clause ("we are asking everyone who owns an
    affected battery to stop charging it", "urged anyone whose flight was cancelled to
    claim"): where "to" stands after it, with a verb after that "to", no comma nor question
    word before it (thirty-third round, bug fix). None otherwise ("asked the official who
    had travelled to Jakarta whether ...": a place, then a question)."""
    for j in range(at + 1, min(len(words) - 1, at + 1 + WHO_REACH)):
        if _comma_before(tokens, j) or words[j] in _QUESTIONS:
            return None
        if words[j] == "to":
            after = words[j + 1]
            if after in _NOT_A_VERB or not after.isalpha() or \
                    tokens[j + 1].group()[:1].isupper():
                return None
            return j
    return None


_SPEAKING = {"spoke", "speaks", "speaking", "spoken", "berbicara", "bicara", "berpidato"}


def attribution_only(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """Who spoke, where or when, and nothing of what ("made the remarks at a rally", "was
    speaking to reporters in Jakarta", "Dia menyampaikan hal itu dalam konferensi pers",
    "Demikian kata Budi", "So said the minister"):
    the statement named only as a statement, then a place, a time or the sentence's end;
    no quotation, no "that"/"bahwa", no other speech verb after it."""
    if not tokens or any(ch in tokens[0].string for ch in "\"“”"):
        return None
    opening = _at(lex.thus, words, 0)
    if opening and _at(lex.speech, words, opening[1]):
        return " ".join(words[:_at(lex.speech, words, opening[1])[1]])  # "Demikian kata X"
    if any(w in lex.content_links for w in words):
        return None
    for k, word in enumerate(words):
        if word not in lex.speaking_only:
            continue
        span = _at(lex.statements_only, words, k + 1)
        end = span[1] if span else (k + 1 if word in _SPEAKING else None)
        if end is None:
            continue
        if end < len(words) and not _comma_before(tokens, end) and not _at(
                lex.channels, words, end):
            continue
        if find(lex.speech, words[end:]):
            continue
        return " ".join(words[k:end])
    return None


def procedure_to_come(lex: Lexicon, words: list[str]) -> tuple[int, str] | None:
    """Procedure to come, whoever's ("the prosecutor will decide whether to charge",
    "pengawas akan turun ke pabrik", "the panel is expected to rule next month"): where its
    word stands and the words, not negated."""
    for s, e in find(lex.future_markers, words):
        if _negated(lex, words, s, 1) or (e < len(words) and words[e] in lex.negations):
            continue
        if s > 0 and words[s - 1] in SELF and words[s - 1] not in ("it", "pihaknya"):
            continue  # "I will hand over", "kami akan": a promise, the plan rule's to read
        if _promised_to_others(lex.language, words, s):
            continue  # "they were told refunds would be sent": a promise recounted (round 35)
        k = e
        while k < len(words) and k - e < FUTURE_SKIP and words[k] in _ADVERBS:
            k += 1
        span = _at(lex.future_acts, words, k) if k < len(words) else None
        if span:
            return s, " ".join(words[s:span[1]])
    return None


@lru_cache(maxsize=8)
def _recounted_before(language: str | None) -> tuple[dict, int]:
    raw = cue_file(language).get("scene35_promised_before", {})
    return _phrases(raw.get("words", [])), int(raw.get("reach", 0))


def _promised_to_others(language: str | None, words: list[str], at: int) -> bool:
    """A future told as what others were promised ("they were told refunds would be sent
    within days", "were assured the checks would be carried out"): the complainants'
    account of a promise, not procedure to come (round 35; data ``scene35_promised_before``)."""
    phrases, reach = _recounted_before(language)
    return bool(phrases) and bool(find(phrases, words[max(0, at - reach):at]))


def not_taken(lex: Lexicon, words: list[str], at: int) -> bool:
    """The enforcement or legal step at ``at`` told as not (yet) taken: "had not charged
    anyone", "belum menetapkan tersangka", "no one has been arrested", "not yet detained":
    the state of the procedure, context, not a denial."""
    before = words[max(0, at - NOT_YET_REACH):at]
    after = words[at + 1:at + 1 + INDEFINITE_REACH]
    if find(lex.not_yet, before) or find(lex.not_yet, after[:2]):
        return True
    negated = _negated(lex, words, at, NOT_YET_REACH)
    if negated and find(lex.indefinite, after):
        return True
    before = words[max(0, at - INDEFINITE_REACH):at]
    return any(not not_the_act.people_named(lex, words, at - len(before) + s)
               for s, _ in find(lex.indefinite, before))  # "ketiga tersangka dijerat" (28b)


def procedure_not_taken(lex: Lexicon, words: list[str], spans, within) -> str | None:
    """Procedure or enforcement reported as not (yet) under way ("officers were not
    investigating", "polisi belum memeriksa saksi", "had not fined anyone", "belum
    menetapkan tersangka"): the state of the procedure, context. ``spans``: the procedure's
    spans in ``words``; ``within(words)`` finds them in other words (the negation inside a
    phrase: "were not investigating" is "were investigating" negated)."""
    for s, e in spans:
        if _negated(lex, words, s, NOT_YET_REACH):
            return " ".join(words[max(0, s - 2):e])
    for k, word in enumerate(words):
        if word in lex.legal_acts and _negated(lex, words, k, NOT_YET_REACH) and not_taken(
                lex, words, k) and stated(lex, words, k):
            return " ".join(words[max(0, k - 2):k + 1])
        if word in lex.negations and 0 < k < len(words) - 1:
            joined = words[max(0, k - 3):k] + words[k + 1:k + 5]
            at = min(k, 3)
            if any(s < at < e for s, e in within(joined)):
                return " ".join(words[max(0, k - 2):k + 2])
    return None


def possible_penalty(lex: Lexicon, words: list[str]) -> str | None:
    """A penalty that could follow ("faces up to ten years", "dapat dikenai sanksi", "jika
    terbukti"): what happens next, context."""
    for s, e in find(lex.penalties_possible, words):
        if not _negated(lex, words, s):
            return " ".join(words[s:e])
    return penalty_if_proven(lex.language, words)  # "Kalau terbukti, izinnya bisa kami ..."


def case_origin(lex: Lexicon, words: list[str]) -> str | None:
    """A case told as starting from a complaint ("Kasus ini bermula dari laporan warga",
    "The inquiry followed a complaint by residents"): the filing, an accusation."""
    found = find(lex.case_origins, words)
    return " ".join(words[found[0][0]:found[0][1]]) if found else None


def stated_wrong(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """Narration stating a wrongful act ("Pyongyang sent the shells in breach of the UN
    ban", "PT X membuang limbah tanpa izin"): an accusation without a cue word. Not a rule
    ("Under the act, ... without a permit can bring fines"), a possibility ("could", "jika"),
    a topic ("investigating", "dugaan") nor negated."""
    found = [(s, e) for s, e in find(lex.stated_wrongs, words) if not _negated(lex, words, s)]
    if not found or not words or words[0] in _RULES:
        return None
    if any(w in _MODALS or w in lex.conditionals for w in words):
        return None
    s, e = found[0]
    if any(w in lex.topic_of for w in words[:s]) or find(lex.alleging, words[:s]):
        return None
    return " ".join(words[s:e])


RULING_REACH = 6  # tokens after a ruling's verb where the accused side's motion is named
COURT_REACH = 8  # tokens before (or after, a passive) the verb where the court is named
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_OPENERS = frozenset({"in", "pada", "tahun", "back"})


def ruling_keeps(lex: Lexicon, words: list[str]) -> tuple[int, int, str] | None:
    """A court turning down what the accused side asked of it: an appeal against the
    penalty, a motion to drop the charges, an objection ("The court rejected her lawyers'
    request to drop the charges", "Majelis hakim menolak eksepsi terdakwa", "Banding
    terdakwa ditolak Pengadilan Tinggi"): the finding kept, an accusation by the court.
    Where the verb stands, where the motion named after it ends ("to dismiss" in it
    denies nothing) and the verb's words, else None."""
    for s, e in find(lex.ruling_verbs, words):
        if _negated(lex, words, s):
            continue
        after = find(lex.defence_motions, words[e:e + RULING_REACH])
        if not after and not find(lex.defence_motions, words[max(0, s - RULING_REACH):s]):
            continue
        near = words[max(0, s - COURT_REACH):s] + words[e:e + COURT_REACH]
        if any(w in lex.courts for w in near):
            end = e + after[0][1] + 2 if after else e  # "motion to dismiss the charges"
            return s, end, " ".join(words[s:e])
    return None


def background_year(words: list[str]) -> str | None:
    """A sentence that opens in a past year ("In 2019 the park was fined", "Pada 2021,
    perusahaan itu disanksi"): enforcement told as background."""
    for k in range(min(2, len(words))):
        if words[k] in _YEAR_OPENERS and k + 1 < len(words) and _YEAR.fullmatch(words[k + 1]):
            return f"{words[k]} {words[k + 1]}"
    return None


PENDING_REACH = 12  # tokens after a measure where "pending a hearing" stands


def provisional(lex: Lexicon, words: list[str], at: int) -> str | None:
    """The measure at ``at`` taken pending procedure ("suspended pending a disciplinary
    hearing", "diskors sambil menunggu sidang disiplin", "ditahan sambil menunggu proses
    hukum"): a provisional measure, procedure by the guidelines."""
    found = find(lex.pending, words[at + 1:at + 1 + PENDING_REACH])
    if found:
        s, e = found[0]
        return f"{words[at]} ... {' '.join(words[at + 1 + s:at + 1 + e])}"
    return None


QUESTIONER_REACH = 3  # tokens before a questioning verb where the investigators are named


def questioning(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """Questioning by investigators ("Detectives questioned the manager", "Penyidik
    memeriksa direktur perusahaan itu", "KPK memanggil X"): procedure, whoever is
    questioned; the verb's spans."""
    found = []
    for s, e in find(lex.questioning, words):
        if any(w in lex.investigators for w in words[max(0, s - QUESTIONER_REACH):s]):
            found.append((s, e))
    return found


STATED_REACH = 16  # tokens after an enforcement verb where its violation would be stated


def unstated(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """A detention, an arrest or a seizure with no violation stated ("Police arrested the
    director on Tuesday", "Polisi mengamankan puluhan demonstran usai kericuhan"): procedure
    by the guidelines, not an accusation; the verb's spans. A verb that needs no stated
    violation (a fine) is never here."""
    return [(k, k + 1) for k, word in enumerate(words)
            if word in lex.detentions and not stated(lex, words, k)]


def stated(lex: Lexicon, words: list[str], k: int) -> bool:
    """The enforcement verb at ``k`` has what it needs stated after it ("arrested ... on
    suspicion", "named ... suspect"), or needs nothing (a fine)."""
    needed = lex.enforcement_more.get(words[k])
    if not needed:
        return True
    after = " " + " ".join(words[k + 1:k + 1 + STATED_REACH]) + " "
    return any(f" {n} " in after for n in needed)


APPELLANT_REACH = 5  # tokens before an appeal where the prosecution may stand as its subject


def appeal_lodged(lex: Lexicon, words: list[str]) -> tuple[int, str] | None:
    """An appeal lodged against a ruling or a penalty ("Kiprono has lodged an appeal with
    the Court of Arbitration for Sport", "Persikota mengajukan banding"): the penalised side
    rejects the finding, a denial. Not one only planned ("akan mengajukan banding": a plan,
    context), not the prosecution's, not negated. Where it stands and the words."""
    for s, e in find(lex.appeals_lodged, words):
        if _negated(lex, words, s) or any(
                w in lex.prosecution for w in words[max(0, s - APPELLANT_REACH):s]):
            continue
        if find(lex.future_markers, words[max(0, s - 3):s]) or find(lex.plans, words[
                max(0, s - 3):s]):
            continue  # "akan mengajukan banding", "said it would appeal": a plan, context
        if appeal_allowed(lex, words, s):
            continue  # "has 14 days to lodge an appeal": a time allowed, context
        return s, " ".join(words[s:e])
    return None


ALLOWED_REACH = 6  # tokens before an appeal's "to" where the time or right allowed stands


@lru_cache(maxsize=8)
def _allowed(language: str) -> tuple[frozenset[str], dict[tuple[str, ...], float]]:
    raw = cue_file(language).get("scene_appeal_allowed", {})
    return frozenset(raw.get("before_to", ())), _phrases(raw.get("modals", []))


def appeal_allowed(lex: Lexicon, words: list[str], at: int) -> bool:
    """The appeal at ``at`` is one the party is only allowed to make (thirty-sixth round):
    a modal of what it can do right before it ("can lodge an appeal", "may file an
    appeal"), or its "to" after a time or a right allowed ("has 14 days to lodge an
    appeal", "has until Friday to file an appeal", "has the right to file an appeal"):
    no appeal lodged, context. ``at`` may stand on "an appeal" after its verb."""
    times, modals = _allowed(lex.language)
    while at > 0 and words[at - 1] in _APPEAL_VERBS:
        at -= 1  # "to lodge | an appeal against"
    if any(tuple(words[max(0, at - len(m)):at]) == m for m in modals):
        return True
    return at > 0 and words[at - 1] == "to" and any(
        w in times for w in words[max(0, at - 1 - ALLOWED_REACH):at - 1])


_APPEAL_VERBS = frozenset({"lodge", "file", "launch", "submit", "bring", "make"})


CONDITION_OPENS = 3  # tokens at the sentence's start where its "if" stands


def only_possible(lex: Lexicon, words: list[str], at: int) -> str | None:
    """A wrong at ``at`` that the sentence puts as a possibility under its opening
    condition ("If the claims are true, the company may have breached the rules", "Jika
    benar, perusahaan itu bisa melanggar aturan"): not yet an accusation. The words that
    make it possible, else None."""
    if not any(w in lex.conditionals for w in words[:CONDITION_OPENS]):
        return None
    found = find(lex.possibility, words[CONDITION_OPENS:at])
    if not found:
        return None
    s, e = found[-1]
    return " ".join(words[CONDITION_OPENS + s:CONDITION_OPENS + e])


def scene(lex: Lexicon, tokens, words: list[str], unstepped: list[str], speech_at: list[int],
          procedure_spans) -> tuple[str, str] | None:
    """Reported speech that only sets the scene, in the order the classes are tried: a
    step not yet taken, procedure not under way, a quotation or a request that asks, a
    quotation that opens with a feeling, only who spoke, procedure to come, a wrong only
    possible, a penalty that could follow, then a frame with no fact (frames.py).
    ``unstepped``: the legal steps read_label found not taken or provisional;
    ``procedure_spans(lex, words)``: where procedure is reported (acts.py). (cue, reason),
    else None."""
    if unstepped:
        return unstepped[0], f"a step not (yet) taken, or provisional: '{unstepped[0]}'"
    planned = planned_filing(lex, words)  # context12: "akan melapor ke Ombudsman"
    if planned:
        return planned, f"a complaint or suit only planned: '{planned}'"
    idle = procedure_not_taken(lex, words, procedure_spans(lex, words),
                               lambda some: procedure_spans(lex, some))
    if idle:
        return idle, f"procedure not (yet) under way: '{idle}'"
    asked = quoted_appeal(lex, tokens, words) or request(lex, tokens, words, speech_at)
    if asked:
        return asked, f"an appeal or a request: '{asked}'"
    felt = quoted_feeling(lex, tokens, words)
    if felt:
        return felt, f"a feeling reported: '{felt}'"
    only = attribution_only(lex, tokens, words)
    if only:
        return only, f"only who spoke, where or when: '{only}'"
    coming = procedure_to_come(lex, words)
    if coming:
        return coming[1], f"procedure to come: '{coming[1]}'"
    wrongs = find(lex.wrongdoing, words) + find(lex.accusation, words)
    possible = next((p for p in (only_possible(lex, words, s) for s, _ in wrongs) if p), None)
    if possible:
        return possible, f"a wrong only possible, under a condition: '{possible}'"
    penalty = possible_penalty(lex, words)
    if penalty:
        return penalty, f"a penalty that could follow: '{penalty}'"
    due = deadlines.deadline(lex, words)  # "must reach the office by 5pm": round 26
    if due:
        return due, f"a requirement and its deadline: '{due}'"
    meanwhile = underway.until_done(lex.language, words)  # round 26
    if meanwhile:
        return meanwhile, f"a measure until something is done: '{meanwhile}'"
    held = stances.stance(lex, tokens, words, speech_at)  # a stance, a wish, a target: round 27
    if held:
        return held
    return frames.frame(lex, words, speech_at)  # no finding, procedure's state, contact, wish


def feared(lex: Lexicon, words: list[str], at: int) -> bool:
    """A wrong at ``at`` named as what is feared ("voiced concern that Kim could supply
    arms to Russia", "menyuarakan kekhawatiran bahwa Kim dapat memberikan amunisi kepada
    Rusia"): a fear, not an allegation."""
    return any(words[k] in lex.feeling_nouns and words[k + 1] in lex.content_links
               for k in range(max(0, at - 12), at - 1))


QUOTED_FEELING_REACH = 4  # tokens from a quotation's start where its feeling stands


def quoted_feeling(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """A sentence that opens with a quotation of one clause that opens with a feeling
    ('"Kami sangat kecewa dengan putusan ini," kata Budi', '"We are devastated by this
    decision," Smith said'): context, as a feeling reported after the speech verb is. Not
    negated, nor a feared wrong ("fears that"), nor a feeling that leads on ('"Saya takut,
    jadi saya tunda dulu"': what was done follows)."""
    if not tokens:
        return None
    text = tokens[0].string
    for quote in _QUOTED.finditer(text):
        if text[:quote.start()].strip() or any(
                ch in quote.group(1).rstrip(" ,.") for ch in ",;.:"):
            continue
        first = next((k for k, t in enumerate(tokens) if t.start() >= quote.start(1)), None)
        if first is None or tokens[first].start() >= quote.end(1):
            continue
        window = words[first:first + QUOTED_FEELING_REACH + 1]
        for s, e in find(lex.feelings, window):
            at = first + s
            if s > QUOTED_FEELING_REACH or _negated(lex, words, at, 3):
                continue
            if first + e < len(words) and words[first + e] in lex.content_links and words[
                    first + e - 1] in lex.feeling_nouns:
                continue
            return " ".join(words[at:first + e])
    return None


PLANNED_REACH = 3  # words before a filing's verb where "akan", "plan to", "berencana" stand


@lru_cache(maxsize=8)
def _planned(language: str) -> tuple[dict[tuple[str, ...], float], dict[tuple[str, ...], float]]:
    raw = cue_file(language).get("context12_planned_filing", {})
    return _phrases(raw.get("verbs", [])), _phrases(raw.get("planned", []))


def _to_come(lex: Lexicon, words: list[str], at: int) -> bool:
    held = _hesitation(lex, words, at)
    if held is not None:  # "would not hesitate to take landlords to court": a warning
        if words[held] in _FUTURE_NEGATED:  # "won't hesitate to sue"
            return True
        at = held  # read from the negation of "hesitate" back: "would", "will" (t37c2)
    before = words[max(0, at - PLANNED_REACH):at]
    if any(w in lex.negations for w in before):
        return False
    planned = _planned(lex.language)[1]
    return bool(find(planned, before) or find(lex.future_markers, before)
                or find(lex.plans, before))


# "won't hesitate to", "wouldn't hesitate to": a future negated in one word (t37c2)
_FUTURE_NEGATED = frozenset({"won't", "wouldn't", "won’t", "wouldn’t", "shan't"})


def _hesitation(lex: Lexicon, words: list[str], at: int) -> int | None:
    """Where the negation of "hesitate to" stands right before the verb at ``at`` ("would
    not hesitate to take landlords to court", "will never hesitate to sue", "won't
    hesitate to report"): an English idiom that commits to the act, its negation none of
    the act's; else None. Whether the act is to come is read from the words before that
    negation ("did not hesitate to sue" is a suit filed) (t37c2)."""
    return at - 3 if at >= 3 and not_hesitating(lex, words, at - 3) else None


def not_hesitating(lex: Lexicon, words: list[str], k: int) -> bool:
    """The negation at ``k`` is one of "hesitate to" right after it ("would not hesitate
    to", "won't hesitate to"): it negates no act of the sentence (t37c2)."""
    return lex.language == "en" and (words[k] in lex.negations or words[k] in _FUTURE_NEGATED
                                     ) and words[k + 1:k + 3] == ["hesitate", "to"]


def filing_to_come(lex: Lexicon, words: list[str], filed: str) -> bool:
    """The filing ``filed`` (its words as read) is only planned, expected or threatened
    ("akan melapor ke Ombudsman", "berencana menggugat", "preparing to sue"): a plan, context
    by the guidelines, not a complaint lodged (context12). Not negated."""
    verb = filed.split()[0]
    at = next((k for k, w in enumerate(words) if w == verb), None)
    return at is not None and _to_come(lex, words, at)


def threatened(lex: Lexicon, words: list[str], at: int) -> bool:
    """Enforcement at ``at`` that is the consequence of the sentence's opening condition, to
    come ("Kalau hasilnya melebihi baku mutu, kami akan memberikan sanksi", "If the samples
    fail, the council will fine the owner"): a warning of what may follow, not enforcement
    taken against a party (the guidelines: plans and procedure are context)."""
    return any(w in lex.conditionals for w in words[:CONDITION_OPENS]) and _to_come(
        lex, words, at)


def planned_filing(lex: Lexicon, words: list[str]) -> str | None:
    """A complaint or a suit only planned, expected or threatened: its words, else None."""
    for s, e in find(_planned(lex.language)[0], words):
        if _to_come(lex, words, s):
            return " ".join(words[max(0, s - 1):e])
    return None
