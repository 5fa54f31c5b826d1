"""A union named after a lede that describes a company is not that company (thirty-seventh
round, issue 11, bug fix on branch t37f3; domain/proposals/named_next.py ``not_business``,
data ``speaker37_not_business``).

The try helper's wire story opens "A bus company running services across West Yorkshire has
been accused by a trade union of cutting drivers' rest breaks ..., a charge the operator
denies." and goes on "The Transport and Allied Workers' Federation (TAWF) said ...". The
lede's "company" was bound to the body named next, the union, so the operator's reply
'"The union's figures are simply wrong," a company spokeswoman said' was proposed as the
union's own. A union's, an association's or a campaign's name (or a state body's) named
next is the other party, never the business a lede describes.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_UNION = "Transport and Allied Workers' Federation"


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_company_spokeswoman_is_not_the_union(db, scheme):
    got = _all(db, scheme, [
        "A bus company running services across West Yorkshire has been accused by a trade "
        "union of cutting drivers' rest breaks to keep buses on the road amid a staff "
        "shortage, a charge the operator denies.",
        "The Transport and Allied Workers' Federation (TAWF) said drivers had been rostered "
        "on shifts of up to five and a half hours with no meal break on more than 200 "
        "occasions since September.",
        'Regional organiser Gary Lomax said the practice was "dangerous for drivers and '
        'dangerous for passengers".',
        "Pennine Rider said all its schedules complied fully with the law and that no driver "
        "had been asked to work beyond the legal limits.",
        '"The union\'s figures are simply wrong," a company spokeswoman said, adding that '
        "breaks were sometimes moved but never removed.",
    ])
    assert got[0].name == _UNION
    reply = got[4]
    assert reply.name != _UNION, reply.reason
    assert reply.name == "Pennine Rider", reply.reason


# --- the class, on sentences of our own ---

def test_a_firm_described_then_a_residents_association_named(db, scheme):
    got = _all(db, scheme, [
        "A housebuilding firm has been accused by homeowners of leaving new houses with "
        "leaking roofs and missing insulation.",
        "The Larkfield Meadows Residents' Association said members had logged more than 600 "
        "faults since the spring.",
        "Calderbrook said most of the faults were minor and had been fixed.",
        '"We take every complaint seriously," a firm spokesman said.',
    ])
    assert got[3].name != "Larkfield Meadows Residents' Association", got[3].reason


# --- near misses that must not change ---

def test_a_company_named_next_still_binds(db, scheme):
    got = _all(db, scheme, [
        "A water company has been fined £2m for pumping sewage into a river for three years.",
        "Severnvale Water said it accepted the ruling and had invested in new pumps.",
        '"We are sorry for the harm caused," a company spokesman said.',
    ])
    assert got[2].name == "Severnvale Water", got[2].reason


def test_a_group_described_then_the_union_named_still_binds(db, scheme):
    got = _all(db, scheme, [
        "A union has accused a hospital trust of forcing nurses to work unpaid overtime.",
        "The Royal Union of Nurses said 300 members had reported extra hours.",
        "The union said it would ballot members next month.",
    ])
    assert got[2].name == "Royal Union of Nurses", got[2].reason
