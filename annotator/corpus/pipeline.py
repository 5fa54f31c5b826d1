"""Analysing many documents, on the other cores when the input is large.

The main process reads files and stores rows; analysis (chrome rules, segmentation) of
large inputs runs in worker processes, a few chunks ahead, results in input order.
Small inputs are analysed in-process: starting workers costs more than it saves.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from hashlib import sha256
from multiprocessing.pool import Pool
from typing import NamedTuple

from annotator.corpus.analyse import TooLongSentence, Unit, analyse
from annotator.corpus.dedupe import (
    DUPLICATE,
    keys_of,
    punctuation_spaced,
    signature,
)
from annotator.corpus.key_batches import as_bytes
from annotator.corpus.language import detect
from annotator.corpus.readers import SourceDocument
from annotator.corpus.rules import Rules
from annotator.db.document_text import gaps_of

CHUNK = 64  # documents per task
# tasks in flight per worker (8 on 2 cores): the workers, nicer than the main process, get a
# core only when its threads leave one, and a few tasks done ahead left them asleep while it
# was busy (6.1-7.7 core-seconds of worker sleep at 1,000,000 sentences with 2 a worker,
# 2.0-2.3 with 8: 49th round). The results held ahead are the memory that grows most from
# 100,000 sentences to 1,000,000 once the near-duplicate index keeps to its budget: with 4 a
# worker the peak at 1,000,000 is 156 MB against 163-165 with 8, the cores idle 7.8-8.0
# core-seconds against 6.5-7.1, the wall against raw the same within its noise (51st round)
AHEAD = 4
PARALLEL_BYTES = 4_000_000  # inputs smaller than this are analysed in-process
# a near-duplicate key (under 2**33) and the index of its unit in the document in one int
UNIT_BITS = 24
UNIT_LIMIT = 1 << UNIT_BITS
# how much less of a core a worker asks for than the main process (os.nice's steps): the
# main process's threads store every row through one connection, the run's slowest part, so
# they take a core whenever they can run and the workers fill what they leave (issue 10,
# 44th round; 4 and 19 measured slower at 1,000,000 sentences)
WORKER_NICENESS = 10


class Result(NamedTuple):
    """One document ready to store, but for near-duplicate groups (which need the order
    of the whole run). Compact, so it crosses processes cheaply: a tuple (not a dataclass,
    whose state is a dict to rebuild) of flat unit tuples (no signature tuple in each)."""

    title: str | None
    outlet: str | None
    dateline: str | None
    published: str | None
    wire: str | None
    # (sentence id, start, end, excluded, duplicate_of, then its signature's normalised text
    # and keys, or None and None), in document order
    units: list[tuple[str, int, int, str | None, str | None, str | None,
                      tuple[int, ...] | None]]
    language: str | None = None  # given by the record or the run, else detected
    gaps: str | None = None  # the raw text outside the units (document_text.gaps_of)
    # the near-duplicate keys of the units as key << UNIT_BITS | unit index, native
    # unsigned 64-bit ints (key_batches.as_bytes): the main process files many documents'
    # at once (key_batches.packed) without a Python int per key
    keys: bytes = b""


def sentence_id(doc_id: str, text: str, occurrence: int) -> str:
    """Hash of the document, the text and which occurrence of that text it is."""
    key = f"{doc_id}\x1f{text}\x1f{occurrence}".encode()
    return sha256(key).hexdigest()[:16]


def analyse_one(rules: Rules, source: SourceDocument,
                language: str | None) -> Result | TooLongSentence:
    """The document's rows, or the TooLongSentence that stopped it (for its caller to
    report with the file and line it knows). The language is the record's, else the run's,
    else detected from the text."""
    language = source.language or language or detect(source.raw)
    try:
        a = analyse(source.raw, rules, language=language,
                    title=source.title, outlet=source.outlet, published=source.published)
    except TooLongSentence as exc:
        return exc
    # a unit's text is a span of the raw text: an ASCII document has only ASCII units
    raw = source.raw
    ascii_text = raw.isascii() or punctuation_spaced(raw).isascii()
    units, keys = unit_rows(source.doc_id, a.units, ascii_text=ascii_text)
    # the raw text once: the units hold their spans of it, the document the rest
    gaps = gaps_of(source.raw, [(unit.start, unit.end) for unit in a.units])
    return Result(a.title, a.outlet, a.dateline, a.published, a.wire, units, language, gaps,
                  as_bytes(keys))


def _repeat_key(text: str) -> str:
    """A body unit's text, spacing and case aside: units alike by it are repeats."""
    return " ".join(text.split()).casefold()


def unit_rows(doc_id: str, units: Sequence[Unit], *, ascii_text: bool = False
              ) -> tuple[list[tuple], list[int]]:
    """Each unit's row for Result.units (its id, a repeat's first unit, its signature) and
    the near-duplicate keys of the document as key << UNIT_BITS | unit index.

    ascii_text (every unit's text ASCII but for dedupe.SPACED's punctuation) finds repeats
    without normalising each text twice: such a text's signature is a function of its repeat
    key (both lower-case it; the signature's words are runs of letters, digits and _ between
    whitespace or punctuation),
    so only units with the same signature can be repeats, and the repeat key is computed
    only for those (rare) and for units too short to have a signature. Same rows as without.
    """
    # a body unit's repeat key -> its first unit (dedupe.repeats, inline); with ascii_text
    # only for the units without a signature
    seen: dict[str, int] = {}
    by_norm: dict[str, int] = {}  # ascii_text: a signature's text -> its first unit
    clashes: dict[str, dict[str, int]] = {}  # ascii_text: that text -> repeat keys -> first
    occurrences: dict[str, int] = {}
    ids: list[str] = []
    rows = []
    keys: list[int] = []  # the main process refuses a document of UNIT_LIMIT units
    prefix = f"{doc_id}\x1f"
    for index, unit in enumerate(units):
        text = unit.text
        n = occurrences.get(text, 0)
        occurrences[text] = n + 1
        # sentence_id(doc_id, text, n), inline
        sid = sha256(f"{prefix}{text}\x1f{n}".encode()).hexdigest()[:16]
        ids.append(sid)  # a repeat points at an earlier unit's id
        if unit.excluded is not None:
            rows.append((sid, unit.start, unit.end, unit.excluded, None, None, None))
            continue
        if ascii_text:
            signed = signature(text)
            if signed is None:
                first = seen.setdefault(_repeat_key(text), index)
            else:
                norm = signed[0]
                first = by_norm.setdefault(norm, index)
                if first != index:  # the same words: a repeat only if the same repeat key
                    clash = clashes.get(norm)
                    if clash is None:
                        clash = clashes[norm] = {_repeat_key(units[first].text): first}
                    first = clash.setdefault(_repeat_key(text), index)
        else:
            first = seen.setdefault(_repeat_key(text), index)
            signed = signature(text) if first == index else None
        if first != index:
            rows.append((sid, unit.start, unit.end, DUPLICATE, ids[first], None, None))
            continue
        if signed is None:
            rows.append((sid, unit.start, unit.end, None, None, None, None))
        else:
            rows.append((sid, unit.start, unit.end, None, None, signed[0], signed[1]))
            for key in signed[1] or keys_of(signed):
                keys.append(key << UNIT_BITS | index)
    return rows, keys


_worker_rules: Rules | None = None


def _init(rules: Rules) -> None:
    global _worker_rules
    _worker_rules = rules
    gc.disable()  # a short-lived worker making many small objects and no cycles
    _yield_to_the_main_process()
    # the pool ends its workers with SIGTERM: a forked worker inherits the CLI's handler,
    # which raises an exception to unwind (cli.common) and can leave the task queue's lock
    # taken, so that the other worker waits on it for ever (seen twice at 1M sentences)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _yield_to_the_main_process() -> None:
    """Run this worker below the main process's priority (WORKER_NICENESS steps nicer).

    The main process stores every row through one connection, which its full-text index's
    thread also uses, a statement at a time: each batch's index statement must end before
    the main thread's next statement starts. On two cores that thread shared the second core
    evenly with both workers, so its statement took longer than the main thread's work in
    between, and the main thread waited for it (4 s of 23 s at 1,000,000 sentences; 1.2 s
    with nicer workers). A nicer worker still gets every cycle the main process leaves.
    Where the system has no ``os.nice`` (not Unix) the worker keeps its priority.
    """
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(WORKER_NICENESS)


def _analyse_chunk(chunk: list[tuple], language: str | None) -> list[Result | TooLongSentence]:
    out = []
    for doc_id, raw, doc_language, title, outlet, published in chunk:
        source = SourceDocument(path="", file="", line=None, raw=raw, title=title,
                                outlet=outlet, published=published, language=doc_language,
                                doc_id=doc_id)
        out.append(analyse_one(_worker_rules, source, language))
    return out


def workers() -> int:
    """Worker processes to use: one per core this process may run on, none on one core.

    Not one fewer for the main process: it waits on the workers about a third of the time
    (storing rows costs less than analysing them), and a worker fills that time.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores if cores > 1 else 0


def start_method() -> str:
    """How to start the workers: fork when this process runs no other thread (the CLI),
    spawn otherwise (the UI's threads may hold locks a forked child would inherit held).

    A forked worker starts at once with the modules and rules already loaded; a spawned
    one imports them again (about 0.1 s of CPU and 0.3 s of wall each, before its first
    document, while the main process waits).
    """
    forked = "fork" in multiprocessing.get_all_start_methods()
    return "fork" if forked and threading.active_count() == 1 else "spawn"


@contextlib.contextmanager
def _default_sigterm():
    """Fork the workers with SIGTERM's default action, not the CLI's handler: a worker the
    pool terminates before its initializer has run (a slow start on a loaded machine) would
    otherwise raise inside the task queue's lock and leave the pool's join waiting for ever.
    Only the main thread may set a handler; elsewhere the workers are spawned, which starts
    them with the default anyway."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Pool(Pool):
    """A process pool whose worker handler sleeps until a worker exits or the pool changes.

    The standard pool's worker handler (a thread in this process) also wakes whenever the
    results pipe is readable, and it stays readable until the result handler has read the
    result: while the main thread holds Python's lock, the handler loops, taking the lock
    and a core (about a hundred wakes per result). It needs that pipe only to replace
    workers that end after ``maxtasksperchild`` tasks, which this pool never sets; a worker
    that dies still wakes it (its sentinel), as do close and terminate (the notifier).
    """

    def _get_sentinels(self) -> list:
        return [self._change_notifier._reader]


class Analyser:
    """Analyses documents in order, in workers when ``parallel`` and there are cores."""

    def __init__(self, rules: Rules, language: str | None, *, parallel: bool):
        self.rules = rules
        self.language = language
        count = workers() if parallel else 0
        self.pool = None
        if count:
            context = multiprocessing.get_context(start_method())
            with _default_sigterm():
                self.pool = _Pool(count, initializer=_init, initargs=(rules,),
                                  context=context)
            self.ahead = AHEAD * count

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def map(
        self, sources: Iterable[SourceDocument]
    ) -> Iterator[tuple[SourceDocument, Result | TooLongSentence]]:
        """(source, result) for each source, in input order."""
        if self.pool is None:
            for source in sources:
                yield source, analyse_one(self.rules, source, self.language)
            return
        pending: deque = deque()
        chunk: list[SourceDocument] = []

        def submit() -> None:
            payload = [
                (s.doc_id, s.raw, s.language, s.title, s.outlet, s.published) for s in chunk
            ]
            task = self.pool.apply_async(_analyse_chunk, (payload, self.language))
            pending.append((list(chunk), task))
            chunk.clear()

        for source in sources:
            chunk.append(source)
            if len(chunk) >= CHUNK:
                submit()
                while len(pending) > self.ahead:
                    done, task = pending.popleft()
                    yield from zip(done, task.get(), strict=True)
        if chunk:
            submit()
        while pending:
            done, task = pending.popleft()
            yield from zip(done, task.get(), strict=True)
