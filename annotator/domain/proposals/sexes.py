"""Whom "he" or "she" means when the last named speaker is of the other sex: an English
pronoun carries the sex a reader knows from the article ("Ms Ruiz", "spokeswoman Ana
Ruiz", "Ana Ruiz, the chairwoman,"), so "he said" after a woman named last means the man
named before her. The article's words decide (an honorific, a role noun of one sex next
to the name), never a list of first names; where nothing says, nothing changes.
Indonesian "ia"/"dia" says no sex.
"""

from __future__ import annotations

import re

PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "lady": "f",
              "dame": "f"}
_NOUNS = {
    "m": ("spokesman", "chairman", "businessman", "congressman", "councilman", "policeman",
          "father", "husband", "son", "brother", "grandfather", "uncle", "nephew", "boy",
          "man", "king", "prince", "headmaster", "actor", "landlord", "fisherman"),
    "f": ("spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman",
          "policewoman", "mother", "wife", "daughter", "sister", "grandmother", "aunt",
          "niece", "girl", "woman", "queen", "princess", "headmistress", "actress",
          "landlady", "widow", "waitress"),
}
_NOUN_SEX = {noun: sex for sex, nouns in _NOUNS.items() for noun in nouns}


def sex_in(text: str, name: str) -> str | None:
    """The sex a sentence gives ``name``: an honorific or a role noun of one sex right
    before it ("Ms Ana Ruiz", "spokeswoman Ana Ruiz"), or in apposition after it ("Ana
    Ruiz, the group's chairwoman,"); else None."""
    at = text.find(name)
    if at < 0:
        return None
    before = re.findall(r"[\w']+", text[:at].casefold())[-1:]
    if before and before[-1].rstrip(".") in _HONORIFIC:
        return _HONORIFIC[before[-1].rstrip(".")]
    parts = re.split(r"[,;:.()\"“”]", text[:at])
    clause = parts[-1] if parts[-1].strip() or len(parts) < 2 else parts[-2]
    head = re.findall(r"[\w']+", clause.casefold())[-1:]  # "spokeswoman Ana Ruiz",
    if head and head[0] in _NOUN_SEX:  # "The victim's mother, Jane Doe,"
        return _NOUN_SEX[head[0]]
    after = text[at + len(name):]
    if after.lstrip().startswith(","):  # "Ana Ruiz, the group's chairwoman,"; not "Jane
        apposed = re.findall(r"[\w']+", re.split(r"[,;:.()\"“”]", after.lstrip()[1:])[0]
                             .casefold())  # Doe, whose son was hurt,"
        if apposed and apposed[0] in ("the", "a", "an") and apposed[-1] in _NOUN_SEX:
            return _NOUN_SEX[apposed[-1]]
    return None


_TITLED_SURNAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+(\w+)")


def surnames_sexes(texts) -> dict[str, str]:
    """"Ms Ruiz said": the sex an honorific gives each surname the article writes with
    one (the first honorific for a surname wins)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _TITLED_SURNAME.finditer(text):
            found.setdefault(m.group(2).casefold(), _HONORIFIC[m.group(1).casefold()])
    return found


_WORD = re.compile(r"[\w']+")


def spoke_as_sex(table, at: int, pronoun: str) -> bool:
    """"A council spokeswoman said ... . She said ...": the sentence before this one spoke
    through a role noun of the pronoun's sex that names nobody (no capitalised name right
    after it), so "she" is that spokeswoman, who speaks for the body, and not the last
    woman or man the article named."""
    sex = PRONOUN_SEX.get(pronoun)
    texts = getattr(table, "texts", ())
    if sex is None or not 0 < at <= len(texts):
        return False
    before = texts[at - 1]
    for m in _WORD.finditer(before):
        if _NOUN_SEX.get(m.group().casefold()) != sex or m.group().casefold() not in _ROLES:
            continue
        after = _WORD.search(before, m.end())
        if after is None or not after.group()[:1].isupper() or before[
                m.end():after.start()].strip() in (",", ":"):
            return True  # "spokeswoman said", "spokeswoman for the club"; not "spokeswoman
    return False  # Ana Ruiz"


# the role nouns of one sex by which a body speaks without naming the person
_ROLES = frozenset({"spokesman", "spokeswoman", "chairman", "chairwoman", "councilman",
                    "councilwoman", "congressman", "congresswoman", "policeman",
                    "policewoman", "headmaster", "headmistress"})
