"""A phrase that opens the sentence and ends in a place does not make the speaker after its
comma a place in apposition (thirty-eighth round, issue 11, bug fix on branch t38b3;
domain/proposals/reading.py, ``_fronted_closed``).

The try helper's wire story: "A rights group on Wednesday accused Australian miner
Karrawong Resources of withholding wages ..." then "In a report released in Lusaka, Fair
Labour Africa said 640 workers at the Chimbwe mine near Solwezi had received no pay since
January, while others were paid only part of what they were owed." "Lusaka, Fair Labour
Africa" was read as a place and a second place in apposition to it (as "di Kabupaten
Indramayu, Jawa Barat"), so the rules found no speaker; the sentence was read as nobody's
and its "were paid" as a reply for the accused ("argues against the accusation"): a denial,
which then put the rights group on the accused side. The comma that closes an opening phrase
("In a report released in Lusaka,", "Speaking in Jakarta,") is followed by the clause's
subject.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A rights group on Wednesday accused Australian miner Karrawong Resources of "
         "withholding wages from hundreds of workers at its copper mine in northwestern "
         "Zambia for up to five months.")
_REPORT = ("In a report released in Lusaka, Fair Labour Africa said 640 workers at the "
           "Chimbwe mine near Solwezi had received no pay since January, while others were "
           "paid only part of what they were owed.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_report_is_the_rights_groups_accusation(db, scheme):
    got = _all(db, scheme, [_LEDE, _REPORT, 'Karrawong Resources rejected the findings as '
                            '"inaccurate and one-sided".'])
    report = got[1]
    assert report.name == "Fair Labour Africa"
    assert report.label == "accusation", report.label_reason
    assert "argues against" not in report.label_reason
    assert got[2].label == "denial" and got[2].name == "Karrawong Resources"


def test_the_speaker_is_found_by_the_rules(db, scheme):
    report = _all(db, scheme, [_REPORT])[0]
    assert report.name == "Fair Labour Africa"
    assert "the rules before: no speaker named" not in report.reason, report.reason


# --- the class, on sentences of our own ---

def test_speaking_in_a_city_then_the_speaker(db, scheme):
    got = _all(db, scheme, ["Speaking in Jakarta, Maria Ulfa said the company had not paid "
                            "its workers since March."])[0]
    assert got.name == "Maria Ulfa"
    assert "no speaker named" not in got.reason, got.reason


def test_a_statement_issued_in_a_city_then_a_body(db, scheme):
    got = _all(db, scheme, ["In a statement issued in London, Greenline Trust said the "
                            "river had been polluted for months."])[0]
    assert got.name == "Greenline Trust"
    assert "no speaker named" not in got.reason, got.reason


# --- near misses that must not change ---

def test_a_place_in_apposition_is_no_speaker(db, scheme):
    got = _all(db, scheme, ["In Bandung, West Java, farmers said the dam had leaked for "
                            "weeks."])[0]
    assert got.name is None


def test_a_city_and_its_country_then_a_described_body(db, scheme):
    got = _all(db, scheme, ["In Cardiff, Wales, the council said the road would reopen "
                            "on Friday."])[0]
    assert got.name not in ("Wales", "Cardiff")


def test_an_opening_time_phrase_still_reads(db, scheme):
    got = _all(db, scheme, ["In a report released on Wednesday, Fair Labour Africa said 640 "
                            "workers had received no pay since January."])[0]
    assert got.name == "Fair Labour Africa"
