"""Oracle count for a side-based label rule (issue 11, twenty-sixth round): every gold line of
the tuned-on sets, with the label proposed (rules and the shipped label model, as
bench_proposals.py plays `enter`), the gold ``side`` where the line has one, the side the
tool's dispute reading gives the proposed speaker (bench_sides.py's observed dispute) and
whether the sentence reports the accused party as the actor of an act
(``Dispute.accused_acts``). Dumps one JSON line per gold line; ``--table`` prints how many
gold accusations and denials proposed as claims a rule "accusing side -> accusation,
accused side -> denial" would fix and how many right claims it would break, by the gold side
and by the tool's side, with and without the actor test. Sealed sets are refused.

    python benchmarks/oracle_sides.py --dump /tmp/lines.jsonl
    python benchmarks/oracle_sides.py --table /tmp/lines.jsonl
"""

from __future__ import annotations

import argparse
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
    gold_files,
    load_gold,
)
from bench_sides import enter_walk  # noqa: E402

from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.scheme import load_scheme  # noqa: E402


def dump_set(name: str, out) -> None:
    if name in SEALED:
        raise ValueError(f"{name} is sealed")
    scheme = load_scheme()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "oracle.db")
        try:
            ingest_paths(db, [SETS[name]])
            walk = enter_walk(db, SETS[name], load_gold(name), scheme)
            for doc, text, language, p, read, g in walk:
                if g is None:
                    continue
                row = {"set": name, "lang": language, "doc": doc, "text": text,
                       "gold": g["label"], "gold_side": g.get("side", ""),
                       "gold_source": g["source"], "proposed": p.label,
                       "reason": p.label_reason, "name": p.name}
                if read is not None:
                    dispute, _, lex = read
                    side = dispute.side(p.name, text, lex) if p.name else ("none", "")
                    strict = dispute.side(p.name, text, lex, loose=False) if p.name \
                        else ("none", "")
                    row.update(tool_side=side[0], tool_why=side[1], strict_side=strict[0],
                               allegation=bool(dispute.accused),
                               acts=dispute.accused_acts(p.name, text, lex),
                               refs=sorted(dispute.accused_refs),
                               parties=sorted({**dispute.parties, **dispute.deniers}))
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        finally:
            db.close()


def table(path: str) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    claims = [r for r in rows if r["proposed"] == "claim" and r["name"]]
    print(f"{len(rows)} gold lines; {len(claims)} proposed claim with a speaker")
    rules = {
        "gold side": lambda r: r["gold_side"],
        "tool side (loose)": lambda r: r.get("tool_side", "none"),
        "tool side (strict)": lambda r: r.get("strict_side", "none"),
    }
    for title, side_of in rules.items():
        for actor in (False, True):
            fixed, broke, other = Counter(), Counter(), Counter()
            for r in claims:
                side = side_of(r)
                to = "accusation" if side == "accusing" else "denial" if side == "accused" \
                    else None
                if to == "accusation" and actor and not r.get("acts"):
                    to = None
                if to is None:
                    continue
                if r["gold"] == to:
                    fixed[(to, r["lang"])] += 1
                elif r["gold"] == "claim":
                    broke[(to, r["lang"])] += 1
                else:
                    other[(to, r["lang"])] += 1
            label = title + (" + accused party acts (accusations)" if actor else "")
            print(f"\n{label}")
            print(f"  {'to':11} {'lang':4} {'fixed':>6} {'broke claims':>13} "
                  f"{'wrong anyway':>13} {'net':>5}")
            for to in ("accusation", "denial"):
                for lang in ("en", "id"):
                    f, b, o = fixed[(to, lang)], broke[(to, lang)], other[(to, lang)]
                    print(f"  {to:11} {lang:4} {f:6} {b:13} {o:13} {f - b:5}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump")
    ap.add_argument("--table")
    ap.add_argument("--set", action="append")
    args = ap.parse_args()
    if any(name in SEALED for name in args.set or []):
        raise SystemExit("oracle_sides.py: a sealed set is never read here")  # exit 1
    if not (args.dump or args.table):
        ap.error("give --dump FILE (read the sets) and/or --table FILE (count a dump)")
    if args.dump:
        names = args.set or [n for n in SETS if n not in SEALED and gold_files(n)]
        with open(args.dump, "w", encoding="utf-8") as out:
            for name in names:
                dump_set(name, out)
    if args.table:
        table(args.table)


if __name__ == "__main__":
    main()
