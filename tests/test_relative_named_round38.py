"""A name inside a relative clause set between commas before the verb is never its subject
(thirty-eighth round, issue 11, bug fix on branch t38e3; domain/proposals/relative_aside.py,
in_closed_relative, read in reading._subject).

The try article (a wire story): couriers accuse the delivery app Dashly of cutting their
pay by stealth. Once Dashly had been saved as a source, "The Independent Couriers' Union
(ICU), which says it represents about 2,300 Dashly riders in Britain, said the base fee for a
short delivery in London fell from £3.40 to £2.75 in October without any notice." was
proposed with Dashly, the accused app, as its source: the known name inside the relative
clause beat the new name before it. The union speaks.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets. The helper ``registered`` (support.proposals) saves each proposal and
registers its new sources as the labeling screen does, so a name saved before is known."""

from __future__ import annotations

from support.proposals import registered

_UNION = (
    "The Independent Couriers' Union (ICU), which says it represents about 2,300 Dashly "
    "riders in Britain, said the base fee for a short delivery in London fell from £3.40 to "
    "£2.75 in October without any notice.")


# --- the try article's case ---

def test_the_try_article_union_speaks_not_the_app(db, scheme):
    got = registered(db, scheme, [
        "Dashly rejected the riders' figures on Wednesday.",
        _UNION,
    ])
    assert got[0].name == "Dashly"
    assert got[1].name == "Independent Couriers' Union", got[1].reason


# --- the class, on sentences of our own ---

def test_a_known_name_in_the_relative_clause_is_not_the_subject(db, scheme):
    got = registered(db, scheme, [
        "Harlow Foods said on Monday it would close its Basildon depot.",
        "The Food Workers Alliance, which represents Harlow Foods drivers, said the closure "
        "had been planned for months.",
        "Fairwork Watch, which monitors Harlow Foods and other grocers, said pay had fallen.",
    ])
    assert got[1].name == "Food Workers Alliance", got[1].reason
    assert got[2].name == "Fairwork Watch", got[2].reason


# --- near misses: the known name before the clause, or a person named, still speaks ---

def test_the_known_subject_before_the_clause_still_speaks(db, scheme):
    got = registered(db, scheme, [
        "Harlow Foods said on Monday it would close its Basildon depot.",
        "Harlow Foods, which employs 4,000 drivers, said the closure had been planned.",
        "Tom Wilk, who has driven for Harlow Foods since 2021, said the closure was a shock.",
    ])
    assert got[1].name == "Harlow Foods", got[1].reason
    assert got[2].name == "Tom Wilk", got[2].reason
