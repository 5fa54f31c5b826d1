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
