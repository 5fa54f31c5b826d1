"""What accepting a proposal adds to the registry: every proposed speaker it does not know yet,
each with the short forms the article defines for it ("Komisi Pemilihan Umum (KPU) Deli
Serdang" -> "KPU Deli Serdang"), so that the next sentence, or the next article, that uses
the short form is read as the same speaker (the guidelines: an organisation is one speaker
under either name).

One function for the labeling screen's `enter` and for the benchmark's reviewer who presses
only `enter`: both register the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.domain.sources import Source, SourceError, add_source, find

if TYPE_CHECKING:
    from sqlite_utils import Database


def register_proposed(db: Database, proposal, saved_source: str | None) -> list[Source]:
    """Add the proposal's speakers the registry does not know when the analyst saved its
    source as proposed (``saved_source`` is the proposal's name); an alias another source
    already holds is left to it. Returns the sources added, with their aliases."""
    if proposal is None or not saved_source or saved_source != proposal.name:
        return []
    names = [proposal.name, *[n for n in proposal.sources if n != proposal.name]]
    added = []
    for name in names:
        if find(db, name) is not None:
            continue
        aliases = proposal.aliases if name == proposal.name else ()
        free = [a for a in aliases if a.casefold() != name.casefold() and find(db, a) is None]
        try:
            added.append(add_source(db, name, aliases=free))
        except SourceError:
            continue  # a name that cannot be a source (control characters): left unsaved
    return added
