"""A document "shared with" a paper reached the paper that way: the paper is not its speaker
(thirty-eighth round, issue 11, bug fix on branch w11left383; ``seen._shared_with``).

From two try helpers' blind tries: "Messages shared with the Post show a staff group chat in
which items were ..." was proposed with the paper (the Evening Post) as its source, read as
the agent of "shared with" as "emails leaked to the BBC" is; the writer's gold has no source
(the messages speak, and nobody names who wrote them), as "Emails seen by the Courier show"
has had since round 35.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("The Westbury Courier has learned that staff at Harwick Lettings kept tenants' "
         "deposits for months.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "Emails shared with the Courier show the manager knew of the complaints.",
    "Messages shared with the Courier show staff joking about the deposits.",
    "Invoices shared with the Courier by a former tenant show the fees were charged twice.",
])
def test_the_paper_a_document_was_shared_with_is_not_its_source(db, scheme, sentence):
    got = _last(db, scheme, [_LEDE, sentence])
    assert got.name != "Westbury Courier"
    assert got.name is None


# --- near misses: as before ---

def test_leaked_to_the_paper_is_unchanged(db, scheme):
    got = _last(db, scheme, [_LEDE, "Emails leaked to the Courier show the manager knew "
                                    "of the complaints."])
    assert got.name == "Westbury Courier"


def test_a_statement_shared_with_the_paper_is_its_speakers(db, scheme):
    got = _last(db, scheme, [_LEDE, "In a statement shared with the Courier, Harwick "
                                    "Lettings said all deposits had been returned."])
    assert got.name == "Harwick Lettings"
