"""The proposed speaker as `enter` saves it: a joint statement split into its speakers (the
first shown and saved as the source, every one in ``sources``), and a new source's short
forms, which the article defines, kept for registering with it (registering.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from annotator.domain.proposals.acts_between import acted_between
from annotator.domain.proposals.joint import joint_speakers, listed_from
from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find, made_once
from annotator.domain.proposals.literal import search_after
from annotator.domain.proposals.naming import known_whole
from annotator.domain.proposals.office_of import office_body
from annotator.domain.proposals.one_at_place import place_kept
from annotator.domain.proposals.places_named import is_place
from annotator.domain.proposals.plural_people import unnamed_plural
from annotator.domain.proposals.roles import COUNSEL
from annotator.domain.proposals.sides import abbreviation_named, side_described
from annotator.domain.proposals.speaker_acts import silent_phrases
from annotator.domain.proposals.speakers_english import AS_WRITTEN, possessive_restored, refined
from annotator.domain.proposals.titles import ranks, titled
from annotator.domain.proposals.whole_names import whole_body


def with_speakers(proposal, lex: Lexicon, index, table, text: str = "", at: int = 0):
    """``proposal`` with its joint speakers, the body a described side means ("Pihak rumah
    sakit", sides.py) and its new source's short forms."""
    name = proposal.name
    ranked = without_honorific(without_rank(name, lex), lex)
    if ranked != name:  # "Kompol Hendri Siregar", "Ir. Slamet": no part of the name
        proposal = _named_instead(proposal, index, ranked)
        name = proposal.name
    untitled = person_untitled(name, lex)
    if untitled != name:  # "Harbour Police Chief Dana Whitlock said": the person alone
        proposal = _named_instead(proposal, index, untitled,
                                  "the title before the name is no part of it")
        name = proposal.name
    if lex.language == "en":  # English descriptors, counts and "the" (speakers_english.py)
        proposal = refined(proposal, lex, index, text, table, at)
        proposal = unnamed_plural(proposal, lex, text, table)  # "Leaseholders say"
        proposal = place_kept(proposal, lex, index, text)  # "A former nurse at the hospital"
        name = proposal.name
        owned = person_of_possessive(name, lex, proposal.reason)
        if owned != name:  # "Cllr Keogh said" after "Labour's Sandra Keogh": the person
            proposal = _named_instead(proposal, index, owned,
                                      "the party or body before the name is no part of it")
            name = proposal.name
    through = family_through(proposal, text, lex)
    where = "named after 'through'" if through else "named next in its role"
    through = through or speaks_through_next(proposal, lex, table, at)
    if through:  # "Pihak klinik menepis tudingan itu." / "Direktur klinik itu, X, menyebut"
        known = known_whole(index, through)
        return replace(proposal, name=known or through, new_source=known is None,
                       reason=f"'{name}' speaks through {through}, {where}; "
                              f"{proposal.reason}")
    holder = role_holder(name, proposal.reason, text, lex)  # asked again below: read once
    held = without_title(without_rank(holder, lex), lex)
    if held:  # "A spokesman for X, Yusuf Abdi, said"; '"...," said the party's candidate, Y'
        known = known_whole(index, held)
        return replace(proposal, name=known or held, new_source=known is None,
                       reason=f"named between commas in a speaker's role ({held})")
    if not name or proposal.reason.startswith(("continues", "'")):
        return proposal  # a speaker carried from before: no list in this sentence
    person = named_for(name, text, lex) or holder
    if person:
        known = known_whole(index, person)
        proposal = replace(proposal, name=known or person, new_source=known is None,
                           reason=f"named as {name}'s spokesperson or officer; "
                                  f"{proposal.reason}")
        name = proposal.name
    side = side_described(name, lex, table, at) or abbreviation_named(name, lex, table, at)
    if side:
        known = known_whole(index, side)
        proposal = replace(proposal, name=known or side, new_source=known is None,
                           reason=f"'{name}' = {side}, as the article names it")
        name = proposal.name
    elif lex.language == "en" and AS_WRITTEN in proposal.reason:
        written = possessive_restored(name, text)
        body = office_body(written, lex, table, at) if written else None
        if body:  # "The labor board's regional office said": the board the article names
            known = known_whole(index, body)
            proposal = replace(proposal, name=known or body, new_source=known is None,
                               reason=f"'{written}' = {body}, an office of the body the "
                                      f"article names; {proposal.reason}")
            name = proposal.name
        elif written:  # "The province's trade office said": "the province's trade office"
            known = known_whole(index, written)
            proposal = replace(proposal, name=known or written, new_source=known is None,
                               reason=f"{written}: its possessive as written; "
                                      f"{proposal.reason}")
            name = proposal.name
    whole = whole_body(name, text, lex, table)  # "the Health and Safety Executive"
    if whole and whole != name:
        known = known_whole(index, whole)
        proposal = replace(proposal, name=known or whole, new_source=known is None,
                           reason=f"{whole}: one body's name; {proposal.reason}")
        name = proposal.name
    listed = () if whole or known_whole(index, name) or _abbreviated(
        name, text, table) else joint_speakers(name, lex)
    listed = listed or (() if whole else listed_from(name, text, lex))
    if listed and any(is_place(p, text, lex) for p in listed):
        listed = tuple(p for p in listed if not is_place(p, text, lex))  # "asal Bandung"
        if len(listed) < 2:  # one speaker left, or none: no joint statement
            listed = ()
    if listed:
        first = listed[0]
        known = known_whole(index, first)
        names = tuple(known_whole(index, p) or p for p in listed)
        proposal = replace(proposal, name=known or first, sources=names,
                           new_source=known is None,
                           reason=f"joint statement: {' + '.join(names)}; {proposal.reason}")
    if proposal.new_source and table is not None:
        forms = tuple(f for f in table.short_forms(proposal.name)
                      if f.casefold() != proposal.name.casefold())
        if forms:
            proposal = replace(proposal, aliases=forms)
    return proposal


# the honorifics and degrees written before a person's name ("dr.", "drh.", "Hj.")
_HONORIFICS = r"(?:dr|drg|drh|prof|ir|drs|hj|h)"
_PERSON = rf"(?:{_HONORIFICS}\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}}"


def named_for(body: str, text: str, lex: Lexicon) -> str | None:
    """The person a sentence names, between commas, as the body's spokesperson or officer
    ("Network Rail's spokeswoman, Joan Ames, denied"): the most specific name the sentence
    gives (the guidelines: Dmitry Peskov over Kremlin), else None."""
    if not body or not text or body not in text:
        return None  # the pattern opens with the body as written: not compiled for nothing
    found = search_after(body, _OFFICER_AFTER, text)
    if not found:
        return None
    role = found.group(1).split()
    if role[-1] not in lex.titles | lex.spokespeople:
        return None
    if find(lex.verbs, role) or acted_between(role, lex):
        return None  # "Police arrested the factory owner, R. Kumaran,": whom they acted on
    return found.group(2)


# named_for's pattern after the body as written (literal.search_after: the body itself is
# found by str.find, not compiled into a pattern of its own for every body)
_OFFICER_AFTER = re.compile(rf"(?:['’]s)?((?:\s+[a-z-]+){{1,4}})\s*,\s*({_PERSON})\s*,")


def _abbreviated(name: str, text: str, table) -> bool:
    """A name the article abbreviates as a whole ("Health and Safety Executive (HSE)"):
    one body, whatever "and" stands in it."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if table is not None and table.short_forms(name):
        return True
    return len(initials) >= 2 and f"({initials})" in text  # as re.search of "\(X\)" did


_THROUGH = frozenset({"melalui", "lewat", "through", "via"})
_ASIDE = re.compile(r"\s*(?:who|yang)\b[^,.;:\"“”]{1,80},")  # a relative clause after the name
# ", Name," or, after a speech verb that opens the role, ", Name." ending the sentence
_BETWEEN = re.compile(rf",\s*({_PERSON})\s*(?:,|[.!?]?[\"”’']?\s*$)")
ROLE_WORDS = 8  # words of a role phrase before ", Name,"
OPENED_WORDS = 3  # more of them when a speech verb opens the phrase ("kata ...")
# a party's counsel or agent named between commas ("Okafor's solicitor, Priya Raman,"):
# the role's nouns (roles.py) and "agent", singular
_COUNSEL_ROLES = frozenset(c for c in COUNSEL["en"] if not c.endswith("s")) | {"agent"}
# Indonesian: a phrase between the name and its speech verb, with no comma to close it
# ("Ketua majelis komisi, X, dalam sidang putusan menyatakan", "Pakar ..., Y, yang memeriksa
# berkas itu menyebut"): where, when, or a relative clause that says what the person did
_PHRASE_OPENERS = frozenset({"dalam", "saat", "ketika", "seusai", "usai", "yang"})
_PHRASE_WORDS = 8  # words before the speech verb, the opener included
# an honorific's full stop inside a role phrase ("Direktur RSUD dr. Slamet Garut, ..."):
# no end of the phrase
_HONORIFIC_STOP = re.compile(rf"\b({_HONORIFICS})\.\s", re.IGNORECASE)


def _role_words(lex: Lexicon) -> frozenset[str]:
    """The nouns of a role role_holder takes: the titles and spokespeople, in English a
    party's counsel or agent, and kin; made once per lexicon (made on every call, and once
    more for each word of a role phrase, they were most of role_holder's own time)."""
    return made_once(lex, "role_holder", lambda lex: lex.titles | lex.spokespeople | (
        _COUNSEL_ROLES if lex.language == "en" else frozenset()) | lex.family_members)


def role_holder(name: str | None, reason: str, text: str, lex: Lexicon) -> str | None:
    """The person a sentence names between commas in a speaker's role, when that person
    speaks: "A spokesman for the Front, Yusuf Abdi, said", "Prescott's lawyer, Naomi
    Fischer, said", '"...," said the party's candidate, Joseph Amadi', '"...," said its chair,
    Margaret Hollis.', '"...," kata ketua serikat itu, Joko Santoso.' The role phrase holds
    a title and no verb, and a speech verb follows the name or opens the phrase; the
    reading's speaker is then nobody, a carried one, or the role's owner. A party's
    counsel or agent is such a role ("Okafor's solicitor, Priya Raman, said", "Community
    First's agent, Tariq Hussain, said"), and saying nothing is speaking ("Ortiz's lawyer,
    Janet Cole, did not return a call"): the person named speaks, not the party."""
    roles = _role_words(lex)
    for m in _BETWEEN.finditer(text):
        before = re.split(r"[.;:\"“”,]", _HONORIFIC_STOP.sub(
            r"\1 ", text[:m.start()]))[-1].split()
        said = [w.casefold().strip("'’") for w in before]
        opens = find(lex.speech_before_name, said[:2])
        if not before or len(before) > ROLE_WORDS + (OPENED_WORDS if opens else 0):
            continue  # after "kata" a longer role: "kata Vice President Komunikasi
            # Korporat PT Pupuk Agro Nusantara, Rahmat Hidayat," (round 34)
        if _THROUGH.intersection(said):
            continue  # "PT X melalui kuasa hukumnya, Y, membantah": X speaks (reading.py)
        verbs = find(lex.verbs, said[1 if opens else 0:])
        if verbs or not opens and not any(w.replace("'s", "").casefold() in roles and (
                w.islower() or lex.head_first) for w in before):
            continue  # after "said" any role will do: "said the party's candidate, X,";
            # a relative's too: "Kumaran's son, Vijay Kumaran, said"
        rest = text[m.end():]
        aside = _ASIDE.match(rest)  # ", who runs the firm's office, said"
        after = (rest[aside.end():] if aside else rest).split()[:3]
        follows = find(lex.verbs, [w.casefold().strip(".,") for w in after]) or (
            not aside and _speaks_after_phrase(rest, lex)) or (
            lex.language == "en" and find(silent_phrases(lex), [
                w.casefold().strip(".,") for w in (rest[aside.end():] if aside else rest
                                                   ).split()[:5]]))
        if not (opens or follows):
            continue
        if is_place(m.group(1).rstrip("."), text, lex):
            continue  # "pemilik lahan di Nagari Kasang, Kabupaten Padang Pariaman,": a place
        owner = " ".join(before).casefold()
        if name is None or reason.startswith(("continues", "'")) or any(
                w.casefold() in owner for w in name.split()):
            person = m.group(1)
            if not m.group(0).rstrip().endswith(","):
                person = person.rstrip(".")  # the sentence's full stop, not the name's
            return without_honorific(person, lex)
    return _kin_given_name(name, text, lex)


# round 36: a given name alone between commas (", Agata," or ", Sandra." ending the sentence)
_GIVEN_NAME = re.compile(r",\s*([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s*(?:,|[.!?]?[\"”’']?\s*$)")


def _kin_given_name(name: str | None, text: str, lex: Lexicon) -> str | None:
    """A relative of a named person, named by a given name alone between commas, speaks:
    "Mr Nowicki's sister, Agata, said", '"...," said Mr Reid's wife, Sandra.' (thirty-sixth
    round). Only a kin noun right before the comma, after a capitalised owner's possessive;
    the reading's speaker is then that owner (or nobody), kept for the dispute's sides."""
    if lex.language != "en":
        return None
    for m in _GIVEN_NAME.finditer(text):
        before = re.split(r"[.;:\"“”,]", text[:m.start()])[-1].split()
        said = [w.casefold().strip("'’") for w in before]
        if not 2 <= len(before) <= ROLE_WORDS or said[-1] not in lex.family_members:
            continue
        owners = [w for w in before[:-1] if w[:1].isupper() and w.endswith(("'s", "’s"))]
        if not owners:
            continue  # "His sister, Agata, said": read as the subject already
        opens = find(lex.speech_before_name, said[:1])
        after = text[m.end():].split()[:3]
        follows = find(lex.verbs, [w.casefold().strip(".,") for w in after])
        if not (follows if m.group(0).rstrip().endswith(",") else opens):
            continue
        owner = " ".join(before).casefold()
        if name is None or any(w.casefold() in owner for w in name.split()):
            return m.group(1)
    return None


def _speaks_after_phrase(rest: str, lex: Lexicon) -> bool:
    """An Indonesian name's speech verb after a phrase that opens with a preposition of
    place or time or with "yang" and runs to the verb with no comma, within a few words:
    ", X, dalam sidang putusan menyatakan", ", Y, yang memeriksa metadata berkas itu
    menyebut"; the verb, active, within the phrase's run of words before any comma."""
    if lex.language != "id":
        return False
    run = re.split(r"[,;:.\"“”(]", rest, maxsplit=1)[0].split()[:_PHRASE_WORDS]
    if len(run) < 3 or run[0].casefold() not in _PHRASE_OPENERS:
        return False
    said = [w.casefold() for w in run[2:]]
    return any(not said[k].startswith(("di", "ter")) for k, _ in find(lex.verbs, said))
    # a passive ("yang kini ditahan didakwa ..."): done to the person, who does not speak


# the words of a side described, not named: "Pihak klinik", "Kubu Asep", "Keluarga korban"
_SIDE_WORDS = frozenset({"pihak", "kubu", "manajemen", "management"})


def speaks_through_next(proposal, lex: Lexicon, table, at: int) -> str | None:
    """The person a side the sentence only describes speaks through (the guidelines: a
    family, a company or a group the sentence only describes, that speaks through a named
    person, takes that person's name): "Pihak klinik menepis tudingan itu." then "Direktur
    Klinik Sehat Bersama, dr X, menyebut ...", "Kubu Asep menuding ..." then '"...," kata
    juru bicara tim pemenangan Asep, Y.' The side is proposed as written (no body of its
    kind named before), and the next sentence names the person between commas in a role
    that holds the side's own word, or a company's marker for a business described; else
    None."""
    name = proposal.name
    texts = getattr(table, "texts", ()) or ()
    if not name or not proposal.new_source or at + 1 >= len(texts):
        return None
    words = name.split()
    if len(words) < 2 or words[0].casefold() not in _SIDE_WORDS | lex.speaks_through:
        return None
    nxt = texts[at + 1]
    person = role_holder(None, "", nxt, lex)
    if not person:
        return None
    clause = re.split(r"[.;:\"“”]", nxt[:max(nxt.find(person), 0)])[-1]
    chunks = [c for c in clause.split(",") if {
        w.casefold().rstrip(".") for w in c.split()} - lex.honorifics]  # not ", dr X"
    role = {w.casefold().strip("'’") for w in (chunks[-1].split() if chunks else ())}
    own = {w.casefold() for w in words[1:]}
    business = not (own & (lex.org_heads | lex.government_heads)) and bool(
        role & lex.company_markers)
    if not (own & role or business):
        return None
    return without_honorific(without_rank(person, lex), lex)


# a person's name of one word or more: after "melalui <role>," a one-word name is a person
# ("melalui kakaknya, Suparno,")
_ONE_OR_MORE = rf"(?:{_HONORIFICS}\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){{0,3}}"


def family_through(proposal, text: str, lex: Lexicon) -> str | None:
    """The person a family speaks through, named in the sentence between commas after
    "melalui"/"through" ("Keluarga SW, melalui kakaknya, Suparno, mengatakan", "The family,
    through its lawyer, Jane Moss, said"): the guidelines give a family that speaks
    through a named person that person's name (a body named stays the source, reading.py);
    else None."""
    name = proposal.name
    if not name or not text:
        return None
    if name.split()[0].casefold() in lex.speaks_through or (
            lex.language == "en" and name.split()[-1].casefold() in lex.speaks_through):
        subject = re.escape(name)  # "Keluarga SW", "The Fitch family"
    elif lex.language == "en" and kind_of(name, lex) == PERSON:
        # "Ms Fitch's family, through their solicitor Rachel Oduya, has accused": the
        # family of the person read from its possessive speaks, never that person (round
        # 38, t38c5)
        subject = rf"{re.escape(name.split()[-1])}['’]s\s+(?:{'|'.join(lex.speaks_through)})"
    else:
        return None
    if not _may_speak_through(name, text):
        return None  # neither pattern below can match: none is made for the name
    found = re.search(rf"{subject}\s*,\s*(?:[Mm]elalui|[Ll]ewat|through|via)\b"
                      rf"[^,.;:]{{0,60}},\s*({_ONE_OR_MORE})\s*,", text) or (
        re.search(rf"{subject}\s*,\s*through\s+(?:their|its|his|her|the family's)\s+"
                  rf"(?:{'|'.join(_THROUGH_ROLES)})\s+({_ONE_OR_MORE})\s*,", text)
        if lex.language == "en" else None)  # "through their solicitor Rachel Oduya,"
    if not found:
        return None
    return without_honorific(without_rank(found.group(1), lex), lex)


# the words that say a family speaks through someone, as family_through's patterns write
# them: one of these is in every sentence either pattern matches
_THROUGH_WORDS = ("elalui", "ewat", "through", "via")


def _may_speak_through(name: str, text: str) -> bool:
    """Whether one of family_through's patterns could match: both need the name's last
    word written (in the whole name, or in its possessive "Fitch's") and a word of
    speaking through (``_THROUGH_WORDS``). Asked before a pattern is made for the name:
    made on every call, they were 280 of the 711 compiles inside ``propose`` on
    dev+heldout9-12 (round 39)."""
    return name.split()[-1] in text and any(w in text for w in _THROUGH_WORDS)


# whom a family speaks through, its name written right after with no comma ("through
# their solicitor Rachel Oduya,")
_THROUGH_ROLES = ("lawyer", "lawyers", "solicitor", "solicitors", "barrister", "attorney",
                  "spokesperson", "spokesman", "spokeswoman", "representative")


def _named_instead(proposal, index, name: str, why: str = ""):
    """``proposal`` with ``name`` as its speaker, in the registry's spelling where the
    registry knows the whole name (else still a new source if it was one), and ``why`` said
    first in its reason."""
    known = known_whole(index, name)
    proposal = replace(proposal, name=known or name,
                       new_source=proposal.new_source and known is None)
    return replace(proposal, reason=f"{name}: {why}; {proposal.reason}") if why else proposal


def without_honorific(name: str | None, lex: Lexicon) -> str | None:
    """A person's name without the honorifics, degrees and pilgrim's titles written before
    it ("Ir. Slamet Riyadi", "Prof. Hasnawati Said", "H. Suparno", "Haji Kusnadi", "Dr Anna
    Grieve" -> the name alone), wherever the name was read from: the guidelines' source is
    the person, one source however the article titles them."""
    if not name:
        return name
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].casefold().rstrip(".") in lex.honorifics:
        k += 1
    return " ".join(words[k:]) if k and words[k][:1].isupper() else name


def person_of_possessive(name: str | None, lex: Lexicon, reason: str = "") -> str | None:
    """An English person's name read with the possessive of a party or a body before it
    ("Labour's Sandra Keogh", "Community First's Imran Siddiqui", the run the article
    writes once), where a later mention by the surname was resolved to it ("Cllr Keogh
    said": ``reason`` "Keogh = Labour's Sandra Keogh"): the guidelines' source is the
    person. Only two or three capitalised words after the possessive that are a person's
    name (kinds.py); not where the party itself was resolved to the run ("Community
    First's agent, Tariq Hussain, said": its agent is read after this)."""
    if not name or lex.language != "en":
        return name
    head, mark, rest = name.rpartition("'s ")
    if not mark:
        head, mark, rest = name.rpartition("\u2019s ")
    words = rest.split()
    if not head or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
            or kind_of(rest, lex) != PERSON or f"{words[-1]} = {name}" not in reason:
        return name
    return rest


def without_title(name: str | None, lex: Lexicon) -> str | None:
    """An English person's name named between commas in a role without the title written
    before it ("the court's resident judge, Judge Margaret Osei" -> Margaret Osei; "District
    Judge Paul Hart", "Coroner Anne Baker", "Magistrate Tom Reed"): the guidelines' source
    is the person, as the sentence's subject would give it ("Judge Margaret Osei said").
    Only capitalised words up to the last title, then a name of two capitalised words or
    more, none of them a title; else the name as it came."""
    if not name or lex.language != "en":
        return name
    words = name.split()
    titles = titled(lex).titles | _JUDICIAL
    last = max((k for k, w in enumerate(words[:-2]) if w.casefold() in titles), default=None)
    if last is None or not all(w[:1].isupper() for w in words) or any(
            w.casefold() in titles for w in words[last + 1:]):
        return name
    return " ".join(words[last + 1:])


def person_untitled(name: str | None, lex: Lexicon) -> str | None:
    """An English person's name read with the titled run before it as the sentence's subject
    ("Harbour Police Chief Dana Whitlock said", "Westfield Fire Chief Tom Barrow said"):
    the guidelines' source is the person, and the same person named later by the surname
    ("Ms Whitlock said") is then that one source. Only where what is left after the last
    title is a person's name (kinds.py) and that title is an office, not a word that only
    qualifies one, so that a body a title word opens ("National Audit Office", "National
    Trading Standards", "General Dental Council") keeps its name whole."""
    held = without_title(name, lex)
    if not held or held == name or kind_of(held, lex) != PERSON:
        return name
    before = name.split()[:-len(held.split())]
    if before[-1].casefold() in _title_adjectives(lex.language):
        return name  # "National Trading Standards": a word that only qualifies, no office
    return held


@lru_cache(maxsize=4)
def _title_adjectives(language: str) -> frozenset[str]:
    """Title words that only qualify an office ("national", "regional", "former"): one of
    them right before two capitalised words opens a body's name, never a holder's title
    (data/cues/<language>.json "speaker41_title_adjectives")."""
    raw = cue_file(language).get("speaker41_title_adjectives", {})
    return frozenset(w.casefold() for w in raw.get("words", ()))


# a judicial office written as a title before the holder's name ("Mr Justice Fraser")
_JUDICIAL = frozenset({"judge", "justice", "magistrate", "coroner", "recorder"})


def without_rank(name: str | None, lex: Lexicon) -> str | None:
    """A person's name without a police or military rank written before it ("AKP Rizal
    Mahmud" -> Rizal Mahmud), wherever the name was read from. Not an English body's name a
    rank word opens ("General Pharmaceutical Council", "General Dental Council"): what
    follows the rank is no person's name (kinds.py), so the word is part of the name."""
    if not name:
        return name
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].casefold().strip(".") in ranks(lex.language):
        k += 1
    while k and k < len(words) - 1 and (words[k].isupper() and len(words[k]) <= 5
                                        or words[k].casefold().rstrip(".") in _CORPS):
        k += 1  # "Marsma TNI Ardi Syahri", "Brigjen Pol Ahmad": the corps after the rank
    if not k or not words[k][:1].isupper():
        return name
    held = " ".join(words[k:])
    return name if lex.language == "en" and kind_of(held, lex) != PERSON else held


_CORPS = {"pol", "inf", "kav", "art", "arh", "czi", "cpm", "mar", "psk", "tni", "polri",
          "bakamla"}  # "Laksma Bakamla Hadi Sucipto": the maritime agency's own ranks
