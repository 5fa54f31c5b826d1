"""A new source read from text whose possessive the reading blanked is registered as the
article writes it (thirty-ninth round, issue 11, bug fix on branch w14a1;
naming.as_written).

A try article: "In Dushanbe, Tajikistan's State Committee for National Security blamed
Kyrgyz soldiers ..." then "..., the committee said." proposed the new source "Tajikistan
State Committee for National Security" (read as "Tajikistan   State Committee ...", three
spaces where "'s " stood), and "..., Japarov's office said." proposed "Japarov office": a
reviewer pressing `enter` registered a name the article never writes. The analyst's answer:
"Tajikistan's State Committee for National Security", "Japarov's office".

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_a_body_named_with_its_country_possessive_then_described(db, scheme):
    got = _last(db, scheme, [
        "In Chisinau, Moldova's Intelligence and Security Service detained two men on Monday.",
        "The men had planned to sabotage power lines near the border, the service said."])
    assert got.name == "Moldova's Intelligence and Security Service", got.reason
    # the reason on screen names it as written too, never with the blanked spaces
    assert "Moldova's Intelligence and Security Service" in got.reason, got.reason
    assert "   " not in got.reason, got.reason


def test_a_persons_office(db, scheme):
    got = _last(db, scheme, [
        "Mayor Ana Petrescu met the protesters on Friday evening, and both sides agreed to "
        "resume talks next week, Petrescu's office said."])
    assert got.name == "Petrescu's office", got.reason


def test_a_governors_office_after_a_full_name(db, scheme):
    got = _last(db, scheme, [
        "Governor Mark Ellison signed the budget late on Thursday.",
        "The spending plan includes new funds for rural clinics, Ellison's office said."])
    assert got.name == "Ellison's office", got.reason


def test_near_miss_a_name_written_without_a_possessive_stays(db, scheme):
    got = _last(db, scheme, [
        "The Moldova Intelligence and Security Service detained two men on Monday.",
        "The men had planned to sabotage power lines near the border, the service said."])
    assert got.name == "Moldova Intelligence and Security Service", got.reason
