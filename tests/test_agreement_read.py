"""The annotations agreement reads, checked value by value against a plain reading of the rows.

SQLite reads them in rowid spans of joined values (annotator.analysis.agreement._read_spans);
a span holding what that cannot carry (an id that is not 16 hex digits, a label outside the
scheme met for the first time, a source holding the separator) is read again row by row.
PostgreSQL reads row by row. Either way every reviewer's label, source and confidence of
every sentence must come out as stored, labels outside the scheme coded in the order they
first appear.
"""

from __future__ import annotations

import json
import random

import pytest

from annotator.analysis import agreement
from annotator.domain.scheme import load_scheme

pytestmark = pytest.mark.both_engines

REVIEWERS = ("ana", "budi", "citra")
STAMP = "2026-01-01T00:00:00.000000Z"


def _ids(rng: random.Random, odd: bool) -> list[str]:
    """Ingested ids (16 lowercase hex digits); with ``odd``, some made another way among
    them: upper case hex (another sentence than its lower case twin), 15 and 17 digits
    (together as long as two ids), non-ASCII and a name, each in spans of its own."""
    plain = [f"{rng.getrandbits(64):016x}" for _ in range(150)]
    if not odd:
        return plain
    return [*plain[:50], plain[3].upper(), *plain[50:100], plain[5][:15], plain[6] + "a",
            *plain[100:130], "é" + plain[7][1:], "plain-id", *plain[130:]]


def _rows(rng: random.Random, ids: list[str]) -> list[dict]:
    scheme = load_scheme()
    sources = ["Sumber A", "it's B", "Sumber é", "", None]
    joint = [["Zeta", "Alpha"], ["Alpha", "Zeta"], ["Alpha", "Beta", "Zeta"]]
    confidence = [*scheme.confidence_scale, None, "extreme"]
    rows = []
    for i, sid in enumerate(ids):
        for reviewer in REVIEWERS:
            if rng.random() < 0.15:
                continue  # not every reviewer annotates every sentence
            label = rng.choice(scheme.names)
            if i >= 40 and rng.random() < 0.2:  # outside the scheme, from sentence 40 on
                label = "rumour" if i < 100 else rng.choice(["rumour", "satire"])
            source = "A\x1fB" if i in (20, 21) else rng.choice(sources)  # the separator
            speakers = rng.choice(joint) if rng.random() < 0.1 else None
            rows.append({
                "sentence_id": sid, "reviewer": reviewer, "label": label,
                "source": speakers[0] if speakers else source,
                "sources": json.dumps(speakers) if speakers else None,
                "confidence": rng.choice(confidence),
                "accepted_proposal": "cues" if rng.random() < 0.2 else None,
                "guideline_version": rng.choice(["g1", "g2", None]),
                "created_at": STAMP, "updated_at": STAMP,
            })
    return rows


@pytest.fixture(params=["hex ids", "odd ids"])
def stored(db, request):
    rng = random.Random(23)
    ids = _ids(rng, odd=request.param == "odd ids")
    db["documents"].insert({"id": "doc1", "ordinal": 0, "title": "one"})
    db["sentences"].insert_all(
        {"id": sid, "doc_id": "doc1", "unit_index": i, "position": i, "text": f"Kalimat {i}."}
        for i, sid in enumerate(ids))
    rows = _rows(rng, ids)
    db["annotations"].insert_all(rows)
    return db, rows


def _expected(rows: list[dict], keep) -> tuple[dict, list[str]]:
    """(sentence, reviewer) -> (label, source, confidence) as a reader must give them, and
    the label values: the scheme's, then others as they first appear."""
    scheme = load_scheme()
    labels = list(scheme.names)
    out = {}
    for row in filter(keep, rows):
        if row["label"] not in labels:
            labels.append(row["label"])
        if row["sources"]:
            source = " + ".join(sorted(json.loads(row["sources"])))
        else:
            source = row["source"] if row["source"] is not None else agreement.NO_SOURCE
        confidence = (row["confidence"] if row["confidence"] in scheme.confidence_scale
                      else None)
        out[row["sentence_id"], row["reviewer"]] = (row["label"], source, confidence)
    return out, labels


def _read(ratings: agreement.Ratings) -> dict:
    out = {}
    fields = ("label", "source", "confidence")
    for r, reviewer in enumerate(ratings.reviewers):
        for unit, sid in enumerate(ratings.sentence_ids):
            codes = [int(ratings.codes[f][r, unit]) for f in fields]
            if codes[0] < 0:
                continue
            out[sid, reviewer] = tuple(
                ratings.values[f][c] if c >= 0 else None for f, c in zip(fields, codes,
                                                                         strict=True))
    return out


@pytest.mark.parametrize("chunk", [7, 60, 100_000])
@pytest.mark.parametrize("selection", ["all", "reviewers", "without_proposals", "guideline"])
def test_every_annotation_read_as_stored(stored, monkeypatch, chunk, selection):
    db, rows = stored
    monkeypatch.setattr(agreement, "CHUNK", chunk)
    keep, given = {
        "all": (lambda row: True, {}),
        "reviewers": (lambda row: row["reviewer"] in ("citra", "ana"),
                      {"reviewers": ["citra", "ana"]}),
        "without_proposals": (lambda row: row["accepted_proposal"] is None,
                              {"without_proposals": True}),
        "guideline": (lambda row: row["guideline_version"] == "g2", {"guideline": "g2"}),
    }[selection]
    expected, labels = _expected(rows, keep)
    ratings = agreement.load_ratings(db, keep_ids=True, **given)
    assert ratings.reviewers == (["ana", "citra"] if selection == "reviewers"
                                 else list(REVIEWERS))
    assert ratings.values["label"] == labels
    assert sorted(ratings.sentence_ids) == sorted({sid for sid, _ in expected})
    assert _read(ratings) == expected


def test_spans_and_one_read_give_the_same_report(stored, monkeypatch):
    db, _ = stored
    whole = agreement.report(db)
    monkeypatch.setattr(agreement, "CHUNK", 5)
    assert agreement.report(db) == whole
    assert whole["per_label"][-2:] == [
        {**whole["per_label"][-2], "label": "rumour"},
        {**whole["per_label"][-1], "label": "satire"}]


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # PostgreSQL groups in SQL
def test_guideline_versions_as_grouping_gives_them(db, monkeypatch):
    """Counted in one pass after DISTINCT, or (many versions) grouped: the versions, their
    counts, first and last saves, ordered by the first save (a tie keeps the versions'
    order), a version whose saves carry no time first, as SQLite's GROUP BY gives them."""
    db["documents"].insert({"id": "doc1", "ordinal": 0, "title": "one"})
    db["sentences"].insert_all(
        {"id": f"s{i}", "doc_id": "doc1", "unit_index": i, "position": i, "text": "K."}
        for i in range(40))
    times = ["2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z", None]
    rows = [{"sentence_id": f"s{i}", "reviewer": reviewer, "label": "claim",
             "guideline_version": [None, "v2", "v1", "v3", "v10"][(i + r) % 5],
             "created_at": STAMP, "updated_at": times[(i * 3 + r) % 4]}
            for i in range(40) for r, reviewer in enumerate(REVIEWERS)]
    rows.append({"sentence_id": "s0", "reviewer": "dewi", "label": "claim",
                 "guideline_version": "untimed", "created_at": STAMP, "updated_at": None})
    db["annotations"].insert_all(rows)
    found = agreement.guideline_versions(db)
    assert [v["version"] for v in found] == ["untimed", None, "v1", "v10", "v2", "v3"]
    for version in found:
        mine = [r for r in rows if r["guideline_version"] == version["version"]]
        stamps = sorted(r["updated_at"] for r in mine if r["updated_at"])
        assert version["annotations"] == len(mine)
        assert (version["first"], version["last"]) == ((stamps[0], stamps[-1]) if stamps
                                                       else (None, None))
    grouped = db.execute(
        "SELECT guideline_version, count(*), min(updated_at), max(updated_at) "
        "FROM annotations GROUP BY guideline_version ORDER BY min(updated_at)").fetchall()
    assert [tuple(v.values()) for v in found] == grouped
    # counted alongside the ratings, in one span or many, or apart when the read is a selection
    assert agreement.report(db)["guideline_versions"] == found
    monkeypatch.setattr(agreement, "CHUNK", 4)
    assert agreement.load_ratings(db, count_versions=True).versions == found
    assert agreement.report(db, reviewers=["ana"])["guideline_versions"] == found
    monkeypatch.setattr(agreement, "FEW_VERSIONS", 2)
    assert agreement.guideline_versions(db) == found
    assert agreement.report(db)["guideline_versions"] == found
