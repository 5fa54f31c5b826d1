"""What a label key remembers (issue 10, twentieth round): a sentence read back is
remembered by the whole dispute it is read in, as its rules' reading is (``_ruled``), not
by ``Dispute.frozen``, which leaves out the names as they were written (a denier's name is
kept by its folded key, and a reason quotes it as written)."""

from __future__ import annotations

from annotator.domain.proposals import engine
from annotator.domain.proposals.dispute import Dispute
from annotator.domain.proposals.reading import ACCUSATION, DENIAL
from annotator.domain.speakers import SourceIndex

QUOTE_OPENED = ('"We have never taken a single dollar, and we never will," a Maju Holdings '
                'spokesman said. "Every payment was approved by the board.')
INSIDE = "Every payment was audited twice."


def _denied_by(name: str) -> Dispute:
    """An accusation, then a denial by ``name`` whose quotation is still open."""
    dispute = Dispute()
    dispute.take(ACCUSATION, "Budi Santoso")
    dispute.seen.append("Budi Santoso accused Maju Holdings of fraud.")
    dispute.take(DENIAL, name)
    dispute.seen.append(QUOTE_OPENED)
    return dispute


def test_a_sentence_read_back_in_a_dispute_that_writes_a_name_otherwise_is_read_again(scheme):
    """Two disputes the same but for how the denier's name is written: ``frozen`` cannot
    tell them apart, the reading's reason can. The second reading back is the one read
    afresh in its own dispute, whatever was read before it."""
    index = SourceIndex([])
    plain, shouted = _denied_by("Maju Holdings"), _denied_by("MAJU HOLDINGS")
    assert plain.frozen() == shouted.frozen()
    afresh = [engine.propose_text(INSIDE, scheme, index, "en", dispute=d, remember=False)
              for d in (plain, shouted)]
    assert "MAJU HOLDINGS began" in afresh[1].label_reason  # the reading depends on it
    engine._EARLIER.clear()
    read_back = [engine._earlier(INSIDE, scheme, index, "en", engine.Chain(), dispute=d)
                 for d in (plain, shouted)]
    assert read_back == afresh
