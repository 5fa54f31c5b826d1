"""Reported speech that states a stance, a wish, a target or a measure meanwhile, not a
fact: context by the guidelines even from a named speaker ("Promises, plans, appeals,
procedure ... are context even from a named speaker"; "a feeling, a plan or what happens
next is context", data/guidelines.md). Twenty-seventh round; narration.scene asks this
after its own classes, before frames.frame.

Read as structure, each family data (``context27_stances`` in
``data/cues/<language>.json``):

- a stance towards what is alleged or found: a verb of taking or handling and, within
  eight words, its manner ("said it took the findings seriously", '"We take any allegation
  seriously"', "menanggapi serius laporan itu");
- a wish of others the speaker reports: the wish's verb after a speech verb with only the
  clause's subject between ("said the families wanted the land returned", "mengatakan
  warga ingin kepastian"); the speaker's own wish after a pronoun is frames.desire's;
- a target set ("PAD ditargetkan naik menjadi Rp 640 miliar", "the road is targeted to
  reopen"): a plan;
- a measure that holds meanwhile ("had stopped placing new residents for now", "ditutup
  untuk sementara"): what happens next, procedure;
- an outside party engaged to check, the procedure's first step ("has hired an outside law
  firm to review the complaint", "menggandeng auditor independen untuk memeriksa ...");
- the speaker's own work under way with a time ahead ("said it was investing £120m in the
  works over the next five years", "pihaknya sedang menyiapkan ... dalam dua tahun ke
  depan"): a plan;
- advice to the public: a word for the public, then a modal of what it can or should do
  ("masyarakat dapat memantau peringatan dini melalui aplikasi", "customers can claim a
  refund online", "residents should call 101"): an appeal;
- a demand in the speaker's quotation after its opening condition ('"Kalau memang sudah
  dibayar, tunjukkan bukti transfernya"', '"If they paid, show us the receipts"'): an
  appeal, as narration.quoted_appeal reads one that opens the quotation;
- a sentence that only opens the statement to follow, its speech verb last before a colon
  ("juru bicara Kremlin Dmitry Peskov berkata:", "the minister said:"): only who spoke,
  the statement is the next sentence's;
- a promise put as a refusal to tolerate ("kementerian tidak akan menoleransi kekerasan",
  "will not tolerate abuse"): a promise, though negated.

A request the speaker reports it made itself is an appeal even after "that" ("added that it
had asked Westfield for its records"): narration.request, which leaves a request after
"that" as what another's statement reports, keeps it when only the speaker's pronoun and
auxiliaries stand between (``own_request``).

The other way, a request the speaker recounts in its own quotation, in the first person and
the past ('"We asked for the invoices three times and were told ..."', '"When I asked for
the photo, they sent me ..."'), is one event of the story told, not an appeal: narration.request
leaves it (``recounted`` in the same data), and the quotation is read as what it states.

A wish, a target, a measure meanwhile and a refusal to tolerate are not read where the
sentence states another fact beside them: a contrast or a second statement coordinated
after them (frames._contrasted); the stance towards an allegation is read even so, as a
contrast only qualifies it ("We take any allegation seriously, but an allegation is not a
finding"). Every class is asked only after the accusations, denials, complaints received
and the other classes of reading._own_words and narration.scene, so a wrong or a denial
stated beside them decides first."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import frames, promised
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.should_appeal import should_appeal

MANNER_REACH = 8  # words after the verb of taking where its manner ("seriously") stands
SUBJECT_REACH = 4  # words between the speech verb and a reported wish's verb
AHEAD_REACH = 12  # words after the work under way where its time ahead stands
ENGAGED_REACH = 8  # words after a verb of hiring where "to review", "untuk memeriksa" stands


@dataclass(frozen=True)
class Stances:
    taking: dict[tuple[str, ...], float]
    manner: dict[tuple[str, ...], float]
    wishes: dict[tuple[str, ...], float]
    not_subject: frozenset[str]
    targets: dict[tuple[str, ...], float]
    meanwhile: dict[tuple[str, ...], float]
    refusals: dict[tuple[str, ...], float]
    engaging: dict[tuple[str, ...], float]
    checks: dict[tuple[str, ...], float]
    recounted_self: frozenset[str]
    recounted_verbs: frozenset[str]
    own_self: frozenset[str]
    own_auxiliaries: frozenset[str]
    under_way: frozenset[str]
    ahead: dict[tuple[str, ...], float]
    demands: dict[tuple[str, ...], float]
    public: dict[tuple[str, ...], float]
    advised: dict[tuple[str, ...], float]


@lru_cache(maxsize=8)
def families(language: str) -> Stances:
    raw = cue_file(language).get("context27_stances", {})
    return Stances(_phrases(raw.get("taking", [])), _phrases(raw.get("manner", [])),
                   _phrases(raw.get("wishes", [])), frozenset(raw.get("not_subject", ())),
                   _phrases(raw.get("targets", [])), _phrases(raw.get("meanwhile", [])),
                   _phrases(raw.get("refusals", [])),
                   _phrases(raw.get("engaged", {}).get("verbs", [])),
                   _phrases(raw.get("engaged", {}).get("checks", [])),
                   frozenset(raw.get("recounted", {}).get("self", ())),
                   frozenset(raw.get("recounted", {}).get("verbs", ())),
                   frozenset(raw.get("own_request", {}).get("self", ())),
                   frozenset(raw.get("own_request", {}).get("auxiliaries", ())),
                   frozenset(raw.get("work_ahead", {}).get("under_way", ())),
                   _phrases(raw.get("work_ahead", {}).get("ahead", [])),
                   _phrases(raw.get("demands", [])),
                   _phrases(raw.get("advice", {}).get("public", [])),
                   _phrases(raw.get("advice", {}).get("modals", [])))


def _negated(lex: Lexicon, words: list[str], at: int) -> bool:
    return any(w in lex.negations for w in words[max(0, at - 2):at])


def taken_seriously(lex: Lexicon, words: list[str]) -> str | None:
    """A stance: a verb of taking or handling, its manner within reach ("took the findings
    seriously", "menanggapi dengan serius"), or the manner right before the verb ("serius
    menangani")."""
    fam = families(lex.language)
    for s, e in find(fam.taking, words):
        if _negated(lex, words, s):
            continue
        for m, n in find(fam.manner, words[max(0, s - 1):e + MANNER_REACH]):
            return " ".join(words[s:e]) + " ... " + " ".join(words[max(0, s - 1) + m:
                                                               max(0, s - 1) + n])
    return None


def reported_wish(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """A wish of others the speaker reports: its verb after a speech verb, only the
    clause's subject between (no verb, no relative word of ``not_subject``)."""
    fam = families(lex.language)
    for s, e in find(fam.wishes, words):
        for v in speech_at:
            between = words[v + 1:s]
            if 0 < len(between) <= SUBJECT_REACH and not any(
                    w in fam.not_subject or w in lex.negations for w in between) and not (
                    _negated(lex, words, s) or frames._contrasted(words, s, e)):
                return " ".join(words[s:e])
    return None


@lru_cache(maxsize=8)
def _to_learn(language: str) -> tuple[dict, dict, dict, int]:
    raw = cue_file(language).get("context34_wish_to_learn", {})
    return (_phrases(raw.get("eager", [])), _phrases(raw.get("learn", [])),
            _phrases(raw.get("what", [])), int(raw.get("reach", 0)))


def wish_to_learn(lex: Lexicon, words: list[str]) -> str | None:
    """A wish to find out what happened ("was as keen as anyone to find out what had
    happened", "is eager to establish the cause"; thirty-fourth round, bug fix w5negated,
    data ``context34_wish_to_learn``): a stance, not a fact; not negated, and only what
    happened or its cause ("want to find out who stole the money" is none)."""
    eager, learn, what, reach = _to_learn(lex.language)
    for s, e in find(eager, words):
        if _negated(lex, words, s) or frames._contrasted(words, s, e):
            continue
        for m, n in find(learn, words[e:e + reach + 6]):
            if m <= reach and any(a == 0 for a, _ in find(what, words[e + n:e + n + 5])):
                return " ".join(words[s:e]) + " ... " + " ".join(words[e + m:e + n])
    return None


def _plain(fam_phrases: dict, lex: Lexicon, words: list[str]) -> str | None:
    for s, e in find(fam_phrases, words):
        if not _negated(lex, words, s) and not frames._contrasted(words, s, e):
            return " ".join(words[s:e])
    return None


def stance(lex: Lexicon, tokens, words: list[str], speech_at: list[int]
           ) -> tuple[str, str] | None:
    """The stance, wish, target, measure meanwhile or refusal a reported statement carries
    instead of a fact: (cue, reason), else None."""
    fam = families(lex.language)
    found = opens_statement(tokens, words, speech_at)
    if found:
        return found, f"only who spoke, the statement follows: '{found}'"
    found = taken_seriously(lex, words)
    if found:
        return found, f"a stance towards what is alleged: '{found}'"
    found = reported_wish(lex, words, speech_at)
    if found:
        return found, f"a wish reported: '{found}'"
    found = wish_to_learn(lex, words)
    if found:
        return found, f"a wish reported: to find out what happened: '{found}'"
    found = _plain(fam.targets, lex, words)
    if found:
        return found, f"a target set: '{found}'"
    found = _plain(fam.meanwhile, lex, words)
    if found:
        return found, f"a measure meanwhile: '{found}'"
    found = work_ahead(lex, words)
    if found:
        return found, f"a plan: work under way with a time ahead: '{found}'"
    found = advice(lex, words)
    if found:
        return found, f"an appeal or a call: advice to the public: '{found}'"
    found = demand_after_condition(lex, tokens, words)
    if found:
        return found, f"an appeal or a call: a demand after a condition: '{found}'"
    found = should_appeal(lex, tokens, words)
    if found:  # "the ministry should welcome an audit" (round 40, should_appeal.py)
        return found, f"an appeal or a call: a party told what it should do: '{found}'"
    for s, e in find(fam.engaging, words):
        if _negated(lex, words, s):
            continue
        for m, n in find(fam.checks, words[e:e + ENGAGED_REACH]):
            found = f"{' '.join(words[s:e])} ... {' '.join(words[e + m:e + n])}"
            return found, f"procedure reported: one engaged to check: '{found}'"
    for s, e in find(fam.refusals, words):  # negated itself: "tidak akan menoleransi"
        if not frames._contrasted(words, s, e):
            found = " ".join(words[s:e])
            return found, f"a promise not to tolerate: '{found}'"
    found = promised.remedy(lex, words)  # round 27, second pass (promised.py)
    if found:
        return found, f"{promised.PROMISED}: '{found}'"
    found = promised.background(lex, tokens, words)
    if found:
        return found, f"background: a figure from a generic source: '{found}'"
    return None


def recounted(lex: Lexicon, tokens, words: list[str], k: int) -> bool:
    """The request verb at ``k`` is one the speaker recounts: in the past, right after the
    speaker's own "I" or "we", inside a quotation ('"We asked for the invoices three times
    and were told ..."'): an event of the story, not the speaker's appeal."""
    fam = families(lex.language)
    if words[k] not in fam.recounted_verbs or k == 0 or words[k - 1] not in fam.recounted_self:
        return False
    said = tokens[0].string[:tokens[k].start()]
    return said.count('"') % 2 == 1 or said.count("“") > said.count("”")


def own_request(lex: Lexicon, words: list[str], k: int) -> bool:
    """The request verb at ``k`` follows "that" with only the speaker's own pronoun and
    auxiliaries between ("added that it had asked ...")."""
    fam = families(lex.language)
    links = [c for c in range(k) if words[c] in lex.content_links]
    if not links or not fam.own_self:
        return False
    between = words[links[-1] + 1:k]
    return bool(between) and between[0] in fam.own_self and all(
        w in fam.own_auxiliaries for w in between[1:])


def work_ahead(lex: Lexicon, words: list[str]) -> str | None:
    """The speaker's own work under way with a time ahead: its pronoun, a word of aspect
    ("was", "sedang") and a verb, then within reach "over the next", "ke depan"."""
    fam = families(lex.language)
    for k in range(1, len(words) - 1):
        if words[k - 1] not in fam.own_self or words[k] not in fam.under_way:
            continue
        verb = words[k + 1]
        if lex.language == "en" and not verb.endswith("ing"):
            continue
        for m, n in find(fam.ahead, words[k + 2:k + 2 + AHEAD_REACH]):
            return f"{' '.join(words[k - 1:k + 2])} ... {' '.join(words[k + 2 + m:k + 2 + n])}"
    return None


def demand_after_condition(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """A quotation that opens with a condition, then after its comma a demand ('"Kalau
    memang sudah dibayar, tunjukkan bukti transfernya"'): the imperative (the lexicon's,
    or ``demands``) right after the condition's first comma."""
    fam = families(lex.language)
    if not tokens:
        return None
    text = tokens[0].string
    for k, token in enumerate(tokens):
        said = text[:token.start()]
        opens = said.rstrip().endswith(('"', "\u201c"))
        if not opens or words[k] not in lex.conditionals:
            continue
        for j in range(k + 1, len(tokens)):
            gap = text[tokens[j - 1].end():tokens[j].start()]
            if any(q in gap for q in ('"', "\u201d")):
                break
            if "," in gap:
                demand = find(fam.demands, words[j:j + 3]) or find(lex.imperatives,
                                                                   words[j:j + 3])
                if demand and demand[0][0] == 0:
                    return " ".join(words[j:j + demand[0][1]])
                break
    return None


def advice(lex: Lexicon, words: list[str]) -> str | None:
    """Advice to the public: a word for the public right before a modal of what it can or
    should do ("masyarakat dapat memantau", "passengers should check"), not negated."""
    fam = families(lex.language)
    for s, e in find(fam.public, words):
        modal = find(fam.advised, words[e:e + 3])
        if modal and modal[0][0] == 0 and not _negated(lex, words, s):
            return " ".join(words[s:e + modal[0][1]])
    return None


def opens_statement(tokens, words: list[str], speech_at: list[int]) -> str | None:
    """The sentence ends with its speech verb and a colon ("Dmitry Peskov berkata:"): it
    only opens the statement the next sentence gives. The verb, else None."""
    if not tokens or not speech_at or not tokens[0].string.rstrip().endswith(":"):
        return None
    last = max(speech_at)
    return words[last] if last >= len(words) - 2 else None
