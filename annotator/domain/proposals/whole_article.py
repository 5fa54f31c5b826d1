"""The sides of an article's dispute as an analyst knows them: having read the whole article,
headline to last line, before labeling any of it (issue 11, thirteenth round).

The running reading (dispute.py) knows only the sentences before the one proposed, so a
party's officer who speaks before the allegation is read, a target named only later, a
speaker whose side becomes plain three sentences on all stay on no side. Here the document's
sentences are read once, in order, from their text alone: every sentence proposed as if
nobody had saved anything, with an empty registry, so the reading is the same whatever the
reviewer has done. Then each speaker's sentence is placed again in the dispute the whole
article tells (every allegation, every party it is against, everyone who denied or accused
in it), with what stood just before the sentence kept as it was. ``Dispute.side`` uses the
side found here only where the running reading places a speaker on no side (article_side.py).

The reading is remembered per document (by its id, language and a digest of its text), a
few documents at a time: the label key pays for it once per document, not per key, and a
few sentences on each key until a side is asked for (issue 10, thirteenth round: a long
document's first key paid for all of it, 35-40 ms for 50 sentences).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from collections import OrderedDict
from collections.abc import Callable, Mapping

from annotator.domain.proposals.article_side import same_name
from annotator.domain.proposals.dispute import LOOSE, Dispute, beside
from annotator.domain.proposals.entities import entity_table
from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon, find, lexicon
from annotator.domain.proposals.reading import ACCUSATION, described_in, names_in
from annotator.domain.proposals.roles import COUNSEL
from annotator.domain.proposals.wrongs import words_of
from annotator.domain.scheme import Scheme
from annotator.domain.speakers import SourceIndex

Sides = dict[str, tuple[str, str]]  # a speaker's key -> (side, why)
READ_AHEAD = 3  # the sentences after one read with it, as the engine reads them (LOOK_AHEAD)
KEPT = 8  # documents whose reading is remembered
READ_PER_KEY = 12  # sentences of the article read on each key until a side is asked for

_READ: OrderedDict[tuple, _Reading] = OrderedDict()


class _NoRegistry(SourceIndex):
    """No registry at all: the reading is the text's alone. Nothing to rank, so ranking
    imports nothing (rapidfuzz is left for the screens that rank: the label screen starts
    without it)."""

    def suggest(self, query: str, limit: int = 8, **_) -> list:
        return []

    def mentions(self, text: str) -> list:
        return []  # no names to find (an empty registry's search finds none, at a cost)


_EMPTY = _NoRegistry([])


def _key(name: str | None) -> str:
    return (name or "").casefold()


def article_sides(doc_id: str, texts: tuple[str, ...], language: str | None, scheme: Scheme,
                  propose_text: Callable, index: SourceIndex | None = None) -> ArticleSides:
    """Every speaker of the document (its sentences ``texts`` in order) and the side the
    whole article puts them on, remembered per document. ``propose_text`` is the engine's
    (passed in: the engine calls this). With the registry (``index``), each speaker is
    also found under the registered name its name is an alias of ("Moscow": "Rusia"), as
    the running reading names it; the reading itself is the text's alone.

    Read as it is needed (issue 10, thirteenth round): each call reads READ_PER_KEY more
    sentences of the document, and the rest only when a side is asked for (``Dispute.side``
    asks only where the sentences before leave a speaker on none), so a document's first
    key does not pay for the whole article. The sides are the same whenever read."""
    digest = hashlib.blake2b("\n".join(texts).encode(), digest_size=16).digest()
    key = (doc_id, language, digest, id(scheme))
    found = _READ.get(key)
    if found is not None and found.scheme is scheme:
        _READ.move_to_end(key)
    else:
        found = _READ[key] = _Reading(texts, language, scheme, propose_text)
        while len(_READ) > KEPT:
            _READ.popitem(last=False)
    found.step(READ_PER_KEY)
    return ArticleSides(found, index)


class ArticleSides(Mapping):
    """The sides of one document's speakers, read to its end when first asked for. Stands in
    a reading state's cache keys by ``token``: while the article is not read to its end, the
    document's reading and the registry, not its size (so that making a key does not read it),
    then the sides themselves (so that keys made after a new source is registered still
    meet the ones made before, as the sides read at once did)."""

    def __init__(self, reading: _Reading, index: SourceIndex | None):
        self._reading, self._index, self._sides = reading, index, None
        self._sorted: tuple | None = None  # the sides as a token, made once they are read
        # not the registry's size: a reading that asks a side reads the article to its
        # end, so this token is never made again; one that does not, does not depend on it
        self._token = ("article", reading.serial, id(index))

    @property
    def token(self) -> tuple:
        if self._sides is None and self._reading.result is None:
            return self._token
        if self._sorted is None:  # a key reads it for every reading state it makes
            self._sorted = tuple(sorted(self._read().items()))
        return self._sorted

    @property
    def unread(self) -> bool:
        """Whether no side has been asked of the document's reading yet: whatever was read
        meanwhile (a reading state made with ``unread_token``) did not depend on the sides,
        and reads the same once they are read (engine._Kept.serves)."""
        return self._reading.result is None

    @property
    def unread_token(self) -> tuple:
        """``token`` while the sides are unread (the document's reading and the registry)."""
        return self._token

    def _read(self) -> Sides:
        if self._sides is None:
            sides, written = self._reading.finish()
            self._sides = registered(sides, written, self._index) \
                if self._index is not None else sides
        return self._sides

    def __getitem__(self, key: str) -> tuple[str, str]:
        return self._read()[key]

    def __iter__(self):
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())

    def __repr__(self) -> str:
        return f"ArticleSides({self._read()!r})"


def registered(sides: Sides, written: dict[str, str], index: SourceIndex) -> Sides:
    """The sides with each speaker's registered name too, where the registry knows the
    name as written in the article as the alias of another ("Moscow" for "Rusia")."""
    out = dict(sides)
    for key, side in sides.items():
        found = index.mentions(written.get(key, key))
        if len(found) == 1 and found[0][1] == 0:
            out.setdefault(_key(found[0][0].name), side)
    return out


@dataclasses.dataclass(frozen=True)
class _Before:
    """What stood just before a sentence in the running reading: its own context."""

    speaker: str | None
    last_role: str
    last_speaker: str
    last_denier: str
    last_accuser: str
    seen: int


def read_article(texts: tuple[str, ...], language: str | None, scheme: Scheme,
                 propose_text: Callable) -> tuple[Sides, dict[str, str]]:
    """Read the document once through as the engine reads a sentence's window, nobody's
    labels saved; then place each speaker in the dispute the whole article told. Also
    each speaker's name as written, by its key."""
    return _Reading(texts, language, scheme, propose_text).finish()


_SERIALS = itertools.count()


class _Reading:
    """``read_article`` read a few sentences at a time (``step``), the same to the end
    however it is split: what the sentences read so far left is kept here between keys."""

    def __init__(self, texts: tuple[str, ...], language: str | None, scheme: Scheme,
                 propose_text: Callable):
        self.serial = next(_SERIALS)  # never reused, unlike an id: cache keys hold it
        self.texts, self.language, self.scheme = texts, language, scheme
        self.propose_text = propose_text
        self.lex = lexicon(language)
        self.table = entity_table(texts, language)
        self.dispute = Dispute()
        self.names: list[str] = []
        self.described: list[tuple[str, str]] = []
        self.previous = self.last_named = None
        self.befores: list[_Before] = []
        self.nouns: dict[str, str] = {}  # an accuser's own noun -> the speaker who gave it
        self.at = 0
        self.result: tuple[Sides, dict[str, str]] | None = None

    def step(self, count: int) -> None:
        """Read up to ``count`` more sentences."""
        while count > 0 and self.at < len(self.texts):
            self._one(self.at, self.texts[self.at])
            self.at += 1
            count -= 1

    def finish(self) -> tuple[Sides, dict[str, str]]:
        """The sides and the names as written, the rest of the document read first."""
        if self.result is None:
            self.step(len(self.texts))
            written = {_key(b.speaker): b.speaker for b in self.befores if b.speaker}
            self.result = (placed_in_whole(self.dispute, self.befores, self.texts, self.lex,
                                           self.nouns), written)
        return self.result

    def _one(self, at: int, text: str) -> None:
        lex, scheme, dispute, texts = self.lex, self.scheme, self.dispute, self.texts
        p = self.propose_text(text, scheme, _EMPTY, self.language, previous=self.previous,
                              last_named=self.last_named, names=tuple(self.names),
                              described=tuple(self.described), dispute=dispute,
                              later=texts[at + 1:at + 1 + READ_AHEAD], table=self.table,
                              at=at)
        self.befores.append(_Before(p.name, dispute.last_role, dispute.last_speaker,
                                    dispute.last_denier, dispute.last_accuser,
                                    len(dispute.seen)))
        if p.topic and p.name is None:  # narration about a person: "Ia" next is them
            self.previous, self.last_named = None, p.topic
        else:
            self.previous = p.name
            self.last_named = p.name or self.last_named
        role = scheme.role_for(p.label)
        self.names += [p.name] if p.name and " " in p.name else []
        speaker = p.name
        if role == ACCUSATION:  # who makes the allegation, as the sentence itself says
            speaker = maker(text, names_in(text, lex), lex) or p.name
            self.befores[-1] = dataclasses.replace(self.befores[-1], speaker=speaker)
        dispute.take(role, speaker, p.label_reason)
        given = set(dispute.accusing_nouns)
        dispute.named(role, speaker, names_in(text, lex), text, lex)
        self.nouns.update(dict.fromkeys(dispute.accusing_nouns - given, _key(speaker)))
        dispute.place(speaker, text, lex)
        self.names += names_in(text, lex)
        self.described += described_in(text, lex)
        dispute.seen.append(text)


MAKER_GAP = 2  # words between an allegation's maker and its verb ("X on Tuesday accused")


def maker(text: str, names: tuple[str, ...] | list[str], lex: Lexicon) -> str | None:
    """Who makes the allegation a sentence tells of: the name standing just before its
    active accusing verb, as its subject ("setelah Aliansi Petani Kediri menuduh
    perusahaannya", "The regulator's chair, X, accused"), whoever the sentence's speaker
    was read as ("Pernyataan itu disampaikan setelah ..." carries the speaker before). None
    for a passive verb ("Y dituduh", "Y was accused"): the name before it is the accused."""
    words = words_of(text)
    placed = []
    for name in names:
        own = words_of(name)
        placed += [(k + len(own), len(own), name) for k in range(len(words) - len(own) + 1)
                   if own and words[k:k + len(own)] == own]
    for s, _ in find(lex.accusation, words):
        if (words[s].startswith(("di", "ter")) if lex.head_first else any(
                w in lex.passive_auxiliaries for w in words[max(0, s - 2):s])):
            continue
        before = [p for p in placed if p[0] <= s and s - p[0] <= MAKER_GAP]
        if before:
            return max(before)[2]
    return None


def placed_in_whole(whole: Dispute, befores: list[_Before], texts: tuple[str, ...],
                    lex, nouns: dict[str, str] | None = None) -> Sides:
    """Each speaker's side in the whole article's dispute (``whole``: the reading after its
    last sentence), each of their sentences placed with its own context before it. Where the
    speaker stands (the party the allegations are against, its officer, counsel or
    description) is read apart from what the speaker's own sentences were proposed as, and
    wins: a party's counter-charge ("menuding tudingan itu bermuatan politik") does not make
    it an accuser. Then what they did in the article: denied (the accused side); then where
    they stand with the accusers (an accuser's officer, who filed); then made an allegation
    (the accusing side). Last, an officer of a body beside a speaker so placed."""
    spoken: dict[str, list[tuple[_Before, str]]] = {}
    for before, text in zip(befores, texts, strict=True):
        if _key(before.speaker):
            spoken.setdefault(_key(before.speaker), []).append((before, text))
    sides: Sides = {}
    counselled = {client for key in whole.deniers for _, text in spoken.get(key, ())
                  for client in _clients(key, text, lex)}
    for key in spoken:
        same = [k for k in spoken if k == key or same_name(k, key)]  # "Hughes"
        said = sorted((s for k in same for s in spoken[k]), key=lambda s: s[0].seen)
        stands = _stands(whole, set(same), said, lex, nouns or {})
        found = None
        if stands and stands[0] == "accused":
            found = stands
        elif any(k in whole.deniers for k in same) or any(
                same_name(k, client) for k in same for client in counselled):
            found = ("accused", "accused side: replies to the allegation later in the article")
        elif stands:
            found = stands
        elif any(k in whole.accusers for k in same):
            found = ("accusing", "accusing side: makes an allegation in the article")
        if found is not None:
            sides[key] = found
    return _fellow_officers(sides, spoken, lex)


def _clients(key: str, text: str, lex) -> set[str]:
    """The parties whose counsel or agent ``key`` is named as between commas in ``text``
    ("Brightway's solicitor, James Toll, said", casefolded: "brightway"): the counsel's
    denial is their client's reply (thirty-first round, issue 11; the counsel speaks, as
    speakers_proposed.role_holder reads it, and the client stays the accused side)."""
    if lex.language != "en":
        return set()
    roles = "|".join(re.escape(c) for c in (*COUNSEL["en"], "agent") if not c.endswith("s"))
    return {c for m in re.finditer(
        rf"((?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*)['’]s?\s+(?:{roles}),\s*([^,]+),", text)
        if m.group(2).strip().casefold() == key
        for c in (m.group(1).casefold(), m.group(1).split()[-1].casefold())}


def _bodies(speaker: str, text: str, lex) -> set[str]:
    """The bodies named beside a speaker's name ("Humas RS Harapan Sehat, Lina Marlina",
    "Lina Marlina of RS Harapan Sehat"): each name whose words all stand in its window, as
    the whole run of capitalised words around it ("RS Harapan Sehat" for "Harapan Sehat"),
    an office's title before it left out, read as a company's, an organisation's or a
    government body's (a place, "Konawe Utara", is none)."""
    window = set(beside(speaker, text, lex)[0])
    found = set()
    for name in names_in(text, lex):
        if _key(name) == _key(speaker) or not words_of(name) \
                or not set(words_of(name)) <= window:
            continue
        run = _capitalised_run(text, name, lex)
        if run and kind_of(run, lex) != PERSON:
            found.add(_key(run))
    return found


def _capitalised_run(text: str, name: str, lex) -> str | None:
    """The run of capitalised words of the sentence around a name, titles before it left
    out: "Direktur RS Harapan Sehat," around "Harapan Sehat" is "RS Harapan Sehat"."""
    tokens = text.split()
    bare = [t.strip(".,;:()\"'“”‘’") for t in tokens]
    own = name.split()
    for at in range(len(bare) - len(own) + 1):
        if bare[at:at + len(own)] != own:
            continue
        start, end = at, at + len(own)
        while start > 0 and bare[start - 1][:1].isupper() and not tokens[start - 1].endswith(
                (",", ".", ";", ":")) and bare[start - 1].casefold() not in lex.titles:
            start -= 1
        while end < len(bare) and bare[end][:1].isupper() and not tokens[end - 1].endswith(
                (",", ".", ";", ":")):
            end += 1
        return " ".join(bare[start:end])
    return None


def _fellow_officers(sides: Sides, spoken: dict[str, list[tuple[_Before, str]]], lex
                     ) -> Sides:
    """A speaker the article places on no side who is named beside the same body as
    speakers it places, all on one side ("Direktur RS Harapan Sehat" after "Humas RS
    Harapan Sehat" denied): on that side, an officer of the same body."""
    bodies = {key: set().union(*(_bodies(b.speaker, t, lex) for b, t in said))
              for key, said in spoken.items()}
    out = dict(sides)
    for key, own in bodies.items():
        if key in sides or not own:
            continue
        found = {sides[k][0]: (k, body) for k, theirs in bodies.items() if k in sides
                 for body in theirs if any(same_name(body, mine) for mine in own)}
        if len(found) == 1:
            side, (k, body) = next(iter(found.items()))
            out[key] = (side, f"{side} side, read in the whole article: named beside "
                              f"{body} as {k} is")
    return out


def _stands(whole: Dispute, same: set[str], said: list[tuple[_Before, str]], lex,
            nouns: dict[str, str]) -> tuple[str, str] | None:
    """Where the whole article's dispute places the speaker by who they are, their own
    stances (under any of their names, ``same``) left out, and the accusers' nouns their
    own sentences gave ("Local councillor X said residents had complained" read as an
    accusation does not make X "one of the accusers" by "councillor"): the first side
    found."""
    for before, text in said:
        apart = dataclasses.replace(
            whole, last_role=before.last_role, last_speaker=before.last_speaker,
            last_denier=before.last_denier, last_accuser=before.last_accuser,
            seen=whole.seen[:before.seen],
            accusers={k: v for k, v in whole.accusers.items() if k not in same},
            deniers={k: v for k, v in whole.deniers.items() if k not in same},
            placed={k: v for k, v in whole.placed.items() if k not in same},
            accusing_nouns={n for n in whole.accusing_nouns if nouns.get(n) not in same})
        side, why = apart.side(before.speaker, text, lex, loose=False)
        if side != "none" and not why.startswith(LOOSE):
            return side, f"{side} side, read in the whole article: {why}"
    return None
