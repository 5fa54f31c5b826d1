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

from annotator.domain.proposals import prosecuting as prosecuting_module
from annotator.domain.proposals import spoken_of
from annotator.domain.proposals.lexicon import find, lexicon
from annotator.domain.proposals.literal import starts_ignoring_case, words_written
from annotator.domain.proposals.prosecuting import prosecuting
from annotator.domain.proposals.spoken_of import (
    _APPOSED,
    _ASIDE_MAX,
    _NOT_A_TITLE,
    OPENING,
    _spoke_past_aside,
)
from annotator.domain.proposals.wrongs import words_of

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


# --- prosecuting ---

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
_SUFFIX = r"(?:\s+(?:KC|QC|SC))?"
_OPENING = r"(?:Opening|Closing|Outlining|Summing up)(?:\s+(?:the|its|her|his))?(?:\s+case)?"


def _prosecuting_as_re(text, names, roles, noun):
    role = "|".join(re.escape(r) for r in roles)
    found = []
    for name in names:
        quoted = re.escape(name)
        after = re.search(rf"\b{quoted}{_SUFFIX},\s+(?:{role})\s*[,.]", text)
        before = re.match(rf"\s*(?:{_OPENING}\s+)?(?i:{role})(?:\s+for\s+[^,.;:\"“”]{{1,60}})?"
                          rf",\s+{_HONORIFIC}{quoted}\b", text)
        if after or before:
            found.append((noun, name))
    return found


def test_prosecuting_finds_what_the_patterns_find():
    lex = lexicon("en")
    noun, roles = prosecuting_module._roles("en")
    rng = random.Random(3701)
    pieces = ["Ruth Lyle", "Lyle", "Ruth", " ", ", ", ",", ".", "prosecuting",
              "Prosecuting", "for the prosecution", "For the Prosecution", " KC", " QC",
              "Mr ", "Dr. ", "Opening the case ", " for Swindon Council", "said", "RuthLyle",
              "“", "Lyles"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        names = rng.sample(["Ruth Lyle", "Lyle", "Ruth", "Lyle,", "(Lyle"], rng.randint(1, 3))
        assert prosecuting(text, names, lex) == _prosecuting_as_re(text, names, roles,
                                                                   noun), (names, text)


def test_prosecuting_patterns_follow_the_roles():
    """The patterns are cached by the roles themselves: other roles, other patterns (a
    cache keyed by anything less, the language alone, would keep a changed list's)."""
    after, before = prosecuting_module._patterns(("prosecuting",))
    other, _ = prosecuting_module._patterns(("for the crown",))
    assert after is not other
    assert after is prosecuting_module._patterns(("prosecuting",))[0]
    assert other.match(", for the crown,") and not after.match(", for the crown,")
    assert before.fullmatch("Prosecuting, Mr ") and not before.fullmatch("For the crown, ")


# --- spoken_of._spoke_past_aside: the fold ---


def _spoke_after_apposition(sentence, word, lex):  # t36a1, as it was
    for m in re.finditer(rf"\b{re.escape(word)}['’]?\s*,([^,;.\"“”]{{1,{_APPOSED}}}),\s*",
                         sentence, re.IGNORECASE):
        opening = words_of(sentence[:m.start()])
        if len(opening) > OPENING or any(w in lex.prepositions for w in opening):
            continue
        rest = words_of(sentence[m.end():])
        if any(start == 0 for start, _ in find(lex.speech, rest)):
            return True
    return False


def _said_after_aside(sentence, name, lex):  # t36d1, as it was
    if not name:
        return False
    pattern = r"\b" + r"[\s-]+".join(map(re.escape, name)) + r"\b,\s+([^,\"“”]+),\s+(.+)$"
    found = re.search(pattern, sentence.casefold())
    if not found:
        return False
    opening = words_of(sentence[:found.start()])
    if len(opening) > OPENING or any(w in lex.prepositions or w in _NOT_A_TITLE
                                     for w in opening) or find(lex.speech, opening):
        return False
    aside, rest = words_of(found.group(1)), words_of(found.group(2))
    if not aside or len(aside) > _ASIDE_MAX or find(lex.speech, aside):
        return False
    said = {s_ for s_, _ in find(lex.speech, rest)} | {
        k for k, w in enumerate(rest) if w in lex.speech_suffixed}
    return 0 in said


def test_the_fold_returns_what_the_two_readings_returned():
    lex = lexicon("en")
    rng = random.Random(3702)
    pieces = ["Dev Sharma", "Sharma", "sharma", "Dev-Sharma", "Labour councillor ", " ", ", ",
              ",", " ,", "Sharma's", "Sharma’", "who represents the ward", "71", "said",
              "told the Post", "says", "of ", "and ", "Tenants ", ".", ";", '"', "“quote”",
              "signed the permits", "according to", "Dev", "the", "İ", "Weiß", "é", "ﬁ"]
    for _ in range(30000):
        sentence = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        name = rng.choice([["dev", "sharma"], ["sharma"], ["dev"], []])
        last = rng.choice([name[-1], "sharma"]) if name else "sharma"
        want = _spoke_after_apposition(sentence, last, lex) or _said_after_aside(
            sentence, name, lex)
        assert _spoke_past_aside(sentence, name, last, lex) == want, (sentence, name, last)


def test_the_fold_on_sentences():
    lex = lexicon("en")
    for sentence, name, want in [
        ("Labour councillor Dev Sharma, who represents the ward, said the flats were damp.",
         ["dev", "sharma"], True),
        ("Anne Lowe, 71, told the Post she had waited a year.", ["anne", "lowe"], True),
        ("Former Welsh super-middleweight champion Lewis Adeyemi, who topped the bill at the "
         "Ice Arena, said he was paid late.", ["lewis", "adeyemi"], True),
        ("Tenants of Harrow Lettings, the landlord, say the boiler failed.",
         ["harrow", "lettings"], False),
        ("Former site manager Paul Rigby, who left in March, signed the permits.",
         ["paul", "rigby"], False),
        ("Veteran trainer Tom Hale, who said \"never again\", told reporters he would retire.",
         ["tom", "hale"], False),
    ]:
        assert _spoke_past_aside(sentence, name, name[-1], lex) is want, sentence
        assert (_spoke_after_apposition(sentence, name[-1], lex)
                or _said_after_aside(sentence, name, lex)) is want, sentence


# --- spoken_of._harmed: the name found without a pattern for it ---


def _harmed_as_re(sentence, word, listed):  # the thirty-sixth round's, as it was
    found = next((m for m in re.finditer(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
                  if sentence[m.start()].isupper()), None)
    if not found:
        return False
    rest = sentence[found.end():]
    name = re.match(r"(?:\s+[A-Z][\w'’-]*)*", rest)
    rest = rest[name.end():] if name else rest
    if rest.startswith(","):
        close = rest.find(",", 1)
        if close < 0 or len(rest[1:close].split()) > spoken_of.APPOSED:
            return False
        rest = rest[close + 1:]
    passive = False
    for w in words_of(rest)[:spoken_of.HARM_REACH]:
        if w in listed.harmed or (passive and w in listed.harmed_passive):
            return True
        if w not in listed.passive_aux:
            return False
        passive = True
    return False


def test_harmed_finds_what_the_pattern_found():
    listed = spoken_of.words_for("en")
    rng = random.Random(3703)
    pieces = ["Kieran", "kieran", "KIERAN", "Kieran's", "Matthews", " ", ", ", ",", "24",
              "fell", "was", "seriously", "injured", "hit", "a", "Kierans", "-", "İ", "é"]
    for _ in range(20000):
        sentence = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        word = rng.choice(["kieran", "matthews", "kierans"])
        assert spoken_of._harmed(sentence, word, listed) == _harmed_as_re(
            sentence, word, listed), (sentence, word)


# --- lexicon.find's shape cache: a larger bound, the same invalidation ---


def test_the_shape_cache_follows_each_list():
    """The shape of a phrase list is kept by the list's id (now up to 1,024 lists): a list
    that changes is read again, another list never takes a kept one's shape, and the cache
    is emptied, not grown, when full."""
    import importlib

    cues = importlib.import_module("annotator.domain.proposals.lexicon")
    phrases = {("sued",): 1.0}
    assert cues.find(phrases, ["they", "sued", "him"]) == [(1, 2)]
    phrases[("filed", "suit")] = 1.0  # the same list, grown: its shape is worked out again
    assert cues.find(phrases, ["they", "filed", "suit"]) == [(1, 3)]
    other = {("filed",): 1.0}  # a new list, whatever id it has, has its own shape
    assert cues.find(other, ["they", "filed", "suit"]) == [(1, 2)]
    for n in range(cues._SHAPES_KEPT + 5):  # lists made for one sentence come and go
        cues.find({(f"w{n}",): 1.0}, ["w0"])
    assert len(cues._SHAPES) <= cues._SHAPES_KEPT
    assert cues.find(phrases, ["they", "filed", "suit"]) == [(1, 3)]
