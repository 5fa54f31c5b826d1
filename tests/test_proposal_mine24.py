"""The lead's fix from the twenty-third round's fresh English article (issue 11): an
occupation written as a title before a person's name ("Librarian Joan Okafor said") is no
part of the speaker's name. Every sentence is invented for this test; none is taken from the
benchmark's sets or from the article the fix was read from."""

from __future__ import annotations

import pytest
from support.proposals import accepted


@pytest.mark.parametrize("title", ["Librarian", "Archivist", "Caretaker", "Chef"])
def test_an_occupation_before_a_name_is_no_part_of_the_speaker(db, scheme, title):
    got = accepted(db, scheme, [
        "Parents have accused the county council of closing the reading room without notice.",
        f"{title} Ruth Adebayo said the room had been used by forty families a week.",
    ], "en")
    assert got[1].name == "Ruth Adebayo", got[1].reason
