"""What kind of speaker a name is (a person, a company, a government body, another body) and
the short forms a sentence defines for a name ("Komisi Pemilihan Umum (KPU)"): read by both
the sentence's reading (reading.py) and the document's entity table (entities.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.body_shapes import body_shaped
from annotator.domain.proposals.lexicon import Lexicon, cue_file

PERSON, ORGANISATION, GOVERNMENT, COMPANY = "person", "organisation", "government", "company"

# "Name (ACR)" or "Name (ACR) Qualifier": a short form the article defines
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9}|[A-Z]{2,}[a-z]{0,3})\)")


def defined_acronyms(text: str) -> list[tuple[int, int, str]]:
    """The spans of "(ACR)" after a capitalised word, with the short form: blanked when a
    sentence is read, so "Lembaga Bantuan Hukum (LBH) Jakarta" reads as one name."""
    found = []
    for m in _ACRONYM.finditer(text):
        before = text[:m.start()].split()[-6:]
        short = m.group(1)
        if not before or not before[-1][:1].isupper():
            continue
        # "KPU", or a word "Bawaslu" whose letter opens a word of the name before it
        if sum(ch.isupper() for ch in short) >= 2 or any(w[:1] == short[:1] for w in before):
            found.append((m.start(), m.end(), short))
    return found


def kind_of(name: str, lex: Lexicon) -> str:
    """A company by its marker ("PT", "Ltd"), a government body by its head ("Kementerian",
    "Ministry", "Polda"), another body by an office's or a group's head noun ("Koalisi",
    "Alliance") or a joining word ("of", "dan"), else a person."""
    words = name.casefold().replace("-", " ").split()
    companies = lex.company_markers | set(lex.description_heads.get(lex.company_noun, ()))
    if any(w in companies for w in words) or len(words) > 1 and words[-1] in \
            company_words(lex.language) and not _body_headed(words, companies, lex) \
            or _foreign_marker(name, lex.language):
        return COMPANY  # "PT ...", "... Ltd", "Brightway Retail", "Harbour Foods"
    if any(w in lex.government_heads for w in words) or _guard_ended(words, lex):
        return GOVERNMENT
    if any(w in lex.org_heads or w in group_nouns(lex.language) for w in words) or any(
            w in heads for heads in lex.description_heads.values() for w in words) or any(
            w in ("of", "dan", "and", "for", "the") for w in words[1:-1]) or len(words) > 3 \
            or body_shaped(name, lex) or body_ended(name, lex):  # "NHS Grampian", "Ofgem"
        return ORGANISATION
    return PERSON


def _guard_ended(words: list[str], lex: Lexicon) -> bool:
    """A state's guard by its last two words ("Philippine Coast Guard", "Border Guard"):
    "guard" after a word of data/cues/<language>.json "speaker36_state_bodies" "guards"
    (round 38, bug fix t38b2), a government body, never a person's name."""
    return len(words) > 1 and words[-1] == "guard" and words[-2] in cue_file(
        lex.language).get("speaker36_state_bodies", {}).get("guards", ())


def body_ended(name: str, lex: Lexicon) -> bool:
    """A campaign body's name by its last word ("Blue Aegean Watch", "Harrowgate Bills
    Action", "Clean Rivers Initiative"; thirty-sixth round): two or more capitalised words
    ending in a word of data/cues/<language>.json "speaker36_body_ends" (no group noun,
    so no person's name ends in it)."""
    words = name.replace("-", " ").split()
    return len(words) > 1 and all(w[:1].isupper() for w in words) and \
        words[-1].casefold() in body_ends(lex.language)


@lru_cache(maxsize=8)
def body_ends(language: str) -> frozenset[str]:
    """The last words of a body's name that are no group noun ("watch", "action")."""
    return frozenset(cue_file(language).get("speaker36_body_ends", {}).get("ends", ()))


_HEAD_JOINERS = ("of", "on", "for")


def _foreign_marker(name: str, language: str) -> bool:
    """A company's marker of another country's law in a name of this language's text ("PT
    Sulawesi Mineral Industri", "PT Vale Indonesia Tbk", "Petronas Chemicals Bhd", "Siemens
    AG", "Nestlé SA", "Philips NV"): the first word ("PT") or the last ("Tbk", "AG"),
    written as the cue list writes it (case kept: "AG", not "Ag"), after or before at least
    one other word. data/cues/<language>.json, key "speaker33_foreign_company_markers"."""
    first, last = foreign_company_markers(language)
    written = name.replace("-", " ").split()
    return len(written) > 1 and (written[0] in first or written[-1] in last)


@lru_cache(maxsize=8)
def foreign_company_markers(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The markers a foreign company's name opens or ends with (``_foreign_marker``)."""
    raw = cue_file(language).get("speaker33_foreign_company_markers", {})
    return frozenset(raw.get("first", ())), frozenset(raw.get("last", ()))


def _body_headed(words: list[str], companies: set[str], lex: Lexicon) -> bool:
    """The name's head is a public body's or a group's noun, so the business word it ends
    with ("Nusantara", "Energy") names its field, not a firm: Indonesian names open with
    the head ("Lembaga Advokasi Konsumen Nusantara", "Yayasan Peduli Sejahtera"), English
    ones of this shape set it before "of"/"on"/"for" ("Association for Renewable Energy")."""
    bodies = (lex.government_heads | group_nouns(lex.language)) - companies - {"group", "grup"}
    if lex.head_first:
        return words[0] in bodies
    joined = next((i for i, w in enumerate(words[1:-1], 1) if w in _HEAD_JOINERS), None)
    return joined is not None and words[joined - 1] in bodies


@lru_cache(maxsize=8)
def company_words(language: str) -> frozenset[str]:
    """The last words of a business's name ("Foods", "Retail", "Holdings"; "Sejahtera"):
    data/cues/<language>.json, key "speaker_company_words"."""
    return frozenset(cue_file(language).get(
        "speaker_company_words", ()))


@lru_cache(maxsize=8)
def group_nouns(language: str) -> frozenset[str]:
    """A group's nouns ("koalisi", "paguyuban", "coalition"): data/cues/<language>.json,
    key "speaker_group_nouns"."""
    return frozenset(cue_file(language).get(
        "speaker_group_nouns", {}).get("nouns", ()))
