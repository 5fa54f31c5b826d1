"""A body the story describes before it names it, in English (twenty-fifth round): a
news lede says who acted by a common noun ("The energy regulator has fined ...", "... a
consumer group has said after testing", "An animal welfare group has accused ...") and the
next sentence names that body as it speaks ("Ofgem said ...", "Home Test, which tests
household goods, said ...", "The Clean Elections Project says ..."). The guidelines: a
speaker the sentence only describes takes the name the article gives it, before or after.

``named_next`` gives the entity table (entities.py) the (noun, name, sentence) of each such
body, so that "the regulator" in the lede and later means the body named; the table asks
it only for a noun that describes no other name of the article. The nouns are the body and
business nouns of data/cues/en.json ("speaker22_en"); the verbs of the naming sentence are
"speaker25_en".
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "speaker25_en"
# a nationality's adjective right after the article ("A Bangladeshi garment workers'
# union has accused", "A Kenyan rights group said", "A British consumer group"): one
# capitalised word with a demonym's ending, so the description is still read (round 36)
_DEMONYM = r"[A-Z][a-z]{2,}(?:an|ese|sh|i|ch)"


def demonym_word(written: str) -> bool:
    """"Bangladeshi", "Kenyan", "British": a nationality's adjective by its ending, as it
    may stand first in a lede's description of a body ("A Bangladeshi garment workers'
    union"), naming nobody."""
    return re.fullmatch(_DEMONYM, written) is not None
LOOK_AHEAD = 2  # sentences after the description, for the name
# an opening phrase of place, time or medium set off by a comma before the speaker
_OPENING = r"(?:(?:In|On|At|Later|Earlier)\s[^,\"“”]{0,80},\s+)?"
# a name as a sentence opens with it: capitalised words, "of"/"and"/"&"/"for" between them
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|for)){0,6}(?<![\s,.])"


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(the description of a body acting, the name opening a sentence as it speaks)."""
    cues = cue_file(language)
    kinds = cues.get("speaker22_en", {})
    nouns = sorted({*kinds.get("body_nouns", ()), *kinds.get("company_nouns", ())},
                   key=len, reverse=True)
    raw = cues.get(KEY, {})
    verbs = sorted(raw.get("naming_verbs", ()), key=len, reverse=True)
    between = raw.get("not_between", ())
    if not nouns or not verbs:
        return None
    noun = "|".join(map(re.escape, nouns))
    verb = "|".join(map(re.escape, verbs))
    # "The energy regulator has", "A consumer group has said", "Kenya's energy regulator
    # has", "The UK medicines regulator has", "A supporters' group has": an article or a
    # possessive, up to three lowercase (or capitals-only) words and the noun, as the
    # sentence opens with them and a lowercase word follows that is no preposition ("The
    # group of ...", "The union's ...": no); or after a comma as the sentence's closing
    # attribution ("..., a consumer group has said after testing."); the noun that ends the
    # phrase, not one before it ("A campaign group": group, not campaign; round 36)
    phrase = (rf"(?:(?:[Tt]he|[Aa]n?)|[A-Z][a-z]+['’]s)\s+(?:{_DEMONYM}\s+)?"
              rf"(?:(?:[a-z][a-z'’-]*|[A-Z]{{2,4}})\s+){{0,3}}?({noun})(?!\s+(?:{noun})\b)")
    described = re.compile(
        rf"^[\"“]?{phrase}(?=\s+(?!(?:{'|'.join(map(re.escape, between))})\b)[a-z])"
        rf"|,\s+{phrase}\s+(?:has\s+|have\s+)?(?:{verb})\b[^,\"”]*$")
    # "Ofgem said", "The Clean Elections Project says", "Home Test, which ..., said",
    # "The Energy and Petroleum Regulatory Authority (EPRA) said", "Paws of Kerala has said"
    # ... also after an opening phrase of where or when it spoke ("In a report published on
    # its website, Clean Delta Alliance said", "On Tuesday, Ofgem said"; round 36)
    # ... or as it acts on something it says of ("Blue Aegean Watch released satellite
    # images which it said showed ...", "X published figures it says show ..."; round 36):
    # "it" is the body the sentence opens with
    naming = re.compile(
        rf"^[\"“]?{_OPENING}(?:The\s+)?({_NAME})[?!]?(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?"
        rf"(?:,|\s+(?:has\s+|had\s+|have\s+|also\s+|on\s+[A-Z]\w+\s+)?(?:{verb})\b"
        rf"|\s+(?:has\s+|have\s+|also\s+|on\s+[A-Z]\w+\s+)?[a-z]{{3,}}ed\s+"
        rf"[a-z][^,.;:\"“”()]{{0,60}}?\s(?:which\s+|that\s+)?it\s+(?:said|says)\b)")
    return described, naming


@lru_cache(maxsize=256)
def _the_noun(noun: str) -> re.Pattern:
    """The described noun named again with a determiner ("The union Unison ..."), compiled
    once for each noun (the nouns are the cue file's few words of bodies)."""
    return re.compile(rf"\b(?:the|this|that)\s+{re.escape(noun)}\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _opening_the_noun(noun: str) -> re.Pattern:
    """A sentence opening with the described noun ("The group said ..."), compiled once
    for each noun."""
    return re.compile(rf"[\"“]?the\s+{re.escape(noun)}\b", re.IGNORECASE)


def named_next(texts: tuple[str, ...], lex: Lexicon
               ) -> list[tuple[str, str, int, int, bool]]:
    """(noun, name, the describing sentence, the naming sentence, whether the naming
    sentence tells it a body: "X, which", "X, the <noun>,") for each body a sentence
    describes as acting ("The energy regulator has fined") and one of the next
    ``LOOK_AHEAD`` sentences opens by naming as it speaks ("Ofgem said"), the name not in
    the describing sentence itself. The first naming sentence after a description is the
    only one read: a second body named there is another party."""
    if lex.language != "en":
        return []
    patterns = _patterns(lex.language)
    if patterns is None:
        return []
    described, naming = patterns
    found = []
    seen: set[str] = set()  # the nouns described before: "The group said" after "A
    # tenants' group has accused" means that group again
    for at, text in enumerate(texts):
        matches = list(described.finditer(text))
        before, seen = seen, seen | {n.casefold() for m in matches for n in m.groups() if n}
        spoke_before = any(naming.match(t) and naming.match(t).group(1).split()[0]
                           not in _NOT_NAMES for t in texts[:at])
        # a body named speaking before: "The group said" means that one, "A consumer
        # group has said" another
        nouns = [n.casefold() for m in matches for n in m.groups() if n and not (
            (spoke_before or n.casefold() in before)
            and m.group(0).lstrip(",\"“ ")[:2].casefold() not in ("a ", "an"))]
        nouns = [n for n in nouns if not any(_the_noun(n).search(t) for t in texts[:at])]
        # "The union Unison ... The union has written": named
        if not nouns:
            continue
        for later in range(at + 1, min(len(texts), at + 1 + LOOK_AHEAD)):
            m = naming.match(texts[later])
            if not m:
                if any(_opening_the_noun(n).match(texts[later]) for n in nouns):
                    break  # "The group said ...": it speaks on, unnamed
                continue
            name = " ".join(m.group(1).split())
            if any(name.casefold() in t.casefold() for t in texts[at:later]) \
                    or name.split()[0] in _NOT_NAMES:
                break  # a party of the described sentence or one after it answers it
            told = m.group(0).endswith(",")
            if told:  # "Home Test, which ...", "Which Line?, the consumer campaign
                # group,": not "Harlow Street Media, a company backed by"
                rest = texts[later][m.end():].lstrip()
                nouns = [n for n in nouns if rest.startswith("which ") or re.match(
                    rf"(?:the|a|an)\s[^,;:]*?\b{re.escape(n)}\b", rest, re.IGNORECASE)]
            found += [(noun, name, at, later, told) for noun in dict.fromkeys(nouns)]
            break
    return found


def state_body(noun: str, name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is a state or police body's and ``noun`` a campaign group's or a
    union's (thirty-sixth round): "An environmental group accused ..." / "The Hellenic Coast
    Guard said ...", "A housing charity has accused ..." / "Leeds City Council said ...":
    the body named next is another party, never the group described. The name's head is
    the word before its first "of" ("Ministry of Labour"), else its last word; "council"
    only after a word of local government ("City Council", not "Refugee Council"), "guard"
    after "Coast", "Border" or "National". data/cues/<language>.json
    "speaker36_state_bodies"; the group nouns are "speaker_group_nouns"."""
    cues = cue_file(lex.language).get("speaker36_state_bodies", {})
    if not cues or noun.casefold() not in cue_file(lex.language).get(
            "speaker_group_nouns", {}).get("nouns", ()):
        return False
    words = [w.strip(",.'’") for w in name.casefold().replace("-", " ").split()]
    k = words.index("of", 1) - 1 if "of" in words[1:] else len(words) - 1
    head, before = words[k], words[k - 1] if k > 0 else ""
    return head in cues.get("heads", ()) or head == "council" and before in cues.get(
        "local", ()) or head == "guard" and before in cues.get("guards", ())


def not_business(noun: str, name: str, lex: Lexicon) -> bool:
    """Whether ``noun`` is a business's (speaker22_en "company_nouns") and ``name`` a
    union's, an association's or a campaign's by its head, or a state body's (thirty-
    seventh round, bug fix t37f3): "A bus company ... has been accused by a trade union of
    cutting drivers' breaks" / "The Transport and Allied Workers' Federation (TAWF) said
    ...": the body named next is the other party, never the company described. The head
    as state_body reads it. data/cues/<language>.json "speaker37_not_business"."""
    cues = cue_file(lex.language)
    heads = frozenset(cues.get("speaker37_not_business", {}).get("heads", ()))
    state = cues.get("speaker36_state_bodies", {})
    if not heads or noun.casefold() not in cues.get("speaker22_en", {}).get(
            "company_nouns", ()):
        return False
    words = [w.strip(",.'’()") for w in name.casefold().replace("-", " ").split()]
    if not words:
        return False
    k = words.index("of", 1) - 1 if "of" in words[1:] else len(words) - 1
    head, before = words[k], words[k - 1] if k > 0 else ""
    return head in heads or head in state.get("heads", ()) or head == "council" \
        and before in state.get("local", ())


# words that open a sentence capitalised without opening a name
_NOT_NAMES = frozenset({"It", "He", "She", "They", "We", "In", "On", "At", "But", "And",
                        "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our",
                        "Asked", "After", "Before", "Under", "According", "Last", "Next"})


def body_named_next(index, noun: str) -> str | None:
    """The body ``noun`` means in the article the source index reads (its entity table's
    ``named_next``: described, then named as it speaks), or None."""
    table = getattr(index, "table", None)
    return table.named_next.get(noun) if table is not None else None


def bare_body(texts: tuple[str, ...], noun: str, at: int, later: int, name: str,
              lex: Lexicon) -> bool:
    """Whether a name with no body's head ("Forest Watch Asia", "Global Witness",
    "Greenpeace"), which a name's shape reads as a person's, is the body a lede describes
    (thirty-fifth round): "An environmental group on Friday accused X of ... / Forest Watch
    Asia said images ... showed". A person at first mention in news comes with a role or a
    description; a bare name that opens the next sentence by speaking, right after "A/An
    ... group" acted, is that group. Only where the describing sentence describes it with
    an indefinite article and a body's noun that is no business's ("group", "charity",
    "watchdog"), the naming sentence opens with the name alone ("X said", "X has said"),
    the article writes it nowhere before, and nothing in the article writes it as a
    person: an honorific or a role before it ("Mr Ellis", "director Mark Ellis"), an
    apposition or age after it ("Mark Ellis, its director,", "Mark Ellis, 54,", "Mark
    Ellis, who"), a word of it alone as a speaker ("Ellis said", "said Ellis"), "he"/"she"
    opening the sentence after it or "his"/"her" in it. The caller checks the titles and
    sex the article gives it."""
    cues = cue_file(lex.language).get("speaker22_en", {})
    if noun not in cues.get("body_nouns", ()) or not re.search(
            rf"(?:^[\"“]?|,\s+)[Aa]n?\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}\b",
            texts[at]):
        return False  # "The group accused", "A retailer has ...": not this reading
    patterns = _patterns(lex.language)
    if patterns is None:
        return False
    m = patterns[1].match(texts[later])
    if m is None or m.group(0).endswith(",") or texts[later].lstrip("\"“ ").startswith(
            "The ") or " ".join(m.group(1).split()) != name:
        return False
    if any(name in t for t in texts[:later]):
        return False  # named before: not a first mention
    words = name.split()
    verbs = "|".join(map(re.escape, cue_file(lex.language).get(KEY, {}).get(
        "naming_verbs", ())))
    honorific = "|".join(h.capitalize() for h in lex.honorifics)
    told = r",\s+(?!which\b)(?:\d|who\b|the\b|a\b|an\b|its\b|his\b|her\b|their\b)"
    person = [rf"\b(?:{honorific}|Mrs|Miss|Dame)\.?\s+(?:{'|'.join(map(re.escape, words))})\b",
              rf"{re.escape(name)}{told}"]  # "Mr Ellis", "Mark Ellis, its director,"
    alone = []  # a word of it alone as a speaker: "Ellis said", "said Ellis", "Ellis, who"
    if len(words) > 1:
        for w in map(re.escape, words):
            alone += [rf"(?<![\w'’-]){w}\s+(?:has\s+|had\s+)?(?:{verbs})\b",
                      rf"\b(?:{verbs})\s+{w}\b", rf"(?<![\w'’-]){w}{told}"]
    if any(re.search(p, t) for p in person for t in texts) or any(
            re.search(p, t.replace(name, " ")) for p in alone for t in texts):
        return False
    role_before = re.compile(rf"\b([a-z][\w-]*)\s+{re.escape(name)}\b")
    if any(r.group(1) in lex.titles or r.group(1) in lex.honorifics
           for t in texts for r in role_before.finditer(t)):
        return False  # "director Mark Ellis", "campaigner Mark Ellis"
    after = texts[later][m.end():]
    following = texts[later + 1] if later + 1 < len(texts) else ""
    return not (re.search(r"\b(?:his|her|he|she|himself|herself)\b", after, re.I)
                or re.match(r"[\"“]?(?:He|She)\b", following))
