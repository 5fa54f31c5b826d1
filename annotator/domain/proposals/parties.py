"""Who a sentence's speaker is in the article's dispute, read from the rules' labels and
speakers of the sentences before it: what the prior (prior.py) reads where the rules fell
back to a default ("reported speech 'said'", "no speech verb") and have no cue.

An analyst reads a bare "he said" by the party an earlier accusation named as a denial, and
the accuser's next words as the accusation restated; the features say which party speaks
(``accused``: named in an earlier accusation by someone else, or denied before;
``accuser``: accused before), what the last other party said, whether the sentence negates
or contrasts, and whether it stands inside a quotation opened earlier. No topic words.

``by_default`` is the gate: the rules' reasons that come from no cue and no class rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.domain.proposals.kinds import defined_acronyms
from annotator.domain.proposals.lexicon import Lexicon, lexicon
from annotator.domain.proposals.reading import (
    ACCUSATION,
    CAPITALISED_STOP,
    CONTEXT,
    DENIAL,
    names_in,
    words_of,
)

# the rules' reasons (LabelReading.reason) that no cue and no class rule decided
_DEFAULTS = re.compile(r"reported speech '[^']*'|a quotation|no speech verb")

# words that set a statement against another (closed classes of each language, written
# from the grammar, not from any set's sentences)
CONTRAST = {
    "en": frozenset("but however yet although though instead rather actually whereas "
                    "nevertheless nonetheless despite contrary".split()),
    "id": frozenset("namun tetapi tapi melainkan justru padahal sebaliknya meskipun walaupun "
                    "sebenarnya malah kendati sedangkan".split()),
}


def by_default(reason: str) -> bool:
    """The rules' label came from a default, not a cue nor a class: ``reason`` is the
    reading's reason, or a proposal's "label: reason" (anything after "; " ignored)."""
    reason = reason.split("; ")[0]
    if _DEFAULTS.fullmatch(reason):
        return True
    head, _, rest = reason.partition(": ")
    return bool(rest) and " " not in head and bool(_DEFAULTS.fullmatch(rest))


@dataclass(frozen=True)
class Said:
    """A sentence before, as read: its text, its role (saved, else proposed) and speaker."""

    text: str
    role: str | None
    speaker: str | None


def _key(name: str | None) -> str:
    return (name or "").casefold()


def _matches(key: str, names: set[str]) -> bool:
    return bool(key) and any(key == n or (len(key) > 3 and (key in n or n in key))
                             for n in names)


def _quotes(text: str) -> int:
    """Quotation marks opened minus closed (straight quotes alternate)."""
    opened = sum(text.count(ch) for ch in "“«")
    closed = sum(text.count(ch) for ch in "”»")
    return opened - closed + (text.count('"') % 2)


_CAPITALISED = re.compile(r"\b[A-Z][\w-]{2,}")


def _name_words(text: str, lex: Lexicon) -> set[str]:
    """The capitalised words of a text (names, offices, acronyms), days, months and
    function words left out."""
    return {w.casefold() for w in _CAPITALISED.findall(text)} - CAPITALISED_STOP - set(
        lex.not_names)


def _camp_of(said: Said, lex: Lexicon) -> set[str]:
    """The words that name a speaker's side: their name's, and an acronym the sentence
    defines for it ("Badan Meteorologi ... (BMKG)")."""
    words = _words_of_name(said.speaker)
    words |= {short.casefold() for _, _, short in defined_acronyms(said.text)
              if said.speaker and short[:1].casefold() == said.speaker[:1].casefold()}
    return words


def _words_of_name(name: str | None) -> set[str]:
    return {w for w in re.findall(r"[\w-]{3,}", (name or "").casefold())} - CAPITALISED_STOP


TITLE_REACH = 60  # characters before a speaker's name where their title and body stand


def _side_words(text: str, speaker: str | None, before: Sequence[Said], lex: Lexicon
                ) -> set[str]:
    """The words that place a speaker: their name's, and the names just before their name
    where the sentence, or the first one before that names them, introduces them
    ("Direktur Utama Perum Bulog, Bayu Krisnamurthi", "Commission chairman Wafula
    Chebukati")."""
    words = _words_of_name(speaker)
    last = (speaker or "").split()[-1:]
    for said in [Said(text, None, speaker), *before]:
        at = said.text.find(last[0]) if last else -1
        if at >= 0:
            found = said.text.find(speaker) if speaker and speaker in said.text else at
            words |= _name_words(said.text[max(0, found - TITLE_REACH):found], lex)
            break
    return words


_SAID: dict[tuple, tuple] = {}
SAID_KEPT = 4096  # sentences before as party_features reads them: a key reads its document's


def _read_said(said: Said, lex: Lexicon) -> tuple[str, frozenset[str], frozenset[str],
                                                  frozenset[str], int]:
    """What party_features reads of one sentence before (its speaker's key, the words of its
    speaker's camp where it accuses or denies, the keys and words of the others an
    accusation names, its quotation marks left open), remembered by the sentence as read
    (text, role, speaker) and the lexicon: each key reads every sentence before it again.
    The lexicon is kept beside it, so that its id is not reused while the entry lives."""
    key = (said.text, said.role, said.speaker, id(lex))  # its fields: compared in C
    found = _SAID.get(key)
    if found is not None and found[0] is lex:
        return found[1]
    who = _key(said.speaker)
    camp: frozenset[str] = frozenset()
    named_keys: frozenset[str] = frozenset()
    named_words: frozenset[str] = frozenset()
    if said.role == ACCUSATION:
        if who:
            camp = frozenset(_camp_of(said, lex))
        named = [n for n in names_in(said.text, lex) if _key(n) != who]
        named_keys = frozenset(_key(n) for n in named)
        named_words = frozenset(w for n in named for w in _words_of_name(n))
    elif said.role == DENIAL and who:
        camp = frozenset(_camp_of(said, lex))
    read = (who, camp, named_keys, named_words, _quotes(said.text))
    if len(_SAID) >= SAID_KEPT:
        _SAID.clear()
    _SAID[key] = (lex, read)
    return read


def party_features(text: str, language: str | None, speaker: str | None, rule: str,
                   before: Sequence[Said]) -> dict[str, float]:
    """The features of a sentence's place in its dispute (names to 1.0)."""
    lex = lexicon(language)
    accusers: set[str] = set()
    deniers: set[str] = set()
    accused: set[str] = set()
    accusing_camp: set[str] = set()
    accused_camp: set[str] = set()
    other_last = "none"
    me = _key(speaker)
    quotes = 0
    for said in before:
        who, camp, named_keys, named_words, opened = _read_said(said, lex)
        if said.role == ACCUSATION:
            if who:
                accusers.add(who)
                accusing_camp |= camp
            accused |= named_keys
            accused_camp |= named_words
        elif said.role == DENIAL and who:
            deniers.add(who)
            accused_camp |= camp
        if said.role not in (None, CONTEXT) and who and who != me:
            other_last = said.role
        quotes += opened
    if not me:
        party = "nobody"
    else:
        is_accused = me in deniers or _matches(me, accused)
        is_accuser = me in accusers
        party = ("both" if is_accused and is_accuser else "accused" if is_accused
                 else "accuser" if is_accuser else "neither")
    words = words_of(text)
    f: dict[str, float] = {}

    def on(name: str) -> None:
        f[name] = 1.0

    side = _side_words(text, speaker, before, lex)
    near_accused = bool(side & (accused_camp - accusing_camp))
    near_accuser = bool(side & (accusing_camp - accused_camp))
    camp = ("both" if near_accused and near_accuser else "accused" if near_accused
            else "accuser" if near_accuser else "neither")
    on(f"camp={camp}")
    on(f"camp={camp}&rule={rule}")
    on(f"camp={camp}&party={party}")
    on(f"party={party}")
    on(f"party={party}&rule={rule}")
    on(f"other's last={other_last}")
    on(f"other's last={other_last}&party={party}")
    if any(w in CONTRAST.get(lex.language, CONTRAST["en"]) for w in words):
        on("contrast")
        on(f"contrast&party={party}")
    if any(w in lex.negations for w in words):
        on(f"negation&party={party}")
    if quotes % 2:
        on("inside a running quotation")
        on(f"inside a running quotation&party={party}")
    elif _quotes(text) % 2:
        on("opens a running quotation")
    if before and _key(before[-1].speaker) == me and me:
        on(f"same speaker as before, who said {before[-1].role}")
    spoke = {_key(s.speaker) for s in before if s.speaker}
    last = (speaker or "").split()[-1:]
    newcomer = bool(me) and me not in spoke and not any(
        last and last[0] in s.text for s in before)
    prev = before[-1] if before else None
    if prev is not None and prev.role in (ACCUSATION, DENIAL) and _key(prev.speaker) != me:
        # another party's stance right before: a new voice often speaks for that party
        who = "newcomer" if newcomer else ("nobody" if not me else "known")
        on(f"after another's {prev.role}: {who}")
        on(f"after another's {prev.role}: {who}&rule={rule}")
    stances = [k for k, s in enumerate(before) if s.role in (ACCUSATION, DENIAL)]
    if stances:
        gap = len(before) - stances[-1]
        on(f"last stance {before[stances[-1]].role} {min(gap, 4)} back")
    return f
