"""Where ingestion's CPU goes: a budget of its parts, each measured alone, in one process.

    python benchmarks/ingest_budget.py --sentences 100000 --workdir W
    python benchmarks/bench_ingest.py --sentences 1000000 --workdir W --budget

On the synthetic corpus (benchmarks/synth.py), one core, no worker processes:
1. reading the .jsonl and hashing each document (the main process's share of reading);
2. the analysis a worker does, part by part: language detection, segmentation (sentencex
   and the fixes, ``segment.segment``), the cleaning and chrome rules (``analyse.analyse``
   less its segmentation), the near-duplicate signatures (``dedupe.signature``), ids,
   offsets and repeats (``pipeline.unit_rows`` less its signatures), the raw text's gaps,
   and pickling the results (what crossing to the main process costs a worker);
3. the main process's part, the results replayed from a file (no analysis): unpickling,
   the near-duplicate index (``add_document``), turning results into rows, and the
   database work (every statement of the ingest path: rows, progress rows, triggers, keys,
   full-text index, indexes at the end, groups), each by thread CPU (the full-text index's
   thread apart);
4. raw sqlite3 inserting the same rows into the same schema with one bulk FTS insert
   (bench_ingest.raw_insert): the floor for storing them.

The sum of 2 is what the workers must spend, of 1 and 3 what the main process must; on
two cores ingestion's wall time cannot be under half their total, nor under the main
process's part.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import DEFAULT_WORKDIR  # noqa: E402
from synth import write_corpus  # noqa: E402

from annotator.corpus import analyse as analyse_module  # noqa: E402
from annotator.corpus import dedupe, ingest, pipeline  # noqa: E402
from annotator.corpus.readers import read_documents  # noqa: E402
from annotator.corpus.rules import load_rules  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402

CHUNK = pipeline.CHUNK


class Clock:
    """CPU seconds of this thread spent inside wrapped functions, by name (not nested
    twice: an inner function's time is also its caller's)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.inner_cost, self.outer_cost = _timer_cost()

    def corrected(self, label: str, *children: str) -> float:
        """A label's CPU less what timing it cost: its own timer's share, and the whole
        cost of the timed calls nested in it (``children``)."""
        return (self.spent[label] - self.calls[label] * self.inner_cost
                - sum(self.calls[c] for c in children) * self.outer_cost)

    def overhead(self) -> float:
        """What all the timed calls cost the thread in timing alone."""
        return sum(self.calls.values()) * self.outer_cost

    def wrap(self, owner, name: str, label: str) -> None:
        inner = getattr(owner, name)
        spent, calls, clock = self.spent, self.calls, time.thread_time
        spent.setdefault(label, 0.0)
        calls.setdefault(label, 0)

        def timed(*args, **kwargs):
            start = clock()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] += clock() - start
                calls[label] += 1

        setattr(owner, name, timed)
        return inner


def _timer_cost(calls: int = 200_000) -> tuple[float, float]:
    """CPU seconds a timed call adds: inside its own measurement, and in all (to its
    caller), measured on a function that does nothing."""
    def nothing() -> None:
        return None

    box = SimpleNamespace(nothing=nothing)
    clock = Clock.__new__(Clock)
    clock.spent, clock.calls = {}, {}
    clock.wrap(box, "nothing", "nothing")
    start = time.thread_time()
    for _ in range(calls):
        box.nothing()
    outer = time.thread_time() - start
    start = time.thread_time()
    for _ in range(calls):
        nothing()
    outer -= time.thread_time() - start
    return clock.spent["nothing"] / calls, max(0.0, outer / calls)


def analysis_budget(corpus: Path, results: Path) -> tuple[dict[str, float], float, float, int]:
    """Each part of the workers' analysis, one process, one core; the results written to
    ``results`` (pickled by chunks, as the workers send them)."""
    rules = load_rules()
    clock = Clock()
    originals = [
        (pipeline, "detect", clock.wrap(pipeline, "detect", "language detection")),
        (analyse_module, "segment",
         clock.wrap(analyse_module, "segment", "segmentation (sentencex + fixes)")),
        (pipeline, "analyse", clock.wrap(pipeline, "analyse", "analyse (cleaning + segmentation)")),
        (pipeline, "signature", clock.wrap(pipeline, "signature", "near-duplicate signatures")),
        (pipeline, "unit_rows", clock.wrap(pipeline, "unit_rows", "unit rows (ids + signatures)")),
        (pipeline, "gaps_of", clock.wrap(pipeline, "gaps_of", "gaps of the raw text")),
    ]
    read_cpu = 0.0
    pickle_cpu = 0.0
    total_start = time.thread_time()
    documents = 0
    try:
        with results.open("wb") as out:
            chunk: list = []
            t = time.thread_time()
            for source in read_documents(corpus):
                source.doc_id = ingest.document_id(source.raw)
                read_cpu += time.thread_time() - t
                chunk.append((source, pipeline.analyse_one(rules, source, None)))
                documents += 1
                if len(chunk) == CHUNK:
                    t = time.thread_time()
                    pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
                    pickle_cpu += time.thread_time() - t
                    chunk = []
                t = time.thread_time()
            read_cpu += time.thread_time() - t
            if chunk:
                t = time.thread_time()
                pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
                pickle_cpu += time.thread_time() - t
    finally:
        for owner, name, inner in originals:
            setattr(owner, name, inner)
    total = time.thread_time() - total_start - clock.overhead()
    c = clock.corrected
    seg, sig = "segmentation (sentencex + fixes)", "near-duplicate signatures"
    parts = {
        "language detection": c("language detection"),
        "segmentation (sentencex + fixes)": c(seg),
        "cleaning + chrome rules (analyse less segmentation)":
            c("analyse (cleaning + segmentation)", seg) - c(seg),
        "near-duplicate signatures": c(sig),
        "ids, offsets, repeats (unit_rows less signatures)":
            c("unit rows (ids + signatures)", sig) - c(sig),
        "gaps of the raw text": c("gaps of the raw text"),
        "pickling results (sending to the main process)": pickle_cpu,
    }
    measured = sum(v for k, v in parts.items() if not k.startswith("pickling"))
    parts["rest of analyse_one (keys JSON, ascii test)"] = (
        total - read_cpu - pickle_cpu - measured)
    return parts, read_cpu, total, documents


class _Replay:
    """An Analyser that hands back results read from a file (no analysis, no workers)."""

    def __init__(self, path: Path, clock: Clock):
        self.path = path
        self.clock = clock

    def close(self) -> None:
        pass

    def map(self, sources) -> Iterator[tuple]:
        spent = self.clock.spent
        with self.path.open("rb") as f:
            for source in sources:  # the run's reading and hashing, as in the CLI
                t = time.thread_time()
                if not hasattr(self, "_chunk") or not self._chunk:
                    self._chunk = [r for _, r in pickle.load(f)]
                result = self._chunk.pop(0)
                spent["unpickling results"] += time.thread_time() - t
                yield source, result


def main_budget(corpus: Path, results: Path, db_path: Path, read_cpu: float
                ) -> dict[str, float]:
    """The main process's part, the analysis replayed: by thread CPU of the main thread and
    of the full-text index's thread."""
    open_db(db_path).close()
    db = open_db(db_path)
    clock = Clock()
    clock.spent["unpickling results"] = 0.0
    originals = [
        (dedupe.NearDuplicateIndex, "add_normalised",
         clock.wrap(dedupe.NearDuplicateIndex, "add_normalised", "near-duplicate index")),
        # ingest files a document's sentences at once (add_document): the same part
        (dedupe.NearDuplicateIndex, "add_document",
         clock.wrap(dedupe.NearDuplicateIndex, "add_document", "near-duplicate index")),
        (ingest._Run, "_document", clock.wrap(ingest._Run, "_document", "rows from results")),
        (ingest, "document_id", clock.wrap(ingest, "document_id", "hashing documents")),
        (ingest._Run, "_file_keys", clock.wrap(ingest._Run, "_file_keys", "filing keys")),
        (ingest._Run, "_hold_keys", clock.wrap(ingest._Run, "_hold_keys", "filing keys")),
        (ingest._Run, "finish", clock.wrap(ingest._Run, "finish", "finish")),
        (ingest._Run, "mark_roots", clock.wrap(ingest._Run, "mark_roots", "group roots")),
        (ingest._Run, "_prefetch", clock.wrap(ingest._Run, "_prefetch", "prefetch")),
    ]
    fts_cpu = [0.0]
    index_inner = ingest._BulkFts._index

    def timed_index(self):
        start = time.thread_time()
        try:
            index_inner(self)
        finally:
            fts_cpu[0] += time.thread_time() - start

    ingest._BulkFts._index = timed_index
    start = time.thread_time()
    try:
        ingest.ingest_paths(db, [corpus], analyser=_Replay(results, clock))
    finally:
        for owner, name, inner in originals:
            setattr(owner, name, inner)
        ingest._BulkFts._index = index_inner
    main_cpu = time.thread_time() - start - clock.overhead()
    db.close()
    spent, c = clock.spent, clock.corrected
    hashing = c("hashing documents")
    reading = read_cpu - hashing  # measured in the analysis pass
    index = c("near-duplicate index")
    rows = c("rows from results", "near-duplicate index") - index
    return {
        "reading the .jsonl (read_documents)": reading,
        "hashing documents (document_id)": hashing,
        "unpickling results": spent["unpickling results"],
        "near-duplicate index (add_document)": index,
        "rows from results (less the index)": rows,
        "database work, main thread (statements, triggers, keys, indexes, groups)":
            main_cpu - index - spent["unpickling results"] - rows - hashing - reading,
        "database work, full-text index's thread": fts_cpu[0],
        "  of the main thread's: filing near-duplicate keys (and its filter bits)":
            c("filing keys"),
        "  of the main thread's: looking up stored keys (_prefetch)": c("prefetch"),
        "  of the main thread's: the end (last keys, groups)":
            c("finish", "filing keys") + c("group roots"),
    }


def statements_budget(db_path: Path, work: Path) -> dict[str, float]:
    """Our database work alone: the rows ``db_path`` holds stored again into an empty
    database by the ingest path's statements, in its order (no analysis, no near-duplicate
    index, no Python but what feeding the statements takes): documents and their progress
    rows and sentences a batch at a time, the full-text index after each batch, the
    near-duplicate keys filed every FILE_EVERY sentences, then the group roots marked, the
    indexes built and the commit. CPU seconds of each (one thread)."""
    from annotator.db import progress  # noqa: PLC0415

    conn = sqlite3.connect(db_path)
    documents = list(conn.execute(
        f"SELECT {', '.join(ingest.INSERT_DOCUMENT.split('(')[1].split(')')[0].split(', '))} "
        "FROM documents ORDER BY ordinal"))
    sentences = list(conn.execute(
        "SELECT rowid, id, doc_id, unit_index, position, text, char_start, char_end, "
        "excluded, duplicate_of, CASE WHEN group_id = id THEN NULL ELSE group_id END "
        "FROM sentences ORDER BY rowid"))
    roots = [(sid,) for (sid,) in conn.execute(
        "SELECT id FROM sentences WHERE group_id = id ORDER BY id")]
    keys: dict[int, list[int]] = {}
    for key, rowid in conn.execute("SELECT key, sentence_rowid FROM near_duplicate_keys"):
        keys.setdefault(rowid, []).append(key)
    conn.close()
    target = work / "statements.db"
    open_db(target).close()
    db = open_db(target)
    raw_conn = db.conn
    spent: dict[str, float] = {}

    def timed(name: str, run, *args) -> None:
        start = time.thread_time()
        run(*args)
        spent[name] = spent.get(name, 0.0) + time.thread_time() - start

    by_doc: dict[str, list[tuple]] = {}
    for row in sentences:
        by_doc.setdefault(row[2], []).append(row)
    db.execute("BEGIN IMMEDIATE")
    db.execute(f"PRAGMA cache_size = -{ingest.CACHE_KB}")
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                         [ingest.FTS_TRIGGER]).fetchone()[0]
    db.execute(f"DROP TRIGGER [{ingest.FTS_TRIGGER}]")
    indexes = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sentences' "
        "AND sql IS NOT NULL ORDER BY name").fetchall()
    for name, _ in indexes:
        db.execute(f"DROP INDEX [{name}]")
    batch_docs, batch_rows, generation, last, held = [], [], [], 0, 0

    def file_keys() -> None:
        if generation:
            raw_conn.execute(ingest.FILE_KEYS,
                             ["[" + ",".join(map(str, sorted(generation))) + "]"])
            generation.clear()

    for document in documents:
        rows = by_doc.get(document[0], [])
        batch_docs.append(document)
        batch_rows.extend(rows)
        if rows:
            generation.extend(key << ingest.ROWID_BITS | row[0]
                              for row in rows for key in keys.get(row[0], ()))
            held += sum(1 for row in rows if row[0] in keys)
        if len(batch_rows) >= ingest.BATCH or document is documents[-1]:
            timed("documents and progress rows", raw_conn.executemany,
                  ingest.INSERT_DOCUMENT, batch_docs)
            timed("documents and progress rows", progress.documents_stored, db,
                  [(d[0], sum(1 for r in by_doc.get(d[0], []) if r[8] is None))
                   for d in batch_docs])
            timed("sentences", raw_conn.executemany, ingest.INSERT_SENTENCE, batch_rows)
            through = batch_rows[-1][0] if batch_rows else last
            if held >= ingest.FILE_EVERY:
                timed("near-duplicate keys", file_keys)
                held = 0
            timed("full-text index", raw_conn.execute, ingest.INDEX_BETWEEN, (last, through))
            last = through
            batch_docs, batch_rows = [], []
    timed("near-duplicate keys", file_keys)
    db.execute(f"PRAGMA cache_size = -{ingest.SORT_CACHE_KB}")
    # the id's index first: the group roots are found by id (ingest_paths' order)
    indexes.sort(key=lambda index: index[0] != ingest.ID_INDEX)
    if indexes and indexes[0][0] == ingest.ID_INDEX:
        timed("indexes built at the end", db.execute, indexes.pop(0)[1])
    db.execute("DROP TRIGGER IF EXISTS [sentences_au]")
    timed("group roots", raw_conn.executemany,
          "UPDATE sentences SET group_id = id WHERE id = ? AND group_id IS NULL", roots)
    db.execute(trigger)
    for _, sql in indexes:
        timed("indexes built at the end", db.execute, sql)
    timed("commit", raw_conn.execute, "COMMIT")
    spent["= all of it (the parts above)"] = sum(spent.values())
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return spent


def raw_budget(db_path: Path, work: Path) -> tuple[float, float]:
    from bench_ingest import raw_insert  # noqa: PLC0415 - imports this checkout's code
    conn = sqlite3.connect(db_path)
    documents = list(conn.execute("SELECT * FROM documents"))
    rows = list(conn.execute("SELECT * FROM sentences"))
    conn.close()
    return min(raw_insert(work / f"raw{i}.db", documents, rows, bulk_fts=True) for i in (1, 2))


def budget(corpus: Path, work: Path) -> dict[str, float]:
    """Print the budget; return its totals (CPU seconds)."""
    results = work / "results.pickle"
    db_path = work / "budget.db"
    parts, read_cpu, analysis_total, documents = analysis_budget(corpus, results)
    main = main_budget(corpus, results, db_path, read_cpu)
    raw_wall, raw_cpu = raw_budget(db_path, work)
    statements = statements_budget(db_path, work)
    results.unlink()
    units = sqlite3.connect(db_path).execute("SELECT count(*) FROM sentences").fetchone()[0]
    db_path.unlink()
    workers_cpu = analysis_total - read_cpu
    main_cpu = sum(v for k, v in main.items() if not k.startswith(" ")) - main[
        "database work, full-text index's thread"]
    print(f"CPU budget of ingestion ({documents:,} documents, {units:,} units; one core, "
          "each part by thread CPU; seconds and us per unit):")

    def line(name: str, seconds: float) -> None:
        print(f"  {name:<74} {seconds:7.2f} s {seconds / units * 1e6:7.1f} us")

    print(" analysis (the workers):")
    for name, seconds in parts.items():
        line(name, seconds)
    line("= workers' total", workers_cpu)
    print(" main process (the analysis replayed from a file):")
    for name, seconds in main.items():
        line(name, seconds)
    line("= main thread's total (reading, hashing, index, rows, statements)", main_cpu)
    db_work = (main["database work, main thread (statements, triggers, keys, indexes, groups)"]
               + main["database work, full-text index's thread"])
    line("  of which database work, both threads", db_work)
    print(" our database work alone (the same rows stored again by the ingest path's "
          "statements, in its order, one thread):")
    for name, seconds in statements.items():
        line(name, seconds)
    print(" raw sqlite3 (same rows, same schema, one bulk FTS insert; best of two):")
    line(f"raw insert CPU (wall {raw_wall:.2f} s)", raw_cpu)
    total = workers_cpu + main_cpu + main["database work, full-text index's thread"]
    line("= ingestion's total CPU, all parts", total)
    # on two cores, with every part overlapping perfectly, the wall is still at least half
    # the CPU, the main thread's CPU, and the database work (one connection: its statements
    # run one at a time, whichever thread issues them)
    floor = max(total / 2, main_cpu, db_work)
    print(f"  floor on 2 cores: wall >= max(total / 2 = {total / 2:.2f}, main thread = "
          f"{main_cpu:.2f}, database work = {db_work:.2f}) = {floor:.2f} s = "
          f"{floor / raw_cpu:.2f}x raw's CPU ({floor / raw_wall:.2f}x its wall in this run); "
          f"total CPU {total / raw_cpu:.2f}x raw's, database work {db_work / raw_cpu:.2f}x")
    return {"total": total, "main thread": main_cpu, "database work": db_work,
            "workers": workers_cpu, "raw": raw_cpu, "floor": floor}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="where ingestion's CPU goes")
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.sentences)
        budget(corpus, work)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    threading.current_thread().name = "budget"
    sys.exit(main())
