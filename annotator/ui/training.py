"""The classifier is trained in a process of its own, which leaving the app ends.

Training reads the team's labels and fits scikit-learn's models: about 20 s of CPU on a
million-sentence database. In a thread of the app it held the interpreter against the
screen for that long, and `q` (or a hang-up) had to wait for it: a thread cannot be
stopped, and Python waits for its threads before the process leaves. In a child process
it uses the other core, and the app ends it at once when it leaves (:meth:`Training.stop`,
before its own connection closes, so that one is the last and the database is closed
cleanly). The child writes the model, pickled, on its stdout; it never writes to the
database. Its stderr is kept off the terminal (the screen is drawn there).

    python -m annotator.ui.training DATABASE    (what the app runs)
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the proposals are imported after the first sentence is shown
    from annotator.domain.proposals import Model


class TrainingFailed(RuntimeError):
    """The child process did not give a model (its last line of stderr says why)."""


class Training:
    """The app's training runs: one child at a time, ended by :meth:`stop`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._children: set[subprocess.Popen] = set()
        self.stopped = False

    def train(self, db_path: str | Path) -> Model | None:
        """Train on the database's labels in a child process and return its model (None:
        too few labels yet, or the app is leaving). Blocks: call it from a worker."""
        with self._lock:
            if self.stopped:
                return None
            child = subprocess.Popen(
                [sys.executable, "-m", "annotator.ui.training", str(db_path)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            self._children.add(child)
        try:
            out, err = child.communicate()
        finally:
            with self._lock:
                self._children.discard(child)
        if self.stopped:
            return None
        if child.returncode != 0:
            lines = err.decode(errors="replace").strip().splitlines()
            raise TrainingFailed(lines[-1] if lines else f"exit {child.returncode}")
        return pickle.loads(out)  # noqa: S301  # our own child's model, through a pipe

    def running(self) -> list[int]:
        """Process ids of the training children now running."""
        with self._lock:
            return [child.pid for child in self._children]

    def stop(self) -> None:
        """End every training child and wait for it (the app is leaving)."""
        with self._lock:
            self.stopped = True
            children = list(self._children)
        for child in children:
            if child.poll() is None:
                child.kill()
            child.wait()


def main(argv: list[str]) -> int:
    from annotator.db.connection import connect
    from annotator.domain.proposals import train

    db = connect(argv[0])
    try:
        model = train(db)
    finally:
        db.close()
    sys.stdout.buffer.write(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
