"""Oracle counts for issue 11's two largest label classes (twenty-sixth round): A, gold
accusation proposed as a claim, and B, gold denial proposed as a claim. On the tuned-on sets,
the lines the `enter` reviewer is proposed as claims (the shipped label model blended in, as
bench_proposals.py plays it), by the side of their speaker, and what a side rule would do.

    python benchmarks/oracle_sides.py                  # every tuned-on set
    python benchmarks/oracle_sides.py --set dev -v     # and each line
    python benchmarks/oracle_sides.py --dump rows.jsonl

Two readings of the side: the gold line's hand-written ``side`` (an oracle: the annotator's
reading), and the tool's own (``Dispute.side`` before the sentence, strict: ``loose=False``).
Rules per side, each turning a proposed claim (accusing side -> accusation, accused side ->
denial):

  any     every claim from that side;
  actor   only where the dispute reads the accused party as the actor of an act in the
          sentence (``Dispute.accused_acts``: its name, a word of it, the nouns the
          allegation called it by, the company noun);
  wide    the same with more words for the accused (the nouns its party was called by, the
          words of every name an accusation named);
  bodies  and every body's head noun (org_heads, government_heads) too;
  rules   the side forced on the dispute (gold side only): what ``in_dispute``'s own rules
          then make of the sentence, the rules' reading before it given (the accusing side's
          wrong stated, cause, accused's act ...; the accused side's reply rules).

For each: the class A/B lines it fixes, and the right lines it breaks (gold claims proposed
as claims; "other": gold context or the other stance). Sealed sets are refused, never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_proposals import (  # noqa: E402
    SEALED,
    SETS,
    dateline_texts,
    gold_files,
    gold_for,
    kept_out_texts,
    load_gold,
)

from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.annotations import set_annotation  # noqa: E402
from annotator.domain.proposals import dispute as disputes  # noqa: E402
from annotator.domain.proposals import engine, propose  # noqa: E402
from annotator.domain.proposals.reading import ACCUSATION, DENIAL  # noqa: E402
from annotator.domain.proposals.registering import register_proposed  # noqa: E402
from annotator.domain.scheme import load_scheme  # noqa: E402
from annotator.domain.speakers import SourceIndex  # noqa: E402

TURN = {"accusing": "accusation", "accused": "denial"}
ROLE = {"accusing": ACCUSATION, "accused": DENIAL}
RULES = ("any", "actor", "wide", "bodies")


def widened(dispute, lex, bodies: bool = False):
    """The dispute with more words for the accused: the nouns its party was called by and
    the words of every name an accusation named; with ``bodies``, every body's head noun."""
    extra = set(dispute.party_nouns)
    for k in dispute.accused_names:
        extra |= {w for w in k.split() if len(w) > 2 and w not in lex.company_markers}
    if bodies:
        extra |= set(lex.org_heads) | set(lex.government_heads)
    return dataclasses.replace(dispute, accused_refs=set(dispute.accused_refs) | extra)


def forced(dispute, side: str):
    """A copy of the dispute that places every speaker on ``side``."""
    f = dataclasses.replace(dispute)
    accusing = side == "accusing"
    f.accusing_side = lambda *a: "forced" if accusing else None
    f.accused_party = lambda *a: None if accusing else "forced"
    f.speaks_for = lambda *a: None
    f.on_accused_side = lambda *a: not accusing
    f.accused_side = lambda *a: not accusing
    return f


def rows_of(name: str) -> list[dict]:
    """Every gold line of the set proposed as a claim, with both sides and each rule's
    reading."""
    if name in SEALED or name.startswith("heldout19"):
        raise ValueError(f"{name} is sealed")
    scheme = load_scheme()
    gold = load_gold(name)
    folder = SETS[name]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "oracle.db")
        ingest_paths(db, [folder])
        index = SourceIndex.from_db(db)
        rows = [r for r in db.execute(
            "SELECT s.id, s.text, d.path FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position").fetchall()
            if str(Path(r[2]).resolve()).startswith(str(folder.resolve()) + "/")]
        texts: dict[str, set[str]] = {}
        for _, text, path in rows:
            texts.setdefault(Path(path).name, set()).add(text)
        kept_out = kept_out_texts(db)
        datelines = dateline_texts(db)
        for sid, text, path in rows:
            doc = Path(path).name
            seen: list[tuple] = []
            real = engine.in_dispute

            def observed(reading, speaker, dispute, t, lex, real=real, seen=seen):
                seen.append((reading, speaker, dispute, lex))
                return real(reading, speaker, dispute, t, lex)

            engine.in_dispute = observed
            try:
                p = propose(db, sid, "enter", scheme, index)
            finally:
                engine.in_dispute = real
            for known in register_proposed(db, p, p.name):
                for written in (known.name, *known.aliases):
                    index.add(written, known.name, known.kind)
            set_annotation(db, sid, "enter", label=p.label, source=p.name,
                           confidence=p.confidence, scheme=scheme, proposal=p.proposer)
            match = gold_for(gold.get(doc, []), text, texts[doc], kept_out[doc],
                             datelines[doc])
            if not match or p.label != "claim":
                continue
            g = match[0]
            row = {"set": name, "doc": doc, "text": text, "gold": g["label"],
                   "gold_side": g.get("side", "") if any(g["source"]) else "",
                   "tool_side": "none", "speaker": p.name, "reason": p.label_reason}
            if seen and seen[-1][2] is not None and p.name:
                reading, speaker, dispute, lex = seen[-1]
                row["tool_side"] = dispute.side(p.name, text, lex, loose=False)[0]
                row["actor"] = dispute.accused_acts(p.name, text, lex)
                row["wide"] = widened(dispute, lex).accused_acts(p.name, text, lex)
                row["bodies"] = widened(dispute, lex, True).accused_acts(p.name, text, lex)
                if speaker:
                    for side in TURN:
                        row[f"rules_{side}"] = disputes.in_dispute(
                            reading, speaker, forced(dispute, side), text, lex).role
            out.append(row)
        db.close()
    return out


def _counts(hit: list[dict], turned: str) -> str:
    c = Counter(r["gold"] for r in hit)
    return (f"fixes {c[turned]:4}  breaks: gold claim {c['claim']:4}, other "
            f"{sum(c.values()) - c[turned] - c['claim']:3}")


def table(rows: list[dict], side_key: str) -> list[str]:
    lines = []
    for side, turned in TURN.items():
        for rule in RULES:
            hit = [r for r in rows if r[side_key] == side and (rule == "any" or r.get(rule))]
            lines.append(f"  {side_key:9} {side:9} {rule:6} -> {turned:10}: "
                         f"{_counts(hit, turned)}")
        if side_key == "gold_side":
            hit = [r for r in rows if r[side_key] == side
                   and r.get(f"rules_{side}") == ROLE[side]]
            lines.append(f"  {side_key:9} {side:9} {'rules':6} -> {turned:10}: "
                         f"{_counts(hit, turned)}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", metavar="NAME")
    parser.add_argument("-v", "--verbose", action="store_true", help="every line")
    parser.add_argument("--dump", type=Path, help="every row as JSON lines, for reading")
    args = parser.parse_args(argv)
    names = args.set or [n for n in SETS if n not in SEALED and not n.startswith("heldout19")
                         and gold_files(n)]
    if any(n in SEALED or n.startswith("heldout19") for n in names):
        print("oracle_sides.py: a sealed set is never read here", file=sys.stderr)
        return 2
    every = []
    for name in names:
        rows = rows_of(name)
        every += rows
        a = sum(r["gold"] == "accusation" for r in rows)
        d = sum(r["gold"] == "denial" for r in rows)
        print(f"{name:9} proposed claim {len(rows):4}: gold accusation {a:3} (A), "
              f"denial {d:3} (B)")
        if args.verbose:
            for r in rows:
                print(f"   {r['gold'][:4]} gold side {r['gold_side'] or '-':9} tool side "
                      f"{r['tool_side']:9} {r['doc']}: {r['speaker']} — {r['text'][:90]!r}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in every))
    a = sum(r["gold"] == "accusation" for r in every)
    d = sum(r["gold"] == "denial" for r in every)
    print(f"all       proposed claim {len(every):4}: class A {a}, class B {d}")
    for key in ("gold_side", "tool_side"):
        print("\n".join(table(every, key)))
    for cls in ("accusation", "denial"):
        those = [r for r in every if r["gold"] == cls]
        print(f"  class {cls}: gold side "
              f"{dict(Counter(r['gold_side'] or '-' for r in those))}, tool side "
              f"{dict(Counter(r['tool_side'] for r in those))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
