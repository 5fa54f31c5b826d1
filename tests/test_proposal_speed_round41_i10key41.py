"""The forty-first round's speed work on the label key (issue 10), every proposal unchanged:
each shortcut checked against the code it stands in front of (kept here as the oracle), on
hypothesis's texts and a few written ones, and through the real proposal.

- ``reading._clause_start`` / ``_clause_end`` answer at once where the stretch of text the
  gaps they ask lie in holds no break at all (a subject reading asks them of clauses with
  no comma in them, gap by gap); five readings that wrote the same scan out as
  ``max([k for k in range(1, end) if <a break before k>], default=0)`` ask
  ``_clause_start`` instead (the same largest k);
- ``LabelModel._words`` counts the shipped model's words and word pairs (ngram_range (1, 2))
  without a slice of ``known`` per pair: the same counts in the same order, so the same
  floats.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.domain.proposals import reading
from annotator.domain.proposals.engine import propose_text
from annotator.domain.proposals.label_model import LabelModel, _words_and_pairs, shipped
from annotator.domain.proposals.name_words import _BREAK_MARKS, TOKEN, gap_before
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex

# --- the clause's edges: no gap asked where the text between holds no break ---


def _start_as_before(text, tokens, end):
    return max([k for k in range(1, end) if not _BREAK_MARKS.isdisjoint(
        gap_before(text, tokens, k))], default=0)


def _end_as_before(text, tokens, start):
    return next((k for k in range(start + 1, len(tokens)) if not _BREAK_MARKS.isdisjoint(
        gap_before(text, tokens, k))), len(tokens))


_PIECES = ["Menteri", "Budi", "said", "the", "U.S.", "St.", "Mt", "R.", "John", "F.",
           "Kennedy", "KOMPAS.com", "Amsterdam-based", "O'Neil", "x", "é", " ", "  ", ",",
           ", ", ".", ". ", ";", ":", "(", ")", '"', "“", "”", "-", " - ", "–", "—", "'",
           "\n", "7", "Rp1.000"]


def _check_edges(text: str) -> None:
    tokens = list(TOKEN.finditer(text))
    for end in range(0, len(tokens) + 1):
        assert reading._clause_start(text, tokens, end) == _start_as_before(
            text, tokens, end), (text, end)
    for start in range(0, len(tokens)):
        assert reading._clause_end(text, tokens, start) == _end_as_before(
            text, tokens, start), (text, start)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_clause_edges_answer_as_the_scan_on_random_texts(pieces):
    _check_edges("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aB .,;:-()\"'“”–—\nSU7é"), max_size=60))
def test_clause_edges_answer_as_the_scan_on_any_characters(text):
    _check_edges(text)


def test_clause_edges_on_written_sentences():
    for text in ("Menteri Kesehatan Budi Gunadi Sadikin mengatakan program itu berjalan.",
                 "Saat itu, Presiden Joko Widodo menegaskan bahwa tidak ada pelanggaran.",
                 "The U.S. Chess Federation said it had suspended him.",
                 "John F. Kennedy, who was president then, said nothing.",
                 "KOMPAS.com - Pemerintah menyatakan bahwa harga beras naik.",
                 "Ofsted, which inspected the academy, rated it good and noted a decline."):
        _check_edges(text)
    text = "Saat itu, Presiden Joko Widodo menegaskan"  # a comma: the clause after it
    tokens = list(TOKEN.finditer(text))
    assert reading._clause_start(text, tokens, 5) == 2
    assert reading._clause_end(text, tokens, 0) == 2
    text = "Presiden Joko Widodo menegaskan hal itu"  # none: the sentence's edges
    tokens = list(TOKEN.finditer(text))
    assert reading._clause_start(text, tokens, 3) == 0
    assert reading._clause_end(text, tokens, 1) == len(tokens)


def test_the_readings_that_scanned_ask_clause_start():
    source = open(reading.__file__, encoding="utf-8").read()
    assert not re.search(r"max\(\[k for k in range\(1, \w+\) if not _BREAK_MARKS", source)


# --- the label model's words and pairs ---


def _counts_as_before(tokens, terms, low=1, high=2):
    counts = {}
    known = [t in terms for t in tokens]
    for n in range(low, high + 1):
        for k in range(len(tokens) - n + 1):
            if n > 1 and low == 1 and not all(known[k:k + n]):
                continue
            gram = tokens[k] if n == 1 else " ".join(tokens[k:k + n])
            if gram in terms:
                counts[gram] = counts.get(gram, 0) + 1
    return counts


_VOCABULARY = ["polisi", "kata", "menuduh", "not", "said", "he", "the", "denied", "x", "ya"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=25),
       st.sets(st.sampled_from(_VOCABULARY), max_size=8),
       st.sets(st.tuples(st.sampled_from(_VOCABULARY), st.sampled_from(_VOCABULARY)),
               max_size=12))
def test_words_and_pairs_count_as_the_general_loop(tokens, words, pairs):
    terms = {w: (1.0, (0.0,)) for w in words}
    terms.update({f"{a} {b}": (1.0, (0.0,)) for a, b in pairs})
    counts = {}
    _words_and_pairs(tokens, [t in terms for t in tokens], terms, counts)
    expected = _counts_as_before(tokens, terms)
    assert list(counts.items()) == list(expected.items())  # the same order: the same sums


def _words_as_before(model: LabelModel, text: str) -> dict[str, float]:
    import math

    tokens = re.findall(model.token_pattern, text.lower() if model.lowercase else text)
    counts = _counts_as_before(tokens, model.terms, *model.ngram_range)
    values = {g: ((1 + math.log(c)) if model.sublinear_tf else c) * model.terms[g][0]
              for g, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values()))
    return {g: v / norm for g, v in values.items()} if norm else {}


def test_the_shipped_models_words_are_the_same_floats():
    model = shipped()
    assert model is not None and tuple(model.ngram_range) == (1, 2)
    terms = [t for t in model.terms if " " in t][:40] + [t for t in model.terms][:40]
    texts = ["Polisi menuduh tersangka melakukan penipuan, kata juru bicara.",
             "He denied the allegations and said he had done nothing wrong.",
             " ".join(terms), " ".join(reversed(terms)), "", "x y z"]
    for text in texts:
        got, expected = model._words(text), _words_as_before(model, text)
        assert list(got.items()) == list(expected.items())  # bit for bit, in order


# --- through the real proposal ---


def test_proposals_through_the_shortcuts_read_subjects_and_clauses():
    """The proposal still reads a subject's clause after a comma and a whole sentence's
    subject where no comma stands (both shortcuts' cases), in both languages."""
    scheme, index = load_scheme(), SourceIndex([])
    texts = {
        "en": ["On Monday, the health minister said the programme was on track.",
               "The health minister said the programme was on track."],
        "id": ["Saat itu, Menteri Kesehatan Budi Gunadi Sadikin mengatakan program "
               "itu berjalan.",
               "Menteri Kesehatan Budi Gunadi Sadikin mengatakan program itu berjalan."],
    }
    for language, (after_comma, whole) in texts.items():
        first = propose_text(after_comma, scheme, index, language, remember=False)
        second = propose_text(whole, scheme, index, language, remember=False)
        assert first.name and second.name, (language, first, second)
        assert first.name == second.name
