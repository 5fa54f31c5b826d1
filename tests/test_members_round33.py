"""Members of a body the article names speak as that body (thirty-third round, issue 11,
bug fix on branch t33local; data/cues/en.json "speaker10_official_plurals", and
domain/proposals/officials.py reading a possessive plural in a body's name).

The try article (English local news): "The Hollins Court Tenants' Association" accuses the
landlord; later "Tenants' association members said the condensation explanation was
'insulting'". Nothing was proposed ("no speaker named"), though the guidelines say
officials, organisers, members or staff of one body speak as that body. "members", with a
word that says which body ("association members", "residents' association members"), now
reads as "officials" and "staff" already did; a bare "members" stays unread.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_GROUP = ("The Hollins Court Tenants' Association, formed in the spring, accused Northgate "
          "Homes of ignoring 112 reports of leaks.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_tenants_association_members_speak_as_the_association(db, scheme):
    got = _all(db, scheme, [
        _GROUP,
        "Northgate Homes said most of the damp was caused by condensation.",
        "Tenants' association members said the condensation explanation was \"insulting\" "
        "and pointed out that flats left empty had also developed mould.",
    ])
    assert got[2].name == "Hollins Court Tenants' Association", got[2].reason


# --- the class, on sentences of our own ---

def test_residents_association_members(db, scheme):
    got = _all(db, scheme, [
        "The Lark Lane Residents' Association has complained to Harwell District Council "
        "about the smell from the depot.",
        "Residents' association members said the smell had been worse since June.",
    ])
    assert got[1].name == "Lark Lane Residents' Association", got[1].reason


def test_union_members(db, scheme):
    got = _all(db, scheme, [
        "The Fenwick Bus Workers Union says drivers were ordered to skip rest breaks.",
        "Union members said the rota had been changed without notice.",
    ])
    assert got[1].name == "Fenwick Bus Workers Union", got[1].reason


# --- near misses that must not change ---

def test_bare_members_are_not_read(db, scheme):
    got = _all(db, scheme, [
        _GROUP,
        "Members said the meeting had been postponed.",
    ])
    assert got[1].name != "Hollins Court Tenants' Association" or "officials of it" not in \
        got[1].reason


def test_family_members_name_no_body(db, scheme):
    got = _all(db, scheme, [
        _GROUP,
        "Family members said they had moved out in August.",
    ])
    assert got[1].name != "Hollins Court Tenants' Association", got[1].reason
