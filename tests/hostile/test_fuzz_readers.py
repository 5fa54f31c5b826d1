"""Property tests of the readers: whatever bytes a file holds, reading it yields
documents or records, or stops with an InputError naming the file — never another
exception (a traceback for the user)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.base.errors import InputError
from annotator.corpus.readers import read_documents
from annotator.exchange.jsonl import read_jsonl

_names = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
_hostile = st.sampled_from(["\x00", "\x1b[5m", "\x9b", "\u202e", "\udc80", "[/]", '"', ",",
                            "\r", "\n", "\ufeff", "{", "[" * 50])
_piece = st.one_of(_names, _hostile)
_text = st.lists(_piece, max_size=30).map("".join)
_bytes = st.one_of(st.binary(max_size=300), _text.map(lambda t: t.encode("utf-8", "surrogatepass")))
_json_value = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), _text),
                           lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                   st.dictionaries(_names, inner, max_size=4)),
                           max_leaves=10)
_jsonl_line = st.one_of(
    _text,
    st.dictionaries(st.sampled_from(["id", "text", "title", "outlet", "annotations",
                                     "language", "published"]), _json_value, max_size=5)
    .map(lambda d: json.dumps(d)))
_jsonl = st.lists(_jsonl_line, max_size=6).map(lambda lines: "\n".join(lines).encode(
    "utf-8", "surrogatepass"))
_csv = st.lists(st.lists(_text, min_size=1, max_size=4).map(",".join), max_size=6).map(
    lambda rows: ("id,text\n" + "\n".join(rows)).encode("utf-8", "surrogatepass"))

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_all(path):
    try:
        for doc in read_documents(path):
            doc.raw.encode("utf-8")  # whatever is read can be stored
    except InputError as exc:
        assert str(path) in str(exc)


@SETTINGS
@given(content=st.one_of(_bytes, _jsonl))
def test_any_jsonl_bytes_read_or_fail_with_the_file_named(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fz") / "in.jsonl"
    path.write_bytes(content)
    try:
        for _, obj in read_jsonl(path):
            json.dumps(obj, ensure_ascii=False).encode("utf-8")  # storable, printable
    except InputError as exc:
        assert str(path) in str(exc)
    _read_all(path)


@SETTINGS
@given(content=st.one_of(_bytes, _csv))
def test_any_csv_bytes_read_or_fail_with_the_file_named(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fz") / "in.csv"
    path.write_bytes(content)
    _read_all(path)


@SETTINGS
@given(content=_bytes)
def test_any_txt_bytes_read_or_fail_with_the_file_named(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fz") / "in.txt"
    path.write_bytes(content)
    _read_all(path)
