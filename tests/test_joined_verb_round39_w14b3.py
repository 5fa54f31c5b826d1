"""A verb of saying joined by "but"/"and" to a clause whose object is a named owner's thing
is said by that clause's subject, never by the owner (thirty-ninth round, issue 11, bug fix
on branch w14b3; domain/proposals/owned_object.py, reading._read_speaker).

The try article: "The adviser's office confirmed it had received Ms Murray's letter but said
it did not comment on individual cases." was proposed with Angela Murray as its speaker (the
name before "but said"). "Mrs Green's letter said ..." (the letter as the subject) and a
named subject still speak as before.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_MURRAY = [
    "Angela Murray, the shadow housing secretary, accused the minister of misconduct.",
    "She has written to Sir Hugh Pemberton, the independent adviser on ministers' interests, "
    "asking him to investigate.",
]
_GREEN = "Pensioner Ann Green says the council lost her application twice."
_HALE = [
    "Residents say the water company let sewage flow into the river for weeks.",
    "Tom Hale, who lives beside the river, complained to the regulator in March.",
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_the_try_article_office_is_not_the_letter_writer(db, scheme):
    got = _last(db, scheme, _MURRAY + [
        "The adviser's office confirmed it had received Ms Murray's letter but said it did "
        "not comment on individual cases."])
    assert "Murray" not in (got.name or ""), got.reason


def test_and_said_after_a_letter_acknowledged(db, scheme):
    got = _last(db, scheme, [
        _GREEN,
        "The ombudsman's office acknowledged Mrs Green's letter and said it would reply "
        "within 20 days."])
    assert "Green" not in (got.name or ""), got.reason


def test_and_said_after_a_dossier_received(db, scheme):
    got = _last(db, scheme, _HALE + [
        "The regulator's press office received Mr Hale's dossier and said it would study "
        "it."])
    assert "Hale" not in (got.name or ""), got.reason


def test_near_misses_unchanged(db, scheme):
    got = accepted(db, scheme, [
        _GREEN,
        "Mrs Green's letter said the council had lost her forms twice.",
        "Northdale Borough Council acknowledged Mrs Green's letter and said it would reply "
        "within 20 days.",
    ], "en")
    assert got[1].name == "Ann Green", got[1].reason
    assert got[2].name == "Northdale Borough Council", got[2].reason
