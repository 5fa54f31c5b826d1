"""A statement read in its dispute, by the parties of the dispute, as an analyst reads it.
Only sentences without a cue of their own are read again (a cue always wins, except the
accused side's blame below); a stance read this way has a weak cue's strength (lower
confidence) and its reason says why ("denial: the accused side replies: ...").

The accused side is every party that has denied so far in the article (read back to its
start through what the reviewer saved), the party an accusation holds responsible (the name
just after its cue, or before a passive one: ``held_responsible``), and whoever speaks for
one of them: its name, short form or head noun beside the speaker's name ("Juru bicara
perusahaan, Kevin Tanoto", "Sarah Whitmore KC, for the prosecution", "Commission chairman
Wafula Chebukati"), its role in a case ("kuasa hukum terdakwa", "for the defence") or a
possessive right after its denial ("Its chief executive"). Its reported speech that the
sentence's own words leave a claim argues about the matter: a denial, as the guidelines read
the accused side's reply (a fact that would show the act did not happen, an explanation).
What it says it has done about the matter ("co-operated with inspectors", "memasang
kamera": the lexicon's ``remedies``) stays a claim; feelings, plans, procedure and appeals
are read as context before this and stay so. The accused side blaming another with an
accusation cue ("Vania juga menuding pasien tidak mematuhi anjuran") denies: blame that
answers the allegation.

Anyone but an accuser whose sentence says it answers the accusation ("Menanggapi tudingan
itu", "saat dikonfirmasi", "In response", "countered": ``reply_markers``) denies; so does
reported speech that limits or negates ("hanya", "bukan", "only", "no": ``rebuttal``) after
an accusation, and the accused side explaining the matter away ("caused by farm runoff",
"berasal dari erosi": ``explains``). A party that denied, then naming the other side's
wrongdoing, denies still.

The accuser's stance carries to its later sentences only when they are its own words in
quotation marks ("'It was not safe, and he knew it,' Bell said."); reported in the paper's
words, the accuser's next sentence is most often the evidence offered for the accusation
("said its volunteers had found the remains of 43 eagles"): a claim by the guidelines
(bench_proposals.py, tuned-on sets: the next sentence quoted 14 right / 2 wrong, paraphrased
5 / 18; a later one quoted 4 / 0, paraphrased 5 / 19; paraphrase without a figure carried as
an accusation lost 2 sentences net). Reading everyone who speaks after an accusation and
before a denial as the accusing side lost more than it won (heldout2: -14 sentences;
bystanders' evidence is a claim).

Ninth round (wrongs.py): the accusing side (who accused, who speaks for it, the wronged:
"pelapor", "the victim's mother") naming the wrong in its own words with no cue ("setiap
pedagang dipaksa membayar", "were never paid") accuses; the accused side arguing in its own
terms (a permit held, the rules followed, paid, not there that day, another party blamed)
denies; a negation that negates what was owed ("gaji tidak dibayar") states the wrong and
rebuts nothing, and a bystander's negated fact ("Peneliti IPB ... tidak pernah diuji") is a
claim. Only strong evidence makes a party the accused side: a denial read from a rebuttal
word alone makes no denier, and an accuser answering the other side's denial stays the
accuser (its next "menuding" accuses).

Twelfth round (replies.py, charged.py): by the guidelines the accused side's statement after
an allegation is a denial unless it is context or a fact that cannot bear on the allegation.
So what no rule above decided (reported speech or a quotation and nothing more) from a
speaker ``Dispute.side`` places on the accused side (kept from earlier, the first
allegation's party, denied before, speaks for it; not by the loose "an accusation named")
is a denial at a strength below a cue's ("the accused side's reply to the allegation");
a fact that cannot bear on it and an admission stay claims, here and in the rules above
that read the accused party's reply. Such a denial is weak evidence (``WEAK``): it makes
nobody a denier. A sentence that charges its own speaker in a frame ("Accused of ..., X
said", "X, yang dilaporkan warga, mengatakan") is read by its main clause, and its frame
is the article's allegation for the sentences after it. A spokesperson or lawyer named as
someone's by a common noun ("Kuasa hukum pasien") is not the voice of the speaker before.
An allegation with no cue word holds the doer of the wrong it states responsible (``doer``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from annotator.domain.proposals import cause_blamed, replies, taken
from annotator.domain.proposals.according_filing import according_to_filing
from annotator.domain.proposals.accused_country import accused_country, is_country
from annotator.domain.proposals.admitted_clause import admitted_clause
from annotator.domain.proposals.another_cause import another_cause
from annotator.domain.proposals.appeal_argued import appeal_argued
from annotator.domain.proposals.article_side import article_key, side_in_article
from annotator.domain.proposals.charged import framed
from annotator.domain.proposals.complained_of import complaint_named
from annotator.domain.proposals.complaint import (
    complainant_nouns,
    complainant_speaks,
    complainants_do,
    unnamed_complainants,
)
from annotator.domain.proposals.council_office import accusing_council_office, council_office
from annotator.domain.proposals.enforcer_finding import (
    finding_stated,
    prosecuting,
    prosecutor_speaks,
)
from annotator.domain.proposals.explained import explained_away
from annotator.domain.proposals.faulted import evidence_faulted
from annotator.domain.proposals.filings import filing_at
from annotator.domain.proposals.found_party import found_against
from annotator.domain.proposals.frequency import how_often
from annotator.domain.proposals.held import (
    a_place,
    apposition,
    body_nouns,
    capitalised_runs,
    described_as_another,
    part_of,
    possessive,
    reference_nouns,
    tied_by_noun,
    unattached_officer,
)
from annotator.domain.proposals.insider_press import insider_press
from annotator.domain.proposals.instructed import instructed
from annotator.domain.proposals.lacking import lacks
from annotator.domain.proposals.lawful_conduct import lawful_conduct
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find, made_once
from annotator.domain.proposals.limit_broken import limit_broken
from annotator.domain.proposals.limited_figure import limits_a_figure
from annotator.domain.proposals.literal import absent, search_after
from annotator.domain.proposals.lodged_with import lodged_with
from annotator.domain.proposals.measure_called import measure_called
from annotator.domain.proposals.modal_negation import modal_negation
from annotator.domain.proposals.negated_act import act_denied
from annotator.domain.proposals.officer_body import officer_body
from annotator.domain.proposals.opening_complaint import filing_content, opening_complaint
from annotator.domain.proposals.opening_complaint import seen_reach as opening_reach
from annotator.domain.proposals.opening_report import opening_report
from annotator.domain.proposals.organisers import organiser, protesters_held
from annotator.domain.proposals.other_in_dock import (
    agent_is_speaker,
    another_party_named,
    reported_of_another,
)
from annotator.domain.proposals.own_act import own_act
from annotator.domain.proposals.own_body import own_body_from
from annotator.domain.proposals.own_negated import own_negated, own_negation_words
from annotator.domain.proposals.own_negation import (
    STATED,
    accusers_negation,
    harmed,
    negation_only,
    rejects_a_statement,
)
from annotator.domain.proposals.people_its import body_possessive, people_accused
from annotator.domain.proposals.plural_people import plural_of_people
from annotator.domain.proposals.promised import PROMISED
from annotator.domain.proposals.quoted_actor import told_by_accuser
from annotator.domain.proposals.quoted_evidence import evidence_quoted
from annotator.domain.proposals.reading import (
    ACCUSATION,
    CLAIM,
    CONTEXT,
    DENIAL,
    LabelReading,
    enforcement,
    normalise,
    read_label,
    remembered_label,
)
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reframed import reframed
from annotator.domain.proposals.relative_negation import in_relative_clause
from annotator.domain.proposals.relayed import relayed
from annotator.domain.proposals.relied_on import relied_on
from annotator.domain.proposals.remedy_beside import argued_beside
from annotator.domain.proposals.reported_instruction import former_member, reported_instruction
from annotator.domain.proposals.spoken_of import named_as_described, talked_of
from annotator.domain.proposals.suffered import suffered_account
from annotator.domain.proposals.suspected import suspicion
from annotator.domain.proposals.targeted import (
    COUNCILLORS,
    against_at,
    asked_to_reply,
    described_party,
    described_words,
    in_the_frame,
)
from annotator.domain.proposals.targeted import _frames as _targeted_frames
from annotator.domain.proposals.vetted import reported_words, vetted
from annotator.domain.proposals.worker_clause import without_worker_clause
from annotator.domain.proposals.wrongs import (
    bare_negation,
    contrary_figure,
    defence,
    described_as,
    excuse_denied,
    families,
    negated_duty,
    negates_the_wrong,
    words_of,
    wrong_stated,
)


def _frames_dock(language: str) -> dict:
    return _targeted_frames(language)[0]


CONTINUED = 0.6  # a stance read without a cue: a weak cue's strength (low confidence)


def _key(name: str | None) -> str:
    return (name or "").casefold()


_THROUGH_PERSON = re.compile(
    r"\b(?:melalui|lewat|through|via)\s+((?:[a-z]+\s+){0,3}[a-z]+),?\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,?\s+[a-z]")
_THROUGH_WORDS = ("melalui", "lewat", "through", "via")  # one is in every match


def spoken_through(text: str, lex: Lexicon) -> str | None:
    """The person a sentence's subject speaks through, named after a counsel's or a
    spokesperson's role ("melalui kuasa hukumnya, Markus Lende,", "through its lawyer Mark
    Stein"), else None."""
    from annotator.domain.proposals.roles import COUNSEL

    if not any(word in text for word in _THROUGH_WORDS):
        return None  # none of the pattern's words: no search of every position
    found = _THROUGH_PERSON.search(text)
    if not found:
        return None
    role = found.group(1).casefold()
    roles = COUNSEL["id" if lex.language == "id" else "en"]
    if not any(r in role for r in roles) and not any(
            w.removesuffix("nya") in lex.spokespeople for w in role.split()):
        return None
    return found.group(2)




@dataclass
class Dispute:
    """Who has accused and who has denied so far in a document, read in order."""

    accused: bool = False  # an accusation was made before this sentence
    accusers: dict[str, str] = field(default_factory=dict)  # key -> name as proposed
    deniers: dict[str, str] = field(default_factory=dict)
    last_denier: str = ""  # key of the speaker whose denial the sentence before was
    last_accuser: str = ""
    accused_names: set[str] = field(default_factory=set)  # named in an accusation, not by
    parties: dict[str, str] = field(default_factory=dict)  # held responsible by one
    # the accusers' own nouns ("pedagang", "drivers"): a member who speaks is on their side
    accusing_nouns: set[str] = field(default_factory=set)
    seen: list[str] = field(default_factory=list)  # the sentences before, in order
    # the accused as the accusations call them ("the head teacher", "pengelola pasar")
    accused_refs: set[str] = field(default_factory=set)
    last_role: str = ""  # the role of the sentence before
    last_speaker: str = ""  # the key of the sentence before's speaker, whatever its role
    speaker_before: str = ""  # the key of the speaker of the sentence before that one
    # every speaker placed on a side so far, kept once placed: key -> (side, why)
    placed: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the parties the article's FIRST allegation named, and who made it: where both
    # sides accuse, the side is the one the first allegation gave them
    first_parties: dict[str, str] = field(default_factory=dict)
    first_accusers: dict[str, str] = field(default_factory=dict)
    # the words of the allegations so far: a fact that takes them up bears on them
    allegation_words: set[str] = field(default_factory=set)
    # the lower-case words of allegations that named no party ("the company that supplies
    # the lunches"): a name later described by them is that party (targeted.py)
    unnamed: set[str] = field(default_factory=set)
    # the common nouns the article uses for the party held responsible ("academy", "sekolah
    # itu", the words that described it before it was named): its officers by them (held.py)
    party_nouns: set[str] = field(default_factory=set)
    # each speaker's side as the whole article tells it (whole_article.py), used last
    article: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the person a party spoke through -> the party's key ("melalui kuasa hukumnya, X")
    voices: dict[str, str] = field(default_factory=dict)

    def named(self, role: str | None, speaker: str | None, names: tuple[str, ...],
              text: str = "", lex: Lexicon | None = None) -> None:
        """The names an accusation mentions other than its speaker: the accused side. With
        the sentence (``text``, ``lex``), the party it holds responsible is kept apart."""
        if role != ACCUSATION and text and lex is not None and charged_reply(text, speaker,
                                                                            lex):
            # "Accused of polluting the Wey, Northgate Dairy said ...": the sentence's frame
            # is an allegation, its speaker the party charged
            self.accused = True
            self.allegation_words |= replies.allegation_words(text)
            self.parties.setdefault(_key(speaker), speaker)
            if not self.first_parties:
                self.first_parties = {_key(speaker): speaker}
            return
        if role == ACCUSATION:
            self.accused_names |= {_key(n) for n in names if _key(n) != _key(speaker)}
            if text:
                self.allegation_words |= replies.allegation_words(text)
            if text and lex is not None:
                parties, dock, refs, subject = _accusation_read(text, names, speaker, lex)
                if not dock:  # a place, or a part of the accuser's own name, is no party
                    parties = tuple(p for p in parties if not self.not_a_party(p, speaker,
                                                                               text, lex))
                if not parties and not dock and not self.parties:
                    # "China accused the Philippines of ...": a country in one word is no
                    # name of names_in; held when it is the one party named (round 43)
                    country = accused_country(text, speaker, lex)
                    parties = (country,) if country else ()
                for party in parties:
                    self.party_nouns |= reference_nouns(text, party, lex)
                    self.party_nouns |= self.unnamed  # the party described before, named
                subject = subject - self.party_nouns
                if dock:
                    # "Persikota juga dihukum" read with Persikota Tangerang as its
                    # speaker: the party in the dock accuses nobody
                    self.accusers.pop(_key(speaker), None)
                    self.last_accuser = ""
                if parties and not self.first_parties:
                    self.first_parties = {_key(p): p for p in parties}
                    if speaker and not dock:
                        self.first_accusers = {_key(speaker): speaker}
                for party in parties:
                    self.parties.setdefault(_key(party), party)
                if not parties and not dock:
                    self.unnamed |= described_words(text, lex) | doer_noun(text, lex)
                self.accused_refs |= refs
                self.accusing_nouns |= subject
                if not speaker and not subject and not dock:
                    # the complainants, unnamed, told the wrong done to them: their own
                    # nouns ("Pedagang kaki lima ... mengaku dimintai uang"; complaint.py)
                    self.accusing_nouns |= {_stem(w) for w in complainant_nouns(text, lex)
                                            } - self.party_nouns
        elif text and lex is not None:
            self.targeted(speaker, names, text, lex)

    def targeted(self, speaker: str | None, names: tuple[str, ...], text: str,
                 lex: Lexicon) -> None:
        """A sentence read as no accusation that still says who the allegation is
        against (targeted.py): a frame that puts a party in the dock ("X is under fire",
        "X diduga") makes it an allegation against that party, by its speaker; after an
        allegation whose party is not known yet, the name described by the words it used
        for its party ("X, which runs the plant,") or the party asked to answer it ("X did
        not respond to a request for comment") is the party it is against."""
        party = in_the_frame(text, names, speaker, lex)
        if party and self.not_a_party(party, speaker, text, lex):
            party = None
        aimed, described = (None, []) if party else against_at(text, names, lex, speaker)
        if aimed and self.not_a_party(aimed, speaker, text, lex):
            aimed = None
        party = party or aimed
        if party:
            self.accused = True
            self.allegation_words |= replies.allegation_words(text)
        elif described and not self.parties:
            # "the complaint lodged against the firm that manages the tower": an allegation
            # against a party described (held.py)
            self.accused = True
            self.allegation_words |= replies.allegation_words(text)
            self.unnamed |= set(described)
            return
        elif not self.parties and described_words(text, lex) and find(
                _frames_dock(lex.language), words_of(text)):
            # "A catering firm is under fire": an allegation against a party described
            self.accused = True
            self.allegation_words |= replies.allegation_words(text)
            self.unnamed |= described_words(text, lex)
            return
        elif self.accused and not self.parties:
            # only while the allegation's party is unknown: once one is, another party
            # declining to comment is a bystander ("Pelatih Persija enggan berkomentar").
            # The party asked may be the sentence's speaker; so may the one described
            # (described, even after a denial: its officer may have denied for it).
            party = described_party(tuple(dict.fromkeys((*names, *capitalised_runs(text)))),
                                    text, self.unnamed, lex) if self.unnamed else None
            # (with no words of an unnamed party, described_party reads none: its names
            # are not gathered)
            party = party or (
                asked_to_reply(text, names, None, lex) if not self.deniers else None)
        if not party or _key(party) in self.accusers:
            return
        self.party_nouns |= reference_nouns(text, party, lex) | self.unnamed
        self.parties.setdefault(_key(party), party)
        if not self.first_parties:
            self.first_parties = {_key(party): party}
            if speaker and _key(speaker) != _key(party):
                self.first_accusers = {_key(speaker): speaker}

    def not_a_party(self, party: str, speaker: str | None, text: str, lex: Lexicon) -> bool:
        """A name read as the party that is a place in the sentence ("di Ketapang,
        Kalimantan Barat, diduga") or a part of its accuser's own name ("Forum Warga Sungai
        Lilin melaporkan kontraktor proyek jembatan Sungai Lilin"): not the party."""
        return a_place(party, text, lex) or part_of(party, speaker) or any(
            part_of(party, a) for a in self.accusers.values())

    def held(self) -> list[str]:
        """The parties the article holds responsible, or, with none, the ones that denied
        (an accuser that denied once left out)."""
        found = [n for k, n in self.parties.items() if k not in self.accusers]
        return found or [n for k, n in self.deniers.items()
                         if self.placed.get(k, ("",))[0] != "accusing"]

    def last_on_accused_side(self, speaker: str | None = None) -> str | None:
        """The party the sentence before was the accused side's own, by its speaker: kept
        as the accused side, denied, or named by the first allegation. Read again after
        the speaker's own sentence (``place``), the one before it."""
        key = self.last_speaker
        if speaker and key == _key(speaker):
            key = self.speaker_before
        if not key:
            return None
        kept = self.placed.get(key)
        if kept is not None:
            return self.deniers.get(key) or self.first_accused(key) or (
                key if kept[0] == "accused" else None)
        return self.deniers.get(key) or self.first_accused(key)

    def held_voice(self, speaker: str | None, text: str, lex: Lexicon) -> str | None:
        """Why the speaker speaks for the party held responsible by the words beside their
        name (held.py): the common noun the article uses for it ("The academy's head
        teacher", "Kepala sekolah"), its name described in the same sentence ("Direktur CV
        Sumber Rezeki selaku pengelola pasar, Joko"), or a possessive right after the
        accused side's own sentence ("Its chief executive"); None when the words fit an
        accuser."""
        window = beside(speaker, text, lex)
        if not window[0] or any(_fits(k, window, lex) for k in self.accusers):
            return None
        if self.unnamed and not self.parties:
            named = described_party(capitalised_runs(text), text, self.unnamed, lex)
            if named and (_key(named) == _key(speaker) or _fits(_key(named), window, lex)):
                return f"{speaker} speaks for {named}, the party the allegation described"
        held = self.held()
        nouns = self.party_nouns | (self.unnamed if not self.parties else set())
        own = {w for name in held for w in words_of(name)}
        noun = tied_by_noun(speaker, text, nouns - self.accusing_nouns, own, lex)
        if not noun and len(held) == 1 and not is_country(held[0], lex):
            # "Kuasa hukum perusahaan", "the group's spokeswoman": a body's common noun
            # stands for the one party held responsible (a country's: no, accused_country)
            noun = tied_by_noun(speaker, text, body_nouns(lex.language)
                                - self.accusing_nouns, own, lex, definite=True)
            if noun and (described_as_another(noun, self.seen, own)
                         or accuser_described(noun, self.seen, own, lex)):
                noun = None
        if noun and len(held) <= 1:
            whose = held[0] if held else "the party the allegation described"
            return f"{speaker} speaks for {whose} ('{noun}')"
        if self.last_role == ACCUSATION and len(held) <= 1 and self.people_before(lex) and any(
                body_possessive(w, lex.language) for w in window[0]):
            # "Tenants have accused a Plymouth letting agent ... . Its director, Gareth
            # Lomas, said": people own no "its"; the body accused does (people_its.py)
            whose = held[0] if held else "the party the allegation described"
            return f"{speaker} speaks for {whose} ('its' after a plural of people's allegation)"
        last = self.last_on_accused_side(speaker)
        if last and possessive(speaker, text, lex, _NYA):
            return f"{speaker} speaks for {self.deniers.get(last, last)} (a possessive " \
                   f"after its own sentence)"
        title = unattached_officer(speaker, text, lex, set(words_of(
            self.deniers.get(last, last)))) if last else None
        if title:
            # "The trust denied ... . Chief executive Dr Martin Hale said": an officer of no
            # body named, right after the accused side's own sentence
            return f"{speaker} speaks for {self.deniers.get(last, last)} ('{title}' of no " \
                   f"other body, after its sentence)"
        return None

    def against_held(self, text: str, lex: Lexicon) -> str | None:
        """The party held responsible that the sentence names by a word of its own name
        (not its company marker, a place or an office's head noun)."""
        words = set(words_of(text))
        common = lex.company_markers | lex.org_heads | lex.government_heads | lex.places
        for name in self.held():
            own = {w for w in words_of(name) if len(w) > 3 and w not in common}
            if own & words:
                return name
        return None

    def names_an_accuser(self, text: str, lex: Lexicon) -> bool:
        """The sentence names one who accused before: a word of its own name, its
        initials or the adjective of its place ("Chinese ships" for China)."""
        words = words_of(text)
        common = lex.company_markers | lex.org_heads | lex.government_heads | lex.titles
        for k in self.accusers:
            own = [w for w in k.split() if w not in _JOINING]
            distinct = {w for w in own if len(w) > 3 and w not in common}
            if any(w in distinct or (len(own) == 1 and _demonym(w, own[0]))
                   or _initials_of(w, own) for w in words):
                return True
        return False

    def answers(self, speaker: str | None, text: str, lex: Lexicon) -> str | None:
        """Why the speaker is the one the allegation was put to: the sentence says it
        answers it ("Menanggapi tudingan itu", "saat dikonfirmasi", "In response"), after
        an allegation, from no accuser nor bystander."""
        if not self.accused or _key(speaker) in self.accusers or _bystander(speaker, text,
                                                                             lex):
            return None
        marker = _reply(text, lex)
        return f"{speaker} answers the allegation: '{marker}'" if marker else None

    def place(self, speaker: str | None, text: str, lex: Lexicon) -> None:
        """Keep the side the sentence placed its speaker on (read after the sentence): a
        reader keeps in mind who is on which side, and a speaker's later words are read
        from there. A side once placed is kept. The person a party speaks through in the
        sentence ("PT X melalui kuasa hukumnya, Markus Lende, membantah") stands where the
        party stands: "Menurut Markus" next goes on with the party's denial."""
        key = _key(speaker)
        through = spoken_through(text, lex) if key else None
        if through and _key(through) != key and (key in self.deniers or key in self.accusers):
            sides = self.deniers if key in self.deniers else self.accusers
            sides.setdefault(_key(through), through)
            self.voices[_key(through)] = key
        if not key or key in self.placed:
            return
        memo = (self.frozen(), speaker, text, id(lex), lex.language)
        found = _PLACED.get(memo)
        if found is None:
            if len(_PLACED) >= 4096:
                _PLACED.clear()
            found = _PLACED[memo] = self.side(speaker, text, lex)
        if found[0] != "none":
            self.placed[key] = found

    def on_accused_side(self, speaker: str | None, text: str, lex: Lexicon) -> bool:
        """The speaker stands on the accused side as ``side`` reads it (its party, whoever
        speaks for it, a side placed earlier, the first allegation's party), not by a
        rebuttal of its own in this sentence alone."""
        return bool(self.accused) and self.side(speaker, text, lex, loose=False)[0] == "accused"

    def first_accused(self, speaker: str | None) -> str | None:
        """The party the article's first allegation named that the speaker is (by name, or
        a shorter form of it), unless it made that allegation."""
        key = _key(speaker)
        if not key or key in self.first_accusers:
            return None
        for k, name in self.first_parties.items():
            if key == k or (len(key) > 3 and len(k) > 3 and (key in k or k in key)) \
                    or same_body(key, k) or _short_form(key, k):
                return name
        return None

    def accused_party(self, speaker: str | None) -> str | None:
        """The party an accusation held responsible that the speaker is, by name."""
        key = _key(speaker)
        first = self.first_accused(speaker)
        if first:
            return first  # where both sides accuse, the first allegation decides
        if not key or key in self.accusers:
            return None
        for k, name in self.parties.items():
            if key == k or (len(key) > 3 and len(k) > 3 and (key in k or k in key)) \
                    or same_body(key, k):
                return name
        return None

    def accused_side(self, speaker: str | None) -> bool:
        """The speaker denied before, or an accusation named them."""
        key = _key(speaker)
        return bool(key) and (key in self.deniers or any(
            key == n or (len(key) > 3 and (key in n or n in key)) for n in self.accused_names))


    def take(self, role: str | None, speaker: str | None, reason: str = "") -> None:
        """A sentence read (its label's role, its speaker, and the proposal's reason when it
        was not saved), before the next one. Only strong evidence makes a speaker the
        accused side: an accuser's denial that answers another party's denial leaves it the
        accuser, and a denial read from a rebuttal word alone (``WEAK``) makes nobody a
        denier."""
        key = _key(speaker)
        if not key and QUOTED in reason:
            return  # a sentence inside the quotation: its speaker goes on
        weak = any(w in reason for w in WEAK)
        self.speaker_before = self.last_speaker
        self.last_role = role or ""
        self.last_speaker = key
        self.last_denier = key if role == DENIAL and not weak else ""
        self.last_accuser = key if role == ACCUSATION else ""
        if role == ACCUSATION:
            self.accused = True
            if speaker:
                self.accusers[key] = speaker
                self.deniers.pop(key, None)
        elif role == DENIAL and speaker and not weak:
            if key in self.accusers and any(k != key for k in self.deniers):
                return  # the accuser answers the other side's denial: still the accuser
            self.deniers[key] = speaker
            self.accusers.pop(key, None)
        elif role == CONTEXT and speaker and PROMISED in reason and self.accused \
                and key not in self.accusers:
            # "said every affected fan would be offered a refund": the party that promises
            # to put it right stays the accused side; what it says next answers for it
            self.deniers[key] = speaker
            self.last_denier = key

    def accusing_side(self, speaker: str | None, text: str, lex: Lexicon) -> str | None:
        """Why the speaker is on the accusing side: it accused before, the words beside its
        name name an accuser ("Ketua Paguyuban Pedagang, Agus, ...") or the wronged ("the
        victim's mother", "pelapor"); None when they are not."""
        key = _key(speaker)
        if not key or self.first_accused(speaker):
            return None
        kept = self.placed.get(key)
        if kept is not None:
            return kept[1] if kept[0] == "accusing" else None
        if key in self.accusers or (len(key) > 3 and any(
                len(k) > 3 and (key in k or k in key) and k not in self.deniers
                for k in self.accusers)):
            return f"{speaker} accused before"  # "Hughes" is "Dan Hughes"
        window = beside(speaker, text, lex)
        if self.council_office(window[0], text, lex):
            return None  # "the cabinet member for children's services": the council's
        accusing = accusing_council_office(
            window[0], text, {k: n for k, n in self.accusers.items() if k not in self.deniers},
            lex)
        if accusing:  # "the cabinet member for transport" of the council that accused
            return f"{speaker} speaks for {accusing}"
        for k, name in self.accusers.items():
            if k not in self.deniers and k not in self.parties and _fits(k, window, lex):
                return f"{speaker} speaks for {name}"
        earlier = self.accuser_placed_before(speaker, lex)
        if earlier:
            return earlier
        own = words_of(speaker) if speaker[1:].islower() else []
        # a described speaker ("The parents' group", "Paguyuban pedagang") by its own words
        words = window[0] + [w for w in own if w not in window[0]]
        if not words:
            return None
        wronged = described_as(words, families(lex.language).victims)
        if wronged:
            return f"{speaker}: '{wronged}'"
        led = organiser(window[0], lex.language) if self.accused and not self.accusers \
            and not self.deniers and key not in self.parties and not protesters_held(
                self.party_nouns | self.accused_refs | self.unnamed | set(self.parties),
                lex.language) else None
        if led:
            # "Koordinator aksi, Dedi Kurniawan, mengatakan" after the protesters' own
            # allegation, made with nobody named (organisers.py)
            return f"{speaker}: '{led}', for the protesters"
        member = [w for w in words if _stem(w) in self.accusing_nouns]
        if member:
            return f"{speaker}: one of the accusers, '{member[0]}'"
        held = {w for name in self.held() for w in words_of(name)}
        noun = tied_by_noun(speaker, text, body_nouns(lex.language), held, lex,
                            definite=True) if self.accusers else None
        if noun and accuser_described(noun, self.seen, held, lex):
            # "A rights group accused X ..." / "the group's director, Peter Chanda, said":
            # the accuser's officer (round 38, t38b4)
            return f"{speaker} speaks for the accuser described as the '{noun}'"
        if self.last_role == ACCUSATION and key not in self.deniers and any(
                (w in _THEIRS and not (body_possessive(w, lex.language) and self.people_before(
                    lex))) or w.endswith(_NYA) for w in window[0]) \
                and not self.last_on_accused_side():
            # "Its chair, Lisa Grant, said", "Ketuanya, Asep, mengatakan": right after the
            # accusation, the accuser's own officer
            return f"{speaker} speaks for the accuser before"
        return None

    def people_before(self, lex: Lexicon) -> bool:
        """The accusation before was a plural of unnamed people's ("Tenants have accused a
        letting agent ..."): "its" right after it is the accused body's, never theirs
        (people_its.py)."""
        return not self.last_accuser and bool(self.seen) and people_accused(self.seen[-1], lex)

    def accuser_placed_before(self, speaker: str | None, lex: Lexicon) -> str | None:
        """Why the speaker speaks for an accuser by an earlier sentence of the article that
        placed them beside it ("Jonas Weber, a researcher at the Bavarian Institute, ...")
        when this one names only them ("Weber said"). The latest sentence that places
        them decides; None when it places them beside the accused as well."""
        if not self.accusers or self.accused_side(speaker) or self.accused_party(speaker):
            return None  # the accused stands beside its accuser in the accusation itself
        sides = {**self.parties, **self.deniers}
        for before in reversed(self.seen):
            window = beside(speaker, before, lex)
            if not window[0]:
                continue
            if _accusing_at(before, lex):
                return None  # "The regulator fined SkyHop": the accused beside its accuser
            if any(_fits(k, window, lex) for k in sides):
                return None
            if found_against(speaker, before, lex, lambda ws, b=before: any(
                    _fits(k, (ws, b), lex) for k in self.accusers if k not in sides)):
                return None  # "the Commission found that Trentside College had removed"
            for k, name in self.accusers.items():
                if k not in sides and (_fits(k, window, lex)
                                       or _own_word(k, window, sides, lex)):
                    return f"{speaker} speaks for {name} (placed beside it before)"
            return None
        return None

    def speaks_for(self, speaker: str | None, text: str, lex: Lexicon) -> str | None:
        """The accused party (one that denied before) that the speaker speaks for, by the
        words standing beside the speaker's name in the sentence: the party's name, its
        short form ("PB PABSI"), the head noun of its name ("Commission chairman", "for the
        prosecution", "diocesan business manager") or the company noun for a company
        ("Juru bicara perusahaan"), or the accused side's role in a case ("Kuasa hukum
        terdakwa", "for the defence"). None when those words fit an accuser as well."""
        key = _key(speaker)
        if not key or key in self.accusers or key in self.deniers:
            return None
        described = self._side_of((words_of(speaker or ""), text), lex) \
            if (speaker or "")[1:].islower() else None
        if described:  # "Pihak perusahaan", "Manajemen klub": the party by its noun
            return described[0]
        window = beside(speaker, text, lex)
        if not window[0]:
            return self.placed_before(speaker, lex)
        # "X, who has delivered for Zipto ..., said": a worker's clause, not the party's voice
        window = (without_worker_clause(window[0], lex.language), window[1])
        found = self._side_of(window, lex)
        if found is None:
            return None
        ws = window[0]
        if not found and self.last_denier and any(
                w in _THEIRS or w.endswith(_NYA) or (
                    w in _HIS and k + 1 < len(ws) and ws[k + 1] in lex.counsel)
                for k, w in enumerate(ws)):
            # "Its chief executive, Paul Mercer, said", "Kuasa hukumnya, Rudi, mengatakan",
            # "His agent, Marco Bellini, said":
            # the party that denied in the sentence before, by a possessive
            return self.deniers.get(self.last_denier)
        if not found and self.accused:
            role = find(lex.accused_roles, window[0])
            if role:  # "Kuasa hukum terdakwa, Maria", "counsel for the defence"
                return " ".join(window[0][role[0][0]:role[0][1]])
        if not found and self.accused:
            office = self.council_office(ws, text, lex)
            if office:  # "Councillor Graham Tulley, the cabinet member for children's services"
                return office
        return found[0] if found else self.placed_before(speaker, lex)

    def council_office(self, words: list[str], text: str, lex: Lexicon) -> str | None:
        """The council held responsible whose cabinet member or leader the words beside a
        speaker name them (council_office.py)."""
        return council_office(words, text, {**self.parties, **self.deniers}, self.accusers,
                              lex)

    def _side_of(self, window: tuple[list[str], str], lex: Lexicon) -> list[str] | None:
        """The accused parties the words beside a speaker name; None when they name an
        accuser as well."""
        sides = {**self.parties, **self.deniers}
        if any(_fits(k, window, lex) or _own_word(k, window, sides, lex)
               for k in self.accusers):
            return None
        return [name for k, name in sides.items() if k not in self.accusers
                and (_fits(k, window, lex) or _own_word(k, window, self.accusers, lex))]

    def placed_before(self, speaker: str | None, lex: Lexicon) -> str | None:
        """The party that denied in the sentence before, when an earlier sentence of the
        article placed the speaker beside it ("Direktur Utama Perum Bulog Bayu Krisnamurthi
        mengatakan ...", "Carver Homes' planning director, Tom Briggs, met residents") and
        this one names only them ("imbuh Bayu", "Briggs said"): a reader keeps a person's
        affiliation in mind, and the reply the party began goes on. Later in the article
        their other facts are claims unless they argue (as a denier's own are). The latest
        sentence that places them decides."""
        if not self.accused or not self.last_denier:
            return None
        for before in reversed(self.seen):
            window = beside(speaker, before, lex)
            if window[0]:
                found = self._side_of(window, lex)
                party = self.deniers.get(self.last_denier)
                return party if found and party in found and not _across_accusation(
                    speaker, party, before, lex) else None
        return None

    def accused_acts(self, speaker: str | None, text: str, lex: Lexicon) -> str | None:
        """The accused as the actor of what the sentence reports: a reference to it (its
        name, a word of it, the company noun for a company, the nouns the accusation called
        it by) standing right before a verb, or after "by"/"oleh" ("said the head teacher
        spent", "mengatakan pengelola menarik", "ditarik oleh petugas pengelola"); not the
        speaker's own words, nor the accused speaking ("the company said"). Between the
        reference and its verb: the rest of the party's name, an auxiliary, or an adverb or
        negation of the act ("perusahaan hanya menawarkan", "pengembang terus menjual",
        "Marrow Estates only replaced", "perusahaan tidak memiliki": a duty failed; the
        twenty-sixth round, ``_AUXILIARY``)."""
        refs = set(self.accused_refs)
        named: set[str] = set()  # the rest of a party's name ("Marrow Estates only paid")
        for k in {**self.parties, **self.deniers}:
            own = [w for w in k.split() if len(w) > 2 and w not in lex.company_markers
                   and w not in _JOINING]
            refs |= set(own[:1])
            named |= set(own[1:])
        if refs and lex.company_noun:
            refs.add(lex.company_noun)  # "said the company sent a painter"
        if not refs:
            return None
        words = words_of(text)
        mine = set(words_of(speaker or ""))
        said = {k for s_, e in find(lex.speech, words) for k in range(s_, e)}
        for k, w in enumerate(words):
            if _stem(w) not in refs or w in mine:
                continue
            agent = [a for a in range(max(0, k - 2), k) if words[a] in _AGENT]
            if agent:  # "oleh petugas pengelola", "by the landlord"
                return " ".join(words[agent[0]:k + 1])
            j = k + 1
            while j < len(words) and (words[j] in _DETERMINERS_REF or _stem(words[j]) in refs
                                      or words[j] in _AUXILIARY or words[j] in named):
                j += 1
            if j >= len(words) or j in said or words[j] in lex.speech_suffixed:
                continue
            if words[j] in _FUTURE:
                continue  # "perusahaan akan", "the company would": a plan
            if _acts(words[j], lex):
                return f"{w} {' '.join(words[k + 1:j + 1])}".strip()
        return None

    def counsel_for(self, text: str, lex: Lexicon) -> str | None:
        """The accused party an unnamed speaker speaks for, by the words before the speech
        verb: one who speaks for a party ("lawyers", "kuasa hukum", "pihak", "management":
        ``label10_counsel``) beside a word for the accused (a word of its name, the company
        noun, "firm", an office's head noun, the noun the accusation called it by), or
        beside "its"/"-nya" right after its denial ("The firm's lawyers said", "Kuasa hukum
        perusahaan menyebut", "Its lawyers said"). None when the words fit an accuser."""
        sides = {**self.parties, **self.deniers}
        if not self.accused or not sides:
            return None
        words = words_of(text)
        said = [s_ for s_, _ in find(lex.speech, words)] + [
            k for k, w in enumerate(words) if w in lex.speech_suffixed]
        if not said:
            return None
        at = min(said)
        window = words[max(0, at - BESIDE):at]
        if not find(_counsel(lex.language), window):
            return None
        if any(_fits(k, (window, text), lex) for k in self.accusers if k not in sides):
            return None
        found = [name for k, name in sides.items() if k not in self.accusers and (
            _fits(k, (window, text), lex) or _own_word(k, (window, text), self.accusers, lex))]
        if found:
            return found[0]
        nouns = {lex.company_noun, "firm", *self.accused_refs} - {""}
        held = self.parties or self.deniers  # the party in the dock, else who denied
        if any(_stem(w) in nouns for w in window) and len(held) == 1:
            return next(iter(held.values()))
        if self.last_denier and any(w in _THEIRS or w.endswith(_NYA) for w in window):
            return self.deniers.get(self.last_denier)
        return None

    def side(self, speaker: str | None, text: str, lex: Lexicon, loose: bool = True
             ) -> tuple[str, str]:
        """Where the reading before a sentence places its speaker, and why: "accusing",
        "accused" or "none" ("" why), by the tests ``in_dispute`` already makes, the
        accusing side's first (as there): for bench_sides.py, so that side assignment can be
        measured on its own before a label rule leans on it."""
        if not _key(speaker):
            return "none", ""
        kept = self.placed.get(_key(speaker))
        if kept is not None:
            return kept
        first = self.first_accused(speaker)
        if first:
            return "accused", f"the first allegation named {first}"
        words = words_of(text)
        acted = own_act(speaker, text, lex, _accusing_spans(text, lex), filing_at(lex, words))
        if acted:
            return acted
        accusing = self.accusing_side(speaker, text, lex)
        if accusing:
            return "accusing", accusing
        if _key(speaker) not in self.deniers and prosecuting(speaker, text, lex):
            # "Prosecuting for the Health and Safety Executive, Helen Price said": the
            # prosecution accuses, whatever body the article talked of before
            return "accusing", f"{speaker} speaks for the prosecution"
        if _key(speaker) in self.deniers:
            return "accused", f"{speaker} denied before"
        party = self.accused_party(speaker)
        if party:
            return "accused", f"an accusation held {party} responsible"
        if self.unnamed and not self.parties and not self.deniers and described_party(
                (speaker,), text, self.unnamed, lex):
            return "accused", f"{speaker} is the party the allegation described"
        party = self.speaks_for(speaker, text, lex) or (
            self.counsel_for(text, lex) if (speaker or "")[1:].islower() else None)
        if party:
            return "accused", f"{speaker} speaks for {party}"
        held = self.held_voice(speaker, text, lex) or self.answers(speaker, text, lex)
        if held:
            return "accused", held
        if not self.accused and _alleges(speaker, text, lex):
            # only the first: after an allegation, the accused side counter-accuses in
            # the same words (tuned-on sets: 6 denials' speakers so placed, of 25 more)
            return "accusing", f"{speaker} makes the first allegation"
        against = self.against_held(text, lex)
        if against and _alleges(speaker, text, lex):
            # a later allegation against the party already held, by name: another accuser
            return "accusing", f"{speaker} alleges a wrong of {against}"
        if self.accused and not self.names_an_accuser(text, lex) and not _bystander(
                speaker, text, lex) and _alleges(speaker, text, lex):
            # a later allegation not aimed at one who accused before (the accused side's
            # counter-charge names its accuser), from no bystander (tuned-on sets: 20
            # accusers more on their side, 3 speakers of denials and 1 of a claim wrongly)
            return "accusing", f"{speaker} alleges a wrong too"
        voice = self.voice_of_allegation(speaker, text, lex)
        if voice:
            return "accusing", voice
        before = self.placed.get(self.last_speaker)
        if before and self.last_speaker != _key(speaker) and _unattached_voice(
                beside(speaker, text, lex)[0], text, lex):
            # "The ministry said ... . '...,' spokesperson He Yadong told a briefing": a
            # spokesperson or lawyer of no named body, right after a side's own sentence
            return before[0], f"{speaker} speaks for the speaker before ({before[1]})"
        talked = (talked_of(speaker, text, self.seen, self.accusers, lex) or (
            named_as_described(speaker, text, self.unnamed, lex)
            if not self.parties and not self.deniers else None)) \
            if self.accused and not _bystander(speaker, text, lex) else None
        if talked:  # the party the article talked about, now speaking (spoken_of.py)
            return "accused", talked
        if loose and self.accused_side(speaker):
            # any name an accusation mentions (not only the one it holds responsible): too
            # loose for a label rule to lean on (``loose=False``)
            return "accused", f"{LOOSE} {speaker}"
        whole = side_in_article(self.article, speaker)  # the whole article
        if whole:
            return whole
        officer = officer_body(speaker, text, self.accusers, lex,
                               beside(speaker, text, lex)[0]) if (
            self.accused and not self.parties and self.voiced()
            and not _bystander(speaker, text, lex)) else None
        if officer and any(self.placed.get(k, ("",))[0] != "accusing" for k in self.deniers) \
                and not self.officer_denied(officer):
            officer = None  # once another has denied, only its own body's officers
        if officer:  # the named body whose officer speaks, no party held yet (officer_body.py)
            return "accused", f"{speaker}{OFFICER_OF}{officer}"
        return "none", ""

    def officer_denied(self, body: str) -> bool:
        """One who denied was placed as an officer of the same body (its name, or a short
        form of it: "KSP" of "KSP Mitra Usaha Bersama"): another officer of it ("Kuasa hukum
        KSP, Benny Tanjung") answers for the same party, as the sentence before placed it
        or the whole article does (forty-third round, w19iden1)."""
        for k, name in self.deniers.items():
            for _, why in (self.placed.get(k, ("", "")),
                           side_in_article(self.article, name) or ("", "")):
                _, at, denied = why.partition(OFFICER_OF)
                if at and denied and (denied.casefold() == body.casefold() or part_of(
                        body, denied) or part_of(denied, body)):
                    return True
        return False

    def voiced(self) -> bool:
        """Someone has spoken in the dispute already: an accuser, a speaker placed on the
        accusing side, or one who denied. Before that, an officer who speaks may be the
        allegation's own voice (officer_body.py asks only after)."""
        return bool(self.accusers or self.deniers or any(
            side == "accusing" for side, _ in self.placed.values()))

    def voice_of_allegation(self, speaker: str | None, text: str, lex: Lexicon
                            ) -> str | None:
        """Why the speaker is the allegation's voice: it was made with nobody named as
        making it ("Sebuah pabrik dituding membuang limbah", "X is under fire"), and this
        is the first speaker who takes up its words before anyone has replied to it, not a
        bystander nor the accused: a reader takes the first one to tell of the wrong as
        the one alleging it (twelfth round). None otherwise."""
        key = _key(speaker)
        if (not key or not self.accused or self.accusers or self.first_accusers
                or any(side == "accusing" for side, _ in self.placed.values())
                or self.deniers or key in self.parties or not self.allegation_words
                or _bystander(speaker, text, lex)):
            return None
        # what the speaker says, not who they are: a title that shares the allegation's
        # words ("Kepala SMP Negeri 4" after "kepala sekolah" was named) tells nothing
        own = set(words_of(speaker or "")) | set(apposition(speaker, text, lex)[0])
        shared = sorted({w for w in words_of(text) if w not in own
                         and replies.shared(w, self.allegation_words)})
        if not shared:
            return None
        return f"{speaker} tells of the allegation first ('{shared[0]}')"

    def frozen(self) -> tuple:
        return (self.accused, tuple(sorted(self.accusers)), tuple(sorted(self.deniers)),
                self.last_denier, self.last_accuser, tuple(sorted(self.accused_names)),
                tuple(sorted(self.accusing_nouns)),
                tuple(sorted(self.parties)), len(self.seen), tuple(sorted(self.accused_refs)),
                self.last_role, tuple(sorted(self.placed.items())), self.last_speaker,
                self.speaker_before,
                tuple(sorted(self.first_parties)), tuple(sorted(self.first_accusers)),
                tuple(sorted(self.allegation_words)), tuple(sorted(self.unnamed)),
                tuple(sorted(self.party_nouns)), article_key(self.article),
                tuple(sorted(self.voices.items())))


# each key reads the sentences before it again: the side each placed, remembered by the
# dispute's state before it, the speaker and the sentence
_PLACED: dict[tuple, tuple[str, str]] = {}

# the side's reason for any name an accusation mentions: too loose for a label to lean on
LOOSE = "an accusation named"
OFFICER_OF = " speaks as an officer of "  # the side's reason for a body's officer
# a denial read from a rebuttal word alone: weak evidence of who the accused side is
WEAK = ("answers the accusation before", "the accused side's reply to the allegation")
QUOTED = "inside the quotation"  # a reason's words for a sentence inside a running quote
QUOTE_BACK = 4  # sentences read back for a quotation still open
_QUOTE_MARKS = ('"', "“", "”")


def quote_open(before: list[str]) -> bool:
    """A quotation opened in the sentences just before is still open: an odd number of
    quotation marks since (a quotation running over several sentences: '"Our engineers
    worked through the night.' / 'The main burst because ...' / '... faster," she
    said.')."""
    marks = sum(t.count(m) for t in before[-QUOTE_BACK:] for m in _QUOTE_MARKS)
    return marks % 2 == 1
SUBJECT_REACH = 5  # words before an accusation's cue where its subject's nouns stand
NAMES_PASSED = 8  # capitalised words a subject may stand behind ("warga Desa X, Kecamatan Y,")


def _subject_start(tokens: list, at: int) -> int:
    """Where an accusation's subject may begin: SUBJECT_REACH words before its cue, not
    counting up to NAMES_PASSED capitalised words between, so that the nouns of "Puluhan
    warga Desa Sukamaju, Kecamatan Pagaden, Kabupaten Subang, menuding" reach "warga"
    behind the places that describe them."""
    start, counted, passed = at, 0, 0
    while start > 0 and counted < SUBJECT_REACH:
        raw = tokens[start - 1].group().strip(".,;:()\"'“”‘’")
        if raw[:1].isupper() and start - 1 > 0 and passed < NAMES_PASSED:
            passed += 1
        else:
            counted += 1
        start -= 1
    return start


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def accuser_described(noun: str, seen: list[str], own: set[str], lex: Lexicon) -> bool:
    """An accusation before has the body's noun in its subject ("A rights group on
    Wednesday accused Karrawong Resources of withholding wages", "The union has accused
    ..."), with no word of the party held responsible there: "the group's director" is
    the accuser's officer, not the accused's (round 38, bug fix t38b4). English only: in
    Indonesian it took an accused company's officer for the accuser's (lt38d1; train18)."""
    if lex.language != "en":
        return False
    for text in seen:
        tokens, words = reading_words(normalise(text))
        cues = find(lex.accusation, words)
        if not cues:
            continue
        at = cues[0][0]
        if any(w in lex.passive_auxiliaries for w in words[max(0, at - 2):at]):
            continue  # "X was accused by a rights group": the subject is the accused
        subject = words[_subject_start(tokens, at):at]
        if noun in subject and not own & set(subject):
            return True
    return False


def subject_nouns(text: str, lex: Lexicon) -> set[str]:
    """The common nouns written in lower case just before an accusation's first cue (its
    subject: "Para pedagang Pasar Baru menuding", "Drivers at Swiftway accused"), names,
    function words and short words left out."""
    tokens, words = reading_words(normalise(text))  # (a figure such as "£12,000" too)
    accusing = find(lex.accusation, words)
    cues = [s for s, _ in accusing] or [
        s for s, _ in find(lex.speech, words)[:1] if s <= SUBJECT_REACH
        and not _own_words(text)]  # an accusation told without a cue: its subject opens it
    if not cues:
        return set()
    at = cues[0]
    if lex.head_first and words[at].startswith(("di", "ter")) or not lex.head_first and any(
            w in lex.passive_auxiliaries for w in words[max(0, at - 2):at]):
        return set()  # "Komite sekolah dituding": the subject of a passive is the accused
    found = set()
    start = _subject_start(tokens, at)
    # "Parents at a primary school ... have accused its leaders": the school is the accused
    # side's, not the accusers' (own_body.py)
    stop = own_body_from(words, start, at, accusing[0][1], lex.language) if accusing else at
    for k in range(start, stop):
        raw = tokens[k].group().strip(".,;:()\"'“”‘’")
        if (raw.islower() or k == 0 and at <= SUBJECT_REACH) and len(words[k]) > 4 \
                and words[k] not in _JOINING \
                and words[k] not in lex.prepositions and words[k] not in lex.pronouns \
                and words[k] not in lex.org_heads and words[k] not in lex.titles:
            found.add(_stem(words[k]))
    return found


BESIDE = 6  # words either side of a speaker's name where their affiliation is written
_THEIRS = {"its", "their"}  # a body's (a family member, "her son", speaks for a person)
_HIS = {"his", "her"}  # a person's, when counsel follows: "His barrister, Thomas Reilly"
_NYA = ("hukumnya", "bicaranya", "pengacaranya", "direkturnya", "kuasanya", "pimpinannya",
        "ketuanya", "humasnya")
_JOINING = {"of", "the", "for", "and", "dan", "di", "untuk", "pada", "dari"}


_BESIDE: dict[tuple, tuple[list[str], str]] = {}


def beside(speaker: str | None, text: str, lex: Lexicon | None = None
           ) -> tuple[list[str], str]:
    """_beside, remembered (several rules read the same speaker's neighbours)."""
    key = (speaker, text, id(lex), lex.language if lex else None)
    found = _BESIDE.get(key)
    if found is None:
        if len(_BESIDE) >= 1024:
            _BESIDE.clear()
        found = _BESIDE[key] = _beside(speaker, text, lex)
    return found


def _beside(speaker: str | None, text: str, lex: Lexicon | None = None
            ) -> tuple[list[str], str]:
    """The words either side of the speaker's name in the sentence (the name's own words
    left out), up to a speech verb on either side (what is said is not who says it: "Tom
    Hughes said the company ..."), with the sentence's own spelling kept for short forms;
    empty when the sentence does not name them."""
    words = words_of(text)
    name = words_of(speaker or "")
    if not name:
        return [], text
    said = {k for s, e in find(lex.speech, words) for k in range(s, e)} if lex else set()
    said |= {k for k, w in enumerate(words) if lex and w in lex.speech_suffixed}
    for at in range(len(words) - len(name) + 1):
        if words[at:at + len(name)] == name:
            start = at
            while start > max(0, at - BESIDE) and start - 1 not in said:
                start -= 1
            end = at + len(name)
            while end < min(len(words), at + len(name) + BESIDE) and end not in said:
                end += 1
            end = min(end, _agent_clause_end(text, words, at, at + len(name)))
            return words[start:at] + words[at + len(name):end], text
    return [], text


_AGENT_WORDS = ("by", "from")  # "figures published by", "data from"


def _agent_clause_end(text: str, words: list[str], at: int, stop: int) -> int:
    """Where the words beside a speaker's name end when the name closes a sentence's
    opening "According to ... by <name>," ("According to figures published by the Office
    of Rail Standards, only 61 per cent of Northvale services ..."): at the comma after it,
    for what follows is what the figures say, not whom their maker speaks for (round 34);
    else the end of the words (``len(words)``)."""
    if words[:2] != ["according", "to"] or at < 3 or words[
            at - 1 - (words[at - 1] == "the")] not in _AGENT_WORDS:
        return len(words)
    tokens, tokenised = reading_words(normalise(text))
    if tokenised != words or stop >= len(tokens) or "," not in text[
            tokens[stop - 1].end():tokens[stop].start()]:
        return len(words)
    return stop


def _across_accusation(speaker: str | None, party: str | None, text: str, lex: Lexicon
                       ) -> bool:
    """The sentence names the speaker and the party on either side of an accusation's cue
    ("Students at Northgate University have accused academic publisher Harwood Learning
    of ..."): the party is whom the accusation is against, no affiliation of the speaker's
    (placed_before; thirty-fifth round, t35e)."""
    words, name, named = words_of(text), words_of(speaker or ""), words_of(party or "")
    if not name or not named:
        return False
    at = next((k for k in range(len(words)) if words[k:k + len(name)] == name), None)
    to = next((k for k in range(len(words)) if words[k:k + len(named)] == named), None)
    if at is None or to is None:
        return False
    low, high = sorted((at, to))
    return any(low < s < high for s, _e in find(lex.accusation, words))


def _fits(party: str, window: tuple[list[str], str], lex: Lexicon) -> bool:
    """The words beside a speaker name this party: its whole name, a short form of it
    written in capitals, or a head noun of its name (an office's or a company's)."""
    words, text = window
    if not words:
        return False
    joined = f" {' '.join(words)} "
    if f" {party} " in joined:
        return True
    own = [w for w in party.split() if w not in _JOINING and len(w) > 1]
    heads = lex.org_heads | lex.government_heads
    capitals = {w.strip(".,;:()\"'“”‘’").casefold() for w in text.split()
                if w.strip(".,;:()\"'“”‘’").isupper() and len(w.strip(".,;:()\"'“”‘’")) > 1}
    named = _capitalised(text)
    for k, w in enumerate(words):
        if w in own and w in capitals:
            return True
        if w in own and w in heads:
            after = words[k + 1] if k + 1 < len(words) else ""
            # "Kementerian Sosial" is not "Kementerian Kesehatan": a head noun followed
            # by another body's name is that body's ("Dinas PU" is "Dinas Pekerjaan Umum")
            if not (after and after in named and after not in own) or _initials_of(
                    after, own):
                return True
        if len(w) >= 7 and w not in COUNCILLORS and any(
                o[:6] == w[:6] and len(o) >= 6 and o in heads | _BODIES for o in own):
            return True  # "diocesan" for "diocese"; not "councillor" for "council" (round 38)
        if w in named and _short_form(w, party):
            return True  # "Juru bicara Kemensos" for Kementerian Sosial
        if w in capitals and _initials_of(w, own):
            return True  # "Ketua FSBG Jawa Tengah", "FA chief executive"
        if len(own) == 1 and _demonym(w, own[0]):
            return True  # "Indian army spokesman" for India
        if len(own) >= 2 and w == (own[0] if lex.head_first else own[-1]) and w not in named:
            return True  # "Juru bicara paguyuban", "the union's president": its head noun
    company = any(w in lex.company_markers for w in own)
    return bool(lex.company_noun) and company and lex.company_noun in words


def _unattached_voice(window: list[str], text: str, lex: Lexicon) -> bool:
    """The words beside a speaker call them a spokesperson or counsel ("spokesperson",
    "juru bicara", "kuasa hukum") and name no body, by its noun or its capitalised name
    ("United Nations spokesman" is attached): whose voice, the sentence before says."""
    voice = find(_counsel(lex.language), window)
    if not voice:
        return False
    own = {k for s_, e in voice for k in range(s_, e)}
    named = _capitalised(text)
    if _whose(window, voice, text, lex):
        return False
    return not any(w in lex.org_heads or w in lex.government_heads
                   or (k not in own and w in named) for k, w in enumerate(window))


def _whose(window: list[str], voice: list[tuple[int, int]], text: str, lex: Lexicon) -> bool:
    """The voice is someone's, by a common noun: "Kuasa hukum pasien", "juru bicara
    keluarga" (Indonesian: the noun right after it), "the patient's lawyer", "a lawyer for
    the family" (English: a possessive before it, a noun after "for"). Whose voice it is
    is then that noun's party, not the speaker before's."""
    s, e = voice[0]
    after = [w for w in window[e:e + 3] if w not in _JOINING and w not in _DETERMINERS_REF]
    if lex.head_first:
        return bool(window[e:e + 1]) and window[e] not in _JOINING and len(window[e]) > 3 \
            and window[e] not in lex.titles and not window[e].endswith(_NYA)
    if e < len(window) and window[e] == "for" and after and len(after[0]) > 3:
        return True
    return bool(_owned_voice(" ".join(window[s:e])).search(text))


@lru_cache(maxsize=512)
def _owned_voice(voiced: str) -> re.Pattern:
    """A possessive before the voice's words ("the patient's lawyer"), compiled once for
    each (the voices are the lexicon's few titles and spokespeople's words)."""
    return re.compile(rf"\w's\s+(?:\w+\s+)?{re.escape(voiced)}\b", re.IGNORECASE)


_BODIES = frozenset({"diocese", "prosecution", "keuskupan", "kejaksaan"})


_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish")


def _demonym(word: str, name: str) -> bool:
    """The adjective of a one-word place name, by its endings ("indian" for india,
    "pakistani" for pakistan, "chinese" for china, "ukrainian" for ukraine)."""
    if len(name) < 4 or word == name:
        return False
    for stem in (name, name[:-1]):
        rest = word[len(stem):] if word.startswith(stem) else None
        if rest in _DEMONYM_ENDINGS:
            return True
    return False


@lru_cache(maxsize=2048)
def _capitalised(text: str) -> frozenset[str]:
    """The capitalised words of a sentence, casefolded, a possessive's 's left off
    ("Northgate's farm manager": northgate)."""
    return frozenset(w.strip(".,;:()\"'“”‘’").casefold().removesuffix("'s").removesuffix("’s")
                     for w in text.split() if w[:1].isupper())


def _initials_of(short: str, words: list[str]) -> bool:
    """``short`` is the initials of consecutive words of a name ("pu": Pekerjaan Umum)."""
    n = len(short)
    return 2 <= n <= 5 and any("".join(w[:1] for w in words[i:i + n]) == short
                               for i in range(len(words) - n + 1))


def same_body(short: str, full: str, language: str = "id") -> bool:
    """One body under a shorter form of its name: each word of the short form is the next
    word of the full one or the initials of the next words, region words of the full name
    skipped, its tail dropped ("dinas pu garut", "dinas pu" for "dinas pekerjaan umum
    kabupaten garut")."""
    regions = set(_regions("id")) | set(_regions("en"))
    for a, b in ((short.split(), full.split()), (full.split(), short.split())):
        if len(a) < 2 or len(a) >= len(b):
            continue
        i = 0
        for w in a:
            while i < len(b) and b[i] in regions and b[i] != w:
                i += 1
            if i < len(b) and b[i] == w:
                i += 1
            elif 2 <= len(w) <= 5 and "".join(x[:1] for x in b[i:i + len(w)]) == w:
                i += len(w)
            else:
                break
        else:
            return True  # the rest of the full name dropped: "Dinas PU" for the whole
    return False


@lru_cache(maxsize=8)
def _counsel(language: str) -> dict[tuple[str, ...], float]:
    return _phrases(cue_file(language).get("label10_counsel", {}).get("phrases", []))


@lru_cache(maxsize=8)
def _spent(language: str) -> dict[tuple[str, ...], float]:
    return _phrases(cue_file(language).get("filed10_spent", {}).get("phrases", []))


@lru_cache(maxsize=8)
def _regions(language: str) -> tuple[str, ...]:
    return tuple(cue_file(language).get("label10_region_words", {}).get("words", ()))


def _own_word(party: str, window: tuple[list[str], str], others, lex: Lexicon) -> bool:
    """The first word of the party's own name, capitalised beside the speaker, that no
    other party of the dispute shares ("Harwick chief executive", "Direktur Garuda Semen",
    "CEO Persiraja" for Harwick Lending Ltd, PT Garuda Semen Nusantara, Persiraja Banda
    Aceh): the word that tells a body from others. Not when the name begins with an office's
    head noun ("Kementerian Kesehatan": "Dinas Kesehatan" is another body), a title or a
    place, nor a word another party's name has ("Korea" is both Koreas')."""
    words, text = window
    if not words:
        return False
    own = [w for w in party.split() if w not in lex.company_markers]
    first = own[0] if own else ""
    common = made_once(lex, "dispute.own_word", lambda lex: lex.org_heads | (
        lex.government_heads | lex.places | lex.titles | _JOINING))
    if len(first) < 3 or first in common or any(
            first in other.split() for other in others if other != party):
        return False
    named = _capitalised(text)
    return first in words and first in named


HELD_REACH = 8  # words after an accusation's cue where the party it names stands
# the prepositions that may stand before the party an act is aimed at ("denda kepada
# Persikota", "a fine on Harwick"); any other ("dalam laga melawan Persija", "di babak 16
# besar Piala Soeratin") places the name in a scene, not in the dock
_RECIPIENT = frozenset({"kepada", "terhadap", "pada", "to", "on", "against", "of"})


_ACCUSATIONS: dict[tuple, tuple] = {}


def _accusation_read(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon
                     ) -> tuple[tuple[str, ...], bool, frozenset[str], frozenset[str]]:
    """What an accusation tells of its parties, remembered (each key reads the sentences
    before it again): the parties it holds responsible (in apposition too), whether its
    speaker is the one in the dock, the nouns it calls the accused by, its subject's
    nouns."""
    key = (text, tuple(names), speaker, id(lex), lex.language)
    found = _ACCUSATIONS.get(key)
    if found is None:
        if len(_ACCUSATIONS) >= 2048:
            _ACCUSATIONS.clear()
        party = held_responsible(text, names, speaker, lex) or filed_against(
            text, names, speaker, lex) or doer(text, names, speaker, lex) or in_the_frame(
            text, names, speaker, lex)
        dock = in_the_dock(text, speaker, lex)
        if dock:
            party = speaker
        parties = (party, *[a for a in beside_in_apposition(text, party, names)
                            if _key(a) != _key(speaker)]) if party else ()
        found = _ACCUSATIONS[key] = (parties, dock, frozenset(accused_nouns(text, lex)),
                                     frozenset(subject_nouns(text, lex)))
    return found


def held_responsible(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon
                     ) -> str | None:
    """The party an accusation holds responsible: the first name standing just after its
    cue ("menuding PT Sinar mencemari", "accused the Diocese of Eastbrook of"), else, for a
    passive ("Northgate was accused of", "PT Sinar dituduh"), the last name before it; never
    the speaker."""
    words = words_of(text)
    cues = _accusing_at(text, lex)
    if not cues:
        return None
    return _party_at(words, cues[0], names, speaker, lex)


DOER_GAP = 3  # words between a wrong's doer and the act ("PT X diam-diam membuang")


def doer(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon) -> str | None:
    """The party an accusation without a cue holds responsible: the doer of the wrongful
    act it states (twelfth round), the name standing just before the act as its subject
    ("said Tarrow Chemicals dumped untreated waste", "PT Kimia Jaya membuang limbah tanpa
    diolah") or after "by"/"oleh" right after it ("dibuang oleh PT Kimia Jaya"); never the
    speaker. The reply of the party so held responsible is then the accused side's."""
    tokens, words = reading_words(normalise(text))
    spots = [(s, e) for s, e in find(lex.wrongdoing, words)]
    done = taken.deed_at(lex, tokens, words)  # (deeds.py with who does what to whose)
    if done:
        spots.append((done[0], done[0] + len(done[1].split())))
    placed = []
    for name in names:
        own = words_of(name)
        if not own or _key(name) == _key(speaker):
            continue
        placed += [(k, k + len(own), name) for k in range(len(words) - len(own) + 1)
                   if words[k:k + len(own)] == own]
    for s, e in sorted(spots):
        passive = words[s].startswith(("di", "ter")) if lex.head_first else any(
            w in lex.passive_auxiliaries for w in words[max(0, s - 2):s])
        before = [(b, name) for a, b, name in placed if b <= s and s - b <= DOER_GAP
                  and all(w in _AUXILIARY or w in _DETERMINERS_REF for w in words[b:s])]
        if before and not passive:  # (the name before a passive is the one it was done to)
            return max(before)[1]
        by = [k for k in range(e, min(len(words), e + DOER_GAP)) if words[k] in lex.passive_by]
        after = [(a, name) for a, _, name in placed if by and by[0] < a <= by[0] + 2]
        if after:
            return min(after)[1]
    return None


def doer_noun(text: str, lex: Lexicon) -> set[str]:
    """_doer_noun, remembered (each key reads the sentences before it again)."""
    key = (text, id(lex), lex.language)
    if key not in _DOER_NOUNS:
        if len(_DOER_NOUNS) >= 2048:
            _DOER_NOUNS.clear()
        _DOER_NOUNS[key] = frozenset(_doer_noun(text, lex))
    return set(_DOER_NOUNS[key])


_DOER_NOUNS: dict[tuple, frozenset[str]] = {}


def _doer_noun(text: str, lex: Lexicon) -> set[str]:
    """The body a wrongful act is told of by its common noun, with no name ("said the
    ministry had ignored its own rules", "perusahaan itu membuang limbah", "pihak sekolah
    memungut"): the noun standing just before the act, after "the" or before "itu" /
    "tersebut" or after "pihak", a body's noun (held.py). The party it describes."""
    tokens, words = reading_words(normalise(text))
    spots = [s for s, _ in find(lex.wrongdoing, words)]
    done = taken.deed_at(lex, tokens, words)
    if done:
        spots.append(done[0])
    bodies = lex.org_heads | lex.government_heads | body_nouns(lex.language)
    for s in sorted(spots):
        k = s - 1
        while k >= 0 and s - k <= DOER_GAP and (words[k] in _AUXILIARY
                                                or words[k] in ("itu", "tersebut")):
            k -= 1
        if k < 0 or words[k] not in bodies or not tokens[k].group()[:1].islower():
            continue
        if lex.head_first:
            pointed = words[k + 1:k + 2] in (["itu"], ["tersebut"]) or (
                k > 0 and words[k - 1] == "pihak")
        else:
            pointed = k > 0 and words[k - 1] in ("the", "its", "their")
        if pointed:
            return {words[k]}
    return set()


def filed_against(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon
                  ) -> str | None:
    """The party a filed complaint, police report or lawsuit names (filings.py): the
    first name after the active verb ("melaporkan Kepala Desa Cibodas, Sutarman, ke
    Polres", "filed a complaint against Greenfield Academy"), else, for a passive
    ("Sutarman dilaporkan warga", "Dunn was sued by"), the last name before it."""
    words = words_of(text)
    for s, e, passive in filing_at(lex, words):
        party = _party_at(words, s, names, speaker, lex, passive, e - 1)
        if party is not None:
            return party
    return None


def _party_at(words: list[str], at: int, names: tuple[str, ...], speaker: str | None,
              lex: Lexicon, passive: bool | None = None, last: int | None = None
              ) -> str | None:
    """The name an accusing or filing verb at ``at`` (its last word at ``last``) names:
    after it, else before a passive one (``passive``, else read from the verb's form)."""
    last = at if last is None else last
    placed = []
    for name in names:
        if _key(name) == _key(speaker):
            continue
        own = words_of(name)
        for k in range(len(words) - len(own) + 1):
            if own and words[k:k + len(own)] == own:
                placed.append((k, name))
                if k > last:
                    break  # "warga Desa Cibodas melaporkan Kepala Desa Cibodas": both
    after = [(k, n) for k, n in sorted(placed) if last < k <= last + HELD_REACH
             and not any(w in lex.prepositions and w not in _RECIPIENT
                         for w in words[last + 1:k])]
    if after and not passive:
        return after[0][1]
    before = [(k, n) for k, n in sorted(placed) if k < at]
    if passive is None:
        passive = at > 0 and (words[at - 1] in lex.passive_auxiliaries
                              or words[at].startswith("di"))
    return before[-1][1] if before and passive else None


ACCUSED_REACH = 4  # words after an accusation's cue where the accused's own nouns stand
_VERB_PREFIXES = ("me", "di", "ber", "ter")  # "menuduh pengelola pasar memungut": the verb


def accused_nouns(text: str, lex: Lexicon) -> set[str]:
    """The common nouns the accusation calls the accused by, written in lower case right
    after its first cue ("accused the head teacher, Mark Dunn, of", "menuduh pengelola pasar
    memungut"): up to a comma, "of", a name or (Indonesian) the next verb; determiners,
    pronouns and short words left out; the phrase's head noun only."""
    text = normalise(text)
    tokens, words = reading_words(text)
    cues = [s for s, _ in find(lex.accusation, words)]
    if not cues:
        return set()
    found = []
    for k in range(cues[0] + 1, min(len(words), cues[0] + 1 + ACCUSED_REACH)):
        raw, word = tokens[k].group(), words[k]
        if word in ("of", "for", "that", "bahwa", "atas") or not raw[:1].islower() or (
                lex.head_first and word.startswith(_VERB_PREFIXES) and len(word) > 5):
            break
        if len(word) > 3 and word not in _DETERMINERS_REF and word not in lex.pronouns \
                and word not in lex.prepositions:
            found.append(_stem(word))
        if text[tokens[k].end():tokens[k].end() + 1] in ",;:":
            break
    # the phrase's head noun: "head teacher" -> teacher, "pengelola pasar" -> pengelola
    return {found[0] if lex.head_first else found[-1]} if found else set()


_AGENT = frozenset({"by", "oleh"})
_AUXILIARY = frozenset({"had", "has", "have", "was", "were", "also", "then", "sudah", "telah",
                        "juga", "masih", "sempat", "pernah", "sengaja", "diam-diam", "itu",
                        "tersebut", "routinely", "repeatedly", "deliberately", "secretly",
                        "terus", "hanya", "tetap", "justru", "malah", "bahkan", "kerap",
                        "sering", "selalu", "still", "only", "even", "never", "often",
                        "always", "simply", "just", "tidak", "tak", "belum", "not",
                        "did", "been"})
_FUTURE = frozenset({"will", "would", "akan", "plans", "berencana", "could", "may", "might",
                     "bisa", "dapat", "should", "harus"})
_PAST_IRREGULAR = frozenset({"kept", "took", "sent", "spent", "made", "left", "paid", "gave",
                             "put", "told", "let", "hid", "sold", "cut", "moved", "ran",
                             "built", "dumped", "charged", "forced", "ignored", "refused"})


def _acts(word: str, lex: Lexicon) -> bool:
    """A verb of action, by its form: Indonesian me-/di- ("menarik", "membuang",
    "ditarik"), English past ("spent", "moved", "had kept"); a speech verb is not one."""
    if lex.head_first:
        return word.startswith(("me", "di")) and len(word) > 4
    return word in _PAST_IRREGULAR or (word.endswith("ed") and len(word) > 4)


_DETERMINERS_REF = frozenset({"the", "their", "its", "this", "that", "those", "these", "itu",
                              "ini", "tersebut", "para", "sejumlah", "seorang"})


# after the party's name: the rest of its name only, a comma, the name set beside it, a comma
_REST_THEN_NAME = re.compile(r"(?:\s+[A-Z0-9][\w'.-]*){0,4},\s+((?:[A-Z][\w'.-]+\s?){1,4}),")


def beside_in_apposition(text: str, party: str, names: tuple[str, ...]) -> list[str]:
    """The names set in apposition to the party held responsible ("menuding Kepala SD
    Negeri 3, Darto, menahan", "accused the club's owner, Sam Hale, of"): the same party in
    the dock, by another name."""
    found = [n for n in names if n != party and (f"{party}, {n}" in text
                                                  or f"{n}, {party}" in text)]
    after = None if absent(party, text) else search_after(party, _REST_THEN_NAME, text)
    if after and after.group(1).strip() not in found:
        found.append(after.group(1).strip())  # "Kepala SD Negeri 3 Cimahi, Darto,"
    return found


def in_the_dock(text: str, speaker: str | None, lex: Lexicon) -> bool:
    """The speaker is the subject of the sentence's passive accusation or enforcement
    ("Persikota juga dihukum", "Harwick was fined"): the one accused, not the accuser,
    whatever the speaker's reading said. A word of its name (not its company marker)
    before the passive cue is enough: a later sentence shortens the name."""
    own = {w for w in words_of(speaker or "") if len(w) > 3 and w not in lex.company_markers
           and w not in lex.org_heads and w not in lex.places}
    if not own:
        return False
    tokens, words = reading_words(normalise(text))
    cues = _accusing_at(text, lex)
    if not cues:
        # "Mark Dunn was reported to the police by residents", "Sutarman dilaporkan warga"
        return any(passive and any(w in own for w in words[:at])
                   and not _another_in_dock(tokens, words, at, e, speaker, lex)
                   for at, e, passive in filing_at(lex, words))
    at = cues[0]
    passive = any(w in lex.passive_auxiliaries for w in words[max(0, at - 2):at]) \
        or words[at].startswith("di")  # "was also fined", "juga dihukum"
    return passive and any(w in own for w in words[:at]) and not _another_in_dock(
        tokens, words, at, at + 1, speaker, lex)


def _another_in_dock(tokens, words: list[str], at: int, end: int, speaker: str | None,
                     lex: Lexicon) -> bool:
    """Another party stands in the passive's dock (other_in_dock.py, thirty-fourth round):
    the speaker's words before it name another party ("The University of Hallam Vale" for
    the Hallam Vale Students' Union), or the speaker is its agent ("accused by its
    students' union"), or it reports the charge of another it names ("The AIU said Marlow
    had been charged"; thirty-ninth round)."""
    if lex.language != "en" or not speaker:
        return False
    return another_party_named(tokens, words, at, speaker, lex) or agent_is_speaker(
        words, end, speaker, lex) or reported_of_another(tokens, words, at, speaker, lex)


_ALLEGES: dict[tuple, bool] = {}


def _own_role(text: str, lex: Lexicon) -> str:
    """The role the sentence's own words propose (read_label), remembered by the text: the
    engine's reading of the sentence, read once for both."""
    return remembered_label(text, lex).role


def _alleges(speaker: str | None, text: str, lex: Lexicon) -> bool:
    """The sentence's own words make an allegation (its reading's role is an accusation)
    and its speaker is not the one it holds responsible nor the one in its dock: the
    speaker of the article's first allegation is on the accusing side, remembered."""
    key = (speaker, text, id(lex), lex.language)
    found = _ALLEGES.get(key)
    if found is None:
        if len(_ALLEGES) >= 2048:
            _ALLEGES.clear()
        found = _own_role(text, lex) == ACCUSATION and not in_the_dock(
            text, speaker, lex)
        if found:
            parties = _accusation_read(text, capitalised_runs(text), speaker, lex)[0]
            found = not any(_key(p) == _key(speaker) or part_of(speaker or "", p)
                            for p in parties)
        _ALLEGES[key] = found
    return found


def _accusing_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Where the sentence's accusation and enforcement cues stand: (start, end)."""
    tokens, words = reading_words(normalise(text))
    return sorted(find(lex.accusation, words)
                  + enforcement(lex, tokens, words, lex.enforcement_more))


@lru_cache(maxsize=8192)
def _short_form(short: str, full: str) -> bool:
    """A body's name shortened as Indonesian news shortens it, from the first letters of
    its words run together ("kemensos" for "kementerian sosial", "sulsel" for "sulawesi
    selatan"): at least two words' beginnings of two letters or more, joining words
    skipped; not a word of the name itself ("griya" is not "griy-a" of "griya asri")."""
    words = [w for w in full.split() if w not in _JOINING]
    if " " in short or len(short) < 4 or any(w.startswith(short) for w in words):
        return False

    def fits(rest: str, i: int, parts: int) -> bool:
        if not rest:
            return parts >= 2
        if i >= len(words):
            return False
        w = words[i]
        return any(rest[:n] == w[:n] and fits(rest[n:], i + 1, parts + 1)
                   for n in range(min(len(w), len(rest)), 1, -1))  # two letters or more

    return any(fits(short, i, 0) for i in range(len(words)))


def _accusing_at(text: str, lex: Lexicon) -> list[int]:
    """Where the sentence's accusation or enforcement cues stand."""
    return sorted([s for s, _ in find(lex.accusation, words_of(text))] + _enforcing(text, lex))


def _enforcing(text: str, lex: Lexicon) -> list[int]:
    """Where enforcement names its party ("fined Harwick Lending", "mendenda PT Tirta",
    "Persiraja dihukum"): the body that fines holds the one fined responsible, as an
    accusation's cue does (the guidelines: enforcement naming a party is an accusation)."""
    tokens, words = reading_words(normalise(text))
    return [s for s, _ in enforcement(lex, tokens, words, lex.enforcement_more)]


def _remedy(text: str, lex: Lexicon) -> str | None:
    """What the accused side says it has done or does about the matter, not against the
    allegation: co-operating, hiring, installing, pausing, compensating ("has co-operated
    with inspectors", "memasang kamera pengawas"). The guidelines: a fact that does not bear
    on the allegation is a claim."""
    words = words_of(text)
    spent = [s for s, _ in find(_spent(lex.language), words)]
    for s, e in find(lex.remedies, words):
        if spent and min(spent) < s:
            continue  # "dana itu dipakai untuk memperbaiki jalan": the money explained away
        if not any(w in lex.negations for w in words[max(0, s - 2):s]):
            return " ".join(words[s:e])
    return None


def _reply(text: str, lex: Lexicon) -> str | None:
    """Words saying the sentence answers the accusation: "Menanggapi tudingan itu", "saat
    dikonfirmasi", "In response", "countered". Not when it declines to answer."""
    words = words_of(text)
    if find(lex.no_comment, words):
        return None
    found = find(lex.reply_markers, words)
    return " ".join(words[found[0][0]:found[0][1]]) if found else None


def _rebuttal(text: str, lex: Lexicon) -> str | None:
    """The first word or phrase that negates or limits what is said ("not", "hanya")."""
    words = words_of(text)
    if find(lex.no_comment, words):
        return None  # declining to comment denies nothing
    intensifying = {i for s, e in find(lex.not_rebuttal, words) for i in range(s, e)}
    found = [(s, e) for s, e in find(lex.rebuttal, words) if s not in intensifying
             and not (words[s] in lex.negations and negated_duty(lex, words, s))
             # a bare negation that negates no wrong, or what was owed (lacking.py)
             and not (bare_negation(lex, words, (s, e)) and (
                 not negates_the_wrong(lex, words, e) or lacks(lex, words, e))
                 and not own_negated(lex, words, s, e))  # "none of its vessels had"
             and not how_often(lex, words, s)  # "every ten seconds" (frequency.py)
             and not limits_a_figure(words, s, e, lex.language)  # "hanya sembilan"
             and not modal_negation(words, s, e, lex)  # "tidak akan", "no longer"
             and not in_relative_clause(lex, words, s)  # "breaks that never happened"
             and not _restriction(lex.language, words, s, e)  # "could only be bought"
             and not _permitted_only(lex.language, words, s, e)]  # "allows ... only between"
    return " ".join(words[found[0][0]:found[0][1]]) if found else None


@lru_cache(maxsize=8)
def _restrictions(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("rebuttal35_restriction", {})
    return (frozenset(raw.get("words", ())), frozenset(raw.get("modals", ())),
            frozenset(raw.get("after", ())))


def _restriction(language: str, words: list[str], s: int, e: int) -> bool:
    """A limiting word that states a rule's restriction, not a reply that plays the wrong
    down: a modal, the word, then a passive ("all items ... could only be bought from
    Elite Schoolwear", "tickets can only be used on the day"): what may be done at all, the
    rule itself (round 35; data ``rebuttal35_restriction``)."""
    only, modals, after = _restrictions(language)
    return (e - s == 1 and words[s] in only and s > 0 and words[s - 1] in modals
            and e < len(words) and words[e] in after)


@lru_cache(maxsize=8)
def _permissions(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    raw = cue_file(language).get("rebuttal35_restriction", {})
    return (frozenset(raw.get("permissions", ())), frozenset(raw.get("passive", ())),
            frozenset(raw.get("rules", ())), int(raw.get("reach", 0)))


def _permitted_only(language: str, words: list[str], s: int, e: int) -> bool:
    """A limiting word that limits what a rule permits, not a reply that plays the wrong
    down: a verb of permitting in the passive ("overflows are only permitted during heavy
    rain", "is allowed only between") or after a rule's noun ("the planning permission
    allows detonations only between 10am and 4pm", "the licence permits deliveries only
    after 7am"), a few words before the word or right after it (thirty-ninth round, t39b5;
    data ``rebuttal35_restriction``). A party's own act stays a reply ("said it allowed
    blasting only between 10am and 4pm": no rule's noun, no passive)."""
    only = _restrictions(language)[0]
    permits, passive, rules, reach = _permissions(language)
    if e - s != 1 or words[s] not in only or not permits:
        return False
    if s > 0 and words[s - 1] in passive and e < len(words) and words[e] in permits:
        return True  # "are only permitted"
    return any(words[k] in permits and (words[k - 1] in passive or not rules.isdisjoint(
        words[max(0, k - 2):k])) for k in range(max(1, s - reach), s))


def _another_wrong(text: str, cue: str | None, lex: Lexicon) -> str | None:
    """A wrongful act named after the blame's cue: the blame alleges a wrong of its own."""
    words = words_of(text)
    own = (cue or "").split()
    at = next((k for k in range(len(words)) if words[k:k + len(own)] == own), 0)
    after = words[at + len(own):]
    manner = _manner(lex.language)
    for s, e in find(lex.wrongdoing, after):
        if not any(w in lex.negations for w in after[max(0, s - 2):s]) \
                and " ".join(after[s:e]) not in manner:
            # (not "menuding tim lawan sengaja menempelkan stiker itu": the blamed act
            # called deliberate is no wrong of its own, round 29)
            return " ".join(after[s:e])
    return wrong_stated(" ".join(after), lex, after)


@lru_cache(maxsize=8)
def _manner(language: str) -> frozenset[str]:
    """The reported wrongdoing's words that only tell an act's manner ("sengaja",
    "deliberately"; data ``wrongs29_manner``)."""
    return frozenset(cue_file(language).get("wrongs29_manner", {}).get("words", ()))


def _cause(text: str, lex: Lexicon) -> str | None:
    """A cause named ("berasal dari", "caused by"), not negated ("bukan karena")."""
    words = words_of(text)
    for s, e in find(lex.explains, words):
        if words[s] not in lex.negations and not any(
                w in lex.negations for w in words[max(0, s - 2):s]) and not any(
                w in lex.statement_nouns for w in words[max(0, s - 3):s]):
            # (not "temuan itu berasal dari pencocokan data", "the figures came from":
            # where the accuser's own evidence comes from, not the wrong's cause)
            return " ".join(words[s:e])
    return None


def _by_default(reading: LabelReading) -> bool:
    """The rules read reported speech or a quotation and nothing more: no cue decided."""
    return reading.role == CLAIM and (reading.reason.startswith("reported speech")
                                      or reading.reason in ("a quotation",)
                                      or reading.reason.startswith("the wrong stated"))


def _bystander(speaker: str | None, text: str, lex: Lexicon) -> bool:
    """The words beside the speaker's name place them outside the dispute: a researcher,
    an analyst ("Peneliti IPB, Rina Lestari")."""
    return bool(described_as(beside(speaker, text, lex)[0], families(lex.language).bystanders))


def _bare_negation(reading: LabelReading, lex: Lexicon) -> bool:
    """A denial read from a negation alone ("never", "tidak pernah"), not a rejection."""
    return reading.role == DENIAL and bool(reading.cue) and reading.reason.startswith(
        "cue ") and all(w in lex.negations or w in ("pernah", "ever")
                        for w in reading.cue.split())


def _duty_denied(reading: LabelReading, text: str, lex: Lexicon) -> LabelReading:
    """A denial read from a bare negation ("never", "tidak pernah") that negates a duty
    ("were never paid", "tidak pernah diberi tahu"): the wrong stated, not a denial."""
    if not _bare_negation(reading, lex):
        return reading
    cue = reading.cue.split()
    words = words_of(text)
    for k in range(len(words) - len(cue) + 1):
        if words[k:k + len(cue)] == cue and negated_duty(lex, words, k) and \
                not taken.own_instruction(lex, words, k):
            return LabelReading(CLAIM, reading.cue, f"the wrong stated, not denied: "
                                f"'{reading.cue}' negates what was owed", 0.7,
                                reading.hedges)
    return reading


LACK_REACH = 4  # words after a negation of what was owed where the wrong itself may stand


def _lacking_replied(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
                     text: str, lex: Lexicon) -> LabelReading:
    """A negation of what was owed or received ("we never got a refund", "tidak ada
    kuitansi": lacking.py), which the reading did not count as a denial, is the denial
    its cue made before from the accused side (its party, whoever speaks for it, one that
    denied before: "We never received a single complaint") or where it negates the wrong
    itself ("never received any payment from the contractor"). From anyone else it presses
    the allegation or tells a fact: the reading stands."""
    if not reading.lacking or dispute is None:
        return reading
    cue = reading.lacking.split()
    words = words_of(text)
    ends = [k + len(cue) for k in range(len(words) - len(cue) + 1)
            if words[k:k + len(cue)] == cue]
    fam = families(lex.language)
    # the wrong, or one's part in it (not an occurrence: "tidak pernah ada sosialisasi"
    # tells of what never came)
    wrong = any(find(phrases, words[e:e + LACK_REACH]) for e in ends for phrases in (
        fam.wrongful, fam.involvement, lex.wrongdoing, lex.accusation))
    accused = bool(speaker) and (_key(speaker) in dispute.deniers or dispute.side(
        speaker, text, lex, loose=False)[0] == "accused")
    if not (wrong or accused):
        return reading
    strength = lex.denial.get(tuple(cue)) or lex.quoted_denial.get(tuple(cue), CONTINUED)
    return LabelReading(DENIAL, reading.lacking, f"cue '{reading.lacking}'", strength,
                        reading.hedges)


def _own_words(text: str) -> bool:
    """The sentence opens with a quotation: the speaker's own words."""
    return text.lstrip()[:1] in "\"“”'‘"


def _inside_quotation(reading: LabelReading, dispute: Dispute | None, text: str,
                      lex: Lexicon) -> LabelReading | None:
    """A sentence inside a quotation that an accuser or the accused side began (the
    sentence before was theirs, the quotation is still open) is theirs: the accused side
    goes on replying, the accuser goes on in its own words. Only when its own words decide
    nothing (no speech verb, or reported speech and nothing more)."""
    if dispute is None or not dispute.accused or reading.negated or _own_words(text) or not (
            reading.reason == "no speech verb" or _by_default(reading)):
        return None
    if not quote_open(dispute.seen) or _remedy(text, lex):
        return None
    if dispute.last_role == DENIAL and dispute.last_denier:
        who = dispute.deniers.get(dispute.last_denier, dispute.last_denier)
        return LabelReading(DENIAL, reading.cue, f"the accused side replies: {QUOTED} "
                            f"{who} began ({reading.reason})", CONTINUED, reading.hedges)
    if dispute.last_role == ACCUSATION and dispute.last_accuser:
        who = dispute.accusers.get(dispute.last_accuser, dispute.last_accuser)
        return LabelReading(ACCUSATION, reading.cue, f"the accuser goes on: {QUOTED} {who} "
                            f"began ({reading.reason})", CONTINUED, reading.hedges)
    return None


def charged_reply(text: str, speaker: str | None, lex: Lexicon) -> str | None:
    """The speaker's reply in a sentence that charges the speaker in a frame around it
    (charged.py), remembered (the sentences before are read again on each key)."""
    if not speaker:
        return None
    key = (text, speaker, id(lex), lex.language)
    if key not in _CHARGED:
        if len(_CHARGED) >= 2048:
            _CHARGED.clear()
        words = words_of(text)
        cues = _accusing_spans(text, lex) + [(s, e) for s, e, _ in filing_at(lex, words)]
        _CHARGED[key] = framed(text, speaker, lex, sorted(cues))
    return _CHARGED[key]


_CHARGED: dict[tuple, str | None] = {}


def _the_charged_reply(reading: LabelReading, speaker: str | None, text: str, lex: Lexicon
                       ) -> LabelReading | None:
    """A sentence that charges its own speaker in a frame and gives the speaker's reply
    ("Accused of polluting the Wey, Northgate Dairy said ...", "Sutarman, yang dilaporkan
    warga, mengatakan ..."): the main clause decides, read on its own as the accused side's
    reply (replies.py); an accusation it makes of its own stays the accusation read."""
    if reading.role != ACCUSATION or not speaker:
        return None
    reply = charged_reply(text, speaker, lex)
    if not reply:
        return None
    inner = read_label(reply, lex)
    frame = f"the sentence charges {speaker}: '{reading.cue}'"
    if inner.role == ACCUSATION:
        return None
    if inner.role != CLAIM or not _by_default(inner):
        return LabelReading(inner.role, inner.cue, f"the one charged replies: {inner.reason} "
                            f"({frame})", inner.strength, reading.hedges + inner.hedges)
    unrelated = _remedy(reply, lex) or replies.no_reply(reply, lex)
    if unrelated:
        return LabelReading(CLAIM, inner.cue, f"the one charged replies: {unrelated} "
                            f"({frame}; {inner.reason})", inner.strength,
                            reading.hedges + inner.hedges)
    return LabelReading(DENIAL, inner.cue, f"the accused side's reply to the allegation "
                        f"({frame}; {inner.reason})", replies.REPLIED,
                        reading.hedges + inner.hedges)


def _reply_denial(reading: LabelReading, words: str, why: str) -> LabelReading:
    """The accused side's reply read in ``words``: a denial that carries the sentence's own
    reason and hedges, its speaker continued ("why: 'words' (the rules' reason)")."""
    return LabelReading(DENIAL, words, f"{why}: '{words}' ({reading.reason})", CONTINUED,
                        reading.hedges)


def _lawful(reading: LabelReading, speaker: str | None, text: str, lex: Lexicon
            ) -> LabelReading | None:
    """Reported speech or a quotation calling the conduct in question lawful against a
    measure (lawful_conduct.py): the accused side's reply, a denial, wherever the speaker is
    placed (its words carry the reply); not a bystander's (a researcher's, an analyst's)."""
    if not _by_default(reading) or reading.negated or _bystander(speaker, text, lex):
        return None
    measure = lawful_conduct(text, lex)
    if not measure:
        return None
    return _reply_denial(reading, measure, "the conduct called lawful")


def _measure_called(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
                    text: str, lex: Lexicon) -> LabelReading | None:
    """Reported speech calling the measure taken in the case a wrong (measure_called.py:
    "called the duties 'typical protectionism'", "said the fine was unfair"): the penalised
    side's reply, a denial, though its words name a wrong; not from a speaker who accused
    before, nor a bystander, nor a sentence the rules read as a denial or context."""
    if reading.role not in (CLAIM, ACCUSATION) or reading.negated or not speaker \
            or _bystander(speaker, text, lex) \
            or (dispute is not None and _key(speaker) in dispute.accusers):
        return None
    if not reading.reason.startswith(("reported", "cue '", "a quotation")):
        return None
    measure = measure_called(text, lex)
    if not measure:
        return None
    return _reply_denial(reading, measure, "a penalty called a wrong")


def _another_cause(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
                   text: str, lex: Lexicon) -> LabelReading | None:
    """A reported wrong read inside a possible other cause the speaker offers
    (another_cause.py: "said an opened container could have been contaminated after
    purchase", "the substance came from contaminated beef"): the accused side's reply, a
    denial; not from a speaker who accused before or is placed on the accusing side, nor a
    bystander."""
    if reading.role != ACCUSATION or not reading.reported or reading.negated \
            or not reading.reason.startswith("reported wrongdoing") or not speaker \
            or _bystander(speaker, text, lex):
        return None
    if dispute is not None and (_key(speaker) in dispute.accusers
                                or dispute.accusing_side(speaker, text, lex)):
        return None
    offered = another_cause(text, reading.cue or "", lex)
    if not offered:
        return None
    return _reply_denial(reading, offered, "another cause offered")


def _relied(reading: LabelReading, speaker: str | None, dispute: Dispute | None, text: str,
            lex: Lexicon) -> LabelReading | None:
    """Reported speech that the speaker's side acted on what another supplied ("had relied
    on Forsyth's advice", "followed instructions from the exporter"; relied_on.py), after an
    allegation, from a named speaker not on the accusing side and no bystander: the accused
    side's explanation, a denial."""
    if dispute is None or not dispute.accused or not speaker or not _by_default(reading) \
            or reading.negated or _bystander(speaker, text, lex) \
            or dispute.accusing_side(speaker, text, lex):
        return None
    found = relied_on(text, lex.language)
    if not found:
        return None
    return _reply_denial(reading, found, "acted on what another supplied")


APPEAL_CONTEXTS = ("a promise or plan reported", "an appeal or a call")


def _appeal_argued(reading: LabelReading, text: str, lex: Lexicon) -> LabelReading | None:
    """A plan or an appeal read as context whose challenge is argued ("said it would
    appeal, arguing that ..."; appeal_argued.py): the grounds reject the decision or the
    allegation, a denial."""
    if reading.role != CONTEXT or not reading.reason.startswith(APPEAL_CONTEXTS):
        return None
    argued = appeal_argued(text, lex.language)
    if not argued:
        return None
    return _reply_denial(reading, argued, "the appeal argued")


def in_dispute(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
               text: str, lex: Lexicon) -> LabelReading:
    """The reading, or a denial or accusation continued or answered."""
    charged = _the_charged_reply(reading, speaker, text, lex)
    if charged is not None:
        return charged
    lawful = _lawful(reading, speaker, text, lex)
    if lawful is not None:
        return lawful  # "said its charges were within the limits the law allows"
    called = _measure_called(reading, speaker, dispute, text, lex)
    if called is not None:
        return called  # "called the duties 'typical protectionism'"
    offered = _another_cause(reading, speaker, dispute, text, lex)
    if offered is not None:
        return offered  # "said an opened container could have been contaminated"
    relied = _relied(reading, speaker, dispute, text, lex)
    if relied is not None:
        return relied  # "said he had relied on Forsyth's advice"
    argued = _appeal_argued(reading, text, lex)
    if argued is not None:
        return argued  # "said it would appeal, arguing that the delays were caused by ..."
    reading = _lacking_replied(reading, speaker, dispute, text, lex)
    reading = _duty_denied(reading, text, lex)
    if reading.role == CONTEXT and reading.reason == "no speech verb":
        admits = admitted_clause(text, lex)  # "Direktur X mengakui ada keterlambatan"
        if admits:
            reading = LabelReading(CLAIM, admits, f"reported speech '{admits}' (an admission "
                                   f"with its clause)", 0.7, reading.hedges)
    lodged = _lodged(reading, speaker, dispute, text, lex)
    if lodged is not None:
        return lodged  # "The union has sent its rosters to the Civil Aviation Authority"
    ordered = _ordered(reading, speaker, dispute, text, lex)
    if ordered is not None:
        return ordered  # "said managers told staff to fill in records for care not given"
    insider = _insider_press(reading, speaker, dispute, text, lex)
    if insider is not None:
        return insider  # "A former quality inspector ... has told the Herald that welds ..."
    named = _complaint_named(reading, speaker, dispute, text, lex)
    if named is not None:
        return named  # "Asosiasi agen pelayaran mempersoalkan tagihan jasa pemanduan"
    if dispute is not None and not speaker and dispute.accused and _by_default(reading) \
            and not any(_stem(w) in dispute.accusing_nouns or w in lex.unnamed
                        for w in words_of(text)[:4]):
        # (not "Warga mengklaim ... sudah membayar": the accusers' own noun, or a plural of
        # unnamed people, the public rather than the accused body)
        argued = defence(text, lex)
        if argued and not _remedy(text, lex):
            # "A hospital spokesperson said staffing met national guidelines": whoever it
            # is, it argues against the accusation in the accused side's terms
            return _reply_denial(reading, argued, "argues against the accusation")
    if dispute is not None and not speaker and dispute.accused and _by_default(reading) \
            and reading.reason != "a quotation":
        member = [w for w in words_of(text)[:4] if _stem(w) in dispute.accusing_nouns]
        acted = dispute.accused_acts(None, text, lex) if member else None
        if acted:
            # "Paguyuban pedagang menyebut pengelola menarik Rp 20.000": the accusers, not
            # named, tell what the accused did
            return LabelReading(ACCUSATION, acted, f"the accusing side says what the "
                                f"accused did: '{acted}' (one of the accusers, "
                                f"'{member[0]}'; {reading.reason})", CONTINUED,
                                reading.hedges)
    if dispute is not None and not reading.negated and (not speaker or speaker[1:].islower()) \
            and dispute.accused and _by_default(reading) and not _remedy(text, lex) \
            and not dispute.accusing_side(speaker, text, lex):
        party = dispute.counsel_for(text, lex)
        if party:
            # "The firm's lawyers said the agency had inspected the wrong site": whoever
            # speaks for the accused party, unnamed, answers for it
            return LabelReading(DENIAL, reading.cue, f"the accused side replies: its "
                                f"counsel or spokespeople speak for {party} "
                                f"({reading.reason})", CONTINUED, reading.hedges)
    inside = _inside_quotation(reading, dispute, text, lex)
    if inside is not None:
        return inside
    found = _enforcer_found(reading, speaker, dispute, text, lex)
    if found is not None:
        return found  # "The Environment Agency said Greystone had left waste uncovered"
    opening = _opening(reading, speaker, dispute, text, lex)
    if opening is not None:
        return opening  # "Tenants ... say Harwick council left them living with mould"
    if dispute is not None and not speaker:
        # "Sebanyak 37 pemilik lahan ... mengaku belum menerima ganti rugi": the
        # complainants, unnamed, tell the wrong done to them (complaint.py)
        told = unnamed_complainants(reading, text, lex, lambda: bool(
            defence(text, lex) or _remedy(text, lex)))
        if told is not None:
            return told
    if dispute is not None and not speaker:
        again = _named_again(reading, speaker, dispute, text, lex)
        if again is not None:
            return again  # the speaker named after the quotation, read later
    if dispute is None or not speaker:
        return reading
    unread = _unread_reply(reading, speaker, dispute, text, lex) or _opening_reply(
        reading, speaker, dispute, text, lex)
    if unread is not None:
        return unread
    if reading.negated:
        return reading
    if _bare_negation(reading, lex) and _bystander(speaker, text, lex):
        # "Peneliti IPB, Rina, mengatakan sungai itu tidak pernah diuji": a fact negated by
        # one outside the dispute is a claim
        return LabelReading(CLAIM, reading.cue, f"a fact negated by a bystander: "
                            f"'{reading.cue}'", 0.7, reading.hedges)
    if negation_only(reading, lex) and _key(speaker) not in dispute.deniers \
            and not dispute.accused_party(speaker) and relayed(reading.cue or "", text, lex) \
            and not rejects_a_statement(reading.cue or "", text, lex):
        # "Mendes said the branch manager told her the cancellation had 'never reached head
        # office'": the negation is what another told the speaker (relayed.py)
        reading = LabelReading(CLAIM, reading.cue, f"{STATED}: '{reading.cue}' is what "
                               f"another told the speaker", 0.7, reading.hedges)
    own = accusers_negation(reading, speaker, _key(speaker) in dispute.deniers, dispute, text,
                            lex)
    if own is not None:
        # "'The county took the money out of paychecks and never sent it on,' said the
        # union's president": the accusing side's own negation tells the wrong, it rejects
        # nothing (own_negation.py); its words are read on below as the accusing side's
        reading = own
    if reading.role == ACCUSATION and reading.reported and _key(speaker) not in \
            dispute.accusers and _key(speaker) not in dispute.deniers and dispute.accused:
        away = explained_away(text, lex) or next(
            (" ".join(words_of(text)[a:b]) for a, b in find(lex.explains, words_of(text))),
            None)
        party = (dispute.accused_party(speaker) or dispute.speaks_for(speaker, text, lex)) \
            if away else None
        if party:
            # "Kapolsek Medan Barat menyebut Andika meninggal akibat serangan jantung": the
            # accused side giving the cause; the harm it names is not a wrong it alleges
            return LabelReading(DENIAL, away, f"the accused side explains it away: "
                                f"'{away}' ({speaker} speaks for {party}; {reading.reason})",
                                CONTINUED, reading.hedges)
    if reading.role == ACCUSATION and reading.reported and _key(speaker) in dispute.deniers:
        # "It said Indian forces opened fire first": the party that denied turns the blame
        return LabelReading(DENIAL, reading.cue, f"{speaker} denied before and answers "
                            f"({reading.reason})", CONTINUED, reading.hedges)
    country = dispute.accused_party(speaker) if reading.role == ACCUSATION else None
    if country and reading.reported and reading.reason.startswith("reported wrongdoing") \
            and is_country(country, lex):
        # "China's commerce ministry said the EU had ignored evidence ... and called the
        # duties 'protectionism'": the country held answers by blaming its accuser
        return LabelReading(DENIAL, reading.cue, f"{country}, held responsible, answers "
                            f"with blame ({reading.reason})", CONTINUED, reading.hedges)
    if reading.role == ACCUSATION and reading.reported and reading.reason.startswith(
            "reported wrongdoing") and dispute.accused and _key(speaker) not in \
            dispute.accusers and replies.the_alleged_act(reading.cue or "", lex,
                                                         dispute.allegation_words):
        # "PT Kimia Jaya mengatakan limbahnya diolah ... sebelum dibuang": the accused side
        # telling the act alleged in its own account (as deeds.told_of_itself reads a deed)
        told = _replied(LabelReading(CLAIM, reading.cue, f"its own account of the act "
                                     f"alleged, '{reading.cue}'", reading.strength,
                                     reading.hedges), speaker, dispute, text, lex,
                        _remedy(text, lex), by_default=True)
        if told.role == DENIAL:
            return told
    if ((reading.role == ACCUSATION and reading.reason.startswith("cue '")
         or reading.role == CLAIM and reading.reason.startswith(cause_blamed.REASON))
            and _key(speaker) in dispute.deniers and _key(speaker) not in dispute.accusers
            and not _another_wrong(text, reading.cue, lex)):
        # "Vania juga menuding pasien tidak mematuhi anjuran perawatan": the accused side
        # blames another for what it is accused of (tuned-on sets: 4 of 5 so); blame that
        # names a wrongful act of its own ("accused provocateurs of looting shops") alleges
        # a different wrong: an accusation (the guidelines)
        return LabelReading(DENIAL, reading.cue, f"the accused side blames another: "
                            f"'{reading.cue}'", CONTINUED, reading.hedges)
    if reading.role != CLAIM or reading.reason.startswith("complaints received"):
        return reading  # a body saying it received complaints makes a claim, whoever it is
    if find(lex.appeals, words_of(text)):
        return reading  # "Beliau meminta masyarakat ...": an appeal goes on with no stance
    faulted = _faulted(reading, dispute, text, lex)
    if faulted is not None:
        return faulted  # "said the union's figure counted crew who had volunteered" (faulted.py)
    # one harmed, described so in the sentence, speaks as the accusing side (own_negation.py)
    accusing = dispute.accusing_side(speaker, text, lex) or harmed(reading) or (
        None if _key(speaker) in dispute.deniers else prosecutor_speaks(speaker, text, lex))
    # ("Tests ... found that every item was fake, prosecutor Amira Sethi said": the
    # prosecution's evidence, never a rebuttal; round 38, t38c4)
    wrong = wrong_stated(text, lex) if accusing and _by_default(reading) else None
    broken = _limit_broken(reading, speaker, accusing, dispute, text, lex) if not wrong \
        else None
    if broken is not None:
        return broken  # "said meters recorded 1,930 megalitres against a licensed allocation"
    if wrong:
        # "Paguyuban itu mengatakan setiap pedagang dipaksa membayar Rp50.000": the accusing
        # side names the wrong in its own words (the guidelines: the act named is enough)
        return LabelReading(ACCUSATION, wrong, f"the accusing side restates the wrong: "
                            f"'{wrong}' ({accusing}; {reading.reason})", CONTINUED,
                            reading.hedges)
    acted = dispute.accused_acts(speaker, text, lex) if accusing and _by_default(reading) \
        and reading.reason != "a quotation" else None
    if acted:
        # "The parents' group said the head teacher moved the money", "Paguyuban menyebut
        # pengelola menarik Rp 20.000": the accusing side tells what the accused did
        return LabelReading(ACCUSATION, acted, f"the accusing side says what the accused "
                            f"did: '{acted}' ({accusing}; {reading.reason})", CONTINUED,
                            reading.hedges)
    deliberate = excuse_denied(text, lex) if reading.role == CLAIM and not (
        _key(speaker) in dispute.deniers or dispute.accused_party(speaker)) else None
    if deliberate:
        # "This was not an accident", "Ini bukan sekadar salah ketik": the innocent
        # explanation rejected, the wrong called deliberate
        return LabelReading(ACCUSATION, deliberate, f"calls the wrong deliberate: "
                            f"'{deliberate}' ({reading.reason})", CONTINUED, reading.hedges)
    again = _named_again(reading, speaker, dispute, text, lex)
    if again is not None:
        return again
    caused = _cause(text, lex) if accusing and _by_default(reading) else None
    if caused:
        # "Kami yakin sumbernya dari kolam lindi", "the fish died because of the plant's
        # outflow": the accusing side lays the cause at the accused's door
        return LabelReading(ACCUSATION, caused, f"the accusing side names the cause: "
                            f"'{caused}' ({accusing}; {reading.reason})", CONTINUED,
                            reading.hedges)
    if _key(speaker) in dispute.accusers and _own_words(text):
        shown = evidence_quoted(text, lex)
        if shown:
            # "'Kami melihat sendiri asapnya,' tuturnya": the accuser's own words give its
            # evidence, what it saw or found: a claim (quoted_evidence.py, round 43)
            return LabelReading(CLAIM, shown, f"the accuser's own words give its evidence: "
                                f"'{shown}' ({reading.reason})", reading.strength,
                                reading.hedges)
        # the accuser goes on in its own words, right after or later: "'That was not Marcus
        # at the board,' Hale said." (paraphrased, it most often gives its evidence: a claim)
        return LabelReading(ACCUSATION, reading.cue, f"{speaker} accused before and goes on "
                            f"({reading.reason})", CONTINUED, reading.hedges)
    told = told_by_accuser(text, lex) if accusing and dispute.accused \
        and _by_default(reading) else None
    if told:
        # "'They sent me a bill for the exact stain,' she said": in the accusing side's own
        # words another party acts (quoted_actor.py)
        return LabelReading(ACCUSATION, told, f"the accusing side tells what the other "
                            f"party did: '{told}' ({accusing}; {reading.reason})", CONTINUED,
                            reading.hedges)
    suspected = suspicion(reading.cue, lex) if accusing and dispute.accused \
        and _by_default(reading) else None
    if suspected:
        # "Komang ... menduga anaknya dicubit pengasuh": the accusing side's suspicion
        # names the wrong (suspected.py)
        return LabelReading(ACCUSATION, suspected, f"the accusing side suspects a wrong: "
                            f"'{suspected}' ({accusing}; {reading.reason})", CONTINUED,
                            reading.hedges)
    told = None if _bystander(speaker, text, lex) else complainant_speaks(
        reading, text, lex, accusing, lambda: dispute.side(speaker, text, lex, loose=False))
    if told is not None:
        # "Kami ditekan menerima harga ...", "said the agency deducted £640": the
        # complaining side tells the wrong done to it (complaint.py)
        return told
    if accusing:
        # the accusing side's evidence or feeling: never its rebuttal
        return (_suffered(reading, speaker, dispute, text, lex) if _by_default(reading)
                else None) or reading
    remedy = _remedy(text, lex)
    if remedy and _key(speaker) in dispute.deniers and argued_beside(text, lex):
        remedy = None  # "Everything was done by the book, and I will co-operate fully with
        # any review": the argument bears on the allegation (remedy_beside.py, round 39)
    again = _key(speaker) in dispute.deniers and dispute.last_denier not in (
        _key(speaker), dispute.voices.get(_key(speaker)))  # its counsel goes on for it too
    figure = contrary_figure(text, lex) if again else None
    if _key(speaker) in dispute.deniers and not remedy and (not again or figure) and not (
            replies.no_reply(text, lex, dispute.allegation_words)) and not (
            _by_default(reading) and replies.with_others(text, lex)):
        # the accused side goes on answering: "Fadli menjelaskan harga itu sudah termasuk
        # ..."; later in the article only a contrary figure is a reply of itself ("the boat
        # carried 210 against a limit of 250"), its other facts are claims unless they
        # argue (below); tuned-on sets: a later sentence so 1 denial in 6
        went_on = "goes on" if not again else f"replies again with a figure: '{figure}'"
        return LabelReading(DENIAL, reading.cue, f"the accused side replies: {speaker} "
                            f"denied before and {went_on} ({reading.reason})", CONTINUED,
                            reading.hedges)
    figure = None if remedy or _key(speaker) in dispute.deniers or not dispute.accused \
        else contrary_figure(text, lex)
    if figure and dispute.on_accused_side(speaker, text, lex):
        # "The club's chief executive said the stand held 9,800, well under its licence":
        # whoever stands on the accused side (its officer, its lawyer, the party itself)
        # setting a figure against the accuser's, anywhere in the article
        return LabelReading(DENIAL, reading.cue, f"the accused side replies with a figure: "
                            f"'{figure}' ({speaker}: "
                            f"{dispute.side(speaker, text, lex, loose=False)[1]}; "
                            f"{reading.reason})", CONTINUED, reading.hedges)
    # a fact that cannot bear on it, an admission (replies.py): no reply by who speaks alone
    unrelated = remedy or replies.no_reply(text, lex, dispute.allegation_words) or (
        _by_default(reading) and replies.with_others(text, lex))
    accused = None if unrelated or _key(speaker) in dispute.deniers else \
        dispute.accused_party(speaker)  # (one that denied was read just above)
    if accused and dispute.accused:
        # "PT Sinar Plastik mengatakan limbahnya diolah": the party accused answers
        return LabelReading(DENIAL, reading.cue, f"the accused side replies: {speaker} "
                            f"was accused ({reading.reason})", CONTINUED, reading.hedges)
    party = None if unrelated else dispute.speaks_for(speaker, text, lex)
    if party:
        # "Juru bicara perusahaan, Kevin Tanoto, mengatakan penagihan dilakukan oleh mitra"
        return LabelReading(DENIAL, reading.cue, f"the accused side replies: {speaker} "
                            f"speaks for {party} ({reading.reason})", CONTINUED,
                            reading.hedges)
    replied = _reply(text, lex) if dispute.accused and not remedy else None
    if replied:
        # "Menanggapi tudingan itu, Kepala Dinas X mengatakan ...", "In response, the club
        # said ...": the sentence says it answers the accusation
        return _reply_denial(reading, replied, "a reply to the accusation")
    explained = [" ".join(words_of(text)[a:b]) for a, b in find(lex.explains, words_of(text))]
    if explained and _key(speaker) not in dispute.accusers and (
            dispute.accused_side(speaker) or dispute.on_accused_side(speaker, text, lex)):
        # "the river's colour comes from farm erosion": the accused side explains it away
        return LabelReading(DENIAL, explained[0], f"the accused side explains it away: "
                            f"'{explained[0]}' ({reading.reason})", CONTINUED, reading.hedges)
    away = explained_away(text, lex) if dispute.accused and not remedy else None
    if away and _key(speaker) not in dispute.accusers and (
            _key(speaker) in dispute.deniers or dispute.accused_party(speaker)
            or dispute.on_accused_side(speaker, text, lex)):
        # "Tarrow Water said the pipes cracked because the ground froze", "pipa itu milik
        # pabrik lain": later in the article too, the accused side gives another cause or
        # blames another party (explained.py)
        return _reply_denial(reading, away, "the accused side explains it away")
    argued = defence(text, lex) if dispute.accused and not remedy else None
    if argued and complainants_do(text, argued, dispute.accusing_nouns):
        argued = None  # "38 pedagang mengaku telah membayar": the accusers paid (complaint.py)
    if argued and not _bystander(speaker, text, lex):
        # "mengatakan perusahaan memiliki izin", "said the site held a valid permit", "said
        # he was in Manchester that day": the reply argues against it in its own terms
        return _reply_denial(reading, argued, "argues against the accusation")
    checked = _vetted_reply(reading, speaker, dispute, text, lex, remedy)
    if checked is not None:
        return checked  # "said its disclosures were reviewed by a trained team" (vetted.py)
    marker = _rebuttal(text, lex) if dispute.accused and not _bystander(
        speaker, text, lex) else None
    placed = dispute.side(speaker, text, lex, loose=False) if marker else None
    acted = dispute.accused_acts(speaker, text, lex) if placed and placed[0] == "accusing" \
        and dispute.last_role != DENIAL else None
    if acted:
        # "Tenant Grace Obi said Marrow Estates only replaced two of the eleven windows":
        # the accusing side's "only", "hanya", "bukan" narrows what the accused party did
        # (its act read), and answers no denial (one right before it is answered: a
        # denial, the guidelines). Without the party's act the rebuttal reading stands: the
        # side read here puts some of the accused side's officers on the accusing side
        return LabelReading(ACCUSATION, acted, f"the accusing side says what the accused "
                            f"did: '{acted}' ({placed[1]}; {reading.reason})", CONTINUED,
                            reading.hedges)
    suffered = _suffered(reading, speaker, dispute, text, lex, marker, placed)
    if suffered is not None:
        return suffered
    owned = own_negation_words(text, lex) if marker else None
    if owned:
        # "said none of its vessels had entered the zone": its own people or things
        # negated, a denial that makes the speaker a denier, as a cue's does (own_negated.py)
        return _reply_denial(reading, owned, "its own people or things negated")
    if marker:
        return _reply_denial(reading, marker, "answers the accusation before")
    replied = _replied(reading, speaker, dispute, text, lex, remedy)
    if (replied is reading or replied.role == DENIAL) and dispute.accused and not remedy \
            and _by_default(reading) and not _bystander(speaker, text, lex):
        # "Fenland Growers ... said it had not used thiacloprid" (after tests found it):
        # one not on the accusing side negates its own act on the thing alleged
        # (negated_act.py)
        denied = act_denied(reading, dispute.seen, dispute.allegation_words, text, lex,
                            read_label, CONTINUED)
        if denied is not None:
            return denied
    return replied


def _vetted_reply(reading: LabelReading, speaker: str, dispute: Dispute, text: str,
                  lex: Lexicon, remedy: str | None) -> LabelReading | None:
    """The speaker's work checked by another or passed a check ("said the forecasts had been
    checked by independent consultants", "had passed a local authority inspection";
    vetted.py), by one the caller found on no accusing side, not a bystander: the accused
    side's reply, a denial, also where no allegation was read before (most often one told
    without a cue: "REFUGEE children were placed ... in a former hostel, a charity has
    said"; tuned-on sets: 4 more right, none lost); else None.
    Not what it says in it that it has done about the matter (a remedy in the reported
    clause: "said it had installed filters approved by the agency"; not "Porchlight, which
    has 3.1 million cameras installed, said ...")."""
    if not _by_default(reading) or _bystander(speaker, text, lex):
        return None
    words = words_of(text)
    checked = vetted(lex, words)
    if not checked or (remedy and _remedy(" ".join(reported_words(words, lex)), lex)):
        return None
    return _reply_denial(reading, checked, "its conduct vetted by another")


def _faulted(reading: LabelReading, dispute: Dispute, text: str, lex: Lexicon
             ) -> LabelReading | None:
    """A figure, a report or a study faulted by what it counted, confused or compared
    ("said the group's figure counted delayed flights that were scheduled before 11.30pm",
    "The researchers have confused diagnostic signals with advertising data"; faulted.py),
    after an allegation or a denial: whoever says so rejects the other side's evidence, a
    denial (the guidelines: anyone saying one side's statement is wrong; an accuser
    answering a denial); else None."""
    if not _by_default(reading) or not (dispute.accused or dispute.deniers):
        return None
    faulted = evidence_faulted(lex, text, words_of(text))
    if not faulted:
        return None
    return _reply_denial(reading, faulted, "the other side's evidence faulted")


def _limit_broken(reading: LabelReading, speaker: str, accusing: str | None,
                  dispute: Dispute, text: str, lex: Lexicon) -> LabelReading | None:
    """A figure set against the limit it breaks, or a limit exceeded (limit_broken.py), told
    by the accusing side (``accusing``, or the side the dispute reads for the speaker: "tells
    of the allegation first"): the breach stated, its accusation; else None."""
    if not _by_default(reading):
        return None
    broken = limit_broken(lex, words_of(text))
    if not broken:
        return None
    placed = None if accusing else dispute.side(speaker, text, lex, loose=False)
    side = accusing or (placed[1] if placed and placed[0] == "accusing" else None)
    if not side:
        return None
    return LabelReading(ACCUSATION, broken, f"the accusing side says a limit was broken: "
                        f"'{broken}' ({side}; {reading.reason})", CONTINUED, reading.hedges)


def _suffered(reading: LabelReading, speaker: str | None, dispute: Dispute, text: str,
              lex: Lexicon, marker: str | None = None,
              placed: tuple[str, str] | None = None) -> LabelReading | None:
    """"Rizki Amalia ... mengaku dimintai Rp 5.000 tanpa diberi karcis": the rebuttal
    marker is part of the wrong the speaker tells was done to it, in the passive, of the
    kind the allegations before complain of (suffered.py); from one neither on the accused
    side, nor that denied, nor a bystander. None otherwise."""
    if not dispute.accused or _key(speaker) in dispute.deniers or _bystander(speaker, text,
                                                                             lex):
        return None
    marker = marker or _rebuttal(text, lex)
    if not marker:
        return None
    placed = placed or dispute.side(speaker, text, lex, loose=False)
    if placed[0] == "accused":
        return None
    suffered = suffered_account(text, lex, marker, dispute.allegation_words)
    if not suffered:
        return None
    return LabelReading(ACCUSATION, suffered, f"the complaining side tells the wrong done to "
                        f"it: '{suffered}' ('{marker}' inside its own account; "
                        f"{reading.reason})", CONTINUED, reading.hedges)


def _enforcer_found(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
                    text: str, lex: Lexicon) -> LabelReading | None:
    """A body that inspects, regulates or prosecutes says what a party did
    (enforcer_finding.py), the body neither on the accused side nor a bystander."""
    if dispute is None:
        return None
    accused = frozenset(w for k in (*dispute.parties, *dispute.deniers, *dispute.accused_names)
                        for w in words_of(k) if len(w) > 2) | frozenset(dispute.accused_refs)
    found = finding_stated(reading, speaker, text, lex, accused)
    if found is None or speaker and (
            _key(speaker) in dispute.deniers or _bystander(speaker, text, lex)
            or dispute.side(speaker, text, lex, loose=False)[0] == "accused"):
        return None
    return found


def _named_again(reading: LabelReading, speaker: str | None, dispute: Dispute, text: str,
                 lex: Lexicon) -> LabelReading | None:
    """"'It is not a price change, it is an ambush,' said the union's chair": in its own
    words, the thing denied its name and given the wrong's (reframed.py), after an
    allegation, by one neither on the accused side, nor that denied, nor a bystander; with
    no speaker read yet (named after the quotation), only where the words after the speech
    verb describe the accusers (``_attributed_to_accusers``)."""
    if not (dispute.accused and _own_words(text) and _by_default(reading)):
        return None
    if speaker and (_key(speaker) in dispute.deniers or dispute.accused_party(speaker)
                    or _bystander(speaker, text, lex)
                    or dispute.side(speaker, text, lex, loose=False)[0] == "accused"):
        return None
    if not speaker and not _attributed_to_accusers(dispute, text, lex):
        return None
    named_again = reframed(text, lex.language)
    if not named_again:
        return None
    return LabelReading(ACCUSATION, named_again, f"names the wrong in place of what it is "
                        f"called: '{named_again}' ({reading.reason})", CONTINUED,
                        reading.hedges)


def _attributed_to_accusers(dispute: Dispute, text: str, lex: Lexicon) -> bool:
    """The words right after a quotation's speech verb ("said the tenants' association
    chair, ...", "kata Ketua paguyuban, ...") describe the accusers: their own noun, a word
    of the wronged, an accuser's name or a word of it ("tenants" of "Tenants of the Marlow
    Court"); never one who speaks for a party ("the company's spokesman") nor a word of the
    party held responsible."""
    words = words_of(text)
    said = [s_ for s_, _ in find(lex.speech, words)] + [
        k for k, w in enumerate(words) if w in lex.speech_suffixed]
    if not said:
        return False
    window = words[min(said) + 1:min(said) + 1 + BESIDE]
    if not window or find(_counsel(lex.language), window) or any(
            _stem(w) in dispute.party_nouns or _stem(w) in dispute.accused_refs
            for w in window):
        return False
    if any(_fits(k, (window, text), lex) for k in dispute.parties):
        return False
    named = {_stem(x) for k in dispute.accusers for x in k.split() if len(x) > 3}
    return bool(any(_stem(w) in dispute.accusing_nouns or _stem(w) in named for w in window)
                or described_as(window, families(lex.language).victims)
                or any(_fits(k, (window, text), lex) for k in dispute.accusers))


def _unread_reply(reading: LabelReading, speaker: str, dispute: Dispute, text: str,
                  lex: Lexicon) -> LabelReading | None:
    """The accused side's argument where no accusation has been read before the sentence
    (the article's allegation was told without a cue, so the running reading holds no
    accused party), but the whole article puts the speaker on the accused side
    (whole_article.py): a defence in its own terms or another cause ("Kitchenmate said the
    KM-5 had passed independent certification and met all UK safety standards",
    "menyebut pemanduan jarak jauh lewat radio diizinkan ...") answers the allegation, a
    denial (the guidelines: the same evidence from the accused side is a denial). Not a
    remedy, nor any reading other than the claim of a plain speech verb; a negated
    defence is the wrong itself (wrongs.defence reads that)."""
    if dispute.accused or reading.role != CLAIM or not _by_default(reading):
        return None
    whole = side_in_article(dispute.article, speaker)
    if whole is None or whole[0] != "accused" or _remedy(text, lex):
        return None
    argued = defence(text, lex) or explained_away(text, lex)
    if not argued:
        return None
    return LabelReading(DENIAL, argued, f"the accused side argues before any accusation "
                        f"was read: '{argued}' ({whole[1]}; {reading.reason})", CONTINUED,
                        reading.hedges)


def _opening_reply(reading: LabelReading, speaker: str, dispute: Dispute, text: str,
                   lex: Lexicon) -> LabelReading | None:
    """Reported speech that opens by saying it answers what was said before ("Menanggapi
    catatan itu, Sekretaris Daerah X mengatakan ...") or that the party speaks through its
    counsel ("X, melalui kuasa hukumnya, Y, menyatakan ..."), where no accusation
    has been read before it (the article's charge told as narration or a claim, so the
    reply markers read after an accusation, ``_reply``, never fire): the sentence tells it is
    the reply, a denial (forty-third round, w19iden2). A reply marker later in the sentence
    ("ujarnya saat dihubungi") tells only how the paper reached the speaker; not a remedy,
    a negated reading, an accuser or a bystander."""
    if dispute.accused or reading.role != CLAIM or reading.negated \
            or not _by_default(reading) or _key(speaker) in dispute.accusers \
            or _remedy(text, lex) or _bystander(speaker, text, lex):
        return None
    marker = opening_reply(text, lex)
    if marker is None:
        return None
    return _reply_denial(reading, marker, "a reply to the accusation, before any was read")


_OPENERS = frozenset({"namun", "sementara", "itu", "adapun", "but", "however"})
_THROUGH = frozenset({"melalui", "lewat", "through", "via"})
_COUNSEL_WORDS = frozenset({"kuasa", "pengacara", "pengacaranya", "lawyer", "lawyers",
                            "solicitor", "solicitors", "counsel"})
# the words that end an opening clause pointing back at what was said before it
# ("Menanggapi catatan itu,", "In response to these claims,")
_BACK = frozenset({"itu", "tersebut", "ini", "this", "that", "these", "those"})


def opening_reply(text: str, lex: Lexicon) -> str | None:
    """The reply marker that opens the sentence (after "Namun", "Sementara itu") in a clause
    that points back at what was said before it ("Menanggapi catatan itu,", "Menanggapi hal
    itu,"; not "In response to the storm,"), or the one by which the party speaks through its
    counsel ("melalui kuasa hukumnya"; a spokesperson speaks for a body with nothing alleged
    too: "Pemkot Bogor, melalui juru bicaranya, ..."), else None."""
    words = words_of(text)
    if find(lex.no_comment, words):
        return None
    opening = words_of(text.split(",")[0])
    for s, e in find(lex.reply_markers, words):
        if words[s] in _THROUGH:
            if _COUNSEL_WORDS & set(words[s:e]):
                return " ".join(words[s:e])
        elif all(w in _OPENERS for w in words[:s]) and e <= len(opening) \
                and opening[-1] in _BACK:
            return " ".join(words[s:e])
    return None


def _insider_press(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
                   text: str, lex: Lexicon) -> LabelReading | None:
    """Former members of a body tell a news outlet what went on inside it ("A former
    quality inspector at Inverclyde Marine has told the Herald that welds ... were
    certified as tested"; insider_press.py, round 40): the whistleblower's account, an
    accusation, where the rules read a plain reported claim. Not a bystander; the side of
    the body they left does not stop it (as in ``_ordered``: the rules often name the body
    as the speaker of "A former inspector at Inverclyde Marine has told ...")."""
    if reading.role != CLAIM or reading.negated \
            or not reading.reason.startswith("reported speech '"):
        return None
    found = insider_press(text, lex)
    if found is None:
        return None
    if speaker and _bystander(speaker, text, lex):
        return None  # (the body's side does not stop it: a former member no longer speaks
        # for it, as in _ordered; "A former quality inspector at Inverclyde Marine")
    return LabelReading(ACCUSATION, found, f"a former insider's account to the press: "
                        f"'{found}' ({reading.reason})", CONTINUED, reading.hedges)


def _lodged(reading: LabelReading, speaker: str | None, dispute: Dispute | None, text: str,
            lex: Lexicon) -> LabelReading | None:
    """The matter lodged with a body in plain words (lodged_with.py) by one the article
    does not place on the accused side: a filed complaint (an act that also asks for a
    permission, only after an allegation)."""
    if dispute is None or not (
            _by_default(reading) or reading.role == CONTEXT and reading.reason.startswith(
                ("no speech verb", "an appeal or a"))):
        return None
    found = lodged_with(text, lex, (*dispute.parties.values(), *dispute.deniers.values()),
                        dispute.accused)
    if not found or speaker and (_bystander(speaker, text, lex) or dispute.side(
            speaker, text, lex, loose=False)[0] == "accused"):
        return None
    return LabelReading(ACCUSATION, found, f"a complaint lodged with a body: '{found}' "
                        f"({reading.reason})", CONTINUED, reading.hedges)


def _complaint_named(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
                     text: str, lex: Lexicon) -> LabelReading | None:
    """A complaint that takes issue with a conduct or names a charge levied
    (complained_of.py), by one neither on the accused side, nor that denied, nor a
    bystander. A speaker named must open the sentence (its name or a pronoun): in
    "Keluarga warga binaan Lapas Kelas IIA Kendari mengeluhkan pungutan" the body named
    is whom the families visit, not who complains, and its later replies must stay its
    replies."""
    found = complaint_named(reading, text, lex)
    if found is None:
        return None
    if speaker:
        opening = words_of(text)[:1]
        if not opening or not (opening[0] in words_of(speaker) or opening[0] in lex.pronouns):
            return None
        if _bystander(speaker, text, lex) or dispute is not None and (
                _key(speaker) in dispute.deniers
                or dispute.side(speaker, text, lex, loose=False)[0] == "accused"):
            return None
    return found


def _accused_in_article(dispute: Dispute | None):
    """Whether a name is the party the whole article puts on the accused side (a filing
    says it did something: opening_complaint.filing_content); None without a dispute."""
    if dispute is None or not dispute.article:
        return None
    return lambda name: (side_in_article(dispute.article, name) or ("",))[0] == "accused"


def _opening(reading: LabelReading, speaker: str | None, dispute: Dispute | None, text: str,
             lex: Lexicon) -> LabelReading | None:
    """The complainants' opening allegation (opening_complaint.py): in the article's opening
    sentence, before anything was alleged, people it does not name say a body did something
    ("Residents ... say it has exceeded its limit on night-time flights"), read as a plain
    claim: the accusation the article opens with. Anywhere, what a filed complaint or
    lawsuit says a body did ("The lawsuit, filed Monday, says the college continued to
    advertise ..."): the accusation the filing makes; and what is told "according to" a
    complaint brought in as new ("..., according to a formal complaint lodged with the
    council's monitoring officer"; according_filing.py, round 39)."""
    if reading.role != CLAIM or reading.negated \
            or not reading.reason.startswith(("reported speech '", "complaints received")):
        return None
    filed = filing_content(text, lex, _accused_in_article(dispute)) \
        if reading.reason.startswith("reported speech '") else None
    if filed is not None:
        return LabelReading(ACCUSATION, filed, f"what the filing alleges a body did: "
                            f"'{filed}' ({reading.reason})", CONTINUED, reading.hedges)
    told = according_to_filing(text, lex.language) \
        if reading.reason.startswith("reported speech 'according to'") else None
    if told is not None:
        return LabelReading(ACCUSATION, told, f"a complaint brought in tells what it "
                            f"alleges: '{told}' ({reading.reason})", CONTINUED,
                            reading.hedges)
    reported = _opening_reported(reading, dispute, text, lex)
    if reported is not None:
        return reported  # "A care home ... left 38 residents ..., according to a report by"
    if speaker and plural_of_people(speaker, lex, text):
        speaker = None  # "Cleaners at Illawarra General Hospital say": no source (round 33)
    if dispute is None or speaker or dispute.accused \
            or len(dispute.seen) > opening_reach(lex.language):
        return None
    act = opening_complaint(text, lex)
    if act is None:
        return None
    return LabelReading(ACCUSATION, act, f"the complainants' opening allegation: '{act}' "
                        f"({reading.reason})", CONTINUED, reading.hedges)


def _opening_reported(reading: LabelReading, dispute: Dispute | None, text: str,
                      lex: Lexicon) -> LabelReading | None:
    """The article's opening sentence, before anything was alleged, tells a party's act and
    puts its accusing source after it ("A university used £3.2m from a fund meant for
    scholarships ..., according to an independent audit"; opening_report.py, round 42):
    the source's accusation, in an article the whole reading puts someone on the accused
    side (a dispute story, not a business story's "..., according to a report by
    analysts"). None otherwise."""
    if dispute is None or dispute.accused or reading.negated \
            or len(dispute.seen) > opening_reach(lex.language) \
            or not reading.reason.startswith("reported speech '"):
        return None
    told = opening_report(text, lex.language)
    if told is None or not any(side == "accused" for side, _ in dispute.article.values()):
        return None
    return LabelReading(ACCUSATION, told, f"the opening tells a party's act, its accusing "
                        f"source after it: '{told}' ({reading.reason})", CONTINUED,
                        reading.hedges)


def _ordered(reading: LabelReading, speaker: str | None, dispute: Dispute | None, text: str,
             lex: Lexicon) -> LabelReading | None:
    """After an allegation, an instruction the speaker reports others were given
    (instructed.py), by one the article does not place on the accused side: the wrong
    ordered, not the speaker's appeal; or told inside the clause a plain reported speech
    reports ("told Halcyon that supervisors asked staff to backdate"; round 30,
    reported_instruction.py). Before any allegation (round 40), the appeal's instruction
    only where it is given at work as reported_instruction reads it ("The Flight
    Attendants' Association said crew were pressed to sign"): the article opens its
    dispute with it; "residents were told to stay indoors" is ordinary news."""
    if dispute is None:
        return None
    if reading.role == CONTEXT and reading.reason.startswith("an appeal or a request"):
        found = instructed(reading.cue, text, lex)
        if found and not dispute.accused and not reported_instruction(text, lex):
            return None  # before an allegation, only an instruction given at work
    elif reading.role == CLAIM and not reading.negated and dispute.accused \
            and reading.reason.startswith("reported speech '"):
        found = reported_instruction(text, lex)
    else:
        return None
    if not found or speaker and (_bystander(speaker, text, lex) or dispute.side(
            speaker, text, lex, loose=False)[0] == "accused" and not (
            reading.role == CLAIM and former_member(text, lex))):
        return None  # (a former member of the accused body no longer speaks for it)
    return LabelReading(ACCUSATION, found, f"an instruction others were given, reported: "
                        f"'{found}' ({reading.reason})", CONTINUED, reading.hedges)


# the strict side of a speaker in a sentence, remembered by the dispute's state before it
# (the sentences before are read again on each key)
_STRICT: dict[tuple, tuple[str, str]] = {}


def _replied(reading: LabelReading, speaker: str, dispute: Dispute, text: str, lex: Lexicon,
             remedy: str | None, by_default: bool = False) -> LabelReading:
    """The accused side's reply to the allegation (replies.py): a statement no rule made
    anything but a claim by default, from a speaker the article has placed on the accused
    side (placed earlier, the first allegation's party, denied before, speaks for it, or
    by the sentence's own act), after an allegation, is a denial, at a strength below a
    cue's; not a fact that cannot bear on the allegation, an admission, nor what the party
    has done about the matter (``remedy``)."""
    if not dispute.accused or remedy or not (by_default or _by_default(reading)) \
            or _bystander(speaker, text, lex) \
            or replies.no_reply(text, lex, dispute.allegation_words):
        return reading
    memo = (dispute.frozen(), speaker, text, id(lex), lex.language)
    found = _STRICT.get(memo)
    if found is None:
        if len(_STRICT) >= 4096:
            _STRICT.clear()
        found = _STRICT[memo] = dispute.side(speaker, text, lex, loose=False)
    side, why = found
    if side != "accused" or why.startswith(LOOSE):
        return reading  # (a side kept from a loose reading earlier is not enough)
    others = replies.with_others(text, lex)
    if others:
        return LabelReading(CONTEXT, others, f"the accused side tells what it does with the "
                            f"others in the matter, not a reply: '{others}' ({why}; "
                            f"{reading.reason})", reading.strength, reading.hedges)
    return LabelReading(DENIAL, reading.cue, f"the accused side's reply to the allegation "
                        f"({why}; {reading.reason})", replies.REPLIED, reading.hedges)
