""""The club said" never means another kind of body (thirty-sixth round, bug fix on branch
w9club1).

"The club", "the union", "the trust" that the article never names with that noun falls
back on the body it quoted last (reading._unnamed_body). A try's article: "The supporters'
trust of Harbourside Athletic has accused the club's owners ...", the Harbourside Supporters'
Trust quoted, then "The club rejected the criticism." was proposed with the trust, the
accuser, as its source. A body whose name ends in another body's noun ("... Supporters'
Trust", "... Residents' Association") is not what "the club" means. The club then is the
one the article names with a sports club's last word ("Harbourside Athletic", "Ashford
Rovers", "Dunmore FC"), nearest before the sentence; with none, no source.

Not: an office's noun ("the council", "the ministry"), which
article_kinds.last_named_body reads after the proposal (thirty-first round); nouns the
lexicon holds as one kind ("the agency" and "Food and Drug
Administration", data/cues description heads); a name that holds the noun anywhere ("North
Valley Hospitals NHS Trust" is "the hospital"); businesses, which go by many nouns ("the
company" and "Coral Airline", "the firm" and "Tamar Sports Holdings"); a name whose last
word is no body's noun ("Millbrook Town", "Ashford Rovers" stay "the club" as before).
"""

from __future__ import annotations

from annotator.domain.proposals.lexicon import Lexicon

# the nouns of a business: "the company", "the firm", "the airline" may all mean one
_BUSINESS = frozenset({
    "airline", "automaker", "bank", "broadcaster", "carmaker", "carrier", "chipmaker",
    "company", "contractor", "firm", "group", "insurer", "lender", "manufacturer", "miner",
    "operator", "publisher", "retailer", "supplier", "service", "services", "newspaper"})

# the last word of a sports club's name (article_kinds._CLUB_WORDS, with "Club" itself)
CLUB_WORDS = frozenset({"rovers", "wanderers", "athletic", "albion", "rangers", "harriers",
                        "hotspur", "fc", "afc", "club"})


def _bare(word: str) -> str:
    word = word.casefold()
    for end in ("'s", "\u2019s", "'", "\u2019"):
        word = word.removesuffix(end)
    return word


def other_body(name: str, noun: str, lex: Lexicon) -> str | None:
    """The body noun that ends ``name`` when it is another kind of body than ``noun``
    ("trust" for "Harbourside Supporters' Trust" and "the club"), else None."""
    if lex.head_first or not name or noun in lex.government_heads:
        return None  # "the council", "the ministry": article_kinds.last_named_body's
    words = [_bare(w) for w in name.replace("-", " ").split()]
    last = words[-1] if words else ""
    if last not in lex.org_heads or last in _BUSINESS or noun in _BUSINESS:
        return None
    same = {noun, noun.removesuffix("s"), *lex.description_heads.get(noun, ())}
    if any(noun in group and last in group for group in lex.description_heads.values()):
        return None  # "the agency" and "Food and Drug Administration": one kind of body
    if any(w in same or w.removesuffix("s") in same for w in words):
        return None  # "North Valley Hospitals NHS Trust" is "the hospital"
    return last


def club_named(table, at: int) -> str | None:
    """The sports club the article names ("Harbourside Athletic", "Ashford Rovers"),
    nearest before sentence ``at``, else None."""
    if table is None:
        return None
    before = [(max(p for p in e.mentions if p < at), e.name) for e in table.entities
              if " " in e.name and _bare(e.name.split()[-1]) in CLUB_WORDS
              and any(p < at for p in e.mentions)]
    return max(before)[1] if before else None
