"""A place inside a description, twentieth round (issue 11, speakers): "A former nurse at a
Swansea care home says ...", "a municipal council in Kerala", "a teacher from Dundee". The
rules before (reading.described_in) took a title or a body's noun written up to three words
before a name as that name's description, so "the nurse" was "Swansea" and "the council"
was "Kerala": the speaker proposed was the place, and a wrong speaker cascaded (the
accuser's next quote read as the other side).

A preposition of place between the noun and the name says the name is where the one
described is, not who: the noun does not describe the name. A noun right before a name
("ferry operator Seaford Lines", "police officer Dan Moss") and a noun that owns the
name's body ("a spokeswoman for Harbridge", "the head of Ofgem") are left as they were.
English only: Indonesian writes a title right before its holder.

A verb between them, thirty-third round (issue 11, bug fix): "The regulator said Tallis Pay
onboarded ...", "The union accused Harlow Foods of ...", "The regulator fined Tallis Pay":
the noun is the subject of a verb whose object or reported clause holds the name, so the
noun does not describe the name. The rules before took "the regulator" for "Tallis Pay",
and the regulator's next line ("..., the regulator said") was proposed as the fined
company's denial.
"""

from __future__ import annotations

from annotator.domain.proposals.acts_between import fixture_between
from annotator.domain.proposals.lexicon import Lexicon

# where someone is, not whose: "for" and "of" tie a role to its body and stay
PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "near", "outside", "across", "inside"})


def acted_between(words: list[str], noun_at: int, name_at: int, lex: Lexicon) -> bool:
    """Whether a verb of speech, accusation, denial, request, enforcement or a fixture
    (acts_between.fixture_between, round 39) stands between the noun at ``noun_at`` and
    the name opening at ``name_at`` ("regulator said Tallis ...", "union accused Harlow
    ...", "regulator fined Tallis ...", "club hosts Stockport")."""
    if lex.language != "en":
        return False
    between = words[noun_at + 1:name_at]
    return any((w,) in lex.speech or (w,) in lex.accusation or (w,) in lex.denial
               or w in lex.enforcement or w in lex.requests for w in between) \
        or fixture_between(between, lex)  # "when the club hosts Stockport" (round 39)


def placed_between(words: list[str], noun_at: int, name_at: int, lex: Lexicon) -> bool:
    """Whether a preposition of place stands between the noun at ``noun_at`` and the name
    opening at ``name_at`` ("nurse at a Swansea ...")."""
    return lex.language == "en" and any(
        w in PLACE_PREPOSITIONS for w in words[noun_at + 1:name_at])
