"""Names of the registry found in a sentence (SourceIndex.mentions), as a proposal reads
them: only where a word begins a name, and kept per sentence until the registry takes in a
name that sentence may hold.
Found exactly as by trying every span of up to MAX_NGRAM words at every word."""

from __future__ import annotations

from annotator.domain.speakers import MAX_NGRAM, SourceIndex, _key, _tokens


def _every_span(index: SourceIndex, text: str) -> list[tuple]:
    """The plain reading: every word, every length from the longest down."""
    words = [m.group() for m in _tokens(text)]
    found, i = [], 0
    while i < len(words):
        match = None
        for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
            original = " ".join(words[i:i + n])
            match = next(((e, i, i + n) for e in index._mentions.get(_key(words[i:i + n]), ())
                          if not (e.case_sensitive and original != e.form)), None)
            if match:
                break
        found.append(match) if match else None
        i = match[2] if match else i + 1
    return found


def test_the_names_found_are_those_of_every_span_on_the_seed_articles(seeded_db):
    index = SourceIndex.from_db(seeded_db)
    texts = [t for (t,) in seeded_db.execute("SELECT text FROM sentences ORDER BY rowid")]
    texts += ["ΟΔΟΣ Straße said", "The US and AS Roma: us, as", "MASSA ß ss ẞ İstanbul"]
    named = 0
    for text in texts:
        assert index.mentions(text) == _every_span(index, text), text
        assert index.mentions(text) == _every_span(index, text), text  # kept, the same
        named += bool(index.mentions(text))
    assert named > 50


def test_a_name_added_is_found_in_a_sentence_read_before():
    index = SourceIndex([("Dmitry Peskov", "Dmitry Peskov")])
    text = "Juru bicara Kremlin Dmitry Peskov dan Sergei Lavrov membantah"
    assert [e.name for e, _, _ in index.mentions(text)] == ["Dmitry Peskov"]
    index.add("Lavrov", "Sergei Lavrov")
    assert [e.name for e, _, _ in index.mentions(text)] == ["Dmitry Peskov", "Sergei Lavrov"]
    index.mentions(text).clear()  # a caller's list is its own
    assert len(index.mentions(text)) == 2


def test_a_name_added_leaves_no_sentence_read_before_stale(seeded_db):
    """The mentions kept are dropped only for the sentences holding the added name's first
    word (issue 10, thirtieth round): after each name taken in, every sentence read before
    gives what a registry built with that name from the start gives."""
    pairs = [(n, n) for (n,) in seeded_db.execute("SELECT name FROM sources")]
    index = SourceIndex(list(pairs))
    texts = [t for (t,) in seeded_db.execute("SELECT text FROM sentences ORDER BY rowid")]
    texts += ["Juru bicara Straße Group, Lavrov, membantah", "The STRASSE group said",
              "Kata Polda Metro Jaya dan AS", "as the us team said"]
    for text in texts:
        index.mentions(text)  # every sentence read, and kept, before the names come
    added = [("Strasse Group", "Strasse Group"), ("Lavrov", "Sergei Lavrov"),
             ("AS", "Amerika Serikat"), ("Polda Metro Jaya Timur", "Polda Metro Jaya Timur"),
             ("Juru", "Juru"), (texts[0].split()[0], "First Word")]
    for alias, name in added:
        index.add(alias, name)
        pairs.append((alias, name))
        fresh = SourceIndex(list(pairs))
        for text in texts:
            assert index.mentions(text) == fresh.mentions(text), (alias, text)
            assert index.mentions(text) == _every_span(index, text), (alias, text)
