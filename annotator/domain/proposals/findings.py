"""Eighteenth round: a wrong that a body which inspects or judges has found, read as that
body's accusation (the guidelines: enforcement or a finding that names a party to the
dispute as responsible is an accusation by the body acting).

English news tells a regulator's finding with "found" or "ruled", not a speech verb, so the
rules read it as evidence ("narration giving evidence: 'found that'") or as the speech verb
around it ("according to a citation"): a claim. Two forms are an accusation:

- a finding told as the news, in the present perfect, by a body that inspects or judges:
  "The charity regulator has found that trustees mismanaged ...", "A private nursery left
  too few staff ..., the Care Inspectorate has found." Whatever such a body has found is
  the finding of a wrong; "has found no evidence" is not (a denial's cue reads it first);
- any other finding or ruling by such a body whose clause names a wrong: a wrong of the
  lexicon ("breached", "unlawfully", "likely to mislead") or a finding's own words of
  failure ("failed to clean slicers", "mismanaged", "careless", "inadequate"): "The
  commission found the trustees had failed to keep proper records". A finding with no
  wrong in it ("the audit found that 14 of 60 docking stations went a month without a
  bike", "Inspectors found 31 gaps") stays the evidence it is: a claim.

Who finds is a word of the lexicon's ``finders`` (regulator, inspectorate, inspectors,
commission, tribunal, audit, inquiry ...) among the few words before "found"; researchers,
a study, police or the paper's own reporters are not among them. Only a sentence the rules
left a plain claim or context (reported speech, a quotation, narration's evidence, no
speech verb) is read again; a negated or conditional finding ("has not found", "if the
review finds") is not one. The word lists are data (data/cues/en.json, "label18_en").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find

KEY = "label18_en"
FINDER_REACH = 12  # words before "found" where the body that found stands (reading.WINDOW)
# the rules' plain readings a finding is read over: the default of reported speech, a
# quotation, narration's evidence, or no speech verb (every class rule keeps its label)
PLAIN = ("reported speech '", "a quotation", "narration giving evidence", "no speech verb")


@lru_cache(maxsize=4)
def _lists(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                   dict[tuple[str, ...], float], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("finding_verbs", ())), frozenset(raw.get("finders", ())),
            frozenset(raw.get("perfect", ())),
            {tuple(p.split()): 0.6 for p in raw.get("found_wrongs", ())},
            frozenset(raw.get("with_that", ())))


def plain(reason: str) -> bool:
    """Whether the rules' reason is a plain default a finding may be read over."""
    return reason.startswith(PLAIN)


def found_wrong(lex: Lexicon, words: list[str], conditional) -> str | None:
    """The words of a wrong found by a body that inspects or judges ("has found",
    "found ... failed to"), or None. ``conditional(k)``: whether word ``k`` stands in an
    "if" clause (reading._conditional)."""
    verbs, finders, perfect, own_wrongs, with_that = _lists(lex.language)
    if not verbs or verbs.isdisjoint(words):
        return None
    for k, word in enumerate(words):
        if word not in verbs or conditional(k):
            continue
        if word in with_that and words[k + 1:k + 2] != ["that"]:
            continue  # "concluded that" finds; "has concluded its hearings" ends (round 34)
        before = words[max(0, k - FINDER_REACH):k]
        if not any(w in finders for w in before) or any(
                w in lex.negations for w in words[max(0, k - 3):k]):
            continue  # "has not found", "did not find"
        after = words[k + 1:k + 3]
        if after and (after[0] in lex.negations or after[0] in ("nothing", "out", "for")
                      or after in (["in", "favour"], ["in", "favor"])):
            continue  # "found no evidence", "found out", "found in favour of the firm"
        if k > 0 and words[k - 1] in perfect or k > 1 and words[k - 2] in perfect and \
                words[k - 1] == "also":
            # "has found": the finding told as the news, its clause after the verb or
            # before it ("A nursery left too few staff ..., the Care Inspectorate has found")
            return f"{words[k - 1]} {word}"
        clause = words[k + 1:]
        wrongs = sorted(find(lex.wrongdoing, clause) + find(own_wrongs, clause))
        for s, e in wrongs:
            if not any(w in lex.negations for w in clause[max(0, s - 2):s]):
                return f"{word} ... {' '.join(clause[s:e])}"
    return None


# thirty-eighth round (w11left382): a finding that a party brought nothing to support its
# own account ("The judge ruled that Lowrie had not produced any loan agreements to support
# his account"): the body that judges rejects that party's claim, a denial (the guidelines:
# anyone saying one side's statement is wrong makes a denial; a court's dismissal too)
_SUPPORTING = (("to", "support"), ("to", "back", "up"), ("to", "substantiate"),
               ("supporting",), ("backing", "up"))
_OWNERS = frozenset({"his", "her", "its", "their"})
_ACCOUNTS = frozenset({"account", "accounts", "claim", "claims", "version", "explanation",
                       "story", "case", "defence", "defense", "assertion", "assertions"})
_LACKED = frozenset({"not", "no", "never", "failed", "nothing"})


def found_unsupported(lex: Lexicon, words: list[str], conditional) -> str | None:
    """The words of a finding by a body that inspects or judges ("ruled", "found",
    "concluded that") whose clause says a party had not brought anything to support its
    own account ("had not produced any loan agreements to support his account", "had
    failed to provide evidence to back up its claims"), or None."""
    verbs, finders, _, _, with_that = _lists(lex.language)
    if lex.language != "en" or not verbs or verbs.isdisjoint(words):
        return None
    for k, word in enumerate(words):
        if word not in verbs or conditional(k) or words[k + 1:k + 2] != ["that"]:
            continue
        before = words[max(0, k - FINDER_REACH):k]
        if not any(w in finders for w in before) or any(
                w in lex.negations for w in words[max(0, k - 3):k]):
            continue
        clause = words[k + 2:]
        for at in range(len(clause)):
            run = next((s for s in _SUPPORTING if tuple(clause[at:at + len(s)]) == s), None)
            if run is None:
                continue
            j = at + len(run)
            if clause[j:j + 1] and clause[j] in _OWNERS and clause[j + 1:j + 2] and \
                    clause[j + 1] in _ACCOUNTS and not _LACKED.isdisjoint(clause[:at]):
                return f"{word} that ... {' '.join(clause[at:j + 2])}"
    return None
