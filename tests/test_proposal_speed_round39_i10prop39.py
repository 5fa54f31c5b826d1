"""The thirty-ninth round's speed work (issue 10), every proposal unchanged: each shortcut
checked against the code it stands in front of, on many random texts and a few written ones.

- ``speakers_proposed.family_through`` and ``enforcer_finding.prosecutor_speaks`` make no
  pattern for a name where the words their patterns need are not written: the same answer
  as the functions as they were (kept here as oracles);
- ``reading._subject_end`` is remembered: the same as ``_subject_end_now`` asked fresh,
  whatever was asked before, in either language;
- ``reading.remembered_label``, one memory of ``read_label`` for the engine and
  ``dispute._own_role``: the same as ``read_label`` asked fresh;
- ``lexicon.made_once``: a set joined from a lexicon's lists made once per lexicon and key
  (role_holder's role nouns, speakers_indonesian's heads, dispute._own_word's common
  words, deeds.enforcing), the same as joined fresh; ``with_speakers`` asks role_holder
  once;
- ``engine.last_places``: a speaker reading from the names each written once, where last
  written, is the reading from every mention (and ``engine._spoken``, which keys its memory
  by them, gives what ``read_speaker`` gives with the names as the window repeats them).
"""

import random
import re
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain.proposals import deeds, dispute, enforcer_finding, engine, reading
from annotator.domain.proposals import speakers_indonesian as indonesian
from annotator.domain.proposals import speakers_proposed as proposed
from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import lexicon, made_once
from annotator.domain.proposals.name_words import tokens_and_words
from annotator.domain.proposals.speech_family import speaking
from annotator.domain.speakers import SourceIndex

# --- family_through, prosecutor_speaks: no pattern where it cannot match ---


def _family_through_as_before(proposal, text, lex):
    """speakers_proposed.family_through as it was before round 39 (its patterns made on
    every call)."""
    name = proposal.name
    if not name or not text:
        return None
    if name.split()[0].casefold() in lex.speaks_through or (
            lex.language == "en" and name.split()[-1].casefold() in lex.speaks_through):
        subject = re.escape(name)
    elif lex.language == "en" and kind_of(name, lex) == PERSON:
        subject = rf"{re.escape(name.split()[-1])}['’]s\s+(?:{'|'.join(lex.speaks_through)})"
    else:
        return None
    found = re.search(rf"{subject}\s*,\s*(?:[Mm]elalui|[Ll]ewat|through|via)\b"
                      rf"[^,.;:]{{0,60}},\s*({proposed._ONE_OR_MORE})\s*,", text) or (
        re.search(rf"{subject}\s*,\s*through\s+(?:their|its|his|her|the family's)\s+"
                  rf"(?:{'|'.join(proposed._THROUGH_ROLES)})\s+({proposed._ONE_OR_MORE})\s*,",
                  text) if lex.language == "en" else None)
    if not found:
        return None
    return proposed.without_honorific(proposed.without_rank(found.group(1), lex), lex)


_FAMILY_PIECES = {
    "en": ["The Fitch family", "Fitch's family", "Jane Fitch", "Fitch", ",", ", ", " ",
           "through", "Through", "via", "their solicitor", "its lawyer", "Rachel Oduya",
           "Ms Oduya", "said", ".", "the family's", "lawyer"],
    "id": ["Keluarga SW", "Keluarga", "SW", ",", ", ", " ", "melalui", "Melalui", "lewat",
           "Lewat", "kakaknya", "Suparno", "Dr. Agus Lende", "mengatakan", ".", "via"],
}
_FAMILY_NAMES = {"en": ["The Fitch family", "Jane Fitch", "Fitch", "Harbour Foods Ltd", ""],
                 "id": ["Keluarga SW", "Keluarga", "PT Sinar", "SW", ""]}


def test_family_through_answers_as_it_did():
    rng = random.Random(39)
    for language in ("en", "id"):
        lex = lexicon(language)
        pieces = _FAMILY_PIECES[language]
        for _ in range(4000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
            proposal = SimpleNamespace(name=rng.choice(_FAMILY_NAMES[language]))
            assert proposed.family_through(proposal, text, lex) == \
                _family_through_as_before(proposal, text, lex), (proposal.name, text)


def test_family_through_on_sentences():
    en, id_ = lexicon("en"), lexicon("id")
    said = "The Fitch family, through their solicitor Rachel Oduya, said it was shocked."
    assert proposed.family_through(SimpleNamespace(name="The Fitch family"), said, en) \
        == "Rachel Oduya"
    kata = "Keluarga SW, melalui kakaknya, Suparno, mengatakan akan melapor."
    assert proposed.family_through(SimpleNamespace(name="Keluarga SW"), kata, id_) == "Suparno"
    plain = "The Fitch family said it was shocked."  # no word of speaking through: None
    assert not proposed._may_speak_through("The Fitch family", plain)
    assert proposed.family_through(SimpleNamespace(name="The Fitch family"), plain, en) is None


def _prosecutor_speaks_as_before(speaker, text, lex):
    """enforcer_finding.prosecutor_speaks as it was before round 39."""
    role = enforcer_finding.prosecuting(speaker, text, lex)
    if role:
        return f"{speaker} speaks for the prosecution ('{role}')"
    if not speaker or lex.language != "en":
        return None
    named = re.search(enforcer_finding._PROSECUTOR + rf"{re.escape(speaker.split()[-1])}\b",
                      text)
    return f"{speaker} speaks for the prosecution ('prosecutor')" if named else None


def test_prosecutor_speaks_answers_as_it_did():
    rng = random.Random(3901)
    pieces = ["prosecutor", "Prosecutor", "rosecutor", "the", " ", ", ", ",", "Amira Sethi",
              "Sethi", "Sethis", "Ms", "Mr.", "said", "told the court", ".", "Dunn",
              "prosecuting", "Rachel Dunn"]
    for language in ("en", "id"):
        lex = lexicon(language)
        for _ in range(4000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            speaker = rng.choice(["Amira Sethi", "Sethi", "Rachel Dunn", None, "A.B"])
            assert enforcer_finding.prosecutor_speaks(speaker, text, lex) == \
                _prosecutor_speaks_as_before(speaker, text, lex), (speaker, text)


def test_prosecutor_speaks_on_sentences():
    en = lexicon("en")
    said = "The prosecutor, Amira Sethi, told the court the firm had been warned."
    assert enforcer_finding.prosecutor_speaks("Amira Sethi", said, en) == \
        "Amira Sethi speaks for the prosecution ('prosecutor')"
    assert enforcer_finding.prosecutor_speaks("Amira Sethi", "Amira Sethi said.", en) is None


# --- lexicon.made_once: sets joined from a lexicon's lists, made once per lexicon ---


def test_made_once_makes_once_per_lexicon_and_key():
    made = []
    en, id_ = lexicon("en"), lexicon("id")
    for _ in range(3):
        for lex in (en, id_, speaking(en)):
            for key in ("a", "b"):
                got = made_once(lex, f"test39 {key}", lambda lex, key=key: made.append(
                    (lex.language, key)) or (lex.language, key, id(lex)))
                assert got == (lex.language, key, id(lex))
    assert len(made) == 6  # each (lexicon, key) once, though asked three times


def test_sets_made_once_are_the_unions_made_fresh():
    for language in ("en", "id"):
        for lex in (lexicon(language), speaking(lexicon(language))):  # two lexicons a language
            counsel = proposed._COUNSEL_ROLES if language == "en" else frozenset()
            for _ in range(2):
                assert proposed._role_words(lex) == \
                    lex.titles | lex.spokespeople | counsel | lex.family_members
                assert indonesian._heads(lex) == lex.org_heads | lex.government_heads | \
                    lex.company_markers | indonesian._data(lex.language)[0]
                assert deeds.enforcing(lex) == deeds._enforcing(
                    lex.language, tuple(lex.enforcement_more.items()))


def test_own_word_joins_its_common_words_once():
    text = "Harbour chief executive Jo Lee said it would appeal."
    window = (["harbour", "chief", "executive"], text)  # the words beside the speaker
    for language in ("en", "id"):
        lex = lexicon(language)
        assert dispute._own_word("harbour foods", window, [], lex)
        kept = made_once(lex, "dispute.own_word", lambda lex: None)  # made by the call above
        assert kept == lex.org_heads | lex.government_heads | lex.places | lex.titles | \
            dispute._JOINING
    en = lexicon("en")
    assert not dispute._own_word("harbour foods", window, ["harbour ltd"], en)  # shared
    assert not dispute._own_word("ministry of harbour", window, [], en)  # an office's head


def test_role_holder_on_sentences():
    en, id_ = lexicon("en"), lexicon("id")
    for text, person in [
            ("Prescott's lawyer, Naomi Fischer, said the claim was false.", "Naomi Fischer"),
            ("Kumaran's son, Vijay Kumaran, said he was shocked.", "Vijay Kumaran"),
            ("A spokesman for the Front, Yusuf Abdi, said it would appeal.", "Yusuf Abdi"),
            ("The report, Jane Doe, found nothing.", None)]:  # no role: nobody
        assert proposed.role_holder(None, "", text, en) == person
    assert proposed.role_holder(None, "", "Ketua serikat itu, Joko Santoso, mengatakan akan "
                                          "melapor.", id_) == "Joko Santoso"


# --- reading._subject_end, remembered ---

_WORDS = ["The", "the", "company", "Harbour", "Foods", "Ltd", ",", ", ", " ", "on", "Tuesday",
          "said", "denied", "who", "41", "Jane", "Roe", "(12/5)", "Senin", "melalui",
          "kuasa", "hukumnya", "membantah", "its", "lawyers", "through", "also", "yang",
          "PT", "Sinar", "report", "based", "on", "interviews", "separately", "is",
          "denying", "Her", "union", "Health", "Services", "Union", "dr", "Hartono", "."]
_sentences = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=18).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_sentences, min_size=1, max_size=4), data=st.data())
def test_subject_end_remembered_is_the_reading_asked_fresh(texts, data):
    lexes = [lexicon("en"), lexicon("id")]
    for _ in range(3):  # asked again, and in another order, by either language
        for text in data.draw(st.permutations(texts)):
            for lex in data.draw(st.permutations(lexes)):
                tokens, words = tokens_and_words(text)
                for verb_at in range(len(words)):
                    fresh = reading._subject_end_now(text, list(tokens), list(words), verb_at,
                                                     lex)
                    assert reading._subject_end(text, tokens, words, verb_at, lex) == fresh


def test_subject_end_on_sentences():
    en = lexicon("en")
    for text, verb in [("The company, through its lawyers, denied it.", "denied"),
                       ("Jane Roe, 41, who lives nearby, said so.", "said")]:
        tokens, words = tokens_and_words(text)
        at = words.index(verb)
        first = reading._subject_end(text, tokens, words, at, en)
        assert first == reading._subject_end(text, tokens, words, at, en) == \
            reading._subject_end_now(text, tokens, words, at, en)
    tokens, words = tokens_and_words("Jane Roe, 41, who lives nearby, said so.")
    assert words[:reading._subject_end("Jane Roe, 41, who lives nearby, said so.", tokens,
                                       words, words.index("said"), en)] == ["jane", "roe"]


# --- reading.remembered_label, shared with dispute._own_role ---


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_sentences, min_size=1, max_size=5))
def test_remembered_label_is_read_label(texts):
    for lex in (lexicon("en"), lexicon("id")):
        for text in [*texts, *reversed(texts)]:
            fresh = reading.read_label(text, lex)
            assert dispute._own_role(text, lex) == fresh.role
            assert reading.remembered_label(text, lex) == fresh


def test_remembered_label_on_sentences():
    en, id_ = lexicon("en"), lexicon("id")
    accused = "The union accused the company of cutting wages."
    assert dispute._own_role(accused, en) == reading.read_label(accused, en).role
    assert reading.remembered_label(accused, en) is reading.remembered_label(accused, en)
    denied = "PT Sinar membantah tuduhan itu."
    assert reading.remembered_label(denied, id_) == reading.read_label(denied, id_)


# --- engine.last_places: the names each once, where last written ---


@given(st.lists(st.sampled_from(["A B", "C D", "E", "A", "F G H"]), max_size=12),
       st.sets(st.sampled_from(["A B", "C D", "E", "A", "F G H"])))
def test_last_places_keeps_what_a_reading_asks(names, fits):
    names = tuple(names)
    kept = engine.last_places(names)
    assert len(set(kept)) == len(kept) and set(kept) == set(names)
    assert kept == tuple(n for k, n in enumerate(names) if n not in names[k + 1:])
    assert next((n for n in reversed(kept) if n in fits), None) == \
        next((n for n in reversed(names) if n in fits), None)  # latest first, first that fits
    assert kept[-1:] == names[-1:]
    assert engine.last_places(kept) is kept


_LATER = ["Odinga said the vote was rigged.", "NPA denied the claims.", "The council said "
          "it would appeal.", "Council said it would appeal.", "The airlines have denied it.",
          "Budi mengatakan itu tidak benar.", "kata Budi kepada wartawan.",
          "The authority denied it.", "Odinga, who leads the party, said so."]
_NAMES = ["Raila Odinga", "Nigerian Ports Authority", "Leeds City Council", "Budi Santoso",
          "Coral Airways and Skylink", "Odinga Foundation", "Arts Council England",
          "Budi Hartono"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.sampled_from(_LATER), names=st.lists(st.sampled_from(_NAMES), max_size=9),
       language=st.sampled_from(["en", "id"]))
def test_speaker_read_from_last_places_is_read_from_every_mention(text, names, language):
    lex, index = lexicon(language), SourceIndex([])
    names = tuple(names)
    every = reading.read_speaker(text, lex, index, names=names)
    assert reading.read_speaker(text, lex, index, names=engine.last_places(names)) == every
    # the engine's memory, keyed by the names each once, asked with them repeated
    repeated = names + names[:2]
    for asked in (repeated, names):
        assert engine._spoken(text, index, lex, None, None, asked, (), (), None, 0) == \
            reading.read_speaker(text, lex, index, names=asked)


def test_surname_reads_the_latest_full_name_however_often_written():
    en, index = lexicon("en"), SourceIndex([])
    names = ("Raila Odinga", "Odinga Foundation", "Raila Odinga", "Raila Odinga")
    read = engine._spoken("Odinga said the vote was rigged.", index, en, None, None, names,
                          (), (), None, 0)
    assert read.name == reading.read_speaker("Odinga said the vote was rigged.", en, index,
                                             names=names).name == "Raila Odinga"
    assert engine.last_places(names) == ("Odinga Foundation", "Raila Odinga")
