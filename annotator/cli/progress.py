"""A rich progress bar on stderr for long work (silent when stderr is not a terminal)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

EVERY = 500  # steps between updates of the bar


def _nothing(n: int = 1) -> None:
    """The advance of a bar nobody sees."""


@contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[callable]:
    """Yield ``advance(n=1)``; the bar draws on stderr only when it is a terminal. Piped, the
    advance does nothing; on a terminal it reaches the bar every 500 steps, so work counted
    per row (an export of a million records) does not pay rich's lock and clock per row."""
    from annotator.cli.output import console as safe_console

    console = safe_console(err=True)
    if not console.is_terminal:
        yield _nothing
        return
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    with progress:
        task = progress.add_task(description, total=total)
        pending = 0

        def advance(n: int = 1) -> None:
            nonlocal pending
            pending += n
            if pending >= EVERY:
                progress.advance(task, pending)
                pending = 0

        try:
            yield advance
        finally:
            if pending:
                progress.advance(task, pending)

