"""The lead's fixes from a fresh article pair, twenty-third round (issue 11): a lede's
"group of <people>" takes the group the next sentence names; the accusers' nouns reach
behind the places that describe them ("warga Desa X, Kecamatan Y, Kabupaten Z,"), so that
their coordinator's limiting word is no rebuttal; and an indefinite pronoun ("Nobody has told
us") is never a speaker; and a title of several words with no name ("kata Wali Kota") is the
title as written, not its last word. Every sentence is invented for this test;
none is taken from the benchmark's sets or from the articles the fixes were read from."""

from __future__ import annotations

from support.proposals import accepted


def test_a_lede_group_takes_the_group_the_next_sentence_names(db, scheme):
    got = accepted(db, scheme, [
        "A group of dog walkers has accused the borough council of fencing off a "
        "common it had promised to keep open.",
        "The Hartley Common Forum said the council had fenced off nine acres in March.",
    ], "en")
    assert got[0].name == "Hartley Common Forum", got[0].reason


def test_a_member_quoted_next_does_not_name_the_group(db, scheme):
    # a guard, passing before the change too: one member quoted next names no group
    got = accepted(db, scheme, [
        "A group of nurses has accused the Westfield Clinic of falsifying rotas.",
        "\"We were told to sign sheets for shifts nobody worked,\" said Mira Okafor, "
        "a nurse who signed the letter.",
    ], "en")
    assert got[0].name is None, got[0].reason


def test_the_group_named_later_in_the_article_is_not_taken(db, scheme):
    # a guard: only the very next sentence names the lede's group
    got = accepted(db, scheme, [
        "A group of parents has accused the Hollins Academy of cancelling lessons.",
        "The academy said the lessons had been moved, not cancelled.",
        "The Hollins Parents' Forum will meet on Monday.",
    ], "en")
    assert got[0].name is None, got[0].reason


def test_residents_described_by_their_village_stay_the_accusing_side(db, scheme):
    got = accepted(db, scheme, [
        "Puluhan warga Desa Mekarsari, Kecamatan Cibeber, Kabupaten Cianjur, menuding "
        "kepala desa mereka menyelewengkan dana bantuan banjir.",
        "Koordinator warga, Ujang Sobari (52), mengatakan saluran irigasi yang dianggarkan "
        "sepanjang satu kilometer hanya dibangun sekitar 400 meter.",
    ], "id")
    assert got[1].label != "denial", got[1].label_reason


def test_an_indefinite_pronoun_is_never_a_speaker(db, scheme):
    got = accepted(db, scheme, [
        "Tenants at Orchard Court have accused their landlord of charging for repairs "
        "that were never done.",
        "Amal Haddad, who has lived there for nine years, said she had paid £300 for a "
        "boiler that still does not work.",
        "\"Nobody has told us where the money went.\"",
    ], "en")
    assert got[2].name == "Amal Haddad", got[2].reason


def test_a_title_of_several_words_with_no_name_is_the_title_as_written(db, scheme):
    got = accepted(db, scheme, [
        "Ratusan sopir angkot menolak rencana penghapusan trayek ke terminal lama.",
        "\"Penataan ini demi keselamatan penumpang,\" kata Wali Kota.",
        "Wakil Bupati mengatakan trayek baru akan diuji selama sebulan.",
    ], "id")
    assert [g.name for g in got[1:]] == ["Wali Kota", "Wakil Bupati"], [g.reason for g in got]
