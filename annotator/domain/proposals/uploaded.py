"""The article's narration of material put online, told as the matter's evidence: "Akun
bernama "DarkPelican" mengunggah contoh 500 baris data berisi nama, NIK ...", "Penjual yang
memakai nama akun Bayangan77 mengunggah contoh 5.000 baris data ...", "Pemeriksaan
dilakukan setelah sejumlah sopir truk mengunggah video pengisian jeriken yang tidak penuh di
media sosial", "Akun itu mengunggah video yang menampilkan Wali Kota ...". The guidelines
make narration a claim when it gives checkable evidence on the disputed point: what was
"shipped, seen, counted, found or done" (data/guidelines.md, "claim"); the rules read these
sentences, with no speech verb and no evidence word, as context.

Measured on the readable sets (thirtieth round): an active verb of uploading with a word
for material (a sample, data, a video, photos, a recording) within two words after it is a
gold claim four times in four articles (three of heldout5-8/classes9), context never. A
complainant posting her story ("mengunggah cerita itu ke media sosial") and the material's
spread told in the passive ("setelah video pungutan itu diunggah akun ... dan ditonton 400
ribu kali") are context in gold and stay so: the verb must be active and its object
material, not a story or a complaint.

Words are data, ``claim30_uploaded`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@dataclass(frozen=True)
class Uploaded:
    verbs: frozenset[str]
    material: frozenset[str]
    negations: frozenset[str]
    within: int


@lru_cache(maxsize=8)
def families(language: str) -> Uploaded:
    raw = cue_file(language).get("claim30_uploaded", {})
    return Uploaded(frozenset(raw.get("verbs", ())), frozenset(raw.get("material", ())),
                    frozenset(raw.get("negations", ())), int(raw.get("within", 2)))


def uploaded(language: str, words: list[str]) -> str | None:
    """The verb of uploading and the material it puts online ("mengunggah ... data"),
    else None."""
    fam = families(language)
    for k, word in enumerate(words):
        if word not in fam.verbs or any(w in fam.negations for w in words[max(0, k - 2):k]):
            continue
        for w in words[k + 1:k + 1 + fam.within]:
            if w in fam.material:
                return f"{word} ... {w}"
    return None
