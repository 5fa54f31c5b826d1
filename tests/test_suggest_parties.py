"""An accusation's suggestions rank the denial by the accused party first, whatever names
either sentence uses, across articles and languages."""

from __future__ import annotations

from support.corpus import add_document

from annotator.domain.suggest import load_entities, suggest
from annotator.domain.suggest.parties import accused, denier, principal


def test_accused_and_denier_are_entities_in_any_spelling(db):
    ents = load_entities(db)
    assert accused("Pejabat AS menuduh Korut mengirim senjata ke Rusia.", ents) == {
        "@korea_utara", "@rusia"}
    assert denier("North Korea rejected the claims as groundless.", ents) == {"@korea_utara"}
    assert denier("Pyongyang membantah laporan itu.", ents) == {"@korea_utara"}
    assert denier("Laporan itu dibantah.", ents) == set()


def test_the_accused_partys_denial_ranks_first_across_articles_and_languages(db):
    accusation = add_document(db, "a", [
        "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina.",
    ], ordinal=1)[0]
    add_document(db, "b", [
        "Amerika Serikat menolak tuduhan Rusia soal senjata biologis di Ukraina.",
        "North Korea rejected the accusation that it sent weapons to Russia as groundless.",
    ], ordinal=2)
    ranked = suggest(db, accusation)
    top = ranked.sentences[0]
    assert top.text.startswith("North Korea rejected")
    assert "denied by the accused (Korea Utara)" in top.why  # as the registry spells it
    other = next(s for s in ranked.sentences if s.text.startswith("Amerika Serikat"))
    assert "denied by the accused" not in other.why
    assert other.score < top.score


def test_reasons_show_names_as_written(db):
    accusation = add_document(db, "a", [
        "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia lewat pelabuhan Rajin.",
    ], ordinal=1)[0]
    add_document(db, "b", [
        "Korea Utara membantah mengirim senjata lewat pelabuhan Rajin.",
    ], ordinal=2)
    why = suggest(db, accusation).sentences[0].why
    assert "shares Korea Utara" in why and "accused (Korea Utara)" in why
    assert "korea utara" not in why


def test_a_denial_of_another_allegation_is_not_the_answer(db):
    """Sharing the names and the word "tuduhan" is not enough: "Russia denied training
    militias" does not answer "North Korea sent weapons to Russia", and "Ukraine accuses
    Russia ..." is not a repeat of an accusation against North Korea."""
    ents = load_entities(db)
    assert principal("Pejabat AS menuduh Korut mengirim senjata ke Rusia.", ents) == \
        "@korea_utara"
    accusation = add_document(db, "a", [
        "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina.",
    ], ordinal=1)[0]
    add_document(db, "b", [
        "Rusia membantah tuduhan bahwa pihaknya melatih milisi di Ukraina.",
        "Cuaca di ibu kota cerah sepanjang hari.",
        "Korea Utara membantah tuduhan bahwa pihaknya mengirim senjata ke Rusia.",
    ], ordinal=2)
    add_document(db, "c", ["Ukraina menuduh Rusia mengirim senjata ke Korea Utara."], ordinal=3)
    ranked = {s.text.split()[0]: s for s in suggest(db, accusation).sentences}
    assert ranked["Korea"].score > ranked["Rusia"].score
    assert "denied by the accused" not in ranked["Rusia"].why
    assert ranked["Korea"].score > ranked["Ukraina"].score


def test_who_denies_and_whose_accusation_is_rejected(db):
    """A quotation's denier is in its attribution; a subject opening the sentence counts;
    the accusation a denial rejects is named after "tuduhan" or before "'s claim"."""
    from annotator.domain.suggest.parties import denier_names, rejected_from

    ents = load_entities(db)
    # countries are parties in any spelling (data/parties.json), the rest capitalised words
    assert {"pantai", "@filipina"} <= denier_names(
        '"Tuduhan itu sama sekali tidak benar," ujar juru bicara Penjaga Pantai Filipina.', ents)
    assert "@filipina" in denier_names("Filipina membantah tuduhan itu.", ents)
    assert rejected_from("Tentara Sudan menolak tuduhan Iran dan menyebutnya palsu.", ents) == {
        "@iran"}
    assert rejected_from("Cambodia rejected Thailand's claim that it fired first.", ents) == {
        "@thailand"}
    assert rejected_from("Iran dismissed accusations by the European Union.", ents) == {
        "@uni_eropa"}
    assert rejected_from("Korut menolak tuduhan pengiriman senjata ke Rusia.", ents) == set()
