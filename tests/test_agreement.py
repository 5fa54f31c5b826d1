"""Agreement figures, checked against published worked examples and through the database."""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.analysis import agreement
from annotator.analysis.agreement import (
    MIN_ITEMS,
    alpha,
    alpha_from_coincidences,
    cohen_kappa,
    coincidences,
    specific_agreement,
)
from annotator.cli import main
from annotator.domain import annotations as labels
from annotator.domain.scheme import Label, Scheme

NA = -1

# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C: four
# observers A-D, twelve units, values 1-5, "." missing. Published: nominal alpha = 0.743,
# ordinal alpha = 0.815 (the krippendorff package's README/docstring reproduces both).
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
    [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
]


def codes_of(rows, offset=1):
    """Values 1..V to codes 0..V-1, missing stays -1."""
    arr = np.array(rows, dtype=np.int32)
    return np.where(arr >= 0, arr - offset, -1).astype(np.int32)


def test_krippendorff_2011_example_nominal_and_ordinal():
    codes = codes_of(KRIPPENDORFF_2011)
    nominal = alpha(codes, 5, "nominal")
    assert round(nominal.value, 3) == 0.743
    assert nominal.items == 11  # unit 12 has one value only: not pairable
    assert round(alpha(codes, 5, "ordinal").value, 3) == 0.815
    # the numpy coincidence path (used at scale) gives the same figures
    o = coincidences(codes, 5)
    assert round(alpha_from_coincidences(o, "nominal"), 3) == 0.743
    assert round(alpha_from_coincidences(o, "ordinal"), 3) == 0.815
    # Krippendorff (2011) prints the coincidence matrix: n = 40 pairable values, and
    # n_c = 9, 13, 10, 5, 3 for values 1..5
    assert o.sum() == pytest.approx(40)
    assert o.sum(axis=0) == pytest.approx([9, 13, 10, 5, 3])


# The krippendorff package's own docstring example (three coders, fifteen units):
# nominal alpha 0.691358.
PACKAGE_EXAMPLE = [
    [NA, NA, NA, NA, NA, 3, 4, 1, 2, 1, 1, 3, 3, NA, 3],
    [1, NA, 2, 1, 3, 3, 4, 3, NA, NA, NA, NA, NA, NA, NA],
    [NA, NA, 2, 1, 3, 4, 4, NA, 2, 1, 1, 3, 3, NA, 4],
]


def test_krippendorff_package_example():
    codes = codes_of(PACKAGE_EXAMPLE)
    assert round(alpha(codes, 4, "nominal").value, 6) == 0.691358
    assert round(alpha_from_coincidences(coincidences(codes, 4), "nominal"), 6) == 0.691358


def table_to_codes(table):
    """A two-coder contingency table back to two rows of codes."""
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [i] * int(count)
            b += [j] * int(count)
    return np.array(a, dtype=np.int32), np.array(b, dtype=np.int32)


def test_cohens_kappa_sas_example_from_statsmodels():
    # statsmodels/stats/tests/test_inter_rater.py, UnweightedCohens: table10 compared
    # with a SAS printout, "Simple Kappa Coefficient  Kappa 0.4842".
    table10 = [[0, 4, 1], [0, 8, 0], [0, 1, 5]]
    a, b = table_to_codes(table10)
    kappa, observed, table = cohen_kappa(a, b, 3)
    assert round(kappa.value, 4) == 0.4842
    assert kappa.items == 19
    assert observed.value == pytest.approx(13 / 19)
    assert table.tolist() == table10


def test_cohens_kappa_irr_anxiety_example_from_statsmodels():
    # statsmodels/stats/tests/test_inter_rater.py, test_cohens_kappa_irr: R irr's
    # kappa2(anxiety[,2:3]) unweighted, value = -0.006289308.
    anxiety = np.array([
        3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3, 3, 6, 4,
        6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4, 2, 1, 4, 4, 3, 2,
        1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2,
    ]).reshape(20, 3, order="F")
    rater2 = (anxiety[:, 1] - 1).astype(np.int32)
    rater3 = (anxiety[:, 2] - 1).astype(np.int32)
    kappa, _, _ = cohen_kappa(rater2, rater3, 6)
    assert kappa.value == pytest.approx(-0.006289308, abs=1e-8)


def test_artstein_poesio_example_from_nltk():
    # nltk/metrics/artstein_poesio_example.txt (the example of Artstein & Poesio 2008,
    # "Inter-coder agreement for computational linguistics"), used by nltk's agreement
    # doctest: observed agreement avg_Ao() = 0.88; Artstein & Poesio report kappa = 0.8013.
    a = ["stat"] * 46 + ["ireq"] * 44 + ["chck"] * 10
    b = ["stat"] * 52 + ["ireq"] * 32 + ["chck"] * 16
    order = {"stat": 0, "ireq": 1, "chck": 2}
    codes_a = np.array([order[x] for x in a], dtype=np.int32)
    codes_b = np.array([order[x] for x in b], dtype=np.int32)
    kappa, observed, _ = cohen_kappa(codes_a, codes_b, 3)
    assert observed.value == pytest.approx(0.88)
    assert round(kappa.value, 4) == 0.8013
    # specific agreement for two coders is 2a / (2a + b + c): "stat" 2*46 / (46 + 52)
    figures = specific_agreement(np.vstack([codes_a, codes_b]), 3)
    assert figures[0].value == pytest.approx(92 / 98)
    assert figures[2].value == pytest.approx(20 / 26)


def test_kappa_undefined_and_empty_cases_say_why():
    same = np.zeros(40, dtype=np.int32)
    kappa, observed, _ = cohen_kappa(same, same, 4)
    assert kappa.value is None and "undefined" in kappa.note and observed.value == 1.0
    none, _, _ = cohen_kappa(np.full(5, -1, np.int32), np.zeros(5, np.int32), 4)
    assert none.items == 0 and none.value is None


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 4).flatmap(
        lambda coders: st.lists(
            st.lists(st.integers(-1, 3), min_size=coders, max_size=coders),
            min_size=2, max_size=40,
        )
    ),
    st.sampled_from(["nominal", "ordinal"]),
)
def test_numpy_path_equals_the_krippendorff_package(units, level):
    codes = np.array(units, dtype=np.int32).T
    data = np.where(codes >= 0, codes.astype(float), np.nan)
    m = (codes >= 0).sum(axis=0)
    values = np.unique(codes[:, m >= 2])
    values = values[values >= 0]
    if (m >= 2).sum() == 0 or len(values) < 2:
        assert alpha(codes, 4, level).value is None
        return
    expected = krippendorff.alpha(reliability_data=data, value_domain=[0, 1, 2, 3],
                                  level_of_measurement=level)
    assert alpha(codes, 4, level).value == pytest.approx(expected, abs=1e-9)
    assert alpha_from_coincidences(coincidences(codes, 4), level) == pytest.approx(
        expected, abs=1e-9)


FIVE = Scheme(
    labels=tuple(Label(f"v{i}", str(i), str(i)) for i in range(1, 6)),
    confidence_scale=("c1", "c2", "c3", "c4", "c5"),
    default_confidence="c3",
)


def _insert_corpus(db, n):
    """Documents and sentences inserted directly (the core needs no ingestion)."""
    db["documents"].insert({"id": "doc1", "ordinal": 0, "title": "one"})
    db["documents"].insert({"id": "doc2", "ordinal": 1, "title": "two"})
    ids = []
    for i in range(n):
        sid = f"s{i:03d}"
        db["sentences"].insert({"id": sid, "doc_id": "doc1" if i < 6 else "doc2",
                                "unit_index": i, "position": i, "text": f"Kalimat {i}."})
        ids.append(sid)
    return ids


def test_report_from_the_database_reproduces_krippendorff_2011(db):
    ids = _insert_corpus(db, 12)
    observers = ["A", "B", "C", "D"]
    for observer, row in zip(observers, KRIPPENDORFF_2011, strict=True):
        for sid, value in zip(ids, row, strict=True):
            if value != NA:
                labels.set_annotation(db, sid, observer, label=f"v{value}",
                                      confidence=f"c{value}", scheme=FIVE)
    figures = agreement.report(db, scheme=FIVE)
    assert figures["reviewers"] == observers
    assert figures["sentences"] == 12
    assert round(figures["alpha"]["label"]["value"], 3) == 0.743
    assert round(figures["alpha"]["confidence"]["value"], 3) == 0.815
    assert figures["alpha"]["label"]["items"] == 11
    assert figures["alpha"]["label"]["too_few"] is True  # 11 < MIN_ITEMS
    assert figures["alpha"]["source"]["value"] is None  # nobody named a source
    pairs = {tuple(p["reviewers"]): p for p in figures["pairs"]}
    assert set(pairs) == {("A", "B"), ("A", "C"), ("A", "D"), ("B", "C"), ("B", "D"),
                          ("C", "D")}
    assert pairs[("A", "B")]["items"] == 9
    # A and B agree on 8 of their 9 shared units (unit 6: 1 vs 2)
    assert pairs[("A", "B")]["label"]["observed"]["value"] == pytest.approx(8 / 9)

    # filters: one document, some reviewers
    only_b = agreement.report(db, scheme=FIVE, documents=["doc2"], reviewers=["A", "B"])
    assert only_b["sentences"] == 5 and only_b["reviewers"] == ["A", "B"]
    assert [p["reviewers"] for p in only_b["pairs"]] == [["A", "B"]]
    assert only_b["pairs"][0]["items"] == 3  # units 7-9 have both A and B
    chosen = agreement.report(db, scheme=FIVE, pair=["D", "A"])
    assert chosen["confusion"]["reviewers"] == ["D", "A"]
    assert chosen["confusion"]["items"] == 9


def test_too_few_threshold_is_stated():
    assert MIN_ITEMS == 30
    assert agreement.Figure(0.9, 29).too_few and not agreement.Figure(0.9, 30).too_few


def _label_everything(db, ids, reviewer, pick):
    for i, sid in enumerate(ids):
        labels.set_annotation(db, sid, reviewer, label=pick(i))


def test_cli_agreement_json_and_tables(db, db_path):
    ids = _insert_corpus(db, 40)
    names = ["claim", "accusation", "denial", "context"]
    _label_everything(db, ids, "ana", lambda i: names[i % 4])
    _label_everything(db, ids, "budi", lambda i: names[i % 4] if i % 5 else names[(i + 1) % 4])
    db.close()
    runner = CliRunner()
    result = runner.invoke(main, ["agreement", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["pairs"][0]["items"] == 40
    assert figures["pairs"][0]["label"]["observed"]["value"] == pytest.approx(32 / 40)
    assert figures["alpha"]["label"]["too_few"] is False
    table = runner.invoke(main, ["agreement", "--db", str(db_path)])
    assert table.exit_code == 0
    assert "Krippendorff's alpha" in table.output and "ana / budi" in table.output
    assert "Labels: ana (rows) x budi (columns)" in table.output
    one_doc = runner.invoke(main, ["agreement", "--db", str(db_path), "--json",
                                   "--document", "doc1"])
    assert json.loads(one_doc.output)["sentences"] == 6
    assert "too few items" in runner.invoke(
        main, ["agreement", "--db", str(db_path), "--document", "doc1"]).output
    bad = runner.invoke(main, ["agreement", "--db", str(db_path), "--reviewer", "zed"])
    assert bad.exit_code != 0 and "zed" in bad.output and "Traceback" not in bad.output
    bad_doc = runner.invoke(main, ["agreement", "--db", str(db_path), "--document", "nope"])
    assert bad_doc.exit_code != 0 and "no document" in bad_doc.output


def test_agreement_as_a_subprocess(db, db_path):
    import subprocess
    import sys

    ids = _insert_corpus(db, 12)
    for sid in ids:
        labels.set_annotation(db, sid, "ana", label="claim")
        labels.set_annotation(db, sid, "budi", label="claim" if sid != "s000" else "denial")
    db.close()
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "agreement", "--db", str(db_path), "--json"],
        capture_output=True, text=True, check=True,
    )
    figures = json.loads(done.stdout)
    assert figures["pairs"][0]["label"]["observed"]["value"] == pytest.approx(11 / 12)
    assert figures["alpha"]["label"]["too_few"] is True
    bad = subprocess.run(
        [sys.executable, "-m", "annotator", "agreement", "--db", str(db_path), "--pair", "ana",
         "zed"], capture_output=True, text=True,
    )
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1 and "zed" in bad.stderr


def test_sentence_ids_hex_or_not_read_in_chunks_give_the_same_figures(db, monkeypatch):
    """Ingested ids (16 hex digits) are numbered by numpy; other ids through a dict; a
    read that meets both, chunk by chunk, must number sentences the same way."""
    db["documents"].insert({"id": "doc1", "ordinal": 0, "title": "one"})
    hex_ids = [f"{i:016x}" for i in range(1, 9)]
    other = ["plain-a", "plain-b", "plain-c"]
    for i, sid in enumerate(hex_ids + other):
        db["sentences"].insert({"id": sid, "doc_id": "doc1", "unit_index": i, "position": i,
                                "text": f"Kalimat {i}."})
    names = ["claim", "accusation", "denial", "context"]
    for i, sid in enumerate(hex_ids + other):
        labels.set_annotation(db, sid, "ana", label=names[i % 4])
        labels.set_annotation(db, sid, "budi", label=names[(i // 3) % 4])
    whole = agreement.report(db)
    monkeypatch.setattr(agreement, "CHUNK", 3)
    chunked = agreement.report(db)
    assert chunked == whole
    ratings = agreement.load_ratings(db, keep_ids=True)
    assert sorted(ratings.sentence_ids) == sorted(hex_ids + other)
    assert whole["pairs"][0]["items"] == 11
