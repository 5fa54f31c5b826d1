"""The agreement report summed in bounded partitions (analysis/agreement_sums.py) against
the figures computed the old way, from the whole reviewers x sentences matrices in memory
(load_ratings, alpha, cohen_kappa, specific_agreement: the oracle): the same report, on
generated annotations and on a labeled database, in one partition or many."""

from __future__ import annotations

import itertools
import random
import tempfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_agreement_read import REVIEWERS, STAMP, _ids, _rows
from test_export_lines import worked

from annotator.analysis import agreement, agreement_sums
from annotator.domain.scheme import load_scheme


def oracle(db, pair=None, **given) -> dict:
    """The report's figures as the old report computed them, from the whole matrices."""
    ratings = agreement.load_ratings(db, **given)
    names, values = ratings.reviewers, ratings.values
    out = {"reviewers": names, "sentences": ratings.items, "alpha": {}, "pairs": [],
           "per_label": [], "confusion": None}
    for name in agreement.FIELDS:
        level = agreement.LEVELS[name]
        figure = agreement.alpha(ratings.codes[name], len(values[name]), level)
        out["alpha"][name] = {"level": level, **figure.as_dict()}
    tables = {}
    for i, j in itertools.combinations(range(len(names)), 2):
        entry = {"reviewers": [names[i], names[j]]}
        for name in agreement.FIELDS:
            codes = ratings.codes[name]
            kappa, observed, table = agreement.cohen_kappa(
                codes[i], codes[j], len(values[name]), (names[i], names[j]), values[name])
            entry[name] = {"kappa": kappa.as_dict(), "observed": observed.as_dict()}
            if name == "label":
                tables[i, j] = table
                entry["items"] = kappa.items
        out["pairs"].append(entry)
    labels = values["label"]
    figures = agreement.specific_agreement(ratings.codes["label"], len(labels))
    out["per_label"] = [{"label": v, **f.as_dict()} for v, f in zip(labels, figures,
                                                                     strict=True)]
    if tables:
        if pair:
            i, j = names.index(pair[0]), names.index(pair[1])
            table = tables[i, j] if (i, j) in tables else tables[j, i].T
        else:
            (i, j), table = max(tables.items(), key=lambda kv: kv[1].sum())
        out["confusion"] = {"reviewers": [names[i], names[j]], "labels": labels,
                            "counts": table.astype(int).tolist(), "items": int(table.sum())}
    return out


def figures(report: dict) -> dict:
    return {key: report[key] for key in ("reviewers", "sentences", "alpha", "pairs",
                                         "per_label", "confusion")}


@pytest.fixture
def stored(db, request):
    """Three reviewers' annotations on 150 sentences as test_agreement_read makes them
    (labels outside the scheme, joint speakers, missing values)."""
    rng = random.Random(41)
    ids = _ids(rng, odd=getattr(request, "param", "hex") == "odd")
    db["documents"].insert({"id": "doc1", "ordinal": 0, "title": "one"})
    db["documents"].insert({"id": "doc2", "ordinal": 1, "title": "two"})
    db["sentences"].insert_all(
        {"id": sid, "doc_id": "doc1" if i % 3 else "doc2", "unit_index": i, "position": i,
         "text": f"Kalimat {i}."} for i, sid in enumerate(ids))
    db["annotations"].insert_all(_rows(rng, ids))
    return db


SELECTIONS = {"all": {}, "reviewers": {"reviewers": ["citra", "ana"]},
              "without proposals": {"without_proposals": True}, "guideline": {"guideline": "g2"},
              "documents": {"documents": ["doc2"]}}


@pytest.mark.both_engines
@pytest.mark.parametrize("budget", [None, 40])
@pytest.mark.parametrize("selection", SELECTIONS)
def test_the_summed_report_is_the_old_one(stored, monkeypatch, budget, selection):
    monkeypatch.setattr(agreement_sums, "BUDGET", budget or agreement_sums.BUDGET)
    monkeypatch.setattr(agreement, "CHUNK", 50)
    given = SELECTIONS[selection]
    assert figures(agreement.report(stored, **given)) == oracle(stored, **given)


@pytest.mark.parametrize("stored", ["odd"], indirect=True)
def test_ids_not_made_by_ingestion_are_read_whole_with_the_same_figures(stored, monkeypatch):
    monkeypatch.setattr(agreement_sums, "BUDGET", 40)
    monkeypatch.setattr(agreement, "CHUNK", 50)
    assert figures(agreement.report(stored)) == oracle(stored)


def test_partitions_hold_whole_sentences_in_bounded_shares_and_leave_nothing(
        stored, monkeypatch, tmp_path):
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    partitions = agreement_sums.Partitions(expected=400, budget=40)
    assert partitions.count == 16
    ids = [sid for (sid,) in stored.execute("SELECT sentence_id FROM annotations")]
    keys = agreement._hex_keys(ids)
    n = len(keys)
    for part in range(0, n, 100):  # chunk by chunk, as read
        chunk = slice(part, part + 100)
        partitions.add(keys[chunk], *(np.arange(n, dtype=np.int32)[chunk] for _ in range(4)))
    assert list(spill.iterdir())  # spilled while reading
    seen, sizes = set(), []
    for part in partitions:
        sentences = set(part["key"].tolist())
        assert not sentences & seen  # a sentence's annotations all in one partition
        seen |= sentences
        sizes.append(len(part))
    partitions.close()
    assert sum(sizes) == n and max(sizes) < 3 * n / 16
    assert list(spill.iterdir()) == []


def test_a_labeled_database_in_many_partitions(seeded_db, clock, monkeypatch, engine):
    if engine != "sqlite":
        pytest.skip("one engine is enough here")
    worked(seeded_db, clock)  # the team's two reviewers, a third, joint speakers
    whole = agreement.report(seeded_db, pair=["citra", "ana"])
    monkeypatch.setattr(agreement_sums, "BUDGET", 4)
    monkeypatch.setattr(agreement, "CHUNK", 3)
    parts = agreement.report(seeded_db, pair=["citra", "ana"])
    assert parts == whole
    assert figures(parts) == oracle(seeded_db, pair=["citra", "ana"])
    assert parts["sentences"] == 19 and len(parts["reviewers"]) == 3


SCHEME = load_scheme()
annotation = st.tuples(
    st.sampled_from([*SCHEME.names, "rumour"]),
    st.sampled_from(["A", "B", "C", None]),
    st.sampled_from([*SCHEME.confidence_scale, None, "extreme"]),
)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_annotations_give_the_old_figures(db, monkeypatch, data):
    if not db["sentences"].count:
        db["documents"].insert({"id": "doc1", "ordinal": 0, "title": "one"})
        db["sentences"].insert_all(
            {"id": f"{i * 0x9E3779B97F4A7C15 % 2**64:016x}", "doc_id": "doc1",
             "unit_index": i, "position": i, "text": f"K {i}."} for i in range(30))
    ids = [sid for (sid,) in db.execute("SELECT id FROM sentences")]
    reviewers = data.draw(st.lists(st.sampled_from([*REVIEWERS, "dewi"]), min_size=1,
                                   max_size=4, unique=True))
    picks = data.draw(st.dictionaries(st.tuples(st.sampled_from(ids),
                                                st.sampled_from(reviewers)),
                                      annotation, max_size=90))
    db.execute("DELETE FROM annotations")
    db["annotations"].insert_all(
        {"sentence_id": sid, "reviewer": reviewer, "label": label, "source": source,
         "confidence": confidence, "created_at": STAMP, "updated_at": STAMP}
        for (sid, reviewer), (label, source, confidence) in picks.items())
    monkeypatch.setattr(agreement_sums, "BUDGET", data.draw(st.sampled_from([1, 7, 1000])))
    monkeypatch.setattr(agreement, "CHUNK", data.draw(st.sampled_from([5, 100_000])))
    assert figures(agreement.report(db)) == oracle(db)


def test_the_dashboard_sums_the_labels_the_same_way(seeded_db, clock, monkeypatch, engine):
    from annotator.analysis.dashboard import agreement as dashboard_agreement

    if engine != "sqlite":
        pytest.skip("one engine is enough here")
    worked(seeded_db, clock)
    monkeypatch.setattr(agreement_sums, "BUDGET", 4)
    shown = dashboard_agreement(seeded_db, SCHEME)
    ratings = agreement.load_ratings(seeded_db, scheme=SCHEME)
    codes, labels = ratings.codes["label"], ratings.values["label"]
    assert shown["sentences"] == ratings.items and shown["labels"] == labels
    assert shown["alpha"] == agreement.alpha(codes, len(labels), "nominal").as_dict()
    assert shown["per_label"] == [
        {"label": v, **f.as_dict()}
        for v, f in zip(labels, agreement.specific_agreement(codes, len(labels)), strict=True)]
    for pair, (i, j) in zip(shown["pairs"], itertools.combinations(range(3), 2), strict=True):
        kappa, observed, table = agreement.cohen_kappa(codes[i], codes[j], len(labels))
        assert pair["kappa"] == kappa.as_dict() and pair["observed"] == observed.as_dict()
        assert pair["counts"] == table.tolist() and pair["items"] == kappa.items


def test_without_a_temporary_folder_the_partitions_stay_in_memory(stored, monkeypatch,
                                                                   tmp_path):
    monkeypatch.setattr(agreement_sums, "BUDGET", 40)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    assert agreement_sums.Partitions(expected=400).count == 1
    assert figures(agreement.report(stored)) == oracle(stored)
