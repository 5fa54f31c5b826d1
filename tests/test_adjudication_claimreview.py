"""schema.org ClaimReview JSON-LD for adjudicated disputes."""

from __future__ import annotations

import json

from annotator.domain import annotations as labels
from annotator.domain import disputes
from annotator.domain.adjudication import decide
from annotator.exchange.claimreview import claim_reviews, write_claim_reviews


def _corpus(db):
    db["documents"].insert({"id": "us", "ordinal": 0, "title": "AS tuding Korut kirim senjata",
                            "outlet": "ANTARA", "published": "2023-10-14", "dateline": "Seoul"})
    db["documents"].insert({"id": "ru", "ordinal": 1, "title": "Kremlin: laporan tak berdasar",
                            "outlet": "KONTAN", "published": "2023-10-27T07:37:00+07:00"})
    rows = [("a1", "us", "Pejabat AS menuding Korea Utara mengirim senjata ke Rusia."),
            ("d1", "ru", "Peskov menyebut laporan itu tidak berdasar."),
            ("x1", "ru", "Pertemuan berlangsung di Vladivostok.")]
    for i, (sid, doc, text) in enumerate(rows):
        db["sentences"].insert({"id": sid, "doc_id": doc, "unit_index": i, "position": i,
                                "text": text})


def test_settled_dispute_becomes_a_claimreview(db):
    _corpus(db)
    from annotator.domain import sources

    sources.add_source(db, "Dmitry Peskov", "person")
    sources.add_source(db, "Pejabat AS", "government")
    dispute = disputes.create_dispute(db, "North Korea supplies arms to Russia", "ana")
    for reviewer in ("ana", "budi"):
        labels.set_annotation(db, "a1", reviewer, label="accusation", source="Pejabat AS",
                              confidence="high")
        disputes.link(db, dispute["id"], "a1", reviewer, "alleges")
        disputes.link(db, dispute["id"], "d1", reviewer, "denies")
    labels.set_annotation(db, "d1", "ana", label="denial", source="Dmitry Peskov")
    labels.set_annotation(db, "d1", "budi", label="claim", source="Dmitry Peskov")
    assert claim_reviews(db) == []  # the denial is still in conflict: not adjudicated
    decide(db, "d1", label="denial", source="Dmitry Peskov", confidence="high",
           adjudicator="lead", rationale="a rejection")
    [review] = claim_reviews(db)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "North Korea supplies arms to Russia"
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == [{"@type": "Organization", "name": "Pejabat AS"}]
    assert [a["headline"] for a in claim["appearance"]] == ["AS tuding Korut kirim senjata"]
    assert claim["appearance"][0]["publisher"] == {"@type": "Organization", "name": "ANTARA"}
    assert claim["firstAppearance"]["datePublished"] == "2023-10-14"
    assert review["reviewRating"]["alternateName"] == "Disputed"
    assert "denied by Dmitry Peskov" in review["reviewRating"]["ratingExplanation"]
    assert review["author"] == [{"@type": "Person", "name": "lead"}]


def test_dispute_without_allegation_or_members_is_left_out(db, tmp_path):
    _corpus(db)
    disputes.create_dispute(db, "Empty", "ana")
    only_denial = disputes.create_dispute(db, "Only a denial", "ana")
    labels.set_annotation(db, "d1", "ana", label="denial")
    disputes.link(db, only_denial["id"], "d1", "ana", "denies")
    assert claim_reviews(db) == []
    out = tmp_path / "claims.json"
    assert write_claim_reviews(db, out) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []
