"""A wrongful act read from who does what to whose (twelfth round). The guidelines: "The
sentence must attribute a wrongful act to an identifiable party ... by stating the wrongful
act itself." Most wrongs a journalist reports are told with ordinary verbs; what makes them
wrong is the structure, not the verb:

- what belongs to others taken, kept back or destroyed: an ordinary verb of taking or
  damaging whose object is another's ("took our land", "menggusur kebun mereka", "burned the
  villagers' homes"), money taken "from" someone, or what is owed cut ("memotong dana
  bansos", "docked their pay");
- money demanded ("demanded cash", "meminta uang") by a party: the demand is the wrong;
- people struck, confined or driven out ("locked residents in their rooms", "dipukul oleh
  guru");
- people punished for exercising a right ("12 workers were fired for joining the union"):
  the punishment is the wrong, whoever the workers are;
- goods that are illicit in themselves traded or used ("shipped counterfeit medicines",
  "mengedarkan pupuk palsu"): any verb of trade, the object's adjective makes it a wrong;
- a particular act called a wrong ("branded the pay cuts theft", "menganggap pungutan itu
  tidak sah");
- money paid for what a relative clause says was never done ("membayar proyek yang tidak
  pernah dikerjakan").

The doer is a party the sentence identifies (deeds.py reads it): the subject before an
active verb, the agent of a passive, or, for a passive, a frame of no consent ("tanpa
pemberitahuan", "without warning") that makes it done to the victims by someone. Not a deed
when negated, asked about, possible, investigated or admitted (deeds.py). Word families are
data (``data/cues/<language>.json``, keys ``accuse12_*``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import deeds as _deeds
from annotator.domain.proposals import harmed
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

OBJECT_REACH = 6  # words after an active verb where what it acts on, and whose, is named
BEFORE_REACH = 6  # words before a passive verb where what it acted on is named
REASON_REACH = 4  # words after a punishment where its reason ("for joining") stands
RELATIVE_REACH = 8  # words after a payment where "that never", "yang tidak" stands
_TOLD = frozenset({"mengaku", "claimed", "claims", "say", "says", "said"})
_SKIP = frozenset({"the", "a", "an", "two", "three", "four", "five", "six", "several", "some",
                   "all", "many", "dozens", "of", "para", "sejumlah", "seorang", "beberapa",
                   "puluhan", "ratusan", "belasan", "dua", "tiga", "empat", "lima", "sang",
                   "its", "his", "her", "their", "our", "my", "elderly", "young", "local"})


@dataclass(frozen=True)
class Families:
    take: dict[tuple[str, ...], float]
    cut: dict[tuple[str, ...], float]
    owed: dict[tuple[str, ...], float]
    damage: dict[tuple[str, ...], float]
    hurt: dict[tuple[str, ...], float]
    others: frozenset[str]
    first: frozenset[str]
    persons: frozenset[str]
    money: frozenset[str]
    source: dict[tuple[str, ...], float]
    without: dict[tuple[str, ...], float]
    not_others: frozenset[str]
    punished: dict[tuple[str, ...], float]
    because: dict[tuple[str, ...], float]
    rights: frozenset[str]
    paid: dict[tuple[str, ...], float]
    relatives: frozenset[str]
    paid_negations: frozenset[str]
    trade: dict[tuple[str, ...], float]
    illicit: dict[tuple[str, ...], float]
    take_plain: dict[tuple[str, ...], float]
    demand: dict[tuple[str, ...], float]
    cash: dict[tuple[str, ...], float]
    owed_policy: dict[tuple[str, ...], float]
    each: dict[tuple[str, ...], float]
    lawful: dict[tuple[str, ...], float]
    fictitious: frozenset[str]
    calling: dict[tuple[str, ...], float]
    definite: frozenset[str]
    terms: dict[tuple[str, ...], float]
    statements: frozenset[str]


@lru_cache(maxsize=8)
def families(language: str) -> Families:
    raw = cue_file(language)
    taken = raw.get("accuse12_taken") or {}
    told = raw.get("accuse12_retaliated") or {}
    paid = raw.get("accuse12_paid") or {}
    called = raw.get("accuse12_qualified") or {}

    def listed(part: dict, key: str) -> dict[tuple[str, ...], float]:
        return _phrases(part.get(key, []))

    return Families(
        listed(taken, "take"), listed(taken, "cut"), listed(taken, "owed"),
        listed(taken, "damage"), listed(taken, "hurt"), frozenset(taken.get("others", ())),
        frozenset(taken.get("first", ())), frozenset(taken.get("persons", ())),
        frozenset(taken.get("money", ())), listed(taken, "from"), listed(taken, "without"),
        frozenset(taken.get("not_others", ())), listed(told, "punished"),
        listed(told, "because"), frozenset(told.get("rights", ())), listed(paid, "verbs"),
        frozenset(paid.get("relatives", ())), frozenset(paid.get("negations", ())),
        listed(taken, "trade"), listed(taken, "illicit"), listed(taken, "take_plain"),
        listed(taken, "demand"), listed(taken, "cash"), listed(taken, "owed_policy"),
        listed(taken, "each"), listed(taken, "lawful"),
        frozenset(paid.get("fictitious", ())), listed(called, "verbs"),
        frozenset(called.get("definite", ())), listed(called, "terms"),
        frozenset(called.get("statements", ())))


def _clause_end(tokens, at: int) -> int:
    """The token after the last of the clause holding token ``at``."""
    for k in range(at + 1, len(tokens)):
        gap = _deeds._gap(tokens, k)
        if gap == "," and tokens[k - 1].group()[-1:].isdigit() and tokens[k].group()[:1].isdigit():
            continue  # "£300,000": a number, not a clause
        if any(ch in gap for ch in ",;:–—\"“”"):
            return k
    return len(tokens)


def _anothers(lex: Lexicon, fam: Families, tokens, words: list[str], lo: int, hi: int,
              doer: str) -> bool:
    """What stands in ``lo:hi`` belongs to someone other than the doer: "our land", "their
    crops" (not when "they" do it), "the villagers' homes", "tanah kami", "kebun warga",
    "rumpon milik mereka"; not "its own"."""
    span = words[lo:hi]
    if any(w in fam.not_others for w in span):
        return False
    for k in range(lo, hi):
        word = words[k]
        if word in fam.others and word != doer and not (
                word == "their" and doer == "they"):
            if lex.language == "id" and k == lo:
                continue  # "mereka merampas": the doer, not an owner
            return True
        if lex.language == "en" and _deeds.possessive(tokens, k) and word != doer:
            return True
        if lex.language == "id" and k > lo and word in fam.persons and \
                words[k - 1] not in fam.persons and word not in ("dia", "ia") and \
                words[k - 1].isalpha() and words[k - 1] not in _SKIP and \
                not _deeds._verb_like(lex, words, k - 1):
            return True  # "rumah warga", "gaji buruh": a noun, then whose ("120 anak": no)
    return False


def _person_object(fam: Families, tokens, words: list[str], e: int) -> bool:
    """The first thing an active verb acts on is a person: a pronoun, a people noun or a
    name ("locked residents in", "memukul siswa", "kicked Daniel")."""
    k = e
    while k < len(words) and k < e + 4 and (words[k] in _SKIP or words[k][:1].isdigit()):
        k += 1
    if k >= len(words) or any(ch in _deeds._gap(tokens, k) for ch in ",;:"):
        return False
    shown = tokens[k].group()
    return words[k] in fam.persons or (k > 0 and shown[:1].isupper() and not shown.isupper())


def _doer_pronoun(words: list[str], s: int) -> str:
    k = s - 1
    while k >= 0 and words[k] in _deeds._AUXILIARIES:
        k -= 1
    return words[k] if k >= 0 else ""


def _unstated(lex: Lexicon, tokens, words: list[str], s: int, e: int) -> bool:
    """Not yet a deed (deeds.py), except a harm one tells was done to one ("mengaku dipukul
    oleh guru", "Siswa mengaku diancam"): a passive right after "mengaku" is no admission."""
    passive = _deeds._passive(lex, words, s)
    if passive and s > 0 and words[s - 1] in _TOLD:
        cleared = list(words)
        cleared[s - 1] = ","
        words = cleared
    fam = _deeds.families(lex.language)
    if _deeds.find(fam.pleas, words) or _deeds.find(fam.lawful, words):
        return True
    return _deeds._unstated(lex, fam, tokens, words, s, tuple(words[s:e]))


def _done_by(lex: Lexicon, fam: Families, tokens, words: list[str], s: int, e: int,
             first: bool) -> bool:
    """A party the sentence identifies did the act at ``s:e``: the subject before an active
    verb ("they" or "mereka" too when the owner is "our", "kami": someone else's act), the
    agent of a passive, or, for a passive, a frame of no consent after it."""
    dfam = _deeds.families(lex.language)
    if _deeds._passive(lex, words, s):
        if _deeds._agent_after(lex, dfam, tokens, words, e):
            return True
        end = _clause_end(tokens, e - 1)
        return bool(find(fam.without, words[e:end + 3]))
    if _deeds._subject_before(lex, dfam, tokens, words, s):
        return True
    lo = _deeds._clause_start(tokens, s)
    if lex.language == "en" and any(_deeds.possessive(tokens, k) for k in range(lo, s)):
        return True  # "the home's staff had locked", "the council's contractor": a party's
    return first and _doer_pronoun(words, s) in ("they", "mereka", "he", "she", "ia", "dia")


@lru_cache(maxsize=8)
def _duties(language: str) -> dict[tuple[str, ...], float]:
    return _phrases(cue_file(language).get("dispute_duties", []))


_BETWEEN = frozenset({"pernah", "juga", "sama", "sekali", "lagi", "ever", "even", "been", "be",
                      "yet", "once", "always"})


def negated_duty(lex: Lexicon, words: list[str], at: int) -> bool:
    """The negation at ``at`` negates what was owed ("never paid us", "tidak dibayar"), as
    wrongs.negated_duty reads it (wrongs.py reads reading.py, which reads this module)."""
    for s, _ in find(_duties(lex.language), words[at + 1:at + 5]):
        k = at + s  # the word before the duty
        while k > at and (words[k] in _BETWEEN or words[k] in lex.passive_auxiliaries):
            k -= 1
        if k == at:
            return True
    return False


OWN_INSTRUCTION = "deny36_own_instruction"


def own_instruction(lex: Lexicon, words: list[str], at: int) -> bool:
    """The negation at ``at`` denies an instruction the speaker's own side gave ("We have
    never asked anyone to falsify a record", "I never told staff to skip checks"): a
    first person subject before it, a verb of asking after it, its object, then "to": the
    speaker's own act denied, not a duty owed to the speaker (thirty-sixth round, bug fix
    w9dismiss1). Not a passive ("we were never asked to"), nor without "to" ("we were never
    told", "they never told us")."""
    raw = cue_file(lex.language).get(OWN_INSTRUCTION, {})
    k = at - 1
    while k >= 0 and words[k] in raw.get("auxiliaries", ()):
        k -= 1
    if k < 0 or words[k] not in raw.get("subjects", ()):
        return False
    v = at + 1
    while v < len(words) and words[v] in _BETWEEN and words[v] not in lex.passive_auxiliaries:
        v += 1
    if v >= len(words) or words[v] not in raw.get("verbs", ()):
        return False
    return "to" in words[v + 2:v + 2 + int(raw.get("object_reach", 2))]


def deed_at(lex: Lexicon, tokens, words: list[str]) -> tuple[int, str] | None:
    """Where the wrongful deed stands and its words: deeds.py's reading, then who does what
    to whose (taken_at)."""
    return _deeds.deed_at(lex, tokens, words) or taken_at(lex, tokens, words) or \
        harmed.deed_at(lex, tokens, words)  # a harm a party caused (harmed.py)


def deed(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """The wrongful deed's words (deed_at), None when the sentence states none."""
    found = deed_at(lex, tokens, words)
    return found[1] if found else None


def demand_not_appeal(lex: Lexicon, tokens, words: list[str], cue: str) -> bool:
    """The appeal's verb opens a wrongful deed ("demanded cash", "meminta uang Rp 500
    ribu"): the deed, not an appeal (deeds.demand_not_appeal, with taken.py's deeds)."""
    found = deed_at(lex, tokens, words)
    return bool(found) and found[1].split()[0] == cue.split()[0]


def taken_at(lex: Lexicon, tokens, words: list[str]) -> tuple[int, str] | None:
    """Where the sentence states a wrong by who does what to whose, and its words; None
    when it states none."""
    fam = families(lex.language)
    found = _retaliated(lex, fam, tokens, words) or _paid_for_nothing(
        lex, fam, tokens, words) or _qualified(lex, fam, tokens, words)
    if found:
        return found
    lawful = [s for s, _ in find(fam.lawful, words) if not _negated(lex, words, s)]
    if lawful:
        return None  # "sesuai jadwal relokasi", "with their consent": done as allowed
    verbs = _verbs(lex.language)
    for s, e in find(verbs, words):
        for kind in verbs[tuple(words[s:e])]:
            if _deeds._in_name(tokens, s, e) or _negated(lex, words, s) or \
                    _unstated(lex, tokens, words, s, e) or \
                    _deeds._innocent(_deeds.families(lex.language), words, s, e) or \
                    _a_noun(lex, words, s) or _kept_records(lex.language, words, s, e):
                continue  # (an innocent sense: "memukul KO lawannya")
            passive = _deeds._passive(lex, words, s)
            if passive:
                lo = max(_deeds._clause_start(tokens, s), _sentence_start(tokens, s),
                         s - BEFORE_REACH)
                region = (lo, s)
            else:
                region = (e, min(_clause_end(tokens, e - 1), e + OBJECT_REACH))
            doer = _doer_pronoun(words, s)
            first = _first_owner(lex, fam, words, *region)
            if kind == "cut":
                hit = _owed_cut(lex, fam, tokens, words, *region, doer)
            elif kind == "take":
                hit = _anothers(lex, fam, tokens, words, *region, doer) or (
                    not passive and _from_someone(fam, words, *region))
            elif kind == "take_plain":  # "took our land"; not "took samples from residents'"
                hit = first or (not passive and _from_someone(fam, words, *region))
            elif kind == "demand":  # "demanded cash", "meminta uang Rp 500.000"
                hit = _cash_demanded(lex, fam, words, region[0])
            elif kind == "damage":
                hit = _anothers(lex, fam, tokens, words, *region, doer)
            elif kind == "trade":  # "shipped counterfeit medicines", "mengedarkan pupuk palsu"
                hit = bool(find(fam.illicit, words[region[0]:region[1]]))
            else:
                hit = any(w in fam.persons for w in words[region[0]:region[1]]) if passive \
                    else _person_object(fam, tokens, words, e)
            if hit and _done_by(lex, fam, tokens, words, s, e, first):
                return s, " ".join(words[s:region[1] if not passive else e])
    return None


QUALIFIED_REACH = 10  # words after a verb of calling where the wrong's term stands
_NOT_CALLING = frozenset({"on", "upon", "for", "off", "in", "out", "up", "back", "agar",
                          "supaya", "kepada"})


def _qualified(lex: Lexicon, fam: Families, tokens, words: list[str]
               ) -> tuple[int, str] | None:
    """A particular act called a wrong ("branded the pay cuts theft", "described conditions
    at the centre as inhumane", "menyebut tindakan perusahaan itu sebagai perampasan tanah",
    "pungutan itu dinilai tidak sah"): what is called so is definite (the, its, itu,
    tersebut, -nya) and no wrong in general ("called corruption a threat") nor a statement
    ("called the allegations a smear": a denial's business)."""
    for s, e in find(fam.calling, words):
        if _negated(lex, words, s) or _unstated(lex, tokens, words, s, e):
            continue
        end = min(_clause_end(tokens, e - 1), e + QUALIFIED_REACH)
        if lex.language == "id" and _deeds._passive(lex, words, s):
            lo = max(_deeds._clause_start(tokens, s), _sentence_start(tokens, s))
            what, terms = words[lo:s], find(fam.terms, words[e:min(end, e + 4)])
            at = s
        else:
            terms = [(a, b) for a, b in find(fam.terms, words[e:end]) if a > 0]
            what = words[e:e + terms[0][0]] if terms else []
            at = e + terms[0][0] if terms else s
        if not terms or not what or any(w in fam.statements for w in what):
            continue
        if what[0] in _NOT_CALLING or "to" in what or "untuk" in what:
            continue  # "called on the minister to resign over the fraud": an appeal
        if find(fam.terms, what) or find(_deeds.families(lex.language).deeds, what):
            continue  # "menyebut korupsi sebagai kejahatan": a wrong in general
        definite = any(w in fam.definite or (lex.language == "id" and w.endswith("nya")
                                             and len(w) > 5) for w in what)
        if definite:
            return s, " ".join(words[s:at + terms[0][1] - (terms[0][0] if at == s else 0)])
    return None


def _owed_cut(lex: Lexicon, fam: Families, tokens, words: list[str], lo: int, hi: int,
              doer: str) -> bool:
    """What is cut is owed to people: their pay ("docked their pay", "memotong upah"),
    money of others ("uang kami dipotong"), or aid taken from each ("memotong dana bansos
    Rp 100.000 per keluarga"); a policy's cut of aid or benefits ("menghentikan bantuan
    bagi keluarga mampu", "cut benefits for high earners") is no wrong stated."""
    span = words[lo:hi]
    owed = find(fam.owed, span)
    policy = [(s, e) for s, e in owed if tuple(span[s:e]) in fam.owed_policy]
    money = any(w in fam.money for w in span)
    others = _anothers(lex, fam, tokens, words, lo, hi, doer)
    if owed and len(policy) < len(owed):
        return True  # wages, pay, salary, tips, deposits
    if (policy or money) and others:
        return True  # "their pension", "uang kami"
    return bool(policy) and bool(find(fam.each, words[lo:hi + 4]))


def _cash_demanded(lex: Lexicon, fam: Families, words: list[str], at: int) -> bool:
    """Money is what the demand at ``at`` asks for ("meminta uang Rp 500.000"), not the
    subject of what it asks be done ("meminta uang itu dikembalikan", "asked for the money
    to be returned": a remedy, an appeal)."""
    for _s, e in find(fam.cash, words[at:at + 3]):
        after = words[at + e:at + e + 3]
        if any(w == "be" or (lex.language == "id" and _deeds._passive(lex, [w], 0)
                             and len(w) > 4) for w in after):
            return False
        return True
    return False


def _sentence_start(tokens, at: int) -> int:
    """The first token of the sentence holding token ``at`` inside a quotation of several
    ("Saya dikorbankan. Semua keputusan ...")."""
    for k in range(at, 0, -1):
        gap = _deeds._gap(tokens, k)
        if any(ch in gap for ch in ".!?") and tokens[k].group()[:1].isupper():
            return k
    return 0


def _first_owner(lex: Lexicon, fam: Families, words: list[str], lo: int, hi: int) -> bool:
    """The speaker's side owns what is acted on ("our land", "tanah kami", "uang saya"):
    in Indonesian the pronoun after a noun, not a subject ("saya dikorbankan")."""
    for k in range(lo, hi):
        if words[k] not in fam.first:
            continue
        if lex.language != "id" or (k > lo and not _deeds._verb_like(lex, words, k - 1)
                                    and words[k - 1] not in fam.persons):
            return True
    return False


KINDS = ("cut", "take", "take_plain", "damage", "hurt", "trade", "demand")


@lru_cache(maxsize=8)
def _verbs(language: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every verb of the families, with the kinds it belongs to: one pass over a sentence."""
    fam = families(language)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for kind in KINDS:
        for phrase in getattr(fam, kind):
            out[phrase] = out.get(phrase, ()) + (kind,)
    return out


KEPT_RECORDS = "accuse38_kept_records"
_RECORD_SKIP = 3  # words between "kept" and the record it kept ("kept a detailed diary")


@lru_cache(maxsize=8)
def _records(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(KEPT_RECORDS, {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("records", ())),
            frozenset(raw.get("skip", ())))


def _kept_records(language: str, words: list[str], s: int, e: int) -> bool:
    """The verb at ``s:e`` keeps a record ("had kept screenshots from the supplier's app to
    prove it", "kept copies of the council's letters"): evidence one keeps of what another
    did, no taking of the other's property, though a possessive follows (thirty-eighth
    round, bug fix t38e2). "kept the tenants' deposits" stays a taking."""
    verbs, records, skip = _records(language)
    if e - s != 1 or words[s] not in verbs:
        return False
    k = e
    while k < len(words) and k - e < _RECORD_SKIP and (words[k] in skip or words[k][:1].isdigit()):
        k += 1
    return k < len(words) and words[k] in records


def _negated(lex: Lexicon, words: list[str], s: int) -> bool:
    return any(w in lex.negations for w in words[max(0, s - 3):s])


def _from_someone(fam: Families, words: list[str], lo: int, hi: int) -> bool:
    """Money taken "from" someone ("took £40,000 from the fund", "mengambil uang dari kas
    desa"): money, or a sum, before "from" in reach."""
    for k in range(lo, hi):
        if (words[k],) in fam.source or tuple(words[k:k + 2]) in fam.source:
            before = words[lo:k]
            return any(w in fam.money or w[:1].isdigit() for w in before)
    return False


def retaliated(lex: Lexicon, words: list[str], at: int) -> bool:
    """The punishment at ``at`` is for a right exercised ("fired for joining the union",
    "dipecat karena bergabung dengan serikat"): the wrong itself, not enforcement."""
    fam = families(lex.language)
    for _, e in find(fam.because, words[at + 1:at + 1 + REASON_REACH]):
        after = words[at + 1 + e:at + 1 + e + 3]
        if any(w in fam.rights for w in after):
            return True
    return False


def _retaliated(lex, fam: Families, tokens, words: list[str]) -> tuple[int, str] | None:
    for s, e in find(fam.punished, words):
        if _negated(lex, words, s) or _deeds._in_name(tokens, s, e):
            continue
        if retaliated(lex, words, e - 1) and not _unstated(lex, tokens, words, s, e):
            return s, " ".join(words[s:min(_clause_end(tokens, e - 1), e + REASON_REACH + 2)])
    return None


def _paid_for_nothing(lex, fam: Families, tokens, words: list[str]) -> tuple[int, str] | None:
    """Money paid for what a relative clause says was never done or delivered, or for what
    is fictitious ("paid 40 ghost workers", "membayar pegawai fiktif")."""
    for s, e in find(fam.paid, words):
        end = min(_clause_end(tokens, e - 1), e + RELATIVE_REACH)
        fake = [k for k in range(e, min(end, e + 5)) if words[k] in fam.fictitious]
        if fake and not _negated(lex, words, s) and not _unstated(lex, tokens, words, s, e) \
                and _done_by(lex, fam, tokens, words, s, e, False):
            return s, " ".join(words[s:fake[0] + 2])  # "membayar 40 pegawai fiktif"
        for k in range(e, end):
            if words[k] in fam.relatives and any(
                    w in fam.paid_negations for w in words[k + 1:k + 4]):
                if _negated(lex, words, s) or _unstated(lex, tokens, words[:k], s, e):
                    break
                if _done_by(lex, fam, tokens, words, s, e, False):
                    return s, " ".join(words[s:k + 4])
                break
    return None


_ARTICLES = frozenset({"the", "a", "an"})


def _a_noun(lex: Lexicon, words: list[str], s: int) -> bool:
    """"raised the block with the council's environmental health team": a bare verb's form
    right after an English article is a noun (a block of flats), no deed (thirty-third
    round). A participle after it ("the damaged homes") is read as before."""
    return lex.language == "en" and s > 0 and words[s - 1] in _ARTICLES and not words[
        s].endswith(("ed", "en"))
