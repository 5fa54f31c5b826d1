"""A feeling reported after a near "that" of the speech verb ("said on Tuesday that it was
disappointed", "told reporters that he was disappointed") is a feeling, context, as it is
right after the verb or after a far "that" (thirty-ninth round, issue 11, bug fix on branch
t39b1; domain/proposals/acts.py ``_said_that``).

The helper's try (a regional daily's court story, gold written before any proposal): after
the housebuilder "had pleaded not guilty", "The company said in a statement that it was
"disappointed" by the verdict and was considering an appeal." was a denial ("the accused side
replies"): the "that" stood four words after "said", where neither the verb's own reach
(four words) nor the far "that" (more than four words after it) read the feeling.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_VERDICT = ("A housebuilder has been fined £40,000 after magistrates found it guilty of "
            "felling seven protected oaks on the edge of Ashcombe.")
_PLEA = ("Larkfield Homes had pleaded not guilty, arguing that the trees had been diseased "
         "and posed a danger to the public.")


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_VERDICT, _PLEA, sentence], "en")[-1]


def test_the_try_case(db, scheme):
    got = _last(db, scheme, "The company said in a statement that it was \"disappointed\" "
                            "by the verdict and was considering an appeal.")
    assert (got.label, got.name) == ("context", "Larkfield Homes")


@pytest.mark.parametrize("sentence", [
    "The company said on Tuesday that it was disappointed by the verdict.",
    "Its managing director told reporters that he was disappointed by the ruling.",
    "The firm said in a statement that it was deeply disappointed by the decision.",
])
def test_feeling_after_a_near_that(db, scheme, sentence):
    assert _last(db, scheme, sentence).label == "context"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The company said on Tuesday that the trees had been rotten.",
    "The company said in a statement that the oaks were diseased and unsafe.",
])
def test_a_fact_after_a_near_that_stays_a_reply(db, scheme, sentence):
    assert _last(db, scheme, sentence).label == "denial"
