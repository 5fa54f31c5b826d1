"""The organiser of a protest speaks for the protesters (thirty-fourth round, issue 11, bug
fix on branch i11try34e; dispute.Dispute.accusing_side asks it).

The lead's article: "Ratusan pengemudi ojek online (ojol) berunjuk rasa ...", "Mereka
menuding perusahaan aplikasi itu memotong tarif ... secara diam-diam", then "Koordinator
aksi, Dedi Kurniawan, mengatakan potongan itu tidak pernah diumumkan kepada mitra
pengemudi." The allegation was the protesters' own, told with no speaker named (a plural of
unnamed people: no accuser's name, no noun of theirs to place a member by), so the protest's
coordinator stood on no side, and his "tidak pernah" was read as a denial ("he denied
before" then made his next complaint, "pengemudi yang memprotes justru diancam akunnya
dinonaktifkan", the accused side's reply too). The coordinator, field coordinator or
spokesperson of the protest (``organisers``: "koordinator aksi", "korlap", "juru bicara
massa", "protest organiser", "a spokesman for the protesters") is on the accusing side when

- an allegation was read before, made by nobody the article names (no accuser named, nobody
  denied yet): the protesters' own allegation, as the lede tells it;
- the allegation held none of the protesters responsible (``protesters``: "massa",
  "demonstran", "protesters" are not among the words it used for its party): an organiser
  defending a crowd accused of rioting is the accused side's.

Words: data/cues/{en,id}.json, "side34_organisers".
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

KEY = "side34_organisers"


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return (tuple(raw.get("organisers", ())), frozenset(raw.get("protesters", ())))


def organiser(window: list[str], language: str) -> str | None:
    """The organiser's title among the words beside a speaker's name (dispute.beside),
    else None."""
    joined = f" {' '.join(window)} "
    return next((p for p in _words(language)[0] if f" {p} " in joined), None)


def protesters_held(party_words: set[str], language: str) -> bool:
    """The words an allegation used for its party name the protesters themselves."""
    return bool(party_words & _words(language)[1])
