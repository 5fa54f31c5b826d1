"""A masthead above a short navigation trail, and a writer's line "Name - City" below the
headline, are page chrome (twentieth round: met on a fresh Indonesian page, where the outlet's
name was taken for the headline and the real headline, the trail and the byline were
presented as sentences)."""

from __future__ import annotations

import pytest

from annotator.corpus.analyse import analyse
from annotator.corpus.rules import load_rules

RULES = load_rules()

BODY = ("Pedagang menuding juru parkir memungut tarif di atas ketentuan.\n"
        "Koordinator juru parkir membantah tuduhan itu.\n")


@pytest.mark.parametrize(("masthead", "trail"), [
    ("Kabar Sragen", "Beranda > Daerah"),
    ("Warta Pantura", "Home / Berita"),
    ("The Dale Courier", "News | Local"),
    ("Suara Tegal", "Beranda » Ekonomi » Pasar"),
])
def test_a_masthead_above_a_short_trail_is_not_the_headline(masthead, trail):
    page = f"{masthead}\n{trail}\nJuru Parkir Pasar Dituding Pungut Tarif di Atas Perda\n{BODY}"
    analysis = analyse(page, RULES, language="id")
    assert analysis.title == "Juru Parkir Pasar Dituding Pungut Tarif di Atas Perda"
    assert [u.excluded for u in analysis.units][:3] == ["page-section", "page-section",
                                                        "headline"]
    assert [u.excluded for u in analysis.units][3:] == [None, None]


@pytest.mark.parametrize("byline", [
    "Rina Oktaviani - Sragen", "Rina Oktaviani – Sragen", "Dimas Prasetyo | Kabar Tegal",
])
def test_a_writers_line_with_a_dash_below_the_headline_is_chrome(byline):
    page = f"Juru Parkir Pasar Dituding Pungut Tarif di Atas Perda\n{byline}\n{BODY}"
    analysis = analyse(page, RULES, language="id")
    units = {u.text: u.excluded for u in analysis.units}
    assert units[byline] == "page-section"
    assert [u.excluded for u in analysis.units][-2:] == [None, None]


@pytest.mark.parametrize("line", [
    "Harga cabai naik - pedagang mengeluh",  # lower-case words: not a name line
    "Jakarta - Bandung - Surabaya dilanda banjir pada Senin pagi",  # too many words
])
def test_a_line_with_a_dash_that_is_not_a_name_line_stays(line):
    page = f"Juru Parkir Pasar Dituding Pungut Tarif di Atas Perda\n{line}\n{BODY}"
    units = {u.text: u.excluded for u in analyse(page, RULES, language="id").units}
    assert units.get(line) != "page-section"


def test_a_short_headline_over_a_trail_like_line_with_the_body_after():
    # no short masthead above: the first line is the headline, as before
    page = ("Banjir di Sragen\n"
            "Warga mengungsi setelah hujan deras semalam.\n")
    analysis = analyse(page, RULES, language="id")
    assert analysis.title == "Banjir di Sragen"
