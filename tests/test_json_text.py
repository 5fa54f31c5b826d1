"""``--json`` output: the indented JSON every command prints is json's own, byte for byte,
however it is built (output.json_text writes rows of plain values in one C call)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli.output import json_text
from annotator.exchange.jsonl import escape_unsafe

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(),
                    st.floats(allow_nan=True, allow_infinity=True))
keys = st.one_of(st.text(), st.none(), st.booleans(), st.integers(),
                 st.floats(allow_nan=False))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner),
    st.dictionaries(keys, inner, max_size=4)), max_leaves=30)


# rows (objects of plain values) in lists, with strings that look like what joins them
tricky = st.text(alphabet=st.sampled_from(["}", "{", "\x00", "\x01", ",", ":", '"', "\\",
                                           "é", "\n", " ", "a", "[", "]", "\u2028"]))
row = st.dictionaries(st.one_of(tricky, st.none(), st.integers()),
                      st.one_of(scalars, tricky), max_size=5)
rows = st.lists(row, max_size=6)


@settings(max_examples=300)
@given(value=st.one_of(rows, st.dictionaries(tricky, rows, max_size=3)),
       indent=st.sampled_from([2, 4, 0]))
def test_rows_are_written_as_json_dumps_writes_them(value, indent):
    expected = escape_unsafe(json.dumps(value, ensure_ascii=False, indent=indent))
    assert json_text(value, indent=indent) == expected


@settings(max_examples=300)
@given(value=values, indent=st.sampled_from([2, 4, 0]))
def test_indented_json_is_what_json_dumps_writes(value, indent):
    expected = escape_unsafe(json.dumps(value, ensure_ascii=False, indent=indent))
    assert json_text(value, indent=indent) == expected


def test_a_key_json_cannot_write_is_refused_as_json_refuses_it():
    with pytest.raises(TypeError):
        json.dumps({(1, 2): 3}, indent=2)
    with pytest.raises(TypeError):
        json_text({(1, 2): 3})
