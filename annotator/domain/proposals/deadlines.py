"""A requirement with its deadline, reported: what a rule or an officer requires and by
when ("postal vote applications must reach the office by 5pm on 12 January, she said",
"hotels must remove the signs within 30 days", "berkas wajib diserahkan paling lambat
12 Januari"). The guidelines make procedure and what happens next context even from a
named speaker (data/guidelines.md, "context"); narration.scene reads this beside
procedure to come.

Read as structure: a word of requirement ("must", "harus", "wajib"), then
within a clause's reach a marker of a deadline ("by", "within", "paling lambat", "dalam
waktu") that a date or a time follows: a figure, a weekday, a month, a unit of time. "by"
and "sebelum" need the date right after them ("by 5pm", not "by the council": an agent).
Time given ("have until Feb. 20", "diberi waktu 14 hari") needs no marker. Not negated,
not an inference ("must have"), not under a condition ("kalau tidak bayar, ... harus").
The families are data, ``narr26_deadline`` in ``data/cues/<language>.json`` (twenty-sixth
round)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

DEADLINE_REACH = 12  # words after the requirement where its deadline's marker stands
DATE_REACH = 3  # words after the marker where the date, the time or the unit stands


@dataclass(frozen=True)
class Deadline:
    required: dict[tuple[str, ...], float]
    given: frozenset[str]  # "have until", "diberi waktu": the date may follow at once
    markers: dict[tuple[str, ...], float]
    right_after: frozenset[str]
    times: frozenset[str]
    units: frozenset[str]
    not_after: frozenset[str]


@lru_cache(maxsize=8)
def families(language: str) -> Deadline:
    raw = cue_file(language).get("narr26_deadline", {})
    return Deadline(_phrases(raw.get("required", []) + raw.get("given", [])),
                    frozenset(raw.get("given", ())), _phrases(raw.get("markers", [])),
                    frozenset(raw.get("right_after", ())), frozenset(raw.get("times", ())),
                    frozenset(raw.get("units", ())), frozenset(raw.get("not_after", ())))


def _dated(fam: Deadline, words: list[str]) -> bool:
    return any(w[:1].isdigit() or w in fam.times or w in fam.units for w in words)


def deadline(lex: Lexicon, words: list[str]) -> str | None:
    """The requirement and its deadline's marker ("must ... by", "wajib ... paling
    lambat"), else None."""
    fam = families(lex.language)
    for s, e in find(fam.required, words):
        if (e < len(words) and words[e] in fam.not_after) or any(
                w in lex.negations for w in words[max(0, s - 2):s]) or any(
                w in lex.conditionals for w in words[:s]):
            continue  # "kalau tidak bayar, jenazah harus menunggu sampai besok": a threat
        if " ".join(words[s:e]) in fam.given and _dated(fam, words[e:e + DATE_REACH]):
            return " ".join(words[s:e + 1])  # "have until Feb. 20", "diberi waktu 14 hari"
        reach = words[e:e + DEADLINE_REACH]
        for ms, me in find(fam.markers, reach):
            marker = " ".join(reach[ms:me])
            after = reach[me:] + words[e + len(reach):e + len(reach) + DATE_REACH]
            window = after[:1] if marker in fam.right_after else after[:DATE_REACH]
            if _dated(fam, window):
                return f"{' '.join(words[s:e])} ... {marker}"
    return None
