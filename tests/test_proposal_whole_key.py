"""The rules' reading is remembered by a dispute's whole content (engine._whole): taking a
string as it is, without a call, must key exactly as reading every value does, or a
remembered reading would be taken for a dispute read otherwise."""

from __future__ import annotations

import dataclasses

from annotator.domain.proposals import engine
from annotator.domain.proposals.dispute import Dispute


def _every_value(value):
    if isinstance(value, str) or value is None:
        return value
    if isinstance(value, dict):
        return tuple((k, _every_value(v)) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return (type(value).__name__, tuple(_every_value(v) for v in value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple(_every_value(getattr(value, f.name))
                                            for f in dataclasses.fields(value)))
    return value


def _dispute(seen: list[str]) -> Dispute:
    dispute = Dispute(accused=True, seen=seen)
    dispute.accusers["ana ruiz"] = "Ana Ruiz"
    dispute.placed["harbour board"] = ("accused", "Harbour Board")
    dispute.accused_names.update({"Harbour Board", "Mark Dunn"})
    return dispute


def test_a_dispute_keys_as_every_value_read():
    dispute = _dispute(["Ana Ruiz accused the Harbour Board.", "The board denied it."])
    assert engine._whole(dispute) == _every_value(dispute)
    assert engine._whole([("a", ["b", None]), {"c"}]) == _every_value([("a", ["b", None]),
                                                                        {"c"}])


def test_disputes_that_saw_other_sentences_key_apart():
    one = _dispute(["Ana Ruiz accused the Harbour Board."])
    other = _dispute(["Ana Ruiz accused the Harbour Board.", "The board denied it."])
    assert engine._whole(one) != engine._whole(other)
    assert engine._whole(one) == engine._whole(_dispute(["Ana Ruiz accused the Harbour Board."]))
