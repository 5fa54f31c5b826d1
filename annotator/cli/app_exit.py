"""The exit status of the commands that run the app (label, adjudicate, dashboard).

The app's return code becomes the process's: 0 after `q`, 129 after the terminal hung up
(128 + SIGHUP, what a shell reports for a process its hang-up ended), 143 after SIGTERM,
1 after a crash. Scripts and session managers can then tell a finished session from a
lost one. The code is given after ``handle_errors`` has seen the command through, so a
database the command made (a first run's seeds) counts as made, and is kept, whatever the
code: every label in it was committed before its key returned.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable


def exits_with_app_code(command: Callable[..., int | None]) -> Callable[..., None]:
    """Wrap a command body (already wrapped by handle_errors) that returns the app's
    return code."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs) -> None:
        code = command(*args, **kwargs)
        if code:
            sys.exit(code)

    return wrapper
