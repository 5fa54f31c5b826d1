"""The thirty-eighth round's speed work (issue 10): names found by ``str.find`` and patterns
compiled once, each checked against the pattern the code compiled for each name before, on
many small random texts and on a few written ones; and the caches the round added, checked
to give what a fresh computation gives whatever was asked before.

- ``literal.written_whole``: plural_people's and entity_table's whole-word search;
- ``plural_people._capitalised_inside``, ``held._a_place``, ``engine._set_beside``,
  ``dispute.beside_in_apposition``: the name found by ``str.find``, the rest compiled once;
- ``named_next._the_noun``/``_opening_the_noun`` and ``dispute._owned_voice``: lru_cached
  by the noun; ``reported_instruction._members``: the cue words built once a language;
  ``reading._name_runs``: one reading of a sentence's names for names_in and described_in.
"""

import random
import re

from annotator.domain.proposals import dispute, engine, held, named_next, reading
from annotator.domain.proposals import reported_instruction as instruction
from annotator.domain.proposals.lexicon import cue_file, lexicon
from annotator.domain.proposals.literal import written_whole
from annotator.domain.proposals.plural_people import _capitalised_inside, plural_of_people

# --- literal.written_whole, plural_people ---


def test_written_whole_finds_what_the_pattern_finds():
    rng = random.Random(38)
    pieces = ["a", "b", "A", " ", ",", "-", "'", "é", "1", "_", "İ", "ab", "a b", "\n"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        literal = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        want = re.search(r"\b" + re.escape(literal) + r"\b", text) is not None
        assert written_whole(literal, text) == want, (literal, text)


def test_written_whole_on_sentences():
    assert written_whole("KPU", "Ketua KPU mengatakan")
    assert not written_whole("KPU", "Ketua KPUD mengatakan")
    assert written_whole("Residents of", "Residents of a village near Harrogate say")
    assert not written_whole("Reside", "Residents of a village say")


def test_capitalised_inside_finds_what_the_pattern_finds():
    rng = random.Random(3801)
    pieces = ["Ab", "ab", "b", " ", "  ", "\n", ",", "-", "é", "1", "'"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice(["Ab", "ab", " ", "b", "é"]) for _ in range(rng.randint(0, 2)))
        want = re.search(rf"\S\s+{re.escape(word)}\b", text) is not None
        assert _capitalised_inside(word, [text]) == want, (word, text)


def test_plural_of_people_through_the_owner():
    en = lexicon("en")
    text = "Cleaners at Wollongong's Illawarra General Hospital say they were not paid."
    assert plural_of_people("Cleaners at Wollongong", en, text)
    assert not plural_of_people("Barclays", en, "Barclays said it would appeal.")


# --- held._a_place, engine._set_beside, dispute.beside_in_apposition ---


def _a_place_as_re(name, text, language):
    before = held._cues(language)[0]
    if not before or name not in text:
        return False
    opener = "|".join(re.escape(p) for p in sorted(before))
    place = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    return bool(re.search(rf"\b(?i:{opener})\s+(?:{place},\s+){{0,2}}{re.escape(name)}\b",
                          text))


def test_a_place_finds_what_the_pattern_finds():
    rng = random.Random(3802)
    for language in ("en", "id"):
        preps = sorted(held._cues(language)[0])[:6]
        pieces = [*preps, "Leeds", "A", "Bogor", ",", " ", "  ", "\n", "x", "Kab.", "-", "IN"]
        for _ in range(20000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
            name = rng.choice(["Leeds", "A", "Bogor", "Leeds A", "Leeds,", " A", "", "x"])
            assert held._a_place.__wrapped__(name, text, language) == _a_place_as_re(
                name, text, language), (name, text, language)


def test_a_place_on_sentences():
    text = "Warga di Cileungsi, Kabupaten Bogor, mengeluh"
    assert held._a_place("Kabupaten Bogor", text, "id")
    assert not held._a_place("Bogor", text, "id") and not _a_place_as_re("Bogor", text, "id")
    assert held._a_place("Leeds", "Tenants in Leeds say the landlord lied", "en")
    assert not held._a_place("Leeds", "Leeds City Council said", "en")
    assert not held._a_place("Leeds", "Tenants in Leedsville say", "en")


def test_set_beside_finds_what_the_pattern_finds():
    rng = random.Random(3803)
    pieces = ["The group", ",", " ", "X", "XY", "said", ".", ";", ":", "\n", "a", "X Y"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        name = rng.choice(["X", "XY", "X Y", "X,", " X", "", "X ", "a"])
        found = re.search(rf"([^,.;:]*),\s*{re.escape(name)}\s*,", text)
        assert engine._set_beside(name, text) == (found.group(1) if found else None), (
            name, text)


def test_set_beside_on_sentences():
    text = "Earlier, the group, Harrowgate Bills Action, said it would sue."
    assert engine._set_beside("Harrowgate Bills Action", text) == " the group"
    assert engine._set_beside("Harrowgate", text) is None


def test_beside_in_apposition_on_sentences():
    text = "Warga menuding Kepala SD Negeri 3 Cimahi, Darto, menahan ijazah."
    assert dispute.beside_in_apposition(text, "Kepala SD", ()) == ["Darto"]
    text = "They accused the club's owner, Sam Hale, of lying."
    assert dispute.beside_in_apposition(text, "owner", ("Sam Hale",)) == ["Sam Hale"]
    assert dispute.beside_in_apposition("Sam Hale said so.", "owner", ()) == []


# --- the caches: what a fresh computation gives, whatever was asked before ---


def test_noun_patterns_are_the_patterns_compiled_fresh():
    for noun in ("group", "union", "company", "c.e.o"):
        assert named_next._the_noun(noun).pattern == \
            rf"\b(?:the|this|that)\s+{re.escape(noun)}\b"
        assert named_next._the_noun(noun).flags & re.IGNORECASE
        assert named_next._opening_the_noun(noun).pattern == \
            rf"[\"“]?the\s+{re.escape(noun)}\b"
        assert dispute._owned_voice(noun).pattern == \
            rf"\w's\s+(?:\w+\s+)?{re.escape(noun)}\b"
    assert named_next._the_noun("group").search("Then THIS Group said")
    assert not named_next._the_noun("group").search("the groups said")


def test_members_are_the_cue_file_words_for_each_language():
    for language in ("en", "id", "en", "id"):  # asked in turn: one language's never the other's
        raw = cue_file(language).get(instruction.KEY, {})
        assert instruction._members(language) == (
            frozenset(raw.get("workers", ())), int(raw.get("subject_reach", 0)),
            frozenset(raw.get("former", ())))
    en = lexicon("en")
    assert instruction.former_member("A former nurse at the hospital told the BBC", en)
    assert not instruction.former_member("A nurse at the hospital told the BBC", en)
    assert instruction.reported_instruction(
        "A former nurse said staff were told to ignore the alarms.", en)


def test_name_runs_read_once_give_what_each_reading_gave():
    texts = ["The Canadian company Meridian Metals said Raila Odinga had lied.",
             "Meridian Metals, a mining company, denied it.",
             "Jaksa KPK Rudi Hartono mengatakan PT Bumi Konawe Mineral bersalah."]
    fresh = []
    for text in texts:
        reading._name_runs.cache_clear()
        reading._names_in.cache_clear()
        reading._described_in.cache_clear()
        language = "id" if "Jaksa" in text else "en"
        fresh.append((reading._names_in(text, language), reading._described_in(text, language)))
    # asked the other way round, with every sentence's runs held at once
    reading._names_in.cache_clear()
    reading._described_in.cache_clear()
    for text, (names, described) in zip(texts, fresh, strict=True):
        language = "id" if "Jaksa" in text else "en"
        assert reading._described_in(text, language) == described
        assert reading._names_in(text, language) == names
    assert "Meridian Metals" in fresh[0][0] and ("company", "Meridian Metals") in fresh[0][1]
