"""bench_ingest.py --timeline: the sampler finds the measured command (a grandchild, under
measured_cpu's launcher) and its children, and counts their CPU apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_ingest import Timeline  # noqa: E402
from common import measured_cpu  # noqa: E402

# a parent that spins for a while on its own CPU, then beside a child that spins too
BUSY = """
import subprocess, sys, time
def spin(seconds):
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
spin(0.6)
child = subprocess.Popen([sys.executable, "-c", "import time\\nstart = time.process_time()\\n"
                          "while time.process_time() - start < 0.8: pass"])
spin(0.6)
child.wait()
"""


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_the_timeline_counts_the_measured_process_and_its_children_apart(capsys):
    timeline = Timeline(every=0.1)
    measured_cpu([sys.executable, "-c", BUSY])
    timeline.stop()
    assert timeline.rows, "no sample of the measured process"
    _, main, _, children = timeline.rows[-1]
    assert main >= 0.5  # the parent's own spinning, not its launcher's
    assert children >= 0.3  # its child's, counted apart
    timeline.print()
    assert "main thread" in capsys.readouterr().out
