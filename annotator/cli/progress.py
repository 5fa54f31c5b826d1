"""A rich progress bar on stderr for long work (silent when stderr is not a terminal).

rich's progress module is imported only when a bar is drawn: a command piped or run by a
script, and every command that never draws one, does not pay its import (about 0.1-0.3 s).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

EVERY = 500  # steps between updates of the bar


def _nothing(n: int = 1) -> None:
    """The advance of a bar nobody sees."""


@contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[callable]:
    """Yield ``advance(n=1)``; the bar draws on stderr only when it is a terminal. Piped, the
    advance does nothing; on a terminal it reaches the bar every 500 steps, so work counted
    per row (an export of a million records) does not pay rich's lock and clock per row."""
    from annotator.cli.tables import surely_no_terminal

    if surely_no_terminal(sys.stderr):  # known without importing rich
        yield _nothing
        return
    from annotator.cli.output import console as safe_console

    console = safe_console(err=True)
    if not console.is_terminal:
        yield _nothing
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

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

