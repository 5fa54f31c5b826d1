"""An accusation's answer that names nothing itself, after the allegation restated in another
article, is found however common the accusation's words are; and among the parties an
accusation names, only the accused answers for the act. On both engines."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.domain.suggest import suggest

pytestmark = pytest.mark.both_engines

ACCUSATION = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia."
RESTATED = "Gedung Putih mengatakan Pyongyang mengirimkan senjata kepada Moskow."
ANSWER = "Namun juru bicara Kremlin mengatakan tuduhan itu tidak disertai bukti."
PLACES = ["Venezuela", "Suriah", "Myanmar", "Sudan", "Belarus", "Kuba", "Libya", "Yaman",
          "Eritrea", "Mali", "Niger", "Laos", "Nepal", "Bolivia", "Kamerun", "Chad"]
WHO = ["Jepang", "Inggris", "Prancis", "Jerman", "Kanada", "Australia", "Italia", "Spanyol",
       "Belanda", "Polandia", "Swedia", "Norwegia", "Finlandia", "Denmark", "Austria",
       "Swiss", "Irlandia", "Portugal", "Yunani", "Ceko", "Hungaria", "Rumania", "Turki",
       "Meksiko", "Brasil"]


def _everyday_news(db) -> None:
    """Hundreds of sentences for each two or three of the accusation's words, none with all
    four of the accused, Russia, sending and weapons: North Korea or Russia sending weapons
    elsewhere, North Korea sending a delegation to Russia, buying weapons from it; and
    hundreds of other accusations ("tuduhan")."""
    filler = []
    for who in WHO:
        for place in PLACES:
            filler += [
                f"Pejabat {who} mengatakan Korea Utara mengirim senjata ke {place}.",
                f"Pejabat {who} mengatakan Rusia mengirim senjata ke {place}.",
                f"Korea Utara mengirim delegasi ke Rusia untuk bertemu pejabat {who} di {place}.",
                f"Korea Utara membeli senjata dari Rusia, menurut pejabat {who} di {place}.",
                f"Pejabat {who} menanggapi tuduhan korupsi di {place}.",
            ]
    for i in range(0, len(filler), 40):
        add_document(db, f"old{i}", filler[i:i + 40], ordinal=i)


def test_an_answer_after_the_allegation_restated_is_found_amid_common_words(db):
    """Every word of the accusation is said in hundreds of other sentences, in pairs and
    triples; the Kremlin's answer names none of them and follows the allegation restated
    in other spellings (Pyongyang, Moskow). It is found, as the sentences naming the
    accused, the other party and the act together are asked for (before, it was not
    among the suggestions at all)."""
    _everyday_news(db)
    accusation = add_document(db, "a", [ACCUSATION], ordinal=10_000)[0]
    answer = add_document(db, "b", ["Kim Jong Un bertemu Putin di Vladivostok.", RESTATED,
                                     ANSWER], ordinal=10_001)[2]
    ranked = suggest(db, accusation).sentences
    assert answer in [s.sentence_id for s in ranked[:3]], [(s.score, s.text) for s in ranked]


def test_another_party_of_the_accusation_denying_the_act_reversed_is_not_the_accused(db):
    """"Rusia membantah ... mengirim senjata ke Korea Utara" is Russia denying another
    act (weapons the other way); Russia is a party of the accusation, not its accused, so
    it is not "denied by the accused" and ranks below North Korea's own answer (before, it
    scored as North Korea's answer did)."""
    accusation = add_document(db, "a", [ACCUSATION], ordinal=1)[0]
    own = add_document(db, "b", [
        "Korea Utara membantah tuduhan bahwa pihaknya mengirim senjata ke Rusia.",
    ], ordinal=2)[0]
    reversed_ = add_document(db, "c", [
        "Rusia membantah tuduhan bahwa pihaknya mengirim senjata ke Korea Utara.",
    ], ordinal=3)[0]
    found = {s.sentence_id: s for s in suggest(db, accusation, limit=50).sentences}
    assert "denied by the accused" in found[own].why
    assert reversed_ not in found or (
        "denied by the accused" not in found[reversed_].why
        and found[reversed_].score < found[own].score), [(s.score, s.why) for s in found.values()]


def test_another_party_of_the_accusation_denying_the_act_is_someone_else(db):
    """An accusation that North Korea sent Russia weapons for its war in Ukraine names
    Ukraine too; "Ukraina membantah ... mengirim senjata ke Rusia" is Ukraine denying the
    act, not the accused: it is not "denied by the accused" and scores less than half the
    Kremlin's answer, which names nothing but follows the act (before, it was "denied by the
    accused (Ukraina)", above half that answer)."""
    accusation = add_document(db, "a", [
        "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina.",
    ], ordinal=1)[0]
    answer = add_document(db, "b", [
        "Gedung Putih mengatakan Korea Utara mengirimkan senjata kepada Rusia.", ANSWER,
    ], ordinal=2)[1]
    ukraine = add_document(db, "c", [
        "Ukraina membantah tuduhan bahwa pihaknya mengirim senjata ke Rusia.",
    ], ordinal=3)[0]
    found = {s.sentence_id: s for s in suggest(db, accusation, limit=50).sentences}
    assert answer in found, [(s.score, s.text) for s in found.values()]
    assert ukraine not in found or (
        "denied by the accused" not in found[ukraine].why
        and found[ukraine].score < 0.5 * found[answer].score), [
        (s.score, s.why) for s in found.values()]


def test_the_allegation_restated_with_the_roles_reversed_leads_to_another_quarrel(db):
    """"Korea Utara menuding Rusia mengirim senjata ..." names the same parties and act, but
    the act is Russia's: the denial after it answers North Korea's accusation, not this
    one, and is not brought in as if it followed the allegation restated (before, it was,
    and ranked second)."""
    _everyday_news(db)
    accusation = add_document(db, "a", [ACCUSATION], ordinal=10_000)[0]
    other = add_document(db, "b", [
        "Korea Utara menuding Rusia mengirim senjata ke Ukraina secara diam-diam.",
        "Namun juru bicara Kremlin mengatakan tudingan itu tidak berdasar.",
    ], ordinal=10_001)[1]
    answer = add_document(db, "c", ["Kim Jong Un bertemu Putin di Vladivostok.", RESTATED,
                                    ANSWER], ordinal=10_002)[2]
    order = [s.sentence_id for s in suggest(db, accusation, limit=50).sentences]
    assert answer in order[:3], order
    assert other not in order, order
