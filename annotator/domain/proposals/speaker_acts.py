"""Speakers' acts the label lexicons do not list as cues, read only for who speaks:
staying silent ("did not respond to a request for comment", "tidak menjawab pesan") and
documents that speak for whoever issued them ("the report said", "menurut dakwaan").

The guidelines (seventh round): "did not respond" and "could not be reached" are context
whose source is the party named as silent; a document speaks for the body that issued it
when the article names it, else as written when it is one singled-out document.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.issued import extra_documents
from annotator.domain.proposals.lexicon import Lexicon, cue_file

SILENT = {
    "en": ("did not respond", "did not reply", "did not return", "has not responded",
           "have not responded", "had not responded", "could not be reached",
           "was not available", "were not available", "did not immediately respond",
           "did not answer", "declined requests", "did not respond to"),
    "id": ("tidak menjawab", "tidak merespons", "tidak merespon", "belum merespons",
           "belum merespon", "tidak membalas", "belum membalas", "belum menjawab",
           "tidak dapat dihubungi", "tak dapat dihubungi", "belum dapat dihubungi",
           "tidak bisa dihubungi", "belum bisa dihubungi", "belum menanggapi",
           "tak menjawab", "tak merespons"),
}

# a sentence that only says who made a statement: context, its source the speaker it names
ATTRIBUTION = {
    "en": ("made the remarks", "made the comments", "made the statement", "made those remarks",
           "made the comment", "issued a statement", "issued the statement", "spoke on condition",
           "spoke to reporters", "spoke to"),
    "id": ("membuat pernyataan", "memberikan pernyataan", "menyampaikan pernyataan",
           "memberikan keterangan", "menyampaikan hal itu", "menyampaikan hal tersebut",
           "mengungkapkan hal itu", "mengungkapkan hal tersebut", "mengatakan hal itu",
           "mengatakan hal tersebut", "berbicara kepada"),
}

# a perfect tense makes a verb of a cue the lexicon keeps off ("the alleged fraud")
PERFECT = {"en": ("has alleged", "have alleged", "had alleged"), "id": ()}

# a document and the words of the body that issues it ("dakwaan" -> the prosecutor)
DOCUMENTS = {
    "en": {
        "report": (), "statement": (), "study": (), "survey": (), "audit": ("auditor",),
        "letter": (), "ruling": ("court", "tribunal", "judge"), "verdict": ("court", "jury"),
        "judgment": ("court", "judge"), "indictment": ("prosecutor", "prosecutors",
                                                       "prosecution", "attorney"),
        "complaint": (), "lawsuit": (), "filing": (), "prospectus": (), "memo": (),
        "charge": ("prosecutor", "prosecutors"), "documents": (), "document": (),
        "findings": (), "review": (), "petition": (), "press": (),
        "notice": (), "order": ("court", "judge", "regulator"), "notification": (),
        "warning": (), "advisory": (), "bulletin": (), "decision": ("court", "tribunal"),
        "citation": (), "summons": ("court",), "guidance": (), "minutes": (),
        "transcript": (), "records": (), "directive": (), "circular": (),
        "memorandum": (), "affidavit": (), "assessment": (), "inspection": (),
    },
    "id": {
        "laporan": (), "pernyataan": (), "kajian": (), "survei": (), "surat": (),
        "putusan": ("pengadilan", "majelis", "hakim", "mahkamah"),
        "vonis": ("pengadilan", "majelis", "hakim"),
        "dakwaan": ("jaksa", "kejaksaan", "kejari", "kejati", "kpk", "penuntut"),
        "tuntutan": ("jaksa", "kejaksaan", "kejari", "kejati", "kpk", "penuntut"),
        "gugatan": (), "dokumen": (), "rilis": (), "audit": ("bpk", "auditor"),
        "temuan": (), "hasil": (),
        "pengumuman": (), "edaran": (), "keputusan": ("pengadilan", "majelis", "hakim"),
        "siaran": (), "catatan": (), "notulen": (), "teguran": (), "peringatan": (),
        "somasi": (), "memo": (), "instruksi": (), "maklumat": (), "penetapan": (
            "pengadilan", "hakim"),
    },
}


def language_of(lex: Lexicon) -> str:
    return "id" if lex.language == "id" else "en"


def silent_phrases(lex: Lexicon) -> dict[tuple[str, ...], float]:
    """The silent and attribution acts as phrases for lexicon.find: whose subject is the
    source."""
    return _silent_phrases(language_of(lex))


@lru_cache(maxsize=4)
def _silent_phrases(language: str) -> dict[tuple[str, ...], float]:
    return {tuple(p.split()): 0.8
            for p in SILENT[language] + ATTRIBUTION[language] + PERFECT[language]
            + _silent_family(language) + _alleged_verb(language)}


@lru_cache(maxsize=4)
def _alleged_verb(language: str) -> tuple[str, ...]:
    """"alleged" where only a verb stands ("a growers' association alleged on Tuesday",
    "alleged that"), thirty-fifth round (issue 11, bug fix): its subject speaks, as after
    "has alleged" (data/cues/<language>.json, "speaker35_alleged_verb")."""
    return tuple(cue_file(language).get("speaker35_alleged_verb", {}).get("phrases", ()))


@lru_cache(maxsize=4)
def _silent_family(language: str) -> tuple[str, ...]:
    """The whole family of saying nothing (data/cues/<language>.json, "speaker12_silent")."""
    return tuple(cue_file(language).get("speaker12_silent", {}).get("phrases", ()))


def documents(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    return _documents(language_of(lex))


@lru_cache(maxsize=4)
def _documents(language: str) -> dict[str, tuple[str, ...]]:
    """DOCUMENTS with the nouns issued.py adds ("keterangan", "suit")."""
    return {**{noun: () for noun in extra_documents(language)}, **DOCUMENTS[language]}


# "X published a report", "X merilis laporan": X issued it
PUBLISHING = {
    "en": ("published", "released", "issued", "filed", "wrote", "sent", "compiled",
           "commissioned", "produced", "lodged", "submitted", "prepared", "handed"),
    "id": ("menerbitkan", "merilis", "mengeluarkan", "menyusun", "membacakan", "mengirim",
           "mengirimkan", "mengajukan", "menyampaikan", "melayangkan", "membuat", "membuka"),
}
_BY = {"en": ("by", "from", "of"), "id": ("dari", "oleh")}


def issuers(text: str, names: list[str], lex: Lexicon) -> list[tuple[str, str]]:
    """(document noun, issuer) for each document a sentence says who issued: "The Care
    Quality Commission published a report", "a report by the National Audit Office",
    "Jaksa KPK Rudi Hartono membacakan dakwaan", "laporan Walhi"."""
    language = language_of(lex)
    folded = text.casefold()
    words = folded.replace("'s", " ").split()
    found = []
    for noun in documents(lex):
        if noun not in words:
            continue
        at = words.index(noun)
        after = " ".join(words[at + 1:at + 4])
        for name in names:  # "a report by X", "laporan Walhi": named after the noun
            key = name.casefold()
            if not key.split():
                continue
            if language == "id" and after.startswith(key.split()[0]) or any(
                    after.startswith(f"{b} {key.split()[0]}") or after.startswith(
                        f"{b} the {key.split()[0]}") for b in _BY[language]) or (
                    _made_by(words, at, key, language)):
                found.append((noun, name))
                break
        else:
            published = any(w in PUBLISHING[language] for w in words[:at])
            before = [n for n in names if n.strip()
                      and 0 <= folded.find(n.casefold()) < folded.find(noun)]
            if published and before:
                found.append((noun, before[0]))
    return found


def _made_by(words: list[str], at: int, key: str, language: str) -> bool:
    """"a complaint lodged by the campaign group Open Purse", "a report published by the
    National Audit Office": the noun at ``at``, a participle of issuing, "by", and the
    name (``key``, folded) after at most a determiner and a three-word description of it
    (t34politics: a later "The complaint says" then speaks for its maker)."""
    if language != "en" or at + 2 >= len(words) or words[at + 1] not in PUBLISHING[
            language] or words[at + 2] != "by":
        return False
    rest = [w.strip(".,;:!?\"'“”‘’()") for w in words[at + 3:at + 7 + len(key.split())]]
    first = key.split()[0]
    return any(w == first and " ".join(rest[k:k + len(key.split())]) == key
               for k, w in enumerate(rest[:5]))


# nouns of one person or one body that are no title or office in the cue lexicons: "a
# whistleblower said", "The council accused" (a description the guidelines take as written)
PERSONS = {
    "en": frozenset("""
whistleblower blogger grandmaster resident witness nurse teacher driver parent student
worker farmer fisherman passenger customer victim survivor activist employee man woman
neighbour neighbor tenant pilot insider politician campaigner patient player athlete
""".split()),
    "id": frozenset(),
}
BODIES = {
    "en": frozenset("""
panel council board union group coalition alliance association charity firm operator
contractor developer landlord hospital school university club team party family trust
organisation organization campaign consortium network foundation institute watchdog
""".split()),
    "id": frozenset("""
lembaga organisasi perusahaan yayasan koalisi aliansi komunitas kelompok forum serikat
""".split()),
}


def people(lex: Lexicon) -> frozenset[str]:
    language = language_of(lex)
    return PERSONS[language] | BODIES[language]


def a_body(name: str, lex: Lexicon) -> bool:
    """A name or description of a body ("Care Workers' Alliance", "union representing care
    workers"), not of a person."""
    words = set(name.casefold().replace("'s", "").replace("'", "").split())
    return bool(words & (lex.org_heads | BODIES[language_of(lex)] | lex.company_markers))
