"""The speaker's side in the dispute, measured on its own: for every presented sentence whose
gold label is an accusation or a denial and whose gold names a speaker, where the tool's
dispute reading (domain/proposals/dispute.py, ``Dispute.side``) places that speaker when the
sentence is proposed: on the accusing side, on the accused side, or on no side; and whether
an allegation and an accused party were known before the sentence. Side assignment is the
link of the denials and accusations the tool calls claims that breaks most (issue 11, tenth
round), so it is measured here before any label rule leans on it.

    python benchmarks/bench_sides.py                   # every tuned-on set
    python benchmarks/bench_sides.py --set dev --set heldout4 -v   # and each sentence
    python benchmarks/bench_sides.py --base             # base rates by the proposed side

``--base`` (twelfth round) prints, over EVERY gold sentence (any label), the gold label by
the side the dispute places the PROPOSED speaker on, by how it was placed ("kept": placed by
an earlier sentence of the article; "denied before"; "first": the first allegation named
it; "other": this sentence alone places it; "no speaker"), and whether an allegation was
known before the sentence, with the labels proposed beside: a default's base rate is one
command, over all the sentences of a kind rather than those the rules leave to it (the
tuned-on sets' rules were tuned until their misses were caught).

The side a gold label implies: an accusation's speaker on the accusing side, a denial's on
the accused side; a third party's denial (its speaker on neither side) counts as no side.
Shares are split by the label the tool proposed (right / called claim / other).

A gold line may carry a hand-written ``side`` ("accusing", "accused" or "none": the
annotator's reading of the article by the guidelines, on every line with a speaker; dev has
it, eleventh round). Where it does, it is the side expected instead of the one the label
implies, and lines of every label are placed: the table "written" then counts, per side
written, where the tool placed the speaker, so the figure is exact rather than inferred (a
claim by the accused party's officer is on the accused side too).

The real path of bench_proposals.py (imported, not copied): each set ingested into a fresh
SQLite file in a temporary directory (``--workdir`` to choose where), proposals read in order
as a reviewer who presses only `enter` saves them (domain.proposals.propose, a proposed new
source registered). The dispute the proposal read is the one ``propose`` hands to
``in_dispute`` for the sentence, observed as it is passed (the real function still runs):
it is the state of the article before the sentence. The gold speaker is matched as
bench_proposals.py matches it: any of the gold's names, or the registry source it is an alias
of. The sealed sets (bench_proposals.SEALED: heldout13 and every later heldout) are refused,
never read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_proposals import (  # noqa: E402
    SEALED,
    SETS,
    dateline_texts,
    gold_files,
    gold_for,
    kept_out_texts,
    load_gold,
    same_source,
)

from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.annotations import set_annotation  # noqa: E402
from annotator.domain.proposals import engine, propose  # noqa: E402
from annotator.domain.proposals.reading import ACCUSATION, CLAIM, DENIAL  # noqa: E402
from annotator.domain.proposals.registering import register_proposed  # noqa: E402
from annotator.domain.scheme import load_scheme  # noqa: E402
from annotator.domain.sources import find  # noqa: E402
from annotator.domain.speakers import SourceIndex  # noqa: E402

IMPLIED = {ACCUSATION: "accusing", DENIAL: "accused"}  # the side a gold label implies
GOLD = {ACCUSATION: "accusation", DENIAL: "denial"}
SIDES = ("accusing", "accused", "none")
PROPOSED = ("right", "called claim", "other")
NOTE = ("the side a gold label implies: accusation -> accusing side, denial -> accused side; "
        "a third party's denial (its speaker on neither side) counts as no side")


@dataclass(frozen=True)
class Placed:
    """One gold accusation or denial with a speaker, as the tool read it."""

    doc: str
    text: str
    role: str  # the gold label's role: accusation or denial
    speaker: str  # the gold speaker (its first name)
    side: str  # accusing, accused or none
    why: str
    allegation_known: bool  # an accusation was read before the sentence
    party_known: bool  # a party held responsible, or one that denied, before it
    proposed: str  # right, called claim or other
    speaker_right: bool  # the proposed speaker is the gold one
    expected: str = ""  # the side written in the gold line ("" where none was written)

    @property
    def on_implied_side(self) -> bool:
        return self.side == (self.expected or IMPLIED.get(self.role, "none"))


def proposed_with_dispute(db, sentence_id: str, reviewer: str, scheme, index):
    """propose() as the labeling screen calls it, and the Dispute it read the sentence in
    (None when no dispute reading ran: a label copied from a near-duplicate twin)."""
    seen: list[tuple] = []
    real = engine.in_dispute

    def observed(reading, speaker, dispute, text, lex):
        seen.append((dispute, text, lex))
        return real(reading, speaker, dispute, text, lex)

    engine.in_dispute = observed
    try:
        proposal = propose(db, sentence_id, reviewer, scheme, index)
    finally:
        engine.in_dispute = real
    return proposal, (seen[-1] if seen else None)


@dataclass(frozen=True)
class Based:
    """One gold sentence (any label), by the side of the speaker the tool proposed."""

    side: str  # accusing, accused, none, or "no speaker"
    how: str  # kept, denied before, first, other ("-" with no speaker)
    allegation_known: bool
    gold: str  # the gold label
    proposed: str  # the label proposed


def based(dispute, name: str | None, text: str, lex) -> tuple[str, str]:
    """The side the dispute places the proposed speaker on, and how it was placed."""
    if not name:
        return "no speaker", "-"
    side, _ = dispute.side(name, text, lex)
    key = name.casefold()
    how = ("kept" if dispute.placed.get(key) is not None else
           "denied before" if key in dispute.deniers else
           "first" if dispute.first_accused(name) else "other")
    return side, how


def side_of(dispute, names: list[str], text: str, lex) -> tuple[str, str]:
    """The first side the dispute gives any of the gold speaker's names."""
    for name in names:
        side, why = dispute.side(name, text, lex)
        if side != "none":
            return side, why
    return "none", ""


def enter_walk(db, folder: Path, gold: dict[str, list[dict]], scheme):
    """Play the `enter` reviewer through the documents ingested from ``folder``: each
    presented sentence proposed with its dispute reading, its new sources registered and the
    proposal saved as `enter` saves it; yields (document, text, language, proposal, dispute
    reading, the gold line or None) in article order."""
    index = SourceIndex.from_db(db)
    rows = [r for r in db.execute(
        "SELECT s.id, s.text, d.path, d.language FROM sentences s JOIN documents d "
        "ON d.id = s.doc_id WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position"
    ).fetchall() if str(Path(r[2]).resolve()).startswith(str(folder.resolve()) + "/")]
    texts: dict[str, set[str]] = defaultdict(set)
    for _, text, path, _ in rows:
        texts[Path(path).name].add(text)
    kept_out = kept_out_texts(db)
    datelines = dateline_texts(db)
    for sid, text, path, language in rows:
        doc = Path(path).name
        p, read = proposed_with_dispute(db, sid, "enter", scheme, index)
        for known in register_proposed(db, p, p.name):  # as `enter` registers them
            for written in (known.name, *known.aliases):
                index.add(written, known.name, known.kind)
        set_annotation(db, sid, "enter", label=p.label, source=p.name,
                       confidence=p.confidence, scheme=scheme, proposal=p.proposer)
        match = gold_for(gold.get(doc, []), text, texts[doc], kept_out[doc],
                         datelines[doc])
        yield doc, text, language, p, read, (match[0] if match else None)


def measure(db, folder: Path, gold: dict[str, list[dict]], scheme=None,
            base: list[Based] | None = None) -> list[Placed]:
    """Play the `enter` reviewer through the documents ingested from ``folder`` and place the
    gold speaker of every gold accusation and denial with a speaker; with ``base``, add to
    it every gold sentence by the side of the proposed speaker."""
    scheme = scheme or load_scheme()
    out = []
    for doc, text, _, p, read, g in enter_walk(db, folder, gold, scheme):
        if g is None:
            continue
        if base is not None and read is not None:
            side, how = based(read[0], p.name, text, read[2])
            base.append(Based(side, how, bool(read[0].accused), g["label"], p.label or ""))
        role = scheme.role_for(g["label"])
        speakers = [s for s in g["source"] if s]
        if not speakers or (role not in IMPLIED and "side" not in g):
            continue
        names = list(speakers)
        for s in speakers:
            known = find(db, s)
            if known is not None and known.name not in names:
                names.append(known.name)
        if read is None:
            side, why, allegation, party = "none", "no dispute reading (a twin's label)", \
                False, False
        else:
            dispute, _, lex = read
            side, why = side_of(dispute, names, text, lex)
            allegation, party = dispute.accused, bool(dispute.parties or dispute.deniers)
        proposed = ("right" if p.label == g["label"] else
                    "called claim" if scheme.role_for(p.label) == CLAIM else "other")
        out.append(Placed(doc, text, role, speakers[0], side, why, allegation, party,
                          proposed, any(same_source(db, p.name, s) for s in g["source"]),
                          g.get("side", "")))
    return out


def measure_set(name: str, workdir: Path | None = None,
                base: list[Based] | None = None) -> list[Placed]:
    """A tuned-on set, ingested into a fresh SQLite file."""
    if name in SEALED:
        raise ValueError(f"{name} is sealed")
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        db = open_db(Path(tmp) / "sides.db")
        try:
            ingest_paths(db, [SETS[name]])
            return measure(db, SETS[name], load_gold(name), base=base)
        finally:
            db.close()


def counts(placed: list[Placed]) -> dict[str, dict[str, int]]:
    """Per gold role: n, the known flags, the proposed speaker right, each side, and per
    proposed label its n and how many on the implied side."""
    out: dict[str, dict[str, int]] = {}
    for role in (ACCUSATION, DENIAL):
        those = [p for p in placed if p.role == role]
        c = {"n": len(those), "allegation known": sum(p.allegation_known for p in those),
             "party known": sum(p.party_known for p in those),
             "speaker proposed right": sum(p.speaker_right for p in those),
             "on implied side": sum(p.on_implied_side for p in those),
             "known n": sum(p.allegation_known for p in those),
             "known on side": sum(p.allegation_known and p.on_implied_side for p in those)}
        for side in SIDES:
            c[side] = sum(p.side == side for p in those)
        for kind in PROPOSED:
            c[f"{kind} n"] = sum(p.proposed == kind for p in those)
            c[f"{kind} on side"] = sum(p.proposed == kind and p.on_implied_side for p in those)
            c[f"{kind} none"] = sum(p.proposed == kind and p.side == "none" for p in those)
        out[role] = c
    return out


def by_hand(placed: list[Placed]) -> dict[str, dict[str, int]]:
    """Per side written in the gold (lines that have one): n and where the tool placed
    the speaker."""
    out: dict[str, dict[str, int]] = {}
    for written in SIDES:
        those = [p for p in placed if p.expected == written]
        out[written] = {"n": len(those), **{side: sum(p.side == side for p in those)
                                            for side in SIDES}}
    return out


def _share(k: int, n: int) -> str:
    return f"{k:3}/{n:<3} {k / n:6.1%}" if n else f"{k:3}/{n:<3}    -  "


def report(name: str, placed: list[Placed], verbose: bool = False) -> None:
    for role, c in counts(placed).items():
        n = c["n"]
        split = "  ".join(f"{kind} {_share(c[f'{kind} on side'], c[f'{kind} n'])} "
                          f"(none {c[f'{kind} none']:3})" for kind in PROPOSED)
        print(f"{name:9} {GOLD[role]:10} {n:4} {c['allegation known']:10} "
              f"{c['party known']:6} {c['speaker proposed right']:8} {c['accusing']:8} "
              f"{c['accused']:7} {c['none']:7}  {_share(c['on implied side'], n)}  "
              f"{_share(c['known on side'], c['known n'])}  |  {split}")
    hand = by_hand(placed)
    if any(c["n"] for c in hand.values()):
        for written, c in hand.items():
            print(f"{name:9} {'written ' + written:19} {c['n']:4}  placed: accusing "
                  f"{c['accusing']:3}  accused {c['accused']:3}  none {c['none']:3}  "
                  f"right {_share(c[written], c['n'])}")
        n = sum(c["n"] for c in hand.values())
        print(f"{name:9} {'written, every side':19} {n:4}  "
              f"right {_share(sum(c[w] for w, c in hand.items()), n)}")
    if verbose:
        for p in placed:
            mark = "ok  " if p.on_implied_side else "MISS"
            role = GOLD.get(p.role, p.role or "none")
            print(f"  {mark} {role[:3]} {p.side:8} proposed {p.proposed:12} {p.doc}: "
                  f"{p.speaker} — {p.text[:70]!r}" + (f" ({p.why})" if p.why else "")
                  + (f" [written: {p.expected}]" if p.expected else ""))


LABELS = ("denial", "claim", "context", "accusation")
HOWS = ("kept", "denied before", "first", "other", "-")


def base_rates(name: str, rows: list[Based]) -> None:
    """The gold labels by the proposed speaker's side, how it was placed and whether an
    allegation was known before; beside them, how many the tool proposed right and what it
    proposed."""
    groups: dict[tuple, list[Based]] = defaultdict(list)
    for r in rows:
        groups[(r.side, r.how, r.allegation_known)].append(r)
    order = {s: k for k, s in enumerate(("accused", "accusing", "none", "no speaker"))}
    for (side, how, known), those in sorted(groups.items(), key=lambda kv: (
            order.get(kv[0][0], 9), HOWS.index(kv[0][1]) if kv[0][1] in HOWS else 9,
            not kv[0][2])):
        gold = "  ".join(f"{lab} {sum(r.gold == lab for r in those):3}" for lab in LABELS)
        proposed = "  ".join(f"{lab[:4]} {sum(r.proposed == lab for r in those):3}"
                             for lab in LABELS)
        right = sum(r.gold == r.proposed for r in those)
        print(f"{name:9} {side:10} {how:13} {'yes' if known else 'no':>10} {len(those):4}  "
              f"gold: {gold}  |  right {_share(right, len(those))}  proposed: {proposed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", metavar="NAME",
                        help="a tuned-on set (default: every one)")
    parser.add_argument("-v", "--verbose", action="store_true", help="every sentence placed")
    parser.add_argument("--workdir", type=Path, help="where the temporary databases go")
    parser.add_argument("--base", action="store_true",
                        help="every gold sentence's label by the side of the proposed "
                             "speaker (base rates)")
    args = parser.parse_args(argv)
    tuned = [n for n in SETS if n not in SEALED and gold_files(n)]
    for name in args.set or []:
        if name in SEALED:
            print(f"bench_sides.py: {name} is a sealed set (the lead measures it); "
                  f"it is never read here", file=sys.stderr)
            return 2
        if name not in tuned:
            print(f"bench_sides.py: no tuned-on set {name!r} (sets: {', '.join(tuned)})",
                  file=sys.stderr)
            return 2
    if args.base:
        return _base_main(args.set or tuned, args.workdir)
    print(NOTE)
    print(f"{'':9} {'':10} {'':>4} {'allegation':>10} {'party':>6} {'speaker':>8} "
          f"{'speaker placed on the side':>24}  {'on the implied side':>17}  "
          f"{'(allegation known)':>17}  |  on the implied side (and on no side), "
          f"by the label proposed")
    print(f"{'set':9} {'gold':10} {'n':>4} {'known':>10} {'known':>6} {'right':>8} "
          f"{'accusing':>8} {'accused':>7} {'none':>7}")
    every: list[Placed] = []
    for name in args.set or tuned:
        placed = measure_set(name, args.workdir)
        every += placed
        report(name, placed, args.verbose)
    if len(args.set or tuned) > 1:
        report("all", every)
    return 0


def _base_main(names: list[str], workdir: Path | None) -> int:
    print("every gold sentence by the side of the PROPOSED speaker (Dispute.side), how it was "
          "placed, and whether an allegation was known before the sentence")
    print(f"{'set':9} {'side':10} {'placed':13} {'allegation':>10} {'n':>4}")
    every: list[Based] = []
    for name in names:
        rows: list[Based] = []
        measure_set(name, workdir, base=rows)
        every += rows
        base_rates(name, rows)
    if len(names) > 1:
        base_rates("all", every)
    return 0


if __name__ == "__main__":
    sys.exit(main())
