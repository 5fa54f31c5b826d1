"""The issue's "done when", as one scripted session of a team: a lead, three reviewers.

The lead ingests the seeds (and a wire reprint of one of them, so a near-duplicate group is
offered), starts a dispute, and assigns every document to two of three reviewers with the
real CLI (`annotator assign make`). Each reviewer labels their queue in their own copy of
the database through the real app driven by Pilot: `enter` accepts a proposal, label keys,
`+` for confidence, the source picker (once with two speakers), and `G` on a sentence whose
wire story is printed twice; they link sentences to the dispute with the CLI. The lead
merges the three files, reads `annotator agreement` (guideline versions, then the reasons),
settles every disagreement of label, speakers, confidence and dispute links (`adjudicate
take/decide/links` and the adjudication screen's `1` and `l`), and exports the gold set and
ClaimReview. Both follow every decision, and nothing is left unsettled.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.ui import settle, type_text

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.ui.app import AnnotatorApp

pytestmark = pytest.mark.ui

REVIEWERS = ("ana", "budi", "cici")
LEAD = "lead"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
REPRINT = "\n".join([  # a seed article's opening, reprinted by another outlet
    "Korut dukung perang Rusia, kata Moskow",
    "JAKARTA - Rusia menghargai dukungan Korea Utara (Korut) terhadap perang Rusia di Ukraina "
    "dan mempertimbangkan fakta ini dalam mempromosikan hubungan yang berkembang secara "
    "komprehensif dengan Pyongyang.",
    "Namun hal itu diungkapkan oleh Wakil Menteri Luar Negeri Rusia Andrey Rudenko dalam "
    "sebuah wawancara dengan kantor berita negara itu TASS.",
    "Kedutaan Korea Utara di Jakarta tidak menanggapi permintaan komentar.",
    ""])
DISPUTE = "North Korea supports Russia's war"


def cli(*args, ok: bool = True) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, (args, result.output)
    return result.stdout


def mark(reviewer: str, sentence_id: str, salt: str = "") -> int:
    """A stable per-reviewer choice for a sentence (how this reviewer reads it)."""
    return int(hashlib.sha256(f"{reviewer}\0{sentence_id}\0{salt}".encode()).hexdigest(), 16)


def unlabeled_assigned(path: Path, reviewer: str) -> int:
    db = open_db(path)
    try:
        return db.execute(
            "SELECT count(*) FROM assignments x WHERE x.reviewer = ? AND NOT EXISTS ("
            "SELECT 1 FROM annotations a WHERE a.sentence_id = x.sentence_id "
            "AND a.reviewer = x.reviewer)", [reviewer]).fetchone()[0]
    finally:
        db.close()


async def label_one(pilot, reviewer: str, screen, seen: dict) -> None:
    """Label the sentence on screen as this reviewer would."""
    sid = screen.sentence.id
    choice = mark(reviewer, sid)
    keys = ("c", "a", "d", "x")
    if reviewer == "budi" and choice % 4 == 0:  # budi reads some sentences his own way
        await pilot.press("plus")
    if reviewer == "cici" and not seen.get("joint") and choice % 3 == 0:
        await pilot.press("s")  # a joint statement: two speakers from the picker
        for name in ("Korea Utara", "Rusia"):
            await type_text(pilot, name)
            await settle(pilot)
            await pilot.press("plus")
            await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        seen["joint"] = sid
    proposal = screen.proposal
    if proposal is not None and proposal.label and choice % 5 != 0:
        await pilot.press("enter")  # accept what the tool proposes
        seen["accepted"] = seen.get("accepted", 0) + 1
    else:
        await pilot.press(keys[choice % 4])
    await settle(pilot)


async def label_queue(pilot, reviewer: str, path: Path, seen: dict) -> None:
    screen = pilot.app.screen
    for _ in range(200):  # a bound, never reached: each turn labels a sentence
        if unlabeled_assigned(path, reviewer) == 0:
            return
        current = screen.sentence
        assert current is not None, f"{reviewer}: the queue ended with work left"
        grouped = bool(screen.place.also_in) and screen.annotation is None
        await label_one(pilot, reviewer, screen, seen)
        if grouped:  # the same wire story elsewhere: back to it, and G gives it the label
            for _ in range(80):
                if screen.sentence.id == current.id:
                    break
                await pilot.press("k")
                await settle(pilot)
            await pilot.press("G")
            await settle(pilot)
            seen["grouped"] = seen.get("grouped", 0) + 1
            await pilot.press("n")
            await settle(pilot)
    raise AssertionError(f"{reviewer} never finished the queue")


def review(path: Path, reviewer: str) -> dict:
    seen: dict = {}
    app = AnnotatorApp(path, reviewer)

    async def run():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await label_queue(pilot, reviewer, path, seen)

    asyncio.run(run())
    return seen


def test_a_team_assigns_labels_merges_settles_and_exports(tmp_path):
    # the lead's database: the seeds, a wire reprint, a dispute, the plan -------------
    lead = tmp_path / "lead.db"
    extra = tmp_path / "reprint.txt"
    extra.write_text(REPRINT, encoding="utf-8")
    cli("ingest", "--db", lead, SEEDS, extra)
    dispute = json.loads(cli("disputes", "new", "--db", lead, "--reviewer", LEAD,
                             "--json", DISPUTE))["id"]
    plan = json.loads(cli("assign", "make", "--db", lead, "--reviewer", LEAD,
                          "--per-document", "2", "--json", *REVIEWERS))
    db = open_db(lead)
    assigned = {r: {sid for (sid,) in db.execute(
        "SELECT sentence_id FROM assignments WHERE reviewer = ?", [r])} for r in REVIEWERS}
    presented = db.execute("SELECT count(*) FROM sentences WHERE excluded IS NULL").fetchone()[0]
    db.close()
    assert plan and all(assigned.values())
    every = set().union(*assigned.values())
    assert len(every) == presented  # every sentence is somebody's
    for sid in every:  # two per document: two reviewers per sentence
        assert sum(sid in mine for mine in assigned.values()) == 2

    # each reviewer labels their queue in their own file --------------------------------
    files = {}
    seen = {}
    for reviewer in REVIEWERS:
        files[reviewer] = tmp_path / f"{reviewer}.db"
        source, copy = sqlite3.connect(lead), sqlite3.connect(files[reviewer])
        source.backup(copy)  # a consistent copy, WAL included (cp of the file alone may not be)
        source.close()
        copy.close()
        seen[reviewer] = review(files[reviewer], reviewer)
        assert unlabeled_assigned(files[reviewer], reviewer) == 0
    assert sum(s.get("accepted", 0) for s in seen.values()) > 30  # proposals were taken
    assert sum(s.get("grouped", 0) for s in seen.values()) >= 1  # G was offered and used
    assert seen["cici"].get("joint")

    # dispute links: a pair who share two sentences link them differently ---------------
    pair = next((a, b) for a in REVIEWERS for b in REVIEWERS
                if a < b and len(assigned[a] & assigned[b]) >= 2)
    db = open_db(lead)  # two of their sentences late in the corpus (the queue starts early)
    shared = [sid for (sid,) in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal DESC, s.position DESC")
        if sid in assigned[pair[0]] & assigned[pair[1]]][:2]
    db.close()
    cli("disputes", "link", "--db", files[pair[0]], "--reviewer", pair[0], dispute, shared[0],
        "--role", "alleges")
    cli("disputes", "link", "--db", files[pair[1]], "--reviewer", pair[1], dispute, shared[0],
        "--role", "context")
    cli("disputes", "link", "--db", files[pair[0]], "--reviewer", pair[0], dispute, shared[1],
        "--role", "alleges")  # linked by one reviewer only

    # the lead merges and reads agreement -----------------------------------------------
    cli("merge", "--db", lead, *files.values())
    figures = json.loads(cli("agreement", "--db", lead, "--json"))
    versions = [v["version"] for v in figures["guideline_versions"] if v["version"]]
    assert len(versions) == 1 and len(versions[0]) == 12
    queue = json.loads(cli("adjudicate", "queue", "--db", lead, "--json"))
    kinds = {k for item in queue for k in item["kinds"]}
    assert {"label", "disputes"} <= kinds and len(queue) >= 5
    assert any(item["sentence_id"] == shared[0] for item in queue)

    # settling: two on the adjudication screen, the rest with the CLI --------------------
    expected: dict[str, dict] = {}

    def expect(sid: str, reviewer_answer: dict | None = None, **fields) -> None:
        expected[sid] = {**(reviewer_answer or {}), **fields}

    def answer(item: dict, n: int) -> dict:
        chosen = item["reviewers"][n - 1]
        spoken = json.loads(chosen["sources"]) if chosen.get("sources") else (
            [chosen["source"]] if chosen["source"] else [])
        return {"label": chosen["label"], "sources": spoken,
                "confidence": chosen["confidence"],
                "links": sorted((d["id"], d["role"]) for d in chosen["disputes"])}

    assert queue[0]["sentence_id"] not in shared
    app = AnnotatorApp(lead, LEAD, start="adjudicate")

    async def on_screen():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            first = pilot.app.screen.item.sentence_id
            assert first == queue[0]["sentence_id"]
            await pilot.press("1")  # take reviewer 1 (the screen moves on)
            await settle(pilot)
            await pilot.press("p")  # back to it
            await settle(pilot)
            assert pilot.app.screen.item.sentence_id == first
            await pilot.press("w")  # tag why they differed: guideline unclear
            await settle(pilot)

    asyncio.run(on_screen())
    expect(queue[0]["sentence_id"], answer(queue[0], 1), reason="guideline")

    for number, item in enumerate(queue[1:], start=1):
        sid = item["sentence_id"]
        if sid == shared[1]:
            continue  # settled on the screen below, by hand
        if sid == shared[0]:  # the role differs: decide the label and set the links
            base = answer(item, 1)
            cli("adjudicate", "decide", "--db", lead, "--reviewer", LEAD, sid,
                "--label", "denial", *sum((["--source", n] for n in base["sources"]), []),
                "--confidence", "high", "--link", f"{dispute[:8]}:denies",
                "--reason", "ambiguous")
            expect(sid, label="denial", sources=base["sources"], confidence="high",
                   links=[(dispute, "denies")], reason="ambiguous")
        elif item["kinds"] == ["disputes"]:  # only the links differ: settle them alone
            cli("adjudicate", "links", "--db", lead, "--reviewer", LEAD, sid, "--none")
            expect(sid, answer(item, 1), links=[], reason=None)
        elif "source" in item["kinds"] and number % 2:
            speakers = ["Korea Utara", "Rusia"]  # both, whoever named one
            cli("adjudicate", "decide", "--db", lead, "--reviewer", LEAD, sid, "--label",
                item["reviewers"][0]["label"], "--source", "korut", "--source", "RUSIA",
                "--confidence", "medium", "--reason", "error")
            expect(sid, label=item["reviewers"][0]["label"], sources=speakers,
                   confidence="medium", links=answer(item, 1)["links"], reason="error")
        else:
            n = 1 + number % 2
            cli("adjudicate", "take", "--db", lead, "--reviewer", LEAD, sid, str(n),
                "--reason", "error")
            expect(sid, answer(item, n), reason="error")

    # the sentence one reviewer alone linked, the last one open: on the screen, `l` sets
    # its link by hand (and, where the label differs too, the label key decides it)
    last = next(item for item in queue if item["sentence_id"] == shared[1])
    first_answer = answer(last, 1)
    app = AnnotatorApp(lead, LEAD, start="adjudicate")

    async def links_on_screen():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            screen = pilot.app.screen
            assert screen.item.sentence_id == shared[1]
            await pilot.press("l")
            await settle(pilot)
            await pilot.press("a", "enter")  # the sentence alleges the claim
            await settle(pilot)
            if screen.gold is None:  # kept for the label key: reviewer 1's label
                keys = {"claim": "c", "accusation": "a", "denial": "d", "context": "x"}
                await pilot.press(keys[first_answer["label"]])
                await settle(pilot)

    asyncio.run(links_on_screen())
    expect(shared[1], first_answer, links=[(dispute, "alleges")], reason=None)

    # nothing is left unsettled -----------------------------------------------------------
    assert json.loads(cli("adjudicate", "queue", "--db", lead, "--json")) == []
    full = [json.loads(line) for line in cli("export", "--db", lead, "-o", "-").splitlines()]
    assert not [r["id"] for r in full if r["status"] == "conflict"]
    assert {r["id"] for r in full} == every  # every sentence labeled (twice over)

    # the gold set follows every decision --------------------------------------------------
    gold_set = {r["id"]: r for r in (json.loads(line) for line in cli(
        "export", "--db", lead, "--gold-only", "-o", "-").splitlines())}
    assert set(gold_set) == every
    for sid, decision in expected.items():
        record = gold_set[sid]
        assert record["status"] == "gold", sid
        assert record["label"] == decision["label"], sid
        assert record["sources"] == decision["sources"], sid
        assert record["confidence"] == decision["confidence"], sid
        assert sorted((d["id"], d["role"]) for d in record["disputes"]) == decision["links"]
        assert record["gold"]["reason"] == decision["reason"], sid
        assert record["gold"]["adjudicator"] == LEAD

    # ClaimReview follows them: the alleging speakers as decided or agreed ---------------
    claim_file = tmp_path / "claims.json"
    cli("export", "--db", lead, "--claimreview", "-o", claim_file)
    reviews = json.loads(claim_file.read_text(encoding="utf-8"))
    alleging = [r for r in gold_set.values()
                if any(d["id"] == dispute and d["role"] == "alleges" for d in r["disputes"])]
    denying = [r for r in gold_set.values()
               if any(d["id"] == dispute and d["role"] == "denies" for d in r["disputes"])]
    assert alleging  # the sentence settled by hand on the screen alleges it
    (claim,) = reviews
    names = [a["name"] for a in claim["itemReviewed"].get("author", [])]
    assert names == list(dict.fromkeys(n for r in alleging for n in r["sources"]))
    assert denying
    for r in denying:
        for name in r["sources"]:
            assert name in claim["reviewRating"]["ratingExplanation"]
    assert claim["author"] == [{"@type": "Person", "name": LEAD}]

    # agreement reports why reviewers disagreed -------------------------------------------
    figures = json.loads(cli("agreement", "--db", lead, "--json"))
    wanted = {"guideline": 0, "ambiguous": 0, "error": 0, "untagged": 0}
    for decision in expected.values():
        wanted[decision["reason"] or "untagged"] += 1
    assert figures["reasons"] == wanted
    text = cli("agreement", "--db", lead)
    assert versions[0] in text and "reviewer error" in text
