""""The council said" is the council the article named, not "Arts Council England" named
since (thirty-fifth round, issue 11, try helper t35a; domain/proposals/reading.py).

The try's article (a local paper, a library reopening): "Cambridgeshire County Council, which
runs the library, said ..." and later "The work was paid for by the council and a £400,000
grant from Arts Council England." then "Opening hours have been extended to include Sunday
afternoons, the council said." The last was proposed as Arts Council England, the body named
last with "council" among its words. A name whose last word is the noun ("... County
Council") is what "the council" takes up before a name that only holds it ("Arts Council
England").

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_county_council_not_the_arts_council(db, scheme):
    got = _all(db, scheme, [
        "Wisbech library reopened to the public on Saturday after an 18-month refurbishment "
        "that cost £1.2 million.",
        "Cambridgeshire County Council, which runs the library, said more than 600 people "
        "had visited in the first three hours.",
        "The work was paid for by the council and a £400,000 grant from Arts Council "
        "England.",
        "Opening hours have been extended to include Sunday afternoons, the council said.",
    ])
    assert got[3].name == "Cambridgeshire County Council", got[3].reason


# --- the class, on sentences of our own ---

def test_a_bridge_repair_funded_by_the_arts_council(db, scheme):
    got = _all(db, scheme, [
        "Kent County Council said the bridge would reopen in March.",
        "The repairs were paid for by the council and a grant from the National Lottery "
        "Heritage Fund and Arts Council England.",
        "The work will take six weeks, the council said.",
    ])
    assert got[2].name == "Kent County Council", got[2].reason


# --- near misses ---

def test_the_arts_council_alone_stays(db, scheme):
    got = _all(db, scheme, [
        "Arts Council England gave the theatre £200,000 last year.",
        "The council said the money had been spent on a new roof.",
    ])
    assert got[1].name == "Arts Council England", got[1].reason
