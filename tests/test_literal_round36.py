"""literal.written_after (round 36, issue 10): a word before a name ("Passenger X", "said
X") found by str.find and a pattern compiled once, not one compiled for each name; it finds
what re.finditer of the whole pattern finds. Checked against re on many small random texts
and names, and on a few written ones."""

import random
import re

import pytest

from annotator.domain.proposals.literal import written_after

_HEADS = [re.compile(r"\b([A-Za-z-]+)\s+\Z"), re.compile(r"\b(?:said|says|saw)\s+\Z"),
          re.compile(r"(?<![\w'])(a|ab|b)\s+\Z"), re.compile(r"(x?)\s+\Z")]
_AFTER = [None, re.compile(r"\b"), re.compile(r"(?![\w'’-])"), re.compile(r"(,\s*\w)?"),
          re.compile(r"'s\s+(\w+)")]


def _as_re(literal, text, head, after):
    pattern = head.pattern[:-len(r"\s+\Z")] + r"\s+" + re.escape(literal) + (
        after.pattern if after else "")
    return [(m.start(), m.end(), m.group(1) if head.groups else None)
            for m in re.finditer(pattern, text)]


def _as_literal(literal, text, head, after):
    # without ``after`` the match ends with the literal, which opens where the head ends
    return [(m.start(), t.end() if t else m.end() + len(literal),
             m.group(1) if head.groups else None)
            for m, t in written_after(literal, text, head, after)]


def test_written_after_finds_what_finditer_finds():
    rng = random.Random(36)
    pieces = ["a", "b", "A", "-", " ", "  ", "\t", ",", "'s", "said", "saw", "x", "ab",
              "b-a", "1"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        literal = "".join(rng.choice(["a", "b", "ab", "A", "-", " ", "x", "'"])
                          for _ in range(rng.randint(1, 3)))
        head, after = rng.choice(_HEADS), rng.choice(_AFTER)
        assert _as_literal(literal, text, head, after) == _as_re(literal, text, head,
                                                                 after), (literal, text)


def test_written_after_on_sentences():
    head = re.compile(r"\b([A-Za-z-]+)\s+\Z")
    text = "Passenger Nadia Holm said, as resident  Nadia Holm and Nadia Holmes did."
    found = [(m.group(1), m.start()) for m, _ in written_after(
        "Nadia Holm", text, head, re.compile(r"\b"))]
    assert found == [("Passenger", 0), ("resident", 30)] == [
        (m.group(1), m.start()) for m in re.finditer(r"\b([A-Za-z-]+)\s+Nadia Holm\b", text)]
    said = re.compile(r"\b(?:said|says)\s+\Z")
    assert not list(written_after("Pennine Link", "unsaid Pennine Link", said))
    assert list(written_after("Pennine Link", "said  Pennine Link", said))


def test_written_after_refuses_a_head_without_its_end():
    with pytest.raises(ValueError):
        list(written_after("x", "a x", re.compile(r"\b(a)\s+")))


def _find_as_before(phrases, words):
    """lexicon.find before round 36: every length from the longest phrase's down."""
    longest = max((len(p) for p in phrases), default=0)
    found = []
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i:i + n]) in phrases:
                found.append((i, i + n))
                break
    return found


def test_find_tries_only_the_lengths_a_word_opens():
    """lexicon.find (round 36) tries at each word only the lengths of the phrases that word
    opens, longest first: the same spans as trying every length."""
    from annotator.domain.proposals.lexicon import find

    rng = random.Random(3636)
    vocabulary = ["a", "b", "c", "d", "e"]
    for _ in range(3000):
        phrases = {tuple(rng.choice(vocabulary) for _ in range(rng.randint(0, 4))): 1.0
                   for _ in range(rng.randint(0, 6))}
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 10))]
        assert find(phrases, words) == _find_as_before(phrases, words), (phrases, words)
