"""Lawyers and others who speak for a party: "Henry Blackwood KC, for Reid,", "Ana Ruiz,
acting for the family,", "Reid's lawyer, Henry Blackwood,", "Kuasa hukum Budi, Rina
Sari,". The phrase says whom the person speaks for; it is never the speaker's name. A later
"Lawyers for Callum Reid told the court" or "Kuasa hukum terdakwa menyatakan" speaks
through the person the article names in that role (the guidelines: a party that speaks
through a named person takes that person's name).
"""

from __future__ import annotations

import re

# the nouns of the role, per language; "for"-phrases name the party after them
COUNSEL = {
    "en": ("lawyer", "lawyers", "counsel", "attorney", "attorneys", "solicitor",
           "solicitors", "barrister", "barristers", "advocate"),
    "id": ("kuasa hukum", "pengacara", "penasihat hukum", "advokat", "tim kuasa hukum",
           "tim pengacara"),
}
# between commas after a name: the party it speaks for follows
_ACTING = {
    "en": r"(?:acting for|acting on behalf of|on behalf of|for|representing|who represents|"
          r"(?:a |the )?(?:lawyer|counsel|attorney|solicitor|barrister)s? (?:for|representing|"
          r"of))",
    "id": r"(?:kuasa hukum|pengacara|penasihat hukum|yang mewakili|mewakili|atas nama)",
}
# the role's nouns longest first, each with its words: what counsel_subject tries, in that
# order (sorted once, not on every subject read)
_COUNSEL_PARTS = {language: tuple((noun, noun.split()) for noun in sorted(nouns, key=len,
                                                                            reverse=True))
                  for language, nouns in COUNSEL.items()}
_PARTY_STOP = frozenset({"the", "a", "an", "his", "her", "their", "its", "of", "and", "dan",
                         "para", "pihak"})


def _language(lex) -> str:
    return "id" if lex.language == "id" else "en"


def party_words(phrase: str) -> frozenset[str]:
    """The words that name a party: "Callum Reid" -> {callum, reid}, "the family" ->
    {family}, "terdakwa" -> {terdakwa}."""
    return frozenset(w for w in re.findall(r"\w+", phrase.casefold().replace("'s", " "))
                     if w not in _PARTY_STOP)


def acting_for(text: str, names: list[str], lex) -> list[tuple[str, frozenset[str]]]:
    """(person, the party's words) for each name the sentence gives a role phrase: after
    it between commas (", for Reid,", ", kuasa hukum terdakwa,"), or before it ("Reid's
    lawyer, Henry Blackwood,", "Kuasa hukum Budi, Rina Sari,")."""
    language = _language(lex)
    acting = re.compile(rf",\s+{_ACTING[language]}\s+([^,.;:\"“”()]+)", re.IGNORECASE)
    counsel = "|".join(re.escape(c) for c in sorted(COUNSEL[language], key=len, reverse=True))
    found = []
    for name in names:
        at = text.find(name)
        if at < 0:
            continue
        after = text[at + len(name):]
        after = re.sub(r"^\s+(?:KC|QC|SH|MH|Jr|Sr)\b\.?", "", after)
        m = acting.match(after)
        if m and m.group(1).strip():
            found.append((name, party_words(m.group(1))))
            continue
        before = text[max(0, at - 80):at].rstrip()
        if not before.endswith(","):
            continue
        clause = re.split(r"[.;:\"“”]", before[:-1])[-1]
        if language == "en":
            m = re.search(rf"([\w' ]+?)'s\s+(?:{counsel})\s*$", clause, re.IGNORECASE)
        else:
            m = re.search(rf"(?:{counsel})\s+([\w ]+?)\s*$", clause, re.IGNORECASE)
        if m and party_words(m.group(1)):
            found.append((name, party_words(m.group(1))))
    return found


def counsel_subject(words: list[str], end: int, lex) -> tuple[str, frozenset[str]] | None:
    """("lawyers", the party's words) when the subject before token ``end`` is a role
    phrase with no name: "Lawyers for Callum Reid", "The family's lawyers", "Kuasa hukum
    terdakwa", "Tim pengacara Budi"."""
    language = _language(lex)
    subject = words[:end]
    for noun, part in _COUNSEL_PARTS[language]:
        for k in range(0, min(3, len(subject))):
            if subject[k:k + len(part)] != part:
                continue
            rest = subject[k + len(part):]
            if language == "en" and rest[:1] in (["for"], ["of"], ["representing"]):
                return noun, frozenset(w for w in rest[1:] if w not in _PARTY_STOP)
            if language == "en" and not rest and k > 0:  # "Reid's lawyers", "the family's"
                return noun, frozenset(w for w in subject[:k] if w not in _PARTY_STOP)
            if language == "id" and rest:
                return noun, frozenset(w for w in rest if w not in _PARTY_STOP)
    return None


def plural_counsel(noun: str) -> bool:
    """"Lawyers": people nobody names. "Tim kuasa hukum" is one team, as written."""
    return noun.endswith("s") and " " not in noun
