"""schema.org ClaimReview JSON-LD for adjudicated disputes, for publishers.

One ClaimReview per dispute whose member sentences are all settled (gold or agreed) and
that has at least one sentence alleging the claim. Following schema.org: ``claimReviewed``
is the dispute's title; ``itemReviewed`` is a ``Claim`` whose ``author`` is the alleging
source(s), whose ``appearance`` lists the articles the allegation appears in (with
``firstAppearance`` the earliest dated one); ``reviewRating`` says the claim is disputed
and by whom (``alternateName`` and ``ratingExplanation``); ``author`` of the review is the
adjudicator(s). We never invent a truth verdict: the tool records who alleges and who
denies, not who is right.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.domain.disputes import ROLES
from annotator.domain.status import SETTLED, resolve

PERSON_KINDS = {"person"}


def _rows(db: Database, sql: str, params=()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def _member_state(db: Database, sentence_id: str) -> tuple[str, dict, dict | None]:
    annotations = _rows(db, "SELECT reviewer, label, source, sources, confidence FROM annotations "
                            "WHERE sentence_id = ? ORDER BY reviewer", [sentence_id])
    links = _rows(db, "SELECT dispute_id AS id, role, reviewer FROM dispute_members "
                      "WHERE sentence_id = ?", [sentence_id])
    gold = _rows(db, "SELECT * FROM gold WHERE sentence_id = ?", [sentence_id])
    status, resolved = resolve(annotations, gold[0] if gold else None, links)
    return status, resolved, gold[0] if gold else None


def _role(roles: list[str]) -> str:
    """The role most reviewers gave the sentence (ties: the order of ROLES)."""
    counts = Counter(roles)
    return max(ROLES, key=lambda role: (counts[role], -ROLES.index(role)))


def _decided_role(gold: dict | None, dispute_id: str) -> str | None | bool:
    """The role a decision gave the sentence in this dispute; False when the decision left
    it out; None when the decision did not settle links (the reviewers' majority holds)."""
    if not gold or gold.get("disputes") is None:
        return None
    for link in json.loads(gold["disputes"]):
        if link["id"] == dispute_id:
            return link["role"]
    return False


def _party(db: Database, name: str) -> dict[str, Any]:
    kind = db.execute("SELECT kind FROM sources WHERE name = ?", [name]).fetchone()
    return {"@type": "Person" if kind and kind[0] in PERSON_KINDS else "Organization",
            "name": name}


def _article(doc: dict[str, Any]) -> dict[str, Any]:
    article: dict[str, Any] = {"@type": "NewsArticle", "headline": doc["title"]}
    if doc.get("url"):
        article["url"] = doc["url"]
    if doc.get("published"):
        article["datePublished"] = doc["published"]
    if doc.get("outlet"):
        article["publisher"] = {"@type": "Organization", "name": doc["outlet"]}
    if doc.get("dateline"):
        article["locationCreated"] = {"@type": "Place", "name": doc["dateline"]}
    return article


def _names(items: list[str]) -> str:
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else "".join(items)


def claim_review(db: Database, dispute: dict[str, Any]) -> dict[str, Any] | None:
    """The ClaimReview of one dispute, or None when it is not settled or alleges nothing."""
    # the sentences reviewers linked, and those an adjudicator's decision put in it
    members = _rows(
        db,
        "SELECT u.sentence_id, group_concat(u.role) AS roles, s.doc_id FROM ("
        "  SELECT sentence_id, role FROM dispute_members WHERE dispute_id = :id"
        "  UNION ALL SELECT g.sentence_id, NULL FROM gold g, json_each(g.disputes) j"
        "  WHERE g.disputes IS NOT NULL AND json_extract(j.value, '$.id') = :id) u "
        "JOIN sentences s ON s.id = u.sentence_id "
        "GROUP BY u.sentence_id ORDER BY s.doc_id, s.position",
        {"id": dispute["id"]},
    )
    if not members:
        return None
    alleging, denying, golds = [], [], []
    for member in members:
        status, resolved, gold = _member_state(db, member["sentence_id"])
        if status not in SETTLED:
            return None
        if gold:
            golds.append(gold)
        decided = _decided_role(gold, dispute["id"])
        if decided is False:
            continue  # the adjudicator took the sentence out of this dispute
        role = decided or _role((member["roles"] or "").split(","))
        if role == "alleges":
            alleging.append((member, resolved))
        elif role == "denies":
            denying.append((member, resolved))
    if not alleging:
        return None
    authors = list(dict.fromkeys(r["source"] for _, r in alleging if r["source"]))
    deniers = list(dict.fromkeys(r["source"] for _, r in denying if r["source"]))
    doc_ids = list(dict.fromkeys(m["doc_id"] for m, _ in alleging))
    docs = {d["id"]: d for d in _rows(
        db, f"SELECT * FROM documents WHERE id IN ({', '.join('?' for _ in doc_ids)})", doc_ids)}
    articles = [docs[d] for d in doc_ids]
    dated = sorted((a for a in articles if a.get("published")), key=lambda a: a["published"])
    claim: dict[str, Any] = {"@type": "Claim", "name": dispute["title"]}
    if authors:
        claim["author"] = [_party(db, name) for name in authors]
    claim["appearance"] = [_article(a) for a in articles]
    if dated:
        claim["firstAppearance"] = _article(dated[0])
        claim["datePublished"] = dated[0]["published"][:10]
    explanation = f"Alleged by {_names(authors) or 'unnamed sources'}"
    explanation += f"; denied by {_names(deniers)}." if deniers else "; no denial recorded."
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": dispute["id"],
        "claimReviewed": dispute["title"],
        "itemReviewed": claim,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "Disputed" if deniers else "Unanswered",
            "ratingExplanation": explanation,
        },
    }
    adjudicators = sorted({g["adjudicator"] for g in golds if g.get("adjudicator")})
    if adjudicators:
        review["author"] = [{"@type": "Person", "name": name} for name in adjudicators]
        review["datePublished"] = max(g["decided_at"] for g in golds)[:10]
    return review


def claim_reviews(db: Database) -> list[dict[str, Any]]:
    """ClaimReviews of every settled dispute with an allegation, oldest dispute first."""
    disputes = _rows(db, "SELECT id, title FROM disputes ORDER BY created_at, id")
    return [r for d in disputes if (r := claim_review(db, d)) is not None]


def write_claim_reviews(db: Database, target, *, exclusive: bool = False) -> int:
    """Write the JSON-LD array to a path or an open text stream; returns how many."""
    from annotator.db.connection import snapshot

    with snapshot(db):
        reviews = claim_reviews(db)
    text = json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
    if hasattr(target, "write"):
        target.write(text)
    else:
        from annotator.exchange.jsonl import atomic_output

        with atomic_output(Path(target), exclusive=exclusive) as out:
            out.write(text)
    return len(reviews)
