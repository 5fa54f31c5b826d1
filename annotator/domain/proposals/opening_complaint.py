"""The complainants' opening allegation: people the article does not name say a body did
something, in the article's opening sentence (issue 11, thirty-first round; data
``accuse31_opening_complaint`` in data/cues/en.json, read in dispute.py ``in_dispute``).

A dispute story most often opens with those who complain and what they say the other party
did, with no accusation verb and no word of wrongdoing: "Tenants on the Ferncliffe estate
say Harwick council left them living with black mould for months", "Worshippers at St
Aidan's church say the Diocese of Fenbridge sold the Victorian building for far less than
it was worth", "Residents living under the flight path of Severnside Airport say it has
exceeded its limit on night-time flights", "Seaweed farmers ... say the biggest local buyer
has been under-reading the dryness of their crop". The guidelines: naming the act is enough;
the article opens its dispute with it, and the gold reads these as accusations. complaint.py
reads the same shape when the clause holds a word of the wrong done ("say a law firm kept
far more of their payouts"); here the shape alone decides, so it is held narrow:

- nothing alleged before in the article and at most ``seen_reach`` sentences before it (the
  opening sentence; a headline or a byline may stand before it);
- no speaker named (a plural of unnamed people: "Tenants", "Residents of ...") and a present
  ``verbs`` ("say", "says") after an opening with no comma; read as a plain claim;
- the clause opens with a body as its subject: a determiner and at most ``modifier_reach``
  words ending in a body's noun ("the district council", "the biggest local buyer"), a
  capitalised name with such a noun ("Harwick council", "the Diocese of Fenbridge"), or
  "it" when the speakers' words name a body ("under the flight path of Severnside Airport
  say it"; not "Residents of Leeds say it has rained"); not a body's thing ("the plant's
  own air monitors"), not the speakers themselves ("they have received nothing"), not money
  or a course ("thousands of pounds ... have disappeared", "the course was 400 metres
  short");
- its verb an act done (a past or a perfect: "left", "sold", "has exceeded", "has been
  under-reading", "did nothing"), not a plan, a modal or a present ("will close", "plans
  to", "says").

Readable sets (heldout5-12, classes9, the older tuned sets): the shape matches 10 opening
sentences, all gold accusations (5 missed before, in five articles of heldout9-11; 4 read
already by other rules, 1 read as a denial by its cue). Later in an article
the shape is often a claim ("Customers who lost money say their banks were slow to refund
them"): not read there.

The same body and act told by a filed complaint or lawsuit (``filing_content``: "The
lawsuit, filed Monday, says the college continued to advertise its program as accredited")
is the accusation the filing makes, anywhere in the article; what a filing says of anyone or
anything else is its evidence ("The lawsuit ... says blood tests found lead levels above
the federal reference value": a claim, as the gold reads it). Readable sets: 3 sentences,
all gold accusations (2 missed before, heldout9 and heldout11); the 3 gold claims a filing
opens with "says" ("says Danielle Owens was discharged", "says blood tests found") do not
match.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from annotator.domain.proposals.held import body_nouns
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.name_words import run_forward
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.reading import normalise

KEY = "accuse31_opening_complaint"


@lru_cache(maxsize=8)
def _lists(language: str) -> dict:
    raw = cue_file(language).get(KEY, {})
    return {
        "verbs": frozenset(raw.get("verbs", ())),
        "determiners": frozenset(raw.get("determiners", ())),
        "bodies": frozenset(raw.get("bodies", ())) | body_nouns(language),
        "auxiliaries": frozenset(raw.get("auxiliaries", ())),
        "adverbs": frozenset(raw.get("adverbs", ())),
        "past": frozenset(raw.get("past", ())),
        "not_acts": frozenset(raw.get("not_acts", ())),
        "modifier_reach": int(raw.get("modifier_reach", 0)),
        "seen_reach": int(raw.get("seen_reach", 0)),
        "filings": frozenset(raw.get("filings", ())),
        "filing_reach": int(raw.get("filing_reach", 0)),
        "bare": frozenset(raw.get("bare_bodies", ())),
        "staff": frozenset(raw.get("staff", ())),
        "staff_links": frozenset(raw.get("staff_links", ())),
        "staff_trades": frozenset(raw.get("staff_trades", ())),
    }


def seen_reach(language: str) -> int:
    return _lists(language)["seen_reach"]


def opening_complaint(text: str, lex: Lexicon) -> str | None:
    """The body and its act the complainants' opening sentence tells ("Harwick council
    left", "it has exceeded"), else None. The caller checks the sentence's place (nothing
    alleged before, the opening) and that no speaker is named."""
    data = _lists(lex.language)
    if not data["verbs"] or text.lstrip()[:1] in "\"“'‘":
        return None
    norm = normalise(text)
    tokens, words = reading_words(norm)
    said = next((k for k, w in enumerate(words) if w in data["verbs"]), None)
    if said is None or said < 1 or "," in norm[:tokens[said].start()]:
        return None
    start = said + 1
    if start < len(words) and words[start] == "that":
        start += 1
    if start < len(words) and words[start] == "it" and not any(
            w in data["bodies"] or w in lex.org_heads for w in words[:said]):
        return None  # "it" stands for a body the speakers' words name, not the weather
    end = _body(text, tokens, words, start, lex, data)
    if end is None:
        return None
    act = _act(words, end, data)
    if act is None:
        return None
    return " ".join(words[start:act + 1])


def _body(text: str, tokens, words: list[str], k: int, lex: Lexicon,
          data: dict) -> int | None:
    """Where a body's subject opening at ``k`` ends (the index after it), else None."""
    if k >= len(words):
        return None
    if words[k] == "it":
        return k + 1
    staffed = _staff_of(text, tokens, words, k, lex, data)
    if staffed is not None:
        return staffed
    j = k + 1 if words[k] in data["determiners"] else k
    capitalised = False
    head = None
    for n in range(j, min(len(words), j + data["modifier_reach"] + 1)):
        word = words[n]
        if tokens[n].group()[:1].isupper():
            capitalised = True
        if word in data["bodies"] or word in data["bare"] \
                or capitalised and word in lex.org_heads:
            head = n
            break
        if not (word.isalpha() or "-" in word) or word in data["verbs"]:
            return None
    if head is None or (j == k and not capitalised and not (
            head == j and words[head] in data["bare"])):
        return None  # a bare plural ("managers") is read elsewhere, as people; a body's
        # own staff alone ("say staff left three toddlers in a van") is the body (round 33)
    after = tokens[head].end()
    if text[after:after + 2] in ("'s", "’s") or text[after:after + 1] in ("'", "’"):
        return None  # "the plant's own monitors": the body's thing is the subject
    end = head + 1
    if end < len(words) and words[end] == "of" and end + 1 < len(words) \
            and tokens[end + 1].group()[:1].isupper():
        end += 2  # "the Diocese of Fenbridge"
        while end < len(words) and tokens[end].group()[:1].isupper():
            end += 1
    return end


def _staff_of(text: str, tokens, words: list[str], k: int, lex: Lexicon,
              data: dict) -> int | None:
    """Where a body's staff named by their work and the body end ("drivers for Pennine Link
    buses", "staff at Harwick council", "bailiffs working for the council"), else None:
    those who act for a body do its act, so the body is the one the complainants accuse
    (round 35). The staff noun is one of ``staff``, bare or after a determiner; then one of
    ``staff_links``; then a capitalised name or a body's noun phrase, as ``_body`` reads it."""
    j = k + 1 if k < len(words) and words[k] in data["determiners"] else k
    if j + 2 >= len(words) or words[j] not in data["staff"] \
            or words[j + 1] not in data["staff_links"]:
        return None
    at = j + 2
    end = _body(text, tokens, words, at, lex, data)
    if end is not None:
        return end
    run = run_forward(tokens, words, at, lex)
    if not run or run[0] != at:
        return None
    after = tokens[run[1] - 1].end()
    if text[after:after + 1] in ("'", "’"):
        return None  # "drivers for Pennine Link's rival": the body's thing
    end = run[1]
    if end < len(words) and words[end] in data["bodies"] | data["staff_trades"]:
        end += 1  # "Pennine Link buses"
    return end


def _act(words: list[str], k: int, data: dict) -> int | None:
    """The index of the act's verb at ``k`` (after auxiliaries and adverbs): a past or a
    perfect, or a progressive after "been"/"was"; else None."""
    aux = None
    while k < len(words) and (words[k] in data["auxiliaries"] or words[k] in data["adverbs"]
                              or words[k].endswith("ly") and len(words[k]) > 4):
        if words[k] in data["auxiliaries"]:
            aux = words[k]
        k += 1
    if k >= len(words) or words[k] in data["not_acts"]:
        return None
    word = words[k]
    if word in data["past"] or word.endswith("ed") and len(word) > 4:
        return k
    if word.endswith("ing") and aux in ("been", "was", "were"):
        return k
    return None


def filing_content(text: str, lex: Lexicon, accused: Callable[[str], bool] | None = None
                   ) -> str | None:
    """What a filed complaint or lawsuit says a body did ("The lawsuit, filed Monday, says
    the college continued to advertise", "The complaint, filed on behalf of 14,000 account
    holders, says the exchange moved"): the body and its act, read as
    ``opening_complaint`` reads them, after one of ``filings`` among the ``filing_reach``
    words that open the sentence; else None. Anywhere in the article: the filing is the
    accusation, its content the wrong it alleges. Not what the filing says of anyone or
    anything else ("says Danielle Owens was discharged", "says blood tests found lead",
    "says at least nine children ... have been treated"): evidence, a claim. ``accused``:
    whether a name is the party the whole article puts on the accused side; a bare name
    so placed is a body too ("The complaint, lodged by OpenLedger, says PulsePath sent
    the data": round 34), where no body's noun names it."""
    data = _lists(lex.language)
    if not data["filings"] or text.lstrip()[:1] in "\"“'‘":
        return None
    tokens, words = reading_words(normalise(text))
    if not any(w in data["filings"] for w in words[:data["filing_reach"]]):
        return None
    said = next((k for k, w in enumerate(words) if w in data["verbs"]), None)
    if said is None:
        return None
    start = said + 1
    if start < len(words) and words[start] == "that":
        start += 1
    if start < len(words) and words[start] == "it":
        return None  # "it" after a filing is the filing itself or a party unnamed
    end = _body(text, tokens, words, start, lex, data)
    if end is None and accused is not None:
        end = _accused_name(text, tokens, words, start, lex, accused)
    act = _act(words, end, data) if end is not None else None
    return " ".join(words[start:act + 1]) if act is not None else None


def _accused_name(text: str, tokens, words: list[str], k: int, lex: Lexicon,
                  accused: Callable[[str], bool]) -> int | None:
    """Where a capitalised name opening at ``k`` ends, if ``accused`` holds for it (the
    whole article's accused party: "PulsePath", "Harbour Lettings"), else None. Not a name
    with a possessive ("PulsePath's own audit")."""
    run = run_forward(tokens, words, k, lex) if k < len(words) else None
    if not run or run[0] != k:
        return None
    after = tokens[run[1] - 1].end()
    if text[after:after + 1] in ("'", "’"):
        return None
    return run[1] if accused(text[tokens[k].start():after]) else None
