"""benchmarks/bench_sides.py places the speaker of each gold accusation and denial where the
tool's dispute reading puts it, on a made-up article whose sides a reader can check by hand;
and it refuses the sealed sets before reading anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.benches import load_bench

from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench_sides.py"


ARTICLE = "\n\n".join([
    "Residents accuse chemical firm over river waste",
    "The Greenfield Residents Association on Monday accused Apex Chemicals of dumping waste "
    "into the Lune river.",
    "Apex Chemicals denied the accusation.",
    "The Greenfield Residents Association said the firm had dumped waste at night for two "
    "years.",
    "Apex Chemicals said the waste came from farms upstream.",
    "The Environment Agency denied that it had ignored the residents' complaints.",
    "Maria Lopez, who chairs the Greenfield Residents Association, said dead fish were found "
    "below the plant's pipe last week.",
]) + "\n"

GOLD = {"en_apex.txt": [
    {"has": "Residents accuse chemical firm", "label": "context", "source": [None]},
    {"has": "accused Apex Chemicals of dumping", "label": "accusation",
     "source": ["Greenfield Residents Association"]},
    {"has": "Apex Chemicals denied the accusation", "label": "denial",
     "source": ["Apex Chemicals"]},
    {"has": "dumped waste at night", "label": "accusation",
     "source": ["Greenfield Residents Association"]},
    {"has": "came from farms upstream", "label": "denial", "source": ["Apex Chemicals"]},
    {"has": "Environment Agency denied", "label": "denial", "source": ["Environment Agency"]},
    {"has": "dead fish were found", "label": "accusation", "source": ["Maria Lopez"]},
]}


@pytest.fixture(scope="module")
def placed(tmp_path_factory):
    bench = load_bench("bench_sides")
    folder = tmp_path_factory.mktemp("article")
    (folder / "en_apex.txt").write_text(ARTICLE, encoding="utf-8")
    db = open_db(tmp_path_factory.mktemp("db") / "sides.db")
    ingest_paths(db, [folder])
    try:
        yield bench, bench.measure(db, folder, GOLD)
    finally:
        db.close()


def test_each_speaker_is_placed_on_the_side_a_reader_sees(placed):
    bench, rows = placed
    got = [(row.speaker, row.side) for row in rows]
    assert got == [
        # the first accusation: its speaker accuses by the sentence's own act (issue 11,
        # eleventh round: own_act.py)
        ("Greenfield Residents Association", "accusing"),
        ("Apex Chemicals", "accused"),  # the party the accusation named
        ("Greenfield Residents Association", "accusing"),  # accused before
        ("Apex Chemicals", "accused"),  # denied before
        # it denies a wrong of its own ("that it had ignored"): the subject of a denying
        # verb is on the accused side of what it denies
        ("Environment Agency", "accused"),
        ("Maria Lopez", "accusing"),  # chairs the accuser
    ]
    assert [(r.allegation_known, r.party_known) for r in rows] == [(False, False)] + [
        (True, True)] * 5


def test_the_counts_per_gold_label_and_proposed_label(placed):
    bench, rows = placed
    counts = bench.counts(rows)
    accusation, denial = counts[bench.ACCUSATION], counts[bench.DENIAL]
    assert (accusation["n"], accusation["accusing"], accusation["accused"],
            accusation["none"], accusation["on implied side"]) == (3, 3, 0, 0, 3)
    assert (denial["n"], denial["accusing"], denial["accused"], denial["none"],
            denial["on implied side"]) == (3, 0, 3, 0, 3)
    assert (accusation["known n"], accusation["known on side"]) == (2, 2)
    # the accuser's officer giving evidence is read as a claim by the label rules today
    assert (accusation["called claim n"], accusation["called claim on side"]) == (1, 1)
    assert sum(accusation[f"{k} n"] for k in bench.PROPOSED) == 3


@pytest.mark.parametrize("sealed", ["heldout13", "heldout14", "heldout24", "heldout26"])
def test_a_sealed_set_is_refused_by_name(sealed):
    run = subprocess.run([sys.executable, str(BENCH), "--set", "dev", "--set", sealed],
                         capture_output=True, text=True, check=False, cwd=ROOT)
    assert run.returncode == 2
    assert run.stdout == ""  # refused before any set is read, dev included
    assert run.stderr.strip().count("\n") == 0
    assert f"{sealed} is a sealed set" in run.stderr
