"""The benchmarks import their own helpers even when another `benchmarks` package is
installed: pysbd (the `bench` extra) installs one, which once hid benchmarks/synth.py."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("script", ["bench_ingest.py", "bench_segmentation.py", "bench_growth.py"])
def test_benchmark_starts_beside_another_benchmarks_package(tmp_path, script):
    shadow = tmp_path / "benchmarks"
    shadow.mkdir()
    (shadow / "__init__.py").write_text('"""Not this project\'s benchmarks."""\n')
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--help"],
        cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "usage:" in run.stdout
