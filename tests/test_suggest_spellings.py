"""The parties of a quarrel in any spelling: countries and international bodies outside the
source registry (data/parties.json) read as one party by name, capital, demonym or
abbreviation; an alias in capitals only when so written; the accused's denial naming
another party of the quarrel is its answer; and the denial words label proposals know.
On both engines."""

from __future__ import annotations

import pytest
from support.corpus import add_document

from annotator.domain.suggest import load_entities, read, suggest

pytestmark = pytest.mark.both_engines

ACCUSATION = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina."


def test_a_party_outside_the_registry_is_one_term_in_any_spelling(db):
    ents = load_entities(db)
    for text in ("Pemerintah Kanada membantah laporan itu.", "Ottawa membantah laporan itu.",
                 "Canadian officials denied the report."):
        assert "@kanada" in read(text, ents).terms, text
    for text in ("Para menteri Uni Eropa bertemu.", "EU ministers met on Friday.",
                 "Kata seorang diplomat di Brussel."):
        assert "@uni_eropa" in read(text, ents).terms, text
    # a party the registry knows gains the file's spellings, under the registry's name
    assert "@korea_utara" in read("North Korean officials declined to comment.", ents).terms


def test_an_alias_in_capitals_matches_only_in_capitals(db):
    ents = load_entities(db)
    assert "@amerika_serikat" in read("Pejabat AS tiba di Seoul.", ents).terms
    assert "@amerika_serikat" in read("Seoul told the US envoy to leave.", ents).terms
    assert "@amerika_serikat" not in read("It is as bad for us as for them.", ents).terms
    assert "@uni_eropa" not in read("Ia menyebut kata eu di sana.", ents).terms


def test_reasons_do_not_show_english_words_as_a_party(db):
    accusation = add_document(db, "a", [ACCUSATION], ordinal=1)[0]
    add_document(db, "b", [
        "North Korea rejected as groundless the claims that it sent weapons to Russia for us "
        "to see.",
    ], ordinal=2)
    why = suggest(db, accusation).sentences[0].why
    assert ", as" not in why and ", us" not in why and "shares as" not in why, why


def test_the_accused_denying_while_naming_another_party_answers(db):
    """A denial of another article that says no word of the act, by the accused in another
    spelling, naming the quarrel's other party: the accused's answer, not a denial of
    something else about the same countries."""
    accusation = add_document(db, "a", [ACCUSATION], ordinal=1)[0]
    add_document(db, "b", [
        "Hujan deras mengguyur ibu kota sejak pagi.",
        "Pyongyang menolak tudingan itu dan menyebut hubungannya dengan Moskow sah.",
    ], ordinal=2)
    add_document(db, "c", [
        "Harga beras naik di pasar tradisional.",
        "Kuba menolak tudingan itu dan menyebut hubungannya dengan Moskow sah.",
    ], ordinal=3)
    add_document(db, "d", [
        "Harga cabai turun menjelang akhir pekan.",
        "Korut membantah tuduhan bahwa pihaknya meretas jaringan listrik Amerika Serikat.",
    ], ordinal=4)
    add_document(db, "e", [
        "Pejabat Jepang mengatakan Korea Utara mencampuri pemilu di Rusia.",
        "Korea Utara membantah tuduhan bahwa pihaknya mencampuri pemilu di Rusia.",
    ], ordinal=5)
    ranked = {s.text.split()[0]: s for s in suggest(db, accusation).sentences}
    assert "denied by the accused (Korea Utara)" in ranked["Pyongyang"].why
    # beside the other party, denying an act its own story says: that story's answer
    other = [s for s in suggest(db, accusation).sentences if "pemilu" in s.text]
    assert all("denied by the accused" not in s.why and s.score < ranked["Pyongyang"].score
               for s in other)
    assert ranked["Pyongyang"].relation == "answers"
    assert "Kuba" not in ranked or ranked["Kuba"].score < ranked["Pyongyang"].score
    # beside its accuser only, and saying another act: as often another quarrel
    assert "Korut" not in ranked or ranked["Korut"].score < ranked["Pyongyang"].score


def test_denial_words_of_the_label_lexicons_make_an_answer(db):
    accusation = add_document(db, "a", [ACCUSATION], ordinal=1)[0]
    add_document(db, "b", [
        "North Korea dismissed the report that it sent weapons to Russia.",
    ], ordinal=2)
    add_document(db, "c", [
        "Korea Utara menampik laporan pengiriman senjata ke Rusia.",
    ], ordinal=3)
    ranked = {s.text.split()[0]: s for s in suggest(db, accusation).sentences}
    for first in ("North", "Korea"):
        assert ranked[first].relation == "answers", ranked[first].why
        assert "reads as denial" in ranked[first].why


def test_the_accused_denying_beside_another_party_is_found_amid_common_names(db):
    """The accused and the other party are named together in hundreds of sentences, which
    say the act's words too and outweigh a denial that says none of them: it was not found
    at all. The accused's name, another party's and a denial word together are searched
    for (each in any spelling)."""
    cities = ["Vladivostok", "Khabarovsk", "Wonsan", "Rason", "Sinuiju", "Kaesong", "Nampo",
              "Hamhung", "Chongjin", "Irkutsk", "Omsk", "Tomsk", "Kazan", "Samara", "Ufa",
              "Perm", "Sochi", "Murmansk", "Yakutsk", "Norilsk"]
    filler = []
    for city in cities:
        for year in range(2010, 2025):
            filler += [
                f"Pada {year} pejabat di {city} melaporkan Korea Utara mengirim senjata dan "
                f"amunisi ke Rusia lewat jalur kereta.",
                f"Pakar di {city} menilai pengiriman senjata Korut ke Rusia naik sejak {year}.",
            ]
    for i in range(0, len(filler), 30):
        add_document(db, f"old{i}", filler[i:i + 30], ordinal=i)
    accusation = add_document(db, "a", [ACCUSATION], ordinal=10_000)[0]
    answer = add_document(db, "b", [
        "Festival musim semi dibuka di ibu kota dengan parade.",
        "Pyongyang menepis tudingan itu dan menyebut kerja samanya dengan Moskow sah.",
        "Cuaca cerah diperkirakan bertahan sepekan.",
    ], ordinal=10_001)[1]
    ranked = suggest(db, accusation, limit=50).sentences
    assert answer in [s.sentence_id for s in ranked], [(s.score, s.text) for s in ranked]


def test_only_the_accused_denials_that_can_answer_are_loaded(db):
    """Of the accused's denials beside the other party, those rejecting that party's own
    accusation, or saying what their article's lead says (another act), are other
    quarrels and are not loaded: at 1M they more than doubled an accusation's cost."""
    from annotator.domain.suggest import Corpus

    answer = add_document(db, "b", [
        "Hujan deras mengguyur ibu kota sejak pagi.",
        "Pyongyang menepis tudingan itu dan menyebut kerja samanya dengan Moskow sah.",
    ], ordinal=1)[1]
    add_document(db, "c", ["Korea Utara menolak tuduhan Rusia dan menyebutnya tidak benar."],
                 ordinal=2)
    add_document(db, "d", [
        "Pejabat Jepang mengatakan Korea Utara mencampuri pemilu di Rusia.",
        "Korea Utara membantah tuduhan bahwa pihaknya mencampuri pemilu di Rusia.",
    ], ordinal=3)
    add_document(db, "e", [
        "Pejabat Kanada menyatakan Korea Utara bertanggung jawab karena melanggar sanksi "
        "terhadap Rusia.",
        "Korea Utara membantah tuduhan bahwa pihaknya melanggar sanksi terhadap Rusia.",
    ], ordinal=4)  # few words of its own ("melanggar" is a cue word): one is enough
    corpus = Corpus(db)
    groups = {"@korea_utara": corpus.name_query("@korea_utara", {}),
              "@rusia": corpus.name_query("@rusia", {})}
    found = corpus.denied_by("@korea_utara", ["@rusia"], groups, {"kirim", "senjata"},
                             {"@amerika_serikat"})
    assert found == [answer], [corpus.rows[i]["text"] for i in found]
