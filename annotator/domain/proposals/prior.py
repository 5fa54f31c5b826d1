"""Models learned from the shipped gold, read in a whole article: the question is whether
one of them beats the rules on text it was not trained on (bench_proposals.py --cross
--model NAME). One ships: ``parties-text``, trained on the older blind sets by
benchmarks/train_prior.py and read at key time by label_model.py.

Each sentence is read first by the rules (engine.propose, their public function; never a
copy of them): the features they give (features.describe: the rules' label and where it came
from, the cues hit, quotation marks, who speaks and what they said before, the previous
sentence's label, position, length, language). ``in_article`` adds what a reader sees
around the sentence: the rules' label of the sentences before and after it, whether it
stands inside a quotation that runs over several sentences, where it is in the article.

The models (``MODELS``), all scikit-learn, imported only when one is trained:

- ``features``: a logistic regression over ``describe``'s features alone;
- ``stack``: the same with the article around the sentence (``in_article``);
- ``stack-text``: ``stack`` plus the sentence's words (tf-idf of words and word pairs);
- ``sequence``: ``stack`` plus the previous sentence's label, decoded over the article by
  Viterbi (a maximum-entropy Markov model: a CRF-like reading without a new dependency);
- ``boosted``: gradient-boosted trees over ``stack``'s features;
- ``parties``: ``describe``'s features with only what a proposal can read before the
  sentence (parties.py: which party of the dispute speaks, what the other party said last,
  negation, contrast, a running quotation; the previous sentence's label; the rules'
  reason): the model that could ship, as it needs no later sentence;
- ``parties-text``: ``parties`` plus the sentence's words (as ``stack-text``).

``exported`` writes a trained linear model as plain data (label_model.py proposes from it
without scikit-learn).

A model proposes its label outright (``take`` None) or only where it is at least ``take``
sure and differs from the rules (a blend, as the team's model blends). ``defaults``: the
model takes over only where the rules' label came from a default (parties.by_default: no
cue, no class rule), and learns from those sentences only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # parties.py is imported where it is used: bench_prior_unseen.py copies
    # this file alone into the tree of an older commit, which has no parties.py
    from annotator.domain.proposals.parties import Said

ROLES = ("alleges", "denies", "supports", "context")
MODELS = ("features", "stack", "stack-text", "sequence", "boosted", "parties", "parties-text")
TEXT_MODELS = ("stack-text", "parties-text")  # with the sentence's words (tf-idf)
OPENING = "\"“«"
CLOSING = "\"”»"


@dataclass
class Sentence:
    """One sentence as the rules read it in its article."""

    doc: str
    text: str
    features: dict[str, float]  # features.describe's
    rule: str  # the rules' role
    role: str | None = None  # the gold role (training), if known
    reason: str = ""  # the rules' reason for their label (Proposal.label_reason)
    speaker: str | None = None  # the rules' speaker


def _rule_of(features: dict[str, float]) -> str:
    for name in features:
        if name.startswith("rule=") and "&" not in name:
            return name[5:]
    return "none"


def _kind_of(features: dict[str, float]) -> str:
    for name in features:
        if name.startswith("rule=") and "&kind=" in name:
            return name.split("&kind=")[1]
    return "none"


def _quotes(text: str) -> int:
    """Quotation marks opened minus closed (straight quotes alternate)."""
    opened = sum(text.count(ch) for ch in "“«")
    closed = sum(text.count(ch) for ch in "”»")
    straight = text.count('"')
    return opened - closed + (straight % 2)


def in_article(sentences: list[Sentence]) -> list[dict[str, float]]:
    """Each sentence's features with what stands around it in its article (the sentences
    given in article order, several articles one after another)."""
    out: list[dict[str, float]] = []
    for k, s in enumerate(sentences):
        f = dict(s.features)
        same = [j for j in (k - 1, k + 1) if 0 <= j < len(sentences)
                and sentences[j].doc == s.doc]
        before = sentences[k - 1] if k - 1 in same else None
        after = sentences[k + 1] if k + 1 in same else None
        rule, kind = s.rule, _kind_of(s.features)
        for side, other in (("prev", before), ("next", after)):
            if other is None:
                f[f"{side}:none"] = 1.0
                continue
            f[f"{side}:rule={other.rule}"] = 1.0
            f[f"{side}:rule={other.rule}&rule={rule}"] = 1.0
            f[f"{side}:kind={_kind_of(other.features)}&kind={kind}"] = 1.0
        start = k
        while start > 0 and sentences[start - 1].doc == s.doc:
            start -= 1
        end = k
        while end + 1 < len(sentences) and sentences[end + 1].doc == s.doc:
            end += 1
        open_before = sum(_quotes(sentences[j].text) for j in range(start, k)) % 2
        if open_before:  # a quotation opened earlier and not yet closed
            f["inside a running quotation"] = 1.0
            f[f"inside a running quotation&rule={rule}"] = 1.0
        if _quotes(s.text) % 2 and not open_before:
            f["opens a running quotation"] = 1.0
        for word in set(re.findall(r"[a-z]+", s.reason.split(":", 1)[-1].casefold())):
            f[f"why:{word}"] = 1.0
        if s.speaker and before is not None and (before.speaker or "").casefold() == \
                s.speaker.casefold():
            f["prev:same speaker"] = 1.0
        if s.speaker and after is not None and (after.speaker or "").casefold() == \
                s.speaker.casefold():
            f["next:same speaker"] = 1.0
        share = (k - start) / max(1, end - start)
        f[f"place={min(3, int(share * 4))}"] = 1.0
        if k == end:
            f["last"] = 1.0
        out.append(f)
    return out


def _language(features: dict[str, float]) -> str | None:
    for name in features:
        if name.startswith("lang="):
            return name[5:]
    return None


def why_words(reason: str) -> dict[str, float]:
    """The words of the rules' reason, after the label ("reported speech 'said'")."""
    return {f"why:{w}": 1.0 for w in set(re.findall(r"[a-z]+", reason.split(":", 1)[-1]
                                                     .split("; ")[0].casefold()))}


def before_features(features: dict[str, float], text: str, rule: str, reason: str,
                    speaker: str | None, before: list[Said]) -> dict[str, float]:
    """The ``parties`` model's row: ``describe``'s features, the sentence's place in its
    dispute, the previous sentence's label and the rules' reason; all read from the
    sentence and those before it, as a proposal reads them (engine.propose)."""
    from annotator.domain.proposals.parties import party_features

    f = dict(features)
    f.update(party_features(text, _language(features), speaker, rule, before))
    previous = before[-1].role if before else "none"
    f[f"prev:rule={previous}"] = 1.0
    f[f"prev:rule={previous}&rule={rule}"] = 1.0
    f.update(why_words(reason))
    return f


def with_parties(sentences: list[Sentence]) -> list[dict[str, float]]:
    """``before_features`` of each sentence (the sentences in article order)."""
    from annotator.domain.proposals.parties import Said

    out = []
    for k, s in enumerate(sentences):
        start = k
        while start > 0 and sentences[start - 1].doc == s.doc:
            start -= 1
        before = [Said(o.text, o.rule, o.speaker) for o in sentences[start:k]]
        out.append(before_features(s.features, s.text, s.rule, s.reason, s.speaker, before))
    return out


_ROWS: dict[tuple[str, int], tuple[Sentence, dict[str, float]]] = {}


def _rows(name: str, sentences: list[Sentence]) -> list[dict[str, float]]:
    """Each sentence's row for model ``name``. A row reads only its own article, and the
    lists given hold whole articles, so a sentence's row is the same in every list: kept by
    the sentence (with it, so its id is never a freed one's), as the leave-one-out asks for
    the same sentences' rows once per inner fold."""
    kind = "features" if name == "features" else "parties" if name.startswith(
        "parties") else "stack"
    if all((kind, id(s)) in _ROWS for s in sentences):
        return [dict(_ROWS[(kind, id(s))][1]) for s in sentences]
    if kind == "features":
        rows = [dict(s.features) for s in sentences]
    else:
        rows = with_parties(sentences) if kind == "parties" else in_article(sentences)
    for s, row in zip(sentences, rows, strict=True):
        _ROWS[(kind, id(s))] = (s, dict(row))
    return rows


def _text_vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, min_df=2)


@dataclass
class Learned:
    """A trained model over articles read by the rules."""

    name: str
    vectorizer: Any
    model: Any
    text: Any = None  # the words' vectorizer (stack-text, parties-text)
    roles: tuple[str, ...] = ()
    trained_on: int = 0
    about: str = field(default="")

    def _matrix(self, rows: list[dict[str, float]], texts: list[str]):
        x = self.vectorizer.transform(rows)
        if self.text is not None:
            from scipy.sparse import hstack

            x = hstack([x, self.text.transform(texts)]).tocsr()
        return x

    def probabilities(self, sentences: list[Sentence]) -> list[dict[str, float]]:
        """Each sentence's probability per role, read in its article."""
        rows = _rows(self.name, sentences)
        if self.name == "sequence":
            return _viterbi(self, rows, sentences)
        x = self._matrix(rows, [s.text for s in sentences])
        if self.name == "boosted":
            x = x.toarray()
        return [dict(zip(self.roles, (float(p) for p in ps), strict=True))
                for ps in self.model.predict_proba(x)]


def _with_previous(row: dict[str, float], previous: str | None, rule: str) -> dict:
    f = dict(row)
    f[f"said before={previous or 'none'}"] = 1.0
    f[f"said before={previous or 'none'}&rule={rule}"] = 1.0
    return f


def _viterbi(learned: Learned, rows: list[dict[str, float]], sentences: list[Sentence]
             ) -> list[dict[str, float]]:
    """The most likely labels of each article as a whole; each sentence gets probability 1
    for its label on that path (the decoded labels are what is proposed)."""
    out: list[dict[str, float]] = []
    roles = learned.roles
    k = 0
    while k < len(sentences):
        end = k
        while end + 1 < len(sentences) and sentences[end + 1].doc == sentences[k].doc:
            end += 1
        doc_rows = rows[k:end + 1]
        doc = sentences[k:end + 1]
        # score[t][j]: best log probability of a path ending in roles[j] at t
        first = learned.model.predict_proba(learned.vectorizer.transform(
            [_with_previous(doc_rows[0], None, doc[0].rule)]))[0]
        score = [[math.log(max(p, 1e-12)) for p in first]]
        back: list[list[int]] = [[-1] * len(roles)]
        for t in range(1, len(doc)):
            given = learned.model.predict_proba(learned.vectorizer.transform(
                [_with_previous(doc_rows[t], r, doc[t].rule) for r in roles]))
            row, pointers = [], []
            for j in range(len(roles)):
                best = max(range(len(roles)),
                           key=lambda i, j=j: score[-1][i] + math.log(max(given[i][j], 1e-12)))
                row.append(score[-1][best] + math.log(max(given[best][j], 1e-12)))
                pointers.append(best)
            score.append(row)
            back.append(pointers)
        j = max(range(len(roles)), key=score[-1].__getitem__)
        path = [j]
        for t in range(len(doc) - 1, 0, -1):
            j = back[t][j]
            path.append(j)
        path.reverse()
        for t, j in enumerate(path):  # the path's label, with its probability given the
            given = learned.model.predict_proba(learned.vectorizer.transform(  # one before
                [_with_previous(doc_rows[t], roles[path[t - 1]] if t else None,
                                doc[t].rule)]))[0]
            out.append({r: float(given[i]) if i == j else 0.0 for i, r in enumerate(roles)})
        k = end + 1
    return out


def fit(name: str, sentences: list[Sentence], c: float = 0.5, defaults: bool = False
        ) -> Learned:
    """A model of kind ``name`` trained on sentences with gold roles (in article order);
    ``defaults``: on those whose rules' label came from a default only (every sentence is
    still read, as the ones around them)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if name not in MODELS:
        raise ValueError(f"unknown model {name!r}; known: {', '.join(MODELS)}")
    from annotator.domain.proposals.parties import by_default

    keep = [k for k, s in enumerate(sentences) if s.role in ROLES
            and (not defaults or by_default(s.reason))]
    rows = _rows(name, sentences)
    y = [sentences[k].role for k in keep]
    if name == "sequence":
        previous = [None] + [s.role for s in sentences[:-1]]
        rows = [_with_previous(r, previous[k] if k and sentences[k - 1].doc == sentences[k].doc
                               else None, sentences[k].rule) for k, r in enumerate(rows)]
    rows = [rows[k] for k in keep]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    text = None
    if name in TEXT_MODELS:
        from scipy.sparse import hstack

        text = _text_vectorizer()
        x = hstack([x, text.fit_transform([sentences[k].text for k in keep])]).tocsr()
    if name == "boosted":
        from sklearn.ensemble import HistGradientBoostingClassifier

        model = HistGradientBoostingClassifier(max_iter=60, learning_rate=0.1,
                                               max_leaf_nodes=15, l2_regularization=1.0,
                                               random_state=0)
        model.fit(x.toarray(), y)
    else:
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(x, y)
    return Learned(name, vectorizer, model, text, tuple(str(r) for r in model.classes_),
                   len(keep))


def propose_roles(learned: Learned, sentences: list[Sentence], take: float | None,
                  defaults: bool = False) -> list[str]:
    """The role proposed for each sentence: the model's outright (``take`` None), or the
    rules' unless the model differs with at least ``take``; ``defaults``: the rules' on
    every sentence whose label a cue or a class rule decided."""
    from annotator.domain.proposals.parties import by_default

    out = []
    for s, p in zip(sentences, learned.probabilities(sentences), strict=True):
        role = max(p, key=p.__getitem__)
        gated = defaults and not by_default(s.reason)
        out.append(role if not gated and (take is None or p[role] >= take) else s.rule)
    return out


def _kept(x: float) -> float:
    """A coefficient as written: 12 significant digits (a file the same on every machine
    whose arithmetic differs in the last bits; probabilities move by less than 1e-10)."""
    return float(f"{x:.12g}")


def exported(learned: Learned) -> dict:
    """A logistic regression (any model but ``boosted`` and ``sequence``) as plain data:
    its classes, intercepts, each feature's and each word's coefficients per class, the
    words' idf and how the words are read."""
    if learned.name in ("boosted", "sequence"):
        raise ValueError(f"{learned.name} is not a linear model over one row")
    model = learned.model
    roles = list(learned.roles)
    coef, intercept = model.coef_, model.intercept_
    if len(roles) == 2:  # a binary regression: one row, the first class its negative
        coef, intercept = [-coef[0], coef[0]], [-intercept[0], intercept[0]]
    names = [str(n) for n in learned.vectorizer.get_feature_names_out()]
    out: dict[str, Any] = {
        "model": learned.name,
        "classes": roles,
        "intercept": [_kept(float(v)) for v in intercept],
        "features": [[name, [_kept(float(coef[k][j])) for k in range(len(roles))]]
                     for j, name in enumerate(names)],
        "text": None,
    }
    if learned.text is not None:
        text = learned.text
        vocabulary = sorted(text.vocabulary_.items(), key=lambda kv: kv[1])
        offset = len(names)
        out["text"] = {
            "lowercase": bool(text.lowercase), "token_pattern": text.token_pattern,
            "ngram_range": list(text.ngram_range), "sublinear_tf": bool(text.sublinear_tf),
            "norm": text.norm,
            "terms": [[term, _kept(float(text.idf_[j])),
                       [_kept(float(coef[k][offset + j])) for k in range(len(roles))]]
                      for term, j in vocabulary]}
    return out
