"""What a speaker expects or urges of others ("expected all affiliated clubs to comply with
equality law") is no standard the accused side says it met: no denial (thirty-seventh round,
issue 11, bug fix on branch w10found1; domain/proposals/wrongs.py, data
``dispute_expecting``; the expectation itself is an appeal: domain/proposals/expected_of.py).

The try helper's article: a member accuses her golf club of barring women from its bar; the
club's secretary denies it; then "The North Riding Golf Association said it expected all
affiliated clubs to comply with equality law and had written to Moorhaven." The "comply
with ... law" was read as the accused side's defence (a standard met): a denial. The county
association is a third party and asks something of the clubs; the accused club's own "we
comply with all equality law" stays a denial.

Every sentence but the try helper's article is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ARTICLE = [
    "A member of one of Yorkshire's oldest golf clubs has accused it of barring women from "
    "its main bar, more than a decade after it voted to admit female members.",
    "Dr Fiona Carradine, a retired GP who joined Moorhaven Golf Club in 2019, said she was "
    "asked to leave the Oak Room bar twice this autumn by staff who told her it was \"for "
    "gentlemen only\".",
    "The club's secretary, Nigel Bramhall, denied that women were barred from any part of "
    "the clubhouse.",
]
_FULL = [
    ("A member of one of Yorkshire's oldest golf clubs has accused it of barring women "
     'from its main bar, more than a decade after it voted to admit female members.'),
    ('Dr Fiona Carradine, a retired GP who joined Moorhaven Golf Club in 2019, said she '
     'was asked to leave the Oak Room bar twice this autumn by staff who told her it was '
     '"for gentlemen only".'),
    ('She has lodged a complaint with the Equality and Human Rights Commission and says '
     'she is prepared to take the club to court.'),
    ('"It is 2026, I pay exactly the same subscription as the men, and I am told to go and'
     ' drink in the ladies\' lounge," she said.'),
    ("The club's secretary, Nigel Bramhall, denied that women were barred from any part of"
     ' the clubhouse.'),
    ('He said the Oak Room had a "jacket and tie" dress code that applied to all members '
     'and that Dr Carradine had been asked to leave because she was wearing a golf '
     'waterproof.'),
    ('"There is no rule, written or unwritten, that keeps women out of the Oak Room," Mr '
     'Bramhall said.'),
    ("A copy of the club's 1987 house rules, shared with the Courier by Dr Carradine, "
     'describes the room as "reserved for gentleman members and their guests".'),
    ('Three other women members told the Courier they had been turned away from the bar in'
     ' the past year.'),
    ('Mr Bramhall said the 1987 rules had been "superseded" when the club admitted women '
     'as full members in 2012.'),
    ("The club's committee will discuss the matter at its meeting on December 14, he "
     'added.'),
]
_EXPECTED = ("The North Riding Golf Association said it expected all affiliated clubs to "
             "comply with equality law and had written to Moorhaven.")


def _last(db, scheme, *sentences):
    return accepted(db, scheme, [*_ARTICLE, *sentences], "en")[-1]


# --- the try helper's case ---

def test_the_association_expecting_clubs_to_comply_is_no_denial(db, scheme):
    got = accepted(db, scheme, [*_FULL, _EXPECTED], "en")[-1]
    assert got.label == "context", got.label_reason
    assert "appeal" in got.label_reason
    assert got.name == "North Riding Golf Association"


# --- the class, on sentences of our own ---

def test_expects_every_member_to_comply_is_no_denial(db, scheme):
    got = _last(db, scheme, "The sport's governing body said it expects every member club "
                            "to comply with the law.")
    assert got.label == "context", got.label_reason


def test_expected_the_club_to_meet_its_obligations_is_an_appeal(db, scheme):
    got = _last(db, scheme, "The county association said it expected the club to meet its "
                            "obligations under the law.")
    assert got.label == "context", got.label_reason


def test_urged_the_club_to_comply_is_no_denial(db, scheme):
    got = _last(db, scheme, "A local councillor said she had urged the club to comply with "
                            "its own equality policy.")
    assert got.label != "denial", got.label_reason


# --- near misses: the accused side's own standard met stays a denial ---

def test_the_clubs_own_we_comply_stays_a_denial(db, scheme):
    got = _last(db, scheme, '"We comply with all equality law," Mr Bramhall said.')
    assert got.label == "denial", got.label_reason
    assert got.name == "Nigel Bramhall"


def test_is_expected_to_comply_is_no_appeal(db, scheme):
    got = _last(db, scheme, "The club is expected to comply with the ruling by Friday.")
    assert "appeal" not in got.label_reason


def test_said_the_club_complied_stays_a_denial(db, scheme):
    got = _last(db, scheme, "Mr Bramhall said the club complied with all equality law.")
    assert got.label == "denial", got.label_reason


def test_the_club_expected_to_comply_by_itself_stays_a_denial(db, scheme):
    # "expects to comply" with no one else named is the club's own conduct, read as before
    got = _last(db, scheme, "Mr Bramhall said the club had always complied with equality "
                            "law and expected nothing less of its staff.")
    assert got.label == "denial", got.label_reason
