"""Accusations the rules proposed as claims, second pass (twenty-eighth round, issue 11 item
1, branch i11accuse28b; domain/proposals/reframed.py, data ``accuse28b_reframed``).

The guidelines: an accusation attributes a wrongful act to an identifiable party; naming the
act is enough. The accusing side most often names the wrong in its own words by denying the
name a thing goes by and giving it its own ("it is not a price change, it is an ambush");
the rules read the quotation as a claim. Read as an accusation: in the speaker's own words,
after an allegation, from one not on the accused side; the accused side's reframing is its
reply, "not only ... but" adds, and a concession ("not lying, but it is not the whole
story") or a sentence with no allegation before names nothing.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE_EN = ("Tenants of the Marlow Court flats accused their landlord, Greyfield Homes, of "
            "charging them for repairs that were never carried out.")
# the rules' reading (the shipped label model may propose an accusation of its own, as it
# may for any quotation; what is tested here is what the rules read)
_RULE = "names the wrong in place of what it is called"
_LEDE_ID = ("Paguyuban pedagang Pasar Cempaka menuduh pengelola pasar, PT Sentra Niaga, "
            "menarik iuran kebersihan yang tidak pernah disetor ke kas daerah.")


def test_the_accusing_side_names_the_thing_again_in_english(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "\"That is not a service charge, it is a penalty for living here,\" said Hannah "
        "Doyle, who chairs the tenants' association.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert _RULE in got[1].label_reason and "not a service charge" in got[1].label_reason


def test_the_reframing_across_a_stop(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "\"These were not repairs. They were invoices for a ladder and a photograph,\" "
        "said tenant Omar Siddiqui.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert _RULE in got[1].label_reason


def test_the_accusing_side_names_the_thing_again_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "\"Ini bukan iuran kebersihan, ini setoran ke kantong pengelola,\" kata Ketua "
        "paguyuban, Sumarni.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert _RULE in got[1].label_reason


def test_what_adds_or_concedes_names_no_wrong(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "\"We are not only tenants, we are neighbours who look after each other,\" said "
        "resident Priya Nair.",
        "\"It is not perfect, but it is not a scandal either,\" said housing researcher "
        "Tom Barker.",
    ], "en")
    assert _RULE not in got[1].label_reason and _RULE not in got[2].label_reason


def test_with_no_allegation_before_a_reframing_names_no_wrong(db, scheme):
    alone = accepted(db, scheme, [
        "\"It is not a festival, it is a family reunion,\" said organiser Lena Hart of the "
        "Hollins Green summer fair.",
    ], "en")
    assert _RULE not in alone[0].label_reason


def test_the_accused_sides_reframing_is_not_its_accusation(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Direktur PT Sentra Niaga, Budi Santoso, membantah tuduhan itu.",
        "\"Itu bukan pungutan liar, itu iuran yang disepakati bersama pedagang,\" "
        "kata Budi.",
    ], "id")
    assert got[2].label != "accusation", got[2].label_reason
    assert _RULE not in got[2].label_reason


def test_the_accused_sides_spokesman_named_after_the_quotation(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "\"This is not overcharging, it is the cost of a building this old,\" said the "
        "company's spokesman, Martin Keyes.",
    ], "en")
    assert _RULE not in got[1].label_reason, got[1].label_reason
