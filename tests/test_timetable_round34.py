"""A schedule read "according to" is a schedule, and speaks for the body that published it
(thirty-fourth round, issue 11, bug fix on branch w5timetable; domain/proposals/
timetabled.py, data ``context34_timetable``).

The lead's article: a bus company withdraws rural routes; its last sentence, "The last
buses on the affected routes will run on 10 January, according to the timetable published
on the company's website.", was proposed a claim with no source. A schedule is context by
the guidelines, and a document speaks for the body that issued it: the company the article
names (Carrow Buses).

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_BUSES = [
    "Carrow Buses will withdraw 14 rural routes in west Hallamshire from January after the "
    "county council ended a £1.2 million subsidy.",
    "The company said the routes carried fewer than 40 passengers a day on average and "
    "could not run without public money.",
    '"We have kept these services going for as long as we could, but the numbers simply do '
    'not add up," said managing director Lucy Fenwick.',
    "Hallamshire County Council said it had to close a £19 million gap in its budget and "
    "that transport subsidies were among several areas reduced.",
    "Councillor Mark Dunmore, the cabinet member for transport, said the council would work "
    "with community transport groups to keep some villages connected.",
    "The Road Transport Workers' Union said 22 drivers' jobs were at risk.",
    '"These are people who have driven these lanes for twenty years," said the union\'s '
    "regional organiser, Kev Hartley.",
    "Residents in Pellow and Stainby, where the 41 service is the only public transport, "
    "have started a petition that had gathered more than 2,300 signatures by Tuesday.",
    '"Without the bus, my mother can\'t get to her hospital appointments," said Joan Ashby, '
    "67, who lives in Stainby.",
]
_TIMETABLE = ("The last buses on the affected routes will run on 10 January, according to the "
              "timetable published on the company's website.")

# an invented article: a ferry operator and a harbour board
_FERRY = [
    "Islay Sound Ferries will cut its winter crossings to Port Askaig from next month, the "
    "operator said on Monday.",
    "The company said fuel costs had risen by a third since last winter.",
    "Kintyre Harbour Board said it had not been told of the change until Friday.",
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the lead's case ---

def test_the_lead_article_timetable_is_context_of_the_company(db, scheme):
    got = accepted(db, scheme, [*_BUSES, _TIMETABLE,
                                "A public meeting on the changes will be held at Pellow "
                                "village hall on 15 December."], "en")
    timetable = got[-2]
    assert timetable.label == "context", timetable.label_reason
    assert timetable.name == "Carrow Buses", timetable.reason
    assert got[1].label == "claim" and got[1].name == "Carrow Buses"
    assert got[-1].label == "context"


# --- the class, on sentences of our own ---

def test_the_operators_own_timetable(db, scheme):
    got = _last(db, scheme, [*_FERRY, "The last Sunday sailing will leave at 16:40 from 3 "
                                      "November, according to the company's new timetable."])
    assert got.label == "context", got.label_reason
    assert got.name == "Islay Sound Ferries", got.reason


def test_a_timetable_posted_on_the_boards_website(db, scheme):
    got = _last(db, scheme, [*_FERRY, "The pier will be closed to cars on 12 and 13 November, "
                                      "according to a revised timetable posted on the board's "
                                      "website."])
    assert got.label == "context", got.label_reason
    assert got.name == "Kintyre Harbour Board", got.reason


def test_a_schedule_published_by_a_named_body(db, scheme):
    got = _last(db, scheme, [*_FERRY, "The first winter sailing will depart at 07:15, "
                                      "according to a schedule published by Kintyre Harbour "
                                      "Board."])
    assert got.label == "context", got.label_reason
    assert got.name == "Kintyre Harbour Board", got.reason


def test_a_schedule_with_no_owner_is_context(db, scheme):
    got = _last(db, scheme, [*_FERRY, "Both vessels will be out of service from 4 to 18 "
                                      "January, according to the maintenance schedule."])
    assert got.label == "context", got.label_reason


def test_an_agenda_is_a_schedule_too(db, scheme):
    got = _last(db, scheme, [*_FERRY, "The terminal would reopen on 2 March, according to "
                                      "the agenda for the board's next meeting."])
    assert got.label == "context", got.label_reason


# --- near misses: read as before ---

def test_a_past_read_from_a_timetable_is_no_schedule(db, scheme):
    got = _last(db, scheme, [*_FERRY, "The last sailing left Port Askaig at 16:40 on Friday, "
                                      "according to the company's timetable."])
    assert got.label != "context", got.label_reason


def test_a_future_according_to_the_company_itself_is_unchanged(db, scheme):
    got = _last(db, scheme, [*_BUSES, "The last buses on the affected routes will run on 10 "
                                      "January, according to the company."])
    assert got.label == "claim", got.label_reason
    assert got.name == "Carrow Buses"


def test_a_report_on_the_website_is_no_schedule(db, scheme):
    got = _last(db, scheme, [*_FERRY, "Fares will rise by 9 per cent, according to a report "
                                      "published on the board's website."])
    assert "schedule" not in got.reason


def test_a_notice_is_no_schedule_but_speaks_for_its_owner(db, scheme):
    got = _last(db, scheme, [*_FERRY, "The company will be fined £40,000 for running unsafe "
                                      "sailings, according to a notice published on the "
                                      "board's website."])
    assert got.label != "context", got.label_reason
    assert got.name == "Kintyre Harbour Board", got.reason
