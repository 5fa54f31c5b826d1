"""Suggestions keep their ranking as the corpus grows: many older sentences sharing an
accusation's words do not hide a newer answer, and a denial that swaps the accusation's
parties ranks below one about the same parties. On both engines."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.domain.suggest import suggest

pytestmark = pytest.mark.both_engines

ACCUSATION = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina."
CONTEXT = "Gedung Putih mengatakan Korea Utara mengirimkan senjata kepada Rusia."
DENIAL = "Namun juru bicara Kremlin mengatakan tuduhan itu tidak disertai bukti."
PLACES = ["Venezuela", "Suriah", "Iran", "Myanmar", "Sudan", "Belarus", "Kuba", "Libya",
          "Yaman", "Eritrea", "Mali", "Niger", "Laos", "Kamboja", "Nepal", "Bolivia"]
WHO = ["Jepang", "Korea Selatan", "Inggris", "Prancis", "Jerman", "Kanada", "Australia",
       "Italia", "Spanyol", "Belanda", "Polandia", "Swedia", "Norwegia", "Finlandia"]


def test_a_denial_about_the_same_parties_outranks_one_that_swaps_them(db):
    accusation = add_document(db, "a", [ACCUSATION], ordinal=1)[0]
    denial = add_document(db, "b", [CONTEXT, DENIAL], ordinal=2)[1]
    add_document(db, "c", [
        "Jepang menuduh Korea Utara mengirim senjata ke Venezuela.",
        "Korea Utara membantah tuduhan bahwa pihaknya mengirim senjata ke Venezuela.",
    ], ordinal=3)
    add_document(db, "d", [
        "Israel membantah tuduhan bahwa pihaknya mengirim senjata ke Korea Utara.",
    ], ordinal=4)
    ranked = suggest(db, accusation).sentences
    order = [s.sentence_id for s in ranked]
    assert order[0] == denial, [s.text for s in ranked]
    scores = {s.text.split()[0]: s.score for s in ranked}
    assert scores["Namun"] > scores["Korea"] and scores["Namun"] > scores["Israel"]


def test_an_answer_ingested_after_many_older_look_alikes_is_still_found(db):
    """Hundreds of older sentences share "Korea Utara mengirim senjata"; the denial that
    answers the accusation came in last, and is found through the sentence before it."""
    filler = [f"Pejabat {who} mengatakan Korea Utara mengirim senjata ke {place} tahun lalu."
              for who in WHO for place in PLACES]
    filler += [f"{who} membantah tuduhan bahwa pihaknya mengirim senjata ke {place}."
               for who in WHO for place in PLACES[:8]]
    filler += [f"Rusia dan Korea Utara membahas kerja sama dengan {who} pada pekan ke-{k}."
               for who in WHO for k in range(1, 51)]
    for i in range(0, len(filler), 40):
        add_document(db, f"old{i}", filler[i:i + 40], ordinal=i)
    accusation = add_document(db, "a", [ACCUSATION], ordinal=10_000)[0]
    denial = add_document(db, "b", [CONTEXT, DENIAL], ordinal=10_001)[1]
    top = [s.sentence_id for s in suggest(db, accusation).sentences]
    assert denial in top[:3]
