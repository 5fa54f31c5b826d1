"""The speaker's side in the article's dispute as a model's features: the side the reading
before the sentence places them on (accusing, accused, none) and how it was placed (the
running reading, only loosely, or the whole article's reading), the side the whole article
alone gives, and whether an allegation was read before the sentence or anywhere in the
article. An analyst reads a bare statement by the accused side as a denial; the rules do so
only where a reply rule fires (dispute.py), a model may learn where else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.domain.proposals.article_side import side_in_article
from annotator.domain.proposals.dispute import LOOSE

if TYPE_CHECKING:
    from annotator.domain.proposals.dispute import Dispute
    from annotator.domain.proposals.lexicon import Lexicon


def side_features(dispute: Dispute, text: str, lex: Lexicon, speaker: str | None, rule: str
                  ) -> dict[str, float]:
    """The side features (names to 1.0)."""
    f: dict[str, float] = {}
    side, why = dispute.side(speaker, text, lex)
    whole = side_in_article(dispute.article, speaker)
    if side == "none":
        by = "none"
    elif why.startswith(LOOSE):
        by = "loosely"
    elif whole is not None and (side, why) == tuple(whole):
        by = "article"
    else:
        by = "running"
    f[f"side={side}"] = 1.0
    f[f"side={side}&rule={rule}"] = 1.0
    f[f"side={side}&by={by}"] = 1.0
    f[f"article side={whole[0] if whole else 'none'}"] = 1.0
    if dispute.accused:
        f["allegation read before"] = 1.0
    elif any(s in ("accusing", "accused") for s, _ in (dispute.article or {}).values()):
        f["allegation only later in the article"] = 1.0
        f[f"allegation only later&rule={rule}"] = 1.0
    else:
        f["no allegation in the article"] = 1.0
    return f
