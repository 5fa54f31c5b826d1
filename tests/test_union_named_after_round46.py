""""The union said" late in an article means the union as the article names it after first
describing it ("A Belgian dockworkers' union ..." then "The union, ABVV-Havens, said"), not
the description (forty-sixth round, domain/proposals/reading.py ``_named_after_described``).

The proposals now read every sentence before the one proposed, so the lede's description
stays in reach of a "the union" ten sentences on; before, it fell out of a six-sentence
window. A union the article named before it described another one keeps the description:
"a breakaway union" is not "Unite Scotland Transport" named
before it. Every sentence is invented for this test."""

from __future__ import annotations

from types import SimpleNamespace

from support.proposals import accepted

_FILLER = [
    "The dispute has simmered since the summer, when the company changed its rosters.",
    "Shift workers said the new patterns left them with less than eight hours between shifts.",
    "Talks at the conciliation service broke down last month without an agreement.",
    "The company employs about 900 people across its three sites in the region.",
    "Its chief executive was appointed in March after the previous one retired.",
    "Local councillors have called for both sides to return to talks.",
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_a_union_described_then_named_is_the_named_union_ten_sentences_on(db, scheme):
    got = _last(db, scheme, [
        "A Scottish bus drivers' union on Monday accused operator Glenmore Coaches of "
        "forcing drivers to skip rest breaks.",
        "The union, Unite Scotland Transport, said drivers had logged more than 200 "
        "complaints since May.",
        *_FILLER,
        "Glenmore Coaches denied that any driver had been asked to skip a break.",
        "The union said it would consult members on industrial action next week.",
    ])
    assert got.name == "Unite Scotland Transport"


def _unit(texts, described, head="union"):
    """``_named_after_described`` asked at the end of ``texts``, as a reading asks it."""
    from annotator.domain.proposals.entities import entity_table
    from annotator.domain.proposals.reading import _named_after_described

    index = SimpleNamespace(table=entity_table(tuple(texts), "en"), at=len(texts))
    return _named_after_described(index, described, head)


_DESCRIBED_FIRST = [
    "A Scottish bus drivers' union on Monday accused operator Glenmore Coaches of forcing "
    "drivers to skip rest breaks.",
    "The union, Unite Scotland Transport, said drivers had logged more than 200 complaints.",
    *_FILLER,
]


def test_the_description_named_after_it_gives_the_name():
    assert _unit(_DESCRIBED_FIRST, "Scottish bus drivers' union") == "Unite Scotland Transport"


def test_a_union_named_before_the_description_is_another_union():
    texts = [_DESCRIBED_FIRST[1].replace("said drivers", "said on Monday drivers"),
             _DESCRIBED_FIRST[0].replace("A Scottish bus drivers'", "A breakaway drivers'"),
             *_FILLER]
    assert _unit(texts, "breakaway drivers' union") is None


def test_a_name_is_no_description():
    assert _unit(_DESCRIBED_FIRST, "Unite Scotland Transport") is None
