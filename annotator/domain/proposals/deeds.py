"""A wrongful deed stated with no accusation word, and enforcement verbs added for the
label (eleventh round). The guidelines: "The sentence must attribute a wrongful act to an
identifiable party: with a cue ... or by stating the wrongful act itself. Naming the act is
enough." So a deed is read by its structure, not by a word alone:

- the act: a contract or post steered to the decider's kin ("awarded ... to a company run
  by his nephew"), a verb wrong in itself ("embezzled", "menggelapkan"), an ordinary verb made wrong
  by what it acts on ("dumped ... waste", "menjual ... kedaluwarsa", "left ... without",
  "merugikan negara"), a wrong as a noun that a party committed or that names its doer
  ("melakukan penggelapan", "the dumping of waste by X"), an ordinary act made wrong by its
  frame ("despite a ban", "padahal dilarang") or a harm to others ("kerugian negara");
- the party: a name, a role, a body, "the company", "oknum", "ia" in the act's clause before
  it, or its agent after "by"/"oleh" (a passive or a noun needs one: "Waste was dumped" and
  "Limbah dibuang" name nobody). Counted or plural unnamed people are no party;
- not yet a deed: asked about, possible, to come, investigated or negated ("is investigating
  whether", "akan diselidiki", "if"), told as background ("pernah"), admitted ("pleaded
  guilty", "mengaku"), or what evidence shows ("footage showed ..."): the guidelines call
  these context or claim.

Word families kept as data (``data/cues/<language>.json``, keys ``wrongs11_*``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import (
    Lexicon,
    _merged,
    _phrases,
    cue_file,
    find,
    made_once,
)

DEED = "a wrongful deed stated"  # in the reason of a reported deed (told_of_itself)
OBJECT_REACH = 7  # tokens after an ordinary verb where what makes it wrong is named
AGENT_REACH = 6  # tokens after a passive or a noun where "by"/"oleh" names the doer
DOER_REACH = 3  # tokens after "committed"/"melakukan" where the wrong as a noun stands
NEGATION_REACH = 3  # tokens before the act where its negation stands
NORM_REACH = 8  # tokens before a wrong where a norm that forbids it stands (twelfth round)
_QUOTES = "\"“”'‘’"


@dataclass(frozen=True)
class Families:
    acts: dict[tuple[str, ...], float]
    acts_with: dict[str, tuple[str, ...]]
    deeds: dict[tuple[str, ...], float]
    doers: dict[tuple[str, ...], float]
    frames: dict[tuple[str, ...], float]
    harms: dict[tuple[str, ...], float]
    parties: frozenset[str]
    not_yet: frozenset[str]
    pleas: dict[tuple[str, ...], float]
    counted: frozenset[str]
    shown: frozenset[str]
    not_with: dict[str, tuple[str, ...]]
    events: frozenset[str]
    adjective_after: frozenset[str]
    places_after: frozenset[str]
    favour_verbs: frozenset[str]
    favours: dict[tuple[str, ...], float]
    lawful: dict[tuple[str, ...], float]
    own_subjects: frozenset[str]
    findings: frozenset[str] = frozenset()  # twelfth round: "found", "menemukan"
    evidence: frozenset[str] = frozenset()  # twelfth round: "bukti", "receipts"
    norms: dict[tuple[str, ...], float] | None = None  # twelfth round: "must not", "dilarang"
    venues: frozenset[str] = frozenset()  # twelfth round: "told the inquiry that"
    complementizers: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def families(language: str) -> Families:
    raw = cue_file(language)

    def part(key: str, field: str):
        return (raw.get(f"wrongs11_{key}") or {}).get(field, [] if field != "verbs" else {})

    manner = raw.get("accuse12_manner") or {}  # twelfth round: "unfairly", "maladministrasi"
    return Families(
        _phrases(part("acts", "phrases") + manner.get("acts", [])),
        {verb: tuple(needed) for verb, needed in part("acts_with", "verbs").items()},
        _phrases(part("deeds", "phrases") + manner.get("deeds", [])),
        _phrases(part("doers", "phrases")),
        _phrases(part("frames", "phrases") + manner.get("frames", [])),
        _phrases(part("harms", "phrases")),
        frozenset(part("parties", "words") + manner.get("parties", [])),
        frozenset(part("not_yet", "words")),
        _phrases(part("pleas", "phrases")), frozenset(part("count_words", "words")),
        frozenset(part("shown", "words")),
        {verb: tuple(objects) for verb, objects in part("acts_not_with", "verbs").items()},
        frozenset(part("not_doers", "events")), frozenset(part("not_doers", "adjective_after")),
        frozenset(part("not_doers", "places_after")),
        frozenset(part("favours", "verbs")), _phrases(part("favours", "phrases")),
        _phrases(part("lawful", "phrases")), frozenset(part("lawful", "own_subjects")),
        frozenset(manner.get("findings", ())), frozenset(manner.get("evidence", ())),
        _phrases(manner.get("norms", [])), frozenset(manner.get("venues", ())),
        frozenset(manner.get("complementizers", ())))


@lru_cache(maxsize=8)
def _enforcing(language: str, base: tuple) -> dict[str, tuple[str, ...]]:
    raw = cue_file(language)
    extra = (raw.get("wrongs11_enforcement") or {}).get("verbs", {})
    remedies = (raw.get("accuse12_enforcement") or {}).get("verbs", {})  # "ordered to repay"
    charged = (raw.get("accuse28_enforcement") or {}).get("verbs", {})  # "on charges of"
    return _merged(dict(base), extra, remedies, charged)


def enforcing(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The enforcement verbs read for the label: the lexicon's whole family and this round's
    ("had its licence revoked for", "izin usaha dicabut karena")."""
    return made_once(lex, "deeds.enforcing", lambda lex: _enforcing(
        lex.language, tuple(lex.enforcement_more.items())))  # the key made once too


def counted_word(lex: Lexicon, word: str) -> bool:
    """A number written as a word ("thirty-one", "dua puluh"): people counted, not named."""
    known = lex.count_words | families(lex.language).counted
    return word in known or ("-" in word and all(p in known or p in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        for p in word.split("-")))


def _gap(tokens, k: int) -> str:
    """The text between token ``k - 1`` and token ``k``."""
    return tokens[0].string[tokens[k - 1].end():tokens[k].start()] if k > 0 else ""


def _clause_start(tokens, at: int) -> int:
    """The first token of the clause holding token ``at``: after the last comma, semicolon,
    colon or dash before it."""
    breaks = clause_breaks(tokens)
    for k in range(at, 0, -1):
        if breaks[k]:
            return k
    return 0


_BREAKS: dict[str, tuple[bool, ...]] = {}


def clause_breaks(tokens) -> tuple[bool, ...]:
    """For each token, whether a comma, semicolon, colon or dash stands before it; worked
    out once per sentence (a sentence's clauses are asked for a few dozen times)."""
    if not tokens:
        return ()
    text = tokens[0].string
    known = _BREAKS.get(text)
    if known is None or len(known) != len(tokens):
        if len(_BREAKS) >= 512:
            _BREAKS.clear()
        known = _BREAKS[text] = tuple(
            k > 0 and any(ch in _gap(tokens, k) for ch in ",;:–—") for k in range(len(tokens)))
    return known


def _is_party(lex: Lexicon, fam: Families, tokens, words: list[str], k: int) -> bool:
    word = words[k]
    if word in fam.parties:
        return True
    shown = tokens[k].group()
    if not shown[:1].isupper() or word in lex.not_names:
        return False
    run = k
    while run > 0 and tokens[run - 1].group()[:1].isupper() and not any(
            ch in _gap(tokens, run) for ch in ",;:"):
        run -= 1
    if run > 0 and words[run - 1] in fam.places_after:
        return False  # "di Kabupaten Garut", "in Kent": where, not who
    if k == 0 or any(q in _gap(tokens, k) for q in _QUOTES):
        # a sentence's or quotation's first word is capitalised anyway: a name only when
        # the next word is one too ("Greenvale Dairy")
        return k + 1 < len(tokens) and tokens[k + 1].group()[:1].isupper() and \
            words[k + 1] not in lex.not_names
    return True


def _party_in(lex, fam, tokens, words, lo: int, hi: int) -> bool:
    if any(w in fam.events for w in words[max(0, lo):hi]):
        return False  # "Typhoon Haikui left ...", "Banjir ... merugikan": no party acted
    return any(_is_party(lex, fam, tokens, words, k) for k in range(max(0, lo), hi))


_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are",
                          "also", "then", "allegedly", "repeatedly", "routinely", "telah",
                          "sudah", "juga", "lalu", "kemudian", "sempat", "pun", "been"})


def _subject_before(lex, fam, tokens, words, s: int) -> bool:
    """A party in the act's clause before it; when the act opens its clause ("..., putting
    mothers at risk", "..., sehingga merugikan negara"), in the clause before, whose subject
    it shares. A pronoun just before the act that is no party is its own subject ("all
    customers it overcharged", "kami membuang"): the speaker's account, no deed named."""
    k = s - 1
    while k >= 0 and words[k] in _AUXILIARIES:
        k -= 1
    if k >= 0 and words[k] in fam.own_subjects:
        # "the regulator found it had misled borrowers": after a finding the pronoun is the
        # party found, not the speaker telling its own act (twelfth round)
        return k > 0 and (words[k - 1] in fam.findings or (
            words[k - 1] in ("that", "bahwa") and k > 1 and words[k - 2] in fam.findings))
    apposed = apposition_before(lex, tokens, words, s)
    if apposed and (_party_in(lex, fam, tokens, words, *apposed) or _complement_subject(
            lex, fam, tokens, words, *apposed)):
        return True  # "the practice, known as drip pricing, broke the law": read without it
    lo = _clause_start(tokens, s)
    if all(w in _LINKS for w in words[lo:s]) and lo > 0:
        lo = _clause_start(tokens, lo - 1)
    return _party_in(lex, fam, tokens, words, lo, s) or _complement_subject(
        lex, fam, tokens, words, lo, s)


_APPOSITION_OPENERS = (("known", "as"), ("also", "known", "as"), ("better", "known", "as"),
                       ("called",), ("also", "called",), ("dubbed",), ("which",), ("who",),
                       ("a",), ("an",), ("the",))
# an office held for a seat or a portfolio, between commas after a name ("Graham Pettifer, MP
# for North Cotswolds, had broken rules"; thirty-eighth round, bug fix)
_SEAT_ROLES = frozenset({"mp", "mps", "mep", "msp", "ms", "member", "minister", "secretary",
                         "councillor", "senator", "congressman", "congresswoman",
                         "representative", "assemblyman", "assemblywoman", "spokesman",
                         "spokeswoman", "spokesperson", "commissioner"})


def _role_or_age(words: list[str], at: int, lo: int) -> bool:
    """The words between commas from ``at`` to ``lo`` are an office held for a seat ("MP for
    North Cotswolds", "councillor for Bramley ward") or an age ("44"): an apposition to the
    name before them (thirty-eighth round, bug fix)."""
    if lo - at == 1:
        return words[at].isdigit() and len(words[at]) <= 3
    return words[at] in _SEAT_ROLES and words[at + 1] == "for"


def apposition_before(lex: Lexicon, tokens, words: list[str], s: int
                      ) -> tuple[int, int] | None:
    """The act at ``s`` opens its clause right after an apposition between commas that
    follows its subject ("the practice, known as drip pricing, broke the law", "the landlord,
    which owns 300 flats, withheld deposits", "the firm, a unit of Orvane Group, misled
    customers"; thirty-fifth round, bug fix): the subject's clause, as (start, end), to read
    the act's subject and frame from as if the apposition were not there; None otherwise.
    Not a list between commas ("sofas, beds, and overcharged"), nor an act inside the
    apposition ("the firm, which broke the law in 2021, said"): that is the clause's own."""
    if lex.language != "en":
        return None
    lo = _clause_start(tokens, s)
    if lo < 2 or any(w not in _AUXILIARIES for w in words[lo:s]) or "," not in _gap(
            tokens, lo):
        return None
    at = _clause_start(tokens, lo - 1)
    if at < 1 or "," not in _gap(tokens, at) or not (any(
            tuple(words[at:at + len(o)]) == o for o in _APPOSITION_OPENERS)
            or _role_or_age(words, at, lo)):
        return None
    if words[at] in ("a", "an", "the") and "of" not in words[at + 2:lo]:
        return None  # "a N of M" only: a bare "a N" between commas may be an item of a list
    start = _clause_start(tokens, at - 1)
    if start > 0 and "," in _gap(tokens, start) and at - start <= 2:
        return None  # "hotels, airlines, a range of ticket sellers, misled ...": a list
    return start, at


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that",
                          "these", "those", "one", "two", "three", "several"})
_SPEAKERS_OWN = frozenset({"kami", "kita", "saya", "aku", "mereka", "ia", "dia", "we", "i",
                           "they", "it", "you", "he", "she"})


def _complement_subject(lex: Lexicon, fam: Families, tokens, words: list[str], lo: int,
                        s: int) -> bool:
    """The subject of what a speech verb reports is a party other than the speaker
    (twelfth round): "Tenants say the housing association pocketed ...", "Warga menyebut
    pengelola gedung itu menahan ...": a noun phrase between the speech verb and the act,
    with no verb of its own; in English a determiner opens it ("the", "its")."""
    spoken = [k for k in range(lo, s) if (words[k],) in lex.speech]
    if not spoken:
        return False
    between = [w for w in words[spoken[-1] + 1:s] if w not in ("that", "bahwa")]
    while between and between[-1] in _AUXILIARIES:
        between.pop()
    if not 1 <= len(between) <= 5 or between[0] in _SPEAKERS_OWN:
        return False
    if any(w in fam.events or w in lex.negations or (w,) in lex.speech
           or w in fam.not_yet for w in between):
        return False
    start = s - len(between)
    if any(_verb_like(lex, words, k) for k in range(start + 1, s) if words[k] not in
           _AUXILIARIES):
        return False
    return lex.language == "id" or between[0] in _DETERMINERS


_LINKS = frozenset({"sehingga", "hingga", "yang", "dan", "and", "thereby", "so", "which",
                    "serta", "lalu", "kemudian", "then"})


def _agent_after(lex: Lexicon, fam: Families, tokens, words: list[str], end: int,
                 verb: bool = True) -> bool:
    """A doer named after a passive or a noun: "by the contractor", "oleh bendahara", or, in
    Indonesian, straight after the di- verb ("digelapkan bendahara desa")."""
    by = set(lex.passive_by) | {"by", "oleh"}
    if verb and lex.language == "id" and end < len(words) and _is_party(
            lex, fam, tokens, words, end):
        return True
    for k in range(end, min(len(words), end + AGENT_REACH)):
        if any(ch in _gap(tokens, k) for ch in ",;:") and k > end:
            return False
        if words[k] in by:
            return _party_in(lex, fam, tokens, words, k + 1, min(len(words), k + 4))
        if words[k] not in _BEFORE_AGENT and _verb_like(lex, words, k):
            return False  # "korupsi yang diselidiki oleh KPK": another act's agent
    return False


_BEFORE_AGENT = frozenset({"yang", "dilakukan", "dilakukannya", "diduga", "committed",
                           "carried", "out", "which", "was", "were", "allegedly", "that"})


def _verb_like(lex: Lexicon, words: list[str], k: int) -> bool:
    """A word that opens another act ("diselidiki", "investigated", "who"): the agent after
    it is that act's. Not an adjective after "of", "the" ("the dumping of untreated waste")."""
    word = words[k]
    if word in ("who", "whom"):
        return True
    if lex.language == "id":  # "berkali-kali", "sewenang-wenang" are adverbs
        return word.startswith(("di", "me", "ber", "ter")) and len(word) > 4 and "-" not in word
    return word.endswith(("ed", "ing")) and words[k - 1] not in ("of", "the", "a", "an")


def _passive(lex: Lexicon, words: list[str], s: int) -> bool:
    if lex.language == "id":
        return words[s].startswith(("di", "ter")) and words[s] not in ("dia", "dialah", "diapun")
    if lex.language == "en" and words[s].endswith("ing") and s > 0 and \
            words[s - 1] != "been":
        return False  # "was breaking consumer law", "appeared to be breaking": an act in
        # progress, not a passive (round 33; "has been deducting" is left to the readings
        # of an opening allegation)
    k = s - 1
    while k >= 0 and s - k <= 3 and lex.adverb_endings and words[k].endswith(
            lex.adverb_endings):
        k -= 1
    return k >= 0 and words[k] in lex.passive_auxiliaries


def _unstated(lex: Lexicon, fam: Families, tokens, words: list[str], s: int,
              phrase: tuple[str, ...]) -> bool:
    """The act at ``s`` is asked about, possible, to come, investigated, negated or told as
    background: the words of its clause before it say so."""
    lo = _clause_start(tokens, s)
    apposed = apposition_before(lex, tokens, words, s)
    # "is investigating whether the practice, known as X, broke the law": read without it
    clause = words[apposed[0]:apposed[1]] + words[lo:s] if apposed else words[lo:s]
    before = _after_venue(lex, fam, clause)
    found = [k for k, w in enumerate(before) if w in fam.findings]
    if found:  # "The audit found ...", "Laporan BPK menemukan ...": the procedure has ended
        before = before[found[-1] + 1:]  # in a finding, what it found is stated (taken.py)
    if phrase[0] in lex.negations:
        before = [w for w in before if w not in lex.negations]
    if any(w in fam.not_yet or w in lex.conditionals or w in lex.topic_of for w in before):
        return True
    if any(w in fam.shown and not _seeming(words, k, s) for k, w in enumerate(words[:s])):
        return True  # "footage showed the officer kneeling on him": evidence, a claim
    if any(w in lex.negations for w in words[max(0, s - NEGATION_REACH):s]) and \
            phrase[0] not in lex.negations:
        return True
    return bool(find(lex.background, clause + words[s:s + 8]))


_SEEMING = frozenset({"appeared", "appears"})
_SEEMING_AFTER = (("to", "be"), ("to", "have"), ("to", "have", "been"))


def _seeming(words: list[str], k: int, s: int) -> bool:
    """The showing verb at ``k`` is a hedge on the act at ``s`` ("the organiser appeared to
    be breaking consumer law", "appears to have breached"): the act stated with less
    confidence, not what evidence shows (thirty-third round, bug fix; "footage appeared to
    show" still shows)."""
    return words[k] in _SEEMING and tuple(words[k + 1:s]) in _SEEMING_AFTER


def _after_venue(lex: Lexicon, fam: Families, before: list[str]) -> list[str]:
    """The words before an act, from its complement on when what came before only says to
    which procedure it was told ("told the inquiry that", "mengatakan kepada tim audit
    bahwa"): a speech verb, then only a procedure's nouns among the words that keep an act
    unstated. "Said they were investigating claims that" keeps its verb: not yet stated."""
    at = max((k for k, w in enumerate(before) if w in fam.complementizers), default=None)
    if at is None:
        return before
    head = before[:at]
    spoke = [k for k, w in enumerate(head) if (w,) in lex.speech]
    kept = [k for k, w in enumerate(head) if w in fam.not_yet]
    if spoke and kept and all(k > spoke[0] and head[k] in fam.venues for k in kept):
        return before[at + 1:]
    return before


def normed(lex: Lexicon, words: list[str], s: int) -> bool:
    """The wrong at ``s`` is what a norm forbids ("must not use violence", "tidak boleh
    memakai kekerasan", "dilarang melakukan pungutan liar"), not a wrong done."""
    norms = families(lex.language).norms or {}
    return bool(find(norms, words[max(0, s - NORM_REACH):s]))


def an_act(lex: Lexicon, words: list[str], at: int) -> bool:
    """The verb at ``at`` opens a wrongful act's phrase ("menahan gaji", "withheld wages"):
    read as that act, not as enforcement ("menahan" someone)."""
    return any(s == at and e - s > 1 for s, e in find(families(lex.language).acts, words))


def _innocent(fam: Families, words: list[str], s: int, e: int) -> bool:
    """The act's verb with what makes it innocent or an idiom ("stole the show", "mencuri
    perhatian", "memukul bola"), or an English participle used as an adjective ("recovered
    stolen goods", "the falsified records")."""
    objects = fam.not_with.get(words[s])
    if objects:
        after = " " + " ".join(words[e:e + 3]) + " "
        if any(f" {o} " in after for o in objects):
            return True
    return e - s == 1 and s > 0 and words[s - 1] in fam.adjective_after and \
        words[s].endswith(("ed", "en"))


_NONE_DONE = frozenset({"no", "nothing", "none", "neither", "nobody", "no-one"})


def _acts(fam: Families, tokens, words: list[str]) -> list[tuple[int, int]]:
    found = [(s, e) for s, e in find(fam.acts, words) if not _innocent(fam, words, s, e)
             and not _in_name(tokens, s, e)]
    found += find(fam.harms, words)
    for k, word in enumerate(words):
        needed = fam.acts_with.get(word)
        if needed is None:
            continue
        after = " " + " ".join(words[k + 1:k + 1 + OBJECT_REACH]) + " "
        if any(f" {n} " in after for n in needed):
            found.append((k, k + 1))
    return sorted((s, e) for s, e in found if e >= len(words) or words[e] not in _NONE_DONE)


def deed(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """The wrongful deed the sentence states of a party it identifies, as the words of the
    act; None when it states none, or names nobody who did it."""
    found = deed_at(lex, tokens, words)
    return found[1] if found else None


def deed_at(lex: Lexicon, tokens, words: list[str]) -> tuple[int, str] | None:
    """Where the wrongful deed stands and its words (deed)."""
    fam = families(lex.language)
    if not words or find(fam.pleas, words) or find(fam.lawful, words):
        return None  # admitted, or done lawfully ("sudah diolah sesuai baku mutu")
    for s, e in _acts(fam, tokens, words):
        phrase = tuple(words[s:e])
        if _in_name(tokens, s, e) or _unstated(lex, fam, tokens, words, s, phrase):
            continue
        if _passive(lex, words, s) and phrase not in fam.harms:
            if _agent_after(lex, fam, tokens, words, e):
                return s, " ".join(phrase)
            continue
        if _subject_before(lex, fam, tokens, words, s):
            return s, " ".join(phrase)
    for s, e in find(fam.frames, words):
        if _unstated(lex, fam, tokens, words, s, tuple(words[s:e])):
            continue
        if any(w in fam.evidence for w in words[_clause_start(tokens, s):s]):
            continue  # "mengantongi bukti transfer ke rekening pribadi": evidence, a claim
        if _subject_before(lex, fam, tokens, words, s):
            return s, " ".join(words[s:e])
    for s, e in find(fam.favours, words):
        verbs = [k for k in range(_clause_start(tokens, s), s) if words[k] in fam.favour_verbs]
        if verbs and not _unstated(lex, fam, tokens, words, verbs[0], (words[verbs[0]],)) \
                and _subject_before(lex, fam, tokens, words, verbs[0]):
            return verbs[0], f"{words[verbs[0]]} ... {' '.join(words[s:e])}"
    for s, e in find(fam.deeds, words):
        phrase = tuple(words[s:e])
        if _in_name(tokens, s, e) or _unstated(lex, fam, tokens, words, s, phrase):
            continue
        doer = [d for d, _ in find(fam.doers, words[max(0, s - DOER_REACH):s])]
        if doer:
            at = max(0, s - DOER_REACH) + doer[0]
            if _party_in(lex, fam, tokens, words, _clause_start(tokens, at), at):
                return at, " ".join(words[at:e])
        if _agent_after(lex, fam, tokens, words, e, verb=False):
            return s, " ".join(phrase)
        if _whose(lex, fam, tokens, words, s, e):
            return s, " ".join(phrase)
    return None  # taken.deed_at reads who does what to whose after this (taken.py)


def possessive(tokens, k: int) -> bool:
    """Token ``k`` is written as a possessive ("the villagers' homes", "the home's staff":
    reading.normalise blanks "'s" to two spaces)."""
    after = tokens[k].string[tokens[k].end():tokens[k].end() + 3]
    return after[:2] == "  " or after[:1] in "'’"


def _whose(lex: Lexicon, fam: Families, tokens, words: list[str], s: int, e: int) -> bool:
    """A wrong as a noun with its doer as its owner (twelfth round): "Harwick's
    mis-selling", "the firm's dumping", "penggelapan bendahara koperasi", "korupsi Bupati
    Sukamaju", "ulah oknum petugas". A party word, not any name ("pencemaran Sungai
    Citarum" names a river)."""
    if lex.language == "id":
        return e < len(words) and words[e] in fam.parties and words[e] not in ("ia", "dia")
    if s == 0 or not possessive(tokens, s - 1):
        return False
    if e < len(words) and (words[e] in fam.venues or words[e] in fam.not_yet
                           or words[e] in _NOUN_HEADS):
        return False  # "Britain's fraud squad", "the firm's fraud trial": a modifier
    return words[s - 1] in fam.parties or tokens[s - 1].group()[:1].isupper()


_NOUN_HEADS = frozenset({"squad", "unit", "office", "case", "cases", "charge", "charges",
                         "trial", "trials", "allegations", "allegation", "claims", "scandal",
                         "law", "laws", "rules", "policy", "prevention", "team", "division",
                         "department", "act", "detection", "risk", "controls"})


def _in_name(tokens, s: int, e: int) -> bool:
    """Words written with capitals inside the sentence are a name ("Pengadilan Tindak Pidana
    Korupsi", "the Fraud Act"), not a deed; so is a phrase whose object is one ("meminta
    Komisi Pemberantasan Korupsi")."""
    return (s > 0 and all(t.group()[:1].isupper() for t in tokens[s:e])) or any(
        t.group()[:1].isupper() for t in tokens[s + 1:e])


def told_of_itself(reading, speaker: str | None, dispute, text: str, lex: Lexicon) -> bool:
    """A deed reported by the accused side ("Brightway's director said Brightway withheld
    wages only from ...", "Direktur PT X mengatakan perusahaan menahan gaji karena ...") is
    its own account of what it did, not an accusation: the sentence is read without the
    deed, and the dispute's rules decide the reply. ``dispute``: the Dispute read before."""
    if DEED not in reading.reason or dispute is None or not speaker:
        return False
    return dispute.side(speaker, text, lex)[0] == "accused"


def excused(lex: Lexicon, words: list[str], s: int, e: int) -> bool:
    """Wrongdoing named at ``s:e`` that the sentence itself clears: done lawfully ("sudah
    diolah sesuai baku mutu"), admitted ("pleaded guilty"), none done ("breached no rules"),
    or done by the speaker's own "we"/"it" ("all customers it overcharged"): for the reported
    wrongdoing that reading.py reads from the lexicon's ``wrongdoing`` list."""
    fam = families(lex.language)
    if find(fam.lawful, words) or find(fam.pleas, words) or normed(lex, words, s):
        return True
    if e < len(words) and words[e] in _NONE_DONE:
        return True
    if _passive(lex, words, s):
        return False  # "kami sudah dirugikan keputusan wasit": we were wronged
    k = s - 1
    while k >= 0 and words[k] in _AUXILIARIES:
        k -= 1
    return k >= 0 and words[k] in fam.own_subjects


def demand_not_appeal(lex: Lexicon, tokens, words: list[str], cue: str) -> bool:
    """The appeal's verb opens a wrongful deed ("Oknum guru meminta uang Rp 500 ribu kepada
    orang tua", "demanded bribes from drivers"): a demand for money by a party is the deed,
    not an appeal (context) by the guidelines."""
    found = deed_at(lex, tokens, words)
    return bool(found) and found[1].split()[0] == cue.split()[0]


@lru_cache(maxsize=8)
def _own_officers(language: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str],
                                          frozenset[str]]:
    raw = cue_file(language).get("enforce32_own_officers") or {}
    return (frozenset(tuple(o.split()) for o in raw.get("officers", ())),
            frozenset(raw.get("verbs", ())), frozenset(raw.get("between", ())))


def own_officer_orders(lex: Lexicon, words: list[str], at: int) -> bool:
    """The enforcement verb of an order at ``at`` has a party's own officer as its subject
    ("the supervisor ordered crews to stop work", "the site manager had ordered staff to halt"):
    the party instructing its own staff, no body with power over it enforcing
    (data ``enforce32_own_officers``)."""
    officers, verbs, between = _own_officers(lex.language)
    if words[at] not in verbs:
        return False  # "the manager fined the player": a sanction, read as before
    k = at
    while k > 0 and words[k - 1] in between:
        k -= 1
    return any(k >= len(o) and tuple(words[k - len(o):k]) == o for o in officers)
