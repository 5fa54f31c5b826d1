"""Link suggestions on the real seeds: from an accusation they lead to the denials in the other
articles, cold, and get better as labels and disputes accumulate."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.domain import disputes
from annotator.domain.annotations import set_annotation
from annotator.domain.disputes import DisputeError
from annotator.domain.suggest import affixed, quote, read, stem, suggest

ACCUSATION_000 = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%"
DENIAL_000 = "Kementerian luar negeri Korea Utara menolak tuduhan%"
ACCUSATION_002 = "Gedung Putih pekan lalu mengatakan Korea Utara%"
DENIAL_002 = "Namun juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat%"
ACCUSATION_003 = "Peryataan tersebut dirilis sehari setelah Korea Selatan%"
DENIAL_003 = '"Ada banyak laporan seperti itu, semuanya tidak berdasar%'
KIRBY_000 = "Juru bicara Dewan Keamanan Nasional John Kirby%"


def sid(db, pattern: str) -> str:
    rows = db.execute(
        "SELECT id FROM sentences WHERE text LIKE ? AND excluded IS NULL", [pattern]).fetchall()
    assert len(rows) == 1, (pattern, rows)
    return rows[0][0]


def ranked(db, pattern: str, **kw) -> list[str]:
    return [s.sentence_id for s in suggest(db, sid(db, pattern), **kw).sentences]


def test_cold_accusation_leads_to_the_denials_in_other_articles(seeded_db):
    db = seeded_db
    result = suggest(db, sid(db, ACCUSATION_000))
    top = [s.sentence_id for s in result.sentences]
    assert result.stance == "alleges" and result.proposed_role == "alleges"
    assert top[0] == sid(db, DENIAL_000)  # North Korea's ministry rejects it, next sentence
    # then the Kremlin's "not backed by evidence", which says "tuduhan" itself, before its
    # "such reports are baseless", named only before it; both before any repeat
    assert top[1:3] == [sid(db, DENIAL_002), sid(db, DENIAL_003)]
    assert sid(db, ACCUSATION_003) in top[:5]  # the same accusation by three governments
    denial = next(s for s in result.sentences if s.sentence_id == sid(db, DENIAL_002))
    assert denial.relation == "answers" and "denial" in denial.why
    assert denial.doc_title and denial.outlet and denial.doc_id != result.sentences[0].doc_id
    assert all(s.score > 0 for s in result.sentences)
    scores = [s.score for s in result.sentences]
    assert scores == sorted(scores, reverse=True)


def test_a_denial_that_names_nothing_finds_the_accusation_through_its_context(seeded_db):
    db = seeded_db
    top = ranked(db, DENIAL_003)
    assert top[0] == sid(db, ACCUSATION_003)
    assert sid(db, ACCUSATION_000) in top[:4]  # across articles, through the context words
    top = ranked(db, DENIAL_002)
    assert top[0] == sid(db, ACCUSATION_002)  # the White House, just before "tuduhan Barat itu"
    assert sid(db, ACCUSATION_000) in top[:5]


def test_the_other_accusations_are_suggested_as_repeats(seeded_db):
    db = seeded_db
    result = suggest(db, sid(db, ACCUSATION_003), limit=10)
    by_id = {s.sentence_id: s for s in result.sentences}
    assert by_id[sid(db, ACCUSATION_000)].relation == "repeats"
    assert sid(db, ACCUSATION_002) in ranked(db, ACCUSATION_000, limit=15)  # the panel's page
    assert ranked(db, ACCUSATION_000)[3] == sid(db, KIRBY_000)  # after the three denials


def test_labels_move_a_right_answer_up(seeded_db):
    db = seeded_db
    target, denial = sid(db, ACCUSATION_000), sid(db, DENIAL_003)
    cold = ranked(db, ACCUSATION_000, limit=30).index(denial)
    set_annotation(db, target, "ana", label="accusation")
    set_annotation(db, denial, "ana", label="denial")
    warm_result = suggest(db, target, reviewer="ana", limit=30)
    warm = [s.sentence_id for s in warm_result.sentences].index(denial)
    assert warm < cold
    assert "labeled denial" in warm_result.sentences[warm].why


def test_linking_moves_a_right_answer_up_and_suggests_the_dispute(seeded_db):
    db = seeded_db
    target, denial = sid(db, ACCUSATION_003), sid(db, DENIAL_000)
    first = suggest(db, target, limit=40)
    before = [s.sentence_id for s in first.sentences]
    cold = before.index(denial) if denial in before else len(before)
    cold_score = first.sentences[cold].score if denial in before else 0.0
    assert suggest(db, target).disputes == []

    d = disputes.create_dispute(db, "Korea Utara memasok senjata ke Rusia", "ana")
    disputes.link(db, d["id"], sid(db, ACCUSATION_000), "ana", "alleges")
    disputes.link(db, d["id"], denial, "ana", "denies")
    result = suggest(db, target, reviewer="ana", limit=40)
    warm = [s.sentence_id for s in result.sentences].index(denial)
    # up the list, or already second (behind Peskov's "semuanya tidak berdasar", which
    # answers it from the same article: the denial by the accused ranks high even cold)
    assert warm < cold or warm == cold == 1
    assert result.sentences[warm].score > cold_score
    assert result.disputes[0].dispute_id == d["id"]
    assert result.disputes[0].role == "alleges"
    member = result.sentences[warm]
    assert member.disputes[0]["id"] == d["id"] and member.disputes[0]["role"] == "denies"
    assert "in dispute" in member.why

    disputes.link(db, d["id"], target, "ana", "alleges")  # already in it: not suggested again
    assert [x.dispute_id for x in suggest(db, target, reviewer="ana").disputes] == []
    assert suggest(db, target, reviewer="budi").disputes[0].dispute_id == d["id"]


def test_near_duplicates_from_ingestion_are_suggested_as_repeats(db):
    a = add_document(db, "one", ["Rusia membantah mengirim pasukan ke perbatasan.",
                                 "Cuaca cerah di ibu kota."], ordinal=0)
    b = add_document(db, "two", ["Pasar saham naik tajam hari ini.",
                                 "Rusia membantah telah mengirim pasukan ke perbatasan."],
                     ordinal=1)
    db.execute("UPDATE sentences SET group_id = ? WHERE id IN (?, ?)", [a[0], a[0], b[1]])
    db.conn.commit()
    result = suggest(db, a[0])
    assert result.sentences[0].sentence_id == b[1]
    assert result.sentences[0].relation == "repeats"
    assert "near-duplicate" in result.sentences[0].why


def test_unknown_sentence_and_fts_syntax_in_text_are_safe(db):
    with pytest.raises(DisputeError, match="no sentence"):
        suggest(db, "nope")
    ids = add_document(db, "odd", ['Kata "AND" OR NOT* (NEAR) [bold]x[/bold] menuduh Korut.',
                                   'Pyongyang "menolak" NEAR tuduhan itu.'])
    result = suggest(db, ids[0])
    assert [s.sentence_id for s in result.sentences] == [ids[1]]
    assert quote('a"b*') == '"a""b"*' and quote('a"b') == '"a""b"'


def test_indonesian_forms_and_registry_aliases_meet():
    assert {stem(w) for w in ("menuduh", "dituduh", "tuduhan")} == {"tuduh"}
    assert {stem(w) for w in ("mengirim", "pengiriman", "dikirimkan", "mengirimkan")} == {
        "kirim"}
    assert stem("persenjataan") == "senjata"
    assert "mengirim" in affixed("kirim") and "menuduh" in affixed("tuduh")
    r = read("Tuduhan itu tidak berdasar, kata Peskov.", _no_entities())
    assert r.deny == 1.0 and "peskov" in r.terms


def test_government_aliases_count_as_one_entity(seeded_db):
    from annotator.domain.suggest import load_entities

    ents = load_entities(seeded_db)
    a = read("Pyongyang memasok senjata ke Moskow", ents)
    b = read("Korea Utara memasok senjata ke Rusia", ents)
    assert set(a.terms) == set(b.terms)


def _no_entities():
    from annotator.domain.suggest import Entities

    return Entities()
