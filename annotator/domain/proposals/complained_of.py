"""The complaining side taking issue with a party's conduct, or complaining of a charge
levied on it (issue 11 item 1, twenty-eighth round).

The guidelines: an accusation attributes a wrongful act to an identifiable party; naming
the act is enough. Ledes most often tell a complaint with a verb of complaint and no word of
a wrong: "Koalisi Seniman ... mempersoalkan pembagian hibah kebudayaan", "Asosiasi agen
pelayaran ... mempersoalkan tagihan jasa pemanduan", "Keluarga warga binaan Lapas ...
mengeluhkan pungutan Rp 50.000 setiap kali membesuk", "Pungutan di Desa Wisata ...
dikeluhkan wisatawan". The rules read them as a claim (``mengeluhkan`` is a speech verb) or
as context (no speech verb).

What is complained of decides, not the verb alone: on the tuned sets ``mengeluhkan`` is as
often the complainants' report of a harm or a state of things ("mengeluhkan air sumur
mereka berubah warna", "mengeluhkan retakan", "mengeluhkan pusing"), a claim. Read here as
the complainant's accusation:

1. a verb that takes issue with a conduct (``challenge``: "mempersoalkan",
   "mempermasalahkan", "took issue with"), its object not a finding, a ruling, a penalty or
   an allegation (``not_objects`` among the words after it: "mempersoalkan temuan BPOM",
   "took issue with the regulator's findings" are the accused side's reply);
2. a verb of complaint (``complain``: "mengeluhkan", "complained about") with a charge
   levied on the complainants (``charges``: pungutan, tarif, tagihan, biaya; fees, charges,
   levy) or what was not as owed (``unmet``: "tidak sesuai", "tanpa") among the words after
   it; in the passive ("dikeluhkan"), a charge among the words before it.

Only over a plain reading (the claim of a speech verb, or context with no speech verb), never
negated; dispute.py leaves out a speaker on the accused side, one that denied, or a
bystander. The word lists are data (data/cues/<language>.json, ``accuse28_complained``).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.reading import ACCUSATION, CLAIM, CONTEXT, LabelReading
from annotator.domain.proposals.wrongs import words_of

KEY = "accuse28_complained"
STRENGTH = 0.6  # a stance read without a cue (dispute.CONTINUED)


@lru_cache(maxsize=8)
def _lists(language: str) -> dict:
    raw = cue_file(language).get(KEY, {})
    return {
        "challenge": _phrases(raw.get("challenge", [])),
        "not_objects": frozenset(raw.get("not_objects", ())),
        "complain": _phrases(raw.get("complain", [])),
        "passive": _phrases(raw.get("complained_passive", [])),
        "charges": frozenset(raw.get("charges", ())),
        "unmet": _phrases(raw.get("unmet", [])),
        "reach": int(raw.get("reach", 4)),
    }


def _plain(reading: LabelReading) -> bool:
    return not reading.negated and (
        reading.role == CLAIM and reading.reason.startswith("reported speech")
        or reading.role == CONTEXT and reading.reason == "no speech verb")


def complained(text: str, lex: Lexicon) -> str | None:
    """The words of a complaint that names a conduct or a charge levied (module doc), else
    None."""
    lists = _lists(lex.language)
    words = words_of(text)
    reach = lists["reach"]
    for s, e in find(lists["challenge"], words):
        after = words[e:e + reach]
        if after and not any(w in lists["not_objects"] for w in after):
            return " ".join(words[s:e + 1])
    for s, e in find(lists["complain"], words):
        after = words[e:e + reach]
        charge = next((w for w in after if w in lists["charges"]), None)
        if charge:
            return f"{' '.join(words[s:e])} ... {charge}"
        unmet = find(lists["unmet"], words[e:e + reach + 2])
        if unmet:
            a, b = unmet[0]
            return f"{' '.join(words[s:e])} ... {' '.join(words[e + a:e + b])}"
    for s, e in find(lists["passive"], words):
        charge = next((w for w in words[:min(s, reach)] if w in lists["charges"]), None)
        if charge:
            return f"{charge} ... {' '.join(words[s:e])}"
    return None


def complaint_named(reading: LabelReading, text: str, lex: Lexicon) -> LabelReading | None:
    """The complainant's accusation where the rules read a plain claim or context and the
    complaint names a conduct or a charge levied; None otherwise."""
    if not _plain(reading):
        return None
    found = complained(text, lex)
    if not found:
        return None
    return LabelReading(ACCUSATION, found, f"a complaint that names the conduct or the "
                        f"charge: '{found}' ({reading.reason})", STRENGTH, reading.hedges)
