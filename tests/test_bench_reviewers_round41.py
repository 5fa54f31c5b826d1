"""bench_proposals.py plays two reviewers through a set, and the one who presses only `enter`
must know only what it accepted: a user who presses `enter` has no gold speakers in the
registry. Until the forty-first round both reviewers shared one database, and the sources
the correcting reviewer added from the gold named the `enter` reviewer's later speakers
(English speakers on the tuned-on sets 2,412 of 2,788 with the shared registry, 2,396 apart)."""

from __future__ import annotations

import pytest
from support.benches import on_path


@pytest.fixture(scope="module")
def bench():
    yield from on_path("bench_proposals")


def enter_figures(result: dict) -> tuple:
    t = result["tally"]["all"]
    return t["sentences"], t["labels"], t["speakers"], t["both"]


@pytest.mark.parametrize("name, language", [("heldout4", "en"), ("classes8", "en")])
def test_the_enter_reviewer_reads_the_same_with_or_without_the_corrector(bench, name,
                                                                        language):
    alone = bench.run(name, False, [], language_only=language, corrector=False)
    both = bench.run(name, False, [], language_only=language)
    assert enter_figures(alone) == enter_figures(both)
    assert alone["rows"] == both["rows"]
    # the corrector still plays: it tries its keys, and the enter reviewer has none
    assert both["tally"]["all"]["keys"] > both["tally"]["all"]["sentences"]
    assert alone["tally"]["all"]["keys"] == alone["tally"]["all"]["sentences"]
