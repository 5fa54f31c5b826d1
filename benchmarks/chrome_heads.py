"""Chrome still presented as a sentence's head or tail: each set is ingested into a scratch
database and every presented sentence is listed that opens like a dateline (a few
capitalised words, an outlet, a date or a wire in brackets, then a dash: `Jakarta - `,
`Kupang, VOXNTT.id - `, `WASHINGTON, Oct 5 - `, `Cikarang- `), ends in a photo credit in
brackets (`(ANTARA/Foto: Budi Santoso).`), opens like a byline (`By Court reporter ...`,
`Oleh Wartawan Kompas, ...`, `Reporter: ...`, `Laporan wartawan ...`, a desk and role
alone: `Health correspondent`) or like a related
link or its heading (`Related coverage`, `Read more: ...`, `More on this story`, `Artikel
terkait`, `Baca berita lainnya`, `Simak juga`), holds the story's source (`(Sumber: ...)`,
`Source: ...`, `— Wire staff`), opens like a call for readers' stories or comments (`Got a
...?`, `Punya cerita?`, `Have your say`), is a date in numbers alone (`Kamis (3/12/2026)`)
or ends like no sentence (a section's name, a standfirst, an outlet's name: `Arts and
culture`, `City Desk | The Riverside Standard`), and the sentences presented above the
page's first byline, date line or dateline when sentences are presented below it too (a
standfirst ending in a full stop, or a lead the byline follows). The patterns here are
wider than the chrome rules, so what they list is for a reader to judge: chrome missed, or a
sentence that merely opens with a place ('By the time ...', 'Oleh karena itu, ...').

    python benchmarks/chrome_heads.py                  # the seeds and every tuned set
    python benchmarks/chrome_heads.py --set train10 -q # one set, the counts alone

Sealed sets (heldout13 and every later heldout) are refused: their texts are for the lead's
measurements only.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402

PROPOSALS = ROOT / "benchmarks" / "proposals"
TUNED = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "classes8", "train10",
         "train11", "train12", "train13", "train15", "train16", "train17", "train18",
         "train19"]
# a dash with a space on one side at least ('Cikarang - ', 'Cikarang- ', 'Cikarang -Warga')
_DASH = r"(?:\s+(?:-{1,2}|–|—)\s*(?=[A-Z0-9\"“‘'(])|\s*(?:-{1,2}|–|—)\s+)"
HEAD = re.compile(r"^(?:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})"  # the city or the outlet
                  r"(?:\s*,\s*[^-–—,.]{1,40}?)?(?:\s*,\s*[^-–—]{1,40}?)?"  # , outlet / date
                  r"(?:\s*\([^()]{2,30}\))?" + _DASH)  # (wire)
BYLINE = re.compile(r"^(?:By\s+(?!the\b|then\b|now\b)|Oleh\s+[A-Z]|Laporan\s+[Ww]artawan\b|"
                    r"(?:Reporter|Wartawan|Penulis|Editor|Kontributor|Koresponden|Pewarta|"
                    r"Writer|Author)\s*[:|]|(?:Reporter|Wartawan|Penulis|Kontributor|"
                    r"Koresponden|Correspondent)\s+[A-Z][\w.'-]+\s*[,|]?\s*$|"
                    r"[A-Z][^.!?]{0,40}\b(?:reporter|correspondent|columnist)\b[^.!?]*$)")
RELATED = re.compile(r"^(?:Related|Read more|Read also|Read next|More on|More from|See also|"
                     r"Also read|Artikel (?:[Tt]erkait|[Ll]ainnya|[Pp]ilihan)|Berita "
                     r"(?:[Tt]erkait|[Ll]ainnya|[Pp]ilihan)|(?:Baca|Lihat|Simak|Tonton) (?:juga|"
                     r"pula|berita|artikel|video)\b)", re.IGNORECASE)
SOURCE = re.compile(r"\((?:Sumber|Source|Sources)\s*:[^()]*\)\.?$|^(?:Sumber|Source|Sources)\s*:|"
                    r"^(?:—|–|--?)\s*[A-Z]", re.IGNORECASE)
CALLOUT = re.compile(r"^(?:Got an?|Do you have an?|Have you got an?|(?:Anda |Kamu )?Punya|"
                     r"Have your say|Join the (?:conversation|discussion|debate)|Tell us|"
                     r"Tulis(?:kan)? (?:pendapat|komentar)|Bagaimana pendapat)\b", re.IGNORECASE)
DATE = re.compile(r"^[^.!?]{0,40}\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)?(?:\s*[-–—|,]?\s*\d{1,2}[:.]"
                  r"\d{2}\s*\w{0,4})?$")
ENDED = re.compile(r"[.!?\"”’)…:;]$")
CREDIT = re.compile(r"\((?:[^()]*\b(?:Foto|FOTO|foto|Photo|photo|Dok\.?)\b[^()]*)\)\s*\.?$")


OVER_LEAD = frozenset({"byline", "publication-date", "dateline"})


def sealed(name: str) -> bool:
    """A set only the lead may read: heldout13 and every later heldout (heldout5-8 and
    classes9 were unsealed in the twenty-ninth round, heldout9-12 in the thirty-first)."""
    found = re.fullmatch(r"heldout(\d+)", name)
    return found is not None and int(found.group(1)) >= 13


def folder_of(name: str) -> Path:
    return ROOT / "seeds" if name == "seeds" else PROPOSALS / name


def heads(folder: Path) -> tuple[int, list[tuple[str, str, str]]]:
    """The presented sentences of a folder's pages once ingested, and those of them that
    look like chrome: (file name, kind, text), the kind "head", "credit", "byline",
    "related", "source", "callout", "date", "unended" or "above-byline" (listed first)."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "heads.db")
        try:
            ingest_paths(db, [folder])
            units = db.execute(
                "SELECT s.text, d.path, s.excluded FROM sentences s JOIN documents d "
                "ON d.id = s.doc_id ORDER BY d.ordinal, s.char_start").fetchall()
        finally:
            db.close()
    rows = [(text, path) for text, path, excluded in units if excluded is None]
    by_doc: dict[str, list[tuple[str, str | None]]] = {}
    for text, path, excluded in units:
        by_doc.setdefault(path, []).append((text, excluded))
    for path, doc in by_doc.items():
        # the sentences presented above the page's first byline, date line or dateline,
        # when sentences are presented below it too
        first = next((k for k, (_, e) in enumerate(doc) if e in OVER_LEAD), None)
        if first is not None and any(e is None for _, e in doc[first:]):
            found += [(Path(path).name, "above-byline", text)
                      for text, e in doc[:first] if e is None]
    for text, path in rows:
        if HEAD.match(text):
            found.append((Path(path).name, "head", text))
        if CREDIT.search(text):
            found.append((Path(path).name, "credit", text))
        if BYLINE.match(text):
            found.append((Path(path).name, "byline", text))
        if RELATED.match(text):
            found.append((Path(path).name, "related", text))
        if SOURCE.search(text):
            found.append((Path(path).name, "source", text))
        if CALLOUT.match(text):
            found.append((Path(path).name, "callout", text))
        if DATE.match(text):
            found.append((Path(path).name, "date", text))
        if not ENDED.search(text):
            found.append((Path(path).name, "unended", text))
    return len(rows), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", help="a set's name (default: the seeds "
                        "and every tuned set)")
    parser.add_argument("-q", "--quiet", action="store_true", help="the counts alone")
    args = parser.parse_args(argv)
    names = args.set or ["seeds", *TUNED]
    refused = [n for n in names if sealed(n)]
    if refused:
        print(f"sealed, not read: {', '.join(refused)}", file=sys.stderr)
        return 2
    listed = []
    for name in names:
        presented, found = heads(folder_of(name))
        kinds = [kind for _, kind, _ in found]
        print(f"{name:9} presented {presented:5}  dateline-like heads {kinds.count('head'):3}"
              f"  credits at the end {kinds.count('credit'):3}  bylines"
              f" {kinds.count('byline'):3}  related links {kinds.count('related'):3}"
              f"  sources {kinds.count('source'):3}  calls {kinds.count('callout'):3}"
              f"  dates {kinds.count('date'):3}  unended {kinds.count('unended'):3}"
              f"  above a byline {kinds.count('above-byline'):3}")
        listed += [(name, *row) for row in found]
    if not args.quiet:
        for name, doc, kind, text in listed:
            print(f"{name}\t{doc}\t{kind}\t{text[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
