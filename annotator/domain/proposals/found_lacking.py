"""A duty a body that inspects, regulates or audits found unmet (issue 11 item 1,
twenty-eighth round).

The guidelines: enforcement or a finding that names a party to the dispute as responsible
is an accusation by the body acting; naming the act is enough. findings.py reads a finding
with a wrong's own word after it ("found the trustees had failed to keep records",
"breached"); the same finding is most often told as what was not done or what went past a
limit, with no word of a wrong: "The regulator also found that night staff had not been
trained to use the records system", "inspectors found residents had gone without
prescribed medicines", "A state health inspection found raw chicken stored at 51 degrees,
above the 41-degree limit", "BPOM menemukan apotek itu tidak mempekerjakan apoteker",
"Inspektorat mendapati dana itu dicairkan tanpa laporan pertanggungjawaban".

A finding is an accusation here when:

1. who finds is such a body: a head word of ``accuse28_found_lacking.finders``
   (data/cues/<language>.json) among the few words before the finding's verb ("found",
   "menemukan", "mendapati"), the verb neither negated nor conditional ("has not found",
   "if inspectors find") nor "found no"/"found out";
2. its clause, up to where another clause begins ("and warned parents not to use ..."),
   says a duty was unmet: a negation or "without"/"tanpa" ("had not been trained", "belum
   memiliki izin", "gone without"), or a thing past a limit ("above the 41-degree limit",
   "melebihi batas"); not a negated wrong ("found that the dismissal was not unfair"), nor
   a clause opening with a figure (a count is the result it gives:
   "the audit found that 14 of 60 docking stations went a month without a working bike",
   a claim).

What such a body found with neither ("Inspectors found 31 gaps in medication records",
"Bawaslu menemukan 320 amplop", "found worn locking pins") stays the evidence it is, a
claim (the gold of the tuned sets: 22 such claims against 5 accusations), and so does a
finding by anyone else (researchers, a consumer group, residents, the paper's reporters).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

KEY = "accuse28_found_lacking"
FINDER_REACH = 8  # words before the verb where the body that finds stands
NEGATED_WRONG_REACH = 3  # words after a negation where the wrong it clears stands


@lru_cache(maxsize=8)
def _lists(language: str) -> dict:
    raw = cue_file(language).get(KEY, {})
    return {
        "finders": frozenset(raw.get("finders", ())),
        "verbs": frozenset(raw.get("verbs", ())),
        "not_after": frozenset(raw.get("not_after", ())),
        "lacking": frozenset(raw.get("lacking", ())),
        "beyond": _phrases(raw.get("beyond", [])),
        "limits": frozenset(raw.get("limits", ())),
        "limit_reach": int(raw.get("limit_reach", 3)),
        "clause_ends": frozenset(raw.get("clause_ends", ())),
        "that": frozenset(raw.get("that", ())),
    }


def _unmet(clause: list[str], lists: dict, lex: Lexicon) -> str | None:
    """The words in the finding's clause that say a duty was unmet, else None. A negated
    wrong ("the dismissal was not unfair", "had not breached") clears the party."""
    wrongs = {s for s, _ in find(lex.wrongdoing, clause)}
    for k, w in enumerate(clause):
        if w in lists["lacking"] or w in lex.negations:
            if any(j in wrongs for j in range(k + 1, k + 1 + NEGATED_WRONG_REACH)):
                return None
            return " ".join(clause[k:k + 4])
    for s, e in find(lists["beyond"], clause):
        reach = clause[e:e + lists["limit_reach"]]
        if any(w in lists["limits"] for w in reach):
            return " ".join(clause[s:e + len(reach)])
    return None


def found_lacking(lex: Lexicon, words: list[str], conditional) -> str | None:
    """The words of a duty found unmet by a body that inspects, regulates or audits
    ("found ... had not been trained", "menemukan ... tanpa izin"), else None.
    ``conditional(k)``: whether word ``k`` stands in an "if" clause."""
    lists = _lists(lex.language)
    if not lists["verbs"] or lists["verbs"].isdisjoint(words):
        return None
    for k, word in enumerate(words):
        if word not in lists["verbs"] or conditional(k):
            continue
        if not any(w in lists["finders"] for w in words[max(0, k - FINDER_REACH):k]) or any(
                w in lex.negations for w in words[max(0, k - 3):k]):
            continue  # nobody who inspects finds it, or "has not found"
        after = words[k + 1:k + 2]
        if not after or after[0] in lists["not_after"] or after[0] in lex.negations:
            continue  # "found no evidence", "found out", "found in favour of"
        clause = words[k + 1:]
        if clause and clause[0] in lists["that"]:
            clause = clause[1:]
        if clause and clause[0][:1].isdigit():
            continue  # "found that 14 of 60 docking stations went a month without a bike":
            # a count, the result it gives (a claim)
        end = next((j for j, w in enumerate(clause) if w in lists["clause_ends"]),
                   len(clause))
        unmet = _unmet(clause[:end], lists, lex)
        if unmet:
            return f"{word} ... {unmet}"
    return None
