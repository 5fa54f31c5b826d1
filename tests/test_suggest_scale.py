"""Suggestions keep their ranking as the corpus grows: many older sentences sharing an
accusation's words do not hide a newer answer, a denial that swaps the accusation's parties
ranks below one about the same parties, the accusation's own article reports its answer, and
the accuser's own denial answers another quarrel. On both engines."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.db.connection import is_postgres
from annotator.domain.suggest import Corpus, suggest

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


def test_the_accusations_own_article_reports_its_answer_beyond_the_window(db):
    """A denial five sentences down the accusation's own article, naming only a party that
    hundreds of other sentences name and none of the act's words, ranks first, above other
    parties' denials that share the act's words (fails without the article read as its
    topic)."""
    accusation, *_, denial = add_document(db, "a", [
        "Uni Eropa menuduh Iran memasok drone tempur kepada tentara Sudan.",
        "Sedikitnya enam pesawat kargo mendarat di Port Sudan sejak Desember.",
        "Uni Eropa mempertimbangkan sanksi baru terhadap perusahaan yang terlibat.",
        "Perang di Sudan telah menewaskan puluhan ribu orang.",
        "Para diplomat bertemu di Brussel pada Senin.",
        "Kementerian Luar Negeri Iran membantah tuduhan itu.",
    ], ordinal=1)
    filler = [f"Kementerian Luar Negeri Iran membahas kerja sama dengan {who} pada pekan ke-{k}."
              for who in WHO for k in range(1, 31)]
    filler += [f"{who} membantah tuduhan bahwa pihaknya memasok drone kepada {place}."
               for who in WHO for place in PLACES[5:13]]
    for i in range(0, len(filler), 40):
        add_document(db, f"old{i}", filler[i:i + 40], ordinal=2 + i)
    order = [s.sentence_id for s in suggest(db, accusation).sentences]
    assert order[0] == denial, order


def test_a_denial_by_the_accuser_itself_answers_another_quarrel(db):
    """'Uni Eropa membantah' after Iran accuses the EU answers that accusation, not the EU's
    own accusation against Iran, though it sits after the same words."""
    accusation, denial = add_document(db, "a", [
        "Uni Eropa menuduh Iran memasok drone tempur kepada tentara Sudan.",
        "Iran membantah tuduhan itu.",
    ], ordinal=1)
    by_accuser = add_document(db, "b", [
        "Iran menuduh Uni Eropa memasok drone tempur kepada tentara Sudan.",
        "Uni Eropa membantah tuduhan itu.",
    ], ordinal=2)[1]
    scores = {s.sentence_id: s.score for s in suggest(db, accusation).sentences}
    assert scores[denial] > scores.get(by_accuser, 0.0) * 1.5, scores


WATER_CANNON = ("Penjaga Pantai Filipina menuduh kapal penjaga pantai China menembakkan meriam "
                "air ke kapal pemasok Unaizah May 4 di dekat Beting Second Thomas.")


def _other_quarrels(db, ordinal: int) -> None:
    """Stories of other acts between the same two countries, each led by its accusation,
    with the generic denials wire copy repeats."""
    acts = ["menghasut kerusuhan di Jepang", "melancarkan serangan siber terhadap Taiwan",
            "menahan nelayan asal Vietnam", "menyebarkan disinformasi tentang Malaysia"]
    for i, act in enumerate(acts):
        add_document(db, f"cn{i}", [
            f"Filipina menuduh China {act}.",
            "Hubungan kedua negara memburuk sejak tahun lalu.",
            "Para menteri bertemu di Jenewa pada Selasa.",
            "Kementerian Luar Negeri China menolak tuduhan Filipina dan menyebutnya tidak "
            "berdasar.",
        ], ordinal=ordinal + i)
        add_document(db, f"ph{i}", [
            f"China menuduh Filipina {act}.",
            "Para analis menilai ketegangan masih akan berlanjut.",
            '"Tuduhan itu sama sekali tidak benar," ujar juru bicara Penjaga Pantai Filipina.',
            "Penjaga Pantai Filipina menolak tuduhan China dan menyebutnya tidak berdasar.",
        ], ordinal=ordinal + 10 + i)


def test_denials_in_stories_of_other_acts_rank_below_the_answer(db):
    """A generic denial ("China menolak tuduhan Filipina") whose own story leads with another
    act, and the accuser's own denials (its quoted spokesman, "Filipina menolak tuduhan
    China"), answer other quarrels: the answer that says this act ranks first, and the
    accuser's denials score less than half of it (before, they ranked first, at 0.75)."""
    accusation = add_document(db, "a", [WATER_CANNON], ordinal=1)[0]
    _other_quarrels(db, 10)
    answer = add_document(db, "b", [
        "Kementerian Luar Negeri China menolak tuduhan Filipina bahwa kapalnya menembakkan "
        "meriam air ke kapal pemasok di Beting Second Thomas.",
        "Juru bicara kementerian itu mengatakan kapal Filipina memasuki perairan tanpa izin.",
    ], ordinal=100)[0]
    ranked = suggest(db, accusation, limit=50).sentences
    assert ranked[0].sentence_id == answer, [(s.score, s.text) for s in ranked]
    by_accuser = [s for s in ranked if s.doc_id.startswith("ph") and "tuduhan" in s.text.lower()
                  and "menuduh" not in s.text]
    assert len(by_accuser) == 8, [(s.score, s.text) for s in ranked]
    assert all(s.score < 0.5 * ranked[0].score for s in by_accuser), [
        (s.score, s.text) for s in ranked]



def test_the_same_act_denied_by_someone_else_or_for_another_accuser_ranks_below(db):
    """"Britain denies sending weapons to Russia" says the act of someone else, and North
    Korea rejecting *Russia's* accusation answers a quarrel in which Russia accuses: the
    Kremlin's answer, which names nothing but is said right after the act, ranks above
    both (before, both ranked above it)."""
    accusation = add_document(db, "a", [ACCUSATION], ordinal=1)[0]
    answer = add_document(db, "b", [CONTEXT, DENIAL], ordinal=2)[1]
    someone_else = add_document(db, "c", [
        "Korea Utara menuduh Inggris mengirim senjata ke Rusia.",
        "Juru bicara Kementerian Pertahanan Inggris, David Levy, membantah bahwa negaranya "
        "mengirim senjata ke Rusia.",
    ], ordinal=3)[1]
    other_accuser = add_document(db, "d", [
        "Rusia menuduh Korea Utara mengirim senjata ke Ukraina.",
        "Kementerian Pertahanan Korea Utara menolak tuduhan Rusia dan menyebutnya tidak "
        "berdasar.",
    ], ordinal=4)[1]
    order = [s.sentence_id for s in suggest(db, accusation, limit=50).sentences]
    assert answer in order, order
    for other in (someone_else, other_accuser):
        assert other not in order or order.index(answer) < order.index(other), order


def test_forms_no_sentence_uses_are_left_out_of_the_queries_until_an_article_uses_them(db):
    """An affixed form nobody wrote ("dituduh") matches nothing and costs FTS5 a lookup in
    every segment of its index, so the queries leave it out; once an article uses it, it is
    asked for again. PostgreSQL is asked for every form."""
    add_document(db, "a", [ACCUSATION], ordinal=1)
    forms = {"menuduh", "dituduh", "korea utara", "korea selatan"}
    held = Corpus(db).held(forms)
    assert held == (forms if is_postgres(db) else {"menuduh", "korea utara"})
    add_document(db, "b", ["Korea Selatan dituduh menyembunyikan data."], ordinal=2)
    assert Corpus(db).held(forms) == forms


def test_a_connection_that_may_not_write_still_leaves_out_unused_forms(db):
    """Forms are looked up by a search each, which needs no temporary table: a read-only
    connection (query_only) suggests as any other."""
    if is_postgres(db):
        pytest.skip("SQLite's query_only pragma")
    add_document(db, "a", [ACCUSATION], ordinal=1)
    db.execute("PRAGMA query_only = 1")
    try:
        assert Corpus(db).held({"menuduh", "dituduh"}) == {"menuduh"}
        assert suggest(db, db.execute("SELECT id FROM sentences").fetchone()[0]).sentences == []
    finally:
        db.execute("PRAGMA query_only = 0")


def test_an_answer_naming_only_the_accusations_short_names_is_found(db):
    """The longest words of an accusation become its search terms, which left out short
    names ("Iran", "Sudan"); an answer in another article that shares nothing else with it
    was never found. An accusation's names are searched for besides."""
    accusation = add_document(db, "a", [
        "Uni Eropa menuduh Iran memasok komponen pesawat nirawak tempur kepada tentara Sudan "
        "yang berperang melawan kelompok paramiliter bersenjata di wilayah perbatasan.",
        "Pernyataan itu disampaikan setelah pertemuan para menteri di Brussel.",
    ], ordinal=1)[0]
    answer = add_document(db, "b", [
        "Teheran menolak tudingan itu.",
        "Iran tidak pernah memberi apa pun ke Sudan, kata juru bicaranya.",
    ], ordinal=2)[1]
    found = [s.sentence_id for s in suggest(db, accusation).sentences]
    assert answer in found
