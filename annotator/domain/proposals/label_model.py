"""The label model shipped with the package (data/label_model.json): a logistic regression
trained by benchmarks/train_prior.py on the rules' reading of reviewed articles the rules
were never written from, so it learned the errors the rules make on text they have not seen.

It is read here in plain Python (no scikit-learn, scipy or numpy on a label key's path): the
features a proposal reads (features.describe, and prior.before_features: who speaks in the
dispute, from the sentence and those before it), and, when the model was trained with them,
the sentence's words as tf-idf read the way scikit-learn's TfidfVectorizer reads them.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from annotator.base.resources import data_file
from annotator.domain.proposals.features import scores, softmax

MODEL_FILE = "label_model.json"
DISPUTE_ROLES = frozenset({"alleges", "denies"})  # reading.ACCUSATION, reading.DENIAL


@dataclass(frozen=True)
class LabelModel:
    """A linear model over a sentence's features and words, as numbers."""

    name: str
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> a coefficient per class
    terms: dict[str, tuple[float, tuple[float, ...]]]  # word or word pair -> idf, coefficients
    take: float | None  # None: the model's label outright; else where it is this sure
    trained_on: dict[str, int]  # set (by language) -> sentences
    # how sure it must be of a claim or context (None: as of an accusation or denial, ``take``)
    calm_take: float | None = None
    # where it may overrule the rules: "default" (only where their label came from a default:
    # no cue, no class rule) or "cue" (anywhere but an accusation or denial a cue gave)
    gate: str = "default"
    # where the model speaks, by language (fortieth round on): a language's own gate and
    # takes, or None where the rules alone read better (chosen per language by
    # benchmarks/choose_take.py); absent (None), the one policy above holds for every language
    policies: dict[str, tuple[str, float | None, float | None] | None] | None = None
    lowercase: bool = True
    token_pattern: str = r"(?u)\b\w\w+\b"
    ngram_range: tuple[int, int] = (1, 2)
    sublinear_tf: bool = True
    # a language's own model (the file's ``by_language``, forty-second round on): a whole
    # model trained for that language, read instead of this one there; every language the
    # file names no model for reads this one
    own: dict[str, LabelModel] = field(default_factory=dict, repr=False)
    # the model as it speaks in each language asked (for_language), made once: a proposal
    # asks it of every sentence shown
    _spoken: dict[str, LabelModel | None] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_data(cls, data: dict) -> LabelModel:
        text = data.get("text") or {}
        return cls(
            name=data["model"], classes=tuple(data["classes"]),
            intercept=tuple(data["intercept"]),
            weights={name: tuple(w) for name, w in data["features"]},
            terms={term: (idf, tuple(w)) for term, idf, w in text.get("terms", ())},
            take=data.get("take"), trained_on=dict(data.get("trained_on", {})),
            calm_take=data.get("calm_take", data.get("take")),
            gate=data.get("gate", "default"),
            policies=_policies(data.get("policies")),
            lowercase=text.get("lowercase", True),
            token_pattern=text.get("token_pattern", r"(?u)\b\w\w+\b"),
            ngram_range=tuple(text.get("ngram_range", (1, 2))),
            sublinear_tf=text.get("sublinear_tf", True),
            own={language: cls.from_data(own)
                 for language, own in (data.get("by_language") or {}).items()})

    def for_language(self, language: str | None) -> LabelModel | None:
        """The model as it speaks in ``language``: that language's own model where the file
        holds one (under its own policy for that language), else this one under that
        language's policy; None where it is to be silent (the rules alone; also a language
        it has no policy for)."""
        key = language or ""
        if key in self.own:
            if key not in self._spoken:
                self._spoken[key] = self.own[key].for_language(key)
            return self._spoken[key]
        if self.policies is None:
            return self
        if key not in self._spoken:
            policy = self.policies.get(key)
            self._spoken[key] = None if policy is None else dataclasses.replace(
                self, gate=policy[0], take=policy[1], calm_take=policy[2])
        return self._spoken[key]

    def _words(self, text: str) -> dict[str, float]:
        """The sentence's tf-idf over the model's words, l2-normed (TfidfVectorizer's)."""
        tokens = _pattern(self.token_pattern).findall(text.lower() if self.lowercase else text)
        low, high = self.ngram_range
        counts: dict[str, int] = {}
        terms = self.terms
        known = [t in terms for t in tokens]  # a word pair kept is two words kept (min_df)
        if (low, high) == (1, 2):
            _words_and_pairs(tokens, known, terms, counts)
        else:
            for n in range(low, high + 1):
                for k in range(len(tokens) - n + 1):
                    if n > 1 and low == 1 and not all(known[k:k + n]):
                        continue
                    gram = tokens[k] if n == 1 else " ".join(tokens[k:k + n])
                    if gram in terms:
                        counts[gram] = counts.get(gram, 0) + 1
        values = {g: ((1 + math.log(c)) if self.sublinear_tf else c) * self.terms[g][0]
                  for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values()))
        return {g: v / norm for g, v in values.items()} if norm else {}

    def probabilities(self, features: dict[str, float], text: str = "") -> dict[str, float]:
        """Each class's probability for one row (its features, and its text if words count)."""
        score = scores(self.intercept, self.weights, features)
        if self.terms:
            words = self._words(text)
            score = scores(score, {g: self.terms[g][1] for g in words}, words)
        return dict(zip(self.classes, softmax(score), strict=True))

    def sentences(self) -> int:
        return sum(self.trained_on.values())

    def learned_from(self) -> dict[str, int]:
        """Every set (by language) this file's models learned from, with its sentences: this
        model's and each language's own model's (``by_language``), so a set the English
        model alone learned from is still marked as training text (bench_proposals)."""
        out = dict(self.trained_on)
        for own in self.own.values():
            out.update(own.learned_from())
        return out

    def consulted(self, rule_role: str, by_default: bool) -> bool:
        """Whether the model may overrule the rules' label at all: over a default of the
        rules; with the "cue" gate, also over a class rule's claim or context, never over an
        accusation or denial a cue gave ("they allege", "I have never cheated": a model that
        turns those around loses an analyst's trust for a point or two)."""
        return by_default or (self.gate == "cue" and rule_role not in DISPUTE_ROLES)

    def overrules(self, role: str, probability: float) -> bool:
        """Whether the model's ``role`` (not the rules') is sure enough to be proposed: a
        claim or context needs ``calm_take``, an accusation or denial ``take``."""
        take = self.take if role in DISPUTE_ROLES else self.calm_take
        return take is None or probability >= take


def _words_and_pairs(tokens: list[str], known: list[bool], terms: dict,
                     counts: dict[str, int]) -> None:
    """``LabelModel._words``'s counts for the shipped model's words and word pairs
    (ngram_range (1, 2)): the words known, then the pairs of two known words that are
    terms, each counted in the order the general loop meets them (the same dict, so the
    same sums after it), without a slice of ``known`` per pair nor a join for a pair whose
    words are not both known (the model reads most sentences shown; issue 10, round 41)."""
    for token, kept in zip(tokens, known, strict=True):
        if kept:
            counts[token] = counts.get(token, 0) + 1
    for k in range(len(tokens) - 1):
        if known[k] and known[k + 1]:
            gram = f"{tokens[k]} {tokens[k + 1]}"
            if gram in terms:
                counts[gram] = counts.get(gram, 0) + 1


def _policies(raw: dict | None) -> dict | None:
    """The file's per-language policies ({"en": {"gate", "take", "calm_take"}, "id": null})."""
    if raw is None:
        return None
    return {language: None if policy is None else (
        policy["gate"], policy["take"], policy.get("calm_take", policy["take"]))
        for language, policy in raw.items()}


def _lines(key: str, rows: list) -> str:
    return f"{json.dumps(key)}: [\n" + ",\n".join(
        json.dumps(row, ensure_ascii=False) for row in rows) + "\n]"


def model_text(data: dict) -> str:
    """The model as JSON text, one feature or word a line (a retrained model's diff reads
    line by line); each language's own model (``by_language``) the same way, nested, in
    the order of the languages' names (the same data give the same bytes)."""
    parts = []
    for key, value in data.items():
        if key == "by_language":
            parts.append(f"{json.dumps(key)}: {{" + ",".join(
                f"\n{json.dumps(language)}: " + model_text(value[language]).rstrip("\n")
                for language in sorted(value)) + "\n}")
        elif key == "features":
            parts.append(_lines(key, value))
        elif key == "text" and value:
            head = {k: v for k, v in value.items() if k != "terms"}
            parts.append(f"{json.dumps(key)}: {json.dumps(head, ensure_ascii=False)[:-1]}, "
                         + _lines("terms", value["terms"]) + "}")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


@lru_cache(maxsize=8)
def _pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@lru_cache(maxsize=1)
def shipped(path: Path | None = None) -> LabelModel | None:
    """The package's label model, read once; None when the file is absent."""
    path = path or data_file(MODEL_FILE)
    if not path.exists():
        return None
    return LabelModel.from_data(json.loads(path.read_text(encoding="utf-8")))


def learned_role(model: LabelModel, features: dict[str, float], text: str, rule: str,
                 reason: str, speaker: str | None, before: Sequence) -> tuple[str, float]:
    """The model's role for a sentence and its probability, read as it was trained
    (prior.before_features or the describe features alone), from what a proposal has: the
    sentence, the rules' reading of it and the sentences before it (parties.Said)."""
    from annotator.domain.proposals.prior import before_features

    row = before_features(features, text, rule, reason, speaker, list(before)) \
        if model.name.startswith("parties") else features
    p = model.probabilities(row, text)
    role = max(model.classes, key=p.__getitem__)
    return role, p[role]
