"""Breaking, breaching or violating a body's (legal or statutory) duty or obligations is a
wrongful act stated (thirty-eighth round, issue 11, bug fix on branch w12wrong1; data
``wrongs11_acts_with`` in data/cues/en.json).

The lead's article (a blind try): parents of disabled children say the council cut their
school transport; "A petition started by the parents' campaign, Fair Ride North Pennine, has
gathered more than 3,000 signatures. The group says the council is breaking its legal duty
to provide free, suitable transport for every eligible child." The second sentence was
proposed as a claim: "breaking" was a wrong only with "the law", "rules", a ban or a
contract after it, not with a duty. The analyst's answer: an accusation by Fair Ride North
Pennine.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_PETITION = ("A petition started by the parents' campaign, Fair Ride North Pennine, has "
             "gathered more than 3,000 signatures.")
_CASE = ("The group says the council is breaking its legal duty to provide free, suitable "
         "transport for every eligible child.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_breaking_its_legal_duty_is_an_accusation(db, scheme):
    got = _all(db, scheme, [
        "Parents of disabled children have accused North Pennine Council of cutting their "
        "school transport to save money, leaving some pupils missing weeks of lessons.",
        _PETITION, _CASE,
        "Councillor Graham Tulley, the cabinet member for children's services, said no "
        "eligible child had lost their entitlement.",
    ])
    case = got[2]
    assert case.label == "accusation", case.label_reason
    assert case.name == "Fair Ride North Pennine"


def test_breaking_its_legal_duty_alone(db, scheme):
    case = _all(db, scheme, [_PETITION, _CASE])[1]
    assert case.label == "accusation", case.label_reason


# --- the class, on sentences of our own ---

def test_broke_its_duty_of_care(db, scheme):
    got = _all(db, scheme, ["Campaigners say the trust broke its duty of care to patients."])[0]
    assert got.label == "accusation", got.label_reason


def test_breaching_its_duties(db, scheme):
    got = _all(db, scheme, [
        "Residents say the landlord is breaching its duties under the tenancy."])[0]
    assert got.label == "accusation", got.label_reason


def test_broke_their_statutory_obligations(db, scheme):
    got = _all(db, scheme, [
        "The union says the two contractors broke their statutory obligations to consult "
        "staff."])[0]
    assert got.label == "accusation", got.label_reason


# --- near misses: no wrong stated ---

def test_a_duty_alone_is_no_wrong(db, scheme):
    got = _all(db, scheme, [
        "The group says the council has a legal duty to provide transport for every "
        "eligible child."])[0]
    assert got.label != "accusation", got.label_reason


def test_breaking_ground_is_no_wrong(db, scheme):
    got = _all(db, scheme, [
        "The council says it is breaking ground on a new school next month."])[0]
    assert got.label != "accusation", got.label_reason


def test_broke_the_record_is_no_wrong(db, scheme):
    got = _all(db, scheme, ["The club says the runner broke the record by four seconds."])[0]
    assert got.label != "accusation", got.label_reason


def test_breaking_news_is_no_wrong(db, scheme):
    got = _all(db, scheme, [
        "The editor says the paper is breaking news of the merger on its front page."])[0]
    assert got.label != "accusation", got.label_reason


def test_broke_off_talks_over_a_duty_is_no_wrong(db, scheme):
    got = _all(db, scheme, [
        "The union says ministers broke off talks over the duty on steel imports."])[0]
    assert got.label != "accusation", got.label_reason


def test_on_duty_is_no_wrong(db, scheme):
    got = _all(db, scheme, ["The sergeant says he broke his wrist while on duty."])[0]
    assert got.label != "accusation", got.label_reason
