"""The thirty-seventh round's speed work (issue 10): names found by ``str.find`` and
patterns compiled once, each checked against what the pattern compiled for each name found,
on many small random texts and on a few written ones.

- ``literal.words_written``: held's apposition, a name's words in any case;
- ``prosecuting.prosecuting``: its two patterns compiled once a language's roles;
- ``spoken_of._spoke_past_aside``: the fold of the thirty-sixth round's two readings of a
  name, a clause or aside between commas and a verb of saying (t36a1's
  ``_spoke_after_apposition`` and t36d1's ``_said_after_aside``), which returns what their
  OR returned; the two are kept here, as they were, as the oracle."""

import random
import re

from annotator.domain.proposals.literal import starts_ignoring_case, words_written

# --- literal.words_written ---


def _words_as_re(words, text):
    found = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", text,
                      re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def test_words_written_finds_what_the_pattern_finds():
    rng = random.Random(37)
    pieces = ["ann", "Ann", "ANN", "lee", "Lee", "o'neil", "O'Neil", "-", " ", "  ", ",",
              ".", "é", "İ", "ſ", "K", "annlee", "1", "_", "'", "\u2019"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        words = [rng.choice(["ann", "lee", "o'neil", "an", "e", "é", "'s", "1", "_a"])
                 for _ in range(rng.randint(1, 3))]
        assert words_written(words, text) == _words_as_re(words, text), (words, text)


def test_words_written_on_sentences():
    text = "Spokeswoman Mary-Ann O'Neil, 54, said Mary Ann O'Neil had left."
    assert words_written(["mary", "ann", "o'neil"], text) == (12, 27)
    # re's word edge falls before the apostrophe, as the pattern's did
    assert words_written(["ann", "o"], text) == _words_as_re(["ann", "o"], text) == (17, 22)
    assert words_written(["mary", "ann"], "Rosemary Ann said") is None


def test_starts_ignoring_case_finds_what_the_pattern_matches():
    rng = random.Random(3704)
    pieces = ["ann", "Ann", "ANN", "annn", " ", "-", "'", "İ", "ı", "ſ", "K", "é", "_", "1"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        word = rng.choice(["ann", "an", "nn", "é", "'a", "_a", "k", "s", ""])
        whole = rng.random() < 0.5
        pattern = re.compile(r"\b" + re.escape(word) + (r"\b" if whole else ""), re.IGNORECASE)
        want = [at for at in range(len(text)) if pattern.match(text, at)] if word else []
        assert starts_ignoring_case(word, text, whole) == want, (word, text, whole)
