"""Who said it: ranking registry names as the analyst types, and finding them in a
sentence.

Two jobs, both from the registry of sources and aliases (annotator.sources):

* ``SourceIndex.suggest`` ranks names and aliases for a partly typed query with
  rapidfuzz (Peskov -> Dmitry Peskov, Korut -> Korea Utara). Choices are preprocessed
  once; candidates are narrowed by word prefixes (a sorted token list, bisect) before
  scoring, so a keystroke never scores the whole registry. A typo in the first two
  letters of every word is the price: such a name is not found.
* ``SourceIndex.mentions`` finds the registry's names and aliases in a sentence, which
  ``annotator.domain.proposals`` reads to propose who said it.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.domain.sources import names_and_aliases

if TYPE_CHECKING:
    from sqlite_utils import Database

TOKEN = re.compile(r"\w+(?:[.\-']\w+)*")

MAX_NGRAM = 8
FOUND_KEPT = 4096  # sentences whose mentions are kept (a key reads about ten)
ANY_NAME = "\x00"  # a reading that ranked the registry: any name taken in may change it


@dataclass(frozen=True)
class Suggestion:
    name: str  # canonical name, what gets saved
    matched: str  # the name or alias the query matched
    score: float


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str
    case_sensitive: bool
    form: str  # the alias as written, for the case-sensitive ones


def _tokens(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


def _key(tokens: list[str]) -> str:
    return " ".join(tokens).casefold()


def _strict(alias: str) -> bool:
    """Short all-capital aliases (AS, US, TASS) only match in capitals: "as" is a word."""
    letters = alias.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


class SourceIndex:
    """The registry, prepared once for ranking and for spotting names in sentences."""

    def __init__(self, pairs: list[tuple[str, str]], kinds: dict[str, str] | None = None):
        kinds = kinds or {}
        self._texts: list[str] = []
        self._names: list[str] = []
        # for ranking as the analyst types, made on the first query (rapidfuzz is imported
        # then, not when the labeling screen starts)
        self._processed: list[str] = []
        # (word, length of the choice, choice), sorted: prefix lookups by bisect
        self._tokens: list[tuple[str, int, int]] = []
        self._ranked = False
        self._mentions: dict[str, list[_Entry]] = {}
        # the longest name or alias beginning with each (casefolded) word: where a sentence
        # has none of these words, no name starts there
        self._longest: dict[str, int] = {}
        self._found: dict[str, list[tuple[_Entry, int, int]]] = {}  # mentions, by sentence
        # the sentences in _found by each of their casefolded words: a name taken in is
        # looked up only where a word of the sentence is its first word, so only those
        # sentences' mentions can change
        self._found_by_word: dict[str, set[str]] = {}
        self._words: dict[str, frozenset[str]] = {}  # each sentence in _found: its words
        # the first (casefolded) word of each name or alias taken in, in order (None: a
        # name mentions never finds): what a remembered reading is checked against
        self._firsts: list[str | None] = []
        self._watching: list[set[str]] = []  # readings in progress: the words they asked
        collecting = gc.isenabled()
        gc.disable()  # hundreds of thousands of small objects, none cyclic: twice as fast
        try:
            for text, name in pairs:
                self._take(text, name, kinds.get(name, "other"))
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def from_db(cls, db: Database) -> SourceIndex:
        kinds = dict(db.execute("SELECT name, kind FROM sources").fetchall())
        return cls(names_and_aliases(db), kinds)

    def _take(self, text: str, name: str, kind: str) -> None:
        self._texts.append(text)
        self._names.append(name)
        words = TOKEN.findall(text)
        if not words or len(words) > MAX_NGRAM:
            self._firsts.append(None)
        else:
            entry = _Entry(name, kind, _strict(text), " ".join(words))
            self._mentions.setdefault(_key(words), []).append(entry)
            first = words[0].casefold()
            self._firsts.append(first)
            self._longest[first] = max(self._longest.get(first, 0), len(words))
            for text in self._found_by_word.pop(first, ()):  # a sentence with its first
                self._found.pop(text, None)  # word may name this one now; no other can

    def _rank_ready(self) -> None:
        """Prepare every choice for ranking (once): rapidfuzz's processed form and the
        sorted word list."""
        if self._ranked:
            return
        from rapidfuzz.utils import default_process

        collecting = gc.isenabled()
        gc.disable()
        try:
            for index in range(len(self._processed), len(self._texts)):
                processed = default_process(self._texts[index])
                self._processed.append(processed)
                self._tokens.extend((token, len(processed), index)
                                    for token in set(processed.split()))
            self._tokens.sort()
        finally:
            if collecting:
                gc.enable()
        self._ranked = True

    def add(self, text: str, name: str, kind: str = "other") -> None:
        """Take in one name or alias (the picker calls this for a source it just added)."""
        self._take(text, name, kind)
        if not self._ranked:
            return
        from rapidfuzz.utils import default_process

        index = len(self._texts) - 1
        processed = default_process(text)
        self._processed.append(processed)
        for token in set(processed.split()):
            bisect.insort(self._tokens, (token, len(processed), index))

    def __len__(self) -> int:
        return len(self._texts)

    # ranking as you type -------------------------------------------------------------

    def _starting_with(self, prefix: str, cap: int) -> set[int]:
        """Choices with a word that starts with ``prefix``: at most ``cap``, shared out
        over the distinct words (shortest choices first within a word), so that many
        "Dmitri ..." cannot crowd out "Dmitry Peskov"."""
        tokens = self._tokens
        start = bisect.bisect_left(tokens, (prefix,))
        end = bisect.bisect_left(tokens, (prefix + "\U0010ffff",), lo=start)
        if end - start <= cap:
            return {entry[2] for entry in tokens[start:end]}
        words = []  # (first, stop) of each distinct word under the prefix
        position = start
        while position < end:
            stop = bisect.bisect_left(tokens, (tokens[position][0] + "\x00",), lo=position,
                                      hi=end)
            words.append((position, stop))
            position = stop
        quota = max(1, cap // len(words))
        found: set[int] = set()
        for first, stop in words[:cap]:
            found.update(entry[2] for entry in tokens[first:min(stop, first + quota)])
        return found

    def _candidates(self, query: str, cap: int) -> set[int]:
        """Narrow before scoring: choices having every typed word as a word prefix; if
        that finds too little (a typo), those sharing the first letters of a typed word."""
        words = query.split()
        found: set[int] | None = None
        for word in words:
            hits = self._starting_with(word, cap * 4)
            found = hits if found is None else found & hits
        if found and len(found) >= 2:
            return set(itertools.islice(found, cap))
        loose: set[int] = set(found or ())
        for word in words:
            if len(word) >= 3:
                loose |= self._starting_with(word[:3], cap)
                if len(word) >= 5:
                    loose |= self._starting_with(word[:2], cap)
        return set(itertools.islice(loose, cap))

    def suggest(self, query: str, limit: int = 8, *, score_cutoff: float = 50,
                cap: int = 2000) -> list[Suggestion]:
        """Registry names ranked for what the analyst has typed so far, one per source.

        Scores at most ``cap`` candidates found by word prefix, never the whole registry.
        """
        from rapidfuzz import fuzz, process
        from rapidfuzz.utils import default_process

        if self._watching:
            self._watching[-1].add(ANY_NAME)
        self._rank_ready()
        processed = default_process(query)
        if not processed:
            return []
        candidates = self._candidates(processed, cap)
        hits = process.extract(
            processed, {i: self._processed[i] for i in candidates}, scorer=fuzz.WRatio,
            processor=None, score_cutoff=score_cutoff, limit=max(limit * 4, 200),
        )
        ranked: dict[str, Suggestion] = {}
        for _, score, i in hits:
            text = self._processed[i]
            if text == processed:
                score += 30
            elif text.startswith(processed):
                score += 20
            elif any(word.startswith(processed) for word in text.split()):
                score += 10
            name = self._names[i]
            if name not in ranked or ranked[name].score < score:
                ranked[name] = Suggestion(name, self._texts[i], score)
        return sorted(ranked.values(), key=lambda s: (-s.score, len(s.matched), s.name))[:limit]

    def brute_force(self, query: str, limit: int = 8) -> list[tuple[str, float, int]]:
        """Score every choice, no narrowing: the benchmark's raw limit."""
        from rapidfuzz import fuzz, process
        from rapidfuzz.utils import default_process

        self._rank_ready()
        return process.extract(
            default_process(query), self._processed, scorer=fuzz.WRatio, processor=None,
            limit=limit,
        )

    # proposing a source -------------------------------------------------------------

    def mentions(self, text: str) -> list[tuple[_Entry, int, int]]:
        """Known names in a sentence: (entry, first token, end token), longest first,
        never overlapping. A proposal reads the same sentence on several keys (shown, then
        read back for the next ones' speakers): found once, kept (at most FOUND_KEPT
        sentences) until the registry takes in a name whose first word the sentence holds."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= FOUND_KEPT:
                self._found.clear()
                self._found_by_word.clear()
                self._words.clear()
            words = TOKEN.findall(text)  # the tokens' words, no match object made for each
            folded = [w.casefold() for w in words]
            found = self._found[text] = self._find_mentions(words, folded)
            by_word = self._found_by_word
            own = self._words[text] = frozenset(folded)
            for word in own:
                by_word.setdefault(word, set()).add(text)
        if self._watching:
            self._watching[-1].update(self._words[text])
        return list(found)

    # remembering readings -------------------------------------------------------------
    # A proposal's readings are remembered between keys (engine.py). A reading asks the
    # registry only through ``mentions`` (names found in a text: they change only when a
    # name taken in begins with one of the text's words) and ``suggest`` (a ranking: any
    # name may change it). So a reading records, while it runs, the words its texts hold
    # (ANY_NAME for a ranking), and stays right until a name beginning with one of them
    # is taken in.

    def watch(self) -> set[str]:
        """Start recording what a reading asks of the registry (end with ``unwatch``)."""
        asked: set[str] = set()
        self._watching.append(asked)
        return asked

    def unwatch(self, asked: set[str]) -> frozenset[str]:
        """Stop recording a reading; what it asked is asked by the reading around it too."""
        self._watching.pop()  # the innermost: readings nest
        if self._watching:
            self._watching[-1].update(asked)
        return frozenset(asked)

    def asked(self, asked: frozenset[str]) -> None:
        """A remembered reading used in place of reading again: the reading around it
        depends on what it asked."""
        if self._watching:
            self._watching[-1].update(asked)

    def unchanged(self, since: int, asked: frozenset[str]) -> bool:
        """Whether a reading made when the registry held ``since`` names and aliases, which
        asked ``asked``, reads the same now: no name taken in since begins with a word it
        asked (nor any, if it ranked)."""
        if since == len(self._texts):
            return True
        return ANY_NAME not in asked and asked.isdisjoint(self._firsts[since:])

    def _find_mentions(self, words: list[str], folded: list[str]
                       ) -> list[tuple[_Entry, int, int]]:
        """The mentions in a sentence's words (``folded``: each casefolded). Only the
        positions whose word begins a name are tried, and only as long as the longest name
        it begins. Casefolding maps each character alone, so the casefolded words joined
        are the joined words casefolded (``_key``)."""
        longest = self._longest
        found: list[tuple[_Entry, int, int]] = []
        i = 0
        while i < len(words):
            match = None
            reach = longest.get(folded[i], 0)
            for n in range(min(reach, len(words) - i), 0, -1):
                entries = self._mentions.get(" ".join(folded[i:i + n]))
                if not entries:
                    continue
                original = " ".join(words[i:i + n])
                for entry in entries:
                    if entry.case_sensitive and original != entry.form:
                        continue
                    match = (entry, i, i + n)
                    break
                if match:
                    break
            if match:
                found.append(match)
                i = match[2]
            else:
                i += 1
        return found
