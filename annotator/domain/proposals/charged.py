"""A reply in the sentence that charges its own speaker (twelfth round): "Accused of
polluting the Wey, Northgate Dairy said its slurry was spread two miles away", "Mark Dunn,
who was charged with fraud in May, said every payment went through the council",
"Sutarman, yang dilaporkan warga ke polisi, mengatakan dana desa dipakai untuk jalan",
"PT Sawit Lestari yang dituding mencemari sungai menyebut limbahnya diolah". The charge
stands in a frame (an opening participle, a relative clause, an apposition) around the
speaker; the main clause is the speaker's speech. The guidelines label the main clause and
its main speaker, and the accused side's reply is a denial unless it is context or a fact
that cannot bear on the allegation: so the main clause is read on its own, and what the
accused side says there decides.

The frame is read from structure, not words: the speaker's name with the accusation or
enforcement cue in a passive form (English -ed, Indonesian di-/ter-) set beside it (opening
the sentence before the name, or after it behind a comma or a relative pronoun), or in a
relative clause whose own subject stands between the pronoun and an active cue ("which the
anglers accused": the speaker is the object); then the first speech verb after the cue,
whose subject is the speaker. "The anglers, who accused the dairy of ..., said" (the
relative pronoun right before an active cue) is the accuser speaking: no frame.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.billed_charge import billed_charge
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.own_act import speaker_at
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise

FRAME_REACH = 14  # words from the cue to the speech verb that ends its frame


@lru_cache(maxsize=8)
def _relatives(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("reply12_frames", {}).get("relatives", ()))


def _passive_form(word: str, before: list[str], lex: Lexicon) -> bool:
    """A cue in a passive form: Indonesian di-/ter- ("dituduh", "dilaporkan"); English a
    past participle ("accused", "charged", "fined") or a passive auxiliary before it."""
    if lex.head_first:
        return word.startswith(("di", "ter"))
    return word.endswith("ed") or any(w in lex.passive_auxiliaries for w in before[-2:])


_ACTIVE_AUXILIARIES = frozenset({"had", "has", "have", "also", "then", "later", "earlier",
                                 "previously", "first", "repeatedly", "publicly", "sempat",
                                 "telah", "sudah", "pernah", "juga"})


def _charged_in_relative(between: list[str], passive: bool, lex: Lexicon) -> bool:
    """The relative clause between its pronoun and the cue (``between``) makes the speaker
    the one charged: a passive ("who was charged", "yang dituduh", "yang sempat
    dilaporkan"), or a subject of its own ("which the anglers accused"); not the pronoun
    as the cue's subject ("who accused", "who had accused": the accuser)."""
    if any(w in lex.passive_auxiliaries for w in between):
        return True
    if lex.head_first:
        return passive and all(w in _ACTIVE_AUXILIARIES for w in between)
    return any(w not in _ACTIVE_AUXILIARIES for w in between)


def _joined(words: list[str], verb: int) -> bool:
    """The speech verb is joined to the cue by "and" ("Grupo Lumen's sports director, Ruben
    Osa, accused Kjeldgaard of dangerous sprinting and said"): the comma after the name
    only closed its apposition, and the cue is the speaker's own verb, not a participle
    frame around the speaker ("Harwick Lending, fined £4m by the regulator, said"), which
    a comma closes before its speech verb (round 35)."""
    return verb > 0 and words[verb - 1] in _JOINED


_JOINED = frozenset({"and", "dan", "serta"})


def framed(text: str, speaker: str | None, lex: Lexicon,
           cues: list[tuple[int, int]]) -> str | None:
    """The speaker's reply (the sentence from the speech verb on), when the sentence's
    accusation cue (``cues``: its (start, end) word spans) frames the speaker as the one
    charged; None otherwise."""
    if not speaker or not cues:
        return None
    text = normalise(text)
    tokens, words = reading_words(text)
    names = speaker_at(speaker, words, lex)
    if not names:
        return None
    said = sorted(s for s, _ in find(lex.speech, words))
    relatives = _relatives(lex.language)
    for s, e in cues:
        verb = next((v for v in said if e <= v <= e + FRAME_REACH), None)
        if verb is None:
            continue
        if any(words[k] in lex.negations for k in range(max(0, s - 2), s)):
            continue
        if billed_charge(text, tokens, words, s, lex):
            continue  # "X charged members a fee, Y said": a bill, no charge against Y
        passive = _passive_form(words[s], words[:s], lex)
        opener = s <= 2 and passive and any(e <= a < verb for a, _ in names) and any(
            "," in t.group() or text[t.end():t.end() + 1] == "," for t in tokens[e:verb])
        before = [(a, b) for a, b in names if b <= s]
        beside = False
        if before:
            a, b = before[-1]
            gap = words[b:s]
            rel = [k for k, w in enumerate(gap) if w in relatives]
            if rel and rel[0] == 0:  # "who was charged", "yang dituduh", "which the anglers
                # accused"
                beside = _charged_in_relative(gap[rel[0] + 1:], passive, lex)
            elif not gap and passive and text[tokens[b - 1].end():tokens[s].start()].strip() \
                    == "," and not _joined(words, verb):
                beside = True  # "Harwick Lending, fined £4m by the regulator, said"
        if opener or beside:
            return text[tokens[verb].start():]
    return None
