"""When the terminal goes away (SSH dropped, tmux pane killed), the app leaves at once.

A lost terminal is announced by SIGHUP and SIGCONT; afterwards every read of it returns
end-of-file and every write fails. Left to themselves, the pieces under the app get this
wrong: Textual's input thread reads end-of-file in a loop (about 80% of a core, for hours),
its SIGCONT handler starts the terminal mode again (a second input thread, a new writer),
its writer thread dies on the first failed write and the next writes then block, and the
CLI's SIGHUP handler raises in whatever frame is running, where a task may swallow it.

So while the app runs in a real terminal, :func:`watch_terminal`:

- turns SIGHUP and SIGTERM into ``app.exit()`` on the event loop, never an exception in a
  random frame;
- waits for the hang-up in a thread (``poll()`` asked for no event wakes only on a hang-up
  or an error, so it costs nothing meanwhile): this also catches a terminal lost while
  SIGHUP is ignored (``nohup``);
- lets Textual's SIGCONT handler resume only a terminal that is still there.

On a hang-up the terminal's descriptors are pointed at /dev/null, so the last writes and
reads of the exit neither fail nor block, and the app exits as on ``q``: the screens
unmount and the database is closed. Every label was committed before its key returned, so
nothing is lost; should the exit still hang, the process leaves after :data:`GRACE_SECONDS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
import sys
import termios
import threading

GRACE_SECONDS = 10.0  # a clean exit takes milliseconds; this only bounds a stuck one
HANGUP_EXIT = 129  # 128 + SIGHUP, as a shell reports a process its hang-up ended


def watch_terminal(app) -> TerminalWatch | None:
    """Start watching the terminal of a running app (from its event loop); None when the
    app has no terminal of its own (Pilot's headless runs, the browser)."""
    if app.is_headless or getattr(app, "is_web", False):
        return None
    stdin = sys.__stdin__
    if stdin is None or not os.isatty(stdin.fileno()):
        return None
    watch = TerminalWatch(app, stdin.fileno())
    watch.start()
    return watch


class TerminalWatch:
    def __init__(self, app, fd: int) -> None:
        self.app = app
        self.fd = fd
        self.loop = asyncio.get_running_loop()
        self.gone = False

    def start(self) -> None:
        self.loop.add_signal_handler(signal.SIGHUP, self.hang_up)
        self.loop.add_signal_handler(signal.SIGTERM, self.terminate)
        resume = signal.getsignal(signal.SIGCONT)
        if callable(resume):
            signal.signal(signal.SIGCONT, self._resume_if_there(resume))
        threading.Thread(target=self._wait_for_hang_up, name="terminal watch",
                         daemon=True).start()

    def terminal_there(self) -> bool:
        try:
            termios.tcgetattr(self.fd)
        except (termios.error, OSError):
            return False  # a hung-up terminal answers EIO
        return True

    def _resume_if_there(self, resume):
        def on_continue(signum, frame) -> None:
            if self.terminal_there():
                resume(signum, frame)  # back from ctrl-z: Textual redraws
            else:
                self._soon(self.hang_up)

        return on_continue

    def _wait_for_hang_up(self) -> None:
        poller = select.poll()
        poller.register(self.fd, 0)  # no event asked: only a hang-up or an error wakes it
        while not poller.poll():
            pass
        self._soon(self.hang_up)

    def _soon(self, callback) -> None:
        with contextlib.suppress(RuntimeError):  # the loop already closed: the app is gone
            self.loop.call_soon_threadsafe(callback)

    def terminate(self) -> None:
        """SIGTERM: leave as on ``q`` (the terminal, if still there, is restored)."""
        if not self.terminal_there():
            self.hang_up()
            return
        self.app.exit(return_code=128 + signal.SIGTERM)

    def hang_up(self) -> None:
        if self.gone:
            return
        self.gone = True
        deadline = threading.Timer(GRACE_SECONDS, os._exit, [HANGUP_EXIT])
        deadline.daemon = True
        deadline.start()
        null = os.open(os.devnull, os.O_RDWR)
        for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
            with contextlib.suppress(AttributeError, ValueError, OSError):
                os.dup2(null, stream.fileno())
        os.close(null)
        self._revive_writer()
        self.app.exit(return_code=HANGUP_EXIT)

    def _revive_writer(self) -> None:
        """Textual's writer thread dies on the first write the lost terminal refused; its
        queue then fills and the exit's writes would block. Its loop runs again, now
        writing to /dev/null (Textual's private ``_writer_thread``; textual is pinned)."""
        writer = getattr(getattr(self.app, "_driver", None), "_writer_thread", None)
        if writer is not None and not writer.is_alive() and hasattr(writer, "run"):
            threading.Thread(target=writer.run, name="textual-output (after hang-up)",
                             daemon=True).start()
