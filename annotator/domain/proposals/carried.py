"""A complaint carried to a named body (thirty-seventh round, issue 11, bug fix on branch
w10lead2).

The guidelines (accusation): "A sentence reporting that a complaint ... was filed is an
accusation by whoever filed it." A complaint is filed in plain words when the one who
complains carries it to a body: "Ms Tranter has since left the club and has taken her
complaint to British Cycling", "The families took their grievance to the Football
Association". A governing body's name need not end in a word of a body ("British Cycling",
"England Athletics"), so the shape reads it by the act: a verb of carrying (``verbs``) whose
object, before "to", is a complaint (``objects``), then the recipient: a name written with a
capital that no honorific opens (``honorifics``: "to Mr Ellery" is a person), or a body's
head word among the lexicon's complaint bodies ("to the police"). lodged_with.py reads the
label from it (an accusation), acting.py the speaker (the party acting: the subject of the
verb). Not: a negated act or a plan ("did not take", "wants to take her complaint to"), a
matter, the children or a case carried ("took the matter up with her manager", "took the
children to school", "took the case to the Court of Appeal"), a recipient with no capital
("to her manager"). Words: data/cues/<language>.json, key ``label21_lodged``, "carried".
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

REACH = 5  # words after the verb where "to" stands (the complaint between)
PLANS = frozenset({"will", "would", "to", "may", "might", "could", "should", "plans",
                   "planned", "hopes", "hoped", "intends", "wants", "threatened"})


@lru_cache(maxsize=8)
def _carrying(language: str) -> tuple[dict, frozenset[str], frozenset[str], dict]:
    raw = cue_file(language).get("label21_lodged", {}).get("carried", {})
    return (_phrases(raw.get("verbs", [])), frozenset(raw.get("objects", ())),
            frozenset(raw.get("honorifics", ())), _phrases(raw.get("complaining", [])))


def carried(lex: Lexicon, tokens, words: list[str]) -> list[tuple[int, int, str]]:
    """Each complaint carried to a named body: the verb's span and the body's words."""
    verbs, objects, honorifics, complaining = _carrying(lex.language)
    spans = [(s, e, False) for s, e in find(verbs, words)] if verbs else []
    spans += [(s, e, True) for s, e in find(complaining, words)] if complaining else []
    found = []
    for s, e, direct in sorted(spans):
        ahead = words[max(0, s - 3):s]
        if any(w in lex.negations or w in PLANS for w in ahead) or s > 0 and \
                words[s - 1] in lex.passive_auxiliaries:
            continue  # "did not take", "will take", "wants to take", "was taken"
        if direct:  # "has complained to British Cycling"
            link = e if e < len(words) and words[e] == "to" else None
            if link is None:
                continue  # "complained about the noise": no body (read as before)
        else:
            link = next((t for t in range(e, min(len(words), e + REACH))
                         if words[t] == "to"), None)
            if link is None or not any(w in objects for w in words[e:link]):
                continue  # "took the children to school": no complaint carried
        k = link + 1
        if k < len(words) and words[k] == "the":
            k += 1
        if k >= len(words) or words[k] in honorifics:
            continue  # "to Mr Ellery": a person
        if words[k] in lex.complaint_bodies:
            found.append((s, e, words[k]))  # "to the police"
            continue
        if not tokens[k].group()[:1].isupper():
            continue  # "to her manager": no body named
        m = k
        while m < len(words) and tokens[m].group()[:1].isupper():
            m += 1
        found.append((s, e, " ".join(words[k:m])))
    return found
