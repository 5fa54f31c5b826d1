"""A lawsuit or complaint told in narration by what it seeks or whom it names (issue 11,
forty-third round, branch w19eacc2; data ``accuse43_filing_sought`` in data/cues/en.json,
read in reading.py beside the other filings).

"The lawsuit, filed Friday at the district court, seeks 18 billion rupiah in damages" and
"The lawsuit, filed Monday in U.S. District Court, names the county, the sheriff and the
caterer" tell a filing brought against a party: the guidelines make a complaint or lawsuit
filed an accusation by whoever filed it. No speech verb stands in them, so narration made
them a claim (or the date and the sum made them context). The filing's noun opens the
sentence (among its first ``opens`` words), a participle of filing (``participles``:
"filed", "lodged", "brought") follows it right after, and then, before any word of
``stops`` (a speech verb, a form of "be", a clause link: "The lawsuit, filed in May, says
..." is read by opening_complaint.filing_content; "... was dismissed" is a ruling), one of
``verbs`` within ``reach`` words: what the filing asks for or whom it names. "The lawsuit
cites ..." (evidence_or_frame.py) and "The case returns to court" are not read.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

KEY = "accuse43_filing_sought"


@lru_cache(maxsize=8)
def _lists(language: str) -> dict:
    raw = cue_file(language).get(KEY, {})
    return {
        "nouns": frozenset(raw.get("nouns", ())),
        "participles": frozenset(raw.get("participles", ())),
        "verbs": frozenset(raw.get("verbs", ())),
        "stops": frozenset(raw.get("stops", ())),
        "opens": int(raw.get("opens", 0)),
        "reach": int(raw.get("reach", 0)),
    }


def filing_sought(language: str, words: list[str]) -> str | None:
    """The filing's noun and its verb ("lawsuit ... seeks") where a sentence opens with a
    filing newly told and says what it seeks or whom it names (module docstring), else
    None. ``words``: the sentence's casefolded words, as reading.py reads them."""
    data = _lists(language)
    if not data["nouns"]:
        return None
    noun = next((k for k, w in enumerate(words[:data["opens"]]) if w in data["nouns"]), None)
    if noun is None or noun + 1 >= len(words) or words[noun + 1] not in data["participles"]:
        return None
    for k in range(noun + 2, min(len(words), noun + 2 + data["reach"])):
        if words[k] in data["stops"]:
            return None
        if words[k] in data["verbs"]:
            return f"{words[noun]} ... {words[k]}"
    return None
