"""Link suggestions: the sentences a sentence most likely answers or repeats, and the disputes
it could join, each with a score and a short reason.

Why not string similarity alone: a denial often says only "such reports are baseless" and the
sentence before it names the accusation, and the same actors go by several names (Korea Utara,
Korut, Pyongyang). So each sentence is read with its neighbours, government names and aliases
from the source registry count as one entity, Indonesian affixes are stripped (menuduh and
tuduhan share "tuduh"), and accusation/denial cue words, labels, dispute members and
ingestion's near-duplicate groups all add evidence. It works cold (cues and context only) and
sharpens as labels and disputes accumulate.

At scale the same words recur in many other quarrels, so a candidate must also name the
accusation's parties (itself or its neighbours) and say the shared words together as the
accusation does (pairs of nearby terms; a word said next to another party, where the
accusation names one the candidate does not, marks another allegation). An accusation reads
its own article to the end, where its answer is usually reported; a possible answer is read
with all its neighbours, so its score does not depend on what a search brought in. Roles
count: a denial by the accuser, one rejecting another party's accusation, or one saying the
act of someone else answers another quarrel; and a sentence of another article whose
surroundings and lead never say the accused act is about the parties, not this allegation.

Speed: candidates come from FTS5 (the rarest informative terms alone, the commoner ones in
pairs or triples whose matches are read in full, never cut to the oldest rows; affixed forms
no sentence uses are left out of the queries; an accusation's names after its cue are asked
for besides its longest words, weighed as before, as its answers name them too; and an
accusation's allegation restated elsewhere, its accused, the other party it names first and
its act's first two words together, with the two sentences after each, where an answer that
names nothing itself is usually said), widened to their neighbours, near-duplicates
and fellow dispute members (sentences read only as context are checked for a side by their
cue words, not read in full); only those few hundred are scored (rapidfuzz with an explicit
scorer and cutoff on text preprocessed once, plus an IDF-weighted overlap), never the whole
corpus, and only those whose words and context bound their score above the list's last are
weighed in full.

Scale: IDF is capped at one sentence in 1,000 and a corpus counts as at least 1,000
sentences, so rare words weigh the same from the first few articles on, and a story's own
parties are not weighed like function words because the corpus holds little else yet.

One module per concern, each depending only on those listed before it:
``words`` (tokens, stopwords, stemming, affixed forms), ``cues`` (accusation and denial
cue words, with the label lexicons'), ``entities`` (registry names and aliases, and the
parties of ``data/parties.json``, as one entity), ``reading`` (a sentence's terms, cues and
stance), ``parties`` (who accuses and who denies), ``candidates`` (FTS5 retrieval and the
run's rows), ``similarity`` (weighted term overlap, pairs said together), ``evidence``
(labels, dispute links, documents), ``rank`` (scoring and ``suggest()``).
"""

from annotator.db.fts import quote
from annotator.domain.suggest.candidates import Corpus
from annotator.domain.suggest.cues import ACCUSATION_CUES, DENIAL_CUES
from annotator.domain.suggest.entities import Entities, load_entities
from annotator.domain.suggest.rank import (
    DisputeSuggestion,
    SentenceSuggestion,
    Suggestions,
    suggest,
)
from annotator.domain.suggest.reading import Reading, read, stance_of
from annotator.domain.suggest.words import STOPWORDS, affixed, stem, words

__all__ = [
    "ACCUSATION_CUES",
    "DENIAL_CUES",
    "STOPWORDS",
    "Corpus",
    "DisputeSuggestion",
    "Entities",
    "Reading",
    "SentenceSuggestion",
    "Suggestions",
    "affixed",
    "load_entities",
    "quote",
    "read",
    "stance_of",
    "stem",
    "suggest",
    "words",
]
