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
few documents at a time: the label key pays for it once per document, not per key.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import OrderedDict
from collections.abc import Callable

from annotator.domain.proposals.article_side import same_name
from annotator.domain.proposals.dispute import LOOSE, Dispute, beside
from annotator.domain.proposals.entities import entity_table
from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon, find, lexicon
from annotator.domain.proposals.reading import ACCUSATION, described_in, names_in
from annotator.domain.proposals.wrongs import words_of
from annotator.domain.scheme import Scheme
from annotator.domain.speakers import SourceIndex

Sides = dict[str, tuple[str, str]]  # a speaker's key -> (side, why)
READ_AHEAD = 3  # the sentences after one read with it, as the engine reads them (LOOK_AHEAD)
KEPT = 8  # documents whose reading is remembered

_READ: OrderedDict[tuple, tuple[Scheme, Sides, dict[str, str]]] = OrderedDict()


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
                  propose_text: Callable, index: SourceIndex | None = None) -> Sides:
    """Every speaker of the document (its sentences ``texts`` in order) and the side the
    whole article puts them on, remembered per document. ``propose_text`` is the engine's
    (passed in: the engine calls this). With the registry (``index``), each speaker is
    also found under the registered name its name is an alias of ("Moscow": "Rusia"), as
    the running reading names it; the reading itself is the text's alone."""
    digest = hashlib.blake2b("\n".join(texts).encode(), digest_size=16).digest()
    key = (doc_id, language, digest, id(scheme))
    found = _READ.get(key)
    if found is not None and found[0] is scheme:
        _READ.move_to_end(key)
    else:
        found = _READ[key] = (scheme, *read_article(texts, language, scheme, propose_text))
        while len(_READ) > KEPT:
            _READ.popitem(last=False)
    return registered(found[1], found[2], index) if index is not None else found[1]


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
    lex = lexicon(language)
    table = entity_table(texts, language)
    dispute = Dispute()
    names: list[str] = []
    described: list[tuple[str, str]] = []
    previous = last_named = None
    befores: list[_Before] = []
    nouns: dict[str, str] = {}  # an accuser's own noun -> the speaker whose sentence gave it
    for at, text in enumerate(texts):
        p = propose_text(text, scheme, _EMPTY, language, previous=previous,
                         last_named=last_named, names=tuple(names),
                         described=tuple(described), dispute=dispute,
                         later=texts[at + 1:at + 1 + READ_AHEAD], table=table, at=at)
        befores.append(_Before(p.name, dispute.last_role, dispute.last_speaker,
                               dispute.last_denier, dispute.last_accuser, len(dispute.seen)))
        if p.topic and p.name is None:  # narration about a person: "Ia" next is them
            previous, last_named = None, p.topic
        else:
            previous = p.name
            last_named = p.name or last_named
        role = scheme.role_for(p.label)
        names += [p.name] if p.name and " " in p.name else []
        speaker = p.name
        if role == ACCUSATION:  # who makes the allegation, as the sentence itself says
            speaker = maker(text, names_in(text, lex), lex) or p.name
            befores[-1] = dataclasses.replace(befores[-1], speaker=speaker)
        dispute.take(role, speaker, p.label_reason)
        given = set(dispute.accusing_nouns)
        dispute.named(role, speaker, names_in(text, lex), text, lex)
        nouns.update(dict.fromkeys(dispute.accusing_nouns - given, _key(speaker)))
        dispute.place(speaker, text, lex)
        names += names_in(text, lex)
        described += described_in(text, lex)
        dispute.seen.append(text)
    written = {_key(b.speaker): b.speaker for b in befores if b.speaker}
    return placed_in_whole(dispute, befores, texts, lex, nouns), written


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
    for key in spoken:
        same = [k for k in spoken if k == key or same_name(k, key)]  # "Hughes"
        said = sorted((s for k in same for s in spoken[k]), key=lambda s: s[0].seen)
        stands = _stands(whole, set(same), said, lex, nouns or {})
        found = None
        if stands and stands[0] == "accused":
            found = stands
        elif any(k in whole.deniers for k in same):
            found = ("accused", "accused side: replies to the allegation later in the article")
        elif stands:
            found = stands
        elif any(k in whole.accusers for k in same):
            found = ("accusing", "accusing side: makes an allegation in the article")
        if found is not None:
            sides[key] = found
    return _fellow_officers(sides, spoken, lex)


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
