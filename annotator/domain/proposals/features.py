"""A sentence described by what carries from one article to the next: which cues it hits and
how strongly, speech verb, quotation marks, negation, hedges, the label the rules propose,
who speaks and what that speaker did before, the previous sentence's label, where it stands
in the article, its length, and the cue families it hits anywhere, whether negated
(families.py). Never its topic words: a model over these features learns
how analysts label reported speech (a denier's next statement denies, a quote after an
accusation accuses) without fitting one article's vocabulary.

``Discourse`` is what the sentences before it in the document said (their saved label, else
the proposal); ``describe`` turns a sentence and its reading into the features, as plain
``{name: value}``, the input of ``Weights`` (a logistic regression kept as plain numbers).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from annotator.domain.proposals.families import family_features
from annotator.domain.proposals.lexicon import Lexicon, find
from annotator.domain.proposals.reading import (
    ACCUSATION,
    CLAIM,
    CONTEXT,
    DENIAL,
    LabelReading,
    SpeakerReading,
    words_of,
)

ROLES = (ACCUSATION, DENIAL, CLAIM, CONTEXT)
C = 0.5  # the logistic regression's regularisation


def _key(name: str | None) -> str:
    return (name or "").casefold()


@dataclass
class Discourse:
    """The document read so far: each sentence's role and speaker, in order."""

    count: int = 0  # sentences before this one
    previous: str | None = None  # the previous sentence's role
    previous_speaker: str | None = None
    said: dict[str, str] = field(default_factory=dict)  # speaker -> their last role
    roles: dict[str, int] = field(default_factory=dict)  # role -> sentences with it

    def take(self, role: str | None, speaker: str | None) -> None:
        self.count += 1
        self.previous, self.previous_speaker = role, speaker
        if role:
            self.roles[role] = self.roles.get(role, 0) + 1
            if speaker and role != CONTEXT:
                self.said[_key(speaker)] = role

    def frozen(self) -> tuple:
        return (self.count, self.previous, _key(self.previous_speaker),
                tuple(sorted(self.said.items())), tuple(sorted(self.roles.items())))


def _kind(reading: LabelReading) -> str:
    """Where the rules' label came from, as a word."""
    reason = reading.reason
    for marker, kind in (("answers", "dispute"), ("denied before", "dispute"),
                         ("reported wrongdoing", "wrongdoing"), ("reported speech", "speech"),
                         ("a quotation", "quotation"), ("is negated", "negated"),
                         ("where or by whom", "passive"), ("no speech verb", "none"),
                         ("cue", "cue")):
        if marker in reason:
            return kind
    return "other"


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def describe(text: str, lex: Lexicon, reading: LabelReading, speaker: SpeakerReading,
             discourse: Discourse | None) -> dict[str, float]:
    """The sentence's features (names to values, 1.0 for a present one)."""
    words = words_of(text)
    d = discourse or Discourse()
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str, value: float = 1.0) -> None:
        f[name] = f.get(name, 0.0) + value

    rule, kind = reading.role, _kind(reading)
    on(f"rule={rule}")
    on(f"rule={rule}&kind={kind}")
    on(f"strength&rule={rule}", reading.strength)
    on(f"lang={lex.language}")
    for name, table in (("accusation", lex.accusation), ("denial", lex.denial),
                        ("wrongdoing", lex.wrongdoing), ("speech", lex.speech),
                        ("rebuttal", lex.rebuttal), ("hedge", lex.hedges),
                        ("no_comment", lex.no_comment)):
        hits = find(table, words)
        if hits:
            on(f"has:{name}")
            on(f"hits:{name}", min(3, len(hits)) / 3)
            on(f"strongest:{name}", max(table.get(tuple(words[s:e]), 1.0) for s, e in hits))
    negations = sum(w in lex.negations for w in words)
    if negations:
        on("negation")
        on(f"negation&rule={rule}")
    if reading.hedges:
        on("hedged")
    if reading.negated:
        on("negated cue")
    stripped = text.strip()
    quoted = any(ch in stripped for ch in "\"“”")
    if quoted:
        on("quoted")
        on("quote opens" if stripped[:1] in "\"“'‘" else "quote inside")
        if stripped[-1:] in "\"”" or stripped.rstrip(".")[-1:] in "\"”":
            on("quote closes")
    who = "none" if speaker.name is None else ("carried" if speaker.carried else
                                                ("new" if speaker.new else "named"))
    on(f"speaker={who}")
    on(f"speaker={who}&rule={rule}")
    before = d.said.get(_key(speaker.name)) if speaker.name else None
    if before:
        on(f"speaker said={before}")
        on(f"speaker said={before}&rule={rule}")
    if speaker.name and _key(speaker.name) == _key(d.previous_speaker):
        on("same speaker as previous")
    if d.previous:
        on(f"previous={d.previous}")
        on(f"previous={d.previous}&rule={rule}")
    else:
        on("first")
    if d.roles.get(ACCUSATION):
        on("accused before")
        if speaker.name and d.said.get(_key(speaker.name)) != ACCUSATION:
            on(f"other than accuser&rule={rule}")
    if d.roles.get(DENIAL):
        on("denied before")
    on(f"position{_bucket(d.count, (0, 1, 3, 7))}")
    on(f"words{_bucket(len(words), (8, 15, 25, 40))}")
    f.update(family_features(text, words, lex.language))
    return f


@dataclass(frozen=True)
class Weights:
    """A multinomial logistic regression over ``describe``'s features, as plain numbers:
    a proposal reads it without scikit-learn."""

    roles: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    trained_on: int
    about: str = ""

    def predict(self, features: dict[str, float]) -> tuple[str, float]:
        """The most likely role and its probability."""
        p = softmax(scores(self.intercept, self.weights, features))
        best = max(range(len(p)), key=p.__getitem__)
        return self.roles[best], p[best]


def scores(intercept, weights: dict[str, tuple[float, ...]], features: dict[str, float]
           ) -> list[float]:
    """A linear model's score per class for one row (feature name -> value): the team's
    features model and the shipped label model (label_model.py) read their numbers alike.
    Summed class by class over the features the model knows, in the features' order: the
    same additions in the same order as feature by feature over every class (the same
    floats to the last bit), without a new list for each feature (three times faster; the
    label model reads some sixty features and words on most sentences shown)."""
    rows = [(w, value) for name, value in features.items() if (w := weights.get(name))]
    if {len(w) for w, _ in rows} - {len(intercept)}:
        raise ValueError("a feature's weights and the intercept differ in length")
    out = []
    for k, total in enumerate(intercept):
        for w, value in rows:
            total = total + w[k] * value
        out.append(total)
    return out


def softmax(values: list[float]) -> list[float]:
    top = max(values)
    exps = [math.exp(v - top) for v in values]
    total = sum(exps)
    return [e / total for e in exps]


def fit(rows: list[tuple[dict[str, float], str]], c: float = C, about: str = "") -> Weights:
    """Weights learned from (features, role) rows (scikit-learn, imported here only, in the
    training worker; a proposal reads the numbers)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([features for features, _ in rows])
    y = [role for _, role in rows]
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    roles = tuple(str(r) for r in model.classes_)
    coef = model.coef_ if len(roles) > 2 else [-model.coef_[0], model.coef_[0]]
    intercept = (model.intercept_ if len(roles) > 2
                 else [-model.intercept_[0], model.intercept_[0]])
    names = vectorizer.get_feature_names_out()
    weights = {str(name): tuple(float(coef[k][j]) for k in range(len(roles)))
               for j, name in enumerate(names)}
    return Weights(roles, tuple(float(x) for x in intercept), weights, len(rows), about)

