"""A plural of people opening an English sentence as its subject, nineteenth round (issue 11,
speakers): "Leaseholders say ...", "Divers have accused ...", "Councillors in Wrexham have
accused ...", "Dairy farmers supplying Fenwick Dairies have accused the processor ...".

The guidelines: a plural of unnamed people has no source ("Analysts", "Residents", "Consumer
groups"). The rules before knew such plurals by a word list (reading._unorganised,
lexicon "unnamed"); a plural outside the lists was read as a name ("Leaseholders" as a new
source) or left the body named inside the subject to speak ("Fenwick Dairies" for the
farmers who supply it). Here the plural is known by its shape, whatever the word:

1. The proposed name opens the sentence and is one capitalised plural ("Leaseholders"),
   or one with where the people are ("Councillors in Wrexham"). It is a common noun, not a
   name such as "Barclays" or "Lloyds", when a verb that agrees only with a plural follows
   it ("say", "have", "are"), or a place follows it, or the article writes the word in
   lower case elsewhere; and the article never writes it capitalised inside a sentence.
2. The proposed name stands inside a subject that opens with such a plural and a word that
   ties the people to it ("Dairy farmers supplying", "Customers of", "Parents at"): the
   people speak, not the body. A body's own staff, members or officials (the lexicon's
   "speaker_members") speak as the body and are left to the rules before. Thirty-second
   round: also when a description stands between the preposition and the name ("Players
   at National League side Harrow Borough FC", "Workers at the family-run firm X",
   "Residents of the council-owned block X"): up to four words ending in a common noun,
   no verb, title, pronoun or link among them, and a verb of saying after the name
   ("say", "have accused"; not "filed a class action"); not after people of a cause ("Patient
   safety campaigners at the charity Weight Matters": their own body speaks; the
   lexicon's "cause_people").
3. Thirty-second round: a body's staff or employees who say they themselves were wronged
   ("Staff at the Riverside Hotel say they have not been paid for two months", a wrong
   stated in wrongs.py's words) complain of their employer and do not speak as it; not
   when another party is the agent ("... by the agency"), nor for members of a body
   (a cooperative's members unpaid by a buyer speak as the cooperative).

Words: data/cues/en.json, "speaker19_en".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from annotator.domain.proposals.kinds import group_nouns
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.literal import written_after, written_whole
from annotator.domain.proposals.wrongs import wrong_stated

KEY = "speaker19_en"
WHY = "no speaker named (a plural of unnamed people: '{}')"
# a capitalised plural: "Leaseholders", "Divers", "Fishermen"; not "Business", "Status"
_PLURAL = re.compile(r"^[A-Z][a-z]{2,}(?:[^su]s|men)$")
_LOWER_PLURAL = re.compile(r"^[a-z]{3,}(?:[^su]s|men)$")
SUBJECT_WORDS = 2  # words before the plural in a subject that opens with it ("Dairy farmers")


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                      frozenset[str]]:
    cues = cue_file(language)
    raw = cues.get(KEY, {})
    members = cues.get("speaker_members", {}).get("roles", ())
    return (frozenset(raw.get("plural_verbs", ())), frozenset(raw.get("places_after", ())),
            frozenset(raw.get("linking", ())), frozenset(members))


@lru_cache(maxsize=4)
def _things(language: str) -> frozenset[str]:
    """Nouns of documents, statements and records ("Figures from the Office for Rail
    Statistics show", "Records obtained by ..."): no people, their body's evidence."""
    cues = cue_file(language)
    return frozenset(w.casefold() for w in (
        *cues.get("speaker_documents", {}).get("nouns", ()), *cues.get("statement_nouns", ()),
        *cues.get("context11_records", {}).get("nouns", ()),
        *cues.get("context12_recorded", {}).get("nouns", ())))


def _people(word: str, lex: Lexicon) -> bool:
    """A plural that may count people: not a document's, a statement's or a record's."""
    bare = word.casefold()
    things = _things(lex.language)
    return bare not in things and bare[:-1] not in things and bare[:-2] not in things


_AFTER_A_WORD = re.compile(r"\S\s+\Z")  # (literal.written_after's head)
_EDGE = re.compile(r"\b")


def _capitalised_inside(word: str, texts) -> bool:
    """The article writes ``word`` capitalised after a sentence's first word: a name.
    (``re.search(rf"\\S\\s+{re.escape(word)}\\b", t)``, found without compiling it.)"""
    return any(next(written_after(word, t, _AFTER_A_WORD, _EDGE), None) for t in texts)


def _lower_elsewhere(word: str, texts) -> bool:
    return any(written_whole(word.casefold(), t) for t in texts)


def _opening_plural(name: str, text: str, lex: Lexicon, texts) -> str | None:
    """Rule 1: the plural the proposed name is, opening the sentence, else None."""
    if not text.startswith(name):
        return None
    words = name.split()
    word = words[0]
    if not _PLURAL.match(word) or word.casefold() in lex.org_heads | lex.company_markers \
            or not _people(word, lex):
        return None
    plural_verbs, places_after, _, members = _words(lex.language)
    rest = words[1:]
    if rest[1:2] == ["the"] and rest[2:3]:  # "Anglers on the River Wenning" (round 39)
        rest = rest[:1] + rest[2:]
    if rest and (rest[0] not in places_after or not rest[1:2] or not rest[1][:1].isupper()):
        return None  # "Friends of the Earth": a name goes on after "of"
    if rest and word.casefold() in members and rest[0] in ("at", "from"):
        return None  # "Inspectors from the X Agency": the body's own staff
    after = text[len(name):].split()
    if not after or not after[0][:1].islower():
        return None
    if _capitalised_inside(word, texts):
        return None  # "... a spokesman for Barclays": a name
    if rest or after[0].strip(",") in plural_verbs or _lower_elsewhere(word, texts):
        return word
    return None


DESCRIPTION_WORDS = 4  # words describing the body before its name ("National League side")
_ARTICLES = frozenset({"the", "a", "an"})
_DESCRIBED_AFTER = frozenset({"at", "of", "from", "with", "in"})
_NOT_DESCRIBING = frozenset({"and", "or", "but", "as", "than", "then", "who", "which", "that",
                             "whose", "where", "when", "not", "also", "now", "said", "says"})


def _description(before: list[str], lex: Lexicon) -> int:
    """How many words at the end of ``before`` describe the body named right after them
    ("National League side", "the family-run firm", "the council-owned block": ending in
    a common noun, no verb, title or link among them), 0 when they do not."""
    plural_verbs, _, linking, _ = _words(lex.language)
    acts, naming = _between(lex.language)
    count = 0
    for k in range(len(before) - 1, max(len(before) - 1 - DESCRIPTION_WORDS, 0), -1):
        word, bare = before[k], before[k].casefold()
        if bare in _ARTICLES or bare in linking or bare == "for" and k >= 1 and before[
                k - 1].casefold() in _people_for(lex.language):
            break  # "Couriers for food delivery app Dashly" (round 38)
        verb = "-" not in bare and bare.endswith(("ed", "ing")) and before[
            k - 1].casefold() not in _ARTICLES  # "the troubled trust", "the housing
        # association": a participle right after the article describes
        if not word.replace("-", "").isalpha() or bare in _NOT_DESCRIBING or bare in (
                plural_verbs | acts | naming | lex.pronouns) or (bare,) in lex.speech or (
                word.islower() and (bare in lex.titles or verb)):
            return 0  # a title ("club chairman X") or a verb: the name is no body described
        count += 1
    if not count or not before[-1].islower() or count >= len(before) - 1:
        return 0  # "at Harrow Borough FC": no description; the head is a common noun
    return count


@lru_cache(maxsize=4)
def _cause_people(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get(KEY, {}).get("cause_people", ()))


@lru_cache(maxsize=4)
def _people_for(language: str) -> frozenset[str]:
    """Plurals of people whom "for" ties to the body they work for or use (thirty-eighth
    round, bug fix t38e4: "Couriers for food delivery app Dashly accused the company" was
    proposed with Dashly, the accused, as its source)."""
    return frozenset(cue_file(language).get("speaker38_people_for", {}).get("people", ()))


@lru_cache(maxsize=4)
def _between(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return frozenset(raw.get("acts_between", ())), frozenset(raw.get("naming", ()))


def _inside_plural_subject(name: str, text: str, lex: Lexicon) -> str | None:
    """Rule 2: the plural whose subject the proposed name stands inside, else None."""
    at = text.find(name)
    if at <= 0:
        return None
    before = text[:at].split()
    if not 2 <= len(before) <= SUBJECT_WORDS + 3 + DESCRIPTION_WORDS or any(
            ch in text[:at] for ch in ',;:"“”()'):
        return None
    _, _, linking, members = _words(lex.language)
    described = _description(before, lex)
    k = len(before) - 1 - described
    if before[k].casefold() in ("the", "a", "an"):
        k -= 1
    working_for = before[k].casefold() == "for" and k >= 1 and before[
        k - 1].casefold() in _people_for(lex.language)  # "Couriers for ... app Dashly"
    if described and (before[k].casefold() not in _DESCRIBED_AFTER and not working_for
                      or k >= 1 and before[k - 1].casefold() in _cause_people(lex.language)
                      or not _saying_after(text[at + len(name):])):
        return None  # a description only after a preposition ("Players at ... side X");
        # "campaigners at the charity X": their own body, which speaks; only a verb of
        # saying ("Customers of the exchange X filed a class action": left as it was)
    if k < 1 or before[k].casefold() not in linking and not (
            working_for and _saying_after(text[at + len(name):])):
        return None
    plural = before[k - 1]
    if k - 1 > SUBJECT_WORDS:
        return None
    bare = plural.casefold()
    if not (_LOWER_PLURAL.match(bare)) or bare in members or bare in lex.org_heads \
            or not _people(bare, lex):
        return None  # "Figures from the Office for Rail Statistics show": its evidence
    opening = before[:k - 1]
    if k - 1 == 0 and not _PLURAL.match(plural):
        return None
    if any(not w.isalpha() or w.casefold() in linking for w in opening):
        return None
    if opening and (not opening[0][:1].isupper() or any(w[:1].isupper() for w in opening[1:])
                    or plural[:1].isupper()):
        return None  # "Dairy farmers": the sentence's capital, then the plural
    return " ".join([*opening, plural])


CHAIN_WORDS = 8  # words of a place chain between the plural's link and the name


def _placed_in_chain(name: str, text: str, lex: Lexicon) -> str | None:
    """Rule 2b (thirty-seventh round, bug fix t37f4): the proposed name ends a chain of
    where the people opening the sentence are ("Homeowners on a new housing estate near
    Wakefield have accused", "Residents of a village near Harrogate say"): a capitalised
    plural of people opens the sentence, a word of place or link follows it, then up to
    ``CHAIN_WORDS`` lowercase words, the last a word of place ("near", "in", "outside"),
    then the name and a verb of saying. The people speak, never the place nor the council
    the article names after it. Not a body's own staff or members (speaker_members).
    ``name`` may be the fuller name the place was read as ("Wakefield Council"): its
    opening words as the sentence writes them are looked for."""
    words = name.split()
    written = next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                    if written_whole(" ".join(words[:n]), text)), None)
    if written is None:
        return None
    name = written
    at = text.find(name)
    if at <= 0 or any(ch in text[:at] for ch in ',;:"“”()'):
        return None
    before = text[:at].split()
    _, places_after, linking, members = _words(lex.language)
    if not 3 <= len(before) <= CHAIN_WORDS + 2 or not _saying_after(text[at + len(name):]):
        return None
    plural, link, last = before[0], before[1].casefold(), before[-1].casefold()
    if not _PLURAL.match(plural) or plural.casefold() in members or plural.casefold() in (
            lex.org_heads | lex.company_markers) or not _people(plural, lex):
        return None
    if link not in linking and link not in places_after or last not in places_after:
        return None
    if any(not w.islower() or not w.replace("-", "").isalpha() or w in _NOT_DESCRIBING
           for w in before[1:]):
        return None  # a name or a clause inside the chain: left to the rules before
    return plural


_SAYING = frozenset({"say", "says", "said", "told", "tell", "claim", "claimed", "allege",
                     "alleged", "complain", "complained", "accuse", "accused", "warn",
                     "warned", "insist", "insisted", "fear", "feared", "argue", "argued"})


def _saying_after(rest: str) -> bool:
    """A verb of saying follows the name ("say", "have accused"), an auxiliary between."""
    words = [w.strip(",").casefold() for w in rest.split()[:2]]
    if words[:1] and words[0] in ("have", "had", "has"):
        words = words[1:]
    return bool(words) and words[0] in _SAYING


_WORKFORCE = re.compile(r"^(?:Former |Some |Many )?(Staff|Employees) (?:at|of|from) ")
_SAID = frozenset({"said", "says", "say", "told", "claim", "claimed", "allege", "alleged",
                   "complain", "complained"})


def _wronged_workforce(name: str, text: str, lex: Lexicon) -> str | None:
    """Rule 3: a body's staff or employees, read as speaking for it (speaker_members), who
    say they themselves were wronged ("Staff at the Riverside Hotel say they have not been
    paid for two months"): they complain of their employer and do not speak as it; the
    plural, else None. Not when another party is the agent ("by the agency")."""
    found = _WORKFORCE.match(text)
    at = text.find(name)
    if not found or at <= 0:
        return None
    after = text[at + len(name):].split()
    if len(after) < 3 or after[0].casefold() not in _SAID or after[1].casefold() not in (
            "they", "we"):
        return None
    clause = " ".join(after[1:])
    if " by " in f" {clause.casefold()} ":
        return None
    return found.group(1) if wrong_stated(clause, lex) else None


_OWNED_AFTER = re.compile(r"['’]s(?:\s+[A-Z][\w'’-]*)+")  # after a name opening the text


def plural_of_people(name: str, lex: Lexicon, text: str) -> bool:
    """The speaker read for ``text`` is a plural of people opening it ("Cleaners at
    Illawarra General Hospital say") or a body named inside such a plural's subject: the
    reading ``unnamed_plural`` turns into no source, asked before it runs (dispute.py's
    opening allegation, round 33)."""
    if not name or not text or lex.language != "en":
        return False
    text = text.lstrip(" \"“'‘")
    owned = _OWNED_AFTER.match(text, len(name)) if text.startswith(name) else None
    if owned:  # "Cleaners at Wollongong's Illawarra General Hospital say"
        name = text[:owned.end()]
    return _opening_plural(name, text, lex, (text,)) is not None \
        or _inside_plural_subject(name, text, lex) is not None


# the reading's note that a one-word subject was read as a fuller name ("subject of 'plan
# to' (Riders = Couriers and Riders Union, named before)"; the registry's: "(Riders =
# Couriers and Riders Union)")
_READ_AS = re.compile(
    r"\((\w+) = ([^,()]+)(?:, named before|, as the article names it)?\)")


@lru_cache(maxsize=4)
def _people_known(language: str) -> frozenset[str]:
    """Plurals the cue lists know as people: "riders", "tenants", "residents"."""
    cues = cue_file(language)
    return frozenset(w for key, part in (("speaker36_people_of", "people"),
                                         ("speaker_counted_people", "people"),
                                         ("speaker38_people_for", "people"))
                     for w in cues.get(key, {}).get(part, ())) | frozenset(
        cues.get("unnamed", ()))


def _plural_in_name(reason: str, text: str, lex: Lexicon, texts) -> str | None:
    """Rule 4 (thirty-ninth round, bug fix w14c2): a plural of people opening the sentence
    that the rules read as a body's name because the body's name holds the word ("Riders
    plan to protest" after the "Couriers and Riders Union", "Anglers say" after the
    "Wenning Anglers Association"): the people, no source. Only a word inside the name,
    neither its first nor its last ("Rovers" of "Kelmouth Rovers"); the fuller name's own
    mentions are not read as the word written capitalised inside a sentence. A plural's
    verb after it ("say", "have") as rule 1 asks, or any verb after a word of people the
    cue lists know or the article writes in lower case ("Riders plan")."""
    found = _READ_AS.search(reason)
    if found is None:
        return None
    word, full = found.group(1), found.group(2).split()
    if word not in full[1:-1]:
        return None
    blanked = tuple(t.replace(found.group(2), " ") for t in texts)
    plural = _opening_plural(word, text, lex, blanked)  # "Anglers say": a plural's verb
    if plural is None and (word.casefold() in _people_known(lex.language) or _lower_elsewhere(
            word, texts)) and not _capitalised_inside(word, blanked):
        after = text[len(word):].split()  # "Riders plan to": people, any verb after them
        plural = word if text.startswith(f"{word} ") and _PLURAL.match(word) and after[
            0].isalpha() and after[0].islower() else None
    return plural


COUNTED_KEY = "speaker43_counted_subject"
_TENS = ("-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine")


@lru_cache(maxsize=4)
def _counted_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words opening a count of people, the verbs ending its subject, and a body's own
    staff or members (speaker_members and the officials' plurals)."""
    cues = cue_file(language)
    raw = cues.get(COUNTED_KEY, {})
    staff = frozenset(cues.get("speaker_members", {}).get("roles", ())) | frozenset(
        cues.get("speaker10_official_plurals", {}).get("roles", {}))
    return frozenset(raw.get("counts", ())), frozenset(raw.get("verbs", ())), staff


def _bodies(plural: str, lex: Lexicon) -> bool:
    """A plural of bodies, not of people ("Two conservation groups accused", "Three
    companies said"): each a body the article may name, left to the rules before."""
    singular = f"{plural[:-3]}y" if plural.endswith("ies") else plural[:-1]
    return bool({plural, singular} & (lex.org_heads | group_nouns(lex.language)
                                      | {lex.company_noun, "firm", "company"}))


def _count_opens(words: list[str], counts: frozenset[str]) -> int:
    """How many words the count opening ``words`` takes ("Two", "Forty-one", "Hundreds
    of"), 0 where none opens it."""
    first = words[0].casefold() if words else ""
    bare = next((first[:-len(t)] for t in _TENS if first.endswith(t)), first)
    if bare not in counts:
        return 0
    if first.endswith("s"):  # "Hundreds", "Dozens": only with "of" after
        return 2 if words[1:2] == ["of"] else 0
    return 1


def _counted_subject(name: str, text: str, lex: Lexicon) -> str | None:
    """Rule 6 (forty-third round, bug fix w19espk2): a count of people opens the sentence
    ("Two spectators interviewed by the broadcaster SWR said", "Hundreds of runners who
    finished Sunday's Lakeport Marathon say", "Forty-one former students of X have sued")
    and the proposed name is written inside their subject, before its verb, or the count
    and its noun are the subject of a verb of saying right after them ("Two of the shops
    told the BBC ... by the publisher, X"): the people speak, no source; the count, else
    None. A name set beside the plural after a comma ("Two publishers ..., Bramble House
    and Northlight Audio, said") and a body's own staff or members right beside its name
    ("Two members of the X Council said", "Two X engineers told"), unless former, are left
    to the rules before."""
    counts, verbs, staff = _counted_words(lex.language)
    words = text.split()
    opened = _count_opens(words, counts)
    if not opened:
        return None
    bare = [w.strip(",.;:\"“”").casefold() for w in words]
    end = next((k for k in range(opened, len(bare)) if bare[k] in verbs), None)
    if end is None or end == opened:
        return None
    subject = bare[opened:end]
    while subject and subject[-1] in ("have", "has", "had"):
        subject = subject[:-1]
    if not subject:
        return None
    count = " ".join(words[:opened])
    plain = all(w.islower() and w.isalpha() or w in ("of", "the", "its", "their")
                for w in words[opened:opened + len(subject)])
    if plain and len(subject) <= 4 and _LOWER_PLURAL.match(subject[-1]) and not set(
            subject) & staff and not _bodies(subject[-1], lex):
        return count  # "Two of the shops told": the people themselves speak
    if name.casefold() == count.casefold():
        return count  # "Forty-one former students ... have sued" read as "Forty-one"
    span = " ".join(words[:end])
    first = next((w for w in name.split() if w[:1].isupper()), name)
    at = next((k for k in range(opened, end) if words[k].strip(",.'’s").casefold()
               == first.casefold() or words[k].casefold().startswith(
                   f"{first.casefold()}'")), None)
    if at is None or name not in span and first not in span:
        return None
    if words[at - 1].endswith(","):
        return None  # "Two publishers ..., Bramble House and Northlight Audio, said"
    former = "former" in bare[opened:at]
    tail = len(name.split())
    beside = {bare[at - 1], bare[at - 2] if at >= 2 else "", bare[at + tail] if at + tail
              < len(bare) else ""}
    if not former and (bare[at - 1] in ("of", "at", "from", "the") and any(
            w in staff for w in bare[max(opened, at - 3):at]) or beside & staff):
        return None  # "Two members of the X Council said": the body's own members
    return count


def unnamed_plural(proposal, lex: Lexicon, text: str, table=None):
    """``proposal`` with no source where its name is a plural of people opening the
    sentence, or a body named inside such a plural's subject; else as it came."""
    name = proposal.name
    if not name or not text or lex.language != "en" or proposal.sources or \
            proposal.reason.startswith(("continues", "'")):
        return proposal
    texts = getattr(table, "texts", ()) or (text,)
    text = text.lstrip(" \"“'‘")
    plural = _opening_plural(name, text, lex, texts)
    if plural is None and "subject of" in proposal.reason:
        plural = _inside_plural_subject(name, text, lex) or _placed_in_chain(name, text, lex)
    if plural is None and "subject of" in proposal.reason:
        plural = _plural_in_name(proposal.reason, text, lex, texts)
    if plural is None and "(members of a body speak as it)" in proposal.reason:
        plural = _wronged_workforce(name, text, lex)
    if plural is None and "subject of" in proposal.reason:
        plural = _counted_subject(name, text, lex)  # "Two spectators interviewed by X said"
    if plural is None:
        return proposal
    return replace(proposal, name=None, new_source=False, sources=(), aliases=(),
                   reason=WHY.format(plural))
