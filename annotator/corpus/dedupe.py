"""Repeats inside one document, and near-identical sentences across documents.

Near-duplicates (the same wire copy in two outlets) are found without comparing all
pairs: each sentence is filed under a few word windows (its first, middle and last five
words) and only sentences that share a window with it are scored with rapidfuzz.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from zlib import crc32

from rapidfuzz import fuzz, process

DUPLICATE = "duplicate"
MIN_SCORE = 90.0  # fuzz.ratio on normalised text: near-identical, not merely similar
WINDOW = 5
MIN_TOKENS = 4  # shorter sentences are too generic to group by resemblance
MAX_BUCKET = 64  # a window shared by more sentences than this is boilerplate, not evidence
MAX_CHARS = 2000  # longer texts are grouped only when identical
SAME_NAME = 80.0  # Rusia / Russia, Zelenskyy / Zelensky
_WORD = re.compile(r"\w+")
# \w+ in lower-cased ASCII text, as one C pass over its bytes: A-Z lower-cased, a-z, 0-9
# and _ kept, every other byte a space to split at (a regex findall cost twice as much)
_ASCII_WORD_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isascii() and (chr(c).isalnum() or c == 95)
    else 32 for c in range(256))
# Words that open a sentence with a capital only because they open it: "Namun juru bicara
# ..." names no one called Namun, so its copy "Juru bicara ..." is the same sentence.
LEADING_CONNECTIVES = frozenset("""
    namun tetapi tapi sementara sedangkan selain itu meski meskipun walaupun adapun kemudian
    lalu bahkan juga sebelumnya sesudahnya setelah itu selanjutnya karena oleh sebab dengan
    demikian menurut dalam pada di ia dia mereka hal ini however but meanwhile also
    """.split())


# punctuation usual in real text (curly quotes, dashes, ellipsis, guillemets, no-break space):
# none is a word character, so a space in its place leaves the same words, and text that is
# ASCII but for these takes the ASCII paths below
SPACED = "\u2018\u2019\u201c\u201d\u201e\u2013\u2014\u2026\u00a0\u00ab\u00bb"


def punctuation_spaced(text: str) -> str:
    """``text`` with SPACED's characters as spaces: the same words (a few C scans)."""
    for mark in SPACED:
        text = text.replace(mark, " ")
    return text


def normalise(text: str) -> str:
    """Case, spacing and punctuation do not make two sentences different."""
    return " ".join(_WORD.findall(text.casefold()))


def repeats(texts: Sequence[str | None]) -> list[int | None]:
    """For each text, the index of its first earlier occurrence (None when first or None)."""
    seen: dict[str, int] = {}
    out: list[int | None] = []
    for i, text in enumerate(texts):
        if text is None:
            out.append(None)
            continue
        key = " ".join(text.split()).casefold()
        first = seen.setdefault(key, i)
        out.append(None if first == i else first)
    return out


# normalised text and window keys; the marks (names and numbers) are read from the text
# only when a candidate scores high enough to need them (marks_of), a few in a thousand
Signature = tuple[str, tuple[int, ...]]
EXACT = 1 << 32  # exact-text keys are filed above the window keys (crc32 < 2**32)
# stored sentences sharing a key, in filing order: (sentence id, doc id, group id, text,
# normalised text or None); in place of its text, a row may hold the sentence's rowid, for
# the index's stored_text to read the text by when a match needs it (rarely)
Stored = Callable[[tuple[int, ...]],
                  list[tuple[str, str, str | None, str | int, str | None]]]


def keys_of(signed: Signature) -> tuple[int, ...]:
    """The keys a sentence is filed under on disk: its windows (an identical sentence shares
    them all), or its exact text when it is too long to have windows."""
    norm, windows = signed
    return windows or (EXACT + crc32(norm.encode()),)


def signature(text: str) -> Signature | None:
    """What the index files a sentence by; None for a sentence too short to group.

    Deterministic (crc32, not hash()), so worker processes can compute it.
    """
    if not text.isascii():
        text = punctuation_spaced(text)
    if text.isascii():  # the same words, casefolded first, as bytes: crc32 takes them
        tokens = text.encode().translate(_ASCII_WORD_BYTES).split()
        n = len(tokens)
        if n < MIN_TOKENS:
            return None
        joined = b" ".join(tokens)
        norm = joined.decode()
        if len(joined) > MAX_CHARS:
            return norm, ()
        if n <= WINDOW:
            return norm, (crc32(joined),)
        mid = (n - WINDOW) // 2
        return norm, (crc32(b" ".join(tokens[:WINDOW])),
                      crc32(b" ".join(tokens[mid:mid + WINDOW])),
                      crc32(b" ".join(tokens[-WINDOW:])))
    words = _WORD.findall(text)
    n = len(words)
    if n < MIN_TOKENS:
        return None
    norm = " ".join(words).casefold()
    if len(norm) > MAX_CHARS:
        return norm, ()
    if n <= WINDOW:
        return norm, (crc32(norm.encode()),)
    tokens = norm.split(" ")  # one token per word: a casefolded word has no space
    mid = (n - WINDOW) // 2
    return norm, (crc32(" ".join(tokens[:WINDOW]).encode()),
                  crc32(" ".join(tokens[mid:mid + WINDOW]).encode()),
                  crc32(" ".join(tokens[-WINDOW:]).encode()))


def normalised(text: str) -> str | None:
    """A signature's normalised text alone; None for a sentence too short to group.
    Stored sentences are normalised again whenever a new one may match them (a million
    times at 1M), so ASCII text takes signature's byte path (C, no regex)."""
    if not text.isascii():
        text = punctuation_spaced(text)
    if text.isascii():
        tokens = text.encode().translate(_ASCII_WORD_BYTES).split()
        return b" ".join(tokens).decode() if len(tokens) >= MIN_TOKENS else None
    words = _WORD.findall(text)
    return " ".join(words).casefold() if len(words) >= MIN_TOKENS else None


def marks_of(text: str) -> str:
    """The names and numbers of a sentence, casefolded, sorted, space-separated; the first
    word only when it is not a connective opening a sentence."""
    words = _WORD.findall(text)
    if not words:
        return ""
    tokens = " ".join(words).casefold().split(" ")
    named = {t for w, t in zip(words[1:], tokens[1:], strict=True)
             if w[0].isupper() or not t.isalpha()}
    first, head = words[0], tokens[0]
    if (first[0].isupper() and head not in LEADING_CONNECTIVES) or not head.isalpha():
        named.add(head)
    return " ".join(sorted(named))


def same_facts(norm_a: str, marks_a: str, norm_b: str, marks_b: str) -> bool:
    """Whether two similar sentences name the same people, places and numbers.

    "Korea Utara menolak ..." and "Korea Selatan menolak ..." score above 90 but say
    different things, as do "8.000 tentara" and "10.000 tentara". A name or number that
    only one of them has is fine when the other spells it alike (Rusia / Russia) or has
    it in lower case (Kim Jong-un / Kim Jong Un); a different number never is.
    """
    if marks_a == marks_b:
        return True
    a, b = set(marks_a.split()), set(marks_b.split())
    words_a, words_b = set(norm_a.split()), set(norm_b.split())
    for only, other_marks, other_words in ((a - b, b - a, words_b), (b - a, a - b, words_a)):
        for mark in only:
            if mark in other_words and mark.isalpha():
                continue
            if not mark.isalpha():
                return False  # a number (or code) the other sentence lacks
            if not any(
                fuzz.ratio(mark, other, score_cutoff=SAME_NAME) for other in other_marks
            ):
                return False
    return True


class NearDuplicateIndex:
    """Sentences seen so far, filed by word windows, to group new ones with.

    A shared window only makes two sentences candidates (a crc32 clash just adds one);
    rapidfuzz decides.
    """

    def __init__(self, min_score: float = MIN_SCORE, stored: Stored | None = None,
                 maybe_stored: Callable[[tuple[int, ...]], bool] | None = None,
                 stored_text: Callable[[int], str] | None = None):
        """stored: looks up sentences filed on disk (``keys_of``) before this index was
        made; they come before every sentence added here, as if added first.
        maybe_stored: False when no stored sentence can be filed under any of the keys (a
        filter in memory), so most sentences skip the lookup.
        stored_text: the text of a stored sentence by its rowid, for rows ``stored`` gives
        with their rowid in place of their text."""
        self.min_score = min_score
        self.stored = stored
        self.maybe_stored = maybe_stored
        self.stored_text = stored_text
        # one slot per filed sentence, in parallel lists (cheaper than objects at 1M)
        self.ids: list[str] = []
        self.docs: list[str] = []
        self.texts: list[str] = []  # normalised
        self.sources: list[str] = []  # as written, for marks_of when a candidate scores
        self.groups: list[str | None] = []
        self.exact: dict[str, int] = {}
        # window key -> the one sentence filed under it, or a list once there are more
        # (most windows are unique: a bare int saves a list per window at 1M sentences)
        self.buckets: dict[int, int | list[int]] = {}
        self.new_roots: set[str] = set()  # earlier sentences that just became a group's first
        self.long_texts = 0  # filed by their exact text alone (no windows, not in buckets)

    def add(
        self, sentence_id: str, doc_id: str, text: str, group_id: str | None = None,
        *, search: bool = True,
    ) -> str | None:
        """File a sentence; returns the group it joins (None when it stands alone).

        search=False files an already stored sentence with its stored group.
        """
        return self.add_signed(sentence_id, doc_id, text, signature(text), group_id,
                               search=search)

    def add_signed(
        self, sentence_id: str, doc_id: str, text: str, signed: Signature | None,
        group_id: str | None = None, *, search: bool = True,
    ) -> str | None:
        """add() with the signature of ``text`` already computed (by a worker process)."""
        if signed is None:
            return group_id
        return self.add_normalised(sentence_id, doc_id, text, signed[0], signed[1], group_id,
                                   search=search)

    def add_normalised(
        self, sentence_id: str, doc_id: str, text: str, norm: str, keys: tuple[int, ...],
        group_id: str | None = None, *, search: bool = True,
    ) -> str | None:
        """add_signed() with the signature's two parts apart (as a worker's unit row holds
        them: no signature tuple to unpickle and take apart per sentence): a document of
        one sentence."""
        joined = self.add_document(doc_id, [(0, sentence_id, text, norm, keys)],
                                   group_id=group_id, search=search)
        return joined[0][1] if joined else None

    def add_document(
        self, doc_id: str, units: list[tuple[int, str, str, str, tuple[int, ...]]],
        group_id: str | None = None, *, search: bool = True,
    ) -> list[tuple[int, str]]:
        """Files each (tag, sentence id, text, normalised text, keys) of one document, in
        order; (tag, group) for each that joins a group (the tag is the caller's: the
        unit's index, say). ``group_id``: the group every unit joins, without a search;
        ``search=False``: none is looked for (each stands alone).

        What they look up is bound once per document: most sentences share no key with
        anything filed and are only filed, and a call each was a third of the ingesting
        process's work on them."""
        buckets, exact = self.buckets, self.exact
        filed_keys = buckets.keys()  # a view: it sees the keys filed meanwhile
        ids, docs, texts, sources = self.ids, self.docs, self.texts, self.sources
        groups = self.groups
        searching = search and group_id is None
        lookup = self.stored is not None
        maybe_stored = self.maybe_stored
        out: list[tuple[int, str]] = []
        for tag, sentence_id, text, norm, keys in units:
            group = group_id
            if searching:
                # the usual case: nothing filed here shares a key with it, nor on disk (the
                # stored filter is asked whatever is found here)
                here = norm in exact or not filed_keys.isdisjoint(keys)
                stored = lookup and (
                    maybe_stored is None or maybe_stored(keys or keys_of((norm, keys))))
                if here or stored:
                    group = self._grouped(doc_id, norm, keys, text, stored)
            index = len(ids)
            ids.append(sentence_id)
            docs.append(doc_id)
            texts.append(norm)
            sources.append(text)
            groups.append(group)
            exact.setdefault(norm, index)
            if not keys:
                self.long_texts += 1
            for key in keys:
                bucket = buckets.get(key)
                if bucket is None:
                    buckets[key] = index
                elif type(bucket) is int:
                    buckets[key] = [bucket, index]
                elif len(bucket) < MAX_BUCKET:
                    bucket.append(index)
            if group is not None:
                out.append((tag, group))
        return out

    def _grouped(self, doc_id: str, norm: str, keys: tuple[int, ...], text: str,
                 stored: bool) -> str | None:
        """The group a sentence that may match joins (None: it stands alone); with
        ``stored``, the stored sentences are looked up too. An earlier sentence that
        starts a new group is noted in new_roots."""
        floor, stored_group = self.min_score, None
        if stored:
            stored_group, floor = self._find_stored(doc_id, norm, keys, text)
        match = None
        if floor <= 100.0:  # an exact stored match (floor above 100) wins outright
            match = self._find(doc_id, norm, keys, text, floor, stored_group is not None)
        group_id = None
        if match is not None:
            group_id = self.groups[match]
            if group_id is None:
                group_id = self.groups[match] = self.ids[match]
                self.new_roots.add(group_id)
        elif stored_group is not None:
            group_id = stored_group
            if stored_group[0] == "*":  # a stored sentence alone: it starts the group
                group_id = stored_group[1:]
                self.new_roots.add(group_id)
        return group_id

    def _find(
        self, doc_id: str, norm: str, keys: tuple[int, ...], text: str,
        floor: float | None = None, beaten: bool = False,
    ) -> int | None:
        """The best match among the sentences added here; with ``beaten``, only one
        scoring above ``floor`` (a stored match already scored that, and came first)."""
        same = self.exact.get(norm)
        if same is not None and self.docs[same] != doc_id and (not beaten or floor < 100.0):
            return same
        candidates: set[int] = set()
        for key in keys:
            bucket = self.buckets.get(key)
            if bucket is None:
                continue
            if type(bucket) is int:
                candidates.add(bucket)
            else:
                candidates.update(bucket)
        if not candidates:
            return None
        best, best_score = None, self.min_score if floor is None else floor
        marks = None
        for index in sorted(candidates):
            if self.docs[index] == doc_id:
                continue
            score = fuzz.ratio(norm, self.texts[index], score_cutoff=best_score)
            if score > best_score or (best is None and not beaten and score >= best_score):
                if marks is None:
                    marks = marks_of(text)
                if same_facts(norm, marks, self.texts[index], marks_of(self.sources[index])):
                    best, best_score = index, score
        return best

    def _find_stored(
        self, doc_id: str, norm: str, keys: tuple[int, ...], text: str
    ) -> tuple[str | None, float]:
        """The best stored match: (its group, or "*" + its id when it has none yet; its
        score, above 100 for an exact match), or (None, the minimum score).

        Stored sentences were filed before any added here, so they win ties.
        """
        rows = self.stored(keys_of((norm, keys)))
        # every stored candidate scored in C (rapidfuzz skips the None norms), then walked
        # in filing order as one by one: the first identical text wins outright, else the
        # best score (a later one only when higher) naming the same facts
        hits = [hit for hit in process.extract(norm, [row[4] for row in rows],
                                               scorer=fuzz.ratio, score_cutoff=self.min_score,
                                               limit=None)
                if rows[hit[2]][1] != doc_id]
        hits.sort(key=itemgetter(2))
        for other_norm, score, at in hits:
            if score == 100.0 and other_norm == norm:
                sid, _, group, _, _ = rows[at]
                return (group or "*" + sid), 101.0
        best, best_score = None, self.min_score
        marks = None
        for other_norm, score, at in hits:
            if score > best_score or (best is None and score >= best_score):
                sid, _, group, other, _ = rows[at]
                if marks is None:
                    marks = marks_of(text)
                if type(other) is int:  # a row held without its text: read it now
                    other = self.stored_text(other)
                if same_facts(norm, marks, other_norm, marks_of(other)):
                    best, best_score = (group or "*" + sid), score
        return best, best_score
