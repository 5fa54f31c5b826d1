"""Reported speech that calls the conduct in question lawful against a measure ("within the
limits", "in full accordance with", "necessary and proportionate", "acted in good faith") is
the accused side's reply, a denial, wherever the dispute reading places its speaker
(fortieth round, issue 11, bug fix on branch w15deny1; domain/proposals/lawful_conduct.py,
dispute._lawful; data ``deny40_lawful_conduct``). A former member named by a clause of
leaving ("who retired from the force") is no voice of the body it left (worker_clause.py).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh


def _article(db, scheme, sentences):
    """The proposals on one article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")


def test_limits_kept_after_a_lede_told_without_a_cue(db, scheme):
    got = _article(db, scheme, [
        "Families in Lowmere say heavy lorries from a sand pit have shaken their homes "
        "since the spring.",
        "Parish councillors have logged complaints from 31 households.",
        "Harbrook Minerals said its lorry movements had stayed within the limits set by "
        "the county council."])
    assert got[2].label == "denial", got[2].label_reason


def test_good_faith_after_a_lede_told_without_a_cue(db, scheme):
    got = _article(db, scheme, [
        "Hundreds of holidaymakers who booked villas through a travel agency in Bristol "
        "say their deposits vanished when the properties turned out not to exist.",
        "One couple lost £2,400 on a villa in Crete, their daughter said.",
        "Sunward Travel said its staff had acted in good faith and had checked every "
        "listing with the owners."])
    assert got[2].label == "denial", got[2].label_reason


def test_duties_in_full_accordance_with_a_treaty(db, scheme):
    got = _article(db, scheme, [
        "Estonia expelled two Belarusian diplomats on Monday, saying they had photographed "
        "military bases.",
        "Embassy spokesman Pavel Rudak said the two had worked in full accordance with the "
        "Vienna Convention."])
    assert got[1].label == "denial", got[1].label_reason


def test_near_misses_stay_claims(db, scheme):
    got = _article(db, scheme, [
        "Customers say a kettle sold by Brightline overheats and melts its own handle.",
        "\"I filled it to the line and followed the instructions to the letter,\" said "
        "Joan Pell, from Leeds."])
    assert got[1].label == "claim", got[1].label_reason
    got = _article(db, scheme, [
        "Residents say a waste plant in Corby has fouled the air for months.",
        "The county council said the plant's permit was not within the limits of the "
        "national rules."])
    assert got[1].label != "denial", got[1].label_reason


def test_one_who_retired_from_the_force_is_not_its_voice(db, scheme):
    from annotator.domain.proposals.worker_clause import without_worker_clause

    words = ["who", "retired", "from", "marshfield", "police", "in", "may"]
    assert without_worker_clause(words, "en") == []
    words = ["a", "spokesperson", "for", "marshfield", "police"]
    assert without_worker_clause(words, "en") == words
