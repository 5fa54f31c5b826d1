"""The opening sentence that tells a party's act first and its accusing source after it
(issue 11, forty-second round, branch w18acc1; data ``accuse42_opening_report`` in
data/cues/en.json, read in dispute.py ``_opening``).

A dispute story often opens with the act, told as a fact, and puts who says so at the end:
"A care home in north Leeds left up to 38 residents ... in the care of a single staff member
on some nights, according to a report by the Care Quality Commission", "A university used
£3.2m from a fund meant for scholarships ... to help pay for a new sports centre, according
to an independent audit", "Cabin crew at Skylark Regional were rostered beyond legal duty
limits on at least 61 occasions this autumn, their union has said", "Dozens of stabbings
... were recorded as minor assaults ..., a former detective has claimed". The guidelines:
naming the act is enough; the gold reads these as the source's accusation. With no word of
a wrong in the clause the rules read reported speech, a plain claim.

Read here, only where nothing was alleged before in the article and it is the opening
sentence (the caller checks both, as for opening_complaint.py), and only in an article the
whole reading puts someone on the accused side (a reply, a denial, a refusal to comment
comes later; the caller checks it): a dispute story's opening, not a business or
statistics story's ("Tesco opened 40 stores last year, according to a report by
analysts"):

- the sentence ends with its attribution after its last comma: "according to" and the
  source, or the source and a speech verb of ``verbs`` ("has said", "has claimed") with at
  most ``tail_reach`` words after it ("on Tuesday");
- the source is one that brings a wrong to light: one of ``sources`` among its words (a
  report, an audit, an investigation, researchers, campaigners, a union, a charity, a
  former employee); not the party itself, a ministry or the police telling their own news
  ("Police arrested 31 people ..., the force said"), not data ("according to a census",
  "according to accounts filed with Companies House");
- the clause before it tells an act done: a past or a participle (one of ``past``, or a
  word ending in -ed), not one of ``not_acts`` ("based", "owned");
- no figure of change or rate (``figures``: "at five times the rate of", "has risen by
  12%"): a statistic the source counted is its evidence, a claim;
- no modal of ``modals`` in the clause outside a relative clause (forty-third round, branch
  w19eacc1): "A children's scooter sold in garden centres can snap at the handlebar stem, a
  safety charity has said" tells a hazard, what may happen, and its "sold" describes the
  scooter; no party's act is told (``relatives`` open the clauses whose modal is left:
  "doors that could not be locked").

First written in the forty-second round (branch w18acc1) and reverted with it: the scooter's
hazard was read as an act, so the article held an allegation before the maker's defence and
two near misses of tests/test_labels_round26.py changed. The modal check is what was added.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file
from annotator.domain.proposals.name_words import tokens_and_words

KEY = "accuse42_opening_report"
_QUOTES = "\"“'‘"


@lru_cache(maxsize=8)
def _lists(language: str) -> dict:
    raw = cue_file(language).get(KEY, {})
    return {
        "opener": tuple(raw.get("opener", "").split()),
        "verbs": frozenset(raw.get("verbs", ())),
        "sources": frozenset(raw.get("sources", ())),
        "past": frozenset(raw.get("past", ())),
        "not_acts": frozenset(raw.get("not_acts", ())),
        "figures": frozenset(raw.get("figures", ())),
        "modals": frozenset(raw.get("modals", ())),
        "relatives": frozenset(raw.get("relatives", ())),
        "tail_reach": int(raw.get("tail_reach", 0)),
        "source_reach": int(raw.get("source_reach", 0)),
    }


def opening_report(text: str, language: str) -> str | None:
    """The act and the source ("left ... a report") where a sentence tells a party's act
    and puts its accusing source after its last comma, else None. The caller checks that it
    is the article's opening, that nothing was alleged before, and that the article is a
    dispute (module docstring)."""
    data = _lists(language)
    comma = text.rfind(",")
    if not data["sources"] or comma < 0 or text.lstrip()[:1] in _QUOTES:
        return None
    source = _source(text[comma + 1:], data)
    if source is None:
        return None
    _, words = tokens_and_words(text[:comma])
    if "%" in text[:comma] or any(w in data["figures"] for w in words):
        return None  # a statistic the source counted: its evidence
    if _main_modal(words, data):
        return None  # "... can snap at the handlebar stem": a hazard, no act done
    act = next((w for w in words if w not in data["not_acts"] and (
        w in data["past"] or w.endswith("ed") and len(w) > 4)), None)
    return f"{act} ... {source}" if act else None


def _source(tail: str, data: dict) -> str | None:
    """The word of ``sources`` in the attribution after the last comma ("according to a
    report by ...", "a former detective has claimed"), else None."""
    _, words = tokens_and_words(tail)
    opener = data["opener"]
    if opener and tuple(words[:len(opener)]) == opener:
        named = words[len(opener):]
    else:
        said = [k for k, w in enumerate(words) if w in data["verbs"]]
        if not said or said[-1] > data["source_reach"] \
                or len(words) - said[-1] - 1 > data["tail_reach"]:
            return None
        named = words[:said[-1]]
    return next((w for w in named if w in data["sources"]), None)


def _main_modal(words: list[str], data: dict) -> bool:
    """Whether a modal of ``modals`` stands in the clause before any relative word of
    ``relatives``: the clause tells what can or may happen ("A children's scooter sold in
    garden centres can snap ..."), not an act a party did; a modal inside a relative clause
    ("doors that could not be locked") describes a thing and leaves the act standing."""
    for w in words:
        if w in data["relatives"]:
            return False
        if w in data["modals"]:
            return True
    return False
