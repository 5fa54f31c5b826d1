"""The whole proposal for one sentence (label, source, confidence, each with its reason), as
the labeling screen shows it and ``enter`` saves it.

The speaker of a sentence often lives in the sentences before it (``"...," ujarnya.``,
``Ia mengatakan``), so the sentences before it in the document are read too, oldest first.
For each, what the analyst saved wins over what would be proposed: a saved source is the
speaker carried on; a saved "no source" where a speaker would have been proposed breaks the
chain (the analyst said nobody speaks there); narration saved without a source lets the last
named speaker through, as a reader keeps them in mind.

The whole document is read once into a table of its named speakers (entities.py), so that a
speaker the sentence only describes ("the ministry", "polisi", "KKP") takes the name the
article gives it before or after the sentence.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.domain.annotations import PROPOSERS
from annotator.domain.proposals import deeds
from annotator.domain.proposals.bearing import EVIDENCE, in_its_dispute
from annotator.domain.proposals.classifier import STRONG_CUE, TAKE_OVER, Model
from annotator.domain.proposals.dispute import Dispute, in_dispute
from annotator.domain.proposals.entities import EntityTable, entity_table
from annotator.domain.proposals.features import Discourse, Weights, describe
from annotator.domain.proposals.formed_group import named_body
from annotator.domain.proposals.label_model import LabelModel, learned_role, shipped
from annotator.domain.proposals.lexicon import Lexicon, lexicon
from annotator.domain.proposals.literal import absent, every_place
from annotator.domain.proposals.named_next import state_body
from annotator.domain.proposals.parties import Said, by_default
from annotator.domain.proposals.reading import (
    ACCUSATION,
    CONTEXT,
    DENIAL,
    LabelReading,
    SpeakerReading,
    described_in,
    names_in,
    read_label,
    read_speaker,
    remembered_label,
)
from annotator.domain.proposals.remedy_kept import promise_kept, remedy_kept
from annotator.domain.proposals.speaker_acts import a_body
from annotator.domain.proposals.speakers_indonesian import one_described
from annotator.domain.proposals.speakers_proposed import with_speakers
from annotator.domain.proposals.whole_article import ArticleSides, article_sides
from annotator.domain.scheme import Scheme
from annotator.domain.speakers import SourceIndex

if TYPE_CHECKING:
    from sqlite_utils import Database

CUES, CLASSIFIER, LEARNED = PROPOSERS
MODEL_TAKES = 0.7  # the features model's probability needed to overrule the rules' label
# (chosen on bench_proposals.py --team: 0.6 and 0.7 tie on labels, 0.7 proposes half as often)


@dataclass(frozen=True)
class Proposal:
    """What ``enter`` saves, and why."""

    label: str | None
    label_reason: str
    name: str | None  # the source; None proposes "no source"
    reason: str  # why this source
    confidence: str
    confidence_reason: str
    proposer: str = CUES  # cues | classifier | learned (the shipped label model)
    new_source: bool = False  # a name to add to the registry when accepted
    topic: str | None = None  # narration: the person it is about (for a following "Ia")
    # what the features model read (describe's), when one was asked: training reads them
    features: dict = field(default_factory=dict, compare=False, repr=False)
    sources: tuple[str, ...] = ()  # a joint statement's speakers, ``name`` first (joint.py)
    aliases: tuple[str, ...] = ()  # a new source's short forms, registered with it


def label_for_role(scheme: Scheme, role: str) -> str | None:
    for label in scheme.labels:
        if label.role == role:
            return label.name
    return None


def confidence_for(scheme: Scheme, reading: LabelReading, speaker: SpeakerReading
                   ) -> tuple[str, str]:
    """A level on the scheme's scale from the cue's strength, one step down per hedge and
    for a speaker the sentence does not name."""
    scale = scheme.confidence_scale
    top = len(scale) - 1
    level = round(max(0.0, reading.strength - 0.5) / 0.5 * top)
    why = [f"cue strength {reading.strength:g}"]
    for hedge in reading.hedges:
        level -= 1
        why.append(f"hedge '{hedge}'")
    if reading.role != CONTEXT and speaker.carried:
        level -= 1
        why.append("speaker from an earlier sentence")
    level = max(0, min(top, level))
    return scale[level], ", ".join(why)


def blend(scheme: Scheme, reading: LabelReading, weights: Weights, features: dict
          ) -> tuple[str, float] | None:
    """The features model's label where it overrules the rules: it is confident
    (``MODEL_TAKES``) and the rules read no strong accusation or denial cue."""
    role, probability = weights.predict(features)
    strong = reading.role in (ACCUSATION, DENIAL) and reading.strength >= STRONG_CUE \
        and "cue" in reading.reason and not reading.reported
    label = label_for_role(scheme, role)
    if role == reading.role or label is None or strong or probability < MODEL_TAKES:
        return None
    return label, probability


def propose_text(text: str, scheme: Scheme, index: SourceIndex, language: str | None, *,
                 previous: str | None = None, last_named: str | None = None,
                 model: Model | None = None, names: tuple[str, ...] = (),
                 described: tuple[tuple[str, str], ...] = (),
                 dispute: Dispute | None = None, discourse: Discourse | None = None,
                 weights: Weights | None = None, described_too: bool = False,
                 later: tuple[str, ...] = (), table: EntityTable | None = None,
                 at: int = 0, remember: bool = True, before: Sequence[Said] | None = None,
                 dispute_key: tuple | None = None) -> Proposal:
    """The proposal for a sentence given what came before it: the rules' reading, blended
    with the models trained on the team's labels (``model``: its features model and its
    text classifier), if there are enough labels yet. ``weights``: a features model given
    instead of the team's (the benchmark's leave-one-set-out evaluation). The features are
    read only for a model, or when ``described_too`` asks (training): they cost a key time.
    ``remember=False``: the rules' reading is neither looked up nor kept (the whole-article
    pass reads with a registry no key uses, so its readings would only crowd out the keys').
    ``before``: the sentences before it as read (parties.Said), given for the sentence shown:
    the shipped label model (label_model.py) then proposes the label, before the team's.
    ``dispute_key``: ``_whole(dispute)``, where the caller has just made it (``_earlier``
    keys its own memory by it): the rules' memory is keyed by the same, not made again."""
    lex = lexicon(language)
    speaker, reading, label, name, confidence, why = _ruled(
        text, scheme, index, lex, previous, last_named, names, described, dispute, later,
        table, at, remember, dispute_key)
    label_reason, proposer = f"{name}: {reading.reason}", CUES
    learned = weights if weights is not None else getattr(model, "weights", None)
    # the shipped model speaks only where its gate lets it (LabelModel.consulted: over a
    # default of the rules, or also over a class rule's claim or context): elsewhere it is
    # not read, nor the features it would need
    prior = shipped() if before is not None else None
    if prior is not None:
        prior = prior.for_language(lex.language)  # silent in a language it reads worse
    if prior is not None and not prior.consulted(reading.role, by_default(label_reason)):
        prior = None
    features = describe(text, lex, reading, speaker, discourse) \
        if learned is not None or described_too or prior is not None else {}
    spoken = with_speakers(Proposal(label, label_reason, speaker.name, speaker.reason,
                                    confidence, why, CUES, speaker.new, speaker.topic,
                                    features), lex, index, table, text, at)
    if prior is not None:
        label, label_reason, proposer = _prior_label(scheme, prior, spoken, reading, before,
                                                     text, lex.language)
    taken = blend(scheme, reading, learned, features) if learned is not None else None
    if taken is not None:
        label, probability = taken
        proposer = CLASSIFIER
        labels = learned.trained_on if weights is not None else model.trained_on
        label_reason = (f"{label}: classifier {probability:.0%} on {labels} labels; cues: "
                        f"{name}, {reading.reason}; read from the cues, the speaker and the "
                        f"article so far")
        confidence, why = _learned_confidence(scheme, probability, reading.hedges)
    if model is not None and taken is None:
        guess, probability = model.predict(text)
        strong = reading.role in (ACCUSATION, DENIAL) and reading.strength >= STRONG_CUE
        if guess == label:
            label_reason += f"; classifier agrees ({probability:.0%})"
        elif guess in scheme.names and not strong and probability >= TAKE_OVER:
            label, proposer = guess, CLASSIFIER
            label_reason = (f"{guess}: classifier {probability:.0%} on {model.trained_on} "
                            f"labels; cues: {name}, {reading.reason}")
            confidence, why = _learned_confidence(scheme, probability, reading.hedges)
    return dataclasses.replace(spoken, label=label, label_reason=label_reason,
                               confidence=confidence, confidence_reason=why, proposer=proposer)


def _prior_label(scheme: Scheme, prior: LabelModel, spoken: Proposal, reading: LabelReading,
                 before: Sequence[Said], text: str,
                 language: str | None = None) -> tuple[str | None, str, str]:
    """The label, its reason and proposer after the shipped label model: its label where it
    differs from the rules' and is sure enough (LabelModel.overrules: a take toward an
    accusation or denial, another toward a claim or context), and always the rules'
    confidence. propose_text calls it only where the model's gate lets it speak
    (LabelModel.consulted): never over an accusation or denial a cue gave, nor to a denial
    over a remedy promised or told where ``language`` keeps it (remedy_kept.promise_kept,
    remedy_kept.remedy_kept)."""
    role, probability = learned_role(prior, spoken.features, text, reading.role,
                                     spoken.label_reason, spoken.name, before)
    label = label_for_role(scheme, role)
    if role == reading.role or label is None or not prior.overrules(role, probability) \
            or promise_kept(language, reading.role, reading.reason, role) \
            or remedy_kept(language, reading.role, text, role):
        return spoken.label, spoken.label_reason, CUES
    return label, (f"{label}: learned from reviewed articles, {probability:.0%}; rules: "
                   f"{spoken.label_reason.replace(': ', ', ', 1)}"), LEARNED


_RULED: dict[tuple, tuple] = {}
RULED_KEPT = 2048  # sentences' rule readings remembered: a key reads about 3 new ones


def _ruled(text: str, scheme: Scheme, index: SourceIndex, lex: Lexicon, previous: str | None,
           last_named: str | None, names: tuple[str, ...],
           described: tuple[tuple[str, str], ...], dispute: Dispute | None,
           later: tuple[str, ...], table: EntityTable | None, at: int,
           remember: bool = True, dispute_key: tuple | None = None) -> tuple:
    """What the rules read of a sentence in its place (speaker, label reading, label, its
    name, confidence and why), remembered by everything it depends on, as ``_earlier``
    keys it. A key proposes the sentence shown; the next key reads the same sentence back
    for its speaker with the same speakers, names and dispute before it (the label saved
    on it is not read for it): the rules' reading is the same, so it is read once. The
    objects whose ids are in the key are kept beside the entry, so an id is never a freed
    object's. The registry is asked whether a name it took in since could change the
    reading (``_kept``), as it was asked by the reading (SourceIndex.watch)."""
    if remember:
        whole = dispute_key if dispute_key is not None else _whole(dispute)
        key = (text, previous, last_named, names, described, whole, id(scheme),
               id(index), later, id(table), at, id(lex))
        found = _RULED.get(key)
        if found is not None and found[0] is scheme and found[1] is index \
                and found[2] is table and found[3] is lex and _kept(_RULED, key, found, index):
            return found[-1]
        since, asked = len(index), index.watch()
    try:
        ruled = _ruled_now(text, scheme, index, lex, previous, last_named, names, described,
                           dispute, later, table, at, remember)
    finally:
        if remember:
            asked = index.unwatch(asked)
    if remember:
        if len(_RULED) >= RULED_KEPT:
            _RULED.clear()
        _RULED[key] = (scheme, index, table, lex, since, asked, ruled)
    return ruled


def _kept(cache: dict, key: tuple, found: tuple, index: SourceIndex) -> bool:
    """Whether a remembered reading (``found``: its entry, the registry's size when it was
    read and what it asked of it second and first from the end) is still right: no name
    the registry took in since could change it. If so, the reading around this one asks
    what it asked, and the entry is marked as right at the registry's present size."""
    since, asked = found[-3], found[-2]
    if not index.unchanged(since, asked):
        return False
    index.asked(asked)
    if since != len(index):
        cache[key] = (*found[:-3], len(index), asked, found[-1])
    return True


def _ruled_now(text: str, scheme: Scheme, index: SourceIndex, lex: Lexicon,
               previous: str | None, last_named: str | None, names: tuple[str, ...],
               described: tuple[tuple[str, str], ...], dispute: Dispute | None,
               later: tuple[str, ...], table: EntityTable | None, at: int,
               remember: bool) -> tuple:
    """``_ruled``'s reading, read."""
    speaker = _spoken(text, index, lex, previous, last_named, names, described, later, table,
                      at, remember)
    reading = remembered_label(text, lex)
    if deeds.told_of_itself(reading, speaker.name, dispute, text, lex):
        reading = read_label(text, lex, deeds_read=False)  # its own account (deeds.py)
    reading = in_dispute(reading, speaker.name, dispute, text, lex)
    reading = in_its_dispute(reading, text, lex, dispute.seen if dispute else (), _role)
    label = label_for_role(scheme, reading.role)
    name = label if label else "no label"
    confidence, why = confidence_for(scheme, reading, speaker)
    return speaker, reading, label, name, confidence, why


def _whole(value):
    """A reading state's whole content as a key, in its own order: every field of a
    dataclass (a field added to Dispute counts without a change here), each container as
    it iterates. Stricter than ``Dispute.frozen`` (which leaves out names' forms and the
    sentences seen): the sentence shown is read here too, not only the ones read back.
    Which of these a value is depends on its type alone, so it is asked once per type
    (``_route``): a key reads the whole dispute, some hundred values, on every reading."""
    kind = type(value)
    route = _ROUTES.get(kind)
    if route is None:
        route = _route(kind)
    if route is _ITSELF:
        return value
    if route is _SIDES:  # by its token: a key does not read the article
        return value.token
    # a string stands for itself: taken as it is, not through a call (``seen`` holds every
    # sentence before, and a key reads the whole dispute once: _Kept.whole_now)
    if route is _PAIRS:
        if _ONLY_STRINGS >= set(map(type, value.values())):  # asked in C: no call per value
            return tuple(value.items())
        return tuple((k, v if type(v) is str else _whole(v)) for k, v in value.items())
    if route is _ITEMS:
        if _ONLY_STRINGS >= set(map(type, value)):  # ``seen``: every sentence before
            return (kind.__name__, tuple(value))
        return (kind.__name__, tuple(v if type(v) is str else _whole(v) for v in value))
    # a dataclass's fields, without a call each where they stand for themselves (flags,
    # strings, counts) or are containers of strings only (read as the branches above read
    # them): a dispute's fields are mostly these
    parts = []
    for name in route:
        item = getattr(value, name)
        inner = _ROUTES.get(type(item))
        if inner is _ITSELF:
            parts.append(item)
        elif inner is _ITEMS and _ONLY_STRINGS >= set(map(type, item)):
            parts.append((type(item).__name__, tuple(item)))
        elif inner is _PAIRS and _ONLY_STRINGS >= set(map(type, item.values())):
            parts.append(tuple(item.items()))
        else:
            parts.append(_whole(item))
    return (kind.__name__, tuple(parts))


_ITSELF, _SIDES, _PAIRS, _ITEMS = "itself", "sides", "pairs", "items"
_ONLY_STRINGS = frozenset({str})
_ROUTES: dict[type, str | tuple[str, ...]] = {}


def _route(kind: type) -> str | tuple[str, ...]:
    """How ``_whole`` reads a value of this type: itself (a string, None, a number), an
    article's sides by their token, a dict's pairs, a container's items, or a dataclass's
    fields (their names, in order), tried in that order."""
    if issubclass(kind, str) or kind is type(None):
        route = _ITSELF
    elif issubclass(kind, ArticleSides):
        route = _SIDES
    elif issubclass(kind, dict):
        route = _PAIRS
    elif issubclass(kind, list | tuple | set | frozenset):
        route = _ITEMS
    elif dataclasses.is_dataclass(kind) and not issubclass(kind, type):
        route = tuple(f.name for f in dataclasses.fields(kind))
    else:
        route = _ITSELF
    _ROUTES[kind] = route
    return route


_SPOKEN: dict[tuple, tuple] = {}


def last_places(names: tuple[str, ...]) -> tuple[str, ...]:
    """The document's names before a sentence, each once, where it was last written, in
    order. A speaker reading reads them only latest first for the first that fits
    (naming.Known and the readings that ask it), or for any or all that fit: the same
    reading as from every mention. The window read back on each key gives a sentence the
    same names with the mentions repeated differently (a name saved as a source and also
    written in the sentence, a sentence leaving the window): 831 of the 4,505 speaker
    readings on dev+heldout9-12 were read again only for that (round 39)."""
    if len(set(names)) == len(names):
        return names
    return tuple(dict.fromkeys(reversed(names)))[::-1]


def _spoken(text: str, index: SourceIndex, lex: Lexicon, previous: str | None,
            last_named: str | None, names: tuple[str, ...],
            described: tuple[tuple[str, str], ...], later: tuple[str, ...],
            table: EntityTable | None, at: int, remember: bool = True) -> SpeakerReading:
    """Who speaks in a sentence in its place, remembered by everything it depends on (the
    dispute is not among them): when the window moves on, a sentence read back in a
    dispute read otherwise but with the same speakers and names before it is not read for
    its speaker again, only in the dispute. The names are read each once, at its last
    place (``last_places``): the same names before it, however often written, are the
    same reading, remembered once."""
    if remember:
        names = last_places(names)
        key = (text, previous, last_named, names, described, id(index), later, id(table), at,
               id(lex))
        found = _SPOKEN.get(key)
        if found is not None and found[0] is index and found[1] is table and found[2] is lex \
                and _kept(_SPOKEN, key, found, index):
            return found[-1]
        since, asked = len(index), index.watch()
    try:
        speaker = read_speaker(text, lex, index, previous=previous, last_named=last_named,
                               names=names, described=described, table=table, at=at)
        if (speaker.name is None or speaker.written) and later and not (
                previous or last_named) and _role(
                text, lex.language) in (ACCUSATION, DENIAL):
            speaker = _named_later(text, speaker, later, lex, index, names, described, table,
                                   at)
    finally:
        if remember:
            asked = index.unwatch(asked)
    if remember:
        if len(_SPOKEN) >= RULED_KEPT:
            _SPOKEN.clear()
        _SPOKEN[key] = (index, table, lex, since, asked, speaker)
    return speaker


LOOK_AHEAD = 3  # sentences after one whose speaker is only described, for the name


_STOPS = ",.;:"


def _set_beside(name: str, text: str) -> str | None:
    """What ``re.search(rf"([^,.;:]*),\\s*{re.escape(name)}\\s*,", text)`` finds as its
    group 1 (the words before a name set between commas: "The group, X, said"), else None,
    without compiling a pattern for each name: the first place the name is written with
    only spaces between it and a comma before it and a comma after it, and the words back
    from that comma to the stop before it."""
    if not name or name[0].isspace():  # (never a proposed name) the whole pattern
        found = re.search(rf"([^,.;:]*),\s*{re.escape(name)}\s*,", text)
        return found.group(1) if found else None
    for at in every_place(name, text):
        comma = len(text[:at].rstrip()) - 1
        end = at + len(name)
        after = len(text) - len(text[end:].lstrip())
        if comma >= 0 and text[comma] == "," and text[after:after + 1] == ",":
            start = max(text.rfind(stop, 0, comma) for stop in _STOPS) + 1
            return text[start:comma]
    return None


def _a_body(name: str, lex, text: str = "") -> bool:
    """A name of a body (a union, a trust, a commission), not of a person: a group the
    lead describes is named later as a body; the person quoted next is one of its members.
    A name the sentence describes by a body's noun is one ("X, a campaign", "a group
    called X,": formed_group.py). A name set beside a body's noun is one too, whatever its
    own words ("The group, Harrowgate Bills Action, said", "Kelompok itu, Forum Warga,
    menyebut")."""
    if any(w in lex.org_heads for w in name.casefold().split()):
        return True
    if text and named_body(name, text, lex):
        return True  # "Fair Places for Fenwick, a campaign ...", "a campaign called X,"
    beside = _set_beside(name, text) if text and not absent(name, text) else None
    if beside is None:
        return False
    words = [w for w in beside.casefold().split()[-3:] if w not in _DETERMINERS]
    head = words[0] if words and lex.head_first else words[-1] if words else ""
    roles = lex.titles | lex.spokespeople  # "Juru bicara perusahaan, Bambang Susilo,": a person
    return head in lex.org_heads and not any(w in roles for w in words)


_DETERMINERS = {"the", "this", "that", "its", "itu", "ini", "tersebut"}


def _named_later(sentence: str, speaker: SpeakerReading, later: tuple[str, ...], lex,
                 index: SourceIndex,
                 names: tuple[str, ...], described: tuple[tuple[str, str], ...],
                 table: EntityTable | None = None, at: int = 0) -> SpeakerReading:
    """An accuser or denier the story describes before anyone is named ("A union
    representing care workers has alleged ...", "Sekelompok nelayan menuding ...") takes
    the name the next sentences give the first body they name as a speaker (the
    guidelines: named before or after)."""
    if not (speaker.reason.startswith("no speaker named") or speaker.written):
        return speaker  # narration, or a speaker the sentence already settles
    one_person = one_described(sentence, lex)  # "Seorang pemilik kucing ... mengadukan"
    for k, text in enumerate(later[:LOOK_AHEAD]):
        found = read_speaker(text, lex, index, names=names, described=described, table=table,
                             at=at + 1 + k)
        if found.name and found.name.casefold() in sentence.casefold():
            continue  # the accused, named in the accusation, answering it
        if found.written or (found.name and (found.name.islower() or (
                " " in found.name and found.name.split()[-1].islower()))):
            continue  # "The campaign group said", "Kuasa hukum perusahaan": described
        if found.name and remembered_label(text, lex).reason.startswith(EVIDENCE):
            names = names + names_in(text, lex)  # "Figures published by the Department
            continue  # for Education show": a publisher of evidence, never the group
        if found.name and speaker.name and state_body(speaker.name.split()[-1], found.name,
                                                      lex):
            continue  # "A housing charity has accused ..." / "Leeds City Council said"
        if found.name and not found.carried and _of_the_kind(found, speaker, text, lex,
                                                              one_person):
            return SpeakerReading(found.name, f"named in a later sentence ({found.reason})",
                                  new=found.new)
        names = names + names_in(text, lex)
    return speaker


def _of_the_kind(found: SpeakerReading, speaker: SpeakerReading, text: str, lex,
                 one_person: bool) -> bool:
    """A later sentence's speaker is of the kind the story described: a person for one
    person the lede describes ("Seorang pemilik kucing ... mengadukan": speakers_indonesian),
    else a body for a body described and a person for a person ("A grandmaster who lost ...
    has accused" -> the player named next)."""
    if one_person:
        return not a_body(found.name, lex)
    if not speaker.written:
        return _a_body(found.name, lex, text)
    return a_body(found.name, lex) == a_body(speaker.name, lex)


def _learned_confidence(scheme: Scheme, probability: float,
                        hedges: Sequence[str]) -> tuple[str, str]:
    """A model's proposal: confidence from its probability (0.5 the lowest step, 1.0 the
    highest), one step down per hedge, and the reason shown for it."""
    top = len(scheme.confidence_scale) - 1
    level = round((probability - 0.5) / 0.5 * top) - len(hedges)
    why = f"classifier probability {probability:.0%}" + "".join(
        f", hedge '{h}'" for h in hedges)
    return scheme.confidence_scale[max(0, min(top, level))], why


@dataclass
class Chain:
    """The speakers carried along a document while reading it."""

    previous: str | None = None
    last_named: str | None = None

    def take(self, proposed: Proposal, saved: dict | None) -> None:
        if proposed.topic and proposed.name is None and (saved is None or not saved["source"]):
            self.previous, self.last_named = None, proposed.topic
            return
        if saved is None:
            name = proposed.name
        else:
            name = saved.get("source")
            if name is None and proposed.name is not None:
                self.previous = self.last_named = None  # the analyst said: nobody speaks
                return
        self.previous = name
        if name:
            self.last_named = name


def _role(text: str, language: str) -> str:
    """The role a sentence's own words propose: every proposal reads the whole document
    before it for an accusation a reply may answer."""
    return remembered_label(text, lexicon(language)).role


_EARLIER: dict[tuple, tuple] = {}  # the sentences read back, remembered between keys


def _earlier(text: str, scheme: Scheme, index: SourceIndex, language: str | None,
             chain: Chain, names: tuple[str, ...] = (),
             described: tuple[tuple[str, str], ...] = (),
             dispute: Dispute | None = None, later: tuple[str, ...] = (),
             table: EntityTable | None = None, at: int = 0,
             whole: tuple | None = None) -> Proposal:
    """propose_text for a sentence read back for its speaker. Moving down a document reads
    the same sentences again with the same speakers carried: remembered, not re-read
    (the key holds everything the reading depends on but the registry, and the whole
    dispute as ``_ruled`` keys it: ``Dispute.frozen`` leaves out the names as written,
    which a reason quotes). The registry is asked whether a name it took in since could
    change the reading (``_kept``), as it was asked by the reading (SourceIndex.watch).
    ``whole``: ``_whole(dispute)``, where the caller has it already (``_read_on``)."""
    if whole is None:
        whole = _whole(dispute)
    key = (text, language, chain.previous, chain.last_named, names, described,
           whole, id(scheme), id(index), later, id(table), at)
    found = _EARLIER.get(key)
    if found is not None and found[0] is index and _kept(_EARLIER, key, found, index):
        return found[-1]
    since, asked = len(index), index.watch()
    try:
        proposal = propose_text(text, scheme, index, language, names=names,
                                described=described, dispute=dispute,
                                previous=chain.previous, last_named=chain.last_named,
                                later=later, table=table, at=at, dispute_key=whole)
    finally:
        asked = index.unwatch(asked)
    if len(_EARLIER) >= 2048:
        _EARLIER.clear()
    _EARLIER[key] = (index, since, asked, proposal)
    return proposal


def _labeled_twin(db: Database, sentence_id: str, group_id: str, reviewer: str
                  ) -> Proposal | None:
    """The same wire copy labeled in another document (ingestion's near-duplicate group):
    its gold label, else this reviewer's, else the newest of anyone's."""
    found = db.execute(
        "SELECT g.label, g.source, g.confidence, d.title FROM sentences s "
        "JOIN gold g ON g.sentence_id = s.id JOIN documents d ON d.id = s.doc_id "
        "WHERE s.group_id = ? AND s.id != ? LIMIT 1", [group_id, sentence_id]).fetchone()
    if found is None:
        found = db.execute(
            "SELECT a.label, a.source, a.confidence, d.title FROM sentences s "
            "JOIN annotations a ON a.sentence_id = s.id JOIN documents d ON d.id = s.doc_id "
            "WHERE s.group_id = ? AND s.id != ? "
            "ORDER BY a.reviewer = ? DESC, a.updated_at DESC LIMIT 1",
            [group_id, sentence_id, reviewer]).fetchone()
    if found is None:
        return None
    label, source, confidence, title = found
    why = f"as labeled in its near-duplicate in '{title}'"
    return Proposal(label, f"{label}: {why}", source, why, confidence, why, CUES)


def _copied(value):
    """A copy of a reading's state to read on with: its containers copied (what reading
    adds to), the strings and tuples in them shared (copy.deepcopy costs as much as
    reading the sentences again)."""
    if isinstance(value, dict):
        return {k: v if isinstance(v, str) else _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [v if isinstance(v, str | tuple) else _copied(v) for v in value]
    if isinstance(value, set):
        return set(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        kind = type(value)
        names = _COPIED.get(kind)
        if names is None:
            names = _COPIED[kind] = _plain_fields(kind)
        if not names:
            return dataclasses.replace(value, **{f.name: _copied(getattr(value, f.name))
                                                 for f in dataclasses.fields(value) if f.init})
        made = object.__new__(kind)  # what the dataclass's own __init__ does, field by field
        for name in names:
            object.__setattr__(made, name, _copied(getattr(value, name)))
        return made
    return value


_COPIED: dict[type, tuple[str, ...]] = {}


def _plain_fields(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass whose __init__ is the one dataclass generated and only sets
    each field in order (every field a parameter, nothing else a parameter, no
    __post_init__): such a value is copied by setting them on a new object, as
    dataclasses.replace makes it without its checks. Empty for any other dataclass, which
    replace copies."""
    fields = dataclasses.fields(kind)
    names = tuple(f.name for f in fields)
    init = kind.__init__
    generated = getattr(getattr(init, "__code__", None), "co_filename", "") == "<string>"
    try:
        parameters = tuple(inspect.signature(init).parameters)[1:]
    except (TypeError, ValueError):
        return ()
    if not generated or parameters != names or hasattr(kind, "__post_init__") or any(
            not f.init for f in fields):
        return ()
    return names


@dataclass
class _Read:
    """The sentences before one in its document, read as the window reads them: the
    speakers carried, the names and descriptions met, the dispute and discourse so far, and
    the sentences as the label model reads them (parties.Said)."""

    chain: Chain = field(default_factory=Chain)
    names: list[str] = field(default_factory=list)
    described: list[tuple[str, str]] = field(default_factory=list)
    dispute: Dispute = field(default_factory=Dispute)
    discourse: Discourse = field(default_factory=Discourse)
    said: list[Said] = field(default_factory=list)

    def copy(self) -> _Read:
        """A copy for one key to read on with: the kept reading is not changed by it."""
        return _Read(Chain(self.chain.previous, self.chain.last_named), list(self.names),
                     list(self.described), _copied(self.dispute), _copied(self.discourse),
                     list(self.said))


def _read_on(read: _Read, rows: Sequence[tuple], start: int, texts: Sequence[str],
             scheme: Scheme, index: SourceIndex, language: str | None, lex: Lexicon,
             table: EntityTable | None, whole: tuple | None = None) -> None:
    """Read ``rows[start:]`` (text, saved, saved source, saved label, in document order)
    on from ``read``, in place. Each is proposed with the speakers, names and dispute
    before it (``_earlier``); what the analyst saved wins over what would be proposed.
    ``whole``: ``_whole(read.dispute)`` as it stands now, where the caller has it (the
    first row's dispute)."""
    chain, names, described, dispute = read.chain, read.names, read.described, read.dispute
    for k in range(start, len(rows)):
        before_text, saved, source, saved_label = rows[k]
        guess = _earlier(before_text, scheme, index, language, chain, tuple(names),
                         tuple(described), dispute,
                         later=tuple(texts[k + 1:k + 1 + LOOK_AHEAD]), table=table, at=k,
                         whole=whole if k == start else None)
        chain.take(guess, {"source": source} if saved else None)
        names += [n for n in (source, guess.name) if n and " " in n]
        role, speaker = ((scheme.role_for(saved_label), source) if saved
                         else (scheme.role_for(guess.label), guess.name))
        # the proposal's reason says how strong the stance's evidence is, where it was
        # accepted as proposed; a label the analyst chose is strong evidence
        dispute.take(role, speaker, guess.label_reason
                     if not saved or saved_label == guess.label else "")
        dispute.named(role, speaker, names_in(before_text, lex), before_text, lex)
        dispute.place(speaker, before_text, lex)  # a side once placed is kept
        read.discourse.take(role, speaker)
        read.said.append(Said(before_text, role, speaker))
        names += names_in(before_text, lex)
        described += described_in(before_text, lex)
        dispute.seen.append(before_text)


@dataclass
class _Kept:
    """A document's reading kept between keys, with everything it was read with. The
    objects are kept themselves (not their ids), so that a freed one's id never matches."""

    rows: tuple[tuple, ...]
    ahead: tuple[str, ...]  # the texts after the rows that the last rows were read with
    scheme: Scheme
    index: SourceIndex
    language: str | None
    lex: Lexicon
    table: EntityTable | None
    token: tuple  # the whole article's (ArticleSides.token)
    since: int  # the registry's size when read, and what the reading asked of it
    asked: frozenset[str]
    read: _Read
    # no side of the article was asked by the end of the reading: every row was read
    # without the sides (``token`` is the unread article's), so none depends on them
    unread: bool = False
    # ``_whole(read.dispute)`` at the end of the reading, and the article's token it was
    # made with (``_whole`` reads the article by its token): the key that proposes the
    # next sentence keys its rules' reading by it, and the key after reads that sentence
    # back from the same dispute (``_read_before``), made once for both
    whole: tuple | None = None
    whole_token: tuple | None = None

    def whole_now(self, article: ArticleSides) -> tuple:
        """``_whole(self.read.dispute)`` now that the dispute reads ``article``: the one
        kept while the article's token is the one it was made with (nothing else of a
        kept reading changes while it is kept), else made again and kept."""
        token = article.token
        if self.whole is None or self.whole_token != token:
            self.whole = _whole(self.read.dispute)
            self.whole_token = token
        return self.whole

    def serves(self, rows: tuple[tuple, ...], texts: Sequence[str], scheme: Scheme,
               index: SourceIndex, language: str | None, lex: Lexicon,
               table: EntityTable | None, article: ArticleSides) -> bool:
        """Whether this reading is exactly what reading its rows again now would give: the
        same rows (texts, saved labels and sources) begin the ones asked for, followed by
        the same texts, read with the same scheme, registry, lexicon, entity table and
        article, and no name the registry took in since could change it (``_kept``). The
        same article: by its token, or read before its sides were (``unread``) and they
        are its sides now: no row asked a side (asking reads the sides), so reading the
        rows again with them read takes the same path and gives the same reading."""
        done = len(self.rows)
        return (self.scheme is scheme and self.index is index and self.lex is lex
                and self.table is table and self.language == language
                and done <= len(rows) and rows[:done] == self.rows
                and tuple(texts[done:done + LOOK_AHEAD]) == self.ahead
                and (self.token == article.token
                     or self.unread and self.token == article.unread_token)
                and index.unchanged(self.since, self.asked))


_BEFORE: dict[tuple[str, str], _Kept] = {}  # by document and reviewer, oldest first
_BEFORE_LOCK = threading.Lock()
BEFORE_KEPT = 16  # documents' readings kept: a key is in one, going back to another is rare


def _read_before(doc_id: str, reviewer: str, rows: tuple[tuple, ...], texts: Sequence[str],
                 scheme: Scheme, index: SourceIndex, language: str | None, lex: Lexicon,
                 table: EntityTable | None, article: ArticleSides) -> tuple[_Read, tuple]:
    """Every sentence before the one proposed, read as the window reads them (``rows``;
    ``texts``: theirs, then the sentence's and those after it), a copy to read on with,
    and ``_whole`` of its dispute (the sentence's rules' reading is keyed by it, and the
    next key reads the sentence back from this dispute: made once, ``_Kept.whole_now``).
    The next key down asks for the same rows and one more, so the document's reading is
    kept (``_Kept.serves`` says when it still is exactly right) and only the new rows are
    read; anything else reads the document from its start. A key takes the kept reading
    out of the cache while it reads on (threads never share one: another thread reading
    the same document meanwhile reads it afresh) and puts it back only once read, so a
    reading that fails half way leaves nothing half read behind."""
    token = article.token
    key = (doc_id, reviewer)
    with _BEFORE_LOCK:
        kept = _BEFORE.pop(key, None)
    served = kept is not None and kept.serves(rows, texts, scheme, index, language, lex,
                                              table, article)
    if served:
        read, start, asked_before = kept.read, len(kept.rows), kept.asked
        index.asked(asked_before)  # as ``_kept``: a reading around this one asked it too
    else:
        read, start, asked_before = _Read(), 0, frozenset()
    read.dispute.article = article  # the whole article
    # the dispute the first new row is read back from: the one kept, as its key made it
    whole = kept.whole_now(article) if served else None
    since, asked = len(index), index.watch()
    try:
        _read_on(read, rows, start, texts, scheme, index, language, lex, table, whole)
    finally:
        asked = index.unwatch(asked)
    # the token the rows were read with: the one made before reading, still the article's
    # if no row asked a side (``unread``); else rows read before and after the sides were
    # read hold both, and the reading serves only while the sides are what they are now
    unread = article.unread and token == article.unread_token
    made = _Kept(rows, tuple(texts[len(rows):len(rows) + LOOK_AHEAD]), scheme, index,
                 language, lex, table, token if unread else article.token, since,
                 asked | asked_before, read, unread)
    if start == len(rows) and served:  # nothing read on: the dispute kept, as it was
        made.whole, made.whole_token = kept.whole, kept.whole_token
    whole = made.whole_now(article)
    with _BEFORE_LOCK:
        while len(_BEFORE) >= BEFORE_KEPT:
            del _BEFORE[next(iter(_BEFORE))]
        _BEFORE[key] = made
    return read.copy(), whole


def _read_whole(*args, **kwargs) -> Proposal:
    """propose_text for the whole-article pass: its readings are not remembered."""
    return propose_text(*args, remember=False, **kwargs)


def propose(db: Database, sentence_id: str, reviewer: str, scheme: Scheme,
            index: SourceIndex, model: Model | None = None,
            weights: Weights | None = None, described_too: bool = False,
            learned: bool = True) -> Proposal | None:
    """The proposal for a sentence in the database, reading every sentence before it in its
    document with this reviewer's saved annotations (kept between keys: ``_read_before``).
    ``weights``: the learned features model to blend instead of the team's;
    ``described_too``: keep the features read (Proposal.features) even without a model;
    ``learned=False``: the rules' label without the shipped label model (what it is
    trained on)."""
    row = db.execute(
        "SELECT s.doc_id, s.position, s.text, d.language, s.group_id FROM sentences s "
        "JOIN documents d ON d.id = s.doc_id WHERE s.id = ?", [sentence_id]).fetchone()
    if row is None:
        return None
    doc_id, position, text, language, group_id = row
    if position is None:
        return None
    if group_id:
        twin = _labeled_twin(db, sentence_id, group_id, reviewer)
        if twin:
            return twin
    earlier = tuple(db.execute(
        "SELECT s.text, a.sentence_id IS NOT NULL, a.source, a.label FROM sentences s "
        "LEFT JOIN annotations a ON a.sentence_id = s.id AND a.reviewer = ? "
        "WHERE s.doc_id = ? AND s.position < ? AND s.excluded IS NULL "
        "ORDER BY s.position", [reviewer, doc_id, position]).fetchall())
    rest = [t for (t,) in db.execute(
        "SELECT text FROM sentences WHERE doc_id = ? AND position > ? AND excluded IS NULL "
        "ORDER BY position", [doc_id, position]).fetchall()]
    after = rest[:LOOK_AHEAD]
    texts = [r[0] for r in earlier] + [text] + after  # what follows each sentence read
    whole = tuple(r[0] for r in earlier) + (text,) + tuple(rest)
    table = entity_table(whole, language)
    lex = lexicon(language)
    article = article_sides(doc_id, whole, language, scheme, _read_whole, index)
    read, whole = _read_before(doc_id, reviewer, earlier, texts, scheme, index, language,
                               lex, table, article)
    return propose_text(text, scheme, index, language, previous=read.chain.previous,
                        last_named=read.chain.last_named, model=model,
                        names=tuple(read.names), described=tuple(read.described),
                        dispute=read.dispute, discourse=read.discourse, weights=weights,
                        described_too=described_too, later=tuple(after), table=table,
                        at=len(earlier), before=read.said if learned else None,
                        dispute_key=whole)
