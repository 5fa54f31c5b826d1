"""A benchmark script loaded as a module, for the tests that check what it counts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent.parent / "benchmarks"


def load_bench(name: str):
    """benchmarks/<name>.py as a module, registered under its name (a dataclass in it looks
    its module up)."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def sides_placed(tmp_path_factory, name: str, sentences: list[str], gold: dict):
    """bench_sides.measure on one invented article (its sentences as paragraphs, ingested
    into a fresh SQLite file): every gold speaker as the dispute reading placed it."""
    from annotator.corpus.ingest import ingest_paths
    from annotator.db.connection import open_db

    bench = load_bench("bench_sides")
    folder = tmp_path_factory.mktemp("article")
    (folder / name).write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    db = open_db(tmp_path_factory.mktemp("db") / "sides.db")
    try:
        ingest_paths(db, [folder])
        return bench.measure(db, folder, gold)
    finally:
        db.close()


def on_path(name: str):
    """benchmarks/<name>.py loaded with benchmarks/ on sys.path (its own imports read the
    other scripts there), the path put back after: a module fixture's body
    (``yield from on_path("bench_proposals")``)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield load_bench(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


def listened(study):
    """The engine's reading listened to as bench_speakers_learned (``study``) listens to it,
    put back after: a fixture's body (``yield from listened(bench)``)."""
    from annotator.domain.proposals import engine

    listener = study._Heard()
    engine.propose_text = listener
    try:
        yield listener
    finally:
        engine.propose_text = listener._propose_text
