"""A CSV quote that opens at the start of a field and closes at the end of a later line is
legal CSV, and reads as one field holding the rows between: rows silently lost. A quoted
field that spans lines whose inner lines each read as a row of the header's width, starting
with the same kind of value (id, number, date, URL) as the row itself, is refused with the
file, the line and a hint; text that really spans lines is read as it is."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.hostile import run_cli

from annotator.base.errors import InputError
from annotator.corpus.readers import read_documents

SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

_words = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz ,.;!?'"), min_size=1, max_size=40)
_sentence = _words.map(lambda w: "Kata " + w.strip() + ".")
# no comma or quote: the writer leaves the field bare, where a stray quote can go
_bare = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz .'"), min_size=1, max_size=40).map(
    lambda w: "Kata " + w.strip() + ".")


def _read(tmp_path_factory, content: str):
    path = tmp_path_factory.mktemp("csv") / "in.csv"
    path.write_text(content, newline="")
    return path, [doc.raw for doc in read_documents(path)]


@SETTINGS
@given(texts=st.lists(_bare, min_size=3, max_size=8), opened=st.integers(0, 5),
       span=st.integers(1, 4), columns=st.sampled_from([["id", "text"],
                                                        ["id", "text", "outlet"]]))
def test_rows_swallowed_by_a_quote_closed_at_a_line_end_are_refused(
        tmp_path_factory, texts, opened, span, columns):
    opened = min(opened, len(texts) - 2)
    last = min(opened + span, len(texts) - 1)
    rows = [[str(n + 1), text, "Kompas"][:len(columns)] for n, text in enumerate(texts)]
    lines = []
    for n, row in enumerate(rows):
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(row)
        line = out.getvalue()
        if n == opened:  # the quote a hand edit left: opens the text field ...
            line = line.replace(f",{row[1]}", f',"{row[1]}', 1)
        if n == last:  # ... and one closes it at the end of a later row's text
            line = line.replace(f",{row[1]}", f',{row[1]}"', 1) if len(columns) == 3 \
                else line + '"'
        lines.append(line)
    content = ",".join(columns) + "\n" + "\n".join(lines) + "\n"
    path = tmp_path_factory.mktemp("csv") / "in.csv"
    path.write_text(content, newline="")
    try:
        docs = [doc.raw for doc in read_documents(path)]
    except InputError as exc:
        assert str(exc).startswith(f"{path}:{opened + 2}:"), str(exc)
        assert "swallowed rows" in str(exc)
    else:  # only if the quotes happened to fall where csv reads them differently
        pytest.fail(f"read {len(docs)} documents from {len(rows)} rows:\n{content}")


@SETTINGS
@given(paragraphs=st.lists(st.lists(_sentence, min_size=1, max_size=4), min_size=1,
                           max_size=4),
       ids=st.sampled_from(["number", "date", "url"]))
def test_text_that_really_spans_lines_is_read_as_it_is(tmp_path_factory, paragraphs, ids):
    key = {"number": lambda n: str(n + 1), "date": lambda n: f"2024-01-{n + 1:02d}",
           "url": lambda n: f"https://berita.id/{n + 1}"}[ids]
    texts = ["\n".join(p) for p in paragraphs]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "text"])
    writer.writerows([key(n), text] for n, text in enumerate(texts))
    _, raws = _read(tmp_path_factory, out.getvalue())
    assert raws == texts


def test_the_cli_refuses_swallowed_rows_in_one_line_and_stores_nothing(tmp_path):
    bad = tmp_path / "q.csv"
    bad.write_text('id,text\n1,"Pejabat AS menuduh Korea Utara.\n'
                   '2,Kremlin membantah laporan itu.\n3,Korea Utara menolak tuduhan itu."\n')
    db = tmp_path / "c.db"
    result = run_cli(["ingest", "--db", db, bad])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert f"{bad}:2:" in result.stderr and "lines 3-4 each read as a row" in result.stderr
    assert not db.exists()
