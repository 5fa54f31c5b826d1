"""Proposals: for every unlabeled sentence, the label, source and confidence an analyst
would most likely give it, each with its reason, so that ``enter`` accepts them in one key.

``lexicon`` (cue words per language, from ``data/cues/``), ``reading`` (one sentence: its
label cue and its speaker), ``features`` (what carries from one article to the next),
``label_model`` (the label model shipped with the package, learned from reviewed articles),
``classifier`` and ``learning`` (models trained on the team's labels, blended with the
cues), ``engine`` (a sentence in its document: the speaker carried from the sentences
before, what the analyst saved, the confidence).
"""

from annotator.domain.proposals.classifier import MIN_LABELS, Model, count_labels
from annotator.domain.proposals.engine import (
    CLASSIFIER,
    CUES,
    LEARNED,
    PROPOSERS,
    Proposal,
    label_for_role,
    propose,
    propose_text,
)
from annotator.domain.proposals.learning import train
from annotator.domain.proposals.lexicon import Lexicon, lexicon
from annotator.domain.proposals.reading import read_label, read_speaker

__all__ = [
    "CLASSIFIER",
    "CUES",
    "LEARNED",
    "PROPOSERS",
    "Lexicon",
    "MIN_LABELS",
    "Model",
    "Proposal",
    "count_labels",
    "label_for_role",
    "lexicon",
    "propose",
    "propose_text",
    "read_label",
    "read_speaker",
    "train",
]
